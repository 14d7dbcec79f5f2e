"""`desktop-crm contacts` sub-commands: search (being written)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_crm.paths import AppPaths


def add_parsers(subparsers: Any) -> None:
    """Adds this module's sub-commands to ``desktop-crm contacts``."""


def run(args: argparse.Namespace, paths: AppPaths) -> int | None:
    return None
