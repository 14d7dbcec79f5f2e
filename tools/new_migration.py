"""Generate an Alembic migration from the difference between the models and the schema.

Usage: .venv/bin/python tools/new_migration.py "what changed"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from desktop_crm.store import migrate


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'scratch.sqlite3'}")
        with engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), "head")
            next_id = f"{len(migrate.known_revisions()) + 1:04d}"
            command.revision(
                migrate.alembic_config(conn),
                message=sys.argv[1],
                autogenerate=True,
                rev_id=next_id,
            )
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
