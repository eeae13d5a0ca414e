"""Everything the receiving office computes, from what it holds: the units' facts (from their
packages), the ballots it transcribed, its reviewers' scores, its decisions. Pure.

Read top to bottom:

1. the office's rubric: its own units and decisions (evaldesk.collect.office_rubric);
2. each unit's facts as the office scores them: the office's interpretations in force (not
   the unit's), its reviewers' scores as the review columns, the ballots of every sheet the
   unit is on in place of anything the unit entered for those rules;
3. a first score of every unit, which decides the ranking gates (an earlier item in full);
4. each ranking rule's figures for every unit, handed back to every unit as the rule's group
   values (evaldesk.collect.rankings); the second score is the office's computed score;
5. the final score: reviewed items take the reviewer's number (evaldesk.collect.finals);
6. places by final total, the places of each rank award among the units meeting its
   conditions, and the money (evaldesk.scoring.subsidies).

Every number keeps its explanation: the engine's lines for each item (a ranking's place, a
ballot's average), the ranking rows, the ballot tallies, the subsidy lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from evaldesk.collect.ballots import Sheet, Tally, sheets, tallies
from evaldesk.collect.finals import Review, deciding, with_reviews
from evaldesk.collect.office_rubric import office_rubric
from evaldesk.collect.places import places, ranked_score
from evaldesk.collect.rankings import (
    RankedRule,
    RankRow,
    group_values,
    measure_rows,
    ranking_rules,
)
from evaldesk.kinds.fact import Ballot, RuleFact
from evaldesk.messages import Message, msg
from evaldesk.rubrics import model as m
from evaldesk.scoring.engine import score
from evaldesk.scoring.facts import Facts, ReviewScores
from evaldesk.scoring.report import ScoreReport
from evaldesk.scoring.subsidies import (
    SubsidyInputs,
    SubsidyLine,
    award_conditions,
    compute_subsidies,
)


@dataclass(frozen=True)
class UnitInput:
    code: str
    name: str
    rubric_unit: str | None
    #: the facts its package in force carries; None without a package, or when the package
    #: carries none (made by an older EvalDesk)
    facts: Facts | None = None
    subsidy_inputs: SubsidyInputs | None = None


@dataclass(frozen=True)
class Inputs:
    rubric: m.Rubric  # the year's rubric copy
    units: Sequence[UnitInput]
    office_values: Mapping[str, Decimal] = field(default_factory=dict)
    quota_rounding: Mapping[str, str] = field(default_factory=dict)  # item/rule -> rounding
    ballots: Mapping[str, Sequence[Ballot]] = field(default_factory=dict)  # sheet -> ballots
    reviews: Mapping[str, Mapping[str, Mapping[str, Review]]] = field(default_factory=dict)
    #: unit -> item -> kind (initial/final) -> review


@dataclass(frozen=True)
class RankingResult:
    ranked: RankedRule
    rows: tuple[RankRow, ...]


@dataclass(frozen=True)
class SheetResult:
    sheet: Sheet
    ballots: tuple[Ballot, ...]
    tallies: Mapping[str, Tally]


@dataclass
class Computed:
    rubric: m.Rubric  # the office's
    computed: dict[str, ScoreReport]  # before the reviewers' scores
    finals: dict[str, ScoreReport]
    facts: dict[str, Facts]  # as the office scored each unit
    rankings: list[RankingResult]
    sheets: list[SheetResult]
    places: dict[str, int]  # by final total
    award_places: dict[str, dict[str, int]]  # award id -> unit -> place
    awards: dict[str, list[SubsidyLine]]
    #: units that cannot be scored here, and why
    not_scored: dict[str, Message]

    def total(self, unit: str) -> Decimal | None:
        report = self.finals.get(unit)
        return report.total if report is not None else None


def compute(given: Inputs) -> Computed:
    rubric = office_rubric(given.rubric, given.units, given.quota_rounding)
    listed = [u for u in given.units]
    not_scored: dict[str, Message] = {}
    for unit in listed:
        if unit.facts is None:
            not_scored[unit.code] = msg("collect.compute.no_facts")
    sheet_list = sheets(rubric)
    sheet_results = [
        SheetResult(
            s, tuple(given.ballots.get(s.key, ())), tallies(s, given.ballots.get(s.key, ()))
        )
        for s in sheet_list
    ]
    facts = {
        u.code: _as_office_scores(u, given, sheet_results) for u in listed if u.facts is not None
    }
    first = {code: score(rubric, f, code) for code, f in facts.items()}
    scored_from = dict(facts)
    rankings = []
    for ranked in ranking_rules(rubric):
        rows = measure_rows(rubric, ranked, facts, first)
        values = group_values(rows)
        rankings.append((ranked, rows))
        for code, f in facts.items():
            facts[code] = _with_group(f, ranked, values)
    # A unit no ranking gave a group keeps its first score: the same facts score the same
    # (a rubric without rankings scored every unit twice, half of a province's opening).
    computed = {
        code: first[code] if f is scored_from[code] else score(rubric, f, code)
        for code, f in facts.items()
    }
    ranking_results = [
        RankingResult(ranked, tuple(_with_points(rows, ranked, computed)))
        for ranked, rows in rankings
    ]
    finals = {
        code: with_reviews(rubric, report, _decided(given.reviews.get(code, {})))
        for code, report in computed.items()
    }
    result = Computed(
        rubric=rubric,
        computed=computed,
        finals=finals,
        facts=facts,
        rankings=ranking_results,
        sheets=sheet_results,
        places=places({code: r.total for code, r in finals.items()}),
        award_places={},
        awards={},
        not_scored=not_scored,
    )
    _money(result, given)
    return result


def _decided(reviews: Mapping[str, Mapping[str, Review]]) -> dict[str, Review]:
    out = {}
    for item, columns in reviews.items():
        chosen = deciding(columns)
        if chosen is not None:
            out[item] = chosen
    return out


def _as_office_scores(unit: UnitInput, given: Inputs, sheet_results: list[SheetResult]) -> Facts:
    assert unit.facts is not None
    items = {code: dict(rules) for code, rules in unit.facts.items.items()}
    for result in sheet_results:
        sheet = result.sheet
        if unit.code not in sheet.units:
            continue
        items.setdefault(sheet.item, {})[sheet.rule_id] = RuleFact(
            ballots=[b for b in result.ballots if unit.code in b.grades] or None
        )
    review = {
        item: ReviewScores(
            initial=columns["initial"].value if "initial" in columns else None,
            final=columns["final"].value if "final" in columns else None,
        )
        for item, columns in given.reviews.get(unit.code, {}).items()
    }
    return unit.facts.model_copy(
        update={
            "items": items,
            "interpretations": dict(given.office_values),
            "review": review,
            "unit": unit.code,
        }
    )


def _with_group(facts: Facts, ranked: RankedRule, values: dict[str, Decimal]) -> Facts:
    rules = dict(facts.items.get(ranked.item, {}))
    fact = rules.get(ranked.rule_id)
    if fact is None and facts.unit not in values:
        return facts
    rules[ranked.rule_id] = (fact or RuleFact()).model_copy(update={"group": values or None})
    items = dict(facts.items)
    items[ranked.item] = rules
    return facts.model_copy(update={"items": items})


def _with_points(
    rows: list[RankRow], ranked: RankedRule, reports: Mapping[str, ScoreReport]
) -> list[RankRow]:
    out = []
    for row in rows:
        report = reports.get(row.unit)
        item = report.item(ranked.item) if report is not None else None
        points = item.score if item is not None and not item.pending else None
        out.append(
            RankRow(row.unit, row.group, row.value, row.taking_part, row.detail, row.place, points)
        )
    return out


def _money(result: Computed, given: Inputs) -> None:
    """Award places among the units meeting each award's conditions, then each unit's lines."""
    rubric = result.rubric
    block = rubric.subsidies
    if block is None:
        return
    inputs = {u.code: u.subsidy_inputs or SubsidyInputs() for u in given.units}
    for award in block.rank_awards:
        eligible: dict[str, Decimal] = {}
        for code, report in result.finals.items():
            state, _why = award_conditions(rubric, result.facts[code], code, award.id, inputs[code])
            value = ranked_score(report, award.ranked_by)
            if state == "met" and value is not None:
                eligible[code] = value
        result.award_places[award.id] = places(eligible)
    for code, report in result.finals.items():
        ranks = {
            award: found[code] for award, found in result.award_places.items() if code in found
        }
        result.awards[code] = compute_subsidies(
            rubric, result.facts[code], report, ranks, inputs[code]
        )
