"""A ReportResult as PDF and Excel, and `desktop-crm reports`, on a hand-made result."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.chart import BarChart, LineChart, PieChart
from pypdf import PdfReader

from desktop_crm.cli import main
from desktop_crm.domain.quote_document import Seller
from desktop_crm.exports.report_pdf import write_report_pdf
from desktop_crm.exports.report_xlsx import CHARTS_SHEET, write_report_xlsx
from desktop_crm.services import reports as reports_registry
from desktop_crm.services.reports.model import (
    Chart,
    Column,
    Kpi,
    Period,
    ReportFilters,
    ReportResult,
    ReportSpec,
    Series,
    Table,
)
from desktop_crm.store.database import Database
from desktop_crm.store.uow import UnitOfWork
from tests.quote_fixtures import seed_parties

PERIOD = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
GENERATED = dt.datetime(2026, 11, 23, 10, 5, tzinfo=dt.UTC)
SELLER = Seller(name="Công ty CP Sông Hồng", address="Số 12 Phố Tràng Tiền, Hà Nội")

DEALS = Table(
    key="deals",
    title="Cơ hội theo giai đoạn",
    columns=(
        Column("stage", "Giai đoạn"),
        Column("count", "Số cơ hội", "int"),
        Column("amount", "Giá trị", "money", "VND"),
        Column("rate", "Tỷ lệ thắng", "percent"),
        Column("close", "Ngày chốt", "date"),
    ),
    rows=(
        ("Đàm phán", 3, Decimal("12345000"), Decimal("42.5"), dt.date(2026, 11, 28)),
        ("Báo giá", 12, Decimal("1500000"), Decimal(10), None),
    ),
    totals=("Tổng", 15, Decimal("13845000"), None, None),
)
CHARTS = (
    Chart(
        "by_stage",
        "Giá trị theo giai đoạn",
        "bar",
        ("Đàm phán", "Báo giá"),
        (Series("Giá trị", (Decimal("12345000"), Decimal("1500000"))),),
        "money",
        "VND",
    ),
    Chart(
        "trend",
        "Xu hướng doanh số",
        "line",
        ("Tháng 9", "Tháng 10", "Tháng 11"),
        (Series("Thắng", (2, 5, 4)), Series("Thua", (1, 0, 3))),
    ),
    Chart("sources", "Nguồn khách hàng", "pie", ("Zalo", "Hội chợ"), (Series("Số", (7, 3)),)),
)


def _result(language: str = "vi", **changes: Any) -> ReportResult:
    fields: dict[str, Any] = {
        "name": "pipeline",
        "title": "Báo cáo phễu bán hàng" if language == "vi" else "Pipeline report",
        "language": language,
        "period": PERIOD,
        "filters_text": "Phụ trách: Trần Văn Bình" if language == "vi" else "Owner: Trần Văn Bình",
        "generated_at": GENERATED,
        "kpis": (
            Kpi("won", "Doanh số thắng", Decimal("12345000"), Decimal("10000000"), "money", "VND"),
            Kpi("deals", "Số cơ hội", 15, 20, "int"),
            Kpi("rate", "Tỷ lệ thắng", Decimal("42.5"), None, "percent"),
        ),
        "tables": (DEALS,),
        "charts": CHARTS,
        "notes": ("Giá trị tính theo VND.",),
    }
    fields.update(changes)
    return ReportResult(**fields)


def _pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_pdf_has_every_title_kpi_and_cell_as_formatted(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    assert write_report_pdf(_result(), path, SELLER) == 2  # three charts fill the first page
    text = "\n".join(_pages_text(path))
    local = GENERATED.astimezone()  # "generated on" is local time
    for expected in (
        "Công ty CP Sông Hồng",
        "Báo cáo phễu bán hàng",
        "Kỳ báo cáo: 01/11/2026 – 30/11/2026",
        "Phụ trách: Trần Văn Bình",
        f"Lập lúc: {local:%d/%m/%Y %H:%M}",
        # KPI tiles: money with its symbol; change = (12 345 000 - 10 000 000) / 10 000 000
        # = +23,45 % -> one decimal, half up: "+23,5 %"
        "12.345.000 ₫",
        "Doanh số thắng",
        "so với kỳ trước",
        "-25 %",  # (15 - 20) / 20
        "42,5%",
        # the table: header (money column names its currency), cells, totals
        "Cơ hội theo giai đoạn",
        "Giá trị (VND)",
        "Tỷ lệ thắng",
        "Đàm phán",
        "12.345.000",
        "1.500.000",
        "13.845.000",
        "28/11/2026",
        "10%",
        "Tổng",
        # charts: titles and legends are text in the drawing
        "Giá trị theo giai đoạn (VND)",
        "Xu hướng doanh số",
        "Nguồn khách hàng",
        "Thắng",
        "Zalo: 7",
        "Giá trị tính theo VND.",
        "Trang 1/2",
        "Trang 2/2",
    ):
        assert expected in text, expected
    assert "+23,5 %" in text


def test_pdf_english_words_and_page_numbers(tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    write_report_pdf(_result("en", charts=()), path, None)
    (text,) = _pages_text(path)
    for expected in (
        "Pipeline report",
        "Period: 1 Nov 2026 – 30 Nov 2026",
        "Owner: Trần Văn Bình",
        "Generated on",
        "₫12,345,000",
        "13,845,000",
        "28 Nov 2026",
        "42.5%",
        "-25 %",
        "Page 1 of 1",
    ):
        assert expected in text, expected


def test_long_table_spans_pages_with_its_header_on_each(tmp_path: Path) -> None:
    rows = tuple(
        (f"Khách hàng {i:03d}", i, Decimal(i * 1000), Decimal(i % 100), None) for i in range(150)
    )
    long = Table("long", "Danh sách dài", DEALS.columns, rows)
    path = tmp_path / "long.pdf"
    pages = write_report_pdf(_result(tables=(long,), charts=(), kpis=()), path, SELLER)
    texts = _pages_text(path)
    assert pages == len(texts) >= 3
    for number, text in enumerate(texts, 1):
        assert "Giá trị (VND)" in text and "Ngày chốt" in text  # the repeated header
        assert f"Trang {number}/{pages}" in text
    joined = "\n".join(texts)
    assert all(f"Khách hàng {i:03d}" in joined for i in range(150))
    assert "149.000" in texts[-1]
    first = PdfReader(path).pages[0]
    assert first.mediabox.width < first.mediabox.height  # portrait


def test_wide_table_prints_landscape(tmp_path: Path) -> None:
    columns = tuple(Column(f"c{i}", f"Cột {i}", "int") for i in range(12))
    wide = Table("wide", "Bảng rộng", columns, ((*range(12),),))
    path = tmp_path / "wide.pdf"
    write_report_pdf(_result(tables=(wide,)), path, SELLER)
    page = PdfReader(path).pages[0]
    assert page.mediabox.width > page.mediabox.height
    flagged = tmp_path / "flagged.pdf"
    write_report_pdf(_result(tables=(Table(**{**DEALS.__dict__, "wide": True}),)), flagged)
    box = PdfReader(flagged).pages[0].mediabox
    assert box.width > box.height


def test_charts_are_vector_drawings_not_images(tmp_path: Path) -> None:
    with_charts, without = tmp_path / "c.pdf", tmp_path / "n.pdf"
    write_report_pdf(_result(), with_charts, SELLER)
    write_report_pdf(_result(charts=()), without, SELLER)
    page = PdfReader(with_charts).pages[0]
    resources = page["/Resources"]
    xobjects = resources.get("/XObject", {}) if resources else {}
    assert all(xobjects[name].get_object().get("/Subtype") != "/Image" for name in xobjects)
    assert len(page.images) == 0

    def paths(file: Path) -> int:  # rectangles, lines and curves in the content streams
        data = "".join(
            page.get_contents().get_data().decode("latin-1") for page in PdfReader(file).pages
        )
        return len(re.findall(r" (?:re|l|c)\b", data))

    assert paths(with_charts) > paths(without) + 10  # bars, slices, legend swatches


def test_workbook_summary_tables_and_native_charts(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    write_report_xlsx(_result(), path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Tóm tắt", "Cơ hội theo giai đoạn", CHARTS_SHEET]

    summary = wb["Tóm tắt"]
    cells = {c.value for row in summary.iter_rows() for c in row if c.value is not None}
    local = GENERATED.astimezone()
    for expected in (
        "Báo cáo phễu bán hàng",
        "01/11/2026 – 30/11/2026",
        "Phụ trách: Trần Văn Bình",
        f"{local:%d/%m/%Y %H:%M}",
        "Doanh số thắng",
        "Giá trị tính theo VND.",
    ):
        assert expected in cells, expected
    kpi_rows = {row[0].value: row for row in summary.iter_rows() if row[0].value}
    won = kpi_rows["Doanh số thắng"]
    assert won[1].value == 12345000 and won[2].value == 10000000
    assert won[1].number_format == '#,##0 "₫"'
    assert won[3].value == pytest.approx(0.2345)  # (12 345 000 - 10 000 000) / 10 000 000
    assert kpi_rows["Tỷ lệ thắng"][1].value == pytest.approx(0.425)  # 42.5 %

    ws = wb["Cơ hội theo giai đoạn"]
    assert ws["A1"].value == "Cơ hội theo giai đoạn"
    header = [c.value for c in ws[2]]
    assert header == ["Giai đoạn", "Số cơ hội", "Giá trị (VND)", "Tỷ lệ thắng", "Ngày chốt"]
    assert all(c.font.bold for c in ws[2])
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:E4"
    assert [c.value for c in ws[3]] == [
        "Đàm phán",
        3,
        12345000,
        pytest.approx(0.425),
        dt.datetime(2026, 11, 28),
    ]
    assert isinstance(ws["B3"].value, int) and isinstance(ws["C4"].value, int | float)
    assert ws["C3"].number_format == '#,##0 "₫"'
    assert ws["D3"].number_format == "0.0%"
    assert ws["B3"].number_format == "#,##0"
    assert ws["E3"].number_format == "dd/mm/yyyy"
    assert ws["E4"].value is None
    assert [c.value for c in ws[5]][:3] == ["Tổng", 15, 13845000] and ws["A5"].font.bold
    assert ws.column_dimensions["A"].width >= 10

    charts = wb[CHARTS_SHEET]
    assert len(charts._charts) == 3  # openpyxl keeps a sheet's charts there
    assert [type(c) for c in charts._charts] == [BarChart, LineChart, PieChart]
    values = {c.value for row in charts.iter_rows() for c in row if c.value is not None}
    assert {"Đàm phán", "Tháng 11", "Thắng", "Zalo", 12345000, 7} <= values


def test_workbook_sheet_names_are_valid_and_unique(tmp_path: Path) -> None:
    same = Table("a", "Doanh số / tháng: [2026] rất dài quá mức cho phép", DEALS.columns, ())
    path = tmp_path / "n.xlsx"
    write_report_xlsx(_result(tables=(same, same), charts=()), path)
    names = openpyxl.load_workbook(path).sheetnames
    assert len(names) == 3 and len(set(names)) == 3
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)


# --- the command line, with a tiny fake report ----------------------------------------------

CALLS: list[tuple[Period, ReportFilters, str]] = []


def _fake_run(
    uow: UnitOfWork, period: Period, filters: ReportFilters, language: str, now: dt.datetime
) -> ReportResult:
    CALLS.append((period, filters, language))
    return _result(language, period=period, generated_at=now)


FAKE = ReportSpec(
    name="fake",
    titles={"vi": "Báo cáo thử", "en": "Fake report"},
    descriptions={"vi": "Một báo cáo để thử", "en": "A report for tests"},
    run=_fake_run,
)


@pytest.fixture
def fake_report(monkeypatch: pytest.MonkeyPatch) -> None:
    CALLS.clear()
    monkeypatch.setattr(reports_registry, "REPORT_MODULES", ("fake",))
    monkeypatch.setattr(reports_registry, "all_reports", lambda: [FAKE])


def _run(capsys: pytest.CaptureFixture[str], base: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--basedir", base, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_list_and_export(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_report: None
) -> None:
    ids = seed_parties(db)
    base = str(tmp_path / "base")
    code, out, _ = _run(capsys, base, "reports", "list", "--lang", "en")
    assert code == 0 and out.split() == ["fake", "A", "report", "for", "tests"]
    code, out, _ = _run(capsys, base, "reports", "list")
    assert code == 0 and "Một báo cáo để thử" in out

    pdf = tmp_path / "r.pdf"
    args = ("--from", "2026-10-01", "--to", "2026-10-31", "--owner", "trần văn BÌNH")
    code, out, err = _run(capsys, base, "reports", "export", "fake", str(pdf), *args)
    assert code == 0, err
    assert str(pdf) in out
    assert CALLS[-1] == (
        Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
        ReportFilters(owner_id=ids["user"], account_id=None),
        "vi",
    )
    text = "\n".join(_pages_text(pdf))
    assert "01/10/2026 – 31/10/2026" in text and "Công ty" in text  # the company letterhead

    xlsx = tmp_path / "r.xlsx"
    code, _, err = _run(
        capsys, base, "reports", "export", "fake", str(xlsx), "--lang", "en",
        "--account", ids["account"],
    )  # fmt: skip
    assert code == 0, err
    today = dt.date.today()
    period, filters, lang = CALLS[-1]
    assert period.start == today.replace(day=1) and period.end.month == today.month
    assert (period.end + dt.timedelta(days=1)).day == 1  # this month, to its last day
    assert filters == ReportFilters(owner_id=None, account_id=ids["account"]) and lang == "en"
    assert openpyxl.load_workbook(xlsx).sheetnames[0] == "Summary"


def test_cli_errors_are_one_line_and_status_2(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_report: None
) -> None:
    seed_parties(db)
    base = str(tmp_path / "base")
    out_file = str(tmp_path / "r.pdf")
    for argv, words in (
        (("export", "nope", out_file), "unknown report 'nope'"),
        (("export", "fake", str(tmp_path / "r.docx")), ".pdf or .xlsx"),
        (("export", "fake", out_file, "--from", "2026-13-01"), "YYYY-MM-DD"),
        (("export", "fake", out_file, "--from", "2026-11-10", "--to", "2026-11-01"), "before"),
        (("export", "fake", out_file, "--owner", "Không Ai"), "no user is named 'Không Ai'"),
        (("export", "fake", out_file, "--account", "Không Có"), "no customer account"),
    ):
        code, out, err = _run(capsys, base, "reports", *argv)
        assert code == 2, argv
        assert words in err and err.count("\n") == 1 and out == "", (argv, err)
    assert not (tmp_path / "r.pdf").exists() and CALLS == []


def test_cli_report_that_needs_a_customer_and_from_alone(
    db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fake_report: None,
) -> None:
    seed_parties(db)
    base = str(tmp_path / "base")

    def needs_customer(*args: Any) -> ReportResult:
        raise ValueError("Hãy chọn khách hàng cho sao kê khách hàng.")

    picky = ReportSpec("picky", {"vi": "x"}, {"vi": "x"}, needs_customer)
    monkeypatch.setattr(reports_registry, "all_reports", lambda: [FAKE, picky])
    code, out, err = _run(capsys, base, "reports", "export", "picky", str(tmp_path / "p.pdf"))
    assert (code, out) == (
        2,
        "",
    ) and err == "desktop-crm: Hãy chọn khách hàng cho sao kê khách hàng.\n"

    # --from alone: to the end of this month
    code, _, err = _run(
        capsys, base, "reports", "export", "fake", str(tmp_path / "f.xlsx"), "--from", "2026-01-05"
    )
    assert code == 0, err
    month_end = (dt.date.today().replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    assert CALLS[-1][0] == Period(
        dt.date(2026, 1, 5), max(month_end, dt.date(2026, 2, 1)) - dt.timedelta(days=1)
    )
