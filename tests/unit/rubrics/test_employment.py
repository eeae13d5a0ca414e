"""全省就业工作单项考核表 (seed 004) as the built-in rubric `employment-single-item`.

Every expected number below is worked out by hand from the table's 评分办法; the clause is
quoted next to the arithmetic. Facts are built per rule: a helper fills "everything met"
inputs, each scenario overrides what it changes.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import pytest
from messages.expect import found, keys
from test_sources import SEEDS, normalised

from evaldesk.cli import main
from evaldesk.errors import InputError
from evaldesk.rubrics.interpretations import bearing_on, with_office_values
from evaldesk.rubrics.loader import load_text
from evaldesk.rubrics.registry import builtin_dir, builtins
from evaldesk.rubrics.where import problem_of
from evaldesk.scoring import facts_from_data, score
from evaldesk.scoring.check import facts_problems

RUBRIC_ID = "employment-single-item"
D = Decimal
DOCUMENT = normalised((SEEDS / "004_0c8b13447a812187.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def loaded():
    return builtins()[RUBRIC_ID]


@pytest.fixture(scope="module")
def rubric(loaded):
    return loaded.rubric


def all_met(rubric) -> dict[str, Any]:
    """Inputs of a year in which every requirement is met (no engine output is used)."""
    items: dict[str, dict[str, Any]] = {}
    for item in rubric.items():
        facts: dict[str, Any] = {}
        for rule in item.rules:
            if rule.kind == "per_count":
                facts[rule.id] = {"count": 0}
            elif rule.kind == "checklist":
                facts[rule.id] = {"lines": {ln.id: "met" for ln in rule.lines}}
            elif rule.kind == "all_or_nothing":
                facts[rule.id] = {"status": "met"}
            elif rule.kind in ("veto", "negative"):
                facts[rule.id] = {"triggered": False}
            elif rule.kind == "nested_caps":
                facts[rule.id] = {
                    "status": "met",
                    "deviations": {ind.id: 0 for ind in rule.indicators},
                }
        items[item.code] = facts
    # the measured clauses, by hand
    items["1.1"] = {
        "1": {"actual": 102000, "last_year": 100000},  # 实际缴费人数 +2%
        "2": {"actual": 30600, "last_year": 30000},  # 农民工参保人数 +2%
    }
    items["2.5"] = {
        "1": {"actual": 1000, "target": 1000},  # 调查数量 = 要求
        "2": {"actual": 96},  # 有效率 96% ≥ 95%
    }
    items["5.4"] = {
        "1": {"actual": 90, "target": 88},  # 通过率 90% ≥ 省平均 88%
        "2": {"actual": 2},  # 集中培训 2 次
    }
    items["7.1"] = {"1": {"actual": 1300, "last_year": 1200}}  # 就业专项资金增长
    return {"rubric": RUBRIC_ID, "items": items}


def run(rubric, data: dict[str, Any]):
    facts = facts_from_data(data)
    assert facts_problems(rubric, facts) == []  # the facts name real items, rules and fields
    return score(rubric, facts)


def set_rule(data: dict[str, Any], code: str, rule: str, fact: dict[str, Any]) -> None:
    data["items"][code][rule] = fact


# --------------------------------------------------------------------------- structure


def test_identity_and_columns(rubric) -> None:
    assert rubric.title == "全省就业工作单项考核表"
    assert rubric.kind == "points"
    assert rubric.total == D(400)
    assert [(c.id, c.label) for c in rubric.columns] == [
        ("self", "自评分"),
        ("initial", "省厅初评分"),
        ("final", "省厅审定考核分"),
    ]
    assert rubric.parts == []  # the parts simply add up; no weighted composition


def test_seven_sections_add_up_to_400(rubric) -> None:
    expected = [
        ("失业保险", 50, 9),
        ("农民就业创业", 50, 5),
        ("公共人力资源市场建设", 50, 5),
        ("就业创业培训", 50, 6),
        ("城乡基层平台建设", 50, 5),
        ("就业管理信息化建设", 100, 6),
        ("就业专项资金管理", 50, 5),
    ]
    got = [(s.title, s.points, len(s.items)) for s in rubric.sections]
    assert got == [(t, D(p), n) for t, p, n in expected]
    for section in rubric.sections:
        assert sum(i.points for i in section.items) == section.points, section.title
    assert sum(s.points for s in rubric.sections) == D(400)
    assert len(rubric.items()) == 41


def test_item_points_as_printed(rubric) -> None:
    # 分值 column of the source, in order
    points = [i.points for i in rubric.items()]
    rows = [
        [8, 5, 8, 2, 5, 5, 8, 4, 5],  # 失业保险
        [10, 10, 10, 5, 15],  # 农民就业创业
        [15, 9, 9, 8, 9],  # 公共人力资源市场建设
        [5, 5, 5, 10, 15, 10],  # 就业创业培训
        [10, 10, 10, 10, 10],  # 城乡基层平台建设
        [10, 15, 5, 20, 25, 25],  # 就业管理信息化建设
        [10, 10, 10, 10, 10],  # 就业专项资金管理
    ]
    assert points == [D(x) for row in rows for x in row]


def test_extraction_artefacts_cleaned(rubric) -> None:
    titles = {i.title for i in rubric.items()}
    for clean in (
        "市场职业供求状况分析",
        "规范基层平台服务",
        "市场功能建设",
        "培训补贴政策",
        "数据库系统",
    ):
        assert clean in titles
    for item in rubric.items():
        assert " " not in item.title and "\n" not in item.title
        assert "  " not in item.content and "  " not in item.criteria
    assert rubric.item("3.3").content == "做好各种职业供求状况分析报告。"
    assert any("市场职业供求状况    分 析" in n for n in rubric.notes)
    assert any("规 范/基层平台/服 务" in n for n in rubric.notes)


def test_statistics_takes_its_printed_4_points_and_says_so(loaded) -> None:
    # 失业保险统计: 分值 4, 评分办法 "达到省要求的得5分". The file takes the 分值 as the clause's full
    # score (statistics-full-score); the wording "得5分" is kept as printed.
    item = loaded.rubric.item("1.8")
    assert item.points == D(4) and item.rules[0].points == D(4)
    assert "得5分" in item.criteria and "得5分" in item.rules[0].text
    # the only warning left: the province's average pass rate is entered yearly (5.4)
    assert keys(loaded.warnings) == ["kind.shortfall.no_target"]
    pass_rate = found(loaded.warnings, "kind.shortfall.no_target")
    assert pass_rate.origin is not None and pass_rate.origin.item == "5.4"
    assert pass_rate.origin.file == f"{RUBRIC_ID}.yaml" and pass_rate.origin.line
    assert any("省当年平均通过率" in n and "no target" in n for n in loaded.rubric.notes)
    # the validator still reports the clause written as printed (得5分 on a 4-point item)
    text = (builtin_dir() / "employment-single-item.yaml").read_text(encoding="utf-8")
    clause = "            text: 达到省要求的得5分，每有一项未达要求的扣1分，扣完为止。"
    assert text.count("            points: 4\n" + clause) == 1
    printed = text.replace("            points: 4\n" + clause, "            points: 5\n" + clause)
    over = found(load_text(printed, "employment.yaml").warnings, "rubric.rule_over_item")
    assert problem_of(over).args["top"] == D(5) and problem_of(over).args["points"] == D(4)
    assert over.origin is not None and over.origin.item == "1.8"
    assert over.text("en").endswith(
        "item 1.8: rule 1 (per_count): can award 5 points but the item has 4"
    )


@pytest.mark.parametrize(("unmet", "expected"), [(0, 4), (1, 3), (2, 2), (4, 0), (6, 0)])
def test_statistics_deducts_from_4(rubric, unmet: int, expected: int) -> None:
    # "每有一项未达要求的扣1分，扣完为止" from the item's 4 points: the first unmet requirement
    # costs a point (when the rule held 5 capped at 4, one unmet requirement cost nothing)
    data = all_met(rubric)
    set_rule(data, "1.8", "1", {"count": unmet})
    assert run(rubric, data).item("1.8").score == D(expected)


def _interp(report: dict[str, Any], interp_id: str) -> dict[str, Any]:
    return next(i for i in report["interpretations"] if i["id"] == interp_id)


def test_statistics_reading_is_marked_in_the_report(rubric) -> None:
    report = run(rubric, all_met(rubric)).to_json()
    marked = _interp(report, "statistics-full-score")
    assert (marked["kind"], marked["settable"]) == ("assumed", False)
    assert marked["applies_to"] == ["item[1.8].rules[1].points"]
    assert marked["source"] == "达到省要求的得5分，每有一项未达要求的扣1分，扣完为止。"
    assert normalised(marked["source"]) in DOCUMENT
    assert marked["value"] == "4"
    assert "statistics-full-score" in report["items"]["1.8"]["interpretations"]


def test_monitoring_indicators_are_an_addition(rubric) -> None:
    # 6.6 数据利用: "主要指标" are not listed by the source; the four indicators are the file's own
    report = run(rubric, all_met(rubric)).to_json()
    added = _interp(report, "monitoring-indicators")
    assert (added["kind"], added["settable"]) == ("addition", False)
    assert added["applies_to"] == ["item[6.6].rules[1]"]
    assert added["source"] == (
        "按时上传，但主要指标数据上传量偏离实际数量每10%扣5分，单个指标扣完10分为止，总计扣完20分为止。"
    )
    assert normalised(added["source"]) in DOCUMENT
    assert "monitoring-indicators" in report["items"]["6.6"]["interpretations"]
    # a rule's address marks its item, and no place is made of the address's own text
    places = [p for p, ids in bearing_on(rubric).items() if "monitoring-indicators" in ids]
    assert places == ["item:6.6"]
    rule = rubric.item("6.6").rules[0]
    names = [ind.text for ind in rule.indicators]
    assert len(names) == 4 and not any(normalised(n) in DOCUMENT for n in names)  # none printed
    # nothing an office could set is a number: the indicators are names (see the report)
    with pytest.raises(InputError):
        with_office_values(rubric, {"monitoring-indicators": D(4)})


def test_missed_analysis_reports_may_take_the_whole_5_points(rubric) -> None:
    # 1.5 "有一次未上报分析的扣1分，扣完5分为止": the clause is worth 1 point but may deduct up to the
    # item's 5 (marked monitoring-analysis-cap). Data on time and monthly analyses all sent:
    # 2 + 2 + (1 − 3) = 2 (reading the clause as stopping at its own 1 point would give 4)
    data = all_met(rubric)
    set_rule(data, "1.5", "3", {"count": 3})
    report = run(rubric, data)
    assert report.item("1.5").score == D(2)
    marked = _interp(report.to_json(), "monitoring-analysis-cap")
    assert (marked["kind"], marked["applies_to"]) == ("assumed", ["item[1.5].rules[3].cap"])
    assert marked["source"] == (
        "监测数据出现重大变化及时上报分析报告的得1分，有一次未上报分析的扣1分，扣完5分为止。"
    )
    assert normalised(marked["source"]) in DOCUMENT
    assert "monitoring-analysis-cap" in report.to_json()["items"]["1.5"]["interpretations"]


def test_every_interpretation_rests_on_the_documents_own_words(rubric) -> None:
    no_sentence = {"rounding", "total-400"}  # EvalDesk's rounding; the sum of the seven 项目
    for interp in rubric.interpretations:
        assert interp.reason, interp.id
        if interp.id not in no_sentence:
            assert interp.source and normalised(interp.source) in DOCUMENT, interp.id
    assert not any(i.settable for i in rubric.interpretations)


def test_rule_texts_are_clauses_of_the_criteria(rubric) -> None:
    for item in rubric.items():
        for rule in item.rules:
            assert rule.text, f"{item.code} rule {rule.id} has no source wording"
            assert rule.text.rstrip("。") in item.criteria, f"{item.code} rule {rule.id}"


def test_cli_lists_and_shows_it(chinese_locale, capsys) -> None:
    assert main(["rubrics", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    row = next(r for r in rows if r["id"] == RUBRIC_ID)
    assert row["title"] == "全省就业工作单项考核表"
    assert row["total"] == "400"
    assert row["items"] == 41
    assert main(["rubrics", "show", RUBRIC_ID]) == 0
    text = capsys.readouterr().out
    assert "分数栏：自评分、省厅初评分、省厅审定考核分" in text
    assert "【6】就业管理信息化建设（100分）" in text
    assert "6.6 数据利用　25分" in text
    assert "项目 5.4：规则 1（shortfall）：没有目标值，须随数据填写" in text  # in 【校验提示】


# --------------------------------------------------------------------------- scenarios


def test_all_met_scores_400(rubric) -> None:
    report = run(rubric, all_met(rubric))
    for item in report.items():
        # 1.8: "达到省要求的得5分" on a 4-point item → the item's 4 (statistics-full-score)
        assert item.score == item.max, item.code
        assert item.status == "met", item.code
    assert [s.score for s in report.sections] == [D(x) for x in (50, 50, 50, 50, 50, 100, 50)]
    assert report.total == D(400)
    assert report.attainable == D(400)


def typical_year(rubric) -> dict[str, Any]:
    data = all_met(rubric)
    # 1 失业保险
    set_rule(data, "1.1", "1", {"actual": 101500, "last_year": 100000})  # +1.5%
    set_rule(data, "1.1", "2", {"actual": 20500, "last_year": 20000})  # +2.5%
    set_rule(data, "1.2", "1", {"count": 1})
    set_rule(data, "1.3", "1", {"count": 1})
    set_rule(data, "1.4", "2", {"lines": {"district": "not_met"}})
    set_rule(data, "1.5", "1", {"count": 1})
    set_rule(data, "1.5", "3", {"count": 2})
    set_rule(data, "1.6", "2", {"count": 1})
    set_rule(data, "1.7", "2", {"count": 1})
    set_rule(data, "1.7", "4", {"count": 3})
    set_rule(data, "1.8", "1", {"count": 2})
    set_rule(data, "1.9", "2", {"status": "not_met"})
    # 2 农民就业创业
    set_rule(data, "2.1", "1", {"lines": {"city": "not_met"}})
    set_rule(data, "2.1", "2", {"count": 3})
    set_rule(data, "2.1", "3", {"lines": {"none": "met", "lower": "not_met"}})
    set_rule(data, "2.2", "2", {"count": 1})
    set_rule(
        data,
        "2.2",
        "3",
        {
            "lines": {
                "placement": "met",
                "employment": "met",
                "startup": "not_met",
                "assistance": "met",
            }
        },
    )
    set_rule(data, "2.3", "1", {"lines": {"window": "met", "publish": "not_met"}})
    set_rule(data, "2.3", "3", {"count": 2})
    set_rule(data, "2.3", "4", {"count": 1})
    set_rule(data, "2.4", "1", {"status": "not_met"})
    set_rule(data, "2.5", "1", {"actual": 965, "target": 1000})  # 96.5%
    set_rule(data, "2.5", "2", {"actual": D("93.2")})
    # 3 公共人力资源市场建设
    set_rule(data, "3.1", "1", {"count": 1})
    set_rule(data, "3.2", "2", {"count": 1})
    set_rule(data, "3.3", "3", {"status": "not_met"})
    set_rule(data, "3.4", "2", {"status": "not_met"})
    set_rule(data, "3.5", "2", {"count": 4})
    # 4 就业创业培训
    set_rule(data, "4.2", "2", {"status": "not_met"})
    set_rule(data, "4.4", "4", {"status": "not_met"})
    set_rule(data, "4.6", "3", {"status": "not_met"})
    # 5 城乡基层平台建设
    set_rule(data, "5.2", "2", {"status": "not_met"})
    set_rule(data, "5.4", "1", {"actual": D("82.5"), "target": 85})
    set_rule(data, "5.4", "2", {"actual": 1})
    set_rule(data, "5.5", "2", {"status": "not_met"})
    # 6 就业管理信息化建设
    set_rule(data, "6.2", "1", {"count": 1})
    set_rule(data, "6.5", "1", {"count": 1})
    set_rule(
        data,
        "6.6",
        "1",
        {
            "status": "met",
            "deviations": {
                "new_jobs": 12,
                "reemployed": 25,
                "hard_to_employ": 5,
                "registered_unemployed": 0,
            },
        },
    )
    # 7 就业专项资金管理
    set_rule(data, "7.1", "1", {"actual": 1200, "last_year": 1200})
    set_rule(data, "7.3", "2", {"status": "not_met"})
    set_rule(data, "7.5", "3", {"status": "not_met"})
    return data


def test_typical_year_with_deductions(rubric) -> None:
    report = run(rubric, typical_year(rubric))
    item = {i.code: i.score for i in report.items()}
    expected = {
        # 1.1 实际缴费人数 +1.5%: "增加的得2分，增加1%到2%之间的再得1分" = 3;
        #     农民工参保人数 +2.5%: "超过2%（含2%）的再得2分" = 4 → 7
        "1.1": "7",
        # 1.2 5 − 1 × 2.5 ("每有一次未按要求落实的扣2.5分") = 2.5
        "1.2": "2.5",
        # 1.3 (7 − 1 × 3.5 "每查实一起未落实待遇的扣3.5分") + 1 (调整机制) = 4.5
        "1.3": "4.5",
        # 1.4 2 ("实现…市区统筹的得2分") − 1 ("财政独立区未纳入市区统筹的扣1分") = 1
        "1.4": "1",
        # 1.5 (2 − 1 late) + 2 + (1 − 2 × 1 "有一次未上报分析的扣1分，扣完5分为止") = 1 + 2 − 1 = 2
        "1.5": "2",
        # 1.6 5 ("达到省要求的得5分") − 1 × 2.5 ("所属统筹地区每有一个未达到要求扣2.5分") = 2.5
        "1.6": "2.5",
        # 1.7 2 + (2 − 1) + 2 + (2 − 3 → 0, "扣完为止") = 5
        "1.7": "5",
        # 1.8 "每有一项未达要求的扣1分" from the item's 4 points: 4 − 2 = 2
        "1.8": "2",
        # 1.9 1 + 0 (试点资金季度报表 not met) + 1.5 + 1.5 = 4
        "1.9": "4",
        # 2.1 (5 − 2 市级 − 3 × 0.5 县级) + (5 − 2 "低于上年度扣2分") = 1.5 + 3 = 4.5
        "2.1": "4.5",
        # 2.2 2 + (4 − 1 "每有一个县未全面执行四项制度扣1分") + (4 − 1 创业成功率) = 8
        "2.2": "8",
        # 2.3 (2 − 1 "未向社会公布扣1分") + (4 − 2 × 1 "未按时上报省厅每次扣1分")
        #     + (4 − 1 × 2 "每查实一起扣2分") = 1 + 2 + 2 = 5
        "2.3": "5",
        # 2.4 "未完成任务不得分" = 0
        "2.4": "0",
        # 2.5 调查数量 96.5% → 3.5% short → 3 whole "每低1%扣1分" → 10 − 3 = 7;
        #     有效率 93.2% → 1.8 points short → 1 whole step × 0.5 → 5 − 0.5 = 4.5 → 11.5
        "2.5": "11.5",
        # 3.1 15 − 1 × 5 ("未达星级标准每一个市场扣5分") = 10
        "3.1": "10",
        # 3.2 9 − 1 × 3 ("少开展一项专项活动扣3分") = 6
        "3.2": "6",
        # 3.3 2 + 2 + 0 (未被上级采用) + 3 = 7
        "3.3": "7",
        # 3.4 6 + 0 (未通过"12580"发布) = 6
        "3.4": "6",
        # 3.5 6 + (3 − 4 → 0, "扣完为止") = 6
        "3.5": "6",
        # 4.2 3 + 0 (无知名培训品牌) = 3
        "4.2": "3",
        # 4.4 2 + 2 + 2 + 0 = 6
        "4.4": "6",
        # 4.6 2 + 3 + 0 (未公布标准目录) = 5
        "4.6": "5",
        # 5.2 5 + 0 = 5
        "5.2": "5",
        # 5.4 通过率 82.5 vs 省平均 85 → 2.5 short → 2 whole points × 0.5 → 5 − 1 = 4;
        #     集中培训 1 次 < 2 → 0 → 4
        "5.4": "4",
        # 5.5 5 + 0 = 5
        "5.5": "5",
        # 6.2 (10 − 1 × 5) + 5 = 10
        "6.2": "10",
        # 6.5 25 − 1 × 5 ("每一项业务未达要求的扣5分") = 20
        "6.5": "20",
        # 6.6 按时上传; 偏离 12% → 1 × 5, 25% → 2 × 5 = 10, 5% → 0, 0% → 0: 20 − 15 = 5; + 5 = 10
        "6.6": "10",
        # 7.1 "持平的得5分" = 5
        "7.1": "5",
        # 7.3 3 + 0 + 3 = 6
        "7.3": "6",
        # 7.5 3 + 2 + 0 + 1 = 6
        "7.5": "6",
    }
    for code, value in expected.items():
        assert item[code] == D(value), code
    for code, value in item.items():
        if code not in expected:
            assert value == rubric.item(code).points, code  # untouched items stay full
    sections = [s.score for s in report.sections]
    assert sections == [
        D("30.5"),  # 7+2.5+4.5+1+2+2.5+5+2+4
        D(29),  # 4.5+8+5+0+11.5
        D(35),  # 10+6+7+6+6
        D(39),  # 5+3+5+6+15+5
        D(34),  # 10+5+10+4+5
        D(75),  # 10+10+5+20+20+10
        D(37),  # 5+10+6+10+6
    ]
    assert report.total == D("279.5")  # 30.5+29+35+39+34+75+37
    assert report.item("2.4").status == "not_met"


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        (10000, 0),  # 持平: not "增加" → 0
        (9990, 0),  # 下降 → 0
        (10099, 2),  # +0.99%: "增加的得2分" only
        (10100, 3),  # +1%: "增加1%到2%之间的再得1分" → 3
        (10199, 3),  # +1.99% → 3
        (10200, 4),  # +2%: "超过2%（含2%）的再得2分" → 4
    ],
)
def test_growth_boundaries(rubric, actual: int, expected: int) -> None:
    data = all_met(rubric)
    set_rule(data, "1.1", "1", {"actual": actual, "last_year": 10000})
    report = run(rubric, data)
    # rule 2 (农民工参保人数) stays at +2% → 4
    assert report.item("1.1").score == D(expected + 4)


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("1200.01", 10),  # "比上年增长的得10分"
        ("1200", 5),  # "持平的得5分"
        ("1199.99", 0),  # "降低的不得分"
    ],
)
def test_fund_growth_tiers(rubric, actual: str, expected: int) -> None:
    data = all_met(rubric)
    set_rule(data, "7.1", "1", {"actual": D(actual), "last_year": 1200})
    assert run(rubric, data).item("7.1").score == D(expected)


def test_edges_caps_negative_and_vetoes(rubric) -> None:
    data = all_met(rubric)
    # 1.1 实际缴费人数 +0.99% → 2; 农民工参保人数 +1% exactly → 3
    set_rule(data, "1.1", "1", {"actual": 10099, "last_year": 10000})
    set_rule(data, "1.1", "2", {"actual": 10100, "last_year": 10000})
    # 1.5 five missed analysis reports: "有一次未上报分析的扣1分，扣完5分为止"
    set_rule(data, "1.5", "3", {"count": 5})
    # 1.8 one 未达要求: 4 − 1 = 3 (the item's 4 points, statistics-full-score)
    set_rule(data, "1.8", "1", {"count": 1})
    # 1.2 three 未按要求落实 (−7.5) and one 违法 (−2.5): "扣完为止" → 0, not negative
    set_rule(data, "1.2", "1", {"count": 3})
    set_rule(data, "1.2", "2", {"count": 1})
    # 1.9 violation reported and confirmed: "此项不得分"
    set_rule(data, "1.9", "5", {"triggered": True})
    # 2.1 市级 −2 and 8 counties × 0.5 = −4 → the 5-point clause stops at 0, clause 2 keeps 5
    set_rule(data, "2.1", "1", {"lines": {"city": "not_met"}})
    set_rule(data, "2.1", "2", {"count": 8})
    # 3.2 plan and summary not reported ("否则不得分") and one activity short → 0, not negative
    set_rule(data, "3.2", "1", {"status": "not_met"})
    set_rule(data, "3.2", "2", {"count": 1})
    # 4.6 "培训资金违规使用…，不得分并倒扣5分"
    set_rule(data, "4.6", "4", {"triggered": True})
    # 6.6 nested caps: 35% → 3 × 5 = 15 → capped at 10 per indicator; 45% → 10; 10% → 5
    #     total 25 → "总计扣完20分为止" → 0 of 20, + 5 for 分析应用
    set_rule(
        data,
        "6.6",
        "1",
        {
            "status": "met",
            "deviations": {
                "new_jobs": 35,
                "reemployed": 45,
                "hard_to_employ": 10,
                "registered_unemployed": 0,
            },
        },
    )
    # 7.2 "有因资金使用问题引起投诉、举报并查实的，此项不得分"
    set_rule(data, "7.2", "5", {"triggered": True})
    report = run(rubric, data)
    item = {i.code: i.score for i in report.items()}
    assert item["1.1"] == D(5)  # 2 + 3
    assert item["1.2"] == D(0)  # 5 − 7.5 − 2.5 → 0
    assert item["1.5"] == D(0)  # (2 − 0) + (2 − 0) + (1 − 5) = 0
    assert item["1.8"] == D(3)  # 4 − 1
    assert item["1.9"] == D(0)  # veto, although all four clauses were met
    assert report.item("1.9").vetoed
    assert item["2.1"] == D(5)  # 0 + 5
    assert item["3.2"] == D(0)  # 0 − 3 → 0
    assert item["4.6"] == D(-5)  # 倒扣
    assert item["6.6"] == D(5)  # 20 − 20 + 5
    assert item["7.2"] == D(0)
    # sections: 失业保险 50 − (8−5) − 5 (1.2) − 5 (1.5) − 1 (1.8) − 5 (1.9) = 31; 农民 50 − 5 = 45;
    # 市场 50 − 9 = 41; 培训 50 − 10 − 5 = 35 (the −5 takes the section below 40); 平台 50;
    # 信息化 100 − 20 = 80; 资金 50 − 10 = 40
    assert [s.score for s in report.sections] == [D(x) for x in (31, 45, 41, 35, 50, 80, 40)]
    assert report.total == D(322)  # 31+45+41+35+50+80+40


def test_nested_caps_gate_and_per_indicator_cap(rubric) -> None:
    data = all_met(rubric)
    # one indicator 100% off: 10 steps × 5 = 50 → "单个指标扣完10分为止" → −10
    set_rule(
        data,
        "6.6",
        "1",
        {
            "status": "met",
            "deviations": {
                "new_jobs": 100,
                "reemployed": D("9.9"),  # below one 10% step → 0
                "hard_to_employ": 0,
                "registered_unemployed": 0,
            },
        },
    )
    assert run(rubric, data).item("6.6").score == D(15)  # 20 − 10 + 5
    # "不能按时上传数据不得分": the gate fails → 0 of 20, deviations do not matter
    set_rule(data, "6.6", "1", {"status": "not_met"})
    assert run(rubric, data).item("6.6").score == D(5)


def test_review_columns_are_carried(rubric) -> None:
    data = all_met(rubric)
    set_rule(data, "2.4", "1", {"status": "not_met"})  # 自评 395
    data["review"] = {
        code: {"initial": str(item.points), "final": str(item.points)}
        for code, item in ((i.code, i) for i in rubric.items())
    }
    data["review"]["2.4"] = {"initial": "0", "final": "5"}  # 省厅审定 restores it
    data["review"]["4.3"] = {"initial": "5", "final": "0"}
    report = run(rubric, copy.deepcopy(data))
    assert report.total == D(395)
    assert report.columns == {"initial": D(395), "final": D(395)}  # 400−5; 400−5
    assert report.item("2.4").columns == {"self": D(0), "initial": D(0), "final": D(5)}
    section2 = report.sections[1]
    assert section2.columns == {"initial": D(45), "final": D(50)}


def test_unknown_facts_count_as_worst_case(rubric) -> None:
    # nothing recorded: the live score is 0 except items that cannot be worse than 0,
    # and the maximum still attainable is the full 400
    report = run(rubric, {"rubric": RUBRIC_ID})
    assert report.attainable == D(400)
    assert all(i.score <= 0 for i in report.items())
    assert report.item("4.6").score == D(0)  # the −5 needs the event recorded
