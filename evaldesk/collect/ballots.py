"""Ballot sheets: the graded votes only the receiving office can collect.

湘人社发〔2021〕46号: each 厅领导小组 member grades every city A, B or C, "A等次不超过30%，B等次不
超过50%，C等次不超过20%"; the grades count 10/6/0 points and "厅领导小组办公室汇总计算…平均得分".
The departments are graded by the members (评议.1, 10/6/0) and by the 14 cities (评议.2, 5/3/0).

A *sheet* is one graded-votes rule for one group of units (评议.1 for the cities, 评议.1 for the
departments, 评议.2 for the departments): each voter fills one paper ballot per sheet, which
the clerk transcribes as it is. A ballot over its quota is refused when it is entered (the
paper is sent back); the average per unit is the engine's own (evaldesk.kinds.graded_votes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from evaldesk.kinds.base import ZERO, q
from evaldesk.kinds.fact import Ballot
from evaldesk.kinds.graded_votes import GradedVotes, over_quota, quotas_fit
from evaldesk.messages import Message, msg
from evaldesk.rubrics import model as m
from evaldesk.scoring.items import rule_key


@dataclass(frozen=True, slots=True)
class Sheet:
    key: str  # item/rule/group, e.g. 评议.1/1/city
    item: str
    item_title: str
    rule_id: str
    group: str | None
    group_name: str
    rule: GradedVotes
    units: tuple[str, ...]  # unit codes graded on it, in list order
    unit_names: tuple[str, ...]
    precision: Decimal

    @property
    def rule_address(self) -> str:
        return f"{self.item}/{self.rule_id}"


def sheets(rubric: m.Rubric) -> list[Sheet]:
    """Every ballot sheet of ``rubric`` (the receiving office's: its units, its decisions)."""
    group_names = {g.id: g.name for g in rubric.unit_groups}
    out = []
    for item in rubric.items():
        for n, rule in enumerate(item.rules, start=1):
            if rule.kind != "graded_votes":
                continue
            assert isinstance(rule, GradedVotes)
            groups: list[str | None] = [*(item.applies_to or group_names)] or [None]
            for group in groups:
                listed = [u for u in rubric.units if group is None or u.group == group]
                if rubric.units and not listed:
                    continue
                key = rule_key(rule, n)
                out.append(
                    Sheet(
                        key=f"{item.code}/{key}/{group or ''}",
                        item=item.code,
                        item_title=item.title,
                        rule_id=key,
                        group=group,
                        group_name=group_names.get(group or "", ""),
                        rule=rule,
                        units=tuple(u.id for u in listed),
                        unit_names=tuple(u.name for u in listed),
                        precision=rubric.precision,
                    )
                )
    return out


def ballot_problems(sheet: Sheet, voter: str, grades: Mapping[str, str]) -> list[Message]:
    """Why a transcribed ballot cannot be entered as it is (empty when it can)."""
    found: list[Message] = []
    if not voter.strip():
        found.append(msg("collect.ballot.no_voter"))
    if not grades:
        found.append(msg("collect.ballot.empty"))
    known = set(sheet.units)
    for unit, grade in grades.items():
        if unit not in known:
            found.append(msg("collect.ballot.unit_not_on_sheet", unit=unit))
        if grade not in sheet.rule.grades:
            found.append(
                msg(
                    "collect.ballot.unknown_grade",
                    unit=unit,
                    grade=grade,
                    known=list(sheet.rule.grades),
                )
            )
    if not found:
        found += over_quota(sheet.rule, Ballot(voter=voter.strip(), grades=dict(grades)))
    return found


def fit_problem(sheet: Sheet) -> Message | None:
    """When the quotas read literally cannot grade every unit of the sheet (14 cities under
    30%/50%/20%: 4 + 7 + 2 = 13), say so: the assessing office must decide."""
    return quotas_fit(sheet.rule, len(sheet.units))


@dataclass(frozen=True, slots=True)
class Tally:
    counts: dict[str, int]  # grade -> votes received
    average: Decimal | None  # None: no vote yet


def tallies(sheet: Sheet, ballots: Sequence[Ballot]) -> dict[str, Tally]:
    """Per unit of the sheet: the grades it received and their average, as the engine reckons
    it (evaldesk.kinds.graded_votes, rounded to the rubric's precision)."""
    out: dict[str, Tally] = {}
    for unit in sheet.units:
        counts = dict.fromkeys(sheet.rule.grades, 0)
        for ballot in ballots:
            grade = ballot.grades.get(unit)
            if grade in counts:
                counts[grade] += 1
        n = sum(counts.values())
        points = sum((sheet.rule.grades[g] * c for g, c in counts.items()), ZERO)
        out[unit] = Tally(counts, q(points / n, sheet.precision) if n else None)
    return out
