"""如皋 2021 三、绩效考核补助: money from the results, amounts worked out by hand (元)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from messages.expect import found
from rugao_facts import DONGCHEN, GONGYEYUAN, all_met, changed
from test_sources import SEEDS, normalised

from evaldesk.errors import FactsError, InputError
from evaldesk.rubrics.registry import get
from evaldesk.rubrics.where import problem_of
from evaldesk.scoring import facts_from_data, score
from evaldesk.scoring.subsidies import compute_subsidies, inputs_from_data, total


@pytest.fixture(scope="module")
def rubric():
    return get("rugao-rsks-2021").rubric


def _lines(rubric, data, unit, ranks=None, inputs=None):
    facts = facts_from_data(data)
    report = score(rubric, facts, unit=unit)
    return compute_subsidies(rubric, facts, report, ranks, inputs_from_data(inputs))


def _amounts(lines):
    return {ln.id: ln.amount for ln in lines}


GRADES = {
    "jubao_900": 1000,
    "jubao_1200": 300,
    "jubao_1800": 100,
    "jubao_2400": 50,
    "jubao_3000": 20,
    "jubao_4000": 10,
    "jubao_5000": 5,
}


def test_town_that_over_fulfils_both_tasks(rubric):
    data = changed(
        all_met(DONGCHEN),
        **{
            "一.1.1": {"1": {"actual": 1045}},  # 职保 target 995: +50 = 5.03% over
            "一.2.1": {"1": {"actual": 21525}},  # 居保 target 20500 × 1.05 = 21525 exactly
        },
    )
    inputs = {"flags": {"zhibao_by_0930": True, "jubao_by_0331": False}, "counts": GRADES}
    lines = _lines(rubric, data, "dongchen", {"overall": 2, "jubao_to_qibao": 4}, inputs)
    assert _amounts(lines) == {
        # 全面完成任务, 第2名 -> "第2和3名…40000元"
        "overall": 40000,
        # 居保转企保 680/680 completed, but 第4名 is not in the top three
        "jubao_to_qibao": 0,
        # no place given yet
        "other_work": 0,
        # 9月30日前完成: 东陈镇's task 995 < 1100 -> "1100人以下的补助10000元"
        "zhibao_early": 10000,
        # not done by 3月31日
        "jubao_early": 0,
        # 1045 >= 995 × 1.05 = 1044.75 and 21525 >= 21525: 30000
        "both_exceeded": 30000,
        # 995 × 20 + 50 × 30 = 19900 + 1500
        "zhibao_person": 21400,
        # 680 × 30, nothing over the target
        "jubao_to_qibao_person": 20400,
        # 1000 × 4
        "jubao_900_person": 4000,
        # (300 + 100 + 50) × 6
        "jubao_1200_person": 2700,
        # (20 + 10 + 5) × 8
        "jubao_3000_person": 280,
    }
    # 40000 + 10000 + 30000 + 21400 + 20400 + 4000 + 2700 + 280
    assert total(lines) == 128780
    assert all(isinstance(ln.amount, D) for ln in lines)
    pending = [ln.id for ln in lines if ln.pending]
    assert pending == ["other_work"]
    by_id = {ln.id: ln for ln in lines}
    assert "第4名，不在前3名" in by_id["jubao_to_qibao"].basis
    assert by_id["zhibao_person"].basis == "目标995人内995人×20元＋超额50人×30元"
    assert "50000元、40000元、30000元" in by_id["overall"].text


def test_five_percent_is_a_hard_line(rubric):
    # 21524 < 20500 × 1.05 = 21525: not both over by 5% -> 0
    data = changed(
        all_met(DONGCHEN),
        **{"一.1.1": {"1": {"actual": 1045}}, "一.2.1": {"1": {"actual": 21524}}},
    )
    assert _amounts(_lines(rubric, data, "dongchen"))["both_exceeded"] == 0


def test_main_area_with_an_unfinished_task(rubric):
    data = changed(
        all_met(GONGYEYUAN),
        **{
            "一.1.1": {"1": {"actual": 2000}},  # 职保 2000 of 2607: not completed
            "一.1.2": {"1": {"actual": 800}},  # 居保转企保 800 of 750
        },
    )
    ranks = {"overall": 1, "jubao_to_qibao": 1, "other_work": 3}
    inputs = {"flags": {"zhibao_by_0930": False, "jubao_by_0331": True}}
    lines = _lines(rubric, data, "gongyeyuan", ranks, inputs)
    assert _amounts(lines) == {
        "overall": 0,  # first by score, but "全面完成…工作任务" fails on 一.1.1
        "jubao_to_qibao": 30000,  # completed and 第1名
        "other_work": 10000,  # 第3名 in 其他重点工作
        "zhibao_early": 0,
        "jubao_early": 10000,  # 3月31日前完成居民养老保险任务
        "both_exceeded": 0,  # 2000 < 2607 × 1.05
        "zhibao_person": 40000,  # 2000 × 20, nothing over
        "jubao_to_qibao_person": 24500,  # 750 × 30 + 50 × 40 = 22500 + 2000
        "jubao_900_person": 0,  # payers per grade not entered yet
        "jubao_1200_person": 0,
        "jubao_3000_person": 0,
    }
    assert total(lines) == 114500  # 30000 + 10000 + 10000 + 40000 + 24500
    by_id = {ln.id: ln for ln in lines}
    assert "未完成：一.1.1" in by_id["overall"].basis and not by_id["overall"].pending
    assert by_id["jubao_900_person"].pending


def test_early_subsidy_scales_with_the_task(rubric):
    # 如皋工业园区's 职保 task 2607 >= 1100 -> "1100人以上（含1100人）的补助15000元"
    inputs = {"flags": {"zhibao_by_0930": True}}
    lines = _lines(rubric, all_met(GONGYEYUAN), "gongyeyuan", inputs=inputs)
    assert _amounts(lines)["zhibao_early"] == 15000


def test_the_1100_reading_is_marked_and_uses_the_task(rubric):
    # "职工基本养老保险新增人数1100人以上（含1100人）的补助15000元，1100人以下的补助10000元" does not
    # say task or actual; the file reads it as the unit's 总任务 of 附件1 and marks that reading.
    # 东陈镇 (task 995) that enrolled 1200 by 9月30日 still gets 10000 under it.
    data = changed(all_met(DONGCHEN), **{"一.1.1": {"1": {"actual": 1200}}})
    inputs = {"flags": {"zhibao_by_0930": True}}
    assert _amounts(_lines(rubric, data, "dongchen", inputs=inputs))["zhibao_early"] == 10000
    report = score(rubric, facts_from_data(data), unit="dongchen").to_json()
    marked = next(i for i in report["interpretations"] if i["id"] == "zhibao-early-by-task")
    assert (marked["kind"], marked["settable"]) == ("assumed", False)
    assert marked["applies_to"] == ["subsidies.lump_sums[zhibao_early].scaled"]
    assert marked["source"] == (
        "职工基本养老保险新增人数1100人以上（含1100人）的补助15000元，1100人以下的补助10000元。"
    )
    document = (SEEDS / "003_3e7897c2aae47fa4.txt").read_text(encoding="utf-8")
    assert normalised(marked["source"]) in normalised(document)


def test_places_four_to_six(rubric):
    for place, amount in [(1, 50000), (3, 40000), (4, 30000), (6, 30000), (7, 0)]:
        lines = _lines(rubric, all_met(DONGCHEN), "dongchen", {"overall": place})
        assert _amounts(lines)["overall"] == amount, place


def test_nothing_recorded_is_pending_not_paid(rubric):
    lines = _lines(rubric, {}, "dongchen", {"overall": 1})
    assert total(lines) == 0
    assert all(ln.pending for ln in lines)


def test_bad_ranks_and_inputs_say_what_to_fix(rubric):
    facts = facts_from_data(all_met(DONGCHEN))
    report = score(rubric, facts, unit="dongchen")
    with pytest.raises(FactsError) as info:
        compute_subsidies(rubric, facts, report, {"top": 1})
    unknown = found(info.value.problem_messages, "subsidy.unknown_award", award="top")
    assert "overall" in problem_of(unknown).args["known"]
    assert unknown.text("en").startswith("ranks: unknown award 'top'")
    with pytest.raises(FactsError) as info:
        compute_subsidies(rubric, facts, report, {"overall": 0})
    zero = found(info.value.problem_messages, "subsidy.place_from_one", place=0)
    assert zero.text("zh") == "名次：overall：名次从1开始（收到的是0）"
    with pytest.raises(FactsError) as info:
        compute_subsidies(
            rubric, facts, report, None, inputs_from_data({"counts": {"jubao_600": 5}})
        )
    count = found(info.value.problem_messages, "subsidy.not_count_input")
    assert count.origin is not None and count.origin.field == "counts.jubao_600"
    assert count.text("en").startswith("subsidy inputs: counts.jubao_600: is not a count input")
    with pytest.raises(FactsError) as info:
        inputs_from_data({"counts": {"jubao_900": -1}})
    negative = found(info.value.problem_messages, "value.not_negative")
    assert negative.text("zh") == "补助测算数据：counts.jubao_900：不能为负数（实际是 -1）"
    unitless = score(rubric, facts)
    with pytest.raises(InputError) as unit_error:
        compute_subsidies(rubric, facts, unitless)
    assert unit_error.value.msg.key == "subsidy.needs_unit"
    assert "--unit" in unit_error.value.msg.text("en")
