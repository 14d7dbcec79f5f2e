"""`desktop-crm segments` on the small demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_crm.cli import main


def test_summary_json_and_export_group(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = str(tmp_path / "base")
    assert main(["--basedir", base, "demo", "--size", "small", "--as-of", "2026-11-20"]) == 0
    capsys.readouterr()
    assert main(["--basedir", base, "segments", "summary", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["customers"] == sum(data["care_groups"].values()) > 0
    # the demo gives every care group and every tier members
    assert all(data["care_groups"][g] > 0 for g in ("loyal", "potential", "new", "unaware"))
    assert all(data["tiers"][t] > 0 for t in ("A", "B", "C"))
    out = tmp_path / "loyal.csv"
    assert (
        main(
            ["--basedir", base, "segments", "export", str(out), "--group", "loyal", "--lang", "en"]
        )
        == 0
    )
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) - 1 == data["care_groups"]["loyal"]
    assert all(",Loyal," in line for line in lines[1:])
