"""The local store: SQLite (SQLAlchemy 2 + Alembic), the evidence folder, backups, audit chain.

Use :func:`open_store`; see evaldesk/store/store.py for the shape and docs/store.md for the files.
"""

from evaldesk.store.ledger_query import LedgerQuery
from evaldesk.store.parts.ledger import LedgerFields
from evaldesk.store.records import (
    ApprovalRec,
    CommentRec,
    DispatchRec,
    EvidenceRec,
    LedgerRec,
    LinkRec,
    OfficeRec,
    UserRec,
    YearRec,
)
from evaldesk.store.store import Store, open_store, store_exists

__all__ = [
    "ApprovalRec",
    "CommentRec",
    "DispatchRec",
    "EvidenceRec",
    "LedgerFields",
    "LedgerQuery",
    "LedgerRec",
    "LinkRec",
    "OfficeRec",
    "Store",
    "UserRec",
    "YearRec",
    "open_store",
    "store_exists",
]
