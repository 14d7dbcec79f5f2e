"""Text folding for search: what a person types on a phone keyboard without diacritics."""

from __future__ import annotations

import unicodedata

# NFD does not decompose Đ/đ (it is a letter of its own, not D plus a mark).
_EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ł": "l", "ø": "o", "ß": "ss"})


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics: 'Nguyễn Thị Đức' -> 'nguyen thi duc'."""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())
