"""Timestamps as stored: UTC ISO 8601 text, exact and sortable, the same in the audit hashes."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
