"""Every rule kind with a worked example and its boundaries; numbers worked out by hand."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from evaldesk.scoring import facts_from_data, score


def one_item(rubric_from, points, rules_yaml, *, extra="", item_extra=""):
    text = f"""
    id: t
    title: 测试
    {extra}
    sections:
      - code: 一
        title: 部分
        items:
          - code: A
            title: 项目
            points: {points}
            {item_extra}
            rules:
{rules_yaml}
    """
    return rubric_from(text)


def item_score(rubric, facts, unit=None):
    report = score(rubric, facts_from_data(facts), unit=unit)
    return report.item("A"), report


# ---------------------------------------------------------------- checklist


CHECKLIST = """
              - kind: checklist
                lines:
                  - {id: "1", text: 未制定年度工作方案并及时报送，扣2分, deduct: 2}
                  - {id: "2", text: 工作机制运行不畅，扣1分, deduct: 1}
                  - {id: "3", text: 未落实工作责任部门，扣2分, deduct: 2}
                  - {id: "4", text: 无稳定联络员，扣1分, deduct: 1}
"""


def test_checklist_all_met_scores_full(rubric_from):
    r = one_item(rubric_from, 4, CHECKLIST)
    item, _ = item_score(r, {"items": {"A": {"lines": {k: "met" for k in "1234"}}}})
    assert item.score == 4 and item.status == "met" and item.explanations == ()


def test_checklist_deductions_stop_at_zero(rubric_from):
    # 扣完为止: 2 + 1 + 2 + 1 = 6 > 4, so the item ends at 0, not -2
    r = one_item(rubric_from, 4, CHECKLIST)
    item, _ = item_score(r, {"items": {"A": {"lines": {k: "not_met" for k in "1234"}}}})
    assert item.score == 0
    assert item.status == "not_met"
    assert [e.effect for e in item.explanations][:4] == [D(-2), D(-1), D(-2), D(-1)]
    assert any("扣完为止" in e.text for e in item.explanations)


def test_checklist_unassessed_lines_count_against_now_not_best(rubric_from):
    # line 2 not met (-1), line 1 met, lines 3-4 not assessed: now 4-1-2-1 = 0, best 4-1 = 3
    r = one_item(rubric_from, 4, CHECKLIST)
    item, report = item_score(r, {"items": {"A": {"lines": {"1": "met", "2": "not_met"}}}})
    assert item.score == 0
    assert item.best == 3
    assert report.attainable == 3
    assert item.status == "not_met"
    assert [e.pending for e in item.explanations] == [False, True, True]


def test_checklist_with_cap_limits_the_deduction(rubric_from):
    r = one_item(
        rubric_from,
        10,
        """
              - kind: checklist
                cap: 3
                lines:
                  - {id: a, text: 甲，扣2分, deduct: 2}
                  - {id: b, text: 乙，扣2分, deduct: 2}
""",
    )
    item, _ = item_score(r, {"items": {"A": {"lines": {"a": "not_met", "b": "not_met"}}}})
    assert item.score == 7  # 10 - min(4, 3)


def test_award_checklist_sums_what_is_met(rubric_from):
    # "建立使用管理制度的得3分…制定培训补贴标准目录并向社会公布的得5分…经费安排…得2分"
    r = one_item(
        rubric_from,
        10,
        """
              - kind: checklist
                lines:
                  - {id: "1", text: 经费安排使用达到省定要求的得2分, award: 2}
                  - {id: "2", text: 建立使用管理制度的得3分, award: 3}
                  - {id: "3", text: 制定培训补贴标准目录并向社会公布的得5分, award: 5}
