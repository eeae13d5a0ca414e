"""Rated rubrics (kind: rating): ticks, minimums reported when unmet, the rating ceiling."""

from __future__ import annotations

from decimal import Decimal

import pytest
from messages.expect import found

from evaldesk.errors import RubricError
from evaldesk.scoring import facts_from_data, score
from evaldesk.scoring.text import render_report

RUBRIC = """
id: rated
title: t
kind: rating
rating: {levels: [好, 较好, 一般]}
sections:
  - code: "1"
    title: 组织领导
    content: 主要包括……
    items:
      - code: "1.1"
        title: 调研考察
        rules:
          - kind: minimum
            text: 至少到每个定点帮扶县调研考察一次
            minimum: 1
            per: 定点帮扶县
            unit_label: 个县
          - kind: minimum
            text: 投入帮扶资金数
            minimum: 0
            unit_label: 万元
          - kind: checklist
            text: 年度计划
            lines: [{id: plan, text: 制定并实施年度计划}]
rules:
  - {id: 违纪违规, kind: veto, scope: total, grade_cap: 较好, text: 不得确定为“好”}
"""


def _report(rubric_from, data):
    return score(rubric_from(RUBRIC), facts_from_data(data))


def test_unmet_minimum_is_reported(rubric_from) -> None:
    # 3 counties, 2 visited: the minimum (1 per county → 3) is not reached
    report = _report(
        rubric_from,
        {
            "items": {
                "1.1": {
                    "1": {"actual": 2, "target": 3},
                    "2": {"actual": 120},
                    "3": {"lines": {"plan": "met"}},
                }
            }
        },
    )
    assert [(e.code, e.detail) for e in report.unmet] == [("1.1", "实际2个县，最低要求3个县")]
    assert report.item("1.1").status == "not_met"
    assert report.to_json()["unmet"][0]["item"] == "1.1"
    text = render_report(report)
    assert "未达最低要求" in text and "实际2个县，最低要求3个县" in text
    # the recorded value of a minimum-0 rule is shown, without a points effect
    assert "投入帮扶资金数（实际120万元）" in text


def test_all_met_keeps_the_top_level_open(rubric_from) -> None:
    report = _report(
        rubric_from,
        {
            "items": {
                "1.1": {
                    "1": {"actual": 3, "target": 3},
                    "2": {"actual": 0},
                    "3": {"lines": {"plan": "met"}},
                }
            },
            "rating": "好",
        },
    )
    assert report.unmet == ()
    assert report.item("1.1").status == "met"
    assert report.grade == "好"
    assert report.rating_ceiling == "好"
    assert report.pending == ()


def test_veto_caps_the_chosen_rating_and_says_so(rubric_from) -> None:
    report = _report(rubric_from, {"whole": {"违纪违规": {"triggered": True}}, "rating": "好"})
    assert report.grade == "较好"
    assert report.grade_cap == "较好"
    assert report.rating_ceiling == "较好"
    assert any("按“较好”计" in p.text("zh") for p in report.problems)
    assert "评价不得高于“较好”" in report.explanations[0].line()
    # a rating already below the cap stays
    lower = _report(rubric_from, {"whole": {"违纪违规": {"triggered": True}}, "rating": "一般"})
    assert lower.grade == "一般" and lower.problems == ()


def test_no_rating_chosen_is_pending(rubric_from) -> None:
    report = _report(rubric_from, {})
    assert report.grade is None
    assert "rating" in report.pending
    assert report.rating_ceiling == "好"
    text = render_report(report)
    assert text.startswith("评价等次：待评定　最高可评：好")


def test_per_minimum_needs_the_count_it_is_per(rubric_from) -> None:
    report = _report(rubric_from, {"items": {"1.1": {"1": {"actual": 2}}}})
    item = report.item("1.1")
    assert item.status == "not_assessed"
    assert any("缺少定点帮扶县个数" in e.detail for e in item.explanations)


def test_tick_lines_only_in_rated_rubrics(rubric_from) -> None:
    report = _report(rubric_from, {"items": {"1.1": {"3": {"lines": {"plan": "not_met"}}}}})
    line = next(e for e in report.item("1.1").explanations if e.rule == "3")
    assert line.effect == Decimal(0) and line.line() == "制定并实施年度计划（未落实）"
    points = RUBRIC.replace("kind: rating\nrating: {levels: [好, 较好, 一般]}\n", "")
    points = points.replace("grade_cap: 较好, ", "")
    with pytest.raises(RubricError) as info:
        rubric_from(points)
    tick = found(info.value.problem_messages, "kind.checklist.line_needs_one", line="plan")
    assert tick.origin is not None and tick.origin.item == "1.1"
