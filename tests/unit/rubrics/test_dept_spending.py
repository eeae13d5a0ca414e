"""dept-spending-selfeval: 靖州县2022年度部门（单位）整体支出绩效评价自评报告 (source 002).

Expected numbers are worked out by hand from the source's figures and the rubric's marked
interpretations (the form prints none of these values): 产出目标 60 (质量/数量/时效/成本 15
each), 效益目标 40 (社会/经济/生态效益 10 each, 满意度 10), total 100; grades 优 ≥ 90, 良 ≥ 80,
中 ≥ 60, 差 below (all from 财预〔2020〕10号); the checks' tolerance 0.05 is the file's own.
"""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from evaldesk.cli import main
from evaldesk.errors import InputError
from evaldesk.rubrics.interpretations import with_office_values
from evaldesk.rubrics.registry import builtins
from evaldesk.scoring import facts_from_data, facts_from_json, score
from evaldesk.scoring.check import facts_problems
from evaldesk.scoring.forms import check_form, reported, with_indicator_scores

RUBRIC_ID = "dept-spending-selfeval"
VECTOR = Path(__file__).resolve().parents[3] / "evaldesk/demo/data/jingzhou-2022-facts.json"
CATEGORIES = [
    "产出.质量",
    "产出.数量",
    "产出.时效",
    "产出.成本",
    "效益.社会",
    "效益.经济",
    "效益.生态",
    "效益.满意度",
]


@pytest.fixture(scope="module")
def loaded():
    return builtins()[RUBRIC_ID]


@pytest.fixture(scope="module")
def rubric(loaded):
    return loaded.rubric


def vector_data() -> dict:
    return json.loads(VECTOR.read_text(encoding="utf-8"), parse_float=D)


@pytest.fixture
def vector():
    return facts_from_json(VECTOR.read_text(encoding="utf-8"), source=VECTOR.name)


def results_by_id(rubric, facts):
    return {r.id: r for r in check_form(rubric, facts)}


def category_facts(scores: list[str], **extra) -> dict:
    data = {
        "items": {code: {"1": {"score": D(s)}} for code, s in zip(CATEGORIES, scores, strict=True)}
    }
    data.update(extra)
    return data


# --------------------------------------------------------------------------- structure


def test_identity_and_structure(loaded, rubric):
    assert rubric.title == "靖州县2022年度部门（单位）整体支出绩效评价自评报告"
    assert rubric.kind == "report" and rubric.issuer == "靖州县财政局" and rubric.year == 2022
    # the form carries no 文号; its grades cite 财预〔2020〕10号 (interpretation grade-bands)
    assert rubric.doc_number == ""
    assert rubric.total == D(100)
    # a section states no points of its own: its maximum is its categories' sum (60, 40)
    assert [(s.code, s.title, s.points) for s in rubric.sections] == [
        ("产出", "产出目标（部门工作实绩，根据部门实际进行调整细化）", None),
        ("效益", "效益目标（预期实现的效益）", None),
    ]
    report = score(rubric, facts_from_data({}))
    assert [(s.code, s.max) for s in report.sections] == [("产出", D(60)), ("效益", D(40))]
    assert report.max == D(100)
    assert [i.code for i in rubric.items()] == CATEGORIES
    assert [i.title for i in rubric.items()] == [
        "质量指标",
        "数量指标",
        "时效指标",
        "成本指标",
        "社会效益",
        "经济效益",
        "生态效益",
        "社会公众或服务对象满意度",
    ]
    # 财预〔2020〕10号: 50 + 10 (预算执行率, no row in this form) = 60 over four; 30 + 10 = 40
    assert [i.points for i in rubric.items()] == [D(x) for x in (15, 15, 15, 15, 10, 10, 10, 10)]
    assert sum(i.points for i in rubric.items()) == rubric.total
    for item in rubric.items():
        assert [r.kind for r in item.rules] == ["manual"] and not item.evidence_required
    assert [(b.min, b.grade, b.inclusive) for b in rubric.grades] == [
        (D(90), "优", True),
        (D(80), "良", True),
        (D(60), "中", True),
        (D(0), "差", True),
    ]
    assert loaded.warnings == []
    assert len(rubric.notes) >= 20


