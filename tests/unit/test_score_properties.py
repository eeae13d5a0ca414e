"""Properties that hold for any facts (hypothesis over seeds of the synthetic rubric)."""

from __future__ import annotations

import copy
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from synthetic import random_facts, synthetic_rubric

from evaldesk.scoring import facts_from_data, score

RUBRIC = synthetic_rubric(56)  # four rounds of every template
ITEMS = {i.code: i for i in RUBRIC.items()}
FLOORS = {
    code: min([-r.penalty for r in item.rules if r.kind == "negative"], default=Decimal(0))
    for code, item in ITEMS.items()
}
seeds = st.integers(min_value=0, max_value=2**32)


@settings(max_examples=150, deadline=None)
@given(seeds)
def test_items_stay_within_max_and_floor(seed):
    report = score(RUBRIC, facts_from_data(random_facts(RUBRIC, seed)))
    for item in report.items():
        assert FLOORS[item.code] <= item.score <= (item.max if item.max is not None else item.score)
        assert item.score <= item.best or item.vetoed, item.code


@settings(max_examples=150, deadline=None)
@given(seeds)
def test_total_is_the_sum_of_its_parts(seed):
    report = score(RUBRIC, facts_from_data(random_facts(RUBRIC, seed)))
    for section in report.sections:
        if not section.explanations and not section.vetoed:
            assert section.score == sum((i.score for i in section.items if not i.bonus), Decimal(0))
            assert section.bonus == sum((i.score for i in section.items if i.bonus), Decimal(0))
    for part in report.parts:
        members = [s for s in report.sections if s.part == part.id]
        assert part.score == sum((s.score + s.bonus for s in members), Decimal(0))
        assert part.weighted == (part.score * part.weight).quantize(Decimal("0.01"))
    loose = sum((s.score + s.bonus for s in report.sections if s.part is None), Decimal(0))
    assert report.total == sum((p.weighted for p in report.parts), Decimal(0)) + loose


@settings(max_examples=150, deadline=None)
@given(seeds)
def test_explanations_add_up_to_the_points_lost(seed):
    # For every item whose rule budgets fill its points, max + the signed effects = score.
    report = score(RUBRIC, facts_from_data(random_facts(RUBRIC, seed)))
    for item in report.items():
        if item.bonus or item.vetoed:
            continue
        assert item.max + sum((e.effect for e in item.explanations), Decimal(0)) == item.score, (
            item.code
        )


@settings(max_examples=100, deadline=None)
@given(seeds, st.data())
def test_marking_a_checklist_line_met_never_lowers_the_score(seed, data):
    raw = random_facts(RUBRIC, seed)
    report = score(RUBRIC, facts_from_data(copy.deepcopy(raw)))
    checklists = [
        (item.code, rule)
        for item in RUBRIC.items()
        for rule in item.rules
        if rule.kind == "checklist"
    ]
    code, rule = data.draw(st.sampled_from(checklists))
    line = data.draw(st.sampled_from(rule.lines))
    facts = copy.deepcopy(raw)
    facts.setdefault("items", {}).setdefault(code, {}).setdefault(rule.id, {}).setdefault(
        "lines", {}
    )[line.id] = "met"
    after = score(RUBRIC, facts_from_data(facts))
    assert after.item(code).score >= report.item(code).score
    assert after.total >= report.total
    assert after.attainable >= after.total


@settings(max_examples=50, deadline=None)
@given(seeds)
def test_scoring_is_deterministic_and_json_stable(seed):
    facts = random_facts(RUBRIC, seed)
    one = score(RUBRIC, facts_from_data(copy.deepcopy(facts))).to_json()
    two = score(RUBRIC, facts_from_data(copy.deepcopy(facts))).to_json()
    assert one == two
