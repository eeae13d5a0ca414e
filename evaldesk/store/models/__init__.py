"""SQLAlchemy models, split by area. Importing this package registers every table on Base."""

from evaldesk.store.models.approvals import Approval
from evaldesk.store.models.audit import AuditRow
from evaldesk.store.models.base import Base
from evaldesk.store.models.collect import (
    CollectBallot,
    CollectDecision,
    CollectFile,
    CollectOffice,
    CollectPackage,
    CollectReview,
    CollectUnit,
    CollectUnitKey,
    ReceivedResult,
)
from evaldesk.store.models.dispatch import DispatchRecord
from evaldesk.store.models.evidence import Evidence, EvidenceLink
from evaldesk.store.models.facts import FACT_SCOPES, Comment, FactRow
from evaldesk.store.models.ledger import SOURCES, STATUSES, LedgerEntry
from evaldesk.store.models.office import Office, Year
from evaldesk.store.models.trust import TrustedKey
from evaldesk.store.models.users import ROLES, User

__all__ = [
    "FACT_SCOPES",
    "ROLES",
    "SOURCES",
    "STATUSES",
    "Approval",
    "AuditRow",
    "Base",
    "CollectBallot",
    "CollectDecision",
    "CollectFile",
    "CollectOffice",
    "CollectPackage",
    "CollectReview",
    "CollectUnit",
    "CollectUnitKey",
    "Comment",
    "DispatchRecord",
    "Evidence",
    "EvidenceLink",
    "FactRow",
    "LedgerEntry",
    "Office",
    "ReceivedResult",
    "TrustedKey",
    "User",
    "Year",
]
