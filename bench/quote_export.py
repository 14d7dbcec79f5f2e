"""Time to export a 200-line quote to PDF and to Excel.

Usage: .venv/bin/python bench/quote_export.py [--lines 200] [--runs 5]

Builds the sample quote (tools/sample_quote.py: a logo, Vietnamese names, a 3 % quote
discount, four VAT rates) with ``--lines`` lines in a temporary database, reads its document
once (``build_document``), then times ``export_quote`` to .pdf and to .xlsx, each ``--runs``
times in a fresh file. Figures: median and min seconds, the PDF's page count and both sizes.
The first run of the PDF includes loading the fonts (once per process), as in the program.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _summary(times: list[float]) -> str:
    return f"median {statistics.median(times):6.3f} s  (min {min(times):.3f}, max {max(times):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from pypdf import PdfReader

    from desktop_crm.exports.quote_files import export_quote
    from desktop_crm.paths import AppPaths
    from desktop_crm.services import quotes
    from desktop_crm.store.database import Database
    from tools.sample_quote import SAMPLE_LINES, build_sample_quote

    try:
        from desktop_crm.exports.quote_xlsx import write_quote_xlsx  # noqa: F401
    except ImportError:
        excel = False
    else:
        excel = True

    with tempfile.TemporaryDirectory(prefix="desktop-crm-bench-") as folder:
        base = Path(folder)
        db = Database.open(AppPaths.resolve(basedir=base).db_path, base / "backups")
        try:
            quote_id = build_sample_quote(db, extra_lines=max(0, args.lines - SAMPLE_LINES))
            with db.uow() as uow:
                document = quotes.build_document(uow, quote_id)
        finally:
            db.close()
        print(f"{len(document.lines)} lines, {args.runs} runs, quote {document.display_number}")

        for suffix, wanted in ((".pdf", True), (".xlsx", excel)):
            if not wanted:
                print(
                    f"{suffix:6s} skipped: exports/quote_xlsx.py (write_quote_xlsx) not there yet"
                )
                continue
            times: list[float] = []
            for run in range(args.runs):
                target = base / f"quote-{run}{suffix}"
                started = time.perf_counter()
                export_quote(document, target)
                times.append(time.perf_counter() - started)
            size = target.stat().st_size / 1024
            extra = f", {len(PdfReader(target).pages)} pages" if suffix == ".pdf" else ""
            print(f"{suffix:6s} {_summary(times)}  {size:,.0f} KiB{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
