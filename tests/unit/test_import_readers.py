"""Reading import files: encodings, delimiters, header rows, Excel and vCard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_crm.errors import FileProblemError
from desktop_crm.services.importing import auto_mapping, open_table, preview
from desktop_crm.services.importing.dates import DateProblem, parse_date
from desktop_crm.services.importing.encoding import detect_encoding

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
DUONG = "Nguyễn Thị Ánh Dương"
DONG_A = "Công ty TNHH Thương mại Đông Á"


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("vi_utf8_bom.csv", "utf-8-sig", ","),
        ("vi_utf16.txt", "utf-16", "\t"),
        ("vi_windows1258.csv", "cp1258", ","),
        ("vi_semicolon.csv", "utf-8", ";"),
        ("google_contacts.csv", "utf-8", ","),
    ],
)
def test_vietnamese_survives_every_encoding(name: str, encoding: str, delimiter: str) -> None:
    table = open_table(FIXTURES / name)
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    rows = preview(table).rows
    first = rows[0]
    assert first.contact is not None
    assert first.contact.full_name == DUONG  # exactly: NFC, not cp1258's combining marks
    assert first.company == DONG_A
    assert all(ch not in first.contact.full_name for ch in "\u0300\u0301\u0303\u0309\u0323")


def test_windows_1252_is_not_mistaken_for_vietnamese() -> None:
    table = open_table(FIXTURES / "western_windows1252.csv")
    assert table.encoding == "cp1252"
    names = [r.contact.full_name for r in preview(table).rows if r.contact]
    assert names == ["François Dupont", "Hélène Müller", "José Ñúñez"]
    notes = [r.contact.notes for r in preview(table).rows if r.contact]
    assert notes[1] == "Zoë's referral — ±20% budget"


def test_utf16_without_bom_and_nfd_utf8_are_read() -> None:
    text = "Họ tên,Điện thoại\r\nNguyễn Thị Ánh Dương,0903123456\r\n"
    assert detect_encoding(text.encode("utf-16-le")) == "utf-16-le"
    assert detect_encoding(text.encode("utf-16-be")) == "utf-16-be"


def test_title_lines_above_the_header_are_skipped(tmp_path: Path) -> None:
    table = open_table(FIXTURES / "vi_title_lines.csv")
    assert table.row_numbers[table.header_row] == 4
    assert table.headers[1] == "Họ và tên"
    checked = preview(table)
    assert [r.row for r in checked.rows] == [5, 6, 7]
    assert [r.contact.birthday for r in checked.rows if r.contact] == [
        dt.date(1990, 3, 12),
        dt.date(1995, 4, 3),
        dt.date(1979, 10, 20),
    ]


def test_excel_numbers_dates_and_lost_leading_zeros() -> None:
    table = open_table(FIXTURES / "contacts.xlsx")
    assert table.kind == "xlsx" and table.row_numbers[table.header_row] == 3
    rows = preview(table).rows
    duong, duc, mai = (r.contact for r in rows)
    assert duong is not None and duc is not None and mai is not None
    assert duong.full_name == DUONG and duong.phones[0].value == "+84903123456"
    assert rows[0].tax_code == "0100101072"  # Excel had dropped the leading zero
    assert duong.birthday == dt.date(1990, 3, 12)  # a real date cell
    assert duc.birthday == dt.date(1985, 7, 25)  # an Excel serial number
    assert mai.birthday == dt.date(1993, 8, 15)  # text in a cell


def test_vcards_of_several_versions() -> None:
    table = open_table(FIXTURES / "contacts.vcf")
    rows = preview(table).rows
    assert [r.row for r in rows] == [1, 12, 27, 35]  # the line of each BEGIN:VCARD
    duong = rows[0].contact
    assert duong is not None and duong.full_name == DUONG  # quoted-printable, soft break
    assert rows[0].company == DONG_A
    assert [p.value for p in duong.phones] == ["+84903123456", "+842438256789"]
    duc = rows[1].contact
    assert duc is not None and duc.full_name == "Trần Văn Đức"
    assert duc.address.street == "45 Nguyễn Huệ, Phường Bến Nghé"  # escaped comma
    assert duc.notes == "Khách quen, mua hàng mỗi quý.\nGọi trước 10h sáng."  # folded line
    assert duc.tags == ("Miền Nam", "VIP")
    phuc = rows[2].contact
    assert phuc is not None and phuc.phones[0].value == "+84988777666"
    assert phuc.birthday == dt.date(1992, 9, 5)
    assert rows[3].status == "problem" and "tam.phan@@gmail" in rows[3].problems[0].message


def test_broken_rows_are_each_reported_with_a_reason() -> None:
    rows = {r.row: r for r in preview(open_table(FIXTURES / "broken_rows.csv")).rows}
    assert rows[2].status == "ok" and rows[10].status == "ok"
    assert rows[4].status == rows[6].status == "empty"
    reasons = {n: " ".join(p.message for p in r.problems) for n, r in rows.items()}
    assert "duc.tran@@saigontech" in reasons[3]
    assert "31/02/1992" in reasons[5]
    assert "8 values" in reasons[7] and "không rõ" in reasons[7]
    assert "no name" in reasons[8]
    assert "12345" in reasons[9]


def test_unreadable_files_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(FileProblemError):
        open_table(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\r\n\r\n")
    with pytest.raises(FileProblemError):
        open_table(empty)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(FileProblemError):
        open_table(fake)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/03/1990", dt.date(1990, 3, 12)),
        ("12-03-1990", dt.date(1990, 3, 12)),
        ("12.3.1990", dt.date(1990, 3, 12)),
        ("1990-03-12", dt.date(1990, 3, 12)),
        ("1990-03-12T00:00:00", dt.date(1990, 3, 12)),
        ("12 tháng 3 năm 1990", dt.date(1990, 3, 12)),
        ("ngày 12 tháng 03 năm 1990", dt.date(1990, 3, 12)),
        ("12 Mar 1990", dt.date(1990, 3, 12)),
        ("March 12, 1990", dt.date(1990, 3, 12)),
        ("03/25/1990", dt.date(1990, 3, 25)),  # month first, unambiguous
        ("12/03/90", dt.date(1990, 3, 12)),
        ("19900312", dt.date(1990, 3, 12)),
        (32944, dt.date(1990, 3, 12)),
        (dt.datetime(1990, 3, 12, 8, 30), dt.date(1990, 3, 12)),
    ],
)
def test_dates_in_common_forms_day_first(text: object, expected: dt.date) -> None:
    assert parse_date(text, today=dt.date(2026, 1, 1)) == expected


def test_month_first_when_asked_and_bad_dates_say_why() -> None:
    assert parse_date("03/04/2020", day_first=False) == dt.date(2020, 3, 4)
    with pytest.raises(DateProblem) as caught:
        parse_date("--04-18")
    assert "no year" in str(caught.value)
    with pytest.raises(DateProblem):
        parse_date("31/02/1990")


def test_google_and_outlook_headers_are_mapped() -> None:
    google = open_table(FIXTURES / "google_contacts.csv")
    fields = dict(zip(google.headers, auto_mapping(google.headers).fields, strict=True))
    assert fields["E-mail 1 - Value"] == "email" and fields["Phone 2 - Value"] == "phone"
    assert fields["Organization Name"] == "company" and fields["Labels"] == "tags"
    assert fields["Address 1 - Formatted"] == ""  # repeats the street/city columns
    outlook = open_table(FIXTURES / "outlook_contacts.csv")
    fields = dict(zip(outlook.headers, auto_mapping(outlook.headers).fields, strict=True))
    assert fields["Title"] == ""  # the salutation, not the job title
    assert fields["Job Title"] == "title" and fields["Mobile Phone"] == "phone"
    assert fields["E-mail 2 Address"] == "email" and fields["Categories"] == "tags"
    names = [r.contact.full_name for r in preview(outlook).rows if r.contact]
    assert names == ["Phạm Thị Hương Giang", "David J. Miller", "Võ Minh Khôi"]


def test_vietnamese_headers_and_ho_ten_split() -> None:
    mapping = auto_mapping(["Họ", "Tên", "SỐ ĐIỆN THOẠI", "Di động", "Tỉnh/Thành phố", "Nhãn"])
    assert mapping.fields == ("family_name", "given_name", "phone", "phone", "province", "tags")
    assert auto_mapping(["Tên", "Điện thoại"]).fields == ("full_name", "phone")
