"""Alembic migrations shipped inside the package and run from code (evaldesk.store.migrate).

Every schema change is a new file in ``versions/``; make one with
``python scripts/new_migration.py "what changed" NNNN`` and then update :data:`HEAD`.
"""

#: The newest revision. Opening a store compares the file's revision with this without
#: importing Alembic, so a store that is already current opens fast.
HEAD = "0008"
