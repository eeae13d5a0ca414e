"""Numbers are bounded where they enter (issue 15, findings 6 and 7): a facts file, a rubric file
and a value typed into the rubric tree refuse what no score could use, naming where it is."""

from __future__ import annotations

import pytest
from messages.expect import keys

from evaldesk.errors import FactsError, InputError, RubricError
from evaldesk.kinds.base import Row
from evaldesk.kinds.rows import parse_value
from evaldesk.rubrics.loader import load_text
from evaldesk.rubrics.where import problem_of
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
    ("facts", "field", "key"),
    [
        (
            {"items": {"A": {"1": {"actual": "985", "target": "1e-999999"}}}},
            "items.A.1.target",
            "number.too_precise",
        ),
        ({"items": {"A": {"1": {"actual": "1e999999"}}}}, "items.A.1.actual", "number.too_large"),
        (
            {"items": {"A": {"1": {"occurrences": {"n": 10**400}}}}},
            "items.A.1.occurrences.n",
            "value.at_most",
        ),
        ({"items": {"A": {"1": {"count": True}}}}, "items.A.1.count", "value.not_a_number"),
        ({"counts": {"ledger_overdu": 3}}, "counts", "facts.unknown_count"),
        ({"items": {"A": {"1": {"score": "NaN"}}}}, "items.A.1.score", "number.not_finite"),
    ],
)
def test_facts_out_of_bounds_are_refused_with_the_field_named(facts, field, key) -> None:
    with pytest.raises(FactsError) as refused:
        facts_from_data(facts, source="f.json")
    (problem,) = refused.value.problem_messages
    assert problem_of(problem).key == key
    assert problem.origin is not None and problem.origin.field == field
    assert problem.origin.file == "f.json"
    assert field.rsplit(".", 1)[-1] in str(refused.value)


def test_a_facts_file_with_a_huge_exponent_is_refused() -> None:
    with pytest.raises(FactsError) as refused:
        facts_from_json('{"items": {"A": {"1": {"actual": 1e999999}}}}')
    assert keys(refused.value.problem_messages) == ["number.too_large"]
    assert str(refused.value) == "facts：项目 A：规则 1：actual：绝对值必须小于 10^15"


@pytest.mark.parametrize(
    ("extra", "points", "key", "field"),
    [
        ("", -2, "value.not_negative", "sections[0].items[0].points"),
        ("precision: 0", 2, "value.greater_than", "precision"),
        ("total: 1e400", 2, "number.too_large", "total"),
        ("title: again", 2, "rubric.yaml_duplicate_key", None),
        ("version: -1", 2, "value.at_least", "version"),
        ("year: 100000000000000000000", 2, "value.at_most", "year"),
        ("", "1e-9", "number.too_precise", "sections[0].items[0].points"),
        ("", "9" * 5000, "rubric.yaml_too_many_digits", None),  # past Python's int limit
    ],
)
def test_a_rubric_out_of_bounds_does_not_load(extra, points, key, field) -> None:
    with pytest.raises(RubricError) as refused:
        load_text(RUBRIC.format(extra=extra, points=points), "bad.yaml")
    (problem,) = refused.value.problem_messages
    assert problem_of(problem).key == key
    assert problem.origin is not None and problem.origin.file == "bad.yaml"
    assert problem.origin.line is not None and problem.origin.field == field
    assert str(refused.value).startswith(f"bad.yaml:{problem.origin.line}")


def test_the_rubric_tree_refuses_numbers_no_score_can_use() -> None:
    row = Row("A", "1", "proportional", "actual", None, "完成数", "decimal")
    for typed in ("1e999999", "1e-999999", "abc", "-3"):
        with pytest.raises(InputError):
            parse_value(row, typed)
    assert str(parse_value(row, "1,209.14")) == "1209.14"
