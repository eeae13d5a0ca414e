"""The rubric's `subsidies` block: references are checked at load time, errors say what to fix."""

from __future__ import annotations

import textwrap

import pytest
from messages.expect import found

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
    ("block", "key", "args", "field"),
    [
        (
            "per_person: [{id: p, title: 人, count: {item: 九.9}, rate: 1}]",
            "rubric.subsidy.unknown_item",
            {"item": "九.9"},
            "subsidies.per_person[0].count",
        ),
        (
            "per_person: [{id: p, title: 人, count: {item: 一.2}, rate: 1, over_rate: 2}]",
            "rubric.subsidy.needs_target",
            {"rule": "1", "kind": "all_or_nothing"},
            "subsidies.per_person[0].count",
        ),
        (
            "lump_sums: [{id: s, title: 补, amount: 1, conditions: [{kind: flag, flag: nope}]}]",
            "rubric.subsidy.not_a_flag",
            {"flag": "nope"},
            "subsidies.lump_sums[0].conditions[0]",
        ),
        (
            "rank_awards: [{id: r, title: 名次, places: [{first: 1, last: 2, amount: 5}, {first: 2, last: 3, amount: 1}]}]",
            "rubric.subsidy.place_twice",
            {"place": 2},
            "subsidies.rank_awards[0].places",
        ),
        (
            "rank_awards: [{id: r, title: 名次, ranked_by: {scope: part, id: x}, places: [{first: 1, last: 1, amount: 5}]}]",
            "rubric.subsidy.ranked_by_unknown",
            {"scope": "part", "id": "x"},
            "subsidies.rank_awards[0].ranked_by",
        ),
        (
            "lump_sums: [{id: s, title: 补, conditions: [{kind: reached, rules: [{item: 一.1}]}]}]",
            "rubric.subsidy.amount_or_scaled",
            {},
            "subsidies.lump_sums[0]",
        ),
    ],
)
def test_bad_references_are_errors(block, key, args, field):
    with pytest.raises(RubricError) as info:
        _load("subsidies:\n  " + block + "\n")
    problem = found(info.value.problem_messages, key, **args)
    assert problem.origin is not None and problem.origin.field == field
    assert problem.origin.file == "money.yaml" and problem.origin.line
    assert problem.text("en").startswith(f"money.yaml:{problem.origin.line}: subsidies ")
    assert problem.text("zh").startswith(f"money.yaml:{problem.origin.line}：补助 ")


def test_no_block_pays_nothing():
    rubric = load_text(BASE, "money.yaml").rubric
    facts = facts_from_data({})
    assert compute_subsidies(rubric, facts, score(rubric, facts, unit="a")) == []