""",
    )
    item, _ = item_score(r, {"items": {"A": {"lines": {"1": "met", "2": "not_met", "3": "met"}}}})
    assert item.score == 7
    assert [e.effect for e in item.explanations] == [D(-3)]


# ---------------------------------------------------------------- per_count


PER_COUNT = """
              - kind: checklist
                lines:
                  - {id: "1", text: 未进行工作指导或督导的，扣2分, deduct: 2}
              - {kind: per_count, text: 发现问题未及时整改的，每个问题扣0.5分，4分扣完为止, points_each: 0.5, cap: 4, unit_label: 个}
"""


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, D(4)), (1, D("3.5")), (7, D("0.5")), (8, D(0)), (9, D(0))],
)
def test_per_count_half_points_with_cap(rubric_from, count, expected):
    r = one_item(rubric_from, 4, PER_COUNT)
    item, _ = item_score(r, {"items": {"A": {"1": {"lines": {"1": "met"}}, "2": {"count": count}}}})
    assert item.score == expected


def test_per_count_cap_line_says_so(rubric_from):
    r = one_item(rubric_from, 4, PER_COUNT)
    item, _ = item_score(r, {"items": {"A": {"1": {"lines": {"1": "met"}}, "2": {"count": 9}}}})
    (line,) = item.explanations
    assert line.effect == D(-4)
    assert "9个" in line.detail and "上限4分" in line.detail


def test_per_count_from_ledger_and_dispatch_counts(rubric_from):
    r = one_item(
        rubric_from,
        100,
        """
              - {kind: per_count, text: 未按季度督导工作推进的，年度评估时每季度扣2分, points_each: 2, source: dispatch_missing}
              - {kind: per_count, text: 未及时落实的，每件扣2分, points_each: 2, source: ledger_overdue}
""",
    )
    item, _ = item_score(r, {"counts": {"dispatch_missing": 1, "ledger_overdue": 3}})
    assert item.score == 92  # 100 - 2*1 - 2*3
    item, _ = item_score(r, {"counts": {"dispatch_missing": 0, "ledger_overdue": 0}})
    assert item.score == 100 and item.status == "met"


def test_per_count_with_budget_loses_at_most_its_budget(rubric_from):
    # "按规定落实各项失业保险待遇得7分，每查实一起未落实待遇的扣3.5分；建立…调整机制并及时调整得1分"
    r = one_item(
        rubric_from,
        8,
        """
              - {kind: per_count, text: 每查实一起未落实待遇的扣3.5分, points: 7, points_each: 3.5}
              - {kind: all_or_nothing, text: 建立失业保险金调整机制并及时调整得1分, points: 1}
""",
    )
    item, _ = item_score(r, {"items": {"A": {"1": {"count": 3}, "2": {"status": "met"}}}})
    assert item.score == 1  # 7 - min(10.5, 7) + 1


# ---------------------------------------------------------------- proportional


PROPORTIONAL = """
              - {kind: proportional, text: 未完成按比例扣分，未达70%不得分, target: 995, floor_ratio: 0.7}
"""


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        (995, D(20)),
        (1200, D(20)),  # over-fulfilment is capped at the item's points
        (700, D("14.07")),  # 700/995 = 70.35% -> 20 * 0.70352 = 14.07
        (D("696.5"), D(14)),  # exactly 70%: 696.5/995 = 0.7 -> 14, not 0
        (696, D(0)),  # 69.95% < 70% -> 0
    ],
)
def test_proportional_with_floor(rubric_from, actual, expected):
    r = one_item(rubric_from, 20, PROPORTIONAL)
    item, _ = item_score(r, {"items": {"A": {"actual": str(actual)}}})
    assert item.score == expected


def test_proportional_target_from_unit_table(rubric_from):
    r = rubric_from(
        """
        id: t
        title: 测试
        unit_groups: [{id: town, name: 镇}]
        units:
          - {id: dongchen, name: 东陈镇, group: town}
          - {id: dingyan, name: 丁堰镇, group: town}
        targets:
          new_insured: {title: 新增参保, total: 1732, values: {dongchen: 995, dingyan: 737}}
        sections:
          - code: 一
            title: 社保
            items:
              - code: A
                title: 新增参保
                points: 20
                rules:
                  - {kind: proportional, text: 按比例, target: {key: new_insured}}
        """
    )
    facts = {"items": {"A": {"actual": 737}}}
    assert score(r, facts_from_data(facts), unit="丁堰镇").item("A").score == 20
    assert score(r, facts_from_data(facts), unit="dongchen").item("A").score == D(
        "14.81"
    )  # 20*737/995
    pending = score(r, facts_from_data(facts)).item("A")
    assert pending.status == "not_assessed" and pending.score == 0 and pending.best == 20


# ---------------------------------------------------------------- shortfall


def test_shortfall_per_percentage_point(rubric_from):
    # "未按分解目标完成农村转移就业劳动者培训任务，每少一个百分点扣1分，扣完为止"
    r = one_item(
        rubric_from,
        6,
        """
              - {kind: shortfall, text: 每少一个百分点扣1分，扣完为止, measure: completion_pct, points_each: 1}
