"""Icons drawn for the program, as SVG files in ``resources/icons``."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop_crm.paths import resources_dir

APP_ICON = "desktop-crm"


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (a null icon if the file is missing)."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def app_icon() -> QIcon:
    return icon(APP_ICON)
