"""What only the receiving office computes (issue 18, slice d), pure: rankings by group from the
units' own figures, ballots averaged, reviewers' scores in the final composite, award places.
Every expected number is worked out here by hand from the source's wording."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal as D

import pytest

from evaldesk.collect.ballots import ballot_problems, fit_problem, sheets
from evaldesk.collect.compute import Inputs, UnitInput, compute
from evaldesk.collect.finals import Review
from evaldesk.collect.office_rubric import office_rubric
from evaldesk.kinds.fact import Ballot
from evaldesk.rubrics.registry import get
from evaldesk.scoring.facts import Facts, facts_from_data

RUGAO = get("rugao-rsks-2021").rubric
HUNAN = get("hunan-rsxczx-2021").rubric


@dataclass(frozen=True)
class Listed:
    code: str
    name: str
    rubric_unit: str | None


#: 一.1.1 / 一.1.3: 新增参保人数 against each unit's task in 附件1.
ZHIBAO = {
    # 主功能区: tasks 2607, 2252, 1388, 1981
    "gongyeyuan": 2800,  # 107.40%
    "jingkaiqu": 2252,  # 100%
    "gaoxinqu": 1500,  # 108.07%
    "changjiang": 1900,  # 95.91%: the task is not completed, so not ranked
    # 镇: tasks 995, 737, 1578, 946, 1051, 996, 999, 1321, 1453, 1696
    "dongchen": 1194,  # 120%
    "dingyan": 737,  # 100%
    "baipu": 1736,  # 110.01%
    "xiayuan": 900,  # 95.14%: not ranked
    "jiuhua": 1051,  # 100%
    "shizhuang": 1100,  # 110.44%
    "wuyao": 998,  # 99.90%: not ranked
    "motou": 1400,  # 105.98%
    "jiangan": 1453,  # 100%
    "banjing": 2000,  # 117.92%
}
#: 三.2 助保贷款放款户数 (all 14 ranked together, 1 point, −0.05 per place; none lent: 0)
LOANS = {"gongyeyuan": 30, "dongchen": 30, "banjing": 12, "jiuhua": 0}


def rugao_units() -> list[UnitInput]:
    out = []
    for unit in RUGAO.units:
        items: dict = {
            "一.1.1": {"1": {"actual": ZHIBAO[unit.id]}},
            "一.1.3": {"1": {"actual": ZHIBAO[unit.id]}},
        }
        if unit.id in LOANS:
            items["三.2"] = {"1": {"value": LOANS[unit.id]}}
        facts = facts_from_data({"unit": unit.id, "items": items})
        out.append(UnitInput(unit.id, unit.name, unit.id, facts))
    return out


def item_score(report, code: str) -> D:
    return report.item(code).score


def test_the_position_rankings_of_rugao_by_hand() -> None:
    done = compute(Inputs(RUGAO, rugao_units()))
    # 主功能区: first full 5 points, then −0.5 a place: 高新区 5, 工业园区 4.5, 开发区 4;
    # 长江镇 did not complete its task: 0.
    # 镇: −0.25 a place: 东陈 5, 搬经 4.75, 石庄 4.5, 白蒲 4.25, 磨头 4, then 丁堰, 九华 and
    # 江安 all at 100% share the sixth place: 3.75 each (ranking-ties); 下原 and 吴窑: 0.
    expected = {
        "gaoxinqu": "5",
        "gongyeyuan": "4.5",
        "jingkaiqu": "4",
        "changjiang": "0",
        "dongchen": "5",
        "banjing": "4.75",
        "shizhuang": "4.5",
        "baipu": "4.25",
        "motou": "4",
        "dingyan": "3.75",
        "jiuhua": "3.75",
        "jiangan": "3.75",
        "xiayuan": "0",
        "wuyao": "0",
    }
    got = {u: item_score(r, "一.1.3") for u, r in done.computed.items()}
    assert got == {u: D(v) for u, v in expected.items()}
    rows = {r.unit: r for r in done.rankings[0].rows}
    assert (rows["dingyan"].place, rows["jiuhua"].place, rows["jiangan"].place) == (6, 6, 6)
    assert rows["changjiang"].taking_part is False
    assert rows["changjiang"].detail.key == "collect.rank.gate_not_met"
    # each computed value explains itself: the engine's line names the place
    line = done.computed["banjing"].item("一.1.3").explanations[0]
    assert line.reason is not None and line.reason.args["place"] == 2


def test_loans_are_ranked_across_all_towns_and_none_lent_scores_nothing() -> None:
    done = compute(Inputs(RUGAO, rugao_units()))
    # 工业园区 and 东陈 share the first place (1 point each); 搬经 is third: 1 − 2 × 0.05 = 0.9
    assert item_score(done.computed["gongyeyuan"], "三.2") == D("1")
    assert item_score(done.computed["dongchen"], "三.2") == D("1")
    assert item_score(done.computed["banjing"], "三.2") == D("0.9")
    assert item_score(done.computed["jiuhua"], "三.2") == D("0")


def test_a_reviewers_score_counts_in_the_final_composite_at_its_parts_weight() -> None:
    reviews = {"gaoxinqu": {"一.1.3": {"final": Review("final", D(3), "佐证不足", "张审")}}}
    done = compute(Inputs(RUGAO, rugao_units(), reviews=reviews))
    computed, final = done.computed["gaoxinqu"], done.finals["gaoxinqu"]
    # 社会保险工作 counts 60%: 2 points less there are 1.2 less in the final score
    assert final.total == computed.total - D("1.2")
    assert final.item("一.1.3").score == D(3)
    line = final.item("一.1.3").explanations[0]
    assert "审定" in line.line("zh") and "佐证不足" in line.line("zh")
    assert final.item("一.1.3").columns["final"] == D(3)
    # 初评 alone counts too; 审定 wins over it
    both = {
        "gaoxinqu": {
            "一.1.3": {
                "initial": Review("initial", D(4), "初评"),
                "final": Review("final", D(3), "审定"),
            }
        }
    }
    assert (
        compute(Inputs(RUGAO, rugao_units(), reviews=both)).finals["gaoxinqu"].total == final.total
    )


def test_places_by_final_total_share_equal_scores() -> None:
    done = compute(Inputs(RUGAO, rugao_units()))
    totals = {u: r.total for u, r in done.finals.items()}
    for unit, place in done.places.items():
        assert place == 1 + sum(1 for t in totals.values() if t > totals[unit])


def test_a_unit_without_facts_is_named_not_scored() -> None:
    units = rugao_units()
    units[0] = UnitInput(units[0].code, units[0].name, units[0].rubric_unit, None)
    done = compute(Inputs(RUGAO, units))
    assert units[0].code not in done.finals
    assert done.not_scored[units[0].code].key == "collect.compute.no_facts"


# ---------------------------------------------------------------------- 000's ballots


DEPTS = [Listed("dept-jy", "就业促进处", "dept"), Listed("dept-nm", "农民工工作处", "dept")]


def hunan_list() -> list[Listed]:
    cities = [Listed(u.id, u.name, u.id) for u in HUNAN.units if u.group == "city"]
    return cities + DEPTS


def test_000_has_a_ballot_sheet_per_group_and_the_literal_quotas_cannot_fit_14_cities() -> None:
    found = {s.key: s for s in sheets(office_rubric(HUNAN, hunan_list()))}
    assert set(found) == {"评议.1/1/city", "评议.1/1/dept", "评议.2/1/dept"}
    cities = found["评议.1/1/city"]
    assert len(cities.units) == 14
    # 30% × 14 = 4.2 → 4 A, 50% → 7 B, 20% × 14 = 2.8 → 2 C: 13 grades for 14 cities
    problem = fit_problem(cities)
    assert problem is not None and problem.args["allowed"] == 13
    # the office decides to round half up: 4 A, 7 B, 3 C
    rounded = {
        s.key: s for s in sheets(office_rubric(HUNAN, hunan_list(), {"评议.1/1": "half_up"}))
    }
    assert fit_problem(rounded["评议.1/1/city"]) is None


def grades(a: list[str], b: list[str], c: list[str]) -> dict[str, str]:
    return {**dict.fromkeys(a, "A"), **dict.fromkeys(b, "B"), **dict.fromkeys(c, "C")}


CITIES = [u.id for u in HUNAN.units if u.group == "city"]


def test_a_ballot_over_its_quota_is_refused() -> None:
    sheet = {s.key: s for s in sheets(office_rubric(HUNAN, hunan_list(), {"评议.1/1": "half_up"}))}[
        "评议.1/1/city"
    ]
    fine = grades(CITIES[:4], CITIES[4:11], CITIES[11:])
    assert ballot_problems(sheet, "厅领导甲", fine) == []
    five_a = grades(CITIES[:5], CITIES[5:11], CITIES[11:])
    [problem] = ballot_problems(sheet, "厅领导甲", five_a)
    assert problem.key == "kind.graded_votes.over_quota" and problem.args["grade"] == "A"
    assert ballot_problems(sheet, "厅领导甲", {"dept-jy": "A"})[0].key == (
        "collect.ballot.unit_not_on_sheet"
    )
    assert (
        ballot_problems(sheet, "厅领导甲", {CITIES[0]: "D"})[0].key
        == "collect.ballot.unknown_grade"
    )


@pytest.mark.parametrize("rounding", ["half_up"])
def test_ballots_are_averaged_per_city_and_per_department(rounding: str) -> None:
    units = [UnitInput(u.code, u.name, u.rubric_unit, Facts(unit=u.code)) for u in hunan_list()]
    leaders = [
        Ballot(voter="厅领导甲", grades=grades(CITIES[:4], CITIES[4:11], CITIES[11:])),
        Ballot(
            voter="厅领导乙", grades=grades(CITIES[1:5], CITIES[5:12], CITIES[12:] + CITIES[:1])
        ),
        Ballot(
            voter="厅领导丙",
            grades=grades(CITIES[:3] + CITIES[4:5], CITIES[5:12], CITIES[12:] + CITIES[3:4]),
        ),
    ]
    on_depts = [
        Ballot(voter="厅领导甲", grades={"dept-jy": "A", "dept-nm": "B"}),
        Ballot(voter="厅领导乙", grades={"dept-jy": "B", "dept-nm": "B"}),
    ]
    by_cities = [
        Ballot(voter=name, grades={"dept-jy": "A", "dept-nm": "B"}) for name in CITIES[:3]
    ] + [Ballot(voter=CITIES[3], grades={"dept-jy": "B", "dept-nm": "C"})]
    done = compute(
        Inputs(
            HUNAN,
            units,
            quota_rounding={"评议.1/1": rounding, "评议.2/1": rounding},
            ballots={
                "评议.1/1/city": leaders,
                "评议.1/1/dept": on_depts,
                "评议.2/1/dept": by_cities,
            },
        )
    )

    def votes(unit: str, item: str = "评议.1") -> D:
        return done.computed[unit].item(item).score

    # 长沙 (CITIES[0]): A, C, A → (10 + 0 + 10) / 3 = 6.67
    assert votes(CITIES[0]) == D("6.67")
    # 株洲 (CITIES[1]): A, A, A → 10
    assert votes(CITIES[1]) == D("10")
    # 湘潭 (CITIES[3]? index 3 = 衡阳): A, A, C → 6.67; 邵阳 (index 4): B, A, A → 8.67
    assert votes(CITIES[3]) == D("6.67")
    assert votes(CITIES[4]) == D("8.67")
    # 就业促进处 by the leaders: A, B → (10 + 6) / 2 = 8; by the cities: A, A, A, B →
    # (5 + 5 + 5 + 3) / 4 = 4.5; 农民工工作处: B, B → 6; B, B, B, C → 9 / 4 = 2.25
    assert votes("dept-jy") == D("8") and votes("dept-jy", "评议.2") == D("4.5")
    assert votes("dept-nm") == D("6") and votes("dept-nm", "评议.2") == D("2.25")
    # 评议.2 is a department's item only
    assert done.computed[CITIES[0]].item("评议.2") is None
    sheet = next(s for s in done.sheets if s.sheet.key == "评议.1/1/city")
    assert sheet.tallies[CITIES[0]].counts == {"A": 2, "B": 0, "C": 1}


def test_a_unit_no_ranking_touches_is_scored_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """HUNAN ranks no item among its units: each unit's score is computed once, and is the
    score the engine gives its facts; RUGAO's ranked units are scored again with their group."""
    from evaldesk.collect import compute as module
    from evaldesk.scoring.engine import score

    scored: list[str] = []

    def counted(rubric, facts, unit):  # type: ignore[no-untyped-def]
        scored.append(unit)
        return score(rubric, facts, unit)

    monkeypatch.setattr(module, "score", counted)
    unit = HUNAN.units[0]
    facts = facts_from_data({"unit": unit.id, "items": {}})
    done = compute(Inputs(rubric=HUNAN, units=[UnitInput("a", "甲", unit.id, facts)]))
    assert scored == ["a"]
    assert done.computed["a"].total == score(done.rubric, done.facts["a"], "a").total
    scored.clear()
    compute(Inputs(rubric=RUGAO, units=rugao_units()))
    assert len(scored) == 2 * len(RUGAO.units)
