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

from pydantic import Field

from evaldesk.kinds import Rule
from evaldesk.kinds.base import Part as _Model
from evaldesk.kinds.base import Points, RubricFacts
from evaldesk.kinds.fact import NonNegative, Positive
from evaldesk.rubrics.model_money import Subsidies

# --------------------------------------------------------------------------- interpretations

InterpretationKind = Literal[
    "derived", "assumed", "other_document", "addition", "office", "suggested"
]

_QUOTE = (
    "Verbatim text of the source that prints this entry's numbers where its title, content and "
    "criteria do not (e.g. the table row with its 分值 cell)."
)


class Bounds(_Model):
    min: Decimal | None = None
    max: Decimal | None = None


class Interpretation(_Model):
    """A value, rule, cap, item or unit the source does not print, and why it is what it is.

    ``applies_to`` names the values it decides by their addresses (``item[五.3].points``,
    ``part[dispatch].points``, ``item[6.6]`` for a whole added item; see
    evaldesk/rubrics/addresses.py). An interpretation the office may set (``settable``) gives
    one number to all of them; the office's value is kept per year (audited, locked with the
    year's approval). A ``suggested`` one is not confirmed yet: it scores, marked, but blocks a
    final export."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    kind: InterpretationKind
    applies_to: list[str] = Field(min_length=1)
    title: str = Field(description="What is interpreted, in a few words (shown beside the mark).")
    reason: str = Field(description="Why this value: the reasoning, in the rubric's language.")
    source: str = Field(
        default="", description="The source sentence it rests on, verbatim (empty if none)."
    )
    document: str = Field(
        default="", description="The other document a value is taken from (its 文号)."
    )
    settable: bool = Field(default=False, description="The office may set this value per year.")
    bounds: Bounds | None = None


# --------------------------------------------------------------------------- structure


class Item(_Model):
    code: str = Field(min_length=1, description="Unique code, e.g. '一.1' or '失业保险.3'.")
    title: str
    content: str = Field(default="", description="评估内容 / 评价指标 / 目标要求, verbatim.")
    criteria: str = Field(default="", description="评分标准 / 评分办法, verbatim.")
    method: str = Field(default="", description="评估方法 / 数据来源, verbatim.")
    points: NonNegative | None = Field(
        default=None, description="分值. Omit for an uncapped bonus item or a rated rubric."
    )
    rules: list[Rule] = Field(default_factory=list)
    bonus: bool = Field(default=False, description="Counts towards the bonus, not the base score.")
    evidence: list[str] = Field(default_factory=list, description="Evidence expected (佐证资料).")
    evidence_required: bool = True
    applies_to: list[str] | None = Field(
        default=None, description="Unit groups this item applies to; all if omitted."
    )
    quote: str = Field(default="", description=_QUOTE)
    note: str | None = None


class Section(_Model):
    code: str = Field(min_length=1)
    title: str
    content: str = Field(
        default="", description="The document's description of the area (主要内容), verbatim."
    )
    points: NonNegative | None = None
    part: str | None = Field(
        default=None, description="Composition part id this section belongs to."
    )
    bonus: bool = False
    items: list[Item] = Field(default_factory=list)
    rules: list[Rule] = Field(
        default_factory=list,
        description="Section-level deductions and vetoes applied to the section's sum.",
    )
    quote: str = Field(default="", description=_QUOTE)
    note: str | None = None


class Part(_Model):
    id: str
    title: str
    weight: Decimal = Field(gt=0, le=1)
    points: Points | None = Field(default=None, description="The part's stated maximum (e.g. 100).")
    scale_to: Points | None = Field(
        default=None,
        gt=0,
        description=(
            "The part's sum is scaled so that its maximum becomes this (an office's choice where "
            "the source gives no formula); omitted, the members' points are simply added."
        ),
    )


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
    quote: str = Field(default="", description="The target table as printed, verbatim.")


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
    version: int = Field(default=1, ge=1, le=1_000_000)
    title: str
    issuer: str = ""
    doc_number: str = Field(default="", description="文号, e.g. 湘人社发〔2021〕46号.")
    year: int | None = Field(default=None, ge=1900, le=2200)
    kind: Literal["points", "rating", "report"] = "points"
    total: NonNegative | None = Field(
        default=None, description="Stated total points of the sections (总分)."
    )
    precision: Positive = Field(
        default=Decimal("0.01"),
        le=1,
        description="Scores are rounded half-up to this step (0.01, 0.1, 0.5, 1).",
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
        default_factory=list, description="How the source was read, one remark per line."
    )
    quotes: list[str] = Field(
        default_factory=list,
        description="Source sentences that print the rubric's own numbers (总分, weights, grades).",
    )
    interpretations: list[Interpretation] = Field(default_factory=list)

    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def kind_view(self) -> RubricFacts:
        """What a rule kind's checks may know of this rubric."""
        return RubricFacts(
            rating=self.kind == "rating",
            target_keys=frozenset(self.targets),
            group_ids=frozenset(g.id for g in self.unit_groups),
            grade_names=tuple(
                self.rating.levels if self.rating else [g.grade for g in self.grades]
            ),
            unit_ids=frozenset(u.id for u in self.units),
            group_names={g.id: g.name for g in self.unit_groups},
            item_codes=tuple(i.code for i in self.items()),
        )

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
