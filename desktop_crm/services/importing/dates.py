"""Dates as people and programs write them; day first unless told otherwise (Vietnam).

Accepted: real date cells of a spreadsheet, Excel serial numbers (days since 1899-12-30),
d/m/Y with '/', '-' or '.', two-digit years, Y-m-d (ISO, with or without a time), YYYYMMDD,
"12 tháng 3 năm 1990" (with or without "ngày"), English month names ("12 Mar 1990",
"March 12, 1990"). A month above 12 in the first place makes the order unambiguous.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop_crm.domain.text import fold
from desktop_crm.services.importing.problems import BAD_DATE, NO_YEAR

EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (it counts 1900 as a leap year)
_MAX_SERIAL = 2_958_465  # 9999-12-31

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME + "$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})" + _TIME + "$")
_VIETNAMESE = re.compile(r"^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam|,|/)?\s*(\d{4})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})$")
_MONTH_NAME_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_NO_YEAR = re.compile(
    r"^(?:--\d{2}-?\d{2}|\d{1,2}[-/.]\d{1,2}|(?:ngay\s*)?\d{1,2}\s*thang\s*\d{1,2})$"
)


class DateProblem(ValueError):
    def __init__(self, template: str, value: str) -> None:
        super().__init__(template.format(value=value))
        self.template = template
        self.value = value


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) == 2:  # 2-digit years: not in the future
        year += 2000 if year <= today.year % 100 else 1900
    return year


def parse_date(value: object, day_first: bool = True, today: dt.date | None = None) -> dt.date:
    """The date ``value`` stands for; raises ``DateProblem`` saying why it is none."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value <= _MAX_SERIAL:
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise DateProblem(BAD_DATE, str(value))
    raw = str(value).strip()
    text = fold(raw)
    today = today or dt.date.today()
    try:
        return _parse_text(text, day_first, today)
    except ValueError as exc:  # includes an impossible day such as 31/02
        if isinstance(exc, DateProblem):
            raise DateProblem(exc.template, raw) from None
        raise DateProblem(BAD_DATE, raw) from None


def _parse_text(text: str, day_first: bool, today: dt.date) -> dt.date:
    if match := _ISO.match(text):
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.match(text):
        first, second, year = int(match[1]), int(match[2]), _year(match[3], today)
        day, month = (first, second) if day_first else (second, first)
        if month > 12 >= day:  # only the other order makes sense
            day, month = month, day
        return dt.date(year, month, day)
    if match := _VIETNAMESE.match(text):
        return dt.date(int(match[3]), int(match[2]), int(match[1]))
    if (match := _DAY_MONTH_NAME.match(text)) and match[2] in _MONTHS:
        return dt.date(int(match[3]), _MONTHS[match[2]], int(match[1]))
    if (match := _MONTH_NAME_DAY.match(text)) and match[1] in _MONTHS:
        return dt.date(int(match[3]), _MONTHS[match[1]], int(match[2]))
    if re.fullmatch(r"\d{8}", text):
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if re.fullmatch(r"\d{5}(?:\.0+)?", text):  # a serial number that went through a CSV
        return EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    if _NO_YEAR.match(text):
        raise DateProblem(NO_YEAR, text)
    raise DateProblem(BAD_DATE, text)
