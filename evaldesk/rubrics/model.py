"""Typed rubric model: one scheme = sections -> items -> rules, plus composition and grades.

The model is the schema: `evaldesk rubrics schema` prints its JSON Schema, and the loader
validates files against it. Every rule keeps its source wording (`text`) so that the UI, the
PDF and the CLI can quote the document. Points are `Decimal`.

Scoring model (see docs/rubric-format.md for the worked explanation):

* every rule has an optional budget ``points``. An item's score is
  ``clamp(start + sum(points_r - loss_r), min, points)`` where ``start`` is the item's points
  not allocated to any rule (so an item made only of deductions starts full);
* a rule's ``loss`` is bounded by its ``cap`` (or its ``points`` when it has a budget);
* ``veto`` and ``negative`` rules override the result of their scope.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from evaldesk.rubrics.model_money import Subsidies

Points = Decimal
RuleId = Annotated[str, Field(min_length=1, max_length=40)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------- rules

CountSource = Literal[
    "fact",  # entered by the clerk
    "ledger_overdue",  # ledger entries not done by their deadline (DESIGN: "not done in time")
    "dispatch_missing",  # quarters with no dispatch submitted
    "dispatch_late",  # quarters submitted after the due date
    "dispatch_not_on_time",  # missing + late
]


class _Rule(_Model):
    id: RuleId | None = Field(
        default=None,
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
    budget_of: RuleId | None = Field(
        default=None,
        description=(
            "Id of a rule of the same item whose budget this deduction shares: one clause with "
            "several deductions ('得5分，市级未出台扣2分，县级每个扣0.5分，扣完为止') loses at most "
            "that budget, never the points of the item's other clauses."
        ),
    )


class ChecklistLine(_Model):
    id: RuleId
    text: str
    deduct: Points | None = Field(
        default=None, description="Points lost when this line is not met."
    )
    award: Points | None = Field(default=None, description="Points earned when this line is met.")
    # Rated rubrics (kind: rating) may give neither: the line is a plain tick to track.


class Checklist(_Rule):
    """Checklist deduction ("未…的，扣2分") or checklist award ("…的得3分，否则不得分")."""

    kind: Literal["checklist"]
    lines: list[ChecklistLine] = Field(min_length=1)
    cap: Points | None = Field(default=None, description="Most this checklist can deduct in total.")


class PerCount(_Rule):
    """Per-occurrence deduction with a cap: "每个问题扣0.5分，4分扣完为止", "每件扣2分"."""

    kind: Literal["per_count"]
    points_each: Points
    cap: Points | None = None
    source: CountSource = "fact"
    unit_label: str = Field(default="次", description="What is counted: 件, 村, 例, 次 ...")


class TargetRef(_Model):
    key: str = Field(
        description="Key into the rubric's `targets` table; the office's unit picks the row."
    )


Target = Points | TargetRef


class Proportional(_Rule):
    """Proportional to completion, with an optional floor: "未完成按比例扣分，未达70%不得分"."""

    kind: Literal["proportional"]
    target: Target | None = None
    floor_ratio: Decimal | None = Field(
        default=None, description="Below this completion ratio the score is 0, e.g. 0.7."
    )


class Shortfall(_Rule):
    """Deduction per step of shortfall: "每少一个百分点扣1分", "每少10人扣1分", "有效率每低1个百分点扣0.5分"."""

    kind: Literal["shortfall"]
    measure: Literal["completion_pct", "units", "value"] = Field(
        description="completion_pct: 100*actual/target; units: target-actual; value: required level minus actual level."
    )
    target: Target | None = None
    step: Points = Decimal(1)
    points_each: Points
    cap: Points | None = None
    rounding: Literal["floor", "exact", "ceil"] = Field(
        default="floor", description="floor counts whole steps only (每少10人: 15 short = 1 step)."
    )


class Tier(_Model):
    min: Decimal
    inclusive: bool = True
    points: Points
    text: str | None = None


Measure = Literal["value", "completion_pct", "growth_pct", "growth_abs"]


class Tiers(_Rule):
    """Threshold tiers: "调撤率达到10%的得1分 … 达到50%的得5分（低于10%不得分）"."""

    kind: Literal["tiers"]
    measure: Measure = "value"
    target: Target | None = None
    tiers: list[Tier] = Field(min_length=1)


class Growth(_Rule):
    """Growth against last year in tiers: "增加的得2分，增加1%到2%之间的再得1分，超过2%（含2%）的再得2分"."""

    kind: Literal["growth"]
    measure: Literal["growth_pct", "growth_abs"] = "growth_pct"
    tiers: list[Tier] = Field(min_length=1)


class AllOrNothing(_Rule):
    """All or nothing: "完成得满分，未完成的不得分"; met by a tick or by actual >= target."""

    kind: Literal["all_or_nothing"]
    target: Target | None = None


class Ranking(_Rule):
    """Ranking within the unit's group: "排名第一的主功能区得满分，其后依次递减0.5分"."""

    kind: Literal["ranking"]
    steps: dict[str, Points] = Field(description="Points lost per place, by unit group id.")
    measure: Literal["value", "completion_pct"] = "completion_pct"
    target: Target | None = None
    eligible_min: Decimal | None = Field(
        default=None,
        description="Only units whose measure reaches this take part (e.g. 100 = task completed).",
    )
    gate: str | None = Field(
        default=None,
        description="Precondition ticked in the fact's status (e.g. 完成全年居民养老保险任务); not met gives 0.",
    )
    pool: Literal["group", "all"] = Field(
        default="group",
        description="group: rank within the unit's group; all: rank every unit together (镇区).",
    )


