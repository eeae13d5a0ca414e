"""The office sets values its rubric's source leaves open: audited, bounded, rescored live,
locked with the year's approval, carried in the score (issue 14)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from storekit import YEAR, make_office

from evaldesk.errors import InputError, Locked, PermissionDenied
from evaldesk.services import approvals, interpretations
from evaldesk.services.live import LiveScore


@pytest.fixture
def office(tmp_path):
    made = make_office(tmp_path / "data")
    yield made
    made.store.close()


def test_an_admin_sets_a_value_and_the_score_follows(office) -> None:
    with LiveScore(office.store, YEAR) as live:
        before = live.score()
        part = next(p for p in before.parts if p.id == "dispatch")
        assert part.max == 100 and "dispatch-full-score" in part.interpretations
        interpretations.set_value(office.store, office.admin, YEAR, "dispatch-full-score", "80")
        after = live.score()
    part = next(p for p in after.parts if p.id == "dispatch")
    assert part.max == 80 and part.score == before.parts[0].score - 20
    used = {u.id: u for u in after.interpretations}
    assert used["dispatch-full-score"].value == Decimal(80)
    assert used["dispatch-full-score"].set_by_office
    data = after.to_json()
    assert data["items"]["调度.1"]["interpretations"] == ["dispatch-full-score", "dispatch-cap"]
    assert "dispatch-full-score" in data["total_interpretations"]
    rows = [r for r in office.store.audit.rows() if r.entity == "fact" and "interp" in r.entity_id]
    assert rows and rows[-1].actor == office.admin.name


def test_values_are_checked_and_only_an_admin_sets_them(office) -> None:
    with pytest.raises(InputError) as refused:
        interpretations.set_value(office.store, office.admin, YEAR, "dispatch-full-score", "0")
    assert refused.value.msg.key == "interp.out_of_bounds"
    with pytest.raises(InputError) as refused:
        interpretations.set_value(office.store, office.admin, YEAR, "dispatch-cap", "6")
    assert refused.value.msg.key == "interp.not_settable"
    with pytest.raises(PermissionDenied):
        interpretations.set_value(office.store, office.clerk, YEAR, "dispatch-full-score", "90")


def test_an_approved_year_locks_them(office) -> None:
    approvals.approve(office.store, office.head, YEAR, approvals.WHOLE_YEAR, "同意报送")
    with pytest.raises(Locked):
        interpretations.set_value(office.store, office.admin, YEAR, "dispatch-full-score", "90")


def test_the_command_line_lists_sets_and_imports(office, tmp_path) -> None:
    office.store.close()
    env = {**os.environ, "LANG": "C.UTF-8"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "evaldesk",
                "interpretations",
                *args,
                "--data-dir",
                str(office.data_dir),
            ],
            capture_output=True,
            text=True,
            env=env,
        )

    listed = json.loads(cli("list", "--json").stdout)
    assert [(r["id"], r["in_force"]) for r in listed] == [("dispatch-full-score", "100")]
    done = cli("set", "dispatch-full-score", "90")
    assert done.returncode == 0 and "90" in done.stdout
    values = tmp_path / "values.json"
    values.write_text('{"dispatch-full-score": 95}', encoding="utf-8")
    assert cli("import", str(values)).returncode == 0
    assert json.loads(cli("list", "--json").stdout)[0]["value"] == "95"
    refused = cli("set", "dispatch-full-score", "0")
    assert refused.returncode == 2 and "outside" in refused.stderr
    assert cli("set", "dispatch-full-score", "default").returncode == 0
    assert json.loads(cli("list", "--json").stdout)[0]["value"] is None


def test_migration_0006_adds_the_interp_scope_and_keeps_the_other_facts(office) -> None:
    """Down to 0005 (the office's values dropped, the old constraint back) and up again."""
    import sqlite3

    from alembic import command

    from evaldesk.services import facts
    from evaldesk.store import migrate, open_store
    from evaldesk.store.migrations import HEAD

    facts.set_rule_fact(office.store, office.clerk, YEAR, "一.2", "1", {"count": 2})
    interpretations.set_value(office.store, office.admin, YEAR, "dispatch-full-score", "90")
    engine = office.store.engine
    office.store.close()
    with engine.connect() as conn:
        command.downgrade(migrate.alembic_config(conn), "0005")
        conn.commit()
    engine.dispose()
    db = sqlite3.connect(office.data_dir / "evaldesk.sqlite3")
    assert db.execute("SELECT count(*) FROM facts WHERE scope = 'interp'").fetchone()[0] == 0
    with pytest.raises(sqlite3.IntegrityError, match="ck_facts_scope"):
        db.execute(
            "INSERT INTO facts (year_id, scope, code, key, value, updated_at, updated_by) "
            "VALUES (1, 'interp', '', 'x', '1', '', '')"
        )
    db.close()
    office.store = open_store(office.data_dir)
    assert migrate.current_revision(office.store.engine) == HEAD
    assert facts.current_rule_fact(office.store, YEAR, "一.2", "1").count == 2
    interpretations.set_value(office.store, office.admin, YEAR, "dispatch-full-score", "95")
    assert interpretations.office_values(office.store, YEAR) == {"dispatch-full-score": Decimal(95)}