""",
    )

    def at(actual):
        return item_score(r, {"items": {"A": {"actual": actual, "target": 1000}}})[0].score

    assert at(1000) == 6
    assert at(990) == 5  # 99% -> 1 point short
    assert at(985) == 5  # 98.5% -> one whole point short; the half point does not count
    assert at(980) == 4
    assert at(900) == 0  # 10 points short, 扣完为止


def test_shortfall_per_ten_people(rubric_from):
    # "劳动力外引 每少10人扣1分，扣完为止" target 280, 2 points
    r = one_item(
        rubric_from,
        2,
        """
              - {kind: shortfall, text: 每少10人扣1分，扣完为止, measure: units, target: 280, step: 10, points_each: 1}
""",
    )
    for actual, expected in [(280, 2), (275, 2), (270, 1), (261, 1), (260, 0), (0, 0)]:
        assert item_score(r, {"items": {"A": {"actual": actual}}})[0].score == expected, actual


def test_shortfall_exact_rounding(rubric_from):
    # "有效率每低1个百分点扣0.5分": 93.4% against 95% with exact steps -> 1.6 * 0.5 = 0.8
    r = one_item(
        rubric_from,
        5,
        """
              - {kind: shortfall, text: 有效率每低1个百分点扣0.5分, measure: value, target: 95, points_each: 0.5, rounding: exact}
""",
    )
    assert item_score(r, {"items": {"A": {"actual": "93.4"}}})[0].score == D("4.2")


# ---------------------------------------------------------------- tiers and growth


TIERS = """
              - kind: tiers
                text: 调撤率达到10%的得1分…达到50%的得5分（低于10%不得分）
                tiers:
                  - {min: 10, points: 1}
                  - {min: 20, points: 2}
                  - {min: 30, points: 3}
                  - {min: 40, points: 4}
                  - {min: 50, points: 5}
"""


@pytest.mark.parametrize(
    ("value", "expected"), [("9.99", 0), (10, 1), ("29.9", 2), (30, 3), (50, 5), (80, 5)]
)
def test_tiers(rubric_from, value, expected):
    r = one_item(rubric_from, 5, TIERS)
    assert item_score(r, {"items": {"A": {"value": value}}})[0].score == expected


GROWTH = """
              - kind: growth
                text: 实际缴费人数比上年末增加的得2分，增加1%到2%之间的再得1分，超过2%（含2%）的再得2分
                tiers:
                  - {min: 0, inclusive: false, points: 2}
                  - {min: 1, points: 3}
                  - {min: 2, points: 4}
