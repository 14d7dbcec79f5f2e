"""Refresh the translation sources (.ts) from the code and compile them (.qm).

    .venv/bin/python tools/build_translations.py                 # lupdate, then lrelease
    .venv/bin/python tools/build_translations.py --release-only  # lrelease only (make run/test)
    .venv/bin/python tools/build_translations.py --check         # fail if a text lacks Vietnamese

The sources are every module of ``desktop_crm/ui`` and the core modules that mark texts with
``QT_TRANSLATE_NOOP`` (e.g. ``desktop_crm/errors.py``). ``desktop_crm_vi.ts`` holds every text;
``desktop_crm_en.ts`` only the plural forms ("1 contact", "2 contacts"), since the source texts
are English. The .qm files are build products (ignored by git).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_crm"
TRANSLATIONS = ROOT / "resources" / "translations"
# language -> extra lupdate options
CATALOGUES = {"vi": [], "en": ["-pluralonly"]}


def _tool(name: str) -> str:
    """A Qt tool installed with PySide6, beside this Python (a virtualenv) or on the PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install pyside6-essentials)")
    return found


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"desktop_crm_{language}.ts"


def sources() -> list[Path]:
    """The ui package and every core module that marks texts for translation."""
    found = sorted((PACKAGE / "ui").rglob("*.py"))
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        if "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8"):
            found.append(path)
    return found


def update(ts_dir: Path = TRANSLATIONS) -> None:
    """Run lupdate: new texts are added (unfinished), vanished ones dropped."""
    files = [str(p) for p in sources()]
    for language, options in CATALOGUES.items():
        target = ts_dir / f"desktop_crm_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "relative",
                *options,
                *files,
                "-ts",
                str(target),
            ],
            check=True,
        )


def release() -> None:
    for language in CATALOGUES:
        source = ts_path(language)
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                str(source),
                "-qm",
                str(source.with_suffix(".qm")),
            ],
            check=True,
        )


def problems(ts_file: Path) -> list[str]:
    """Texts without a finished translation (each numerus form counts)."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                form.strip() for form in forms
            ):
                found.append(f"{ts_file.name}: [{name}] {message.findtext('source')!r}")
    return found


def check() -> list[str]:
    """Problems of the .ts files as lupdate would leave them for the current sources."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        for language in CATALOGUES:
            shutil.copy(ts_path(language), scratch / ts_path(language).name)
        update(scratch)
        return [p for language in CATALOGUES for p in problems(scratch / ts_path(language).name)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--release-only", action="store_true", help="only compile .ts to .qm")
    mode.add_argument(
        "--check", action="store_true", help="report texts that lack a translation; change nothing"
    )
    args = parser.parse_args(argv)
    if args.check:
        found = check()
        for problem in found:
            print(problem)
        return 1 if found else 0
    if not args.release_only:
        update()
        for problem in problems(ts_path("vi")) + problems(ts_path("en")):
            print("to translate:", problem)
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
