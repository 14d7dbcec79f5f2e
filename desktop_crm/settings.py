"""This laptop's own preferences (not synced): language, last automatic backup, window state.

Team-wide settings (company profile, quote numbering, care plans) live in the database.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Self

log = logging.getLogger(__name__)

LANGUAGES = ("en", "vi")


@dataclass(frozen=True)
class LocalSettings:
    language: str = "vi"
    last_auto_backup: str | None = None  # ISO date of the last automatic backup
    window_geometry: str | None = None  # base64 of QMainWindow.saveGeometry()
    current_user_id: str | None = None  # the sales rep using this laptop: who moved a deal
    extra: dict[str, Any] = field(default_factory=dict)

    def with_changes(self, **changes: Any) -> Self:
        return replace(self, **changes)


def load(path: Path) -> LocalSettings:
    """Read settings; a missing file gives defaults, a damaged one is kept aside and reset."""
    if not path.exists():
        return LocalSettings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        known = {k: v for k, v in raw.items() if k in LocalSettings.__dataclass_fields__}
        settings = LocalSettings(**known)
    except (ValueError, TypeError) as exc:
        aside = path.with_name(path.name + ".damaged")
        path.replace(aside)
        log.warning("settings file %s was unreadable (%s); kept as %s", path, exc, aside)
        return LocalSettings()
    if settings.language not in LANGUAGES:
        settings = settings.with_changes(language="vi")
    return settings


def save(path: Path, settings: LocalSettings) -> None:
    """Write atomically, so a crash mid-write never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), "utf-8")
    partial.replace(path)