"""


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        (10000, 0),  # no increase
        (9900, 0),  # decrease
        (10099, 2),  # +0.99%
        (10100, 3),  # +1%
        (10199, 3),  # +1.99%
        (10200, 4),  # +2% (含2%)
        (11000, 4),
    ],
)
def test_growth_boundaries(rubric_from, actual, expected):
    r = one_item(rubric_from, 4, GROWTH)
    item, _ = item_score(r, {"items": {"A": {"actual": actual, "last_year": 10000}}})
    assert item.score == expected


def test_growth_flat_and_decline(rubric_from):
    # "年度财政安排的就业专项资金比上年增长的得10分，持平的得5分，降低的不得分"
    r = one_item(
        rubric_from,
        10,
        """
              - kind: growth
                measure: growth_abs
                text: 比上年增长的得10分，持平的得5分，降低的不得分
                tiers:
                  - {min: 0, points: 5}
                  - {min: 0, inclusive: false, points: 10}
""",
    )
    assert item_score(r, {"items": {"A": {"actual": 101, "last_year": 100}}})[0].score == 10
    assert item_score(r, {"items": {"A": {"actual": 100, "last_year": 100}}})[0].score == 5
    assert item_score(r, {"items": {"A": {"actual": 99, "last_year": 100}}})[0].score == 0


def test_growth_from_zero_last_year_is_reported(rubric_from):
    r = one_item(rubric_from, 4, GROWTH)
    item, report = item_score(r, {"items": {"A": {"actual": 5, "last_year": 0}}})
    assert item.status == "not_assessed"
    assert any("上年数为0" in p.text("zh") for p in report.problems)


# ---------------------------------------------------------------- all or nothing


def test_all_or_nothing_by_tick_and_by_target(rubric_from):
    r = one_item(
        rubric_from, 3, "              - {kind: all_or_nothing, text: 未完成不得分, target: 305}\n"
    )
    assert item_score(r, {"items": {"A": {"actual": 305}}})[0].score == 3
    assert item_score(r, {"items": {"A": {"actual": 304}}})[0].score == 0
    r = one_item(
        rubric_from, 5, "              - {kind: all_or_nothing, text: 达到要求得5分，否则不得分}\n"
    )
    assert item_score(r, {"items": {"A": {"status": "met"}}})[0].score == 5
    assert item_score(r, {"items": {"A": {"status": "not_met"}}})[0].score == 0
    unassessed = item_score(r, {})[0]
    assert (unassessed.score, unassessed.best, unassessed.status) == (0, 5, "not_assessed")


# ---------------------------------------------------------------- ranking


RANKING_RUBRIC = """
    id: t
    title: 测试
    unit_groups: [{id: main, name: 主功能区}, {id: town, name: 镇}]
    units:
      - {id: m1, name: 工业园区, group: main}
      - {id: m2, name: 开发区, group: main}
      - {id: m3, name: 高新区, group: main}
      - {id: t1, name: 东陈镇, group: town}
      - {id: t2, name: 丁堰镇, group: town}
      - {id: t3, name: 白蒲镇, group: town}
    sections:
      - code: 一
        title: 社保
        items:
          - code: A
            title: 位次考核
            points: 5
            rules:
              - kind: ranking
                text: 排名第一的主功能区得满分，其后的主功能区依次递减0.5分;排名第一的镇得满分，其后的镇依次递减0.25分
                measure: value
                eligible_min: 100
                steps: {main: 0.5, town: 0.25}
