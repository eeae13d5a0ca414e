"""Migrations: from empty to head, the models match them, an older file is backed up first."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from evaldesk.errors import NotFound, StoreError
from evaldesk.store import migrate, open_store
from evaldesk.store.migrations import HEAD
from evaldesk.store.models import Base


def test_head_constant_matches_the_migration_files() -> None:
    assert migrate.script_head() == HEAD


def test_upgrade_from_empty_reaches_head_with_pragmas_set(data_dir: Path) -> None:
    with open_store(data_dir, create=True) as store:
        assert migrate.current_revision(store.engine) == HEAD
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    conn = sqlite3.connect(data_dir / "evaldesk.sqlite3")
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    conn.close()
    assert {"audit_log_no_update", "audit_log_no_delete", "evidence_no_delete"} <= triggers


def test_the_models_match_the_migrations(data_dir: Path) -> None:
    """What `alembic check` does: autogenerate against a database at head finds nothing."""
    with open_store(data_dir, create=True) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts=migrate.compare_options())
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_opening_a_missing_store_says_how_to_make_one(data_dir: Path) -> None:
    with pytest.raises(NotFound, match="evaldesk demo"):
        open_store(data_dir)


def test_a_foreign_database_is_not_taken_over(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / "evaldesk.sqlite3")
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an EvalDesk store"):
        open_store(data_dir)


def test_a_newer_schema_is_refused(data_dir: Path) -> None:
    open_store(data_dir, create=True).close()
    conn = sqlite3.connect(data_dir / "evaldesk.sqlite3")
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer EvalDesk"):
        open_store(data_dir)


NEXT = '''
    """test: a later schema change"""

    import sqlalchemy as sa
    from alembic import op

    revision = "9001"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        with op.batch_alter_table("ledger_entries") as batch:
            batch.add_column(sa.Column("priority", sa.Integer(), nullable=True))


    def downgrade() -> None:
        with op.batch_alter_table("ledger_entries") as batch:
            batch.drop_column("priority")
'''


def test_an_older_store_is_backed_up_before_it_is_upgraded(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storekit import make_office

    office = make_office(data_dir)
    office.store.close()
    # A later EvalDesk: the packaged migrations plus one more revision.
    later = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, later)
    (later / "versions" / "9001_test.py").write_text(
        textwrap.dedent(NEXT).format(head=HEAD), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", later)
    monkeypatch.setattr(migrate, "HEAD", "9001")
    with open_store(data_dir) as store:
        assert migrate.current_revision(store.engine) == "9001"
        with store.engine.connect() as conn:
            columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(ledger_entries)")}
        assert "priority" in columns
        assert store.office.require().name == "测试县人社局"  # data kept through the rebuild
    backups = list((data_dir / "backups" / "auto").glob(f"*before-upgrade-from-{HEAD}*"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    conn.close()


def test_a_network_folder_falls_back_to_a_rollback_journal(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evaldesk.store import store as store_module
    from evaldesk.store.fs import decide

    mounts = f"server:/x {data_dir.parent} nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    monkeypatch.setattr(
        store_module,
        "journal_decision",
        lambda folder: decide(str(folder), platform="linux", mounts_text=mounts),
    )
    with open_store(data_dir, create=True) as store:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert store.warnings and "nfs4" in store.warnings[0].text()


def test_an_analyzed_store_keeps_its_sort_indexes_after_the_id_index_is_added(
    data_dir: Path,
) -> None:
    """Statistics for all indexes but the new one made SQLite prefer the new one and sort."""
    from alembic import command

    from evaldesk.store.engine import make_engine

    open_store(data_dir, create=True).close()
    engine = make_engine(data_dir / "evaldesk.sqlite3")
    with engine.connect() as conn:
        command.downgrade(migrate.alembic_config(conn), "0001")
        conn.commit()
    engine.dispose()
    raw = sqlite3.connect(data_dir / "evaldesk.sqlite3")
    raw.execute(
        "INSERT INTO office (id, name, region, contact, created_at, updated_at) "
        "VALUES (1, 'x', '', '', '', '')"
    )
    raw.execute(
        "INSERT INTO years (id, office_id, year, rubric_id, rubric_version, rubric_sha256, "
        "rubric_title, rubric_text, created_at) VALUES (1, 1, 2024, 'r', 1, '', '', '', '')"
    )
    raw.executemany(
        "INSERT INTO ledger_entries (year_id, source, title, description, responsible, "
        "received_date, deadline, status, created_at, created_by, updated_at, updated_by) "
        "VALUES (1, 'other', ?, '', '', ?, ?, 'open', '', '', '', '')",
        [(f"t{i}", f"2024-01-{i % 28 + 1:02d}", f"2024-02-{i % 28 + 1:02d}") for i in range(500)],
    )
    raw.commit()
    raw.execute("ANALYZE")
    raw.close()
    with open_store(data_dir, auto_backup=False) as store, store.engine.connect() as conn:
        assert migrate.current_revision(store.engine) == HEAD
        analyzed = {r[0] for r in conn.exec_driver_sql("SELECT idx FROM sqlite_stat1")}
        assert "ix_ledger_id" in analyzed
        plan = " ".join(
            str(r[-1])
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT * FROM ledger_entries WHERE year_id = 1 "
                "ORDER BY received_date, id LIMIT 200 OFFSET 300"
            )
        )
    assert "ix_ledger_received" in plan and "TEMP B-TREE" not in plan, plan
