"""中农组发〔2021〕9号 (seed 001) as the built-in rated rubric `zhongnong-dingdian-2021`.

No points: the checks are the document's minimums ("至少到每个定点帮扶县调研考察一次",
"向每个定点帮扶县至少选派一名", "每个单位至少选派一名…驻村第一书记"), recorded values, ticks,
and "出现违纪违规、定点帮扶县出现规模性返贫等重大问题的,年度综合评价不得确定为‘好’".
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import pytest

from evaldesk.cli import main
from evaldesk.rubrics.registry import builtins
from evaldesk.scoring import facts_from_data, score
from evaldesk.scoring.check import facts_problems
from evaldesk.scoring.text import render_report

RUBRIC_ID = "zhongnong-dingdian-2021"
SOURCE = "本单位提供,牵头部门核实"
DEMO_PARAGRAPH = "中央单位在定点帮扶县围绕“五大振兴”打造乡村振兴示范点"


@pytest.fixture(scope="module")
def loaded():
    return builtins()[RUBRIC_ID]


@pytest.fixture(scope="module")
def rubric(loaded):
    return loaded.rubric


def all_met(rubric, counties: int = 2) -> dict[str, Any]:
    """A unit with `counties` 定点帮扶县 that meets every requirement and ticks every line."""
    items: dict[str, dict[str, Any]] = {}
    for item in rubric.items():
        facts: dict[str, Any] = {}
        for rule in item.rules:
            if rule.kind == "checklist":
                facts[rule.id] = {"lines": {ln.id: "met" for ln in rule.lines}}
        items[item.code] = facts
    items["1.1"].update({"1": {"actual": counties, "target": counties}, "2": {"actual": 1}})
    items["2.1"].update({"1": {"actual": counties, "target": counties}, "2": {"actual": 1}})
    items["3.1"].update({"1": {"actual": "1200.5"}, "2": {"actual": 3000}})  # 万元
    items["3.2"].update({"1": {"actual": 6}, "2": {"actual": 8000}})  # 项目数, 万元
    items["3.3"].update({"1": {"actual": 1500}})  # 人次
    items["4.4"].update({"1": {"actual": 260}, "2": {"actual": 900}})  # 万元
    return {"rubric": RUBRIC_ID, "items": items}


def run(rubric, data: dict[str, Any]):
    facts = facts_from_data(data)
    assert facts_problems(rubric, facts) == []
    return score(rubric, facts)


# --------------------------------------------------------------------------- structure


def test_identity(rubric, loaded) -> None:
    assert rubric.title == "中央单位定点帮扶工作成效考核评价办法"
    assert rubric.doc_number == "中农组发〔2021〕9号"
    assert rubric.issuer == "中央农村工作领导小组"
    assert rubric.kind == "rating"
    assert rubric.rating.levels == ["好", "较好", "一般"]
    assert rubric.total is None
    assert all(item.points is None for item in rubric.items())  # the document has no points
    assert loaded.warnings == []


def test_four_areas_and_the_procedure(rubric) -> None:
    got = [(s.title, [i.code for i in s.items]) for s in rubric.sections]
    assert got == [
        ("组织领导", ["1.1", "1.2", "1.3", "1.4"]),
        ("选派挂职干部", ["2.1", "2.2"]),
        ("促进乡村振兴", ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]),
        ("工作创新", ["4.1", "4.2", "4.3", "4.4"]),
        ("工作程序", ["5.1", "5.2", "5.3"]),
    ]
    # each area quotes its paragraph of 二、主要内容
    for section, number in zip(rubric.sections[:4], "一二三四", strict=True):
        assert section.content.startswith(f"({number}){section.title}。主要包括")


def test_indicators_keep_wording_and_data_source(rubric) -> None:
    indicators = [i for s in rubric.sections[:4] for i in s.items]
    assert len(indicators) == 16
    for item in indicators:
        assert item.method == SOURCE, item.code
    assert rubric.item("1.1").content == (
        "1. 单位负责同志当年至少到每个定点帮扶县调研考察一次,鼓励主要负责同志至少到定点帮扶县调研考察一次。"
    )
    assert rubric.item("4.4").content == "4. 深化消费帮扶,积极购买和帮助销售情况。"
    for item in rubric.items():
        assert "<" not in item.content and "<" not in item.criteria  # HTML artefacts removed


def test_indicator_notes_attached_where_they_explain(rubric) -> None:
    # 指标说明 1–8, each on the indicator it explains
    where = {"1": "1.1", "2": "3.1", "3": "3.2", "4": "3.3", "5": "3.4", "6": "3.5", "7": "3.6"}
    where["8"] = "4.4"
    for number, code in where.items():
        assert rubric.item(code).criteria.startswith(f"{number}.“"), code
    numbered = [i.code for i in rubric.items() if re.match(r"\d\.“", i.criteria)]
    assert sorted(numbered) == sorted(where.values())
    # the 示范点 paragraph after 说明7 explains all of 五大振兴
    with_demo = [i.code for i in rubric.items() if DEMO_PARAGRAPH in i.criteria]
    assert with_demo == ["3.2", "3.3", "3.4", "3.5", "3.6"]


def test_rule_texts_quote_the_indicator(rubric) -> None:
    for item in rubric.items():
        for rule in item.rules:
            assert rule.text in item.content, f"{item.code} rule {rule.id}"


def test_minimums_and_recorded_values(rubric) -> None:
    minimums = {
        (item.code, rule.text): (rule.minimum, rule.per)
        for item in rubric.items()
        for rule in item.rules
        if rule.kind == "minimum"
    }
    assert minimums[("1.1", "单位负责同志当年至少到每个定点帮扶县调研考察一次")] == (
        Decimal(1),
        "定点帮扶县",
    )
    assert minimums[("2.1", "向每个定点帮扶县至少选派一名优秀干部挂职帮扶")] == (
        Decimal(1),
        "定点帮扶县",
    )
    assert minimums[("2.1", "每个单位至少选派一名优秀的驻村第一书记")] == (Decimal(1), None)
    recorded = {text for (_, text), (low, _) in minimums.items() if low == 0}
    assert {
        "对定点帮扶县投入帮扶资金数",
        "引进帮扶资金数(含无偿和有偿资金)",
        "为定点帮扶县引进帮扶项目数",
        "招商引资数额",
        "培训定点帮扶县乡村基层干部、乡村振兴带头人、各类专业技术人才情况",
    } <= recorded


def test_violation_and_relapse_rule_out_good(rubric) -> None:
    vetoes = {r.id: r for r in rubric.rules}
    assert set(vetoes) == {"违纪违规", "规模性返贫", "其他重大问题"}
    for rule in vetoes.values():
        assert rule.kind == "veto" and rule.scope == "total" and rule.grade_cap == "较好"
        assert rule.text.endswith("年度综合评价不得确定为“好”。")


def test_cli_lists_and_shows_it(chinese_locale, capsys) -> None:
    assert main(["rubrics", "list", "--json"]) == 0
    row = next(r for r in json.loads(capsys.readouterr().out) if r["id"] == RUBRIC_ID)
    assert row["doc_number"] == "中农组发〔2021〕9号"
    assert row["kind"] == "rating" and row["total"] is None and row["items"] == 19
    assert main(["rubrics", "show", RUBRIC_ID]) == 0
    text = capsys.readouterr().out
    assert "评价等次：好、较好、一般" in text
    assert "数据来源：本单位提供,牵头部门核实" in text
    assert "最低要求：每个定点帮扶县均达到（不少于1）" in text
    assert "一票否决：评价不得高于“较好”" in text


# --------------------------------------------------------------------------- scenarios


def test_all_met_can_be_rated_good(rubric) -> None:
    data = all_met(rubric)
    data["rating"] = "好"
    report = run(rubric, data)
    assert [i.status for i in report.items()] == ["met"] * 19
    assert report.unmet == ()
    assert report.grade == "好"
    assert report.rating_ceiling == "好"
    assert report.grade_cap is None
    assert report.pending == () and report.problems == ()
    # recorded values are reported, without points
    lines = {(e.code, e.text): e.detail for i in report.items() for e in i.explanations}
    assert lines[("3.1", "对定点帮扶县投入帮扶资金数")] == "实际1200.5万元"
    assert lines[("3.3", "培训定点帮扶县乡村基层干部、乡村振兴带头人、各类专业技术人才情况")] == (
        "实际1500人次"
    )
    # 1.1: 2 counties, both visited: "实际2个县，最低要求2个县" (1 per county × 2)
    assert lines[("1.1", "单位负责同志当年至少到每个定点帮扶县调研考察一次")] == (
        "实际2个县，最低要求2个县"
    )


def test_typical_year_with_gaps(rubric) -> None:
    data = all_met(rubric, counties=3)
    # visited 2 of 3 counties: "至少到每个定点帮扶县调研考察一次" not met (needs 1 × 3)
    data["items"]["1.1"]["1"] = {"actual": 2, "target": 3}
    # cadres in all 3 counties, but no 驻村第一书记: "每个单位至少选派一名" not met
    data["items"]["2.1"]["2"] = {"actual": 0}
    # no 专题工作会; second half-year report not yet submitted
    data["items"]["1.2"]["1"] = {"lines": {"plan": "met", "office": "met", "meeting": "not_met"}}
    data["items"]["5.1"]["2"] = {"lines": {"h1": "met", "h2": "not_met"}}
    data["rating"] = "较好"
    report = run(rubric, data)
    assert [(e.code, e.text, e.detail) for e in report.unmet] == [
        ("1.1", "单位负责同志当年至少到每个定点帮扶县调研考察一次", "实际2个县，最低要求3个县"),
        ("2.1", "每个单位至少选派一名优秀的驻村第一书记", "实际0名，最低要求1名"),
    ]
    not_met = [i.code for i in report.items() if i.status == "not_met"]
    assert not_met == ["1.1", "1.2", "2.1", "5.1"]
    assert report.grade == "较好"
    assert report.rating_ceiling == "好"  # gaps inform the evaluator; only vetoes cap
    text = render_report(report)
    assert "未达最低要求：" in text
    assert (
        "1.1 单位负责同志当年至少到每个定点帮扶县调研考察一次（实际2个县，最低要求3个县）" in text
    )
    assert "下半年工作情况报告已提交（未落实）" in text


@pytest.mark.parametrize("event", ["违纪违规", "规模性返贫", "其他重大问题"])
def test_a_violation_caps_good_to_fairly_good(rubric, event: str) -> None:
    data = all_met(rubric)
    data["whole"] = {event: {"triggered": True}}
    data["rating"] = "好"
    report = run(rubric, data)
    # "年度综合评价不得确定为‘好’": the evaluator's 好 becomes 较好, and the report says why
    assert report.grade == "较好"
    assert report.grade_cap == "较好"
    assert report.rating_ceiling == "较好"
    assert len(report.problems) == 1 and "按“较好”计" in report.problems[0].text("zh")
    assert report.explanations[0].detail == "一票否决：评价不得高于“较好”"
    # a lower level chosen by the evaluator is kept
    data["rating"] = "一般"
    assert run(rubric, data).grade == "一般"


def test_nothing_recorded_is_pending(rubric) -> None:
    report = run(rubric, {"rubric": RUBRIC_ID})
    assert all(i.status == "not_assessed" for i in report.items())
    assert report.unmet == ()  # unknown is not unmet
    assert report.grade is None and "rating" in report.pending
    assert report.rating_ceiling == "好"


def test_score_cli_prints_the_unmet_minimum(chinese_locale, rubric, tmp_path, capsys) -> None:
    data = all_met(rubric, counties=2)
    data["items"]["2.1"]["1"] = {"actual": 1, "target": 2}  # one county without a cadre
    data["whole"] = {"规模性返贫": {"triggered": True}}
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["score", "--rubric", RUBRIC_ID, "--facts", str(path)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("评价等次：待评定　最高可评：较好")
    assert "2.1 向每个定点帮扶县至少选派一名优秀干部挂职帮扶（实际1个县，最低要求2个县）" in text
    assert main(["score", "--rubric", RUBRIC_ID, "--facts", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rating_ceiling"] == "较好"
    assert [u["item"] for u in out["unmet"]] == ["2.1"]


# ------------------------------------------- interpretations: what the document does not say


def interpretation(out: dict[str, Any], interp_id: str) -> dict[str, Any]:
    return next(i for i in out["interpretations"] if i["id"] == interp_id)


def test_interpretations_and_their_kinds(rubric) -> None:
    assert {i.id: (i.kind, i.settable) for i in rubric.interpretations} == {
        "other-major-problems": ("addition", False),
        "units": ("addition", False),
        "recorded-without-minimum": ("assumed", False),
        "encouraged-visit": ("assumed", False),
        "consumer-aid-amounts": ("addition", False),
        "procedure-items": ("addition", False),
        "rounding": ("assumed", False),  # the loader's default: the file sets no precision
    }
    notes = "\n".join(rubric.notes)
    assert "计量单位" not in notes and "minimum: 0" not in notes  # the reasoning moved


def test_units_are_marked_as_additions(rubric) -> None:
    report = run(rubric, all_met(rubric))
    out = report.to_json()
    for code in ("3.1", "3.2", "3.3", "4.4"):
        assert "units" in out["items"][code]["interpretations"], code
    for code in ("1.1", "2.1"):  # 个县, 次, 名: the document's own counting words
        assert "units" not in out["items"][code]["interpretations"], code
    units = interpretation(out, "units")
    assert units["kind"] == "addition" and not units["settable"]
    assert "item[3.3].rules[1]" in units["applies_to"]  # 人次
    assert "item[3.1].rules[1]" in units["applies_to"]  # 万元
    assert "万元" in units["reason"] and "人次" in units["reason"]
    assert units["source"].startswith("1. 对定点帮扶县投入帮扶资金数、引进帮扶资金数")
    # the recorded values still print with the added unit
    lines = {(e.code, e.detail) for i in report.items() for e in i.explanations}
    assert ("3.3", "实际1500人次") in lines


def test_record_only_values_and_the_encouraged_visit_are_assumed(rubric) -> None:
    out = run(rubric, all_met(rubric)).to_json()
    recorded = interpretation(out, "recorded-without-minimum")
    assert recorded["kind"] == "assumed" and recorded["value"] == "0"
    assert len(recorded["applies_to"]) == 7
    visit = interpretation(out, "encouraged-visit")
    assert visit["applies_to"] == ["item[1.1].rules[2].minimum"]
    assert (
        visit["source"]
        == "鼓励单位主要负责同志到定点帮扶县调研考察,在年底考核时,同等条件下排名靠前。"
    )
    assert "encouraged-visit" in out["items"]["1.1"]["interpretations"]
    assert "procedure-items" in out["items"]["5.2"]["interpretations"]


def test_the_added_veto_is_marked(rubric) -> None:
    data = all_met(rubric)
    data["whole"] = {"其他重大问题": {"triggered": True}}
    out = run(rubric, data).to_json()
    added = interpretation(out, "other-major-problems")
    assert added["kind"] == "addition" and added["applies_to"] == ["rules[其他重大问题]"]
    assert added["source"].endswith("等重大问题的,年度综合评价不得确定为“好”。")
    assert "other-major-problems" in out["total_interpretations"]
