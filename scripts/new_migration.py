#!/usr/bin/env python3
"""Write a new Alembic migration by comparing the models with a database at the current head.

    python scripts/new_migration.py "add ledger note column" 0002

Review the generated file in evaldesk/store/migrations/versions/, then set HEAD in
evaldesk/store/migrations/__init__.py to its revision.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    from alembic import command

    from evaldesk.store.engine import make_engine
    from evaldesk.store.migrate import alembic_config

    message, rev_id = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "head.sqlite3")
        with engine.connect() as conn:
            cfg = alembic_config(conn)
            command.upgrade(cfg, "head")
            conn.commit()
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
