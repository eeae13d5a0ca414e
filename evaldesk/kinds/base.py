"""What every rule kind shares: its rubric model's common fields, the context it scores in, the
outcome it returns, and the :class:`RuleKind` each kind module subclasses.

A rule kind is one module (evaldesk/kinds/<name>.py) holding everything about it: the rubric
model of its rules, its parameters (for a rubric editor), the fact fields it reads, the rows the
UI shows for entering them, its wording, its checks and ``score(rule, fact, ctx) -> Outcome``.
evaldesk/kinds/__init__.py lists the kinds in one ordered registry; the validator, the renderer,
the facts check, the UI's editors, the demo and the benchmark rubric all read it.

Scores are signed contributions to the rule's item: deduction kinds give ``budget - loss``,
award kinds what they earn (0..budget). "Now" is pessimistic: a fact not recorded yet counts as
the worst case, so the live score only rises as items are confirmed; "best" counts it as met,
which gives the maximum still attainable.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, ClassVar, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from evaldesk.kinds.fact import FACT_FIELDS, Number, RuleFact, refused
from evaldesk.messages import Message, msg, plain

ZERO = Decimal(0)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")

#: Points, caps and weights in a rubric file: finite, below 10^15, at most six decimals.
Points = Number

# --------------------------------------------------------------------------- rubric model parts


class Part(BaseModel):
    """A piece of a rubric file: unknown keys are mistakes, values never change once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleModel(Part):
    """The fields every rule has, whatever its kind."""

    kind: str
    id: str | None = Field(
        default=None,
        min_length=1,
        max_length=40,
        description="Stable id within the item; defaults to the rule's position (1, 2, ...).",
    )
    text: str = Field(
        default="", description="The source wording of this scoring clause (评分标准)."
    )
    points: Points | None = Field(
        default=None,
        description="Budget: the most this rule can give. Omit for a pure deduction from the item's points.",
    )
    note: str | None = Field(
        default=None, description="Interpretation recorded by the rubric author."
    )
    labels: dict[str, str] | None = Field(
        default=None,
        description=(
            "What the office records, named as the source names it: fact field -> label "
            "(actual: 本地鉴定通过率(%), target: 省当年平均通过率(%)). Shown beside the values."
        ),
    )
    budget_of: str | None = Field(
        default=None,
        description=(
            "Id of a rule of the same item whose budget this deduction shares: one clause with "
            "several deductions ('得5分，市级未出台扣2分，县级每个扣0.5分，扣完为止') loses at most "
            "that budget, never the points of the item's other clauses."
        ),
    )

    @field_validator("labels")
    @classmethod
    def _labels_name_fields(cls, labels: dict[str, str] | None) -> dict[str, str] | None:
        for name in labels or {}:
            if name not in FACT_FIELDS:
                raise refused(msg("kind.label_not_a_field", field=name, known=sorted(FACT_FIELDS)))
        return labels


class TargetRef(Part):
    key: str = Field(
        description="Key into the rubric's `targets` table; the office's unit picks the row."
    )


Target = Points | TargetRef


class Tier(Part):
    min: Decimal
    inclusive: bool = True
    points: Points
    text: str | None = None


# --------------------------------------------------------------------------- scoring


