"""The ledger's FTS5 trigram search index: the same rows as a plain LIKE search, kept in step
with edits, rebuilt when a file arrives without it, and checked by `evaldesk check`."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest
from storekit import TODAY, YEAR, Office

from evaldesk.services import ledger as ledger_service
from evaldesk.services.ledger_import import add_entries
from evaldesk.store import LedgerFields, LedgerQuery, open_store, search_index
from evaldesk.store.check import check_data_dir

pytestmark = pytest.mark.skipif(
    not search_index.supported(), reason="this SQLite has no FTS5 trigram tokenizer"
)

TITLES = (
    "督办劳动保障监察案件",
    "群众反映工资拖欠问题",
    "上级交办社保扩面任务",
    "Audit of 100% cases",
)
PEOPLE = ("王晓红", "李明", "欧阳建国")


def _entries(n: int) -> list[LedgerFields]:
    out = []
    for i in range(n):
        received = date(YEAR, 1, 1) + timedelta(days=i % 90)
        out.append(
            LedgerFields(
                source="assigned",
                title=f"{TITLES[i % len(TITLES)]}{i}",
                description="需在规定时限内办结" if i % 3 == 0 else "",
                received_date=received,
                deadline=received + timedelta(days=20),
                responsible=PEOPLE[i % len(PEOPLE)],
                status="open",
            )
        )
    return out


@pytest.fixture
def searched(office: Office) -> Office:
    add_entries(office.store, office.system, YEAR, _entries(120), today=TODAY)
    return office


def _ids(store, text: str) -> list[int]:
    return [r.id for r in store.ledger.search(LedgerQuery(year=YEAR, text=text))]


def _ids_without_index(store, text: str) -> list[int]:
    store.text_index = False
    try:
        return _ids(store, text)
    finally:
        store.text_index = True


@pytest.mark.parametrize(
    "text", ["劳动保障", "工资拖欠问题", "欧阳建国", "规定时限", "100%", "AUDIT of", "不存在的事"]
)
def test_the_index_finds_exactly_what_like_finds(searched: Office, text: str) -> None:
    store = searched.store
    assert store.text_index
    assert store.ledger.uses_text_index(text)
    found = _ids(store, text)
    assert found == _ids_without_index(store, text)
    assert store.ledger.count(LedgerQuery(year=YEAR, text=text)) == len(found)
    if text != "不存在的事":
        assert found


def test_short_text_is_searched_with_like(searched: Office) -> None:
    store = searched.store
    assert not store.ledger.uses_text_index("李明")
    assert _ids(store, "李明") == _ids_without_index(store, "李明")
    assert len(_ids(store, "李明")) == 40


def test_an_edited_title_is_found_by_its_new_text_only(searched: Office) -> None:
    store = searched.store
    first = _ids(store, "社保扩面任务")[0]
    ledger_service.edit_entry(
        store, searched.clerk, first, {"title": "养老保险稽核专项"}, today=TODAY
    )
    assert first not in _ids(store, "社保扩面任务")
    assert _ids(store, "保险稽核") == [first]


def test_a_file_without_the_index_gets_it_back_on_open(searched: Office) -> None:
    db = searched.store.paths.db
    searched.store.close()
    raw = sqlite3.connect(db)
    for name in search_index.TRIGGERS:
        raw.execute(f"DROP TRIGGER {name}")
    raw.execute(f"DROP TABLE {search_index.TABLE}")
    raw.commit()
    raw.close()
    with open_store(searched.data_dir) as store:
        assert store.text_index
        assert _ids(store, "劳动保障") == _ids_without_index(store, "劳动保障")
        assert len(_ids(store, "劳动保障")) == 30


def test_check_reports_an_index_changed_outside_evaldesk(searched: Office) -> None:
    db = searched.store.paths.db
    searched.store.close()
    assert search_index.verify(db) == []
    raw = sqlite3.connect(db)
    row = raw.execute(
        "SELECT id, title, description, responsible FROM ledger_entries ORDER BY id LIMIT 1"
    ).fetchone()
    table = search_index.TABLE
    raw.execute(
        f"INSERT INTO {table}({table}, rowid, title, description, responsible) "
        "VALUES ('delete', ?, ?, ?, ?)",
        row,
    )
    raw.commit()
    raw.close()
    report = check_data_dir(searched.data_dir, item_codes=lambda _rubric_id: None)
    assert any(p.key == "check.search_index" for p in report.problems), report.problems


def test_searches_agree_after_many_random_edits(searched: Office) -> None:
    store = searched.store
    rows = store.ledger.search(LedgerQuery(year=YEAR, text=""))
    for n, rec in enumerate(rows[:30]):
        ledger_service.edit_entry(
            store, searched.clerk, rec.id, {"responsible": f"欧阳{n}号"}, today=TODAY
        )
    for text in ("欧阳建国", "欧阳1号", "阳1号"):
        assert _ids(store, text) == _ids_without_index(store, text)


def test_a_sqlite_without_trigram_drops_the_triggers_and_the_next_one_rebuilds(
    searched: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A data folder restored on a computer whose SQLite lacks FTS5 trigram: ledger writes must
    keep working there (the triggers would fail them), and the index comes back afterwards."""
    searched.store.close()
    with monkeypatch.context() as older:
        older.setattr(search_index, "supported", lambda: False)
        with open_store(searched.data_dir) as store:
            assert not store.text_index
            added = ledger_service.add_entry(
                store,
                searched.system,
                YEAR,
                replace(_entries(1)[0], title="无索引时新增的事项"),
                today=TODAY,
            )
            assert _ids(store, "无索引时新增") == [added.id]
    with open_store(searched.data_dir) as store:
        assert store.text_index
        assert store.ledger.uses_text_index("无索引时新增")
        assert _ids(store, "无索引时新增") == [added.id]