def test_form_layout(rubric):
    form = rubric.form
    assert form is not None and form.tolerance == D("0.05")
    labels = [p.label for p in form.profile]
    for label in (
        "部门(单位)名称",
        "预算编码",
        "评价方式",
        "评价机构",
        "报告日期",
        "联系人",
        "联络电话",
        "人员编制",
        "实有人数",
        "职能职责概述",
        "年度主要工作内容",
        "年度部门（单位）总体运行情况及取得的成绩",
        "绩效自评综合得分",
        "评价等次",
        "填报人（签名）",
        "联系电话",
    ):
        assert label in labels
    tables = {t.id: t for t in form.tables}
    assert list(tables) == ["income", "spending", "sangong", "assets", "savings"]
    assert [c.title for c in tables["spending"].columns] == [
        "支出合计",
        "基本支出",
        "人员支出",
        "公用支出",
        "项目支出",
        "当年结余",
        "累计结余",
    ]
    assert [r.title for r in tables["income"].rows] == [
        "局机关及二级机构汇总",
        "1、局机关",
        "2、二级机构1",
        "3、二级机构2",
    ]
    assert [r.title for r in tables["savings"].rows] == [
        "出国费",
        "公务接待费",
        "公务用车购置及运行费",
        "合计",
    ]
    assert [c.title for c in form.text_tables[0].columns] == ["姓名", "职务/职称", "单位", "签字"]
    assert form.text_tables[0].printed_rows == 4
    blocks = [(b.title, b.signer) for b in form.signoff if not isinstance(b, str)]
    assert blocks == [
        ("评价组组长（签字）", ""),
        ("部门（单位）意见", "部门（单位）负责人（签章）"),
        ("财政部门归口业务科室意见", "财政部门归口业务科室负责人（签章）"),
    ]
    assert form.indicators is not None and form.indicators.target_label == "绩效目标"
    # 20 row checks + 4 汇总 checks + 17 on the 三公 comparison table + 8 ratios
    assert len(form.checks) == 49