Assessed = Literal["none", "some", "all"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One explanation line: what the rule (or one of its lines) did to the item's score.

    ``effect`` is signed: ``-2`` two points lost, ``+3`` a bonus earned, ``0`` a line that moves
    no points (a tick of a rated rubric, a grade cap). ``pending`` marks a line that assumes the
    worst only because a fact is not recorded yet.
    """

    wording: Message
    effect: Decimal
    detail: Message | None = None
    pending: bool = False


@dataclass(frozen=True, slots=True)
class Override:
    """What a veto or negative score does when its event happens."""

    #: the item scores exactly this (0 for an item veto, −penalty for a negative score)
    item_score: Decimal | None = None
    #: a wider scope scores nothing
    scope: Literal["section", "part", "total"] | None = None
    #: instead of zeroing: the best grade still possible
    grade_cap: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a rule gives its item: its contribution now and at best, and why."""

    now: Decimal
    best: Decimal
    findings: tuple[Finding, ...] = ()
    #: how much of what the rule reads is recorded
    assessed: Assessed = "all"
    #: a recorded fact lost points (the item is "not met")
    lost: bool = False
    #: an event rule (veto, negative) happened, and what it does
    override: Override | None = None
    #: things the person must fix, found while scoring (a ballot over its quota)
    problems: tuple[Message, ...] = ()


@dataclass(slots=True)
class Context:
    """What a rule may read besides its own fact and its rule.

    One per score: the engine points it at each rule in turn (``code``, ``item_points``,
    ``budget``) before asking the rule's kind, which only reads it. (Rebuilding a frozen one
    per rule cost more than the rest of a rescore.)
    """

    #: the code of the item (or section) being scored, for messages
    code: str = ""
    unit: str | None = None
    group: str | None = None
    #: ledger and dispatch counts (ledger_overdue, dispatch_missing, ...)
    counts: Mapping[str, int] = field(default_factory=dict)
    #: target table key -> this unit's target
    targets: Mapping[str, Decimal] = field(default_factory=dict)
    #: unit id -> its group, for ranking among peers
    unit_groups: Mapping[str, str | None] = field(default_factory=dict)
    precision: Decimal = CENT
    #: the points of the item (or section) the rule belongs to
    item_points: Decimal = ZERO
    #: the most this rule may give: its own points, or its item's when it stands alone
    budget: Decimal = ZERO
    #: the status of each item scored so far (a rule whose precondition is another item's result)
    statuses: dict[str, str] = field(default_factory=dict)


def field_label(rule: RuleModel, name: str, default: Message) -> Message:
    """What a fact field of ``rule`` is called beside its value: the rubric's own name for it
    (``labels``) or the kind's general one (实际完成数, 目标值)."""
    own = (rule.labels or {}).get(name)
    return plain(own) if own else default


def q(value: Decimal, precision: Decimal) -> Decimal:
    return value.quantize(precision, ROUND_HALF_UP)


def cents(value: Decimal) -> Decimal:
    """A percentage as shown: to 0.01."""
    return q(value, CENT)


TargetFrom = Literal["office", "rule", "table"]


@dataclass(frozen=True, slots=True)
class InForce:
    """The target a rule compares with, and where it comes from: the office's own entry, the
    rule's number, or the unit's row of a target table (None: nobody has given one yet)."""

    value: Decimal | None
    source: TargetFrom | None


def in_force(
    target: Target | None, recorded: Decimal | None, tables: Mapping[str, Decimal]
) -> InForce:
    """The one reading of a target, shared by the engine, the editor rows and the subsidies:
    a recorded target wins (facts files and data made before the rubric gave tables set
    them), else the rule's number, else the unit's row of the rule's table."""
    if recorded is not None:
        return InForce(recorded, "office")
    if target is None:
        return InForce(None, None)
    if isinstance(target, Decimal):
        return InForce(target, "rule")
    value = tables.get(target.key)
    return InForce(value, "table" if value is not None else None)


def target_of(target: Target | None, fact: RuleFact | None, ctx: Context) -> Decimal | None:
    """The target a rule compares with: the fact's own, else the rule's number, else the unit's
    row of the rule's target table."""
    return in_force(target, fact.target if fact is not None else None, ctx.targets).value


# --------------------------------------------------------------------------- editing


Editor = Literal["status", "event", "int", "decimal", "readonly", "group"]

#: How the choices of a status or event row are worded, from what the rule does with it:
#: deduct — a line worded as a failure that costs points ("未开展…，扣2分": 不扣分 / 扣2分);
#: award — a clause that earns points ("…的得5分，否则不得分": 得5分 / 不得分);
#: require — a plain requirement of a rated rubric (符合 / 不符合);
#: gate — a precondition whose failure zeroes the rule (照常计分 / 不得分);
#: event — a veto or negative score (未发生 / 发生).
Choice = Literal["deduct", "award", "require", "gate", "event"]


@dataclass(frozen=True, slots=True)
class Row:
    """One value the clerk records for a rule: a tick, a count, a value (shown as one row
    under the item in the rubric view). ``field`` is the RuleFact field it fills and ``key``
    the checklist line / bonus level / indicator / grade for mapped fields."""

    item_code: str
    rule_id: str
    kind: str
    field: str
    key: str | None
    text: str  # the wording shown (the line's, the level's, or the rule's)
    editor: Editor
    label: Message | None = None  # what the value is: 实际完成数, 上年数 ...
    #: a target row: the target the rubric gives this unit (None: the office enters it);
    #: a minimum's value row: the minimum required
    target: Decimal | None = None
    unit_label: str = ""
    effect: Decimal | None = None  # points per line / level / occurrence (signed)
    source: str | None = None  # counting source for rows filled from the ledger / dispatch
    peers: int = 0  # group editor: how many other units the rule ranks this one with
    choice: Choice | None = None  # status / event rows: how the choices are worded
    #: a target row whose target the rubric gives (its number, or the unit's row of a table):
    #: where it comes from. The office may not set another one there, only clear one it
    #: recorded before. None: the office enters the target.
    fixed_by: Message | None = None

    @property
    def ident(self) -> tuple[str, str, str, str | None]:
        return (self.item_code, self.rule_id, self.field, self.key)


@dataclass(frozen=True, slots=True)
class RowContext:
    """What a kind may read when it lists its rows: the unit's targets and peers."""

    unit: str | None = None
    group: str | None = None
    targets: Mapping[str, Decimal] = field(default_factory=dict)
    #: target table key -> its unit label (人, 万元)
    target_units: Mapping[str, str] = field(default_factory=dict)
    #: target table key -> its title (职工基本养老保险新增人数（总任务）)
    target_titles: Mapping[str, str] = field(default_factory=dict)
    #: unit id -> group, for every unit of the rubric
    unit_groups: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter of a kind's rules, for a rubric editor: type, bounds, labels."""

    name: str
    type: Literal["decimal", "int", "text", "choice", "bool", "lines", "levels", "tiers", "map"]
    label: Message
    required: bool = False
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FactField:
    """A RuleFact field a kind reads, with what it means."""

    name: str
    label: Message


@dataclass(frozen=True, slots=True)
class RubricFacts:
    """What a kind's checks may know of the rubric it sits in."""

    rating: bool = False
    target_keys: frozenset[str] = frozenset()
    group_ids: frozenset[str] = frozenset()
    grade_names: tuple[str, ...] = ()
    unit_ids: frozenset[str] = frozenset()
    group_names: Mapping[str, str] = field(default_factory=dict)
    item_codes: tuple[str, ...] = ()


RuleT = TypeVar("RuleT", bound=RuleModel)


class RuleKind(Generic[RuleT]):
    """One kind of scoring rule. Subclasses set the class attributes and implement ``score``;
    the other methods have defaults that fit most kinds."""

    name: ClassVar[str]
    model: ClassVar[type[RuleModel]]
    #: deduction: takes from the item's points; award: earns towards a budget; override: only
    #: changes the result when an event happens (veto, negative); record: moves no points
    role: ClassVar[Literal["deduction", "award", "override", "record"]]
    title: ClassVar[Message]
    fact_fields: ClassVar[tuple[FactField, ...]] = ()
    params: ClassVar[tuple[Param, ...]] = ()
    #: the wording of this kind's messages: key -> (中文, English)
    messages: ClassVar[dict[str, tuple[str, str]]] = {}
    #: may be a section's own rule (applied to the section's sum)
    section_rule: ClassVar[bool] = False
    #: may be a whole-rubric rule
    whole_rule: ClassVar[bool] = False
    #: with other rules beside it, needs its own ``points`` (an award with no natural maximum)
    needs_budget: ClassVar[bool] = False

    # ---------------------------------------------------------------- scoring

    def score(self, rule: RuleT, fact: RuleFact | None, ctx: Context) -> Outcome:
        raise NotImplementedError

    def takes_item_points(self, rule: RuleT) -> bool:
        """Alone on an item without ``points`` of its own, it earns up to the item's points."""
        return self.role == "award"

    def budget(self, rule: RuleT, lone_item_points: Decimal | None) -> Decimal:
        """The most the rule may give: its ``points``; else, standing alone on an item, the
        item's points if it earns towards them; else what the kind implies (0 for deductions).
        ``lone_item_points`` is the item's points when the rule is its only scoring rule."""
        if rule.points is not None:
            return rule.points
        if lone_item_points is not None and self.takes_item_points(rule):
            return lone_item_points
        return self.natural_budget(rule)

    def natural_budget(self, rule: RuleT) -> Decimal:
        """The budget of a rule with no points of its own and no item's points to take."""
        return ZERO

    def max_award(self, rule: RuleT, item_points: Decimal | None) -> Decimal | None:
        """The most the rule can add to its item (None: it only deducts or overrides)."""
        if self.role in ("deduction", "override", "record"):
            return rule.points
        return rule.points if rule.points is not None else item_points

    def shares_budget(self, rule: RuleT) -> bool:
        """May take ``budget_of`` (only deductions can share another clause's budget)."""
        return False

    # ---------------------------------------------------------------- reading the rubric

    def describe(self, rule: RuleT, rubric: RubricFacts) -> Message:
        """What the engine does with this rule, in one line (the source wording beside it)."""
        raise NotImplementedError

    def problems(self, rule: RuleT, rubric: RubricFacts) -> tuple[list[Message], list[Message]]:
        """(errors, warnings) about the rule itself, beyond what its model checks."""
        return [], []

    def fact_problems(self, rule: RuleT, fact: RuleFact, rubric: RubricFacts) -> list[Message]:
        """Keys in the fact that the rule does not know (a checklist line, a bonus level ...)."""
        return []

    def reads(self, rule: RuleT) -> frozenset[str]:
        """The RuleFact fields this rule reads."""
        return frozenset(f.name for f in self.fact_fields)

    # ---------------------------------------------------------------- recording

    def rows(self, rule: RuleT, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        """The values the clerk records for this rule, in order."""
        raise NotImplementedError

    def demo_fact(
        self, rule: RuleT, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        """Plausible facts for a demo office (None: leave it not assessed); ``ctx`` gives the
        office's unit, so that its targets come from the rubric rather than the facts."""
        return None

    def random_fact(self, rule: RuleT, rnd: random.Random) -> dict[str, Any] | None:
        """Any valid fact, edge cases included, for property tests (None: not recorded)."""
        return None

    def sample(self, n: int) -> dict[str, Any]:
        """A rule of this kind as rubric data, for the benchmark rubric (``n`` varies it)."""
        raise NotImplementedError


def earned(
    rule: RuleModel, ctx: Context, amount: Decimal, detail: Message | None, *, short: bool = False
) -> Outcome:
    """An award kind's known result: ``amount`` of its budget, a line for what was lost.

    ``short``: the target was missed even if rounding gives the whole budget (15 × 20499/20500
    shows as 15.00); the item is still "not met", which is what a gate on it must read."""
    if amount < ctx.budget or short:
        finding = Finding(plain(rule.text), amount - ctx.budget, detail)
        return Outcome(amount, amount, (finding,), lost=True)
    return Outcome(amount, amount)


def unrecorded(rule: RuleModel, ctx: Context, why: Message, low: Decimal = ZERO) -> Outcome:
    """An award kind whose fact is missing: ``low`` now, the whole budget at best."""
    finding = Finding(plain(rule.text), low - ctx.budget, why, pending=True)
    return Outcome(low, ctx.budget, (finding,), assessed="none")


def full(ctx: Context) -> Outcome:
    """Nothing lost: the whole budget, now and at best."""
    return Outcome(ctx.budget, ctx.budget)


def worst_loss(cap: Decimal | None, ctx: Context) -> Decimal:
    """What an unrecorded deduction stands for: its cap, else its budget, else the item's points."""
    if cap is not None:
        return cap
    return ctx.budget if ctx.budget > ZERO else ctx.item_points
