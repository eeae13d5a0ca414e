"""What an office records for one rule (a RuleFact), with the bounds every number must keep.

Facts are keyed by item code, then rule id (docs/facts-format.md). Each rule kind reads only
some of these fields (its ``fact_fields``). Numbers are bounded where they enter: a value with
more than 15 digits before the point, more than 6 after it, or an exponent past that is refused
with the field named, so no later score, export or check can fail on it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from evaldesk.messages import Message, msg

Status = Literal["met", "not_met", "not_assessed"]

#: The largest magnitude a recorded number may have, and its finest step.
MAX_VALUE = Decimal("1e15")
MAX_FRACTION_DIGITS = 6
#: The most occurrences, votes or counts one fact may give.
MAX_COUNT = 1_000_000


_STEP = Decimal(1).scaleb(-MAX_FRACTION_DIGITS)

MESSAGES: dict[str, tuple[str, str]] = {
    "number.not_finite": ("必须是有限的数", "must be a finite number"),
    "number.too_large": ("绝对值必须小于 {limit}", "must be less than {limit} in size"),
    "number.too_precise": ("最多{places}位小数", "may have at most {places} decimal places"),
}


def refused(message: Message) -> PydanticCustomError:
    """A value a validator refuses, as pydantic's error: its type is the message's key and its
    context the message's arguments, so whoever reads the ValidationError gets the message
    back (evaldesk/rubrics/schema_errors.py); pydantic's own text is the English wording."""
    return PydanticCustomError(message.key, message.text("en"), dict(message.args))


def bounded(value: Decimal) -> Decimal:
    """A finite number below 10^15 with at most six decimals (documented in facts-format.md)."""
    if not value.is_finite():
        raise refused(msg("number.not_finite"))
    if abs(value) >= MAX_VALUE:
        raise refused(msg("number.too_large", limit="10^15"))
    if value != value.quantize(_STEP):
        raise refused(msg("number.too_precise", places=MAX_FRACTION_DIGITS))
    return value


Number = Annotated[Decimal, Field(allow_inf_nan=False), AfterValidator(bounded)]
NonNegative = Annotated[Number, Field(ge=0)]
Positive = Annotated[Number, Field(gt=0)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT, strict=True)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Ballot(_Frozen):
    voter: str = Field(max_length=200)
    grades: dict[str, str] = Field(description="Unit id -> grade given by this voter.")


class RuleFact(_Frozen):
    """The recorded facts for one rule. Only the fields its kind reads are used."""

    status: Status | None = Field(
        default=None, description="Tick: all_or_nothing, nested_caps gate, minimum."
    )
    lines: dict[str, Status] | None = Field(default=None, description="Checklist line id -> tick.")
    count: Count | None = Field(default=None, description="per_count occurrences.")
    actual: NonNegative | None = Field(
        default=None, description="Actual value (completion, growth, shortfall)."
    )
    target: Positive | None = Field(default=None, description="Overrides the rubric's target.")
    last_year: NonNegative | None = None
    value: Number | None = Field(default=None, description="Measured value for tiers and ranking.")
    occurrences: dict[str, Count] | None = Field(
        default=None, description="Bonus level id -> count."
    )
    triggered: Annotated[bool, Field(strict=True)] | None = Field(
        default=None, description="Veto / negative event happened."
    )
    deviations: dict[str, NonNegative] | None = Field(
        default=None, description="nested_caps indicator -> deviation %."
    )
    votes: dict[str, Count] | None = Field(
        default=None, description="Grade -> number of votes received."
    )
    ballots: list[Ballot] | None = Field(default=None, max_length=10_000)
    group: dict[str, Number] | None = Field(
        default=None, description="Ranking: unit id -> measure value."
    )
    score: Number | None = Field(default=None, description="Manual score.")
    note: str | None = Field(default=None, max_length=10_000)


#: The RuleFact fields a kind may declare it reads.
FACT_FIELDS = frozenset(RuleFact.model_fields) - {"note"}
