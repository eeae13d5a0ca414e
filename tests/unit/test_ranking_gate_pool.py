"""Ranking rules with a precondition tick (gate) and ranking across every unit (pool: all)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from messages.expect import found

from evaldesk.scoring import facts_from_data, score

RUBRIC = """
id: ranking-ext
title: 排名扩展
unit_groups: [{id: main, name: 主功能区}, {id: town, name: 镇}]
units:
  - {id: a, name: 甲区, group: main}
  - {id: b, name: 乙区, group: main}
  - {id: x, name: 甲镇, group: town}
  - {id: y, name: 乙镇, group: town}
  - {id: z, name: 丙镇, group: town}
sections:
  - code: 一
    title: 排名
    items:
      - code: 一.1
        title: 缴费标准位次
        points: 10
        rules:
          - kind: ranking
            text: 对完成全年居民养老保险任务的，按选择1200元及以上标准的缴费人数与任务数之比排名
            gate: 完成全年居民养老保险任务
            measure: value
            steps: {main: 1, town: 0.5}
      - code: 一.2
        title: 放款户数
        points: 1
        rules:
          - kind: ranking
            text: 放款户数最多的镇区加1分，其后依次递减0.05分，当年未放款的镇区不得分
            pool: all
            measure: value
            eligible_min: 1
            steps: {main: 0.05, town: 0.05}
"""


@pytest.fixture
def rubric(rubric_from):
    return rubric_from(RUBRIC)


def _item(report, code):
    return next(i for s in report.sections for i in s.items if i.code == code)


def test_gate_not_ticked_is_pending(rubric):
    facts = facts_from_data({"items": {"一.1": {"1": {"value": 50, "group": {"x": 50}}}}})
    item = _item(score(rubric, facts, unit="x"), "一.1")
    assert item.score == 0
    assert item.best == 10
    assert item.pending


def test_gate_not_met_scores_zero_even_when_first(rubric):
    facts = facts_from_data(
        {"items": {"一.1": {"1": {"status": "not_met", "value": 90, "group": {"y": 10}}}}}
    )
    item = _item(score(rubric, facts, unit="x"), "一.1")
    assert item.score == 0 and item.best == 0
    assert not item.pending


def test_gate_met_ranks_in_group(rubric):
    # 甲镇 has 40; 乙镇 50 is ahead; 甲区 (other group) 90 is ignored: 2nd town, 10 - 0.5 = 9.5
    facts = facts_from_data(
        {
            "items": {
                "一.1": {"1": {"status": "met", "value": 40, "group": {"y": 50, "z": 30, "a": 90}}}
            }
        }
    )
    assert _item(score(rubric, facts, unit="x"), "一.1").score == D("9.5")


def test_pool_all_ranks_across_groups(rubric):
    # 丙镇 has 12 loans; 甲区 30 and 乙镇 20 are ahead, 0 does not rank: 3rd, 1 - 2 × 0.05 = 0.9
    group = {"a": 30, "b": 0, "x": 5, "y": 20, "z": 12}
    facts = facts_from_data({"items": {"一.2": {"1": {"value": 12, "group": group}}}})
    assert _item(score(rubric, facts, unit="z"), "一.2").score == D("0.9")
    # the same numbers seen from 乙区, who lent nothing: 不得分
    facts = facts_from_data({"items": {"一.2": {"1": {"value": 0, "group": group}}}})
    assert _item(score(rubric, facts, unit="b"), "一.2").score == 0


def test_pool_group_is_the_default(rubric_from):
    text = RUBRIC.replace("            pool: all\n", "")
    assert text != RUBRIC
    rubric = rubric_from(text)
    # within 镇 only: 乙镇 20 ahead of 丙镇 12: 2nd, 1 - 0.05 = 0.95
    group = {"a": 30, "b": 0, "x": 5, "y": 20, "z": 12}
    facts = facts_from_data({"items": {"一.2": {"1": {"value": 12, "group": group}}}})
    assert _item(score(rubric, facts, unit="z"), "一.2").score == D("0.95")


def test_facts_check_accepts_status_only_for_a_gated_ranking(rubric):
    from evaldesk.errors import FactsError
    from evaldesk.scoring.check import check_facts

    gated = facts_from_data({"items": {"一.1": {"1": {"status": "met", "value": 5}}}})
    check_facts(rubric, gated)
    ungated = facts_from_data({"items": {"一.2": {"1": {"status": "met", "value": 5}}}})
    with pytest.raises(FactsError) as unused:
        check_facts(rubric, ungated)
    status = found(unused.value.problem_messages, "facts.unused_field", field="status")
    assert status.origin is not None and status.origin.item == "一.2"
    assert status.origin.field == "items.一.2.1.status"


# --------------------------------------------------------------------------- gate_item

GATED_BY_ITEM = """
id: ranking-gate-item
title: 排名前提取自前一项的结果
unit_groups: [{id: main, name: 主功能区}, {id: town, name: 镇}]
units:
  - {id: a, name: 甲区, group: main}
  - {id: x, name: 甲镇, group: town}
  - {id: y, name: 乙镇, group: town}
sections:
  - code: 一
    title: 居民养老保险
    items:
      - code: 一.1
        title: 缴费人数
        points: 15
        rules:
          - kind: proportional
            text: 完成全年居民养老保险任务的得15分，未完成的按比例得分
            target: 100
      - code: 一.2
        title: 缴费标准位次
        points: 10
        rules:
          - kind: ranking
            text: 对完成全年居民养老保险任务的，按比值排名
            gate: 完成全年居民养老保险任务
            gate_item: 一.1
            measure: value
            steps: {main: 1, town: 0.5}
"""


@pytest.fixture
def gated(rubric_from):
    return rubric_from(GATED_BY_ITEM)


def _gated(rubric, first):
    items = {"一.2": {"1": {"value": 40, "group": {"y": 50}}}}
    if first is not None:
        items["一.1"] = {"1": {"actual": first}}
    return _item(score(rubric, facts_from_data({"items": items}), unit="x"), "一.2")


def test_gate_item_met_when_the_earlier_item_scores_full_points(gated):
    # 一.1 100 of 100: completed, so 一.2 ranks: 乙镇 50 ahead of 甲镇 40 -> 10 - 0.5 = 9.5
    assert _gated(gated, 100).score == D("9.5")


def test_gate_item_not_met_when_the_earlier_item_lost_points(gated):
    item = _gated(gated, 99)  # 15 × 99/100 = 14.85: points lost, task not completed
    assert (item.score, item.best, item.pending) == (0, 0, False)


def test_gate_item_pending_while_the_earlier_item_is_not_assessed(gated):
    item = _gated(gated, None)
    assert (item.score, item.best, item.pending) == (0, 10, True)
    assert any("一.1" in str(e.detail) for e in item.explanations)


def test_gate_item_takes_no_tick(gated):
    from evaldesk.scoring.check import facts_problems

    facts = facts_from_data({"items": {"一.2": {"1": {"status": "met", "value": 5}}}})
    found(facts_problems(gated, facts), "facts.unused_field", field="status")


def test_gate_item_must_name_an_item(rubric_from):
    from evaldesk.errors import RubricError

    with pytest.raises(RubricError, match=r"一\.9"):
        rubric_from(GATED_BY_ITEM.replace("gate_item: 一.1", "gate_item: 一.9"))
