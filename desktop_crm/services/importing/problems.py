"""What is wrong with one row of an import file, as a translatable template and its values."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.errors import QT_TRANSLATE_NOOP

EMPTY_ROW = QT_TRANSLATE_NOOP("errors", "The row is empty.")
NO_NAME = QT_TRANSLATE_NOOP("errors", "The row has no name.")
TOO_MANY_VALUES = QT_TRANSLATE_NOOP(
    "errors", "The row has {count} values but the header has only {columns} columns."
)
BAD_DATE = QT_TRANSLATE_NOOP("errors", "'{value}' is not a date (day/month/year).")
NO_YEAR = QT_TRANSLATE_NOOP("errors", "The date '{value}' has no year.")
TAX_CODE_WITHOUT_COMPANY = QT_TRANSLATE_NOOP(
    "errors", "The tax code {value} belongs to no known company and the row names none."
)


@dataclass(frozen=True)
class Problem:
    """One reason a row cannot be imported as it is. ``field`` names the mapped field
    (``"row"`` for the row as a whole); ``template`` is marked for translation in the
    "errors" context and filled with ``params``."""

    field: str
    template: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.params))

    @classmethod
    def of(cls, field: str, template: str, **params: object) -> Problem:
        return cls(field, template, tuple((k, str(v)) for k, v in params.items()))

    @classmethod
    def from_error(cls, field: str, error: FieldError) -> Problem:
        return cls(field, error.template, tuple((k, str(v)) for k, v in error.params.items()))


def join_messages(problems: tuple[Problem, ...]) -> str:
    """The problems of one row in one line (English), e.g. for a CSV "reason" column."""
    return " ".join(p.message for p in problems)
