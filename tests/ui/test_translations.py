"""Translations: every text has its Vietnamese, and the compiled catalogue is used."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop_crm.errors import DatabaseDamagedError
from desktop_crm.ui.i18n import (
    Translations,
    format_long_date,
    format_money,
    translate_error,
)

ROOT = Path(__file__).resolve().parents[2]


def _build_translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "tools" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def translations(qtbot: QtBot) -> Iterator[Translations]:
    installed = Translations()
    yield installed
    installed.remove()
    installed.apply("en")
    installed.remove()


def test_every_text_of_the_sources_is_translated() -> None:
    """lupdate over today's sources (into a scratch copy) finds nothing new or unfinished."""
    assert _build_translations().check() == []


def test_errors_of_the_core_are_in_the_catalogue() -> None:
    ts = ET.parse(ROOT / "resources" / "translations" / "desktop_crm_vi.ts").getroot()
    (errors,) = [c for c in ts.iter("context") if c.findtext("name") == "errors"]
    sources = {m.findtext("source") for m in errors.iter("message")}
    assert DatabaseDamagedError("a", "b", "c").template in sources


def test_vietnamese_texts_numbers_money_and_dates(translations: Translations) -> None:
    import datetime as dt
    from decimal import Decimal

    translations.apply("vi")
    assert QCoreApplication.translate("TodayPage", "Today") == "Hôm nay"
    assert (
        QCoreApplication.translate("ContactsPage", "%Ln contact(s)", None, 1234) == "1.234 liên hệ"
    )
    assert format_money(Decimal("1234567.5"), "VND") == "1.234.568\u00a0₫"  # no line break inside
    assert format_money(Decimal("1234.5"), "USD") == "1.234,50\u00a0US$"
    assert format_long_date(dt.date(2026, 11, 23)) == "Thứ Hai, 23 tháng 11, 2026"
    message = translate_error(DatabaseDamagedError("/d/crm.sqlite3", "disk I/O error", "/d/b"))
    assert message.startswith("Cơ sở dữ liệu /d/crm.sqlite3 bị hỏng (disk I/O error).")

    translations.apply("en")
    assert QCoreApplication.translate("ContactsPage", "%Ln contact(s)", None, 1) == "1 contact"
    assert QCoreApplication.translate("ContactsPage", "%Ln contact(s)", None, 2) == "2 contacts"
    assert format_money(Decimal("1234567.5"), "VND") == "₫1,234,568"
    assert format_money(Decimal("1234.5"), "USD") == "$1,234.50"
