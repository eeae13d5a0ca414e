"""Issue 16, sub-finding 3 (second half): the demo office of every built-in rubric records facts a
real office could have written down. Before, the 004 demo showed "集中培训 1.94 次" and a pass
rate "985 vs 1000", and the 如皋 demo recorded a hidden target of 1000 beside the town's own
2607 people."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from evaldesk.demo.office import demo_unit
from evaldesk.demo.rule_facts import demo_facts
from evaldesk.rubrics.registry import get

RUBRICS = (
    "hunan-rsxczx-2021",
    "employment-single-item",
    "rugao-rsks-2021",
    "zhongnong-dingdian-2021",
    "dept-spending-selfeval",
)
#: Units of what a whole number counts.
COUNTED = ("人", "个", "次", "家", "户", "名", "县", "项")


def _rules(rubric):
    found = {}
    for item in rubric.items():
        for n, rule in enumerate(item.rules, start=1):
            found[(item.code, rule.id or str(n))] = (item, rule)
    for section in rubric.sections:
        for n, rule in enumerate(section.rules, start=1):
            found[(section.code, rule.id or str(n))] = (None, rule)
    return found


def _planned(rubric_id):
    rubric = get(rubric_id).rubric
    unit, _name = demo_unit(rubric)
    rules = _rules(rubric)
    for _scope, code, rule_id, fact in demo_facts(rubric, random.Random(2021), unit):
        if code:
            yield rubric, unit, code, rules[(code, rule_id)], fact


def _given_target(rubric, unit, rule):
    target = getattr(rule, "target", None)
    if isinstance(target, Decimal):
        return target
    key = getattr(target, "key", None)
    if key is None or unit is None:
        return None
    return rubric.targets[key].values.get(unit)


@pytest.mark.parametrize("rubric_id", RUBRICS)
def test_every_demo_number_is_one_an_office_could_write_down(rubric_id):
    seen = 0
    for rubric, unit, code, (_item, rule), fact in _planned(rubric_id):
        where = f"{rubric_id} {code} {rule.kind} {fact}"
        given = _given_target(rubric, unit, rule)
        if given is not None:  # the rubric gives the target: the office does not record one
            assert "target" not in fact, where
        numbers = {
            k: Decimal(str(v)) for k, v in fact.items() if k in ("actual", "target", "value")
        }
        table = rubric.targets.get(getattr(getattr(rule, "target", None), "key", ""))
        label = (table.unit_label if table else "") or getattr(rule, "unit_label", "")
        counted = any(u in label for u in COUNTED) and "万元" not in label
        small = given is not None and given <= 10 and given == given.to_integral()
        if counted or small:
            for value in numbers.values():
                assert value == value.to_integral(), where
        if "万元" in label:  # support funds, purchases: amounts of a year's work
            assert all(v >= 50 for v in numbers.values()), where
        if "率" in rule.text and rule.kind in ("shortfall", "tiers"):
            for value in numbers.values():
                assert Decimal(0) <= value <= 100 and value == value.quantize(Decimal("0.1")), where
        if rule.kind == "growth":
            actual, last = Decimal(str(fact["actual"])), Decimal(str(fact["last_year"]))
            assert last >= 1000 and Decimal("0.9") <= actual / last <= Decimal("1.2"), where
        if rule.kind == "ranking":
            assert fact["group"], where
        # The old generic numbers: 1000 as a target, and 985.00/970.00/1020.00 of it (of
        # whatever the rule counted).
        assert str(fact.get("target")) != "1000", where
        assert str(fact.get("actual")) not in ("985.00", "970.00", "1020.00"), where
        seen += 1
    if rubric_id != "dept-spending-selfeval":  # a report form: its facts are the real form's
        assert seen > 10


def test_the_issue_examples_now_read_like_a_real_year():
    planned = {
        (code, rule.text[:12]): fact
        for _r, _u, code, (_i, rule), fact in _planned("employment-single-item")
    }
    training = next(
        f for (code, text), f in planned.items() if code == "5.4" and "集中培训" in text
    )
    assert Decimal(training["actual"]) in (Decimal(1), Decimal(2), Decimal(3))  # 集中培训 N 次
    rate = next(f for (code, text), f in planned.items() if code == "5.4" and "通过率" in text)
    assert Decimal(rate["target"]) <= 100 and Decimal(rate["actual"]) <= 100  # a pass rate, in %

    rugao = get("rugao-rsks-2021").rubric
    unit, _name = demo_unit(rugao)
    task = rugao.targets["zhibao_new"].values[unit]  # the town's own target (2607 people)
    first = next(f for _r, _u, code, _rule, f in _planned("rugao-rsks-2021") if code == "一.1.1")
    assert "target" not in first
    assert abs(Decimal(first["actual"]) - task) <= task * Decimal("0.15")
