"""Checklist deduction ("未…的，扣2分") or checklist award ("…的得3分，否则不得分").

Each line is ticked 符合 / 不符合 / 未评估. A deduction checklist takes each unmet line's points
from the item, at most ``cap`` (or its budget) in all: "扣完为止". An award checklist earns each met
line's points. On a rated rubric a line may carry neither: a plain requirement to tick.
"""

from __future__ import annotations

import random
from collections import Counter
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from evaldesk.kinds.base import (
    ZERO,
    Assessed,
    Choice,
    Context,
    FactField,
    Finding,
    Outcome,
    Param,
    Part,
    Points,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
    full,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.messages import Message, msg, plain, semicolons


class ChecklistLine(Part):
    id: str = Field(min_length=1, max_length=40)
    text: str
    deduct: Points | None = Field(
        default=None, description="Points lost when this line is not met."
    )
    award: Points | None = Field(default=None, description="Points earned when this line is met.")


class Checklist(RuleModel):
    """Checklist deduction ("未…的，扣2分") or checklist award ("…的得3分，否则不得分")."""

    kind: Literal["checklist"]
    lines: list[ChecklistLine] = Field(min_length=1)
    cap: Points | None = Field(default=None, description="Most this checklist can deduct in total.")


def awarding(rule: Checklist) -> bool:
    return rule.lines[0].award is not None


def _plain_ticks(rule: Checklist) -> bool:
    return all(ln.award is None and ln.deduct is None for ln in rule.lines)


def _choice(line: ChecklistLine) -> Choice:
    """A deduction line is worded as the failure it punishes, an award line as what earns."""
    if line.deduct is not None:
        return "deduct"
    return "award" if line.award is not None else "require"


class ChecklistKind(RuleKind[Checklist]):
    name = "checklist"
    model = Checklist
    role = "deduction"
    title = msg("kind.checklist.title")
    fact_fields = (FactField("lines", msg("kind.checklist.field.lines")),)
    params = (
        Param("lines", "lines", msg("kind.checklist.param.lines"), required=True),
        Param("cap", "decimal", msg("kind.param.cap"), minimum=ZERO),
    )
    section_rule = True
    messages = {
        "kind.checklist.title": ("逐项扣分或逐项得分", "Checklist"),
        "kind.checklist.field.lines": ("各条是否符合", "each line met or not"),
        "kind.checklist.param.lines": ("逐条内容及分值", "lines and their points"),
        "kind.checklist.not_done": ("未落实", "not done"),
        "kind.checklist.cap": ("最多扣{cap}分", "at most {cap} points deducted"),
        "kind.checklist.describe.ticks": ("逐项确认：{lines}", "tick each: {lines}"),
        "kind.checklist.describe.award": (
            "逐项得分：{lines}{budget}",
            "points per line met: {lines}{budget}",
        ),
        "kind.checklist.describe.deduct": (
            "逐项扣分：{lines}{cap}{budget}",
            "points per line not met: {lines}{cap}{budget}",
        ),
        "kind.checklist.line_needs_one": (
            "第{line}条需要且只能有 deduct 或 award 之一",
            "line {line} needs exactly one of 'deduct' or 'award'",
        ),
        "kind.checklist.mixed": (
            "扣分条和得分条混在一条规则里，请拆成两条规则",
            "mixes 'deduct' and 'award' lines; split it into two rules",
        ),
        "kind.checklist.duplicate_line": ("条目编号 {line} 重复", "duplicate line id {line!r}"),
        "kind.checklist.unknown_line": (
            "没有编号为 {line} 的条目（已有：{known}）",
            "unknown checklist line {line!r} (lines: {known})",
        ),
    }

    def takes_item_points(self, rule: Checklist) -> bool:
        return awarding(rule)

    def natural_budget(self, rule: Checklist) -> Decimal:
        return sum((ln.award or ZERO for ln in rule.lines), ZERO) if awarding(rule) else ZERO

    def score(self, rule: Checklist, fact: RuleFact | None, ctx: Context) -> Outcome:
        marks = (fact.lines if fact is not None else None) or {}
        gives = awarding(rule)
        findings: list[Finding] = []
        loss_now = loss_best = ZERO
        recorded = 0
        lost = False
        for line in rule.lines:
            mark = marks.get(line.id)
            if mark == "met":
                recorded += 1
                continue
            value = (line.award if gives else line.deduct) or ZERO
            loss_now += value
            if mark == "not_met":
                recorded += 1
                loss_best += value
                lost = True
                tick_only = line.award is None and line.deduct is None
                why = msg("kind.checklist.not_done") if tick_only else None
                findings.append(Finding(plain(line.text), -value, why))
            else:
                findings.append(Finding(plain(line.text), -value, pending=True))
        if not findings:
            return full(ctx)
        cap = rule.cap if rule.cap is not None else (ctx.budget if ctx.budget > ZERO else None)
        if cap is not None:
            if loss_now > cap:
                # Part of the excess may only stand in for lines not ticked yet.
                unsure = loss_best < loss_now
                capped = msg("kind.checklist.cap", cap=cap)
                findings.append(Finding(msg("kind.capped"), loss_now - cap, capped, unsure))
                loss_now = cap
            loss_best = min(loss_best, cap)
        assessed: Assessed = (
            "all" if recorded == len(rule.lines) else ("none" if not recorded else "some")
        )
        now = ctx.budget - loss_now
        best = now if assessed == "all" else ctx.budget - loss_best
        return Outcome(now, best, tuple(findings), assessed, lost)

    def max_award(self, rule: Checklist, item_points: Decimal | None) -> Decimal | None:
        if not awarding(rule):
            return rule.points
        awards = self.natural_budget(rule)
        return awards if rule.points is None else max(awards, rule.points)

    def shares_budget(self, rule: Checklist) -> bool:
        return not awarding(rule)

    def describe(self, rule: Checklist, rubric: RubricFacts) -> Message:
        budget = msg("kind.describe.budget", points=rule.points) if rule.points is not None else ""
        if _plain_ticks(rule):
            lines = semicolons(f"{ln.id}. {ln.text}" for ln in rule.lines)
            return msg("kind.checklist.describe.ticks", lines=lines)
        if awarding(rule):
            awards = semicolons(
                msg("kind.describe.line_award", line=ln.id, points=ln.award) for ln in rule.lines
            )
            return msg("kind.checklist.describe.award", lines=awards, budget=budget)
        cap = msg("kind.describe.cap", cap=rule.cap) if rule.cap is not None else ""
        deducts = semicolons(
            msg("kind.describe.line_deduct", line=ln.id, points=ln.deduct) for ln in rule.lines
        )
        return msg("kind.checklist.describe.deduct", lines=deducts, cap=cap, budget=budget)

    def problems(self, rule: Checklist, rubric: RubricFacts) -> tuple[list[Message], list[Message]]:
        errors: list[Message] = []
        types = set()
        for line in rule.lines:
            if line.deduct is not None and line.award is not None:
                errors.append(msg("kind.checklist.line_needs_one", line=line.id))
            elif line.deduct is None and line.award is None:
                if not rubric.rating:  # a plain tick only means something where nothing is scored
                    errors.append(msg("kind.checklist.line_needs_one", line=line.id))
                types.add("tick")
            else:
                types.add("award" if line.award is not None else "deduct")
        if len(types) > 1:
            errors.append(msg("kind.checklist.mixed"))
        for line_id, n in Counter(ln.id for ln in rule.lines).items():
            if n > 1:
                errors.append(msg("kind.checklist.duplicate_line", line=line_id))
        return errors, []

    def fact_problems(self, rule: Checklist, fact: RuleFact, rubric: RubricFacts) -> list[Message]:
        known = sorted(ln.id for ln in rule.lines)
        return [
            msg("kind.checklist.unknown_line", line=line_id, known=known)
            for line_id in (fact.lines or {})
            if line_id not in known
        ]

    def rows(self, rule: Checklist, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        return [
            Row(
                code,
                rule_id,
                self.name,
                "lines",
                line.id,
                line.text,
                "status",
                effect=-line.deduct if line.deduct is not None else line.award,
                choice=_choice(line),
            )
            for line in rule.lines
        ]

    def demo_fact(
        self, rule: Checklist, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        lines = {}
        for line in rule.lines:
            roll = rnd.random()
            lines[line.id] = (
                "met" if roll < 0.82 else ("not_met" if roll < 0.95 else "not_assessed")
            )
        return {"lines": lines}

    def random_fact(self, rule: Checklist, rnd: random.Random) -> dict[str, Any] | None:
        status = ["met", "not_met", "not_assessed"]
        return {"lines": {ln.id: rnd.choice(status) for ln in rule.lines if rnd.random() < 0.9}}

    def sample(self, n: int) -> dict[str, Any]:
        if n % 2:
            return {
                "kind": "checklist",
                "text": "逐项得分",
                "lines": [
                    {"id": "1", "text": "甲得2分", "award": 2},
                    {"id": "2", "text": "乙得3分", "award": 3},
                    {"id": "3", "text": "丙得5分", "award": 5},
                ],
            }
        return {
            "kind": "checklist",
            "text": "逐项扣分",
            "lines": [
                {"id": "1", "text": "未制定方案，扣2分", "deduct": 2},
                {"id": "2", "text": "机制不畅，扣1分", "deduct": 1},
                {"id": "3", "text": "无联络员，扣2分", "deduct": 2},
            ],
        }


KIND = ChecklistKind()
