"""Wording (filled as the receiving office grows)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}
