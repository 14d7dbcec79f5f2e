"""`desktop-crm quotes …` and `desktop-crm catalogue …` as a user types them."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_crm.cli import main
from desktop_crm.paths import AppPaths
from desktop_crm.services import quotes
from desktop_crm.store.database import Database
from tests.quote_fixtures import CUSTOMER, NOW, TODAY, make_quote, seed_parties
from tests.unit.test_quote_xlsx import USD_LINES

FIELDS = {"number", "version", "customer", "status", "currency", "total", "issue_date"}


def _run(capsys: pytest.CaptureFixture[str], base: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--basedir", base, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_on_the_demo_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = str(tmp_path / "demo")
    assert main(["--basedir", base, "demo", "--size", "small", "--as-of", "2026-11-01"]) == 0
    capsys.readouterr()
    code, out, _ = _run(capsys, base, "quotes", "list", "--json")
    assert code == 0
    items = json.loads(out)
    assert len(items) >= 5
    for item in items:
        assert item.keys() >= FIELDS and "valid_until" in item
        assert isinstance(item["total"], str) and Decimal(item["total"]) >= 0
        assert item["status"] in {"draft", "sent", "accepted", "rejected", "expired"}
        assert dt.date.fromisoformat(item["issue_date"])
    dates = [item["issue_date"] for item in items]
    assert dates == sorted(dates, reverse=True)  # newest first
    # The demo's sent quotes are long past their validity today: listed as expired.
    overdue = {i["status"] for i in items if (i["valid_until"] or "9") < str(dt.date.today())}
    assert "sent" not in overdue

    code, out, _ = _run(capsys, base, "quotes", "list", "--status", "accepted", "--json")
    assert code == 0 and {i["status"] for i in json.loads(out)} <= {"accepted"}

    code, out, _ = _run(capsys, base, "quotes", "list")
    lines = out.splitlines()
    assert lines[0].split() == [
        "number",
        "version",
        "customer",
        "status",
        "currency",
        "total",
        "issue_date",
        "valid_until",
    ]
    assert lines[-1] == f"{len(items)} quotes"
    assert items[0]["number"] in lines[1]


def test_list_and_export_fixture_quotes(
    db: Database, paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = seed_parties(db)
    vnd = make_quote(db, ids, discount="2.5")
    usd = make_quote(db, ids, USD_LINES, language="en", currency="USD", discount="2.5")
    # An old sent quote: its validity is long past, so `list` marks it expired.
    with db.uow() as uow:
        old_input = replace(
            vnd.as_input(), issue_date=dt.date(2020, 1, 2), valid_until=dt.date(2020, 1, 31)
        )
        old = quotes.create_quote(uow, old_input, NOW, ids["user"])
    with db.uow() as uow:
        quotes.mark_sent(uow, old.id, NOW, dt.date(2020, 1, 3))
    base = str(tmp_path / "base")
    assert paths.db_path.is_relative_to(base)

    code, out, _ = _run(capsys, base, "quotes", "list", "--json")
    assert code == 0
    by_number = {item["number"]: item for item in json.loads(out)}
    assert by_number[vnd.number]["total"] == str(vnd.totals.total) == "87607307"
    assert by_number[vnd.number]["customer"] == CUSTOMER
    assert by_number[vnd.number]["currency"] == "VND"
    assert by_number[vnd.number]["valid_until"] == "2026-12-20"
    assert by_number[usd.number]["total"] == f"{usd.totals.total:f}"
    assert by_number[usd.number]["total"].count(".") == 1
    assert by_number[usd.number]["total"].split(".")[1].__len__() == 2
    assert by_number[old.number]["status"] == "expired"
    with db.uow() as uow:
        assert quotes.get_quote(uow, old.id).status == "expired"

    xlsx = tmp_path / "báo giá.xlsx"
    code, out, err = _run(capsys, base, "quotes", "export", vnd.number, str(xlsx))
    assert code == 0, err
    assert str(xlsx) in out and CUSTOMER in out
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None and sheet.title == "Báo giá"
    texts = {c.value for row in sheet.iter_rows() for c in row}
    assert CUSTOMER in texts and "Cáp đồng Cu/XLPE 4x16mm²" in texts
    assert not list(tmp_path.glob(".*.part"))

    english = tmp_path / "quote.XLSX"
    code, _, err = _run(capsys, base, "quotes", "export", vnd.number, str(english), "--lang", "en")
    assert code == 0, err
    english_sheet = openpyxl.load_workbook(english).active
    assert english_sheet is not None and english_sheet.title == "Quotation"


def test_export_a_chosen_version(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = seed_parties(db)
    first = make_quote(db, ids)
    with db.uow() as uow:
        quotes.mark_sent(uow, first.id, NOW, TODAY)
    with db.uow() as uow:
        second = quotes.revise_quote(uow, first.id, NOW, TODAY)
    base = str(tmp_path / "base")
    code, out, _ = _run(capsys, base, "quotes", "list", "--all-versions", "--json")
    assert sorted(i["version"] for i in json.loads(out) if i["number"] == first.number) == [1, 2]
    code, out, _ = _run(capsys, base, "quotes", "list", "--json")
    assert [i["version"] for i in json.loads(out) if i["number"] == first.number] == [2]

    code, out, _ = _run(capsys, base, "quotes", "export", first.number, str(tmp_path / "v.xlsx"))
    assert code == 0 and f"{second.number} (v2)" in out
    code, out, _ = _run(
        capsys, base, "quotes", "export", first.number, str(tmp_path / "v1.xlsx"), "--version", "1"
    )
    assert code == 0 and "(v" not in out.split(" written")[0]
    code, _, err = _run(
        capsys, base, "quotes", "export", first.number, str(tmp_path / "v3.xlsx"), "--version", "3"
    )
    assert code == 2 and f"{first.number} v3" in err and "does not exist" in err


def test_export_pdf(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("desktop_crm.exports.quote_pdf")
    from pypdf import PdfReader

    ids = seed_parties(db)
    record = make_quote(db, ids)
    pdf = tmp_path / "q.pdf"
    code, _, err = _run(capsys, str(tmp_path / "base"), "quotes", "export", record.number, str(pdf))
    assert code == 0, err
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert CUSTOMER in text


def test_export_errors_are_one_line_and_status_2(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = seed_parties(db)
    record = make_quote(db, ids)
    empty = make_quote(db, ids, ())
    base = str(tmp_path / "base")

    code, out, err = _run(capsys, base, "quotes", "export", record.number, str(tmp_path / "q.docx"))
    assert code == 2 and "'.docx'" in err and ".pdf or .xlsx" in err and out == ""
    assert not (tmp_path / "q.docx").exists()

    code, _, err = _run(capsys, base, "quotes", "export", "BG-1999-9999", str(tmp_path / "q.xlsx"))
    assert code == 2 and "BG-1999-9999" in err and "does not exist" in err
    assert err.count("\n") == 1 and "Traceback" not in err

    code, _, err = _run(capsys, base, "quotes", "export", empty.number, str(tmp_path / "e.xlsx"))
    assert code == 2 and "has no lines" in err and empty.number in err
    assert not (tmp_path / "e.xlsx").exists()

    folder = tmp_path / "no" / "such" / "folder" / "q.xlsx"
    code, _, err = _run(capsys, base, "quotes", "export", record.number, str(folder))
    assert code == 2 and str(folder) in err

    with pytest.raises(SystemExit):
        main(["--basedir", base, "quotes", "export", record.number, "x.xlsx", "--lang", "fr"])
    capsys.readouterr()


def test_catalogue_export_and_import(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_parties(db)
    base = str(tmp_path / "base")
    path = tmp_path / "danh mục.xlsx"
    code, out, _ = _run(capsys, base, "catalogue", "export", str(path), "--lang", "vi")
    assert code == 0 and out.startswith("4 products written to")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None and sheet["A1"].value == "Mã hàng"
    sheet.append(["MOI-1", "Ổ cắm công nghiệp 3 pha", None, "cái", 125000, "VND", 10, True])
    sheet.append(["MOI-2", "Giá sai", None, "cái", "một trăm", "VND", 10, True])
    sheet.append(["MOI-3", "Thuế sai", None, "cái", 1000, "VND", 7, True])
    book.save(path)

    code, out, _ = _run(capsys, base, "catalogue", "import", str(path))
    assert code == 0
    assert "1 created, 0 updated, 4 unchanged, 2 rejected" in out
    assert "  row 7: 'một trăm' is not a number." in out
    assert "  row 8: The VAT rate must be 0, 5, 8 or 10 % (not 7)." in out

    code, out, _ = _run(capsys, base, "catalogue", "import", str(path), "--json")
    report = json.loads(out)
    assert (report["created"], report["unchanged"]) == (0, 5)
    assert report["rejected"][0] == {"row": 7, "reason": "'một trăm' is not a number."}

    code, _, err = _run(capsys, base, "catalogue", "import", str(tmp_path / "missing.xlsx"))
    assert code == 2 and "missing.xlsx" in err and "does not exist" in err
