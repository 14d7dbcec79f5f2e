"""The import wizard driven like a user: choose a file, check, map, preview, import, undo."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.ui.helpers import FakeMsgBox

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def _names(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [
            r[0]
            for r in conn.execute(
                "SELECT full_name FROM contacts WHERE deleted_at IS NULL ORDER BY full_name"
            )
        ]


def _next(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _wait_page(qtbot: QtBot, wizard: Any, page_id: int) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page_id and not wizard.busy(), timeout=10_000)


def test_import_a_file_with_problems_then_save_them_and_undo(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox, tmp_path: Path
) -> None:
    gui = start()
    window = gui.window
    window.import_action.trigger()  # File > Import contacts… (Ctrl+I)
    wizard = window.import_wizard
    qtbot.waitUntil(wizard.isVisible)

    # 1. The file, chosen with "Choose…".
    msgbox.open_file_answer = FIXTURES / "broken_rows.csv"
    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    assert wizard.file_page.path_edit.text() == str(FIXTURES / "broken_rows.csv")
    _next(qtbot, wizard)

    # 2. What was detected.
    _wait_page(qtbot, wizard, wizard.FORMAT)
    page = wizard.format_page
    assert page.encoding_combo.currentData() == "utf-8"
    assert page.delimiter_combo.currentData() == ","
    assert page.header_spin.value() == 1
    assert page.raw_table.item(1, 0).text() == "Nguyễn Thị Ánh Dương"
    _next(qtbot, wizard)

    # 3. The columns: recognised; the user leaves "Ghi chú" out.
    _wait_page(qtbot, wizard, wizard.MAPPING)
    mapping = wizard.mapping_page
    assert [c.currentData() for c in mapping.combos] == [
        "full_name", "phone", "email", "company", "birthday", "notes",
    ]  # fmt: skip
    mapping.combos[5].setCurrentIndex(mapping.combos[5].findData(""))
    _next(qtbot, wizard)

    # 4. The preview marks every problem row with its reason.
    _wait_page(qtbot, wizard, wizard.PREVIEW)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.grid.rowCount() == 9)
    assert "2 ready, 5 with a problem, 2 empty" in preview.counts.text()
    rows = {preview.grid.item(r, 0).text(): r for r in range(preview.grid.rowCount())}
    bad_email = rows["3"]
    assert "duc.tran@@saigontech" in preview.grid.item(bad_email, 5).text()
    assert preview.grid.item(bad_email, 1).background().color().name() == "#fde2e1"
    assert preview.grid.item(rows["2"], 5).text() == ""
    preview.only_problems.click()
    assert preview.grid.rowCount() == 7
    _next(qtbot, wizard)

    # 5. Duplicates: update them; "Import" runs it.
    _wait_page(qtbot, wizard, wizard.POLICY)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Import"
    wizard.policy_page.buttons["update"].click()
    assert wizard.policy_page.policy() == "update"
    _next(qtbot, wizard)

    # 6. The result.
    _wait_page(qtbot, wizard, wizard.RESULT)
    result = wizard.result_page
    text = result.summary_label.text()
    assert "2 contacts created, 0 updated." in text
    assert "5 rows not imported" in text and "2 empty rows skipped" in text
    assert result.rejected.rowCount() == 5
    assert _names(gui.ctx.paths.db_path) == ["Nguyễn Thị Ánh Dương", "Đỗ Văn Nam"]

    msgbox.save_file_answer = tmp_path / "to-fix.csv"
    qtbot.mouseClick(result.save_button, Qt.MouseButton.LeftButton)
    saved = (tmp_path / "to-fix.csv").read_text(encoding="utf-8-sig")
    assert saved.splitlines()[0].endswith(",reason") and "31/02/1992" in saved

    qtbot.mouseClick(result.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in result.summary_label.text(), timeout=10_000)
    assert "2 contacts removed" in result.summary_label.text()
    assert _names(gui.ctx.paths.db_path) == []
    assert not result.undo_button.isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()


def test_saved_mapping_and_undo_last_import_from_the_menu(
    qtbot: QtBot, start: Callable[..., Any], msgbox: FakeMsgBox, tmp_path: Path
) -> None:
    source = tmp_path / "odd.csv"
    source.write_text(
        "Khách,Số máy,Hộp thư\nNguyễn Thị Ánh Dương,0903123456,duong@example.vn\n", "utf-8"
    )
    gui = start()
    window = gui.window
    window.import_contacts()
    wizard = window.import_wizard
    wizard.file_page.path_edit.setText(str(source))
    _next(qtbot, wizard)
    _wait_page(qtbot, wizard, wizard.FORMAT)
    _next(qtbot, wizard)
    _wait_page(qtbot, wizard, wizard.MAPPING)
    page = wizard.mapping_page
    for combo, field in zip(page.combos, ("full_name", "phone", "email"), strict=True):
        combo.setCurrentIndex(combo.findData(field))
    page.name_edit.setText("Sổ khách")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.saved_combo.count() == 1 and not wizard.busy())
    assert page.saved_combo.currentText() == "Sổ khách"
    for combo in page.combos:
        combo.setCurrentIndex(0)
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.combos[0].currentData() == "full_name" and not wizard.busy())
    _next(qtbot, wizard)
    _wait_page(qtbot, wizard, wizard.PREVIEW)
    qtbot.waitUntil(lambda: wizard.preview is not None)
    _next(qtbot, wizard)
    _wait_page(qtbot, wizard, wizard.POLICY)
    _next(qtbot, wizard)
    _wait_page(qtbot, wizard, wizard.RESULT)
    assert _names(gui.ctx.paths.db_path) == ["Nguyễn Thị Ánh Dương"]
    wizard.button(QWizard.WizardButton.FinishButton).click()

    msgbox.choose_answer = 0  # "Undo the import"
    window.undo_import_action.trigger()
    qtbot.waitUntil(lambda: bool(msgbox.of_kind("information")), timeout=10_000)
    assert "1 contacts removed" in msgbox.of_kind("information")[-1].text
    assert _names(gui.ctx.paths.db_path) == []

    msgbox.save_file_answer = tmp_path / "all.xlsx"
    window.export_action.trigger()
    qtbot.waitUntil(lambda: len(msgbox.of_kind("information")) == 2, timeout=10_000)
    assert (tmp_path / "all.xlsx").exists()
