"""Kinds scored by people's judgement: graded votes (A/B/C with quotas, averaged) and manual scores."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import Ballot, RuleFact
from evaldesk.scoring.rule_base import (
    HUNDRED,
    ZERO,
    Ctx,
    Outcome,
    RuleSpec,
    budget_of,
    pct,
    q,
)


@dataclass(slots=True)
class GradedVotesSpec(RuleSpec):
    grades: dict[str, Decimal]
    quotas: dict[str, Decimal]
    half_up: bool  # quota_rounding half_up: the allowed number of a grade is rounded

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        budget = self.budget
        votes: dict[str, int] = {}
        if fact is not None:
            given = fact.votes
            if given:
                votes = dict(given)
            ballots = fact.ballots
            if ballots:
                counted = _count_ballots(self, ballots, ctx)
                if not votes:
                    votes = counted
        total = sum(votes.values())
        if total == 0:
            return self.pending(code, "未录入评估票数")
        grades = self.grades
        points = ZERO
        unknown: str | None = None
        for g, n in votes.items():
            value = grades.get(g)
            if value is None:
                if unknown is None:
                    unknown = g
                value = ZERO
            points += value * n
        if unknown is not None:
            ctx.problems.append(
                f"item {code}: unknown grade {unknown!r} (known: {', '.join(grades)})"
            )
        average = q(points / total, ctx.precision)
        earned = budget if budget < average else average
        return self.award(earned, code, ("{}，平均{}分", _Tally(votes), average))


def prepare_graded_votes(rule: m.GradedVotes) -> GradedVotesSpec:
    return GradedVotesSpec(
        rid=rule.id or "",
        text=rule.text,
        budget=rule.points if rule.points is not None else max(rule.grades.values()),
        grades=dict(rule.grades),
        quotas=dict(rule.quotas),
        half_up=rule.quota_rounding == "half_up",
    )


class _Tally:
    """ "A3票，B2票": written only when the explanation is read."""

    __slots__ = ("votes",)

    def __init__(self, votes: dict[str, int]) -> None:
        self.votes = votes  # a copy made for this outcome: never changed afterwards

    def __str__(self) -> str:
        return "，".join(f"{g}{n}票" for g, n in self.votes.items())


def _count_ballots(spec: GradedVotesSpec, ballots: list[Ballot], ctx: Ctx) -> dict[str, int]:
    counted: dict[str, int] = {}
    for ballot in ballots:
        marks = ballot.grades
        given = list(marks.values())
        for grade, share in spec.quotas.items():
            used = sum(1 for g in given if g == grade)
            if not given:
                continue
            if spec.half_up:
                allowed = (share * len(given)).to_integral_value(ROUND_HALF_UP)
                over = used > allowed
                limit = f"{fmt_points(allowed)}个（{pct(share * HUNDRED)}×{len(given)}四舍五入）"
            else:
                over = Decimal(used) / len(given) > share
                limit = pct(share * HUNDRED)
            if over:
                ctx.problems.append(
                    f"评估人{ballot.voter}：{grade}等次{used}/{len(given)}，超过{limit}的比例限制"
                )
        if ctx.unit_id is not None and ctx.unit_id in marks:
            grade = marks[ctx.unit_id]
            counted[grade] = counted.get(grade, 0) + 1
    return counted


@dataclass(slots=True)
class ManualSpec(RuleSpec):
    min: Decimal
    low: Decimal  # the score before one is given: the minimum, if positive

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        budget = self.budget
        score = fact.score if fact is not None else None
        if score is None:
            return self.pending(code, "未评分", self.low)
        if score < self.min or score > budget:
            ctx.problems.append(
                f"item {code}: score {fmt_points(score)} is outside {fmt_points(self.min)}..{fmt_points(budget)}"
            )
            score = min(max(score, self.min), budget)
        return self.award(score, code, ("评定{}分", score))


def prepare_manual(rule: m.Manual) -> ManualSpec:
    low = rule.min if rule.min > 0 else ZERO
    return ManualSpec(rule.id or "", rule.text, budget_of(rule), rule.min, low)
