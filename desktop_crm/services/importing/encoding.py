"""Which text encoding a file was saved in, and its text.

Files reach a Vietnamese sales team from everywhere: Excel's "CSV UTF-8" (with a byte order
mark), "Unicode text" (UTF-16), old Windows programs writing Windows-1258 (Vietnamese with
*combining* tone marks, so the text is normalised to NFC after decoding) and Western European
Windows-1252 files. UTF-8 is tried first and strictly: any other encoding's text that happens
to decode as UTF-8 is vanishingly rare. Between 1258 and 1252, which share most bytes, the
bytes where they differ decide: Vietnamese has tone marks right after vowels.
"""

from __future__ import annotations

import codecs
import unicodedata

ENCODINGS = ("utf-8-sig", "utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1258", "cp1252")

# Bytes where cp1258 has a combining tone mark (grave, acute, hook above, tilde, dot below).
_TONE_BYTES = frozenset(b"\xcc\xec\xd2\xde\xf2")
_VOWELS = frozenset(b"aeiouyAEIOUY\xe2\xc2\xea\xca\xf4\xd4\xe3\xc3\xf5\xd5\xfd\xdd")


def detect_encoding(data: bytes) -> str:
    """The Python codec name that reads ``data``: one of ``ENCODINGS``."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4000]
    if len(sample) >= 4:
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        half = len(sample) // 2
        # ASCII-heavy UTF-16 without a BOM: every other byte is zero.
        if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
            return "utf-16-le"
        if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
            return "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    return "cp1258" if _looks_vietnamese(data) else "cp1252"


def _looks_vietnamese(data: bytes) -> bool:
    """Whether the bytes where cp1258 and cp1252 differ read better as Vietnamese."""
    after_vowel = misplaced = 0
    previous = 0
    for byte in data:
        if byte in _TONE_BYTES:
            if previous in _VOWELS:
                after_vowel += 1
            else:
                misplaced += 1
        previous = byte
    return after_vowel > 0 and after_vowel >= misplaced


def decode(data: bytes, encoding: str) -> tuple[str, bool]:
    """The text of ``data`` in NFC form, and whether some bytes could not be read (replaced
    by U+FFFD, so that the rows they are in show up as problems instead of vanishing)."""
    try:
        text = data.decode(encoding)
        damaged = False
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        damaged = True
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text), damaged