"""


def test_ranking_within_each_group(rubric_from):
    r = rubric_from(RANKING_RUBRIC)
    group = {"m1": 120, "m2": 130, "m3": 101, "t1": 150, "t2": 110, "t3": 99}
    facts = {"items": {"A": {"group": group}}}
    s = {u: score(r, facts_from_data(facts), unit=u).item("A").score for u in group}
    # main: m2 first (5), m1 second (4.5), m3 third (4); towns rank apart: t1 5, t2 4.75;
    # t3 did not complete its task (99 < 100) so it does not take part and scores 0
    assert s == {"m1": D("4.5"), "m2": D(5), "m3": D(4), "t1": D(5), "t2": D("4.75"), "t3": D(0)}


def test_ranking_is_pending_without_group_values(rubric_from):
    r = rubric_from(RANKING_RUBRIC)
    report = score(r, facts_from_data({"items": {"A": {"value": 120}}}), unit="m1")
    item = report.item("A")
    assert item.status == "not_assessed" and item.pending
    assert item.score == 0 and item.best == 5
    assert "A" in report.pending
    assert any("待同组排名" in e.detail for e in item.explanations)


# ---------------------------------------------------------------- bonus


BONUS_RUBRIC = """
    id: t
    title: 测试
    sections:
      - code: 一
        title: 基础
        points: 10
        items:
          - {{code: A, title: 基础项, points: 10, rules: [{{kind: all_or_nothing, text: 完成得满分}}]}}
      - code: 加
        title: 加分项
        bonus: true
        items:
          - code: B
            title: 表彰
            {cap}
            rules:
              - kind: bonus
                text: 相关工作受到通报表彰的加分
                levels:
                  - {{id: national, text: 受到党中央、国务院通报表彰的加5分/次, points: 5}}
                  - {{id: province, text: 受到省委、省政府通报表彰的加3分/次, points: 3}}
                  - {{id: meeting, text: 承办相关工作会议的，加2分/次, points: 2}}
"""


def test_bonus_per_occurrence_uncapped(rubric_from):
    r = rubric_from(BONUS_RUBRIC.format(cap=""))
    facts = {
        "items": {
            "A": {"status": "met"},
            "B": {"occurrences": {"national": 1, "province": 2, "meeting": 1}},
        }
    }
    report = score(r, facts_from_data(facts))
    assert report.bonus == 13  # 5 + 2*3 + 2
    assert report.total == 23
    assert report.item("B").loss == 0  # a bonus never shows as a loss


def test_bonus_capped(rubric_from):
    r = rubric_from(BONUS_RUBRIC.format(cap="points: 2"))
    facts = {"items": {"A": {"status": "met"}, "B": {"occurrences": {"province": 1}}}}
    report = score(r, facts_from_data(facts))
    assert report.bonus == 2 and report.total == 12


# ---------------------------------------------------------------- veto and negative


def test_item_veto_zeroes_the_item(rubric_from):
    r = one_item(
        rubric_from,
        5,
        """
              - kind: checklist
                lines:
                  - {id: "1", text: 及时合理编报基金预(决)算报表的得1分, award: 1}
                  - {id: "2", text: 严格按规定使用失业保险基金的得4分, award: 4}
              - {kind: veto, text: 有违纪违规事件举报、投诉并查实的，此项不得分}
""",
    )
    met = {"1": {"lines": {"1": "met", "2": "met"}}}
    assert item_score(r, {"items": {"A": met}})[0].score == 5
    item, _ = item_score(r, {"items": {"A": {**met, "2": {"triggered": True}}}})
    assert item.score == 0 and item.vetoed and item.status == "not_met"


def test_negative_score_goes_below_zero(rubric_from):
    # "培训资金违规使用或省厅接到有效投诉举报的，不得分并倒扣5分"
    r = one_item(
        rubric_from,
        10,
        """
              - kind: checklist
                lines:
                  - {id: "1", text: 建立使用管理制度的得3分, award: 3}
              - {kind: all_or_nothing, text: 制定培训补贴标准目录并向社会公布的得7分, points: 7}
              - {kind: negative, text: 不得分并倒扣5分, penalty: 5}