class BonusLevel(_Model):
    id: RuleId
    text: str
    points: Points
    cap: Points | None = Field(
        default=None, description='Most this level can add ("1项1分，最多2分").'
    )


class Bonus(_Rule):
    """Bonus per occurrence with an optional cap: "受到省委、省政府通报表彰的加3分/次"."""

    kind: Literal["bonus"]
    levels: list[BonusLevel] = Field(min_length=1)
    cap: Points | None = None


class Veto(_Rule):
    """One-vote veto (一票否决): zeroes its scope, or caps the rating (rules out 好)."""

    kind: Literal["veto"]
    scope: Literal["item", "section", "part", "total"] = "item"
    grade_cap: str | None = Field(
        default=None, description="Instead of zeroing: the best grade still possible."
    )


class Negative(_Rule):
    """Negative score (倒扣): "不得分并倒扣5分" sets the item to -penalty when it happens."""

    kind: Literal["negative"]
    penalty: Points


class Indicator(_Model):
    id: RuleId
    text: str


class NestedCaps(_Rule):
    """Nested caps: "偏离实际数量每10%扣5分，单个指标扣完10分为止，总计扣完20分为止"."""

    kind: Literal["nested_caps"]
    gate: str | None = Field(
        default=None, description="Precondition wording; when not met the rule gives 0."
    )
    indicators: list[Indicator] = Field(min_length=1)
    step_pct: Decimal
    points_each: Points
    indicator_cap: Points
    total_cap: Points


class GradedVotes(_Rule):
    """Graded votes with quotas, averaged: "A、B、C等次分别计10分、6分、0分 … A等次不超过30%"."""

    kind: Literal["graded_votes"]
    grades: dict[str, Points] = Field(
        min_length=1, description="Grade -> points, e.g. {A: 10, B: 6, C: 0}."
    )
    quotas: dict[str, Decimal] = Field(
        default_factory=dict, description="Grade -> most share of one voter's ballot."
    )
    quota_rounding: Literal["exact", "half_up"] = Field(
        default="exact",
        description=(
            "exact: a ballot may not exceed the share; half_up: the allowed number of a grade is the "
            "share of the ballot's size rounded half up (30% of 14 = 4.2 -> 4, 20% of 14 = 2.8 -> 3)."
        ),
    )


class Manual(_Rule):
    """A score entered by the evaluator within bounds ("择优加分", indicator scores)."""

    kind: Literal["manual"]
    min: Points = Decimal(0)


class Minimum(_Rule):
    """A minimum requirement checked against a value (rated rubrics): "至少到每个定点帮扶县调研考察一次"."""

    kind: Literal["minimum"]
    minimum: Decimal = Decimal(1)
    per: str | None = Field(
        default=None, description="Name of the count the minimum applies to, e.g. '定点帮扶县'."
    )
    unit_label: str = ""


Rule = Annotated[
    Checklist
    | PerCount
    | Proportional
    | Shortfall
    | Tiers
    | Growth
    | AllOrNothing
    | Ranking
    | Bonus
    | Veto
    | Negative
    | NestedCaps
    | GradedVotes
    | Manual
    | Minimum,
    Field(discriminator="kind"),
]

