"""Graded votes with quotas, averaged: "A、B、C等次分别计10分、6分、0分 … A等次不超过30%".

Votes are entered as counts per grade, or as each voter's ballot (unit -> grade), from which
this unit's votes are counted and each ballot is checked against the quotas.
"""

from __future__ import annotations

import random
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any, Literal

from pydantic import Field

from evaldesk.decimals import fmt_points
from evaldesk.kinds.base import (
    HUNDRED,
    ZERO,
    Context,
    FactField,
    Outcome,
    Param,
    Points,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
    cents,
    earned,
    q,
    unrecorded,
)
from evaldesk.kinds.fact import Ballot, RuleFact
from evaldesk.messages import Message, msg


class GradedVotes(RuleModel):
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


def quotas_fit(rule: GradedVotes, size: int) -> Message | None:
    """When "不超过" read literally leaves fewer grades than units on a full ballot, say so and
    name the choice: 30%/50%/20% of 14 cities allow 4 + 7 + 2 = 13 grades for 14 cities."""
    if rule.quota_rounding != "exact" or not rule.quotas or set(rule.quotas) != set(rule.grades):
        return None
    allowed = {g: (share * size).to_integral_value(ROUND_FLOOR) for g, share in rule.quotas.items()}
    if sum(allowed.values()) >= size:
        return None
    parts = [msg("kind.graded_votes.allowed", grade=g, n=n) for g, n in allowed.items()]
    return msg(
        "kind.graded_votes.quotas_cannot_fit",
        size=size,
        allowed=sum(allowed.values()),
        parts=parts,
    )


def over_quota(rule: GradedVotes, ballot: Ballot) -> list[Message]:
    """The quotas ``ballot`` exceeds, each a message naming the voter and the limit."""
    given = list(ballot.grades.values())
    if not given:
        return []
    found = []
    for grade, share in rule.quotas.items():
        used = given.count(grade)
        if rule.quota_rounding == "half_up":
            allowed = (share * len(given)).to_integral_value(ROUND_HALF_UP)
            limit = msg(
                "kind.graded_votes.limit_rounded",
                n=allowed,
                pct=cents(share * HUNDRED),
                size=len(given),
            )
            over = used > allowed
        else:
            limit = msg("kind.graded_votes.limit", pct=cents(share * HUNDRED))
            over = Decimal(used) / len(given) > share
        if over:
            found.append(
                msg(
                    "kind.graded_votes.over_quota",
                    voter=ballot.voter,
                    grade=grade,
                    used=used,
                    size=len(given),
                    limit=limit,
                )
            )
    return found