""",
    )
    facts = {
        "items": {
            "A": {"1": {"lines": {"1": "met"}}, "2": {"status": "met"}, "3": {"triggered": True}}
        }
    }
    item, report = item_score(r, facts)
    assert item.score == -5
    assert report.sections[0].score == -5
    assert report.total == -5


def test_section_and_total_veto(rubric_from):
    r = rubric_from(
        """
        id: t
        title: 测试
        sections:
          - code: 一
            title: 退休人员社会化管理
            points: 10
            items:
              - {code: A, title: 管理率, points: 4, rules: [{kind: all_or_nothing, text: 完成得满分}]}
              - {code: B, title: 体检率, points: 6, rules: [{kind: all_or_nothing, text: 完成得满分}]}
              - code: C
                title: 重大事故
                points: 0
                evidence_required: false
                rules: [{kind: veto, scope: section, text: 若出现重大事故，因处置不力造成恶劣社会影响的，一票否决，此项10分全扣}]
          - code: 二
            title: 其他
            points: 5
            items:
              - {code: D, title: 其他, points: 5, rules: [{kind: all_or_nothing, text: 完成得满分}]}
        rules:
          - {kind: veto, scope: total, text: 整体一票否决}
        """
    )
    met = {c: {"status": "met"} for c in "ABD"}
    assert score(r, facts_from_data({"items": met})).total == 15
    vetoed = score(r, facts_from_data({"items": {**met, "C": {"triggered": True}}}))
    assert vetoed.sections[0].score == 0 and vetoed.sections[0].vetoed
    assert vetoed.total == 5
    whole = score(r, facts_from_data({"items": met, "whole": {"1": {"triggered": True}}}))
    assert whole.total == 0 and whole.vetoed


def test_section_level_deduction_floors_at_zero(rubric_from):
    # "因处置劳资纠纷不及时…有一例扣2分，直到扣完为止（总分20分，扣完为止）"
    r = rubric_from(
        """
        id: t
        title: 测试
        sections:
          - code: 劳
            title: 构建和谐劳动关系
            points: 4
            rules:
              - {kind: per_count, text: 有一例扣2分，直到扣完为止, points_each: 2, unit_label: 例}
            items:
              - {code: A, title: 书面审查, points: 4, rules: [{kind: all_or_nothing, text: 完成得满分}]}
        """
    )
    base = {"items": {"A": {"status": "met"}}}
    assert score(r, facts_from_data({**base, "sections": {"劳": {"count": 1}}})).total == 2
    assert score(r, facts_from_data({**base, "sections": {"劳": {"count": 5}}})).total == 0


# ---------------------------------------------------------------- nested caps


NESTED = """
              - kind: nested_caps
                text: 按时上传，但主要指标数据上传量偏离实际数量每10%扣5分，单个指标扣完10分为止，总计扣完20分为止
                gate: 按时向省中心上传就业监测数据的得20分，不能按时上传数据不得分
                step_pct: 10
                points_each: 5
                indicator_cap: 10
                total_cap: 20
                indicators:
                  - {id: a, text: 城镇新增就业}
                  - {id: b, text: 失业人员再就业}
                  - {id: c, text: 就业困难人员就业}
"""


@pytest.mark.parametrize(
    ("deviations", "expected"),
    [
        ({"a": 0, "b": 0, "c": 0}, 20),
        ({"a": "9.9", "b": 0, "c": 0}, 20),  # below one step
        ({"a": 10, "b": 0, "c": 0}, 15),
        ({"a": 35, "b": 0, "c": 0}, 10),  # 3 steps = 15, capped at 10 for one indicator
        ({"a": 35, "b": 20, "c": 0}, 0),  # 10 + 10 = 20: the total cap
        ({"a": 35, "b": 20, "c": 50}, 0),  # 30 capped at 20
    ],
)
def test_nested_caps(rubric_from, deviations, expected):
    r = one_item(rubric_from, 20, NESTED)
    facts = {"items": {"A": {"status": "met", "deviations": deviations}}}
    assert item_score(r, facts)[0].score == expected


def test_nested_caps_gate_not_met_gives_zero(rubric_from):
    r = one_item(rubric_from, 20, NESTED)
    item, _ = item_score(
        r, {"items": {"A": {"status": "not_met", "deviations": {"a": 0, "b": 0, "c": 0}}}}
    )
    assert item.score == 0


# ---------------------------------------------------------------- graded votes


VOTES = """
              - kind: graded_votes
                text: A、B、C等次分别计10分、6分、0分，取平均
                grades: {A: 10, B: 6, C: 0}
                quotas: {A: 0.3, B: 0.5, C: 0.2}
