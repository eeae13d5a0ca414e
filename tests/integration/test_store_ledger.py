"""Ledger entries: validation messages, the table's query, and the live score moving with it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from refusals import refused, says
from storekit import TODAY, YEAR, Office

from evaldesk.errors import InputError, NotFound
from evaldesk.services import ledger
from evaldesk.services.live import LiveScore
from evaldesk.services.validation import InvalidFields
from evaldesk.store import LedgerFields, LedgerQuery

ENTRY = LedgerFields(
    source="上级交办",
    title="落实省厅通知要求",
    received_date=date(2024, 3, 1),
    deadline=date(2024, 3, 15),
    responsible="王小红",
    item_code="一.2",
)


def add(office: Office, **changes: object):
    return ledger.add_entry(
        office.store, office.clerk, YEAR, replace(ENTRY, **changes), today=TODAY
    )


def test_an_entry_is_stored_with_its_fields_and_chinese_labels_mapped(office: Office) -> None:
    rec = add(office)
    again = office.store.ledger.get(rec.id)
    assert again == rec
    assert (rec.source, rec.status, rec.item_code) == ("assigned", "open", "一.2")
    assert rec.updated_by == "user:clerk"


@pytest.mark.parametrize(
    ("changes", "field", "key", "words"),
    [
        ({"title": "   "}, "title", "ledger.title_empty", "title is empty"),
        (
            {"done_date": date(2024, 2, 1), "status": "done"},
            "done_date",
            "ledger.done_before_received",
            "before the received date",
        ),
        (
            {"deadline": date(2024, 2, 20)},
            "deadline",
            "ledger.deadline_before_received",
            "before the received date",
        ),
        (
            {"deadline": date(2025, 1, 10)},
            "deadline",
            "ledger.deadline_other_year",
            "not in the assessment year 2024",
        ),
        ({"item_code": "九.9"}, "item_code", "items.unknown_some", "there is no item '九.9'"),
        ({"item_code": "一.3"}, "item_code", "items.unknown_close", "did you mean"),
        ({"source": "路边听说"}, "source", "ledger.unknown_source", "unknown source"),
        ({"status": "done"}, "done_date", "ledger.done_needs_date", "needs the date it was done"),
        (
            {"done_date": date(2024, 3, 2)},
            "done_date",
            "ledger.done_date_not_done",
            "only for entries marked done",
        ),
        (
            {"done_date": date(2024, 7, 2), "status": "done"},
            "done_date",
            "ledger.done_future",
            "in the future",
        ),
        (
            {"received_date": date(2024, 7, 1), "deadline": date(2024, 7, 5)},
            "received_date",
            "ledger.received_future",
            "future",
        ),
    ],
)
def test_bad_entries_are_refused_with_a_message_on_the_field(
    office: Office, changes: dict[str, object], field: str, key: str, words: str
) -> None:
    with pytest.raises(InvalidFields) as caught:
        add(office, **changes)
    problem = caught.value.fields[field]
    says(problem, key)
    assert problem.origin is not None and problem.origin.field == field
    assert words in problem.text("en")
    assert office.store.ledger.total(YEAR) == 0  # nothing half-stored


def test_several_problems_are_reported_together(office: Office) -> None:
    with pytest.raises(InvalidFields) as caught:
        add(office, title="", deadline=date(2025, 2, 1), item_code="X")
    assert set(caught.value.fields) == {"title", "deadline", "item_code"}
    # One message naming each field by its label, in either language.
    says(caught.value.msg, "fields.invalid")
    chinese = caught.value.msg.text("zh")
    assert chinese.startswith(
        "事项：事项为空，请用几个字说明是什么事项；办理时限：办理时限2025-02-01"
    )
    assert "；评分项目：考核细则test-small中没有评估项目“X”" in chinese
    english = caught.value.msg.text("en")
    assert english.startswith("title: the title is empty; say in a few words what the task is; ")
    assert "; deadline: the deadline 2025-02-01 is not in the assessment year 2024; " in english
    assert "; rubric item: there is no item 'X' in test-small" in english


def test_editing_validates_the_whole_entry_and_keeps_the_old_one_on_error(office: Office) -> None:
    rec = add(office)
    with pytest.raises(InvalidFields):
        ledger.edit_entry(
            office.store, office.clerk, rec.id, {"deadline": date(2024, 1, 1)}, today=TODAY
        )
    assert office.store.ledger.get(rec.id) == rec
    edited = ledger.edit_entry(
        office.store, office.clerk, rec.id, {"title": "新标题", "responsible": "张伟"}, today=TODAY
    )
    assert (edited.title, edited.responsible) == ("新标题", "张伟")
    with refused(InputError, "ledger.no_such_fields", fields=["colour"]):
        ledger.edit_entry(office.store, office.clerk, rec.id, {"colour": "red"}, today=TODAY)
    with pytest.raises(NotFound):
        ledger.edit_entry(office.store, office.clerk, 999, {"title": "x"}, today=TODAY)


def test_close_reopen_and_cancel(office: Office) -> None:
    rec = add(office)
    closed = ledger.close_entry(office.store, office.clerk, rec.id, date(2024, 3, 10), today=TODAY)
    assert (closed.status, closed.done_date) == ("done", date(2024, 3, 10))
    reopened = ledger.reopen_entry(office.store, office.clerk, rec.id, today=TODAY)
    assert (reopened.status, reopened.done_date) == ("in_progress", None)
    with refused(InputError, "ledger.cancel_needs_reason"):
        ledger.cancel_entry(office.store, office.clerk, rec.id, " ", today=TODAY)
    cancelled = ledger.cancel_entry(office.store, office.clerk, rec.id, "重复登记", today=TODAY)
    assert cancelled.status == "cancelled" and "重复登记" in cancelled.description


def test_the_live_score_moves_when_an_overdue_entry_is_added_and_closed(office: Office) -> None:
    live = LiveScore(office.store, YEAR, today=lambda: TODAY)
    before = live.score()
    assert live.counts()["ledger_overdue"] == 0
    rec = add(office)  # deadline 2024-03-15 has passed on 2024-06-30 and it is open
    after = live.score()
    assert live.counts()["ledger_overdue"] == 1
    # 每件扣2分 in the dispatch part, which weighs 40%: the total drops by 0.8.
    assert before.total - after.total == Decimal("0.8")
    item = after.item("调度.1")
    assert item is not None and any("1件" in e.line("zh") for e in item.explanations)
    add(office, deadline=date(2024, 7, 31), received_date=date(2024, 6, 1))  # not yet due
    assert live.score().total == after.total
    ledger.close_entry(office.store, office.clerk, rec.id, date(2024, 3, 20), today=TODAY)
    assert live.counts()["ledger_overdue"] == 1  # done, but after its deadline
    ledger.edit_entry(
        office.store, office.clerk, rec.id, {"done_date": date(2024, 3, 14)}, today=TODAY
    )
    assert live.score().total == before.total
    live.close()


def _fill(office: Office) -> list[int]:
    ids = []
    for n in range(30):
        ids.append(
            add(
                office,
                title=f"事项{n:02d}" + ("督导" if n % 3 == 0 else ""),
                source=["assigned", "inspection", "public", "other"][n % 4],
                received_date=date(2024, 1 + n % 5, 1 + n % 20),
                deadline=date(2024, 1 + n % 5, 28),
                item_code="一.1" if n % 2 else None,
                status="done" if n % 5 == 0 else "open",
                done_date=date(2024, 1 + n % 5, 28) if n % 5 == 0 else None,
            ).id
        )
    return ids


def test_the_query_filters_sorts_pages_and_counts_in_sql(office: Office) -> None:
    _fill(office)
    store = office.store
    base = LedgerQuery(year=YEAR, limit=None)
    assert store.ledger.count(base) == 30
    assert store.ledger.count(replace(base, text="督导")) == 10
    assert store.ledger.count(replace(base, source="public")) == 7
    assert store.ledger.count(replace(base, item_code="一.1")) == 15
    assert store.ledger.count(replace(base, statuses=("done",))) == 6
    overdue = replace(base, overdue=True, as_of=TODAY)
    assert store.ledger.count(overdue) == 24  # every open entry's deadline has passed
    assert store.ledger.count(replace(overdue, overdue=False)) == 6
    rows = store.ledger.search(replace(base, sort="title", descending=True, offset=5, limit=10))
    titles = [r.title for r in store.ledger.search(replace(base, sort="title", descending=True))]
    assert [r.title for r in rows] == titles[5:15]
    assert titles == sorted(titles, reverse=True)
    assert store.ledger.count(replace(base, text="%")) == 0  # LIKE wildcards are literal
    with pytest.raises(InputError, match="cannot sort"):
        store.ledger.search(replace(base, sort="password"))
    with pytest.raises(InputError, match="as_of"):
        store.ledger.count(replace(base, overdue=True))
