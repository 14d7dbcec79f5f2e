"""The core runs without a display: only ui/ imports Qt, only store/ imports SQLAlchemy."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_crm"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_importing_the_core_does_not_load_qt() -> None:
    # Module names from the files, so that no package under ui/ is imported to walk it.
    core = sorted(
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in ("ui", "__main__.py")
    )
    code = (
        "import sys, importlib\n"
        f"for name in {core!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken')))\n"
        "print(len([n for n in sys.modules if n.startswith('desktop_crm.services')]), loaded)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    count, loaded = out.split(" ", 1)
    assert int(count) >= 3  # the services really were imported
    assert loaded == "[]"


def test_layers_import_only_what_they_may() -> None:
    offences = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        imported = _imports(path)
        if "PySide6" in imported and not rel.startswith("ui/"):
            offences.append(f"{rel} imports PySide6")
        if imported & {"sqlalchemy", "alembic"} and not rel.startswith("store/"):
            offences.append(f"{rel} imports SQLAlchemy/Alembic")
    assert offences == []