"""


def test_graded_votes_average(rubric_from):
    r = one_item(rubric_from, 10, VOTES)
    # 3 A + 5 B + 2 C = (30 + 30 + 0) / 10 = 6
    assert item_score(r, {"items": {"A": {"votes": {"A": 3, "B": 5, "C": 2}}}})[0].score == 6
    # 1 A + 2 B = (10 + 12) / 3 = 7.333.. -> 7.33
    assert item_score(r, {"items": {"A": {"votes": {"A": 1, "B": 2}}}})[0].score == D("7.33")


def test_graded_votes_quota_violation_is_reported(rubric_from):
    r = rubric_from(
        """
        id: t
        title: 测试
        units: [{id: u1, name: 长沙市}, {id: u2, name: 株洲市}, {id: u3, name: 湘潭市}]
        sections:
          - code: 一
            title: 评估
            items:
              - code: A
                title: 厅领导小组成员评估
                points: 10
                rules:
                  - kind: graded_votes
                    text: 评估分为A、B、C三个等次，其中A等次不超过30%
                    grades: {A: 10, B: 6, C: 0}
                    quotas: {A: 0.3, B: 0.5, C: 0.2}
        """
    )
    ballots = [
        {"voter": "甲", "grades": {"u1": "A", "u2": "A", "u3": "B"}},  # 2/3 A > 30%
        {"voter": "乙", "grades": {"u1": "B", "u2": "C", "u3": "B"}},
    ]
    report = score(r, facts_from_data({"items": {"A": {"ballots": ballots}}}), unit="u1")
    assert report.item("A").score == 8  # u1 got A (10) and B (6): average 8
    assert any("评估人甲" in p.text("zh") and "A等次" in p.text("zh") for p in report.problems)


# ---------------------------------------------------------------- manual, minimum


def test_manual_score_within_bounds(rubric_from):
    r = one_item(rubric_from, 4, "              - {kind: manual, text: 择优加分}\n")
    assert item_score(r, {"items": {"A": {"score": "3.5"}}})[0].score == D("3.5")
    item, report = item_score(r, {"items": {"A": {"score": 6}}})
    assert item.score == 4
    assert [p.key for p in report.problems] == ["kind.manual.out_of_bounds"]
    assert "outside 0..4" in report.problems[0].text("en")


def test_minimum_check_reports_unmet(rubric_from):
    r = one_item(
        rubric_from,
        0,
        "              - {kind: minimum, text: 单位负责同志当年至少到每个定点帮扶县调研考察一次, minimum: 1, per: 定点帮扶县, unit_label: 县}\n",
    )
    ok, _ = item_score(r, {"items": {"A": {"actual": 2, "target": 2}}})
    bad, _ = item_score(r, {"items": {"A": {"actual": 1, "target": 2}}})
    assert ok.status == "met"
    assert bad.status == "not_met" and "最低要求2县" in bad.explanations[0].detail


# ---------------------------------------------------------------- composition and grades


def test_weighted_composition_and_grade(rubric_from):
    r = rubric_from(
        """
        id: t
        title: 测试
        parts:
          - {id: ss, title: 社会保险工作, weight: 0.6, points: 100}
          - {id: qt, title: 其他重点工作, weight: 0.4, points: 100}
        grades:
          - {min: 90, grade: 优}
          - {min: 80, grade: 良}
          - {min: 60, grade: 中}
          - {min: 0, grade: 差}
        sections:
          - code: 一
            title: 社会保险
            part: ss
            items:
              - {code: A, title: 甲, points: 100, rules: [{kind: manual, text: 评分}]}
          - code: 二
            title: 其他
            part: qt
            items:
              - {code: B, title: 乙, points: 100, rules: [{kind: manual, text: 评分}]}
        """
    )

    def total(a, b):
        return score(r, facts_from_data({"items": {"A": {"score": a}, "B": {"score": b}}}))

    rep = total(90, 80)
    assert rep.total == 86  # 90*0.6 + 80*0.4
    assert [p.weighted for p in rep.parts] == [54, 32]
    assert rep.grade == "良"
    assert total(100, 75).grade == "优"  # exactly 90 is 优
    assert total(D("89.99"), D("89.99")).grade == "良"
    assert total(0, 0).grade == "差"


def test_review_columns_are_carried(rubric_from):
    r = one_item(rubric_from, 4, "              - {kind: manual, text: 评分}\n")
    facts = {"items": {"A": {"score": 3}}, "review": {"A": {"initial": "2.5", "final": 3}}}
    report = score(r, facts_from_data(facts))
    assert report.item("A").columns == {"self": 3, "initial": D("2.5"), "final": 3}
    assert report.columns == {"initial": D("2.5"), "final": 3}


def test_evidence_required_and_attached(rubric_from):
    r = one_item(rubric_from, 4, "              - {kind: manual, text: 评分}\n")
    assert item_score(r, {})[0].missing_evidence
    assert not item_score(r, {"evidence": {"A": 2}})[0].missing_evidence


def test_items_apply_to_their_unit_group_only(rubric_from):
    r = rubric_from(
        """
        id: t
        title: 测试
        unit_groups: [{id: city, name: 市州}, {id: dept, name: 厅机关处室单位}]
        units: [{id: cs, name: 长沙市, group: city}, {id: nmg, name: 农民工工作处, group: dept}]
        sections:
          - code: 一
            title: 评估
            items:
              - {code: A, title: 领导小组评估, points: 10, rules: [{kind: manual, text: 评分}]}
              - {code: B, title: 市州评估, points: 5, applies_to: [dept], rules: [{kind: manual, text: 评分}]}
        """
    )
    city = score(r, facts_from_data({}), unit="cs")
    dept = score(r, facts_from_data({}), unit="nmg")
    assert [i.code for i in city.items()] == ["A"] and city.sections[0].max == 10
    assert [i.code for i in dept.items()] == ["A", "B"] and dept.sections[0].max == 15


def test_literal_quotas_that_cannot_all_be_met_are_said_so(rubric_from):
    # 湘人社发〔2021〕46号: "A 等次不超过 30%，B 等次不超过 50%，C 等次不超过 20%" over 14 cities
    # allows floor(4.2) + floor(7) + floor(2.8) = 4 + 7 + 2 = 13 grades for 14 cities.
    r = rubric_from(
        """
        id: t
        title: 测试
        units: [{id: u1, name: 一市}]
        sections:
          - code: 一
            title: 部分
            items:
              - code: A
                title: 评议
                points: 10
                rules:
                  - kind: graded_votes
                    grades: {A: 10, B: 6, C: 0}
                    quotas: {A: 0.3, B: 0.5, C: 0.2}
        """
    )
    cities = [f"c{n}" for n in range(14)]
    grades = ["A"] * 4 + ["B"] * 7 + ["C"] * 3
    ballot = {"voter": "甲", "grades": dict(zip(["u1", *cities[1:]], grades, strict=True))}
    report = score(r, facts_from_data({"items": {"A": {"ballots": [ballot]}}}), unit="u1")
    keys = [p.key for p in report.problems]
    assert keys[0] == "kind.graded_votes.quotas_cannot_fit"
    assert report.problems[0].args["allowed"] == 13
    assert "13" in report.problems[0].text("zh") and "四舍五入" in report.problems[0].text("zh")
    assert "kind.graded_votes.over_quota" in keys  # 3 C of 14 is over 20%, read literally