class GradedVotesKind(RuleKind[GradedVotes]):
    name = "graded_votes"
    model = GradedVotes
    role = "award"
    title = msg("kind.graded_votes.title")
    fact_fields = (
        FactField("votes", msg("kind.graded_votes.field.votes")),
        FactField("ballots", msg("kind.graded_votes.field.ballots")),
    )
    params = (
        Param("grades", "map", msg("kind.graded_votes.param.grades"), required=True),
        Param("quotas", "map", msg("kind.graded_votes.param.quotas")),
        Param(
            "quota_rounding",
            "choice",
            msg("kind.graded_votes.param.rounding"),
            choices=("exact", "half_up"),
        ),
    )
    messages = {
        "kind.graded_votes.title": ("等次评价取平均", "Graded votes"),
        "kind.graded_votes.field.votes": ("票数", "votes"),
        "kind.graded_votes.field.ballots": ("各评估人的选票", "each voter's ballot"),
        "kind.graded_votes.param.grades": ("各等次分值", "points per grade"),
        "kind.graded_votes.param.quotas": ("各等次比例上限", "most share per grade"),
        "kind.graded_votes.param.rounding": ("比例上限的取整", "how a quota is rounded"),
        "kind.graded_votes.no_votes": ("未录入评估票数", "no votes entered"),
        "kind.graded_votes.tally": ("{grade}{n}票", "{grade}: {n}"),
        "kind.graded_votes.average": ("{tally}，平均{average}分", "{tally}: average {average}"),
        "kind.graded_votes.unknown_grade_scored": (
            "项目 {code}：未知等次 {grade}（已有：{known}）",
            "item {code}: unknown grade {grade!r} (known: {known})",
        ),
        "kind.graded_votes.limit": ("{pct}%", "{pct}%"),
        "kind.graded_votes.limit_rounded": (
            "{n}个（{pct}%×{size}四舍五入）",
            "{n} ({pct}% × {size} rounded half up)",
        ),
        "kind.graded_votes.over_quota": (
            "评估人{voter}：{grade}等次{used}/{size}，超过{limit}的比例限制",
            "voter {voter}: {used} of {size} graded {grade}, more than the {limit} allowed",
        ),
        "kind.graded_votes.allowed": ("{grade}{n}个", "{n} {grade}"),
        "kind.graded_votes.quotas_cannot_fit": (
            "按“不超过”的比例字面计算，{size}个单位的选票最多只能评{allowed}个等次（{parts}），"
            "无法为全部{size}个单位定等而不超比例；须由考核机关决定：放宽某一等次的比例，"
            "或按四舍五入确定各等次的个数（须作为解释口径写明）",
            "read literally (“不超过”), the quotas allow only {allowed} grades on a ballot of "
            "{size} units ({parts}), so no ballot can grade every unit within them; the assessing "
            "office must choose: relax one quota, or round the allowed numbers (a marked "
            "interpretation)",
        ),
        "kind.graded_votes.describe": (
            "等次评价取平均：{grades}{quotas}",
            "average of graded votes: {grades}{quotas}",
        ),
        "kind.graded_votes.describe.grade": ("{grade}={points}", "{grade}={points}"),
        "kind.graded_votes.describe.quotas": ("；比例限制 {quotas}", "; quotas {quotas}"),
        "kind.graded_votes.describe.quota": ("{grade}≤{pct}%", "{grade}≤{pct}%"),
        "kind.graded_votes.quota_unknown_grade": (
            "未知等次 {grade} 的比例限制",
            "quota for unknown grade {grade!r}",
        ),
        "kind.graded_votes.quotas_too_small": (
            "各等次比例上限合计不足100%，任何选票都无法满足",
            "quotas add up to less than 100%; no ballot can satisfy them",
        ),
        "kind.graded_votes.unknown_grade": (
            "未知等次 {grade}（已有：{known}）",
            "unknown grade {grade!r} (grades: {known})",
        ),
        "kind.graded_votes.unknown_ballot_grade": (
            "评估人{voter}：给{unit}的等次 {grade} 未知",
            "voter {voter}: unknown grade {grade!r} for {unit}",
        ),
    }

    def natural_budget(self, rule: GradedVotes) -> Decimal:
        return max(rule.grades.values())

    def score(self, rule: GradedVotes, fact: RuleFact | None, ctx: Context) -> Outcome:
        votes: dict[str, int] = dict(fact.votes or {}) if fact is not None else {}
        problems: list[Message] = []
        if fact is not None and fact.ballots:
            counted: dict[str, int] = {}
            for size in sorted({len(b.grades) for b in fact.ballots}):
                unfit = quotas_fit(rule, size)
                if unfit is not None:
                    problems.append(unfit)
            for ballot in fact.ballots:
                problems.extend(over_quota(rule, ballot))
                if ctx.unit is not None and ctx.unit in ballot.grades:
                    grade = ballot.grades[ctx.unit]
                    counted[grade] = counted.get(grade, 0) + 1
            votes = votes or counted
        total = sum(votes.values())
        if total == 0:
            out = unrecorded(rule, ctx, msg("kind.graded_votes.no_votes"))
            return Outcome(out.now, out.best, out.findings, out.assessed, problems=tuple(problems))
        unknown = [g for g in votes if g not in rule.grades]
        if unknown:
            known = list(rule.grades)
            problems.append(
                msg(
                    "kind.graded_votes.unknown_grade_scored",
                    code=ctx.code,
                    grade=unknown[0],
                    known=known,
                )
            )
        points = sum((rule.grades.get(g, ZERO) * n for g, n in votes.items()), ZERO)
        average = q(points / total, ctx.precision)
        tally = [msg("kind.graded_votes.tally", grade=g, n=n) for g, n in votes.items()]
        detail = msg("kind.graded_votes.average", tally=tally, average=average)
        out = earned(rule, ctx, min(average, ctx.budget), detail)
        return Outcome(
            out.now, out.best, out.findings, out.assessed, out.lost, problems=tuple(problems)
        )

    def max_award(self, rule: GradedVotes, item_points: Decimal | None) -> Decimal | None:
        top = self.natural_budget(rule)
        return top if rule.points is None else max(top, rule.points)

    def describe(self, rule: GradedVotes, rubric: RubricFacts) -> Message:
        grades = [
            msg("kind.graded_votes.describe.grade", grade=g, points=p)
            for g, p in rule.grades.items()
        ]
        quotas = [
            msg("kind.graded_votes.describe.quota", grade=g, pct=share * HUNDRED)
            for g, share in rule.quotas.items()
        ]
        tail = msg("kind.graded_votes.describe.quotas", quotas=quotas) if quotas else ""
        return msg("kind.graded_votes.describe", grades=grades, quotas=tail)

    def problems(
        self, rule: GradedVotes, rubric: RubricFacts
    ) -> tuple[list[Message], list[Message]]:
        errors = [
            msg("kind.graded_votes.quota_unknown_grade", grade=g)
            for g in rule.quotas
            if g not in rule.grades
        ]
        warnings = []
        if rule.quotas and sum(rule.quotas.values()) < 1:
            warnings.append(msg("kind.graded_votes.quotas_too_small"))
        return errors, warnings

    def fact_problems(
        self, rule: GradedVotes, fact: RuleFact, rubric: RubricFacts
    ) -> list[Message]:
        known = list(rule.grades)
        found = [
            msg("kind.graded_votes.unknown_grade", grade=g, known=known)
            for g in (fact.votes or {})
            if g not in rule.grades
        ]
        for ballot in fact.ballots or []:
            found.extend(
                msg(
                    "kind.graded_votes.unknown_ballot_grade", voter=ballot.voter, grade=g, unit=unit
                )
                for unit, g in ballot.grades.items()
                if g not in rule.grades
            )
        return found

    def rows(self, rule: GradedVotes, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        votes = msg("kind.graded_votes.field.votes")
        return [
            Row(
                code,
                rule_id,
                self.name,
                "votes",
                grade,
                f"{grade}（{fmt_points(points)}分）",
                "int",
                votes,
            )
            for grade, points in rule.grades.items()
        ]

    def demo_fact(
        self, rule: GradedVotes, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        grades = list(rule.grades)
        votes = dict.fromkeys(grades, 0)
        votes[grades[0]] = 3
        if len(grades) > 1:
            votes[grades[1]] = 5
        return {"votes": votes}

    def random_fact(self, rule: GradedVotes, rnd: random.Random) -> dict[str, Any] | None:
        return {"votes": {g: rnd.randint(0, 5) for g in rule.grades}}

    def sample(self, n: int) -> dict[str, Any]:
        return {"kind": "graded_votes", "text": "ABC", "grades": {"A": 10, "B": 6, "C": 0}}


KIND = GradedVotesKind()
