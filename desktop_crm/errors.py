"""Two kinds of failure: what the user can fix (``UserError``) and bugs (everything else).

A ``UserError`` carries an English template marked for translation and its parameters, so the
Qt layer can show it in the user's language while the core stays free of Qt.
"""

from __future__ import annotations

from typing import Any

TRANSLATION_CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction by pyside6-lupdate without importing Qt."""
    return text


class UserError(Exception):
    """A problem the user can act on; ``message`` says what and where in plain words."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class DatabaseTooNewError(UserError):
    def __init__(self, path: str, revision: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} was written by a newer version of Desktop CRM "
                "(schema {revision}). Install the newer version to open it; "
                "the file has not been changed.",
            ),
            path=path,
            revision=revision,
        )


class NotACrmDatabaseError(UserError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "{path} is not a usable Desktop CRM database: {reason}"),
            path=path,
            reason=reason,
        )


class DatabaseDamagedError(UserError):
    def __init__(self, path: str, detail: str, backup_dir: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} is damaged ({detail}). Nothing was changed. "
                "Restore a backup from {backup_dir} with 'desktop-crm db restore FILE'.",
            ),
            path=path,
            detail=detail,
            backup_dir=backup_dir,
        )


class FileProblemError(UserError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Cannot use the file {path}: {reason}"),
            path=path,
            reason=reason,
        )
