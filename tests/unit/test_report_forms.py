"""Report-form machinery: model additions, validation, facts checks and the form checks, on inline rubrics."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from messages.expect import found, keys

from evaldesk.errors import RubricError
from evaldesk.rubrics.where import problem_of
from evaldesk.scoring import facts_from_data, score
from evaldesk.scoring.check import facts_problems
from evaldesk.scoring.engine import grade_of
from evaldesk.scoring.form_result import compare, places
from evaldesk.scoring.forms import check_form, reported, with_indicator_scores

FORM = """
id: form-test
title: 表
kind: report
total: 10
grades:
  - {min: 9, grade: 优}
  - {min: 6, grade: 中}
  - {min: 0, grade: 差}
sections:
  - code: A
    title: 甲
    points: 10
    items:
      - {code: A.1, title: 质量指标, points: 6, rules: [{kind: manual}]}
      - {code: A.2, title: 数量指标, points: 4, rules: [{kind: manual}]}
form:
  tolerance: 0.05
  overall_score: score
  grade_field: grade
  profile:
    - {id: name, label: 名称}
    - {id: score, label: 综合得分, type: number}
    - {id: grade, label: 评价等次}
  indicators: {title: 指标表}
  text_tables:
    - id: people
      title: 评价人员
      columns: [{id: name, title: 姓名}]
  signoff:
    - 评价组组长（签字）
    - {id: dept, title: 部门意见, opinion: true, signer: 负责人（签章）}
  tables:
    - id: t
      title: 支出
      unit_label: 万元
      columns: [{id: total, title: 合计}, {id: a, title: 甲}, {id: b, title: 乙}, {id: pct, title: 比例}]
      rows: [{id: r1, title: 行1}, {id: r2, title: 行2}]
  checks:
    - {id: s1, kind: sum, text: 行1合计, total: t.r1.total, parts: [t.r1.a, t.r1.b]}
    - {id: s2, kind: sum, text: 行2合计, total: t.r2.total, parts: [t.r2.a, t.r2.b], optional: true, blank_as_zero: true}
    - {id: p1, kind: ratio, text: 行1比例, stated: t.r1.pct, numerator: [t.r1.total, t.r1.a], denominator: t.r1.total}
    - {id: p2, kind: ratio, text: 行2比例, stated: t.r2.pct, numerator: [t.r2.total, t.r2.a], denominator: t.r2.total, optional: true}
