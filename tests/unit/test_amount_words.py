from decimal import Decimal

import pytest

from desktop_crm.domain.amount_words import amount_in_words, vietnamese_number


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "không"),
        (10, "mười"),
        (15, "mười lăm"),
        (21, "hai mươi mốt"),
        (24, "hai mươi bốn"),
        (105, "một trăm linh năm"),
        (111, "một trăm mười một"),
        (1_015, "một nghìn không trăm mười lăm"),
        (1_000_001, "một triệu không trăm linh một"),
        (2_001_500, "hai triệu không trăm linh một nghìn năm trăm"),
        (12_345_000, "mười hai triệu ba trăm bốn mươi lăm nghìn"),
        (7_001_000_000, "bảy tỷ không trăm linh một triệu"),
        (1_000_000_000_000, "một nghìn tỷ"),
    ],
)
def test_vietnamese_numbers_read_as_on_invoices(number: int, words: str) -> None:
    assert vietnamese_number(number) == words


def test_amounts_in_words_follow_the_currency_and_language() -> None:
    assert (
        amount_in_words(Decimal("12345000"), "VND", "vi")
        == "Mười hai triệu ba trăm bốn mươi lăm nghìn đồng"
    )
    assert amount_in_words(Decimal("12345000.4"), "VND", "vi").endswith("bốn mươi lăm nghìn đồng")
    assert amount_in_words(Decimal("12.50"), "USD", "vi") == "Mười hai đô la Mỹ và năm mươi xu"
    assert amount_in_words(Decimal("12.505"), "USD", "en") == (
        "Twelve US dollars and fifty-one cents"  # rounded half up to the cent first
    )
    assert amount_in_words(Decimal("-5"), "VND", "vi") == "Âm năm đồng"
