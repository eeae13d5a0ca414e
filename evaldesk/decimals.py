"""Decimal helpers shared by the core packages: points are never floats."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal(0)


def fmt_points(value: Decimal) -> str:
    """Shortest exact text of a Decimal: 4, 0.5, 2.25 (no exponent, no trailing zeros)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("", "-0"):
        return "0"
    return text


def quantize(value: Decimal, step: Decimal) -> Decimal:
    """Round half up to ``step`` (0.01 by default in rubrics), as offices round by hand."""
    return value.quantize(step, rounding=ROUND_HALF_UP)