RULE_KINDS: tuple[str, ...] = (
    "checklist",
    "per_count",
    "proportional",
    "shortfall",
    "tiers",
    "growth",
    "all_or_nothing",
    "ranking",
    "bonus",
    "veto",
    "negative",
    "nested_caps",
    "graded_votes",
    "manual",
    "minimum",
)

#: Kinds whose points are a budget earned upwards (they need ``points`` unless they are alone).
AWARD_KINDS = frozenset(
    {
        "proportional",
        "tiers",
        "growth",
        "all_or_nothing",
        "ranking",
        "nested_caps",
        "graded_votes",
        "manual",
        "bonus",
    }
)
#: Kinds that only override a result.
OVERRIDE_KINDS = frozenset({"veto", "negative"})


# --------------------------------------------------------------------------- structure


class Item(_Model):
    code: str = Field(min_length=1, description="Unique code, e.g. '一.1' or '失业保险.3'.")
    title: str
    content: str = Field(default="", description="评估内容 / 评价指标 / 目标要求, verbatim.")
    criteria: str = Field(default="", description="评分标准 / 评分办法, verbatim.")
    method: str = Field(default="", description="评估方法 / 数据来源, verbatim.")
    points: Points | None = Field(
        default=None, description="分值. Omit for an uncapped bonus item or a rated rubric."
    )
    rules: list[Rule] = Field(default_factory=list)
    bonus: bool = Field(default=False, description="Counts towards the bonus, not the base score.")
    evidence: list[str] = Field(default_factory=list, description="Evidence expected (佐证资料).")
    evidence_required: bool = True
    applies_to: list[str] | None = Field(
        default=None, description="Unit groups this item applies to; all if omitted."
    )
    note: str | None = None


class Section(_Model):
    code: str = Field(min_length=1)
    title: str
    content: str = Field(
        default="", description="The document's description of the area (主要内容), verbatim."
    )
    points: Points | None = None
    part: str | None = Field(
        default=None, description="Composition part id this section belongs to."
    )
    bonus: bool = False
    items: list[Item] = Field(default_factory=list)
    rules: list[Rule] = Field(
        default_factory=list,
        description="Section-level deductions and vetoes applied to the section's sum.",
    )
    note: str | None = None


class Part(_Model):
    id: str
    title: str
    weight: Decimal = Field(gt=0, le=1)
    points: Points | None = Field(default=None, description="The part's stated maximum (e.g. 100).")


class GradeBand(_Model):
    min: Decimal
    grade: str
    inclusive: bool = True


class UnitGroup(_Model):
    id: str
    name: str


class Unit(_Model):
    id: str
    name: str
    group: str | None = None


class TargetTable(_Model):
    title: str
    total: Decimal | None = Field(
        default=None, description="The 合计 column; the validator checks the units add up to it."
    )
    unit_label: str = ""
    values: dict[str, Decimal] = Field(description="Unit id -> target.")
    within: str | None = Field(
        default=None, description="Key of a target this one is part of (其中)."
    )


class Column(_Model):
    id: Literal["self", "initial", "final"]
    label: str


class Rating(_Model):
    """For rubrics without points: the result is a rating chosen by the evaluator."""

    levels: list[str] = Field(min_length=1)


class TableColumn(_Model):
    id: str
    title: str


class TableRow(_Model):
    id: str
    title: str


class SumCheck(_Model):
    kind: Literal["sum"]
    id: str | None = Field(default=None, description="Stable id; defaults to the position.")
    total: str = Field(description="Cell 'table.row.col' that must equal the sum of `parts`.")
    parts: list[str] = Field(min_length=1)
    text: str = ""
    optional: bool = Field(
        default=False,
        description="The check applies only when its total cell is filled (a row not used).",
    )
    blank_as_zero: bool = Field(
        default=False,
        description="Blank part cells count as 0 (a form that leaves 'none' cells empty).",
    )


class RatioCheck(_Model):
    kind: Literal["ratio"]
    id: str | None = Field(default=None, description="Stable id; defaults to the position.")
    text: str = ""
    stated: str = Field(description="Cell holding the percentage as printed in the source.")
    numerator: list[str] = Field(description="Cells: the first minus the others (budget - actual).")
    denominator: str
    decimals: int = Field(default=2, description="Precision of the computation shown.")
    optional: bool = Field(
        default=False, description="The check applies only when its stated cell is filled."
    )


