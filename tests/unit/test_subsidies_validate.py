"""The rubric's `subsidies` block: references are checked at load time, errors say what to fix."""

from __future__ import annotations

import textwrap

import pytest

from evaldesk.errors import RubricError
from evaldesk.rubrics.loader import load_text
from evaldesk.scoring import facts_from_data, score
from evaldesk.scoring.subsidies import compute_subsidies

BASE = """
id: money
title: 补助
units: [{id: a, name: 甲镇}]
targets:
  task: {title: 任务, values: {a: 100}}
sections:
  - code: 一
    title: 任务
    items:
      - code: 一.1
        title: 完成任务
        points: 10
        rules: [{kind: proportional, target: {key: task}}]
      - code: 一.2
        title: 即征即保
        points: 5
        rules: [{kind: all_or_nothing}]
"""


def _load(subsidies: str):
    return load_text(BASE + textwrap.dedent(subsidies), "money.yaml")


def test_a_valid_block_loads_and_pays():
    loaded = _load(
        """
        subsidies:
          inputs: [{id: early, kind: flag, label: 提前完成}]
          lump_sums:
            - {id: early_sum, title: 提前完成补助, amount: 500, conditions: [{kind: flag, flag: early}]}
          per_person:
            - {id: each, title: 每人, count: {item: 一.1}, rate: 2, over_rate: 3}
        """
    )
    assert loaded.warnings == []
    rubric = loaded.rubric
    facts = facts_from_data({"items": {"一.1": {"actual": 110}}})
    lines = compute_subsidies(
        rubric,
        facts,
        score(rubric, facts, unit="a"),
        inputs=None,
    )
    # flag not entered: pending 0; 100 × 2 + 10 × 3 = 230
    assert [(ln.id, ln.amount, ln.pending) for ln in lines] == [
        ("early_sum", 0, True),
        ("each", 230, False),
    ]


@pytest.mark.parametrize(
    ("block", "message"),
    [
        (
            "per_person: [{id: p, title: 人, count: {item: 九.9}, rate: 1}]",
            "subsidies p: item '九.9' is not in the rubric",
        ),
        (
            "per_person: [{id: p, title: 人, count: {item: 一.2}, rate: 1, over_rate: 2}]",
            "rule 1 (all_or_nothing) has no target",
        ),
        (
            "lump_sums: [{id: s, title: 补, amount: 1, conditions: [{kind: flag, flag: nope}]}]",
            "flag 'nope' is not a flag input",
        ),
        (
            "rank_awards: [{id: r, title: 名次, places: [{first: 1, last: 2, amount: 5}, {first: 2, last: 3, amount: 1}]}]",
            "place 2 is given two amounts",
        ),
        (
            "rank_awards: [{id: r, title: 名次, ranked_by: {scope: part, id: x}, places: [{first: 1, last: 1, amount: 5}]}]",
            "ranked_by part 'x' is not in the rubric",
        ),
        (
            "lump_sums: [{id: s, title: 补, conditions: [{kind: reached, rules: [{item: 一.1}]}]}]",
            "give exactly one of 'amount' or 'scaled'",
        ),
    ],
)
def test_bad_references_are_errors(block, message):
    with pytest.raises(RubricError) as info:
        _load("subsidies:\n  " + block + "\n")
    assert any(message in p for p in info.value.problems), info.value.problems


def test_no_block_pays_nothing():
    rubric = load_text(BASE, "money.yaml").rubric
    facts = facts_from_data({})
    assert compute_subsidies(rubric, facts, score(rubric, facts, unit="a")) == []
