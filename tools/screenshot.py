"""Take a screenshot of the real main window, filled with the small demo data set.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot.py docs/screenshot.png
    .venv/bin/python tools/screenshot.py out.png --page contacts --lang en

The window runs on a temporary ``--basedir`` (nothing of the user's is touched), starts as on
a first start with ``--first-run demo``, waits until the demo data is in and the figures are
counted, selects the page and saves ``QWidget.grab()`` of the whole window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PAGES = ("today", "contacts", "accounts", "pipeline", "quotes", "care", "reports", "settings")
TIMEOUT_SECONDS = 120


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshot of the main window with demo data.")
    parser.add_argument("output", nargs="?", type=Path, default=Path("docs/screenshot.png"))
    parser.add_argument("--page", choices=PAGES, default="pipeline")
    parser.add_argument("--lang", choices=("en", "vi"), default="vi")
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=700)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from desktop_crm.app import setup_logging
    from desktop_crm.paths import AppPaths
    from desktop_crm.ui.application import start_gui

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="desktop-crm-screenshot-") as folder:
        paths = AppPaths.resolve(basedir=Path(folder))
        setup_logging(paths)
        gui = start_gui(paths, first_run="demo", language=args.lang)
        if gui is None:
            print("the database could not be opened", file=sys.stderr)
            return 1
        try:
            demo = gui.demo
            deadline = time.monotonic() + TIMEOUT_SECONDS

            def ready() -> bool:
                return (
                    (demo is None or demo.added is not None)
                    and not gui.runner.running()
                    and all(page.snapshot is not None for page in gui.window.pages)
                )

            while not ready():
                if time.monotonic() > deadline:
                    print("timed out waiting for the demo data", file=sys.stderr)
                    return 1
                app.processEvents()
                time.sleep(0.01)
            if demo is not None and not demo.added:
                print("the demo data was not added; see the log", file=sys.stderr)
                return 1
            window = gui.window
            window.resize(args.width, args.height)
            window.select_page(PAGES.index(args.page))
            window.statusBar().clearMessage()
            for _ in range(5):  # let layouts settle after the resize and the page change
                app.processEvents()
            args.output.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(args.output)):
                print(f"could not write {args.output}", file=sys.stderr)
                return 1
        finally:
            gui.shutdown()
            app.processEvents()
    print(f"screenshot of the {args.page} page written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