def test_cli_lists_and_shows_it(chinese_locale, capsys):
    assert main(["rubrics", "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    row = rows[RUBRIC_ID]
    assert row["title"] == "靖州县2022年度部门（单位）整体支出绩效评价自评报告"
    assert row["total"] == "100" and row["kind"] == "report" and row["items"] == 8
    assert row["issuer"] == "靖州县财政局" and row["warnings"] == 0
    assert main(["rubrics", "show", RUBRIC_ID]) == 0
    text = capsys.readouterr().out
    for words in (
        "产出目标",
        "质量指标　15分",
        "等次：优≥90",
        "评定分数 0–本项分值",
        "年度收入情况（万元）",
        "评价组组长（签字）",
        "解释说明",
    ):
        assert words in text


def test_cli_scores_the_vector(capsys):
    assert main(["score", "--rubric", RUBRIC_ID, "--facts", str(VECTOR), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["total"] == "100" and out["grade"] == "优"


def test_vector_fits_the_rubric(rubric, vector):
    assert facts_problems(rubric, vector) == []
    assert vector.profile["dept_name"] == "靖州县人力资源和社会保障局"
    assert vector.profile["budget_code"] == "518"
    assert vector.profile["initial_budget"] == "987.68"
    assert vector.profile["sangong_vs_last_year"] == "比上年减少14,293.93元，减少16%"
    assert [len(vector.indicators[c]) for c in CATEGORIES] == [3, 6, 2, 2, 1, 1, 1, 1]
    assert vector.indicators["产出.质量"][0].target == "指标1：享受人员就业率及准确率"
    assert vector.texts["evaluators"] == [
        {"name": "舒海兰", "title": "会计", "unit": "靖州县人社局", "signature": "舒海兰"}
    ]
    # extraction fix (notes): the page break inside 发展规划 is glued back
    assert "统筹城乡就业发展规划" in vector.profile["duties"]


# --------------------------------------------------------------------------- scenarios


def test_scenario_all_met_is_the_jingzhou_vector(rubric, vector):
    report = score(rubric, vector)
    sections = {s.code: s.score for s in report.sections}
    # 综合得分 100 with every category capped at its points forces full marks:
    # 产出 15+15+15+15 = 60, 效益 10+10+10+10 = 40
    assert sections == {"产出": D(60), "效益": D(40)}
    assert report.total == D(100) and report.grade == "优"  # 100 >= 90
    assert {i.code: i.score for s in report.sections for i in s.items} == {
        c: D(15) if c.startswith("产出") else D(10) for c in CATEGORIES
    }


def test_scenario_typical_year_with_indicator_scores(rubric):
    rows = lambda *scores: [  # noqa: E731
        {"target": f"指标{n}", "completion": "完成", "score": D(s)} for n, s in enumerate(scores, 1)
    ]
    data = category_facts(["0", "13", "0", "15", "10", "8", "6", "9.5"])
    # 质量 and 时效 are scored per indicator, their category score comes from the rows
    del data["items"]["产出.质量"], data["items"]["产出.时效"]
    data["indicators"] = {c: rows() for c in CATEGORIES}
    data["indicators"] |= {"产出.质量": rows("5", "4.5", "5"), "产出.时效": rows("7.5", "6")}
    data["indicators"] |= {
        c: [{"target": "指标1", "completion": "完成"}] for c in CATEGORIES[1:] if c != "产出.时效"
    }
    data["profile"] = {"overall_score": "89.5", "grade": "良"}
    facts = facts_from_data(data)
    report = score(rubric, with_indicator_scores(rubric, facts))
    items = {i.code: i.score for s in report.sections for i in s.items}
    assert items["产出.质量"] == D("14.5")  # 5 + 4.5 + 5
    assert items["产出.时效"] == D("13.5")  # 7.5 + 6
    # 产出 = 14.5 + 13 + 13.5 + 15 = 56; 效益 = 10 + 8 + 6 + 9.5 = 33.5
    assert {s.code: s.score for s in report.sections} == {"产出": D(56), "效益": D("33.5")}
    assert report.total == D("89.5") and report.grade == "良"  # 80 <= 89.5 < 90
    got = results_by_id(rubric, facts)
    assert got["indicators:产出.质量"].computed == D("14.5") and got["indicators:产出.质量"].ok
    assert got["score"].status == "ok" and got["score"].computed == D("89.5")
    assert got["grade"].status == "ok" and got["grade"].computed_text == "良"


def test_scenario_edges_cap_and_unscored(rubric):
    data = category_facts(["0", "15", "15", "15", "10", "10", "9", "0"])
    del data["items"]["产出.质量"], data["items"]["效益.满意度"]
    # 质量: three indicators at 6 = 18, above the category's 15 points
    data["indicators"] = {
        "产出.质量": [
            {"target": f"指标{n}", "completion": "完成", "score": D(6)} for n in (1, 2, 3)
        ]
    }
    data["profile"] = {"overall_score": "100", "grade": "优"}
    facts = facts_from_data(data)
    report = score(rubric, with_indicator_scores(rubric, facts))
    items = {i.code: i for s in report.sections for i in s.items}
    assert items["产出.质量"].score == D(15)  # 18 capped at 15, and the engine says so
    assert any(
        p.key == "kind.manual.out_of_bounds" and p.args["high"] == 15 for p in report.problems
    )
    assert items["效益.满意度"].score == D(0) and items["效益.满意度"].status == "not_assessed"
    # live: 产出 15*4 = 60; 效益 10 + 10 + 9 + 0 = 29; total 89 -> 良; at best 满意度 10 -> 99
    assert report.total == D(89) and report.grade == "良" and report.attainable == D(99)
    got = results_by_id(rubric, facts)
    assert got["indicators:产出.质量"].status == "mismatch" and not got["indicators:产出.质量"].ok
    assert got["indicators:效益.满意度"].status == "not_filled"  # no indicator listed
    assert got["score"].status == "not_filled" and got["score"].missing == ("效益.满意度",)
    # while a category is unscored the grade follows the stated 100 -> 优, as stated
    assert got["grade"].status == "ok"


@pytest.mark.parametrize(
    ("scores", "total", "grade"),
    [
        (["15", "15", "15", "15", "10", "10", "10", "0"], "90", "优"),  # 60 + 30
        (["15", "15", "15", "15", "10", "10", "9.99", "0"], "89.99", "良"),  # 60 + 29.99
        (["15", "15", "15", "15", "10", "10", "0", "0"], "80", "良"),  # 60 + 20
        (["15", "15", "15", "15", "10", "9.99", "0", "0"], "79.99", "中"),  # 60 + 19.99
        (["15", "15", "15", "15", "0", "0", "0", "0"], "60", "中"),  # 60 + 0
        (["15", "15", "15", "14.99", "0", "0", "0", "0"], "59.99", "差"),  # 59.99 + 0
    ],
)
def test_grade_band_boundaries(rubric, scores, total, grade):
    facts = facts_from_data(
        category_facts(scores, profile={"overall_score": total, "grade": grade})
    )
    report = score(rubric, facts)
    assert report.total == D(total) and report.grade == grade
    got = results_by_id(rubric, facts)
    assert got["score"].status == "ok" and got["grade"].status == "ok"


# --------------------------------------------------------------------------- the test vector's checks

# (check id, computed, stated, status, difference) — each worked out from the source's figures
VECTOR_CHECKS = [
    ("income-bureau", "1209.14", "1209.14", "ok", "0"),  # 0 + 1209.14 + 0 + 0 + 0
    ("spending-bureau-total", "1209.14", "1209.14", "ok", "0"),  # 708.61 + 500.53
    ("spending-bureau-basic", "708.61", "708.61", "ok", "0"),  # 445.69 + 262.92
    ("sangong-bureau", "7.50", "7.5", "ok", "0"),  # 5.18 + 2.32 + 0 + 0
    ("assets-bureau", "1534.99", "1534.99", "ok", "0"),  # 1534.99 + blank + blank
    ("savings-reception-budget", "7.14", "7.14", "ok", "0"),  # 5.18 + 1.96
    ("savings-reception-last-year", "6.39", "6.39", "ok", "0"),  # 5.18 + 1.21
    ("savings-vehicle-budget", "2.55", "2.55", "ok", "0"),  # 2.32 + 0.23
    ("savings-vehicle-last-year", "2.54", "2.54", "ok", "0"),  # 2.32 + 0.22
    ("savings-total-budget", "9.69", "9.69", "ok", "0"),  # 7.5 + 2.19
    ("savings-total-last-year", "8.93", "8.93", "ok", "0"),  # 7.5 + 1.43
    ("savings-rows-budget", "9.69", "9.69", "ok", "0"),  # 0 + 7.14 + 2.55
    ("savings-rows-decrease", "1.43", "1.43", "ok", "0"),  # blank + 1.21 + 0.22
    ("savings-vs-sangong-total", "7.5", "7.5", "ok", "0"),  # 三公经费表 7.5
    ("savings-vs-sangong-vehicle", "2.32", "2.32", "ok", "0"),  # 2.32 + 0
    # (7.14 − 5.18) / 7.14 = 1.96 / 7.14 = 27.4510% -> 27.45
    ("ratio-reception-budget", "27.45", "27.45", "ok", "0"),
    # 0.23 / 2.55 = 9.0196% -> shown 9.02; stated "9" is whole percent and 9.02 rounds to 9
    ("ratio-vehicle-budget", "9.02", "9", "ok", "0"),
    # 2.19 / 9.69 = 22.6006% -> 22.60; at the stated one decimal 22.6
    ("ratio-total-budget", "22.60", "22.6", "ok", "0"),
    # 1.21 / 6.39 = 18.9358% -> 18.94 vs stated 18.92: 0.02 points, within 0.05, shown
    ("ratio-reception-last-year", "18.94", "18.92", "within_tolerance", "0.02"),
    # 0.22 / 2.54 = 8.6614% -> 8.66 vs stated 8.67: −0.01 points, within 0.05, shown
    ("ratio-vehicle-last-year", "8.66", "8.67", "within_tolerance", "-0.01"),
    # 1.43 / 8.93 = 16.0134% -> 16.01; stated "16" is whole percent
    ("ratio-total-last-year", "16.01", "16", "ok", "0"),
    # 15+15+15+15+10+10+10+10 = 100 vs 绩效自评综合得分 100
    ("score", "100", "100", "ok", "0"),
]


@pytest.mark.parametrize(("cid", "computed", "stated", "status", "difference"), VECTOR_CHECKS)
def test_vector_check(rubric, vector, cid, computed, stated, status, difference):
    result = results_by_id(rubric, vector)[cid]
    assert result.computed == D(computed)
    assert result.computed_text.removesuffix("%") == computed  # as shown to the reader
    assert result.stated == D(stated)
    assert result.status == status and result.ok
    assert result.difference == D(difference)


def test_vector_reports_what_the_source_leaves_blank_or_rounds(rubric, vector):
    results = check_form(rubric, vector)
    got = {r.id: r for r in results}
    assert got["assets-bureau"].zeroed == ("assets.bureau.rented", "assets.bureau.other")
    # the source leaves the 汇总 row blank in all four tables (notes) and 评价等次 blank
    assert [r.id for r in reported(results)] == [
        "income-rows",
        "spending-rows",
        "sangong-rows",
        "assets-rows",
        "ratio-reception-last-year",
        "ratio-vehicle-last-year",
        "grade",
    ]
    assert got["spending-rows"].status == "not_filled"
    assert got["spending-rows"].missing == ("spending.summary.total",)
    assert got["spending-rows"].computed == D("1209.14")  # 1209.14 + blank + blank
    assert got["grade"].status == "not_filled" and got["grade"].computed_text == "优"  # 100 >= 90
    # rows not used are "not applicable", not "not filled"
    assert got["income-sub1"].status == "not_applicable"
    assert got["ratio-abroad-budget"].status == "not_applicable"  # 0/0, nothing stated
    assert got["savings-abroad-budget"].status == "ok"  # 0 = 0 + blank
    assert all(r.ok for r in results if r.status != "not_filled")


def _with_cell(table: str, row: str, col: str, value):
    data = vector_data()
    data["tables"][table][row][col] = value
    return facts_from_data(data)


def test_a_wrong_total_is_reported(rubric):
    got = results_by_id(rubric, _with_cell("spending", "bureau", "total", D("1209.15")))
    result = got["spending-bureau-total"]
    # 708.61 + 500.53 = 1209.14, stated 1209.15: 0.01 万元 off, within 0.05 — shown, not hidden
    assert result.status == "within_tolerance" and result.reported
    assert result.computed == D("1209.14") and result.difference == D("-0.01")
    assert "相差-0.01万元" in result.detail
    got = results_by_id(rubric, _with_cell("spending", "bureau", "total", D("1210.14")))
    result = got["spending-bureau-total"]
    # 1209.14 − 1210.14 = −1.00: beyond the tolerance
    assert result.status == "mismatch" and not result.ok and result.difference == D("-1.00")


def test_a_wrong_percentage_is_reported_at_its_own_precision(rubric):
    # 27.4510% written with one decimal is 27.5: a correct rounding
    got = results_by_id(rubric, _with_cell("savings", "reception", "saving_pct", D("27.5")))
    assert got["ratio-reception-budget"].status == "ok"
    got = results_by_id(rubric, _with_cell("savings", "reception", "saving_pct", D("28.45")))
    result = got["ratio-reception-budget"]
    assert result.status == "mismatch" and result.difference == D("-1.00")  # 27.45 − 28.45


def test_a_missing_cell_is_not_filled(rubric):
    got = results_by_id(rubric, _with_cell("spending", "bureau", "project", None))
    result = got["spending-bureau-total"]
    assert result.status == "not_filled" and not result.ok
    assert result.missing == ("spending.bureau.project",)
    assert "1、局机关·项目支出" in result.detail


# --------------------------------------- interpretations: the form prints no points or grades


def interpretation(out: dict, interp_id: str) -> dict:
    return next(i for i in out["interpretations"] if i["id"] == interp_id)


def test_interpretations_and_their_kinds(rubric):
    assert {i.id: (i.kind, i.document, i.settable) for i in rubric.interpretations} == {
        "output-category-max": ("other_document", "财预〔2020〕10号", True),
        "outcome-category-max": ("other_document", "财预〔2020〕10号", True),
        "total-100": ("other_document", "财预〔2020〕10号", False),
        "grade-bands": ("other_document", "财预〔2020〕10号", False),
        "category-scores": ("addition", "", False),
        "tolerance": ("assumed", "", False),
        "rounding": ("assumed", "", False),
    }
    notes = "\n".join(rubric.notes)
    assert "分值（解释）" not in notes  # the reasoning moved into the interpretations


def test_category_maxima_come_from_another_document(rubric, vector):
    out = score(rubric, vector).to_json()
    produce = interpretation(out, "output-category-max")
    assert (produce["kind"], produce["document"], produce["value"]) == (
        "other_document",
        "财预〔2020〕10号",
        "15",
    )
    assert produce["applies_to"] == [f"item[{c}].points" for c in CATEGORIES[:4]]
    assert produce["source"] == "产出目标（部门工作实绩，根据部门实际进行调整细化）"
    benefit = interpretation(out, "outcome-category-max")
    assert benefit["value"] == "10" and benefit["source"] == "效益目标（预期实现的效益）"
    assert benefit["applies_to"] == [f"item[{c}].points" for c in CATEGORIES[4:]]
    for code in CATEGORIES:
        marks = out["items"][code]["interpretations"]
        assert "category-scores" in marks
        assert (
            "output-category-max" if code.startswith("产出") else "outcome-category-max"
        ) in marks
    sections = {s["code"]: s for s in out["sections"]}
    assert (
        sections["产出"]["max"] == "60"
        and "output-category-max" in sections["产出"]["interpretations"]
    )
    assert (
        sections["效益"]["max"] == "40"
        and "outcome-category-max" in sections["效益"]["interpretations"]
    )
    assert {"output-category-max", "outcome-category-max"} <= set(out["total_interpretations"])


def test_total_and_grade_bands_are_marked(rubric, vector):
    out = score(rubric, vector).to_json()
    assert (out["total"], out["max"], out["grade"]) == ("100", "100", "优")
    assert {"total-100", "grade-bands"} <= set(out["total_interpretations"])
    bands = interpretation(out, "grade-bands")
    assert bands["kind"] == "other_document" and bands["document"] == "财预〔2020〕10号"
    assert bands["applies_to"] == [
        "grade[优].min",
        "grade[良].min",
        "grade[中].min",
        "grade[差].min",
    ]
    assert bands["source"] == "评价等次"
    assert "90（含）-100分为优" in bands["reason"]
    total = interpretation(out, "total-100")
    assert (total["applies_to"], total["value"], total["source"]) == (
        ["total"],
        "100",
        "绩效自评综合得分",
    )


def test_the_tolerance_is_the_files_own(rubric, vector):
    out = score(rubric, vector).to_json()
    tolerance = interpretation(out, "tolerance")
    assert (tolerance["kind"], tolerance["applies_to"], tolerance["value"]) == (
        "assumed",
        ["form.tolerance"],
        "0.05",
    )
    assert tolerance["source"] == ""  # the document says nothing of a tolerance
    assert tolerance["document"] is None


def test_office_sets_the_category_maxima(rubric):
    # 预算执行率's 10 points moved from 产出 to 效益: 12.5 each, 50 + 50 = 100
    values = {"output-category-max": D("12.5"), "outcome-category-max": D("12.5")}
    chosen = with_office_values(rubric, values)
    assert [i.points for i in chosen.items()] == [D("12.5")] * 8
    data = category_facts(["12.5", "12.5", "10", "12.5", "12.5", "12.5", "12.5", "8"])
    data["interpretations"] = {k: str(v) for k, v in values.items()}
    report = score(rubric, facts_from_data(data))
    # 产出 12.5 + 12.5 + 10 + 12.5 = 47.5; 效益 12.5 × 3 + 8 = 45.5; total 93 -> 优
    assert {s.code: (s.score, s.max) for s in report.sections} == {
        "产出": (D("47.5"), D(50)),
        "效益": (D("45.5"), D(50)),
    }
    assert report.total == D(93) and report.max == D(100) and report.grade == "优"
    used = interpretation(report.to_json(), "output-category-max")
    assert (used["value"], used["set_by_office"]) == ("12.5", True)
    # a category's score above the office's maximum is capped there
    over = category_facts(["15", "15", "15", "15", "10", "10", "10", "10"])
    over["interpretations"] = {"output-category-max": "12.5"}
    capped = score(rubric, facts_from_data(over))
    assert {s.code: s.score for s in capped.sections}["产出"] == D(50)


@pytest.mark.parametrize(
    ("interp_id", "wrong"),
    [
        ("output-category-max", D("12.4")),
        ("output-category-max", D("15.1")),
        ("outcome-category-max", D("9.9")),
        ("outcome-category-max", D("12.6")),
        ("grade-bands", D(85)),  # the grade standard is not the office's to set
        ("tolerance", D("0.1")),
    ],
)
def test_office_values_are_bounded(rubric, interp_id, wrong):
    with pytest.raises(InputError):
        with_office_values(rubric, {interp_id: wrong})
