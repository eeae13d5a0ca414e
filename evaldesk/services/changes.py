"""What a service call changed (the store's Changes), for the UI, which never imports the store."""

from __future__ import annotations

from evaldesk.store.changes import NOTHING, SCORING_KINDS, Changes, FactChange

__all__ = ["NOTHING", "SCORING_KINDS", "Changes", "FactChange"]
