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
from evaldesk.kinds.fact import Ballot, Count, NonNegative, Number, RuleFact, Status, refused
from evaldesk.messages import Message, Origin, msg, plain
from evaldesk.rubrics.schema_errors import placed
from evaldesk.rubrics.where import Loc, Locator, Spot, at, file_part

__all__ = ["Ballot", "Facts", "IndicatorRow", "ReviewScores", "RuleFact", "Status"]

#: The counts the store fills from the ledger and the dispatch records (per_count sources).
COUNT_KEYS = ("ledger_overdue", "dispatch_missing", "dispatch_late", "dispatch_not_on_time")

#: Where the facts format is described (named in "unknown field" problems).
DOC = "docs/facts-format.md"


def _known_counts(counts: dict[str, int]) -> dict[str, int]:
    unknown = sorted(set(counts) - set(COUNT_KEYS))
    if unknown:
        # A typo would silently drop a deduction: refuse it.
        raise refused(msg("facts.unknown_count", count=unknown[0], known=list(COUNT_KEYS)))
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


def spot_in_facts(data: Any, loc: Loc) -> tuple[Spot, Loc]:
    """The item, section or whole-rubric rule a location in facts data is under, and the rest:
    ``("items", "一.2", "1", "count")`` -> 项目 一.2：规则 1, ``("count",)``."""
    scope = loc[0] if loc else None
    if scope in ("items", "sections") and len(loc) >= 2:
        code = str(loc[1])
        if scope == "items":
            spot = Spot(loc, (msg("where.item", code=code),), code)
        else:
            spot = Spot(loc, (msg("where.section", code=code),))
        if len(loc) >= 3:
            return spot.named(msg("where.rule_id", id=loc[2])), loc[3:]
        return spot, ()
    if scope == "whole" and len(loc) >= 2:
        return Spot(loc, (msg("where.whole_rule", id=loc[1]),)), loc[2:]
    return Spot(loc), loc


def facts_from_data(data: Any, *, source: str = "facts") -> Facts:
    """Validate plain data (parsed JSON) into :class:`Facts`; errors name the path and the fix."""
    try:
        return Facts.model_validate(_normalise_shortcuts(data))
    except ValidationError as exc:
        problems = placed(exc, data, Locator(source), spot_in_facts, doc=DOC)
        raise FactsError(problems[0], problems) from None


#: The json module's descriptions of a mistake -> their message. The module has no error
#: codes; its description is one of these fixed texts (the C scanner's and the Python one's),
#: looked up whole, never searched. One this table does not know is quoted as it is.
_JSON_PROBLEMS: dict[str, str] = {
    "Expecting value": "json.expecting_value",
    "Expecting property name enclosed in double quotes": "json.expecting_name",
    "Expecting ':' delimiter": "json.expecting_colon",
    "Expecting ',' delimiter": "json.expecting_comma",
    "Extra data": "json.extra_data",
    "Unterminated string starting at": "json.unterminated",
    "Invalid control character at": "json.control_character",
    "Invalid \\escape": "json.bad_escape",
    "Invalid \\uXXXX escape": "json.bad_unicode_escape",
    "Illegal trailing comma before end of object": "json.trailing_comma",
    "Illegal trailing comma before end of array": "json.trailing_comma",
}


def json_problem(exc: json.JSONDecodeError) -> Message:
    """What is wrong at the place ``exc`` names, in words (the place is given beside it)."""
    key = _JSON_PROBLEMS.get(exc.msg)
    return msg(key) if key is not None else plain(exc.msg)


def facts_from_json(text: str, *, source: str = "facts") -> Facts:
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        where = file_part(source, exc.lineno, exc.colno)
        problem = msg("facts.invalid_json", error=json_problem(exc))
        raise FactsError(at(where, problem, Origin(file=source, line=exc.lineno))) from None
    return facts_from_data(data, source=source)
