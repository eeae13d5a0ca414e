"""Report forms, ranking group values and subsidies through the services, on real stores."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from refusals import refused
from storekit import Office, make_office

from evaldesk.cli import main
from evaldesk.demo.sample_form import JINGZHOU_2022, fill_form, sample_facts
from evaldesk.errors import InputError, Locked, PermissionDenied
from evaldesk.scoring.forms import check_form
from evaldesk.services import approvals, setup, subsidies, users
from evaldesk.services import facts as facts_service
from evaldesk.services.actor import system_actor
from evaldesk.services.live import LiveScore

RUGAO = "rugao-rsks-2021"


@pytest.fixture
def report_office(data_dir: Path):
    made = make_office(data_dir, "dept-spending-selfeval")
    yield made
    made.store.close()


def _rugao(data_dir: Path, unit: str = "dongchen") -> Office:
    system = system_actor("test")
    store = setup.create_office(
        data_dir, system, setup.OfficeSetup(name="东陈镇人社所", rubric=RUGAO, year=2021, unit=unit)
    )
    actors = {}
    for username, role in (("admin", "admin"), ("head", "head"), ("clerk", "clerk")):
        users.add_user(store, system, username, f"{role}名", role, "correct horse")
        actors[role] = users.login(store, username, "correct horse")
    return Office(store, actors["admin"], actors["head"], actors["clerk"], system, data_dir)


@pytest.fixture
def rugao(data_dir: Path):
    made = _rugao(data_dir)
    yield made
    made.store.close()


# --------------------------------------------------------------------------- report forms


def test_the_sample_form_entered_through_the_services_checks_as_the_vector(report_office):
    o = report_office
    vector = sample_facts("dept-spending-selfeval")
    assert vector is not None and JINGZHOU_2022.exists()
    assert fill_form(o.store, o.clerk, 2024, vector) > 70
    with LiveScore(o.store, 2024) as live:
        stored = live.facts()
        report = live.score()
        rubric = live.loaded.rubric

    def filled(tables):
        return {
            (t, r, c): v
            for t, rows in tables.items()
            for r, cells in rows.items()
            for c, v in cells.items()
            if v is not None
        }

    assert filled(stored.tables) == filled(vector.tables)
    assert stored.profile == {k: v for k, v in vector.profile.items() if v}
    assert stored.indicators == vector.indicators and stored.texts == vector.texts
    expected = [(r.id, r.status, r.detail) for r in check_form(rubric, vector)]
    assert [(r.id, r.status, r.detail) for r in check_form(rubric, stored)] == expected
    assert report.total == Decimal(100) and report.grade == "优"


def test_numbers_and_dates_of_the_profile_are_checked_and_nothing_bad_is_stored(report_office):
    o = report_office
    with refused(InputError, "form.not_number", what="人员编制", text="36人a"):
        facts_service.set_profile_field(o.store, o.clerk, 2024, "staff_quota", "36人a")
    with refused(InputError, "form.not_date", text="二月二十日"):
        facts_service.set_profile_field(o.store, o.clerk, 2024, "report_date", "二月二十日")
    with refused(InputError, "form.not_calendar_date", text="2023-02-30"):
        facts_service.set_profile_field(o.store, o.clerk, 2024, "leader.date", "2023-02-30")
    assert o.store.facts.rows(2024) == []
    facts_service.set_profile_field(o.store, o.clerk, 2024, "staff_quota", " 1,036 ")
    facts_service.set_profile_field(o.store, o.clerk, 2024, "report_date", "2023-2-20")
    facts_service.set_profile_field(o.store, o.clerk, 2024, "finance.date", "2023/03/01")
    stored = {r.key: r.value for r in o.store.facts.rows(2024)}
    assert stored == {
        "staff_quota": "1036",
        "report_date": "2023年2月20日",
        "finance.date": "2023年3月1日",
    }
    with refused(InputError, "form.not_number", text="12a"):
        facts_service.set_table_cell(o.store, o.clerk, 2024, "income", "bureau", "total", "12a")
    facts_service.set_table_cell(o.store, o.clerk, 2024, "income", "bureau", "total", "1,209.14")
    assert o.store.facts.rows(2024)[-1].value == "1209.14"


def test_indicator_row_scores_make_the_category_score(report_office):
    o = report_office
    rows = [
        {"target": "指标1：就业率", "completion": "完成", "score": "7"},
        {"target": "指标2：准确率", "completion": "完成", "score": "6.5"},
    ]
    facts_service.set_indicators(o.store, o.clerk, 2024, "产出.质量", rows)
    with LiveScore(o.store, 2024) as live:
        assert live.score().item("产出.质量").score == Decimal("13.5")
        facts_service.set_indicators(o.store, o.clerk, 2024, "产出.质量", rows[:1])
        assert live.score().item("产出.质量").score == Decimal(7)
        facts_service.set_indicators(o.store, o.clerk, 2024, "产出.质量", None)
        assert live.score().item("产出.质量").status == "not_assessed"


# --------------------------------------------------------------------------- ranking groups


def test_group_values_turn_a_pending_rank_into_a_place(rugao):
    o = rugao
    code = "一.1.3"  # 位次考核: 镇 ranked by completion %, −0.25 per place
    # only towns that completed 一.1.1's task are ranked ("完成全年…任务的")
    facts_service.set_rule_fact(o.store, o.clerk, 2021, "一.1.1", "1", {"actual": "1045"})
    facts_service.set_rule_fact(o.store, o.clerk, 2021, code, "1", {"actual": "1045"})
    with LiveScore(o.store, 2021) as live:
        first = live.score().item(code)
        assert first.status == "not_assessed"  # waits for the other towns' values
        facts_service.set_group_values(
            o.store, o.clerk, 2021, code, "1", {"dingyan": "110", "baipu": "104", "motou": "99"}
        )
        ranked = live.score().item(code)
    # 东陈镇 1045/995 = 105.03%: 丁堰镇 110% is ahead, 白蒲镇 behind, 磨头镇 below 100% not ranked
    assert ranked.status != "not_assessed"
    assert ranked.score == Decimal("4.75")
    assert "组内第2名" in " ".join(e.line("zh") for e in ranked.explanations)
    stored = facts_service.current_rule_fact(o.store, 2021, code, "1")
    assert stored is not None and stored.actual == Decimal(1045)  # own value kept
    facts_service.set_group_values(o.store, o.clerk, 2021, code, "1", {"dingyan": ""})
    stored = facts_service.current_rule_fact(o.store, 2021, code, "1")
    assert stored is not None and set(stored.group or {}) == {"baipu", "motou"}
    with refused(InputError, "facts.not_unit", code=code, unit="nowhere"):
        facts_service.set_group_values(o.store, o.clerk, 2021, code, "1", {"nowhere": "1"})
    with refused(InputError, "form.not_number", text="1o4"):
        facts_service.set_group_values(o.store, o.clerk, 2021, code, "1", {"baipu": "1o4"})
    with refused(InputError, "facts.not_ranking", code="一.1.1", rule="1"):
        facts_service.set_group_values(o.store, o.clerk, 2021, "一.1.1", "1", {"baipu": "1"})
    with pytest.raises(PermissionDenied):
        facts_service.set_group_values(o.store, o.admin, 2021, code, "1", {"baipu": "1"})


# --------------------------------------------------------------------------- subsidies


def _lines(store, year: int) -> dict[str, subsidies.SubsidyLine]:
    with LiveScore(store, year) as live:
        state = subsidies.state_from_values(live.subsidy_values())
        result = subsidies.compute(live.loaded.rubric, live.facts(), live.score(), state)
    assert result is not None and result.problem is None
    return {ln.id: ln for ln in result.lines}


def test_subsidy_inputs_and_places_are_stored_as_facts_and_move_the_lines(rugao):
    o = rugao
    before = _lines(o.store, 2021)
    assert before["jubao_early"].pending and before["jubao_early"].amount == 0
    subsidies.set_flag(o.store, o.clerk, 2021, "jubao_by_0331", True)
    subsidies.set_count(o.store, o.clerk, 2021, "jubao_900", "150")
    subsidies.set_place(o.store, o.head, 2021, "other_work", 2)
    after = _lines(o.store, 2021)
    assert after["jubao_early"].amount == Decimal(10000) and not after["jubao_early"].pending
    assert after["jubao_900_person"].amount == Decimal(600)  # 150人×4元
    assert "第2名" in after["other_work"].reason.text("zh") and not after["other_work"].pending
    assert after["other_work"].amount == Decimal(20000)
    state = subsidies.subsidy_state(o.store, 2021)
    assert state.inputs.flags == {"jubao_by_0331": True}
    assert state.inputs.counts == {"jubao_900": 150} and state.places == {"other_work": 2}
    rows = [r for r in o.store.facts.rows(2021) if r.scope == "subsidy"]
    assert {(r.code, r.key, r.value) for r in rows} == {
        ("flag", "jubao_by_0331", True),
        ("count", "jubao_900", 150),
        ("place", "other_work", 2),
    }
    subsidies.set_place(o.store, o.clerk, 2021, "other_work", None)
    assert _lines(o.store, 2021)["other_work"].pending


def test_subsidy_inputs_are_checked_and_roles_and_locks_enforced(rugao):
    o = rugao
    with refused(InputError, "subsidies.not_input", input="jubao_900", kind="flag"):
        subsidies.set_flag(o.store, o.clerk, 2021, "jubao_900", True)
    with refused(InputError, "subsidies.not_whole", value="1.5"):
        subsidies.set_count(o.store, o.clerk, 2021, "jubao_900", "1.5")
    with refused(InputError, "form.not_number", text="十"):
        subsidies.set_count(o.store, o.clerk, 2021, "jubao_900", "十")
    with refused(InputError, "subsidies.too_small", value="0", least=1):
        subsidies.set_place(o.store, o.clerk, 2021, "overall", "0")
    with refused(InputError, "subsidies.not_award", award="first_prize"):
        subsidies.set_place(o.store, o.clerk, 2021, "first_prize", 1)
    with pytest.raises(PermissionDenied):
        subsidies.set_flag(o.store, o.admin, 2021, "jubao_by_0331", True)
    approvals.approve(o.store, o.head, 2021, 0, "年度审定")
    with pytest.raises(Locked):
        subsidies.set_place(o.store, o.clerk, 2021, "overall", 1)
    assert [r for r in o.store.facts.rows(2021) if r.scope == "subsidy"] == []


def test_a_rubric_without_subsidies_refuses_subsidy_inputs(report_office):
    with refused(InputError, "subsidies.none_paid", rubric="dept-spending-selfeval"):
        subsidies.set_flag(report_office.store, report_office.clerk, 2024, "x", True)


def test_score_prints_the_subsidy_lines_in_text_and_json(rugao, capsys, chinese_locale):
    o = rugao
    subsidies.set_flag(o.store, o.clerk, 2021, "jubao_by_0331", True)
    assert main(["score", "--data-dir", str(o.data_dir), "--lang", "zh"]) == 0
    text = capsys.readouterr().out
    assert "【绩效考核补助和工作经费补助】" in text
    assert "工作经费补助（3月31日前完成居民养老保险任务）：10000元" in text
    assert "〔待定〕绩效考核补助（人才开发等五项工作，考核得分前三名）：0元" in text
    assert "  合计：" in text and "项待定）" in text
    assert main(["score", "--data-dir", str(o.data_dir), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "[绩效考核补助和工作经费补助]" in text and "  total: " in text and " pending)" in text
    assert main(["score", "--data-dir", str(o.data_dir), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    money = data["subsidies"]
    by_id = {line["id"]: line for line in money["lines"]}
    assert by_id["jubao_early"]["amount"] == "10000" and not by_id["jubao_early"]["pending"]
    assert money["pending"] == sum(1 for line in money["lines"] if line["pending"]) > 0
    assert Decimal(money["total"]) == sum(Decimal(line["amount"]) for line in money["lines"])


def test_score_of_a_rubric_without_subsidies_has_no_subsidies_block(report_office, capsys):
    assert main(["score", "--data-dir", str(report_office.data_dir), "--json"]) == 0
    assert "subsidies" not in json.loads(capsys.readouterr().out)


def test_migration_0004_adds_the_subsidy_scope_and_keeps_the_facts(rugao):
    """Down to 0003 (subsidy facts dropped, the old constraint back) and up again on open."""
    import sqlite3

    from alembic import command

    from evaldesk.store import migrate, open_store
    from evaldesk.store.migrations import HEAD

    o = rugao
    facts_service.set_rule_fact(o.store, o.clerk, 2021, "一.1.1", "1", {"actual": "900"})
    subsidies.set_flag(o.store, o.clerk, 2021, "jubao_by_0331", True)
    engine = o.store.engine
    o.store.close()
    with engine.connect() as conn:
        command.downgrade(migrate.alembic_config(conn), "0003")
        conn.commit()
    engine.dispose()
    db = sqlite3.connect(o.data_dir / "evaldesk.sqlite3")
    assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
    assert db.execute("SELECT count(*) FROM facts WHERE scope = 'subsidy'").fetchone()[0] == 0
    with pytest.raises(sqlite3.IntegrityError, match="ck_facts_scope"):
        db.execute(
            "INSERT INTO facts (year_id, scope, code, key, value, updated_at, updated_by) "
            "VALUES (1, 'subsidy', 'flag', 'x', 'true', '', '')"
        )
    db.close()
    o.store = open_store(o.data_dir)  # upgraded to head again (after a backup)
    assert migrate.current_revision(o.store.engine) == HEAD
    fact = facts_service.current_rule_fact(o.store, 2021, "一.1.1", "1")
    assert fact is not None and fact.actual == Decimal(900)
    subsidies.set_flag(o.store, o.clerk, 2021, "jubao_by_0331", False)
    assert subsidies.subsidy_state(o.store, 2021).inputs.flags == {"jubao_by_0331": False}
