"""Finding and merging duplicate contacts and accounts: the dialogs and the menu commands.

Entry points for the main window: ``find_dialog.FindDuplicatesDialog`` (Tools > Find
duplicates…) and ``merge_dialog.undo_last_merge`` (Tools > Undo last merge). All database
work runs on the ``TaskRunner``. This package file imports nothing, so that walking the
package tree (as the architecture test does) does not load Qt.
"""
