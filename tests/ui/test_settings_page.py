"""The Settings page: company profile, logo, language, data folders and backups."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop_crm.paths import AppPaths
from desktop_crm.services.company import get_profile
from desktop_crm.store.database import Database
from tests.ui.helpers import FakeMsgBox, type_text

COMPANY = "Công ty TNHH Thương mại Đông Á"


def _open_settings(qtbot: QtBot, gui: Any) -> Any:
    window = gui.window
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert page is window.settings_page
    qtbot.waitUntil(page.company_box.isEnabled)
    return page


def _field(page: Any, name: str) -> QLineEdit:
    return page.form.fields[name]


def _fill(qtbot: QtBot, page: Any, values: dict[str, str]) -> None:
    """Click into each field, select what is there and type over it."""
    for name, text in values.items():
        edit = _field(page, name)
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        type_text(edit, text)
        assert edit.text() == text


def _stored_profile(paths: AppPaths) -> Any:
    db = Database.open(paths.db_path, paths.backup_dir)
    try:
        with db.uow() as uow:
            return get_profile(uow)
    finally:
        db.close()


def test_company_profile_typed_in_vietnamese_is_saved_with_ctrl_s(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths
) -> None:
    gui = start()
    page = _open_settings(qtbot, gui)
    _fill(
        qtbot,
        page,
        {
            "name": COMPANY,
            "tax_code": "0312345678",
            "phone": "028 3822 1234",
            "email": "info@donga.vn",
            "street": "12 Lê Lợi",
            "ward": "Phường Bến Nghé",
            "district": "Quận 1",
            "province": "TP. Hồ Chí Minh",
            "bank_name": "Vietcombank, CN TP. HCM",
        },
    )
    currency = page.form.currency
    qtbot.keyClick(currency, Qt.Key.Key_Down)  # VND -> USD
    assert currency.currentText() == "USD"
    qtbot.keyClick(_field(page, "bank_name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.save_status.text() == "Saved.")
    assert page.form.errors_label.isHidden()

    gui.shutdown()  # the database file is closed before another connection reads it
    stored = _stored_profile(paths)
    assert stored.name == COMPANY
    assert stored.tax_code == "0312345678"
    assert stored.street == "12 Lê Lợi"
    assert stored.ward == "Phường Bến Nghé"
    assert stored.province == "TP. Hồ Chí Minh"
    assert stored.default_currency == "USD"
    assert stored.website is None  # left empty

    page = _open_settings(qtbot, start())  # reopened: the form shows what was saved
    assert _field(page, "name").text() == COMPANY
    assert _field(page, "district").text() == "Quận 1"
    assert page.form.currency.currentText() == "USD"


def test_wrong_entries_are_explained_and_nothing_is_saved(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths
) -> None:
    gui = start()
    page = _open_settings(qtbot, gui)
    _fill(qtbot, page, {"tax_code": "12345", "email": "info at donga", "phone": "12"})
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    errors = page.form.errors_label
    assert errors.isVisible()
    assert errors.text().splitlines() == [
        "Enter the company's name.",
        "A tax code has 10 digits, or 13 for a branch, written 0101234567-001.",
        "A phone number has 8 to 15 digits, e.g. 028 3822 1234 or +84 90 123 4567.",
        "The e-mail address should look like info@congty.vn.",
    ]
    assert _field(page, "name").hasFocus()
    assert page.save_status.text() == ""
    assert not gui.runner.running()  # no save was started

    _fill(qtbot, page, {"name": "Đông Á", "tax_code": "0312345678-001", "phone": "", "email": ""})
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.save_status.text() == "Saved.")
    assert errors.isHidden()
    gui.shutdown()
    assert _stored_profile(paths).tax_code == "0312345678-001"


def _picture(path: Path, fmt: str, size: int = 120) -> Path:
    image = QImage(size, size // 2, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6feb"))
    assert image.save(str(path), fmt)
    return path


def test_logo_is_chosen_previewed_and_stored_as_png(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths, msgbox: FakeMsgBox, tmp_path: Path
) -> None:
    gui = start()
    page = _open_settings(qtbot, gui)
    assert page.form.logo_preview.text() == "No logo"
    msgbox.open_file_answer = _picture(tmp_path / "logo.jpg", "JPEG")
    qtbot.mouseClick(page.form.choose_logo_button, Qt.MouseButton.LeftButton)
    assert not page.form.logo_preview.pixmap().isNull()
    assert page.form.remove_logo_button.isEnabled()
    _fill(qtbot, page, {"name": COMPANY})
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.save_status.text() == "Saved.")
    gui.shutdown()
    logo = _stored_profile(paths).logo_png
    assert logo is not None and logo.startswith(b"\x89PNG")  # the JPEG was converted
    assert not msgbox.of_kind("warning")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024 + 1),
            "is 2.1 MB; a logo may be at most 2 MB",
        ),
        (b"just some text, not a picture", "is not a PNG or JPEG picture"),
        (b"\x89PNG\r\n\x1a\n" + b"broken", "cannot be read as a picture"),
    ],
)
def test_an_unusable_logo_is_refused_with_a_reason(
    qtbot: QtBot,
    start: Callable[..., Any],
    msgbox: FakeMsgBox,
    tmp_path: Path,
    content: bytes,
    expected: str,
) -> None:
    page = _open_settings(qtbot, start())
    bad = tmp_path / "logo.png"
    bad.write_bytes(content)
    msgbox.open_file_answer = bad
    qtbot.mouseClick(page.form.choose_logo_button, Qt.MouseButton.LeftButton)
    (warning,) = msgbox.of_kind("warning")
    assert "logo.png" in warning.text and expected in warning.text
    assert page.form.logo is None
    assert page.form.logo_preview.text() == "No logo"


def test_switching_to_vietnamese_changes_the_window_at_once_and_is_remembered(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths
) -> None:
    gui = start(language=None)  # the saved setting (default Vietnamese)...
    assert gui.window.sidebar.item(0).text() == "Hôm nay"
    gui.shutdown()
    gui = start(language="en")  # ...unless --lang says otherwise
    window = gui.window
    page = _open_settings(qtbot, gui)
    assert page.language_combo.currentText() == "English"
    qtbot.keyClick(page.language_combo, Qt.Key.Key_Down)  # English -> Tiếng Việt
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() != "Today")  # LanguageChange is posted
    sidebar = [window.sidebar.item(i).text() for i in range(8)]
    assert sidebar == [
        "Hôm nay",
        "Liên hệ",
        "Công ty",
        "Phễu bán hàng",
        "Báo giá",
        "Chăm sóc khách hàng",
        "Báo cáo",
        "Cài đặt",
    ]
    assert page.title_label.text() == "Cài đặt"
    assert page.save_button.text() == "Lưu"
    assert window.file_menu.title() == "&Tệp"
    assert window.sync_label.text() == "Ngoại tuyến · chưa thiết lập đồng bộ"
    assert window.pages[1].count_label.text() == "0 liên hệ"
    assert page.language_combo.currentText() == "Tiếng Việt"
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert saved["language"] == "vi"

    qtbot.keyClick(page.language_combo, Qt.Key.Key_Up)  # and back
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Today")
    assert window.pages[1].count_label.text() == "0 contacts"


def test_data_places_and_backups_newest_first(
    qtbot: QtBot, start: Callable[..., Any], paths: AppPaths, msgbox: FakeMsgBox
) -> None:
    paths.backup_dir.mkdir(parents=True)
    for day in ("2026-01-03", "2026-01-05", "2026-01-04"):
        made = paths.backup_dir / f"crm-{day}.sqlite3"
        made.write_bytes(b"x" * 4096)
        when = dt.datetime.fromisoformat(f"{day}T12:00:00").timestamp()
        os.utime(made, (when, when))  # as if written on that day
    gui = start()
    page = _open_settings(qtbot, gui)
    assert page.place_values["data"].text() == str(paths.data_dir)
    assert page.place_values["database"].text() == str(paths.db_path)
    assert page.place_values["backups"].text() == str(paths.backup_dir)
    assert page.place_values["log"].text() == str(paths.log_file)
    listed = [page.backup_list.item(i).text().split()[0] for i in range(page.backup_list.count())]
    today = sorted(p.name for p in paths.backup_dir.iterdir())[-1]  # made at this start
    assert listed == [
        today,
        "crm-2026-01-05.sqlite3",
        "crm-2026-01-04.sqlite3",
        "crm-2026-01-03.sqlite3",
    ]

    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("information")))
    assert "manual-" in msgbox.of_kind("information")[0].text
