"""Money a scheme pays from the results: performance awards and work-fund subsidies (元).

Some documents (如皋 2021, 三、绩效考核补助) attach money to the assessment: awards by rank among
units that completed their tasks, lump sums for early or over-fulfilled tasks, and amounts per
person. They are data in the rubric's optional ``subsidies`` block; the calculator is
``evaldesk.scoring.subsidies``. Amounts are ``Decimal`` yuan.

Counts and targets come from the rubric's own rules (``RuleRef``: the rule's recorded actual and
its per-unit target), so the money follows the same facts as the score. What the facts do not
hold (a task finished before a date, payers per contribution grade) is declared as ``inputs``.

This module must not import ``model`` (``model.Rubric`` imports it); cross-checks against the
rubric live in ``validate_money``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Yuan = Decimal


class _Money(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleRef(_Money):
    """A rule of the rubric whose facts give a number: its ``actual`` and its target."""

    item: str = Field(description="Item code, e.g. 一.1.1.")
    rule: str = Field(default="1", description="Rule id within the item.")


class SubsidyInput(_Money):
    """Something the office records only for the money, e.g. 9月30日前完成职保任务 (a flag)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_]*$")
    kind: Literal["flag", "count"]
    label: str


class Condition(_Money):
    """One condition of an award; all of an award's conditions must hold.

    * ``flag``: an input ticked yes;
    * ``reached``: every rule in ``rules`` has actual >= target × ``ratio`` (1.05 = 超额5%);
    * ``all_targets``: every non-bonus rule whose target comes from the per-unit tables is reached
      ("全面完成…工作任务").
    """

    kind: Literal["flag", "reached", "all_targets"]
    text: str = Field(default="", description="The source wording of the condition.")
    flag: str | None = Field(default=None, description="kind flag: the input id.")
    rules: list[RuleRef] = Field(default_factory=list)
    ratio: Decimal = Field(default=Decimal(1), gt=0)


class Band(_Money):
    min: Decimal = Field(description="The measured number reaches this (inclusive).")
    amount: Yuan


class Scaled(_Money):
    """An amount that depends on the size of a task: "1100人以上（含1100人）的补助15000元"."""

    of: RuleRef
    measure: Literal["target", "actual"] = "target"
    bands: list[Band] = Field(min_length=1, description="The highest band reached wins.")


class PlaceAmount(_Money):
    first: int = Field(ge=1)
    last: int = Field(ge=1)
    amount: Yuan


class ScoreRef(_Money):
    scope: Literal["total", "part", "section", "item"] = "total"
    id: str | None = Field(default=None, description="Part id, section or item code.")


class RankAward(_Money):
    """An award by place among eligible units: "第1名、第2和3名、第4至6名分别给予…50000元、40000元、30000元".

    The place is given by the assessing office (it ranks every unit); the rubric says what is
    ranked and who may be ranked.
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_]*$")
    title: str
    text: str = Field(default="", description="The source wording.")
    ranked_by: ScoreRef = Field(default_factory=ScoreRef)
    conditions: list[Condition] = Field(default_factory=list)
    places: list[PlaceAmount] = Field(min_length=1)


class LumpSum(_Money):
    """A fixed sum when conditions hold: "对3月31日前完成居民养老保险任务的…给予10000元经费补助"."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_]*$")
    title: str
    text: str = ""
    conditions: list[Condition] = Field(min_length=1)
    amount: Yuan | None = None
    scaled: Scaled | None = None


class PerPerson(_Money):
    """An amount per person: "每新增1人补助20元，超额完成目标任务的部分，按每人30元补助".

    The count is a rule's recorded actual (``count``) or the sum of count inputs (``inputs``).
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_]*$")
    title: str
    text: str = ""
    count: RuleRef | None = None
    inputs: list[str] = Field(default_factory=list)
    rate: Yuan = Field(ge=0, description="元 per person (up to the target when over_rate is set).")
    over_rate: Yuan | None = Field(
        default=None, ge=0, description="元 per person above the rule's target."
    )


class Subsidies(_Money):
    title: str = "绩效考核补助"
    text: str = Field(default="", description="Wording that applies to the whole block.")
    inputs: list[SubsidyInput] = Field(default_factory=list)
    rank_awards: list[RankAward] = Field(default_factory=list)
    lump_sums: list[LumpSum] = Field(default_factory=list)
    per_person: list[PerPerson] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
