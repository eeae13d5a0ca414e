"""如皋市《2021年人力资源和社会保障工作考核办法》 as the built-in rubric rugao-rsks-2021.

Every expected score is worked out by hand from the document's wording (clause cited beside it),
for a 镇 (东陈镇) and a 主功能区 (如皋工业园区（如城街道）) with their own annex targets.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal as D
from typing import Any

import pytest
from messages.expect import found
from rugao_facts import DONGCHEN, GONGYEYUAN, UNITS, all_met, changed, tied
from test_sources import SEEDS, normalised

from evaldesk.cli import main
from evaldesk.errors import InputError
from evaldesk.rubrics.interpretations import with_office_values
from evaldesk.rubrics.loader import load_text
from evaldesk.rubrics.registry import builtin_dir, get
from evaldesk.scoring import facts_from_data, score
from evaldesk.scoring.check import facts_problems

RUBRIC_ID = "rugao-rsks-2021"
DOCUMENT = normalised((SEEDS / "003_3e7897c2aae47fa4.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def loaded():
    return get(RUBRIC_ID)


@pytest.fixture(scope="module")
def rubric(loaded):
    return loaded.rubric


def _score(rubric, data: dict[str, Any], unit: str):
    return score(rubric, facts_from_data(data), unit=unit)


def _items(report) -> dict[str, Any]:
    return {i.code: i for s in report.sections for i in s.items}


def _sections(report) -> dict[str, Any]:
    return {s.code: s for s in report.sections}


def _parts(report) -> dict[str, Any]:
    return {p.id: p for p in report.parts}


# --------------------------------------------------------------------------- structure


def test_identity_and_structure(rubric):
    assert rubric.id == RUBRIC_ID
    assert rubric.title == "2021年人力资源和社会保障工作考核办法"
    assert rubric.issuer == "如皋市人民政府办公室"
    assert rubric.doc_number == ""  # no 文号 in the source text (notes say so)
    assert rubric.year == 2021
    assert rubric.total == 100
    # 社会保险 9 items (3+3+3), 附件2: 6 + 12 + 7 + 6 + 4 = 35, 加分 2
    assert len(rubric.items()) == 46
    assert [(s.code, s.points, s.part) for s in rubric.sections] == [
        ("一.1", 55, "social"),
        ("一.2", 30, "social"),
        ("一.3", 15, "social"),
        ("二.1", 25, "other"),
        ("二.2", 30, "other"),
        ("二.3", 15, "other"),
        ("二.4", 10, "other"),
        ("二.5", 20, "other"),
        ("三", 2, None),
    ]
    assert rubric.sections[-1].bonus


def test_section_sums_and_parts(rubric):
    for section in rubric.sections:
        assert sum(i.points for i in section.items) == section.points, section.code
    social = sum(s.points for s in rubric.sections if s.part == "social")
    other = sum(s.points for s in rubric.sections if s.part == "other")
    assert (social, other) == (100, 100)  # （一）社会保险工作，100分；（二）其他重点工作，100分
    assert [(p.id, p.weight, p.points) for p in rubric.parts] == [
        ("social", D("0.6"), 100),
        ("other", D("0.4"), 100),
    ]  # "按6：4计算各镇（区、街道）最终得分"


def test_loads_without_warnings(loaded):
    assert loaded.warnings == []


def test_units_and_groups(rubric):
    main = [u.name for u in rubric.units if u.group == "main"]
    town = [u.name for u in rubric.units if u.group == "town"]
    assert main == [
        "如皋工业园区（如城街道）",
        "经济技术开发区（城北街道）",
        "高新区（城南街道）",
        "长江镇（如皋港区）",
    ]
    assert town == [
        "东陈镇",
        "丁堰镇",
        "白蒲镇",
        "下原镇",
        "九华镇",
        "石庄镇",
        "吴窑镇",
        "磨头镇",
        "江安镇",
        "搬经镇",
    ]
    assert [u.id for u in rubric.units] == UNITS
    assert {g.id: g.name for g in rubric.unit_groups} == {"main": "主功能区", "town": "镇"}


# --------------------------------------------------------------------------- targets


def test_every_target_row_adds_up_to_its_total(rubric):
    # the 合计 of 附件1 (4 rows) and the 目标任务 of 附件2 (24 rows), typed from the source
    totals = {
        "zhibao_new": 20000, "jubao_to_qibao": 10000, "zhubao_loan": 500, "jubao": 290000,
        "liuxue": 40, "gaoxiao": 4700, "peiyang_jidi": 18, "jianxi_renshu": 340,
        "jianxi_gangwei": 500, "zhaocai": 140, "xinzeng_jiuye": 9000, "zaijiuye": 3800,
        "kunnan": 1500, "gongyi": 84, "waiyin": 6500, "cy_peixun": 600, "cy_zizhu": 2500,
        "cy_nongmin": 700, "cy_daxuesheng": 300, "cy_daidong": 8000, "px_butie": 16000,
        "px_jiuye": 4000, "px_xinshengdai": 1800, "jianding": 6600, "gaojineng": 1600,
        "jishi": 280,
    }  # fmt: skip
    assert {k: t.total for k, t in rubric.targets.items() if t.total is not None} == totals
    for key, table in rubric.targets.items():
        assert set(table.values) == set(UNITS), key  # all 14 towns/districts
        if table.total is not None:
            assert sum(table.values.values()) == table.total, key
    assert rubric.targets["jubao_to_qibao"].within == "zhibao_new"
    for unit in UNITS:  # 其中：居保转企保 never exceeds its unit's 总任务
        assert (
            rubric.targets["jubao_to_qibao"].values[unit]
            <= (rubric.targets["zhibao_new"].values[unit])
        )


def test_validator_reports_a_row_that_does_not_add_up(loaded):
    text = (builtin_dir() / "rugao-rsks-2021.yaml").read_text(encoding="utf-8")
    broken = text.replace("dongchen: 995,", "dongchen: 996,", 1)
    assert broken != text
    warnings = load_text(broken, "rugao.yaml").warnings
    row = found(warnings, "rubric.targets_vs_total", total=D(20001), stated=D(20000))
    assert row.origin is not None and row.origin.field == "targets.zhibao_new.total"
    assert (
        "targets zhibao_new (职工基本养老保险新增人数（总任务）): units add up to 20001"
        in row.text("en")
    )


@pytest.mark.parametrize(("unit", "expected"), [("dongchen", DONGCHEN), ("gongyeyuan", GONGYEYUAN)])
def test_a_unit_sees_its_own_targets(rubric, unit, expected):
    assert {k: t.values[unit] for k, t in rubric.targets.items()} == expected


# --------------------------------------------------------------------------- scenario 1: all met


@pytest.mark.parametrize(("unit", "targets"), [("dongchen", DONGCHEN), ("gongyeyuan", GONGYEYUAN)])
def test_all_met_scores_full_plus_bonus(rubric, unit, targets):
    report = _score(rubric, all_met(targets), unit)
    for item in _items(report).values():
        assert item.score == item.max, item.code
    parts = _parts(report)
    assert parts["social"].score == 100
    assert parts["other"].score == 100
    # 100 × 0.6 + 100 × 0.4 = 100; 加分 1 (初审指导人数完成) + 1 (放款户数第一) = 2 after composition
    assert report.bonus == 2
    assert report.total == 102
    assert report.max == 100
    assert report.pending == ()


# --------------------------------------------------------------------------- 70% floor (东陈镇)


def test_proportional_with_the_70_percent_floor(rubric):
    base = all_met(DONGCHEN)
    # "未完成按比例扣分，未达70%不得分": 职保 target 995
    at = _items(_score(rubric, changed(base, **{"一.1.1": {"1": {"actual": 700}}}), "dongchen"))
    # 700 / 995 = 70.35% >= 70%: 20 × 700/995 = 14.0703 -> 14.07
    assert at["一.1.1"].score == D("14.07")
    below = _items(_score(rubric, changed(base, **{"一.1.1": {"1": {"actual": 696}}}), "dongchen"))
    # 696 / 995 = 69.95% < 70%: 不得分
    assert below["一.1.1"].score == 0
    # 居保转企保 target 680: 476 / 680 = 70% exactly -> 30 × 0.7 = 21
    exact = _items(_score(rubric, changed(base, **{"一.1.2": {"1": {"actual": 476}}}), "dongchen"))
    assert exact["一.1.2"].score == 21


def test_proportional_without_floor(rubric):
    # "未完成的按比例得分" (居民养老保险缴费人数, 15分): 东陈镇 target 20500; 10250 = 50% -> 7.5
    data = changed(all_met(DONGCHEN), **{"一.2.1": {"1": {"actual": 10250}}})
    assert _items(_score(rubric, data, "dongchen"))["一.2.1"].score == D("7.5")


# --------------------------------------------------------------------------- rankings


def test_ranking_pending_without_group_values(rubric):
    data = changed(all_met(DONGCHEN), **{"一.1.3": {"1": {"actual": 995}}})
    report = _score(rubric, data, "dongchen")
    item = _items(report)["一.1.3"]
    assert item.score == 0 and item.best == 5
    assert item.pending
    assert "一.1.3" in report.pending


def test_ranking_within_the_towns(rubric):
    # 东陈镇 completes 1094.5/995 = 110%; towns ahead: 白蒲镇 120, 丁堰镇 115 -> 3rd among 镇;
    # 如皋工业园区 150 is a 主功能区 (another group) and 下原镇 95 did not complete: neither counts.
    # "排名第一的镇得满分，其后的镇依次递减0.25分": 5 − 2 × 0.25 = 4.5
    group = {"baipu": 120, "dingyan": 115, "gongyeyuan": 150, "xiayuan": 95, "jiuhua": 101}
    data = changed(all_met(DONGCHEN), **{"一.1.3": {"1": {"actual": D("1094.5"), "group": group}}})
    assert _items(_score(rubric, data, "dongchen"))["一.1.3"].score == D("4.5")


def test_ranking_within_the_main_areas(rubric):
    # 如皋工业园区 completes 100% of 2607; 经济技术开发区 105 and 高新区 102 are ahead; 长江镇（如皋港区）
    # 99 did not complete; 东陈镇 130 is a 镇. "其后的主功能区依次递减0.5分": 3rd, 5 − 2 × 0.5 = 4
    group = {"jingkaiqu": 105, "gaoxinqu": 102, "changjiang": 99, "dongchen": 130}
    data = changed(all_met(GONGYEYUAN), **{"一.1.3": {"1": {"actual": 2607, "group": group}}})
    assert _items(_score(rubric, data, "gongyeyuan"))["一.1.3"].score == 4
    # 缴费标准位次: "其后的主功能区依次递减1分"; 9385/18770 = 50%, two main areas ahead -> 10 − 2 = 8
    # (ranked because 一.2.1 is completed: 18770 of 18770, no separate tick)
    group = {"jingkaiqu": 60, "gaoxinqu": 55, "changjiang": 40, "baipu": 90}
    data = changed(all_met(GONGYEYUAN), **{"一.2.2": {"1": {"actual": 9385, "group": group}}})
    assert _items(_score(rubric, data, "gongyeyuan"))["一.2.2"].score == 8


def test_ranking_needs_the_task_completed(rubric):
    # 一.1.3: 东陈镇 994/995 < 100% does not take part: 0 (and 一.1.1 gives 20 × 994/995 = 19.98)
    data = changed(
        all_met(DONGCHEN),
        **{"一.1.1": {"1": {"actual": 994}}, "一.1.3": {"1": {"actual": 994, "group": tied(100)}}},
    )
    items = _items(_score(rubric, data, "dongchen"))
    assert items["一.1.3"].score == 0 and not items["一.1.3"].pending
    assert items["一.1.1"].score == D("19.98")
    # 一.2.2: "对完成全年居民养老保险任务的" — 一.2.1 not completed (20000 of 20500: 15 × 20000/20500
    # = 14.63), so no place even with the best ratio; 一.2.3 likewise
    data = changed(
        all_met(DONGCHEN),
        **{
            "一.2.1": {"1": {"actual": 20000}},
            "一.2.2": {"1": {"actual": 20000, "group": tied(10)}},
        },
    )
    items = _items(_score(rubric, data, "dongchen"))
    assert items["一.2.1"].score == D("14.63")
    assert items["一.2.2"].score == 0 and not items["一.2.2"].pending
    assert items["一.2.3"].score == 0 and not items["一.2.3"].pending


# --------------------------------------------------------------------------- entry follows 一.1.1 / 一.2.1


def _interp(report: dict[str, Any], interp_id: str) -> dict[str, Any]:
    return next(i for i in report["interpretations"] if i["id"] == interp_id)


def test_jubao_rankings_follow_the_result_of_一_2_1(rubric):
    # 一.2.2 and 一.2.3 rank only "对完成全年居民养老保险任务的": that is 一.2.1's own result
    # ("2021年12月20日前完成全年居民养老保险任务的得15分"), never a separate tick.
    base = all_met(DONGCHEN)  # 一.2.1: 20500 of 20500
    items = _items(_score(rubric, base, "dongchen"))
    assert (items["一.2.1"].score, items["一.2.1"].status) == (15, "met")
    assert (items["一.2.2"].score, items["一.2.3"].score) == (10, 5)  # tied first: 满分
    # 20000 of 20500: "未完成的按比例得分" 15 × 20000/20500 = 14.63, and no place in either ranking
    short = changed(base, **{"一.2.1": {"1": {"actual": 20000}}})
    items = _items(_score(rubric, short, "dongchen"))
    assert (items["一.2.1"].score, items["一.2.1"].status) == (D("14.63"), "not_met")
    for code in ("一.2.2", "一.2.3"):
        assert (items[code].score, items[code].best, items[code].pending) == (0, 0, False)
    # 一.2.1 not recorded yet: both wait for it (0 now, up to their full points)
    waiting = copy.deepcopy(base)
    del waiting["items"]["一.2.1"]
    items = _items(_score(rubric, waiting, "dongchen"))
    assert (items["一.2.2"].score, items["一.2.2"].best, items["一.2.2"].pending) == (0, 10, True)
    assert (items["一.2.3"].score, items["一.2.3"].best, items["一.2.3"].pending) == (0, 5, True)


def test_one_payer_short_is_not_completed(rubric):
    data = changed(all_met(DONGCHEN), **{"一.2.1": {"1": {"actual": 20499}}})
    items = _items(_score(rubric, data, "dongchen"))
    assert items["一.2.1"].status == "not_met"  # 20499 < 20500: "未完成"
    assert items["一.2.2"].score == 0
    assert items["一.2.1"].score == 15  # 14.99927 still shows as 15.00: only the status differs


def test_a_tick_can_no_longer_contradict_一_2_1(rubric):
    # Before the correction a town could tick "完成全年居民养老保险任务" in 一.2.2 while 一.2.1
    # showed 20000 of 20500, and got 一.2.2's 10 points. Now the tick is not a fact of 一.2.2 and
    # the ranking follows 一.2.1: 0.
    data = changed(
        all_met(DONGCHEN),
        **{
            "一.2.1": {"1": {"actual": 20000}},
            "一.2.2": {"1": {"status": "met", "actual": 20000, "group": tied(10)}},
        },
    )
    problems = facts_problems(rubric, facts_from_data(data))
    tick = found(problems, "facts.unused_field", field="status")
    assert tick.origin is not None and tick.origin.item == "一.2.2"
    assert _items(_score(rubric, data, "dongchen"))["一.2.2"].score == 0


def test_zhibao_ranking_follows_the_result_of_一_1_1(rubric):
    # "完成全年职工基本养老保险新增参保人数任务的" is 一.1.1's result: 994 of 995 is not completed,
    # even if 一.1.3 is entered with 995 (a contradicting figure cannot buy a place)
    data = changed(
        all_met(DONGCHEN),
        **{"一.1.1": {"1": {"actual": 994}}, "一.1.3": {"1": {"actual": 995, "group": tied(100)}}},
    )
    item = _items(_score(rubric, data, "dongchen"))["一.1.3"]
    assert (item.score, item.best, item.pending) == (0, 0, False)
    # 995 of 995 completed: tied first among the 镇, 满分 5
    assert _items(_score(rubric, all_met(DONGCHEN), "dongchen"))["一.1.3"].score == 5


def test_the_gates_are_marked_in_the_report(rubric):
    report = _score(rubric, all_met(DONGCHEN), "dongchen").to_json()
    jubao = _interp(report, "gate-jubao")
    assert (jubao["kind"], jubao["settable"]) == ("derived", False)
    assert jubao["applies_to"] == ["item[一.2.2].rules[1]", "item[一.2.3].rules[1]"]
    assert jubao["source"] == (
        "对完成全年居民养老保险任务的，按选择1200元及以上标准的缴费人数与市下达的任务数之比,"
        "对主功能区和镇分别进行排名"
    )
    zhibao = _interp(report, "gate-zhibao")
    assert (zhibao["kind"], zhibao["applies_to"]) == ("derived", ["item[一.1.3].rules[1]"])
    assert zhibao["source"].startswith("完成全年职工基本养老保险新增参保人数任务的")
    for interp in (jubao, zhibao):
        assert normalised(interp["source"]) in DOCUMENT
    assert "gate-jubao" in report["items"]["一.2.2"]["interpretations"]
    assert "gate-jubao" in report["items"]["一.2.3"]["interpretations"]
    assert "gate-zhibao" in report["items"]["一.1.3"]["interpretations"]
    rules = {i.code: i.rules[0] for i in rubric.items()}
    assert (rules["一.1.3"].gate_item, rules["一.2.2"].gate_item, rules["一.2.3"].gate_item) == (
        "一.1.1",
        "一.2.1",
        "一.2.1",
    )


# --------------------------------------------------------------------------- 主功能区


def test_main_areas_are_an_assumption_the_office_cannot_set(rubric):
    # The source ranks and sets targets "对镇和主功能区分别", but never says which units are
    # 主功能区: the first unit's name occurs only in the annex tables' column heads (one per page).
    heads = normalised("如皋工业园区（如城街道）经济技术开发区（城北街道）高新区")
    assert DOCUMENT.count(normalised("如皋工业园区")) == DOCUMENT.count(heads) == 4
    report = _score(rubric, all_met(GONGYEYUAN), "gongyeyuan").to_json()
    main_areas = _interp(report, "main-areas")
    assert (main_areas["kind"], main_areas["settable"], main_areas["value"]) == (
        "assumed",
        False,
        None,
    )
    assert main_areas["applies_to"] == [
        "item[一.1.3].rules[1].steps",
        "item[一.2.2].rules[1].steps",
        "item[一.2.3].rules[1].steps",
        "target[shuoshi]",
        "target[laowu_jidi]",
        "item[二.1.6].rules[1]",
    ]
    assert main_areas["source"] == (
        "按参保完成率对镇和主功能区分别进行排名:排名第一的主功能区得满分，其后的主功能区依次递减"
        "0.5分;排名第一的镇得满分，其后的镇依次递减0.25分。"
    )
    assert normalised(main_areas["source"]) in DOCUMENT
    for code in ("一.1.3", "一.2.2", "一.2.3", "二.1.6", "二.2.5"):
        assert "main-areas" in report["items"][code]["interpretations"], code
    # group membership belongs to the issuing office: a unit cannot set it
    with pytest.raises(InputError):
        with_office_values(rubric, {"main-areas": D(1)})
    assert not any(i.settable for i in rubric.interpretations)


def test_every_interpretation_rests_on_the_documents_own_words(rubric):
    for interp in rubric.interpretations:
        assert interp.reason, interp.id
        if interp.id != "rounding":  # the default rounding rests on no sentence
            assert interp.source and normalised(interp.source) in DOCUMENT, interp.id


# --------------------------------------------------------------------------- scenario 2: a typical year (主功能区)


def test_typical_year_for_a_main_area(rubric):
    t = GONGYEYUAN
    data = changed(
        all_met(t),
        **{
            # 社会保险工作
            "一.1.1": {"1": {"actual": 2000}},  # 2000/2607 = 76.72% -> 20 × 0.767165 = 15.34
            "一.1.2": {"1": {"actual": 800}},  # over 750 -> 30
            "一.1.3": {"1": {"actual": 2000, "group": tied(100)}},  # 一.1.1 not completed: 0
            "一.2.1": {"1": {"actual": 17000}},  # 17000/18770 × 15 = 13.5855 -> 13.59
            "一.2.2": {"1": {"actual": 9000, "group": tied(10)}},  # 一.2.1 not completed: 0
            "一.2.3": {"1": {"actual": 17000, "group": tied(100)}},  # 一.2.1 not completed: 0
            "一.3.2": {"1": {"status": "not_met"}},  # "否则不得分": 0
            "一.3.3": {"1": {"actual": 40, "target": 100}},  # 清欠40%: 5 × 0.4 = 2
            # 人才开发服务
            "二.1.1": {"1": {"actual": 4}},  # 4/5 × 6 = 4.8
            "二.1.3": {"1": {"actual": 1}},  # 1 < 2 "未完成的不得分": 0
            "二.1.4": {"1": {"actual": 45}},  # 45/60 × 2 = 1.5
            "二.1.6": {"1": {"actual": 9}},  # 缺少一次扣1分: 1 − 1 = 0
            # 创业就业富民行动
            "二.2.1": {"1": {"actual": 2000}},  # >= 1995: 3
            "二.2.2": {"1": {"actual": 400}},  # < 420 "未完成不得分": 0
            "二.2.3": {"1": {"actual": 95}},  # >= 90: 2
            "二.2.5": {"1": {"count": 1}, "2": {"actual": 1}},  # −0.5 (少一次) −1 (少一家): 1.5
            "二.2.6": {"1": {"actual": 1105}},  # 少15人 = one whole 10: −1 -> 1
            "二.2.8": {"1": {"actual": 240}},  # 少10人 × 0.1 = −1 -> 2
            "二.2.10": {"1": {"actual": 27}},  # 少3人 × 0.2 = −0.6 -> 1.4
            "二.2.11": {"1": {"actual": 975}},  # 少25人: two whole 10s × 0.1 = −0.2 -> 1.8
            "二.2.12": {"1": {"score": D("2.5")}},  # 择优加分 2.5
            # 职业技能培训行动计划
            "二.3.1": {"1": {"actual": 2700}},  # 2700/3000 × 3 = 2.7
            "二.3.3": {"1": {"actual": 150}},  # 150/200 × 2 = 1.5
            "二.3.6": {"1": {"actual": 30}},  # 30/40 × 1 = 0.75
            "二.3.7": {
                "1": {"occurrences": {"sc_prelim": 1, "proj_rugao": 2}}
            },  # 1.5 + 2 × 0.5 = 2.5
            # 退休人员社会化管理
            "二.4.1": {"1": {"count": 2}},  # 2 × 0.1: 0.8
            "二.4.2": {"1": {"actual": D("97.5")}},  # 降低2.5个百分点: 2 whole × 0.1: 1.8
            "二.4.3": {"1": {"count": 1}},  # 0.5: 2.5
            "二.4.5": {"1": {"count": 1}, "2": {"count": 1}},  # −0.2 −0.5: 1.3
            "二.4.6": {"1": {"actual": 1}},  # 少1次扣0.5: 0.5
            # 构建和谐劳动关系
            "二.5.1": {"1": {"count": 2}, "3": {"count": 1}},  # −2 × 0.5 −1: 2
            "二.5.3": {"1": {"count": 3}},  # −3 × 0.5: 2.5
            "二.5.4": {
                "mechanism": {"status": "not_met"},  # −1
                "three": {"lines": {"feedback": "met", "record": "met", "archive": "not_met"}},  # 2
                "rate": {"value": 35},  # 达到30%: 3
            },  # 1 + 0 + 2 + 3 = 6
            # 加分
            "三.1": {"1": {"actual": 51}},  # 51/85 = 60%: 0.6
            # 放款户数 30: 经济技术开发区 40 and 东陈镇 35 ahead (all 镇区 together), 下原镇 0 not ranked
            "三.2": {
                "1": {
                    "value": 30,
                    "group": {"jingkaiqu": 40, "dongchen": 35, "banjing": 10, "xiayuan": 0},
                }
            },
        },
    )
    data["sections"]["二.5"] = {"1": {"count": 1}, "2": {"count": 0}}  # 恶劣影响一例扣2分
    report = _score(rubric, data, "gongyeyuan")
    items = _items(report)
    expected_items = {
        "一.1.1": D("15.34"), "一.1.2": 30, "一.1.3": 0, "一.2.1": D("13.59"), "一.2.2": 0,
        "一.2.3": 0, "一.3.1": 5, "一.3.2": 0, "一.3.3": 2,
        "二.1.1": D("4.8"), "二.1.2": 10, "二.1.3": 0, "二.1.4": D("1.5"), "二.1.5": 2, "二.1.6": 0,
        "二.2.1": 3, "二.2.2": 0, "二.2.3": 2, "二.2.4": 2, "二.2.5": D("1.5"), "二.2.6": 1,
        "二.2.7": 2, "二.2.8": 2, "二.2.9": 3, "二.2.10": D("1.4"), "二.2.11": D("1.8"),
        "二.2.12": D("2.5"),
        "二.3.1": D("2.7"), "二.3.2": 1, "二.3.3": D("1.5"), "二.3.4": 2, "二.3.5": 3,
        "二.3.6": D("0.75"), "二.3.7": D("2.5"),
        "二.4.1": D("0.8"), "二.4.2": D("1.8"), "二.4.3": D("2.5"), "二.4.4": 1, "二.4.5": D("1.3"),
        "二.4.6": D("0.5"),
        "二.5.1": 2, "二.5.2": 2, "二.5.3": D("2.5"), "二.5.4": 6,
        "三.1": D("0.6"), "三.2": D("0.9"),
    }  # fmt: skip
    assert {code: items[code].score for code in expected_items} == expected_items
    sections = _sections(report)
    assert sections["一.1"].score == D("45.34")  # 15.34 + 30 + 0
    assert sections["一.2"].score == D("13.59")  # 13.59 + 0 + 0
    assert sections["一.3"].score == 7  # 5 + 0 + 2
    assert sections["二.1"].score == D("18.3")  # 4.8 + 10 + 0 + 1.5 + 2 + 0
    assert sections["二.2"].score == D("22.2")  # 3+0+2+2+1.5+1+2+2+3+1.4+1.8+2.5
    assert sections["二.3"].score == D("13.45")  # 2.7+1+1.5+2+3+0.75+2.5
    assert sections["二.4"].score == D("7.9")  # 0.8+1.8+2.5+1+1.3+0.5
    assert sections["二.5"].score == D("10.5")  # items 12.5, −2 (section rule)
    assert sections["三"].bonus == D("1.5")  # 0.6 + 0.9 (two 镇区 ahead: 1 − 2 × 0.05)
    parts = _parts(report)
    assert parts["social"].score == D("65.93")  # 45.34 + 13.59 + 7
    assert parts["other"].score == D("72.35")  # 18.3 + 22.2 + 13.45 + 7.9 + 10.5
    assert parts["social"].weighted == D("39.56")  # 65.93 × 0.6 = 39.558
    assert parts["other"].weighted == D("28.94")  # 72.35 × 0.4
    assert report.total == D("70.00")  # 39.56 + 28.94 = 68.50, + 加分 1.5
    assert report.bonus == D("1.5")


# --------------------------------------------------------------------------- scenario 3: edges (镇)


def test_edges_floor_vetoes_caps_for_a_town(rubric):
    t = DONGCHEN
    data = changed(
        all_met(t),
        **{
            "一.1.1": {"1": {"actual": 696}},  # 69.95% < 70%: 0
            "一.1.2": {"1": {"actual": 476}},  # exactly 70%: 30 × 0.7 = 21
            "一.1.3": {"1": {"actual": 696, "group": tied(100)}},  # 一.1.1 not completed: 0
            "二.2.6": {"1": {"actual": 0}},  # 少280人 = 28 × 1 > 2: 扣完为止, 0
            "二.3.7": {
                "1": {"occurrences": {"sc_success": 1, "proj_province": 3}}
            },  # 3 + 2 -> 最高3分
            "二.4.3": {
                "2": {"triggered": True}
            },  # 冒领未追缴到位: 该项不得分 (the section is vetoed anyway)
            "二.5.4": {"rate": {"value": D("9.9")}},  # 低于10%不得分: 10 − 5 = 5
            "三.1": {"1": {"actual": 66}},  # 200% of 33: still at most 1
        },
    )
    data["sections"]["二.4"] = {"1": {"triggered": True}}  # 重大事故，一票否决，此项10分全扣
    data["sections"]["二.5"] = {"1": {"count": 6}, "2": {"count": 5}}  # 11 × 2 = 22 > 20: 扣完为止
    report = _score(rubric, data, "dongchen")
    items = _items(report)
    assert items["一.1.1"].score == 0
    assert items["一.1.2"].score == 21
    assert items["一.1.3"].score == 0
    assert items["二.2.6"].score == 0
    assert items["二.3.7"].score == 3
    assert items["二.4.3"].score == 0 and items["二.4.3"].vetoed
    assert items["二.5.4"].score == 5
    sections = _sections(report)
    assert sections["二.4"].vetoed and sections["二.4"].score == 0
    assert sections["二.5"].score == 0  # 20 − 22, 总分20分扣完为止
    assert sections["三"].bonus == 2  # 1 + 1: "阳光扶贫助保贷款工作（2分）"
    parts = _parts(report)
    # social: 一.1 = 0 + 21 + 0 = 21; 一.2 = 30; 一.3 = 15 -> 66
    assert parts["social"].score == 66
    # other: 二.1 25 + 二.2 (30 − 2) 28 + 二.3 15 + 二.4 0 + 二.5 0 = 68
    assert parts["other"].score == 68
    # 66 × 0.6 = 39.6; 68 × 0.4 = 27.2; 66.8 + 加分 2 = 68.8
    assert report.total == D("68.8")


def test_bonus_never_exceeds_two_points(rubric):
    # 初审指导 far over target and first in 放款户数: 1 + 1 = 2, added after 6:4
    data = changed(all_met(DONGCHEN), **{"三.1": {"1": {"actual": 1000}}})
    report = _score(rubric, data, "dongchen")
    assert report.bonus == 2
    assert report.total == 102
    # the 14th of 14 in 放款户数: 1 − 13 × 0.05 = 0.35; 未放款: 0
    group = {u: 100 - i for i, u in enumerate(UNITS)}
    data = changed(all_met(DONGCHEN), **{"三.2": {"1": {"value": 1, "group": group}}})
    assert _items(_score(rubric, data, "dongchen"))["三.2"].score == D("0.35")
    data = changed(all_met(DONGCHEN), **{"三.2": {"1": {"value": 0, "group": group}}})
    assert _items(_score(rubric, data, "dongchen"))["三.2"].score == 0


def test_composition_is_six_to_four(rubric):
    # only 社会保险 loses: 一.3.1 and 一.3.2 not met -> 90; other 100: 90 × 0.6 + 100 × 0.4 = 94 (+2)
    data = changed(
        all_met(DONGCHEN),
        **{"一.3.1": {"1": {"status": "not_met"}}, "一.3.2": {"1": {"status": "not_met"}}},
    )
    assert _score(rubric, data, "dongchen").total == 96
    # only 其他重点工作 loses the 10 points of 二.4 (veto): 100 × 0.6 + 90 × 0.4 = 96 (+2)
    data = all_met(DONGCHEN)
    data["sections"]["二.4"] = {"1": {"triggered": True}}
    assert _score(rubric, data, "dongchen").total == 98


# --------------------------------------------------------------------------- CLI


def test_cli_lists_it_with_its_total(capsys):
    assert main(["rubrics", "list", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    row = rows[RUBRIC_ID]
    assert row["title"] == "2021年人力资源和社会保障工作考核办法"
    assert row["issuer"] == "如皋市人民政府办公室"
    assert D(str(row["total"])) == 100
    assert (row["items"], row["units"], row["warnings"]) == (46, 14, 0)


def test_cli_show_prints_it_in_chinese(chinese_locale, capsys):
    assert main(["rubrics", "show", RUBRIC_ID]) == 0
    out = capsys.readouterr().out
    assert "构成：社会保险工作×60%＋人力资源社会保障其他重点工作×40%" in out
    assert (
        "组内排名（限完成全年职工基本养老保险新增参保人数任务的单位）："
        "第一名满分，主功能区每名递减0.5分，镇每名递减0.25分"
    ) in out
    assert "全部单位统一排名" in out  # 放款户数
    assert "职工基本养老保险新增人数（总任务）（zhibao_new）：合计20000人：" in out
    assert "【绩效考核补助和工作经费补助】" in out
    assert "此项10分全扣" in out


def test_cli_show_one_units_targets(chinese_locale, capsys):
    assert main(["rubrics", "show", RUBRIC_ID, "--unit", "东陈镇"]) == 0
    out = capsys.readouterr().out
    assert "【本单位目标任务：东陈镇】" in out
    assert "职工基本养老保险新增人数（总任务）：995人" in out
    assert "居民养老保险参保缴费人数：20500人" in out
    assert main(["rubrics", "show", RUBRIC_ID, "--unit", "nowhere"]) == 2
    assert "dongchen（东陈镇）" in capsys.readouterr().err
