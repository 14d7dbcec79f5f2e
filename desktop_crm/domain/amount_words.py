"""Amounts in words, as printed on quotes and invoices ("Bằng chữ: …").

Vietnamese follows invoice usage: every group of three digits after the first is read in
full, so 1,015 is "một nghìn không trăm mười lăm" and 1,000,001 "một triệu không trăm linh
một" (num2words reads these "một nghìn lẻ mười lăm", which invoices do not use). 21 is "hai
mươi mốt", 15 "mười lăm", 25 "hai mươi lăm". English uses num2words.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

from desktop_crm.domain.money import currency_decimals

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
# Scales of 10^3k. After "tỷ" the names repeat: 10^12 is "nghìn tỷ", 10^15 "triệu tỷ".
_SCALES = ("", "nghìn", "triệu", "tỷ")

# currency -> (language -> (major unit, minor unit))
_UNITS = {
    "VND": {"vi": ("đồng", ""), "en": ("Vietnamese dong", "")},
    "USD": {"vi": ("đô la Mỹ", "xu"), "en": ("US dollars", "cents")},
    "EUR": {"vi": ("euro", "xu"), "en": ("euros", "cents")},
}


def _three_digits(number: int, full: bool) -> list[str]:
    """Words of 0..999; ``full`` reads leading zeros ("không trăm", "linh")."""
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append("linh")
    elif tens == 1:
        words.append("mười")
    else:
        words += [_DIGITS[tens], "mươi"]
    if units:
        if units == 1 and tens >= 2:
            words.append("mốt")
        elif units == 5 and tens >= 1:
            words.append("lăm")
        else:
            words.append(_DIGITS[units])
    return words


def vietnamese_number(number: int) -> str:
    """A whole number in Vietnamese words: 12345000 -> 'mười hai triệu ba trăm bốn mươi lăm
    nghìn'."""
    if number < 0:
        return "âm " + vietnamese_number(-number)
    if number == 0:
        return "không"
    groups: list[int] = []
    while number:
        groups.append(number % 1000)
        number //= 1000
    words: list[str] = []
    top = len(groups) - 1
    for index in range(top, -1, -1):
        group = groups[index]
        if group == 0:
            # An empty "tỷ" group still names its scale when higher groups exist.
            if index % 3 == 0 and index > 0 and index != top and any(groups[index + 1 :]):
                words.append("tỷ")
            continue
        words += _three_digits(group, full=index != top)
        scale = _SCALES[index % 3] if index % 3 else ("tỷ " * (index // 3)).strip()
        if scale:
            words.append(scale)
    return " ".join(words)


def amount_in_words(amount: Decimal, currency: str, language: str) -> str:
    """The amount rounded to its currency, in words, capitalised: 'Mười hai triệu ba trăm bốn
    mươi lăm nghìn đồng', 'Twelve US dollars and fifty cents'."""
    lang = "vi" if language.startswith("vi") else "en"
    decimals = currency_decimals(currency)
    rounded = amount.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    major = int(abs(rounded))
    minor = int((abs(rounded) - major).scaleb(decimals))
    major_unit, minor_unit = _UNITS.get(currency.upper(), {}).get(lang, (currency.upper(), ""))
    say = vietnamese_number if lang == "vi" else (lambda n: str(num2words(n, lang="en")))
    text = f"{say(major)} {major_unit}"
    if minor and minor_unit:
        joiner = "và" if lang == "vi" else "and"
        text += f" {joiner} {say(minor)} {minor_unit}"
    elif minor:
        text += f" {minor:0{decimals}d}/{10**decimals}"
    if rounded < 0:
        text = ("âm " if lang == "vi" else "minus ") + text
    return text[0].upper() + text[1:]
