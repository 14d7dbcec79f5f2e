"""The Care page's parts: labels of the case enums, the lazy case list, the detail panel and
its dialogs."""
