"""Facts: what an office records, the engine's only input besides the rubric.

Facts are keyed by item code, then by rule id (see docs/facts-format.md). Counts that come
from the ledger and the dispatch records (``ledger_overdue``, ``dispatch_missing`` ...) are
given once in ``counts``; the services fill them from SQL so the score moves with the ledger.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from evaldesk.errors import FactsError
from evaldesk.kinds.fact import Ballot, Count, NonNegative, Number, RuleFact, Status

__all__ = ["Ballot", "Facts", "IndicatorRow", "ReviewScores", "RuleFact", "Status"]

#: The counts the store fills from the ledger and the dispatch records (per_count sources).
COUNT_KEYS = ("ledger_overdue", "dispatch_missing", "dispatch_late", "dispatch_not_on_time")


def _known_counts(counts: dict[str, int]) -> dict[str, int]:
    unknown = sorted(set(counts) - set(COUNT_KEYS))
    if unknown:
        # A typo would silently drop a deduction: refuse it.
        raise ValueError(f"unknown count {unknown[0]!r} (counts: {', '.join(COUNT_KEYS)})")
    return counts


class ReviewScores(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    initial: Number | None = None
    final: Number | None = None


class IndicatorRow(BaseModel):
    """One indicator the office lists under a scored category (report forms)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    target: str = Field(
        default="", description="绩效目标: the indicator and its target, as written."
    )
    completion: str = Field(default="", description="完成情况, as written.")
    score: NonNegative | None = Field(default=None, description="Score given to this indicator.")


class Facts(BaseModel):
    """All facts for one office, one rubric, one year."""

    model_config = ConfigDict(extra="forbid")

    rubric: str | None = None
    unit: str | None = None
    year: int | None = None
    items: dict[str, dict[str, RuleFact]] = Field(default_factory=dict)
    sections: dict[str, dict[str, RuleFact]] = Field(default_factory=dict)
    whole: dict[str, RuleFact] = Field(
        default_factory=dict, description="Facts for whole-rubric rules."
    )
    counts: Annotated[dict[str, Count], AfterValidator(_known_counts)] = Field(default_factory=dict)
    evidence: dict[str, Count] = Field(
        default_factory=dict, description="Item code -> attached files."
    )
    review: dict[str, ReviewScores] = Field(default_factory=dict)
    rating: str | None = Field(
        default=None, description="Rated rubrics: the result chosen by the evaluator."
    )
    tables: dict[str, dict[str, dict[str, Number | None]]] = Field(default_factory=dict)
    profile: dict[str, str] = Field(default_factory=dict)
    indicators: dict[str, list[IndicatorRow]] = Field(
        default_factory=dict, description="Report forms: item code -> its indicator rows."
    )
    texts: dict[str, list[dict[str, str]]] = Field(
        default_factory=dict, description="Report forms: text table id -> rows (column id -> text)."
    )
    interpretations: dict[str, Number] = Field(
        default_factory=dict,
        description="The office's values for the rubric's settable interpretations (id -> value).",
    )


_RULE_FACT_FIELDS = frozenset(RuleFact.model_fields)


def _normalise_shortcuts(data: Any) -> Any:
    """Allow ``"一.1": {"lines": {...}}`` for an item with one rule: it means rule "1"."""
    if not isinstance(data, dict):
        return data
    for key in ("items", "sections"):
        block = data.get(key)
        if isinstance(block, dict):
            for code, value in list(block.items()):
                if isinstance(value, dict) and value and set(value) <= _RULE_FACT_FIELDS:
                    block[code] = {"1": value}
    return data


def _describe(error: dict[str, Any]) -> str:
    loc = ".".join(str(p) for p in error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"{loc}: unknown field"
    if kind == "greater_than_equal":
        return f"{loc}: must not be negative (got {error.get('input')!r})"
    if kind in ("decimal_parsing", "int_parsing", "decimal_type", "int_type"):
        return f"{loc}: expected a number, got {error.get('input')!r}"
    if kind == "literal_error":
        return f"{loc}: {error['msg']} (got {error.get('input')!r})"
    return f"{loc}: {error['msg']}"


def facts_from_data(data: Any, *, source: str = "facts") -> Facts:
    """Validate plain data (parsed JSON) into :class:`Facts`; errors name the path and the fix."""
    try:
        return Facts.model_validate(_normalise_shortcuts(data))
    except ValidationError as exc:
        problems = [f"{source}: {_describe(dict(e))}" for e in exc.errors()]
        raise FactsError(problems[0], problems) from None


def facts_from_json(text: str, *, source: str = "facts") -> Facts:
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise FactsError(
            f"{source}: line {exc.lineno} column {exc.colno}: invalid JSON: {exc.msg}"
        ) from None
    return facts_from_data(data, source=source)
