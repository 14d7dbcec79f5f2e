from pathlib import Path

from desktop_crm import settings


def test_settings_round_trip_and_damaged_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert settings.load(path).language == "vi"
    settings.save(path, settings.LocalSettings(language="en", last_auto_backup="2026-11-20"))
    assert settings.load(path) == settings.LocalSettings("en", "2026-11-20")
    path.write_text("{ not json", encoding="utf-8")
    assert settings.load(path) == settings.LocalSettings()
    assert (tmp_path / "settings.json.damaged").read_text(encoding="utf-8") == "{ not json"
