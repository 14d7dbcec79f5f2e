from decimal import Decimal

from desktop_crm.domain.quote_math import quote_line_amounts
from desktop_crm.domain.tax_code import tax_code_check_digit


def test_quote_lines_round_half_up_per_line_in_the_currency() -> None:
    # 3 x 333.335 VND = 1000.005 -> 1000 net; VAT 8 % of 1000 = 80
    assert quote_line_amounts(Decimal(3), Decimal("333.335"), Decimal(0), Decimal(8), "VND") == (
        Decimal(1000),
        Decimal(80),
    )
    # USD keeps cents: 2.5 x 19.99 less 10 % = 44.9775 -> 44.98; VAT 10 % = 4.498 -> 4.50
    assert quote_line_amounts(
        Decimal("2.5"), Decimal("19.99"), Decimal(10), Decimal(10), "USD"
    ) == (Decimal("44.98"), Decimal("4.50"))


def test_tax_code_check_digit() -> None:
    # weights 31,29,23,19,17,13,7,5,3 over 010010107 -> 74; 10 - 74 % 11 = 2
    assert tax_code_check_digit("010010107") == 2
    # a remainder of 0 would need the digit 10: no valid code starts this way
    assert tax_code_check_digit("000000000") is None