"""


def _facts(**over):
    data = {
        "tables": {"t": {"r1": {"total": D("10"), "a": D("4"), "b": D("6"), "pct": D("60")}}},
        "profile": {"name": "某局", "score": "10", "grade": "优"},
        "items": {"A.1": {"1": {"score": D("6")}}, "A.2": {"1": {"score": D("4")}}},
        "indicators": {
            "A.1": [{"target": "指标1：x", "completion": "完成"}],
            "A.2": [{"target": "指标1：y", "completion": "完成"}],
        },
    }
    data.update(over)
    return facts_from_data(data)


@pytest.fixture
def rubric(rubric_from):
    return rubric_from(FORM)


def by_id(results):
    return {r.id: r for r in results}


def test_compare_uses_the_stated_precision_and_the_tolerance():
    # 0.23 / 2.55 = 9.0196...%: stated "9" has no decimals, 9.0196 rounds to 9 -> equal.
    assert compare(D("0.23") / D("2.55") * 100, D("9"), D("0.05")) == ("ok", D("0"))
    # 18.9358...% stated as 18.92: rounds to 18.94, 0.02 above, within 0.05.
    assert compare(D("1.21") / D("6.39") * 100, D("18.92"), D("0.05")) == (
        "within_tolerance",
        D("0.02"),
    )
    assert compare(D("10.06"), D("10"), D("0.05"), at_stated_precision=False) == (
        "mismatch",
        D("0.06"),
    )
    assert places(D("22.6")) == 1 and places(D("16")) == 0 and places(D("1E+1")) == 0


def test_all_filled_form_passes(rubric):
    results = check_form(rubric, _facts())
    assert [r.id for r in results] == [
        "s1",
        "s2",
        "p1",
        "p2",
        "indicators:A.1",
        "indicators:A.2",
        "score",
        "grade",
    ]
    got = by_id(results)
    assert got["s1"].status == "ok" and got["s1"].computed == D("10")
    # (10 - 4) / 10 = 60%
    assert got["p1"].computed == D("60.00") and got["p1"].status == "ok"
    assert got["s2"].status == "not_applicable" and got["p2"].status == "not_applicable"
    assert got["score"].computed == D("10") and got["score"].status == "ok"
    assert got["grade"].computed_text == "优" and got["grade"].status == "ok"
    assert reported(results) == []


def test_blank_cells_are_not_filled_unless_the_check_reads_them_as_zero(rubric):
    facts = _facts(
        tables={"t": {"r1": {"total": D("10"), "a": D("4")}, "r2": {"total": D("3"), "a": D("3")}}}
    )
    got = by_id(check_form(rubric, facts))
    assert got["s1"].status == "not_filled" and got["s1"].missing == ("t.r1.b",)
    assert "行1·乙" in got["s1"].detail
    assert not got["s1"].ok
    # r2 reads blanks as 0: 3 + 0 = 3, and says which cell it read as 0.
    assert got["s2"].status == "ok" and got["s2"].zeroed == ("t.r2.b",)
    assert got["p1"].status == "not_filled" and got["p1"].missing == ("t.r1.pct",)


def test_zero_denominator_with_a_stated_ratio_is_a_mismatch(rubric):
    tables = {"t": {"r1": {"total": D("0"), "a": D("0"), "b": D("0"), "pct": D("5")}}}
    got = by_id(check_form(rubric, _facts(tables=tables)))
    assert got["p1"].status == "mismatch" and "为0" in got["p1"].detail


def test_indicator_scores_make_the_category_score(rubric):
    facts = _facts(
        items={},
        indicators={
            "A.1": [
                {"target": "指标1", "completion": "完成", "score": D("2.5")},
                {"target": "指标2", "completion": "完成", "score": D("3")},
            ],
            "A.2": [{"target": "指标1", "completion": "完成", "score": D("4")}],
        },
        profile={"score": "9.5", "grade": "优"},
    )
    filled = with_indicator_scores(rubric, facts)
    assert filled.items["A.1"]["1"].score == D("5.5")  # 2.5 + 3
    report = score(rubric, filled)
    assert report.total == D("9.5") and report.grade == "优"  # 5.5 + 4 = 9.5 >= 9
    got = by_id(check_form(rubric, facts))
    assert got["indicators:A.1"].computed == D("5.5") and got["indicators:A.1"].status == "ok"
    assert got["score"].status == "ok" and got["score"].computed == D("9.5")


def test_indicator_problems_are_reported(rubric):
    facts = _facts(
        indicators={
            "A.1": [
                {"target": "指标1", "completion": "完成", "score": D("4")},
                {"target": "指标2", "completion": "完成", "score": D("3")},
            ],
            "A.2": [
                {"target": "", "completion": "完成", "score": D("1")},
                {"target": "指标2", "completion": "完成"},
            ],
        },
    )
    got = by_id(check_form(rubric, facts))
    # 4 + 3 = 7 > 6 points of the category
    assert (
        got["indicators:A.1"].status == "mismatch"
        and "超过本类分值6分" in got["indicators:A.1"].detail
    )
    assert got["indicators:A.2"].status == "not_filled"
    assert got["indicators:A.2"].missing == ("第1行绩效目标", "第2行得分")
    # A category score entered beside indicator scores must agree with their sum.
    facts = _facts(
        indicators={"A.1": [{"target": "x", "completion": "y", "score": D("5")}], "A.2": []}
    )
    got = by_id(check_form(rubric, facts))
    assert got["indicators:A.1"].status == "mismatch" and got["indicators:A.1"].difference == D(
        "-1"
    )
    assert got["indicators:A.2"].status == "not_filled"


def test_score_and_grade_checks(rubric):
    got = by_id(check_form(rubric, _facts(profile={"score": "9.9", "grade": "中"})))
    # items give 6 + 4 = 10; the stated 9.9 is 0.1 off, beyond 0.05
    assert got["score"].status == "mismatch" and got["score"].difference == D("0.1")
    assert got["grade"].status == "mismatch" and got["grade"].computed_text == "优"
    got = by_id(check_form(rubric, _facts(profile={"score": "十分"})))
    assert got["score"].status == "mismatch" and "不是数字" in got["score"].detail
    assert got["grade"].status == "not_filled"
    # An unscored category: the total is not known, the grade follows the stated score.
    got = by_id(
        check_form(
            rubric,
            _facts(items={"A.1": {"1": {"score": D("6")}}}, profile={"score": "7", "grade": "中"}),
        )
    )
    assert got["score"].status == "not_filled" and got["score"].missing == ("A.2",)
    assert got["grade"].status == "ok" and got["grade"].computed == D("7")


def test_grade_of_is_inclusive_at_each_lower_bound(rubric):
    assert [grade_of(rubric, D(x)) for x in ("9", "8.99", "6", "5.99", "0")] == [
        "优",
        "中",
        "中",
        "差",
        "差",
    ]


def test_no_form_no_checks(rubric_from):
    plain = rubric_from(
        "id: p\ntitle: t\nsections: [{code: A, title: a, items: [{code: A.1, title: x, points: 1}]}]\n"
    )
    assert check_form(plain, facts_from_data({})) == []


def test_facts_for_forms_are_checked(rubric):
    facts = facts_from_data(
        {
            "indicators": {"Z.9": []},
            "texts": {"people": [{"name": "张三", "age": "40"}], "nobody": []},
            "profile": {"name": "x", "dept.opinion": "同意", "nickname": "y"},
        }
    )
    problems = facts_problems(rubric, facts, source="f.json")
    # sign-off block fields (dept.opinion) are known: four problems, not five
    assert keys(problems) == [
        "facts.no_item",
        "facts.no_text_column",
        "facts.no_text_table",
        "facts.no_profile_field",
    ]
    fields = [p.origin.field for p in problems if p.origin is not None]
    assert fields == ["indicators.Z.9", "texts.people[1].age", "texts.nobody", "profile.nickname"]
    assert problems[0].text("en") == "f.json: indicators.Z.9: no such item in form-test"
    assert problems[1].text("zh") == "f.json：texts.people[1].age：没有这一列（列有：name）"
    assert problem_of(found(problems, "facts.no_text_table")).args["known"] == ["people"]


@pytest.mark.parametrize(
    ("change", "message", "key"),
    [
        ("overall_score: score", "overall_score: scored", "rubric.form_not_profile"),
        ("{id: s1, kind: sum", "{id: p1, kind: sum", "rubric.form_id_reused"),
        ("{id: name, label: 名称}", "{id: grade, label: 名称}", "rubric.form_id_reused"),
    ],
)
def test_validator_rejects_bad_form_ids(rubric_from, change, message, key):
    text = FORM.replace(change, message)
    with pytest.raises(RubricError) as err:
        rubric_from(text)
    (problem,) = err.value.problem_messages
    assert keys([problem]) == [key]
    assert problem.origin is not None and problem.origin.field is not None
    assert problem.origin.field.startswith("form.")
    assert problem.text("zh").startswith(f"inline.yaml:{problem.origin.line}：报告表：")


def test_validator_warns_when_an_item_cannot_take_indicator_scores(rubric_from):
    from evaldesk.rubrics.loader import load_text

    text = FORM.replace(
        "{code: A.2, title: 数量指标, points: 4, rules: [{kind: manual}]}",
        "{code: A.2, title: 数量指标, points: 4}",
    )
    loaded = load_text(text, "x.yaml")
    (warning,) = loaded.warnings
    assert keys([warning]) == ["rubric.indicator_needs_manual"]
    assert warning.origin is not None and warning.origin.item == "A.2"
    assert "A.2" in text.splitlines()[warning.origin.line - 1]
