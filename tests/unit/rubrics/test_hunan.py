"""湘人社发〔2021〕46号 (hunan-rsxczx-2021): structure and hand-worked scores.

Every expected number below is worked out from the document's wording (the clause is cited next
to it), not taken from the engine. What the document does not print is one of the rubric's
`interpretations` (issue 14); the tests at the end show each finding's mark in the report and the
office's values for the settable ones.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import pytest

from evaldesk.cli import main
from evaldesk.errors import InputError
from evaldesk.rubrics.interpretations import with_office_values
from evaldesk.rubrics.registry import builtins, get
from evaldesk.scoring import ScoreReport, facts_from_data, score

RID = "hunan-rsxczx-2021"
D = Decimal

CITIES = [
    "长沙市",
    "株洲市",
    "湘潭市",
    "衡阳市",
    "邵阳市",
    "岳阳市",
    "常德市",
    "张家界市",
    "益阳市",
    "郴州市",
    "永州市",
    "怀化市",
    "娄底市",
    "湘西土家族苗族自治州",
]


@pytest.fixture(scope="module")
def rubric() -> Any:
    return get(RID).rubric


def _met(*ids: str) -> dict[str, str]:
    return dict.fromkeys(ids, "met")


def all_met(unit: str = "changsha") -> dict[str, Any]:
    """Facts of a unit that meets every clause of the 细则 and has a clean dispatch record."""
    return {
        "rubric": RID,
        "unit": unit,
        "counts": {"dispatch_missing": 0, "ledger_overdue": 0},
        "items": {
            "一.1": {"1": {"lines": _met("1", "2", "3", "3b")}},
            "一.2": {"1": {"lines": _met("1", "2", "3")}},
            "一.3": {"1": {"lines": _met("1", "2")}, "3": {"count": 0}},
            "一.4": {"1": {"lines": _met("1", "2", "3")}},
            "一.5": {"1": {"lines": _met("1")}},
            "二.1": {"1": {"lines": _met("1", "2")}, "3": {"count": 0}},
            "二.2": {"1": {"lines": _met("1", "2", "3")}},
            "二.3": {"1": {"count": 0}, "2": {"lines": _met("2", "3")}},
            "三.1": {"1": {"actual": 2000, "target": 2000}},
            "三.2": {"1": {"lines": _met("1")}},
            "三.3": {"1": {"lines": _met("1", "2")}},
            "四.1": {"1": {"lines": _met("1", "2", "3")}},
            "四.2": {"1": {"lines": _met("1")}},
            "五.1": {"1": {"lines": _met("1", "2")}},
            "五.2": {"1": {"count": 0}},
            "五.3": {"1": {"score": 4}},
            "六.1": {"1": {"lines": _met("1", "2")}},
            "六.2": {"1": {"lines": _met("1", "2", "3", "4")}},
            "加分.1": {"1": {"occurrences": {}}},
            "加分.2": {"1": {"occurrences": {}}},
            "加分.3": {"1": {"occurrences": {}}},
            "评议.1": {"1": {"votes": {"A": 3}}},
        },
    }


def run(rubric: Any, data: dict[str, Any]) -> ScoreReport:
    return score(rubric, facts_from_data(copy.deepcopy(data)))


def items(report: ScoreReport) -> dict[str, Decimal]:
    return {i.code: i.score for i in report.items()}


def sections(report: ScoreReport) -> dict[str, Decimal]:
    return {s.code: s.score for s in report.sections}


def parts(report: ScoreReport) -> dict[str, tuple[Decimal, Decimal]]:
    return {p.id: (p.score, p.weighted) for p in report.parts}


# --------------------------------------------------------------------------- structure


def test_identity(rubric: Any) -> None:
    assert rubric.id == RID
    assert rubric.title == "湖南省人社领域乡村振兴工作评估办法"
    assert rubric.doc_number == "湘人社发〔2021〕46号"
    assert rubric.issuer == "湖南省人力资源和社会保障厅"
    assert rubric.year == 2021
    assert rubric.total == 100  # 人社领域乡村振兴工作评估细则（总分100分）


def test_sections_and_item_points_add_up(rubric: Any) -> None:
    detail = {s.code: s for s in rubric.sections if s.code in "一二三四五六"}
    stated = {"一": 20, "二": 16, "三": 16, "四": 16, "五": 16, "六": 16}
    assert {c: s.points for c, s in detail.items()} == stated
    assert {c: s.title for c, s in detail.items()} == {
        "一": "统筹推进",
        "二": "就业帮扶",
        "三": "技能帮扶",
        "四": "人事人才帮扶",
        "五": "社保帮扶",
        "六": "驻村帮扶",
    }
    for code, section in detail.items():
        assert sum(i.points for i in section.items) == stated[code], code
        assert section.part == "comprehensive"
    assert sum(stated.values()) == rubric.total
    # items per section: 一 5, 二 3, 三 3, 四 2, 五 3 (五.2 and 五.3 split), 六 2 (split)
    assert [len(detail[c].items) for c in "一二三四五六"] == [5, 3, 3, 2, 3, 2]
    assert [i.points for i in detail["五"].items] == [8, 4, 4]
    assert [(i.title, i.points) for i in detail["六"].items] == [
        ("完善帮扶机制", 8),
        ("引领乡村发展", 8),
    ]
    # 18 细则 items + 调度.1 + 3 加分项 + 2 等次评估 items
    assert len(rubric.items()) == 24


def test_composition_units_and_vote_items(rubric: Any) -> None:
    assert [(p.id, p.weight) for p in rubric.parts] == [
        ("dispatch", D("0.4")),
        ("comprehensive", D("0.6")),
    ]
    assert [u.name for u in rubric.units if u.group == "city"] == CITIES
    assert [u.id for u in rubric.units if u.group == "dept"] == ["dept"]
    votes = rubric.item("评议.1").rules[0]
    assert votes.grades == {"A": 10, "B": 6, "C": 0}
    assert votes.quotas == {"A": D("0.3"), "B": D("0.5"), "C": D("0.2")}
    cities_vote = rubric.item("评议.2")
    assert cities_vote.applies_to == ["dept"]
    assert cities_vote.rules[0].grades == {"A": 5, "B": 3, "C": 0}
    bonus = next(s for s in rubric.sections if s.code == "加分")
    assert bonus.bonus and all(i.points is None for i in bonus.items)


def test_stable_ids_and_methods(rubric: Any) -> None:
    lines = {
        i.code: [ln.id for ln in i.rules[0].lines]
        for i in rubric.items()
        if i.rules and i.rules[0].kind == "checklist"
    }
    assert lines["一.1"] == ["1", "2", "3", "3b"]
    assert lines["一.3"] == ["1", "2"]
    assert lines["六.2"] == ["1", "2", "3", "4"]
    assert [r.id for r in rubric.item("一.3").rules] == ["1", "3"]
    assert [r.id for r in rubric.item("二.3").rules] == ["1", "2"]
    assert [ln.id for ln in rubric.item("二.3").rules[1].lines] == ["2", "3"]
    assert [r.source for r in rubric.item("调度.1").rules] == ["dispatch_missing", "ledger_overdue"]
    detail_items = [i for s in rubric.sections if s.code in "一二三四五六" for i in s.items]
    for item in detail_items:
        words = set(item.method.split())
        assert words and words <= {"查阅资料", "查看台账", "查看系统"}, item.code
        assert item.evidence, item.code
        assert item.content and item.criteria, item.code
    assert rubric.item("一.1").evidence[0] == "人社领域乡村振兴年度工作方案"


def test_no_validator_warnings_and_section_five_explained() -> None:
    loaded = get(RID)
    # Section 五 lists 8 + 4 in the source; the file reads 五.2 and 五.3 as 4 points each, so
    # the section adds up and no warning fires; the interpretation of 五.3 must say so.
    assert loaded.warnings == []
    five = next(i for i in loaded.rubric.interpretations if i.id == "injury-prevention-points")
    assert "五、社保帮扶标16分" in five.reason and "8＋4＋4＝16" in five.reason
    notes = "\n".join(loaded.rubric.notes)
    assert "二、技能帮扶" in notes  # the garbled heading is recorded


def test_cli_list_and_show(chinese_locale, capsys: pytest.CaptureFixture[str]) -> None:
    assert RID in builtins()
    assert main(["rubrics", "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    row = rows[RID]
    assert row["title"] == "湖南省人社领域乡村振兴工作评估办法"
    assert row["doc_number"] == "湘人社发〔2021〕46号"
    assert D(row["total"]) == 100
    assert row["items"] == 24 and row["warnings"] == 0
    assert main(["rubrics", "show", RID]) == 0
    text = capsys.readouterr().out
    for expected in (
        "湘人社发〔2021〕46号",
        "构成：季度调度×40%＋综合评估×60%",
        "【一】统筹推进（20分）",
        "二.3 提升公共服务　4分",
        "发现问题未及时整改的，每个问题扣0.5分，4分扣完为止",
        "等次评价取平均：A=10、B=6、C=0；比例限制 A≤30%、B≤50%、C≤20%",
        "【解释说明】",
    ):
        assert expected in text


# --------------------------------------------------------------------------- scenario 1: all met


def test_all_met_city(rubric: Any) -> None:
    report = run(rubric, all_met())
    assert all(i.score == i.max for i in report.items() if not i.bonus)
    # 细则 sections at their stated points: 20 + 16 × 5 = 100
    assert sections(report) == {
        "调度": 100,
        "一": 20,
        "二": 16,
        "三": 16,
        "四": 16,
        "五": 16,
        "六": 16,
        "加分": 0,
        "评议": 10,  # 3 voters, all A: (10 + 10 + 10) / 3 = 10
    }
    # 季度调度 100 × 40% = 40; 综合评估 = 细则 100 + 厅领导小组评估 10 = 110, × 60% = 66
    assert parts(report) == {"dispatch": (100, 40), "comprehensive": (110, 66)}
    assert report.total == 106  # 40 + 66
    assert report.max == 106  # 100 × 0.4 + (100 + 10) × 0.6
    assert report.attainable == 106
    assert "评议.2" not in items(report)  # 市州评估 is for 厅机关处室单位 only
    assert report.problems == ()


# ------------------------------------------------------------------- scenario 2: a typical year


def typical_year() -> dict[str, Any]:
    data = all_met("huaihua")
    # 季度调度: one quarter without dispatch, three ledger entries not done in time
    data["counts"] = {"dispatch_missing": 1, "ledger_overdue": 3}
    it = data["items"]
    it["一.1"]["1"]["lines"]["1"] = "not_met"  # 未制定年度工作方案并及时报送
    it["一.3"]["3"] = {"count": 3}  # three problems not rectified in time
    it["二.1"]["3"] = {"count": 1}  # one of the “三个清单” not established
    it["二.3"]["1"] = {"count": 3}  # three villages without a public employment platform
    it["二.3"]["2"]["lines"]["3"] = "not_met"  # 未提供“311”就业服务
    it["三.1"]["1"] = {"actual": 1930, "target": 2000}  # 96.5% of the 分解目标
    it["五.2"]["1"] = {"count": 2}  # two new cases still insured as 农民工
    it["五.3"]["1"] = {"score": 3}  # evaluator's score (no printed criterion)
    it["六.2"]["1"]["lines"]["4"] = "not_met"  # 乡村环境/乡风文明
    it["加分.1"]["1"] = {"occurrences": {"provincial": 1}}
    it["加分.2"]["1"] = {"occurrences": {"host": 1}}
    it["加分.3"]["1"] = {"occurrences": {"media": 1}}
    it["评议.1"]["1"] = {"votes": {"A": 6, "B": 3, "C": 1}}
    return data


def test_typical_year_city(rubric: Any) -> None:
    report = run(rubric, typical_year())
    got = items(report)
    # 调度: 100 − 1 quarter × 2 (未按季度督导…每季度扣2分) − 3 × 2 (未及时落实的，每件扣2分) = 92
    assert got["调度.1"] == 92
    assert got["一.1"] == 2  # 4 − 2 (未制定年度工作方案并及时报送，扣2分)
    assert got["一.3"] == D("2.5")  # 4 − 3 × 0.5 (每个问题扣0.5分)
    assert got["二.1"] == 4  # 6 − 1 × 2 (未建立“三个清单”，分别扣2分)
    assert got["二.3"] == D("0.5")  # 4 − 3 × 0.5 (扣0.5分/村) − 2 (未提供“311”就业服务的，扣2分)
    assert got["三.1"] == 3  # 1930/2000 = 96.5%: 3.5 points short, 3 whole points × 1 = −3
    assert got["五.2"] == 2  # 4 − 2 cases × 1 (新增1例…扣1分)
    assert got["五.3"] == 3  # entered
    assert got["六.2"] == 6  # 8 − 2 (未对乡村环境进行美化…扣2分)
    assert got["评议.1"] == D("7.8")  # (6 × 10 + 3 × 6 + 1 × 0) / 10 = 78 / 10
    secs = sections(report)
    assert secs["一"] == D("16.5")  # 2 + 4 + 2.5 + 4 + 4
    assert secs["二"] == D("10.5")  # 4 + 6 + 0.5
    assert secs["三"] == 13  # 3 + 5 + 5
    assert secs["四"] == 16
    assert secs["五"] == 13  # 8 + 2 + 3
    assert secs["六"] == 14  # 8 + 6
    # 加分: 省委、省政府通报表彰 +3, 承办相关工作会议 +2, 省级媒体宣传报道 +3 = 8
    assert report.bonus == 8
    # 综合评估 = 细则 (16.5 + 10.5 + 13 + 16 + 13 + 14 = 83) + 加分 8 + 厅领导小组 7.8 = 98.8
    # weighted: 92 × 0.4 = 36.8; 98.8 × 0.6 = 59.28; total 96.08
    assert parts(report) == {
        "dispatch": (92, D("36.8")),
        "comprehensive": (D("98.8"), D("59.28")),
    }
    assert report.total == D("96.08")
    assert report.max == 106


def test_typical_year_through_the_cli(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(typical_year(), ensure_ascii=False), encoding="utf-8")
    assert main(["score", "--rubric", RID, "--facts", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["total"], out["max"], out["bonus"]) == ("96.08", "106", "8")
    assert out["items"]["调度.1"]["score"] == "92"


# ------------------------------------------------------------------ scenario 3: edges and caps


@pytest.mark.parametrize(
    ("problems", "expected"),
    [
        (7, D("0.5")),  # 4 − 7 × 0.5 = 0.5
        (8, D("0")),  # 8 × 0.5 = 4: exactly 扣完
        (9, D("0")),  # 9 × 0.5 = 4.5 > 4: “4分扣完为止”
    ],
)
def test_problems_cap_at_four(rubric: Any, problems: int, expected: Decimal) -> None:
    data = all_met()
    data["items"]["一.3"]["3"] = {"count": problems}
    report = run(rubric, data)
    assert items(report)["一.3"] == expected
    assert sections(report)["一"] == 16 + expected
    if problems == 9:
        line = next(i for i in report.items() if i.code == "一.3").explanations[0]
        assert line.effect == -4 and "扣至上限4分" in line.detail


def test_every_edge_at_once(rubric: Any) -> None:
    data = all_met("yongzhou")
    # 季度调度: 4 quarters × 2 = 8, plus 47 ledger entries × 2 = 94: 102 > 100, floor at 0
    data["counts"] = {"dispatch_missing": 4, "ledger_overdue": 47}
    it = data["items"]
    it["一.1"]["1"]["lines"] = dict.fromkeys(("1", "2", "3", "3b"), "not_met")  # 2+1+2+1=6 > 4
    it["二.1"]["1"]["lines"] = dict.fromkeys(("1", "2"), "not_met")  # −4
    it["二.1"]["3"] = {"count": 3}  # three lists × 2 = 6; 4 + 6 = 10 > 6
    it["二.3"]["1"] = {"count": 9}  # 9 villages × 0.5 = 4.5, “4分扣完为止” → 4
    it["五.2"]["1"] = {"count": 6}  # 6 cases × 1 = 6 > 4, “扣完为止”
    it["评议.1"]["1"] = {"votes": {"C": 4}}  # all C: 0
    report = run(rubric, data)
    got = items(report)
    assert got["调度.1"] == 0
    assert got["一.1"] == 0
    assert got["二.1"] == 0
    assert got["二.3"] == 0
    assert got["五.2"] == 0
    assert got["评议.1"] == 0
    assert sections(report)["一"] == 16  # 0 + 4 + 4 + 4 + 4
    assert sections(report)["二"] == 6  # 0 + 6 + 0
    assert sections(report)["五"] == 12  # 8 + 0 + 4
    # 综合评估 = 16 + 6 + 16 + 16 + 12 + 16 = 82 (+ 0 votes) → × 0.6 = 49.2; 调度 0
    assert parts(report) == {"dispatch": (0, 0), "comprehensive": (82, D("49.2"))}
    assert report.total == D("49.2")


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        (2400, 6),  # 120%: no shortfall (and no extra credit)
        (2000, 6),  # 100%
        (1990, 6),  # 99.5%: 0.5 short, not a whole 百分点 → 0
        (1980, 5),  # 99%: 1 point short → −1
        (1900, 1),  # 95%: 5 short → −5
        (1881, 1),  # 94.05%: 5.95 short → 5 whole points → −5
        (1880, 0),  # 94%: 6 short → −6, the whole item
        (1800, 0),  # 90%: 10 short → −10, “扣完为止” at 6
    ],
)
def test_training_shortfall_per_percentage_point(rubric: Any, actual: int, expected: int) -> None:
    # 未按分解目标完成农村转移就业劳动者培训任务，每少一个百分点扣1分，扣完为止 (target 2000)
    data = all_met()
    data["items"]["三.1"]["1"] = {"actual": actual, "target": 2000}
    assert items(run(rubric, data))["三.1"] == expected


def test_bonus_levels_uncapped_and_weighted(rubric: Any) -> None:
    data = all_met()
    it = data["items"]
    it["加分.1"]["1"] = {"occurrences": {"national": 2, "provincial": 1}}  # 2×5 + 3 = 13
    it["加分.2"]["1"] = {"occurrences": {"national": 1, "provincial": 2, "host": 3}}  # 5+6+6 = 17
    it["加分.3"]["1"] = {"occurrences": {"media": 4}}  # 4 × 3 = 12
    report = run(rubric, data)
    got = items(report)
    assert (got["加分.1"], got["加分.2"], got["加分.3"]) == (13, 17, 12)
    assert report.bonus == 42  # no cap in the source
    # 综合评估 = 100 + 42 + 10 = 152 → × 0.6 = 91.2; total = 40 + 91.2
    assert parts(report)["comprehensive"] == (152, D("91.2"))
    assert report.total == D("131.2")
    assert report.max == 106  # the bonus does not raise the maximum


def test_dispatch_late_is_not_deducted(rubric: Any) -> None:
    # Only quarters without a dispatch count (notes): a late report is not “未按季度督导”.
    data = all_met()
    data["counts"] = {"dispatch_missing": 0, "dispatch_late": 2, "ledger_overdue": 0}
    assert items(run(rubric, data))["调度.1"] == 100


# ----------------------------------------------------------------- votes, ballots and quotas


def _ballot(voter: str, grades: list[str], units: list[str]) -> dict[str, Any]:
    return {"voter": voter, "grades": dict(zip(units, grades, strict=True))}


def _ballot_giving(
    voter: str, counts: dict[str, int], unit: str, grade: str, units: list[str]
) -> dict[str, Any]:
    """A ballot with ``counts`` of each grade over ``units``, of which ``unit`` gets ``grade``."""
    pool = [g for g, n in counts.items() for _ in range(n)]
    pool.remove(grade)
    others = [u for u in units if u != unit]
    return {"voter": voter, "grades": {unit: grade, **dict(zip(others, pool, strict=True))}}


def test_city_ballots_average_and_quota_violation(rubric: Any) -> None:
    city_ids = [u.id for u in rubric.units if u.group == "city"]
    ballots = [
        # 甲: 4 A, 7 B, 3 C. “C 等次不超过 20%” read literally: 3 of 14 = 21.4% > 20% is over.
        # (No full 14-city ballot can keep every quota: 4 + 7 + 2 = 13 grades; interpretation
        # quota-per-ballot says so instead of rounding 2.8 up to 3.)
        _ballot_giving("甲", {"A": 4, "B": 7, "C": 3}, "huaihua", "A", city_ids),
        # 乙: 5 A of 14 = 35.7% > 30%: over quota
        _ballot_giving("乙", {"A": 5, "B": 7, "C": 2}, "huaihua", "B", city_ids),
        # 丙: 3 A, 7 B, 4 C: 4 of 14 = 28.6% > 20%: C over quota
        _ballot_giving("丙", {"A": 3, "B": 7, "C": 4}, "huaihua", "B", city_ids),
    ]
    data = all_met("huaihua")
    data["items"]["评议.1"]["1"] = {"ballots": ballots}
    report = run(rubric, data)
    # 怀化: A, B, B → (10 + 6 + 6) / 3 = 22 / 3 = 7.333… → 7.33
    assert items(report)["评议.1"] == D("7.33")
    # the voters' own over-quota findings (a note that the quotas cannot all be met for 14
    # cities may come beside them)
    problems = [p.text("zh") for p in report.problems if p.text("zh").startswith("评估人")]
    assert any(p.startswith("评估人甲：C等次3/14") for p in problems), problems
    assert any(p.startswith("评估人乙：A等次5/14") for p in problems), problems
    assert any(p.startswith("评估人丙：C等次4/14") for p in problems), problems
    assert not any("四舍五入" in p for p in problems)  # no rounded limit
    assert not any("B等次" in p for p in problems)  # 7/14 = 50%: “不超过50%” holds
    assert len(problems) == 3
    # 综合评估 = 100 + 7.33 = 107.33 → × 0.6 = 64.398 → 64.40; total 40 + 64.40
    assert report.total == D("104.40")


def test_department_composition_with_both_votes(rubric: Any) -> None:
    data = all_met("dept")
    # 厅领导小组: 2 A, 1 B → (10 + 10 + 6) / 3 = 26 / 3 = 8.666… → 8.67
    data["items"]["评议.1"]["1"] = {"votes": {"A": 2, "B": 1}}
    # 市州评估 over ten departments per city: a 3 A / 5 B / 2 C ballot is within every quota
    depts = ["dept", *(f"d{n}" for n in range(2, 11))]
    fits = ["A"] * 3 + ["B"] * 5 + ["C"] * 2  # the generic unit "dept" is first: A
    ballots = [_ballot(city, fits, depts) for city in CITIES[:4]]
    # the other ten cities vote B for it (and A/C for others within quota)
    other = ["B"] + ["A"] * 3 + ["B"] * 4 + ["C"] * 2
    ballots += [_ballot(city, other, depts) for city in CITIES[4:]]
    data["items"]["评议.2"] = {"1": {"ballots": ballots}}
    report = run(rubric, data)
    got = items(report)
    assert got["评议.1"] == D("8.67")
    # 市州评估: 4 cities A (5) + 10 cities B (3) = 20 + 30 = 50 over 14 = 3.571… → 3.57
    assert got["评议.2"] == D("3.57")
    assert report.problems == ()
    # 组内评分 on the 细则 100 + 8.67 + 3.57 = 112.24 → × 0.6 = 67.344 → 67.34; + 40
    assert parts(report)["comprehensive"] == (D("112.24"), D("67.34"))
    assert report.total == D("107.34")
    # maximum for a department: 100 × 0.4 + (100 + 10 + 5) × 0.6 = 40 + 69 = 109
    assert report.max == 109


def test_pending_facts_score_low_and_best_full(rubric: Any) -> None:
    # Nothing recorded: the live score assumes the worst, the attainable maximum the best.
    report = score(rubric, facts_from_data({"unit": "changsha"}))
    assert report.total == 0
    assert report.attainable == 106


# ------------------------------------------- interpretations: what the document does not print


def interpretation(report: dict[str, Any], interp_id: str) -> dict[str, Any]:
    return next(i for i in report["interpretations"] if i["id"] == interp_id)


def test_every_finding_is_an_interpretation_of_the_right_kind(rubric: Any) -> None:
    kinds = {i.id: (i.kind, i.settable) for i in rubric.interpretations}
    assert kinds == {
        "dispatch-full-score": ("assumed", True),
        "dispatch-quarter-cap": ("derived", False),
        "dispatch-missing-quarters": ("assumed", False),
        "dispatch-ledger": ("assumed", False),
        "comprehensive-sum": ("assumed", False),
        "comprehensive-scale": ("office", True),
        "mechanism-cap": ("derived", False),
        "three-lists": ("derived", False),
        "training-cap": ("derived", False),
        "training-whole-points": ("assumed", False),
        "migrant-insurance-cap": ("derived", False),
        "injury-prevention-points": ("assumed", True),
        "injury-prevention-manual": ("addition", False),
        "village-split": ("derived", False),
        "item-floor": ("assumed", False),
        "bonus-in-comprehensive": ("assumed", False),
        "quota-per-ballot": ("assumed", False),
        "rounding": ("assumed", False),
    }
    # the reasoning moved out of the notes: no note still explains a value
    notes = "\n".join(rubric.notes)
    for gone in ("half_up", "四舍五入", "100分起扣", "最多扣8分", "8+4+4=16", "按次累加"):
        assert gone not in notes


def test_dispatch_full_score_and_quarter_cap_are_marked(rubric: Any) -> None:
    # 办法 gives no full score for 季度调度 and never prints the 8 of 4 quarters × 2
    out = run(rubric, all_met()).to_json()
    assert {"dispatch-full-score", "dispatch-quarter-cap", "dispatch-missing-quarters"} <= set(
        out["items"]["调度.1"]["interpretations"]
    )
    dispatch = next(p for p in out["composite"] if p["id"] == "dispatch")
    assert "dispatch-full-score" in dispatch["interpretations"]
    assert "dispatch-full-score" in out["total_interpretations"]
    full = interpretation(out, "dispatch-full-score")
    assert (full["kind"], full["settable"], full["value"]) == ("assumed", True, "100")
    assert full["applies_to"] == [
        "part[dispatch].points",
        "section[调度].points",
        "item[调度.1].points",
    ]
    assert full["source"].endswith("形成各市州和厅机关处室单位季度调度得分。")
    cap = interpretation(out, "dispatch-quarter-cap")
    assert (cap["kind"], cap["applies_to"], cap["value"]) == (
        "derived",
        ["item[调度.1].rules[1].cap"],
        "8",
    )
    assert cap["source"] == "未按季度督导工作推进的，年度评估时每季度扣 2 分。"


def test_the_106_and_110_are_marked_as_the_files_own_sums(rubric: Any) -> None:
    out = run(rubric, all_met()).to_json()
    assert (out["max"], out["total"]) == ("106", "106")  # 100 × 40% + 110 × 60%
    comprehensive = next(p for p in out["composite"] if p["id"] == "comprehensive")
    assert comprehensive["max"] == "110"  # 细则 100 + 厅领导小组评估 10
    assert "comprehensive-sum" in comprehensive["interpretations"]
    assert {"comprehensive-sum", "dispatch-full-score"} <= set(out["total_interpretations"])
    combined = interpretation(out, "comprehensive-sum")
    assert (combined["kind"], combined["applies_to"]) == ("assumed", ["part[comprehensive]"])
    assert "综合专项帮扶组评估得分和厅领导小组成员评估计分，得到综合评估总分" in combined["source"]
    assert "110" in combined["reason"] and "115" in combined["reason"]


def test_injury_prevention_points_are_assumed_and_its_rule_added(rubric: Any) -> None:
    out = run(rubric, all_met()).to_json()
    marks = out["items"]["五.3"]["interpretations"]
    assert {"injury-prevention-points", "injury-prevention-manual"} <= set(marks)
    assert "injury-prevention-points" not in out["items"]["五.2"]["interpretations"]
    points = interpretation(out, "injury-prevention-points")
    assert (points["kind"], points["settable"], points["value"]) == ("assumed", True, "4")
    assert points["applies_to"] == ["item[五.3].points", "item[五.3].rules[1].points"]
    assert points["source"] == "五、社保帮扶(16分)"
    added = interpretation(out, "injury-prevention-manual")
    assert (added["kind"], added["applies_to"]) == ("addition", ["item[五.3].rules[1]"])
    # 五.3's 4 bears on section 五, the 综合评估 part and the total
    section = next(s for s in out["sections"] if s["code"] == "五")
    assert "injury-prevention-points" in section["interpretations"]
    assert "injury-prevention-points" in out["total_interpretations"]


def test_quotas_apply_literally_and_are_marked(rubric: Any) -> None:
    for code in ("评议.1", "评议.2"):
        assert rubric.item(code).rules[0].quota_rounding == "exact"
    data = all_met("dept")
    out = run(rubric, data).to_json()
    assert "quota-per-ballot" in out["items"]["评议.1"]["interpretations"]
    assert "quota-per-ballot" in out["items"]["评议.2"]["interpretations"]
    quota = interpretation(out, "quota-per-ballot")
    assert quota["kind"] == "assumed" and not quota["settable"]
    assert quota["applies_to"] == [
        "item[评议.1].rules[1].quotas",
        "item[评议.2].rules[1].quotas",
    ]
    assert quota["source"].startswith("评估分为 A、B、C 三个等次，其中 A 等次不超过 30%")
    assert "合计13个" in quota["reason"]  # 4 + 7 + 2 grades for 14 cities: said, not rounded


def test_bonus_sits_in_the_weighted_part_and_says_so(rubric: Any) -> None:
    out = run(rubric, typical_year()).to_json()
    assert (out["bonus"], out["bonus_added"]) == ("8", "4.8")  # inside the 60% part
    for code in ("加分.1", "加分.2", "加分.3"):
        assert "bonus-in-comprehensive" in out["items"][code]["interpretations"]
    assert interpretation(out, "bonus-in-comprehensive")["kind"] == "assumed"


# ------------------------------------------------------- the office's values where it may set


def test_office_sets_the_dispatch_full_score(rubric: Any) -> None:
    chosen = with_office_values(rubric, {"dispatch-full-score": D(50)})
    assert chosen.parts[0].points == 50
    assert next(s for s in chosen.sections if s.code == "调度").points == 50
    assert chosen.item("调度.1").points == 50
    data = all_met()
    data["counts"] = {"dispatch_missing": 1, "ledger_overdue": 2}
    data["interpretations"] = {"dispatch-full-score": "50"}
    report = run(rubric, data)
    # 50 − 1 quarter × 2 − 2 × 2 = 44 → × 40% = 17.6; 综合评估 110 × 60% = 66
    assert parts(report)["dispatch"] == (44, D("17.6"))
    assert report.total == D("83.6") and report.max == 86  # 50 × 0.4 + 110 × 0.6
    used = interpretation(report.to_json(), "dispatch-full-score")
    assert (used["value"], used["set_by_office"]) == ("50", True)
    # bounded: at least the 8 points of four quarters, at most 100
    for wrong in (D(7), D(101)):
        with pytest.raises(InputError):
            with_office_values(rubric, {"dispatch-full-score": wrong})


def test_office_sets_injury_prevention_points(rubric: Any) -> None:
    chosen = with_office_values(rubric, {"injury-prevention-points": D(0)})
    assert chosen.item("五.3").points == 0 and chosen.item("五.3").rules[0].points == 0
    data = all_met()
    data["items"]["五.3"]["1"] = {"score": 0}
    data["interpretations"] = {"injury-prevention-points": "0"}
    report = run(rubric, data)
    # read literally (8 + 4): 五 scores 12 of its printed 16; 细则 96 + 10 = 106 → × 60% = 63.6
    assert sections(report)["五"] == 12
    assert parts(report)["comprehensive"] == (106, D("63.6"))
    assert report.total == D("103.6")
    for wrong in (D(-1), D(5)):
        with pytest.raises(InputError):
            with_office_values(rubric, {"injury-prevention-points": wrong})


@pytest.mark.parametrize("interp_id", ["quota-per-ballot", "comprehensive-sum", "village-split"])
def test_quotas_and_readings_are_not_the_offices(rubric: Any, interp_id: str) -> None:
    # quotas and ranking rules belong to the issuing or receiving office (issue 14)
    with pytest.raises(InputError):
        with_office_values(rubric, {interp_id: D(1)})


def test_the_office_may_scale_the_comprehensive_part(rubric: Any) -> None:
    # "综合专项帮扶组评估得分和厅领导小组成员评估计分，得到综合评估总分": no formula printed.
    # By default the parts are added (110 for a city); an office may scale them to 100.
    from evaldesk.rubrics.interpretations import with_office_values

    data = all_met()
    plain = run(rubric, data)
    scaled = run(with_office_values(rubric, {"comprehensive-scale": Decimal(100)}), data)
    before = next(p for p in plain.parts if p.id == "comprehensive")
    after = next(p for p in scaled.parts if p.id == "comprehensive")
    assert before.max == 110 and after.max == 100
    assert after.score == (before.score * 100 / 110).quantize(Decimal("0.01"))
    assert "comprehensive-scale" in plain.to_json()["total_interpretations"]
