"""Wording of the services' messages: keys, trust lists, locks, checks at export."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "keys.no_office": (
        "{path} 中没有 EvalDesk 数据（没有数据库）",
        "there is no EvalDesk data in {path} (no database)",
    ),
}
