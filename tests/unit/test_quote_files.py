"""The file a quote is saved to: its default name and the format chosen by suffix."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from desktop_crm.exports.quote_files import UnsupportedFormatError, default_file_name, export_quote
from desktop_crm.services import quotes
from desktop_crm.store.database import Database
from tests.quote_fixtures import make_quote, seed_parties


def test_default_names_keep_vietnamese_and_drop_what_file_systems_refuse() -> None:
    name = default_file_name("BG-2026-0007-3f2a", 2, "Công ty TNHH Thương mại Đông Á", ".pdf")
    assert name == "BG-2026-0007-3f2a v2 - Công ty TNHH Thương mại Đông Á.pdf"
    # decomposed input (as macOS file names come) is stored composed
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Dương")
    assert default_file_name("BG-1", 1, decomposed, ".xlsx") == "BG-1 - Nguyễn Thị Ánh Dương.xlsx"
    risky = default_file_name("BG/2026", 1, 'A: "B" <C> | D? E* \\ F.', ".pdf")
    assert not set(risky[:-4]) & set('/\\:*?"<>|')
    assert not risky[:-4].endswith((".", " "))
    assert len(default_file_name("BG-1", 1, "Đ" * 500, ".pdf")) <= 124


def test_an_unknown_suffix_is_refused_and_leaves_no_file(db: Database, tmp_path: Path) -> None:
    ids = seed_parties(db)
    quote = make_quote(db, ids)
    with db.uow() as uow:
        doc = quotes.build_document(uow, quote.id)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "báo giá.docx"
    with pytest.raises(UnsupportedFormatError, match=r"\.pdf or \.xlsx"):
        export_quote(doc, target)
    assert list(out.iterdir()) == []
