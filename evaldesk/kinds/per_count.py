"""Per-occurrence deduction with a cap: "每个问题扣0.5分，4分扣完为止", "每件扣2分".

The count is entered by the clerk, or read from the ledger (entries not done in time) or the
dispatch records (quarters missing or late), so the score moves as the ledger moves.
"""

from __future__ import annotations

import random
from typing import Any, Literal, get_args

from pydantic import Field

from evaldesk.kinds.base import (
    ZERO,
    Context,
    FactField,
    Finding,
    Outcome,
    Param,
    Points,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
    field_label,
    full,
    worst_loss,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.messages import Message, msg, plain

CountSource = Literal[
    "fact",  # entered by the clerk
    "ledger_overdue",  # ledger entries not done by their deadline (DESIGN: "not done in time")
    "dispatch_missing",  # quarters with no dispatch submitted
    "dispatch_late",  # quarters submitted after the due date
    "dispatch_not_on_time",  # missing + late
]

#: Where the counted rows live (the UI says "counted from the ledger").
COUNTED_FROM = {
    "ledger_overdue": "ledger",
    "dispatch_missing": "dispatch",
    "dispatch_late": "dispatch",
    "dispatch_not_on_time": "dispatch",
}


class PerCount(RuleModel):
    """Per-occurrence deduction with a cap: "每个问题扣0.5分，4分扣完为止", "每件扣2分"."""

    kind: Literal["per_count"]
    points_each: Points
    cap: Points | None = None
    source: CountSource = "fact"
    unit_label: str = Field(default="次", description="What is counted: 件, 村, 例, 次 ...")


class PerCountKind(RuleKind[PerCount]):
    name = "per_count"
    model = PerCount
    role = "deduction"
    title = msg("kind.per_count.title")
    fact_fields = (FactField("count", msg("kind.per_count.field.count")),)
    params = (
        Param("points_each", "decimal", msg("kind.per_count.param.points_each"), True, ZERO),
        Param("cap", "decimal", msg("kind.param.cap"), minimum=ZERO),
        Param(
            "source", "choice", msg("kind.per_count.param.source"), choices=get_args(CountSource)
        ),
        Param("unit_label", "text", msg("kind.per_count.param.unit_label")),
    )
    section_rule = True
    messages = {
        "kind.per_count.title": ("按次扣分", "Per occurrence"),
        "kind.per_count.field.count": ("次数", "count"),
        "kind.per_count.param.points_each": ("每次扣分", "points per occurrence"),
        "kind.per_count.param.source": ("次数来源", "where the count comes from"),
        "kind.per_count.param.unit_label": ("计数单位（件、村、次）", "unit counted"),
        "kind.per_count.unrecorded": (
            "未填报次数，按最不利计",
            "count not recorded: the worst case counts",
        ),
        "kind.per_count.counted": ("{count}{unit} × {each}分", "{count} {unit} × {each} points"),
        "kind.per_count.counted_capped": (
            "{count}{unit} × {each}分，扣至上限{cap}分",
            "{count} {unit} × {each} points, capped at {cap}",
        ),
        "kind.per_count.source.fact": ("填报次数", "the count entered"),
        "kind.per_count.source.ledger_overdue": (
            "台账中未按期办结的事项数",
            "ledger entries not done in time",
        ),
        "kind.per_count.source.dispatch_missing": (
            "未报送调度的季度数",
            "quarters without a dispatch report",
        ),
        "kind.per_count.source.dispatch_late": ("逾期报送调度的季度数", "quarters reported late"),
        "kind.per_count.source.dispatch_not_on_time": (
            "未按时报送调度的季度数",
            "quarters not reported on time",
        ),
        "kind.per_count.describe": (
            "按{source}，每{unit}扣{each}分{cap}{budget}",
            "by {source}: {each} points per {unit}{cap}{budget}",
        ),
    }

    def score(self, rule: PerCount, fact: RuleFact | None, ctx: Context) -> Outcome:
        count = fact.count if fact is not None else None
        if rule.source != "fact":
            count = ctx.counts.get(rule.source, count)
        if count is None:
            worst = worst_loss(rule.cap, ctx)
            finding = Finding(plain(rule.text), -worst, msg("kind.per_count.unrecorded"), True)
            return Outcome(ctx.budget - worst, ctx.budget, (finding,), "none")
        if not count:
            return full(ctx)
        loss = rule.points_each * count
        cap = rule.cap if rule.cap is not None else (ctx.budget if ctx.budget > ZERO else None)
        detail = msg(
            "kind.per_count.counted", count=count, unit=rule.unit_label, each=rule.points_each
        )
        if cap is not None and loss > cap:
            loss = cap
            detail = msg(
                "kind.per_count.counted_capped",
                count=count,
                unit=rule.unit_label,
                each=rule.points_each,
                cap=cap,
            )
        left = ctx.budget - loss
        return Outcome(left, left, (Finding(plain(rule.text), -loss, detail),), lost=True)

    def shares_budget(self, rule: PerCount) -> bool:
        return True

    def describe(self, rule: PerCount, rubric: RubricFacts) -> Message:
        cap = (
            msg("kind.describe.cap", cap=rule.cap)
            if rule.cap is not None
            else msg("kind.describe.until_zero")
        )
        budget = msg("kind.describe.budget", points=rule.points) if rule.points is not None else ""
        return msg(
            "kind.per_count.describe",
            source=msg(f"kind.per_count.source.{rule.source}"),
            unit=rule.unit_label,
            each=rule.points_each,
            cap=cap,
            budget=budget,
        )

    def rows(self, rule: PerCount, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        counted = rule.source != "fact"
        return [
            Row(
                code,
                rule_id,
                self.name,
                "count",
                None,
                rule.text,
                "readonly" if counted else "int",
                field_label(rule, "count", msg("kind.per_count.field.count")),
                unit_label=rule.unit_label,
                effect=-rule.points_each,
                source=rule.source if counted else None,
            )
        ]

    def demo_fact(
        self, rule: PerCount, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        return None if rule.source != "fact" else {"count": rnd.choice([0, 0, 0, 1, 2])}

    def random_fact(self, rule: PerCount, rnd: random.Random) -> dict[str, Any] | None:
        return {"count": rnd.randint(0, 12)}

    def sample(self, n: int) -> dict[str, Any]:
        if n % 2:
            return {
                "kind": "per_count",
                "text": "未及时落实的，每件扣2分",
                "points_each": 2,
                "source": "ledger_overdue",
            }
        return {
            "kind": "per_count",
            "text": "每个问题扣0.5分，4分扣完为止",
            "points_each": "0.5",
            "cap": 4,
        }


def count_source_text(source: str) -> Message:
    return msg(f"kind.per_count.source.{source}")


KIND = PerCountKind()
