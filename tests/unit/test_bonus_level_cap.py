"""Bonus levels with their own cap ("1项1分，最多2分") under the rule's cap ("最高计分为3分")."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from evaldesk.scoring import facts_from_data, score

RUBRIC = """
id: bonus-level-cap
title: 分级上限
sections:
  - code: 一
    title: 项目申报
    items:
      - code: 一.1
        title: 项目申报情况
        points: 3
        rules:
          - kind: bonus
            text: 本项最高计分为3分
            cap: 3
            levels:
              - {id: province, text: 省、南通市级1项1分，最多2分, points: 1, cap: 2}
              - {id: city, text: 如皋市级1项0.5分，最多1.5分, points: 0.5, cap: 1.5}
"""


@pytest.fixture
def rubric(rubric_from):
    return rubric_from(RUBRIC)


def _item(rubric, occurrences):
    facts = facts_from_data({"items": {"一.1": {"1": {"occurrences": occurrences}}}})
    return score(rubric, facts).sections[0].items[0]


def test_level_cap_limits_one_level(rubric):
    # 3 provincial projects: 3 × 1 = 3, but 最多2分 -> 2
    assert _item(rubric, {"province": 3}).score == D(2)


def test_levels_add_up_to_the_rule_cap(rubric):
    # 2 + min(4 × 0.5, 1.5) = 3.5, 本项最高计分为3分 -> 3
    assert _item(rubric, {"province": 2, "city": 4}).score == D(3)
    # 1 + 0.5 = 1.5
    assert _item(rubric, {"province": 1, "city": 1}).score == D("1.5")


def test_unrecorded_bonus_rule_is_attainable_but_not_earned(rubric):
    item = score(rubric, facts_from_data({})).sections[0].items[0]
    assert item.score == 0
    assert item.best == 3
