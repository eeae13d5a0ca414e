"""Numbers are bounded where they enter (issue 15, findings 6 and 7): a facts file, a rubric file
and a value typed into the rubric tree refuse what no score could use, naming where it is."""

from __future__ import annotations

import pytest

from evaldesk.errors import FactsError, InputError, RubricError
from evaldesk.kinds.base import Row
from evaldesk.kinds.rows import parse_value
from evaldesk.rubrics.loader import load_text
from evaldesk.scoring import facts_from_data, facts_from_json

RUBRIC = """id: x
title: t
{extra}
sections:
  - code: 一
    title: s
    items:
      - code: A
        title: a
        points: {points}
        rules: [{{kind: checklist, lines: [{{id: "1", text: x, deduct: 1}}]}}]
"""


@pytest.mark.parametrize(
    ("facts", "where"),
    [
        ({"items": {"A": {"1": {"actual": "985", "target": "1e-999999"}}}}, "target"),
        ({"items": {"A": {"1": {"actual": "1e999999"}}}}, "actual"),
        ({"items": {"A": {"1": {"occurrences": {"n": 10**400}}}}}, "occurrences"),
        ({"items": {"A": {"1": {"count": True}}}}, "count"),
        ({"counts": {"ledger_overdu": 3}}, "counts"),
        ({"items": {"A": {"1": {"score": "NaN"}}}}, "score"),
    ],
)
def test_facts_out_of_bounds_are_refused_with_the_field_named(facts, where) -> None:
    with pytest.raises(FactsError) as refused:
        facts_from_data(facts)
    assert where in str(refused.value)


def test_a_facts_file_with_a_huge_exponent_is_refused() -> None:
    with pytest.raises(FactsError, match="actual"):
        facts_from_json('{"items": {"A": {"1": {"actual": 1e999999}}}}')


@pytest.mark.parametrize(
    ("extra", "points", "says"),
    [
        ("", -2, "points"),
        ("precision: 0", 2, "precision"),
        ("total: 1e400", 2, "total"),
        ("title: again", 2, "appears twice"),
        ("version: -1", 2, "version"),
        ("year: 100000000000000000000", 2, "year"),
        ("", "1e-9", "decimal places"),
        ("", "9" * 5000, "5000 digits"),  # past Python's own int limit: refused, not a crash
    ],
)
def test_a_rubric_out_of_bounds_does_not_load(extra, points, says) -> None:
    with pytest.raises(RubricError) as refused:
        load_text(RUBRIC.format(extra=extra, points=points), "bad.yaml")
    assert says in str(refused.value)
    assert str(refused.value).startswith("bad.yaml:")


def test_the_rubric_tree_refuses_numbers_no_score_can_use() -> None:
    row = Row("A", "1", "proportional", "actual", None, "完成数", "decimal")
    for typed in ("1e999999", "1e-999999", "abc", "-3"):
        with pytest.raises(InputError):
            parse_value(row, typed)
    assert str(parse_value(row, "1,209.14")) == "1209.14"
