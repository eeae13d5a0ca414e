"""Canonical JSON for stored values and audit rows: sorted keys, no spaces, Chinese kept as is.

Dates become ISO text and Decimals their exact text, so a value reads back the same everywhere
and a hash over it is reproducible.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        from evaldesk.decimals import fmt_points

        return fmt_points(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(value: Any) -> str:
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_default
    )


def loads(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)
