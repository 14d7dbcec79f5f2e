"""Vietnamese tax codes (mã số thuế)."""

from __future__ import annotations

_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_code_check_digit(first_nine: str) -> int | None:
    """Check digit of a Vietnamese 10-digit tax code (MST), or None if none is valid."""
    total = sum(w * int(d) for w, d in zip(_TAX_WEIGHTS, first_nine, strict=True))
    check = 10 - total % 11
    return None if check == 10 else check
