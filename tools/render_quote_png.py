"""Render page 1 of a real quote PDF to a PNG for the README.

    .venv/bin/python tools/render_quote_png.py                 # docs/quote-page.png
    .venv/bin/python tools/render_quote_png.py out.png --lang en --dpi 150

Builds the sample quote (tools/sample_quote.py) in a temporary database through the services,
exports it with ``export_quote`` exactly as the program does, and rasterises page 1 with
pdfium. Nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render page 1 of a sample quote PDF to PNG.")
    parser.add_argument("output", nargs="?", type=Path, default=ROOT / "docs" / "quote-page.png")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--dpi", type=float, default=110)
    parser.add_argument("--pdf", type=Path, help="also keep the PDF here")
    args = parser.parse_args(argv)

    import pypdfium2 as pdfium

    from desktop_crm.exports.quote_files import export_quote
    from desktop_crm.paths import AppPaths
    from desktop_crm.services import quotes
    from desktop_crm.store.database import Database
    from tools.sample_quote import build_sample_quote

    with tempfile.TemporaryDirectory(prefix="desktop-crm-quote-") as folder:
        paths = AppPaths.resolve(basedir=Path(folder))
        db = Database.open(paths.db_path, paths.backup_dir)
        try:
            quote_id = build_sample_quote(db, language=args.lang)
            with db.uow() as uow:
                document = quotes.build_document(uow, quote_id)
        finally:
            db.close()
        pdf_path = args.pdf or Path(folder) / "quote.pdf"
        export_quote(document, pdf_path)
        pdf = pdfium.PdfDocument(pdf_path)
        try:
            page = pdf[0]
            bitmap = page.render(scale=args.dpi / 72, draw_annots=False)
            image = bitmap.to_pil().convert("RGB")
            page.close()
        finally:
            pdf.close()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    image.save(args.output, format="PNG", optimize=True)
    print(f"{args.output}: {image.width}×{image.height} px, page 1 of {document.display_number}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
