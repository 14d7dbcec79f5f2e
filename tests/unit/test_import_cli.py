"""`desktop-crm contacts import/export/undo-import` as an admin types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_crm.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_json_summary_and_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--basedir", str(tmp_path / "b")]
    code, out, _ = _run(
        capsys, *base, "contacts", "import", str(FIXTURES / "broken_rows.csv"), "--json"
    )
    assert code == 0  # rejected rows are reported, not a failure
    summary = json.loads(out)
    assert (summary["created"], summary["updated"], summary["duplicates"]) == (2, 0, 0)
    assert summary["empty"] == 2
    assert [r["row"] for r in summary["rejected"]] == [3, 5, 7, 8, 9]
    assert all(isinstance(r["reason"], str) and r["reason"] for r in summary["rejected"])
    assert summary["encoding"] == "utf-8" and summary["delimiter"] == ","

    code, out, _ = _run(
        capsys, *base, "contacts", "import", str(FIXTURES / "broken_rows.csv"), "--json"
    )
    assert json.loads(out)["created"] == 0 and json.loads(out)["duplicates"] == 2

    code, _out, err = _run(capsys, *base, "contacts", "import", str(tmp_path / "nope.csv"))
    assert code == 2 and "nope.csv" in err and "Traceback" not in err


def test_dry_run_then_policies_then_undo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--basedir", str(tmp_path / "b")]
    source = str(FIXTURES / "vi_utf8_bom.csv")
    code, out, _ = _run(capsys, *base, "contacts", "import", source, "--dry-run", "--json")
    assert code == 0 and json.loads(out)["created"] == 5 and json.loads(out)["dry_run"]
    code, out, _ = _run(capsys, *base, "contacts", "import", source)
    assert "5 created" in out
    code, out, _ = _run(
        capsys, *base, "contacts", "import", source, "--on-duplicate", "create", "--json"
    )
    assert json.loads(out)["created"] == 5
    code, out, _ = _run(capsys, *base, "contacts", "undo-import", "--json")
    assert code == 0 and json.loads(out)["removed"] == 5
    code, out, err = _run(capsys, *base, "contacts", "undo-import")
    code, out, err = _run(capsys, *base, "contacts", "undo-import")
    assert code == 2 and "no import left" in err


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imported_again_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    base = ["--basedir", str(tmp_path / "b")]
    for name in (
        "google_contacts.csv",
        "outlook_contacts.csv",
        "vi_semicolon.csv",
        "contacts.xlsx",
    ):
        assert _run(capsys, *base, "contacts", "import", str(FIXTURES / name))[0] == 0
    exported = tmp_path / f"all{suffix}"
    code, out, _ = _run(capsys, *base, "contacts", "export", str(exported))
    assert code == 0
    count = int(out.split()[0])
    assert count == 8
    code, out, _ = _run(capsys, *base, "contacts", "import", str(exported), "--json")
    summary = json.loads(out)
    assert (summary["created"], summary["updated"], summary["rejected"]) == (0, 0, [])
    assert summary["duplicates"] == count


def test_a_saved_mapping_is_used_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_crm.services import importing
    from desktop_crm.store.database import Database

    base = tmp_path / "b"
    source = tmp_path / "odd.csv"
    source.write_text("Khách,Số máy,Hộp thư\nNguyễn Văn An,0903123456,an@example.vn\n", "utf-8")
    code, _out, err = _run(
        capsys, "--basedir", str(base), "contacts", "import", str(source), "--mapping", "X"
    )
    assert code == 2 and "'X'" in err
    table = importing.open_table(source)
    mapping = importing.Mapping(("full_name", "phone", "email"))
    db = Database.open(base / "data" / "crm.sqlite3", base / "backups")
    try:
        with db.uow() as uow:
            importing.save_mapping(uow, "Sổ khách", table.headers, mapping)
        with db.uow() as uow:
            assert importing.mapping_names(uow) == ["Sổ khách"]
            assert importing.load_mapping(uow, "Sổ khách", table.headers) == mapping
    finally:
        db.close()
    code, out, _ = _run(
        capsys, "--basedir", str(base), "contacts", "import", str(source),
        "--mapping", "Sổ khách", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["created"] == 1
