"""The pipeline page: the deal board, its dialogs and the deal list."""
