"""`budget_of`: several deductions of one clause share that clause's budget ("扣完为止")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from messages.expect import found

from evaldesk.errors import RubricError
from evaldesk.scoring import facts_from_data, score

# One item, two clauses (as in 全省就业工作单项考核表, 政策落实):
#   clause 1 (5): 全部出台文件得5分，市级未出台文件扣2分，县级未出台文件每个扣0.5分，扣完为止
#   clause 2 (5): 安排资金得5分，未安排不得分
RUBRIC = """
id: budget-of
title: t
total: 10
sections:
  - code: 一
    title: s
    points: 10
    items:
      - code: 一.1
        title: 政策落实
        points: 10
        rules:
          - kind: checklist
            points: 5
            text: 全部出台文件得5分，市级未出台文件扣2分
            lines: [{id: city, text: 市级未出台文件扣2分, deduct: 2}]
          - kind: per_count
            budget_of: "1"
            text: 县级未出台文件每个扣0.5分，扣完为止
            points_each: 0.5
            unit_label: 个
          - kind: all_or_nothing
            points: 5
            text: 安排资金得5分，未安排不得分
"""


def _score(rubric_from, city: str, counties: int | None, funds: str = "met"):
    rubric = rubric_from(RUBRIC)
    rule2 = {} if counties is None else {"count": counties}
    facts = facts_from_data(
        {"items": {"一.1": {"1": {"lines": {"city": city}}, "2": rule2, "3": {"status": funds}}}}
    )
    return score(rubric, facts).item("一.1")


def test_shared_budget_stops_at_the_clause(rubric_from) -> None:
    # 市级未出台 −2, 8 counties × 0.5 = −4: together −6, but clause 1 has 5 → 0; clause 2 keeps 5.
    item = _score(rubric_from, "not_met", 8)
    assert item.score == Decimal(5)
    assert any(e.text == "扣完为止" and e.effect == Decimal(1) for e in item.explanations)


def test_without_reaching_the_budget_deductions_add_up(rubric_from) -> None:
    # −2 − 3×0.5 = −3.5 → clause 1 gives 1.5; + 5 = 6.5
    assert _score(rubric_from, "not_met", 3).score == Decimal("6.5")
    # counties only: 10 × 0.5 = 5 → clause 1 gives 0; + 5 = 5
    assert _score(rubric_from, "met", 10).score == Decimal(5)
    # nothing missing: 10
    assert _score(rubric_from, "met", 0).score == Decimal(10)


def test_unknown_count_is_worst_case_within_the_clause_only(rubric_from) -> None:
    # count not entered: worst case for clause 1 is 0, clause 2 still 5; best case is 5 + 5
    item = _score(rubric_from, "met", None)
    assert item.score == Decimal(5)
    assert item.best == Decimal(10)
    assert item.status == "not_assessed"
    clamp = [e for e in item.explanations if e.text == "扣完为止"]
    assert clamp and all(e.pending for e in clamp)
    # a known over-deduction is not pending
    known = _score(rubric_from, "not_met", 8)
    assert not any(e.pending for e in known.explanations)


def test_budget_of_must_name_a_rule_with_points(rubric_from) -> None:
    bad = RUBRIC.replace('budget_of: "1"', 'budget_of: "9"')
    with pytest.raises(RubricError) as info:
        rubric_from(bad)
    nine = found(info.value.problem_messages, "rubric.budget_of_not_a_rule", ref="9")
    assert nine.origin is not None and nine.origin.field is not None
    assert nine.origin.field.endswith(".budget_of")
    award = RUBRIC.replace('budget_of: "1"', 'budget_of: "3"').replace(
        "          - kind: all_or_nothing\n            points: 5",
        "          - kind: all_or_nothing\n            budget_of: '1'\n            points: 5",
    )
    with pytest.raises(RubricError) as info:
        rubric_from(award)
    found(info.value.problem_messages, "rubric.budget_of_deductions_only")
    no_points = RUBRIC.replace("points_each: 0.5", "points_each: 0.5\n            points: 1")
    with pytest.raises(RubricError) as info:
        rubric_from(no_points)
    found(info.value.problem_messages, "rubric.budget_of_no_points")
