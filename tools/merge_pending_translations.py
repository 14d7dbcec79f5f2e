"""Fill the catalogues from translations written during parallel work, then release them.

    .venv/bin/python tools/merge_pending_translations.py [--delete]

Runs lupdate, then for every unfinished text of ``desktop_crm_vi.ts`` takes the Vietnamese
from ``resources/translations/pending/*.tsv`` (context, English source, Vietnamese), and for
every unfinished plural of ``desktop_crm_en.ts`` writes the English singular and plural from
the "(s)" in the source. Lists what is still missing; ``--delete`` removes the TSV files once
nothing is missing.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PENDING = ROOT / "resources" / "translations" / "pending"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _build_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bt", ROOT / "tools" / "build_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pending() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for tsv in sorted(PENDING.glob("*.tsv")):
        with tsv.open(encoding="utf-8", newline="") as handle:
            for line_no, row in enumerate(csv.reader(handle, delimiter="\t"), 1):
                if not row or row[0].startswith("#"):
                    continue
                if len(row) != 3:
                    sys.exit(f"{tsv.name}:{line_no}: expected 3 tab-separated fields, got {row}")
                context, source, text = (cell.replace("\\n", "\n") for cell in row)
                found[(context, source)] = text
    return found


def _english_forms(source: str) -> tuple[str, str]:
    return re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source)


def fill(ts_file: Path, language: str, texts: dict[tuple[str, str], str]) -> list[str]:
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            if language == "en":
                if not numerus:
                    continue
                forms: list[str] = list(_english_forms(source))
            elif (name, source) in texts:
                forms = [texts[(name, source)]]
            else:
                missing.append(f"[{name}] {source!r}")
                continue
            translation.attrib.pop("type")
            if numerus:
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    ts_file.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delete", action="store_true", help="remove the TSVs when complete")
    args = parser.parse_args()
    tool = _build_tool()
    tool.update()
    texts = pending()
    missing = fill(tool.ts_path("vi"), "vi", texts) + fill(tool.ts_path("en"), "en", texts)
    tool.update()  # lupdate writes the files back in its own layout
    tool.release()
    for item in missing:
        print("still without Vietnamese:", item)
    if args.delete and not missing:
        for tsv in PENDING.glob("*.tsv"):
            tsv.unlink()
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