FormCheck = Annotated[SumCheck | RatioCheck, Field(discriminator="kind")]


class Table(_Model):
    id: str
    title: str
    unit_label: str = ""
    columns: list[TableColumn] = Field(min_length=1)
    rows: list[TableRow] = Field(min_length=1)


class ProfileField(_Model):
    id: str
    label: str
    type: Literal["text", "number", "date", "multiline"] = "text"


class TextTable(_Model):
    """A table of text rows the office adds, e.g. 评价人员 (姓名/职务/单位/签字)."""

    id: str
    title: str
    columns: list[TableColumn] = Field(min_length=1)
    printed_rows: int = Field(default=0, ge=0, description="Blank rows on the printed form.")


class IndicatorTable(_Model):
    """The indicator table: under each scored item (a category such as 质量指标) the office
    lists its own indicators, each with its target and completion text and an optional score.
    Facts carry them in ``indicators`` (item code -> rows)."""

    title: str
    content_label: str = "评价内容"
    target_label: str = "绩效目标"
    completion_label: str = "完成情况"
    score_label: str = "得分"


class SignoffBlock(_Model):
    """A signature block: an optional opinion, a signature line and a date line.

    Facts fill it through ``profile`` keys ``<id>.opinion``, ``<id>.signer`` and ``<id>.date``."""

    id: str
    title: str = Field(description="Heading printed on the form, e.g. 部门（单位）意见.")
    opinion: bool = Field(default=False, description="Has an opinion text area.")
    signer: str = Field(default="", description="Label of the signature line, if not the title.")
    dated: bool = Field(default=True, description="Has a 年 月 日 line.")


class Form(_Model):
    """Report-template part of a rubric: profile fields, tables and their arithmetic checks."""

    profile: list[ProfileField] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    checks: list[FormCheck] = Field(default_factory=list)
    tolerance: Decimal = Field(
        default=Decimal("0.05"), description="Differences above this are reported."
    )
    signoff: list[str | SignoffBlock] = Field(
        default_factory=list, description="Sign-off blocks, e.g. 评价组组长（签字）."
    )
    text_tables: list[TextTable] = Field(default_factory=list)
    indicators: IndicatorTable | None = None
    overall_score: str | None = Field(
        default=None,
        description="Profile field holding the stated overall score; checked against the computed total.",
    )
    grade_field: str | None = Field(
        default=None,
        description="Profile field holding the stated grade; checked against the grade bands.",
    )


class Rubric(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    version: int = 1
    title: str
    issuer: str = ""
    doc_number: str = Field(default="", description="文号, e.g. 湘人社发〔2021〕46号.")
    year: int | None = None
    kind: Literal["points", "rating", "report"] = "points"
    total: Points | None = Field(
        default=None, description="Stated total points of the sections (总分)."
    )
    precision: Decimal = Field(
        default=Decimal("0.01"), description="Scores are rounded half-up to this step."
    )
    columns: list[Column] = Field(default_factory=lambda: [Column(id="self", label="自评分")])
    parts: list[Part] = Field(default_factory=list)
    grades: list[GradeBand] = Field(default_factory=list)
    rating: Rating | None = None
    unit_groups: list[UnitGroup] = Field(default_factory=list)
    units: list[Unit] = Field(default_factory=list)
    targets: dict[str, TargetTable] = Field(default_factory=dict)
    sections: list[Section] = Field(min_length=1)
    rules: list[Rule] = Field(default_factory=list, description="Whole-rubric vetoes.")
    form: Form | None = None
    subsidies: Subsidies | None = Field(default=None, description="Money paid from the results.")
    source: str = Field(default="", description="Which source document this encodes.")
    notes: list[str] = Field(
        default_factory=list, description="Interpretations of the source, one per line."
    )

    # The scoring engine's compiled form, built once per loaded rubric (rubrics are immutable).
    _compiled: object = PrivateAttr(default=None)

    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def item(self, code: str) -> Item | None:
        for section in self.sections:
            for item in section.items:
                if item.code == code:
                    return item
        return None

    def unit(self, unit_id: str) -> Unit | None:
        for unit in self.units:
            if unit.id == unit_id or unit.name == unit_id:
                return unit
        return None
