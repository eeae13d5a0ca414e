"""The live score: kept incrementally, it always equals a score built from scratch."""

from __future__ import annotations

import contextlib
import random
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storekit import TODAY, YEAR, Office

from evaldesk.errors import EvalDeskError
from evaldesk.services import dispatch, evidence, facts, ledger, review
from evaldesk.services.live import LiveScore, score_data_dir
from evaldesk.store import LedgerFields, LedgerQuery, open_store
from evaldesk.store.counts import dispatch_state, is_overdue


def _random_operation(office: Office, rnd: random.Random) -> None:
    store, clerk = office.store, office.clerk
    entries = store.ledger.search(LedgerQuery(year=YEAR, limit=None))
    roll = rnd.random()
    if roll < 0.35 or not entries:
        received = date(2024, 1, 1) + timedelta(days=rnd.randint(0, 170))
        ledger.add_entry(
            store,
            clerk,
            YEAR,
            LedgerFields(
                source=rnd.choice(["assigned", "public"]),
                title="随机事项",
                received_date=received,
                deadline=min(received + timedelta(days=rnd.randint(0, 60)), date(2024, 12, 31)),
                item_code=rnd.choice([None, "一.1", "一.2"]),
            ),
            today=TODAY,
        )
    elif roll < 0.5:
        entry = rnd.choice(entries)
        done = entry.received_date + timedelta(days=rnd.randint(0, 40))
        ledger.close_entry(store, clerk, entry.id, min(done, TODAY), today=TODAY)
    elif roll < 0.55:
        ledger.cancel_entry(store, clerk, rnd.choice(entries).id, "撤销", today=TODAY)
    elif roll < 0.7:
        status = rnd.choice(["met", "not_met", "not_assessed", None])
        facts.tick_line(store, clerk, YEAR, "一.1", "1", rnd.choice(["1", "2", "3"]), status)
    elif roll < 0.78:
        facts.set_rule_fact(store, clerk, YEAR, "一.2", "1", {"count": rnd.randint(0, 9)})
    elif roll < 0.84:
        facts.set_rule_fact(store, clerk, YEAR, "二.1", "1", {"actual": str(rnd.randint(80, 100))})
    elif roll < 0.9:
        quarter = rnd.randint(1, 2)
        day = date(2024, 3 * quarter, 1) + timedelta(days=rnd.randint(0, 40))
        dispatch.submit(
            store, clerk, YEAR, quarter, {"一": "进展"}, submitted_date=day, today=TODAY
        )
    elif roll < 0.95:
        review.set_review_score(store, office.head, YEAR, "一.1", "final", str(rnd.randint(0, 4)))
    else:
        entry = rnd.choice(entries)
        evidence.attach_stream(
            store,
            clerk,
            YEAR,
            __import__("io").BytesIO(rnd.randbytes(64)),
            "随机.pdf",
            links=[evidence.ledger_link(entry.id)],
        )


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 10_000))
def test_incremental_live_score_equals_a_fresh_one(office: Office, seed: int) -> None:
    rnd = random.Random(seed)
    live = LiveScore(office.store, YEAR, today=lambda: TODAY)
    reloads = []
    original = live._reload
    live._reload = lambda: (reloads.append(1), original())  # type: ignore[method-assign]
    for _ in range(25):
        # A refused operation (a close before the received date ...) changes nothing.
        with contextlib.suppress(EvalDeskError):
            _random_operation(office, rnd)
        incremental = live.score()
        fresh = LiveScore(office.store, YEAR, today=lambda: TODAY)
        assert live.counts() == fresh.counts()
        assert live.facts() == fresh.facts()
        assert incremental.to_json() == fresh.score().to_json()
        fresh.close()
    assert reloads == []  # every change was applied incrementally, none by reloading
    live.close()


def test_a_change_from_another_process_is_seen(office: Office) -> None:
    live = LiveScore(office.store, YEAR, today=lambda: TODAY)
    before = live.score().total
    with open_store(office.data_dir) as other:  # another Store: its events do not reach `live`
        ledger.add_entry(
            other,
            office.clerk,
            YEAR,
            LedgerFields(
                source="other",
                title="外部",
                received_date=date(2024, 2, 1),
                deadline=date(2024, 2, 2),
            ),
            today=TODAY,
        )
    assert live.counts()["ledger_overdue"] == 1
    assert live.score().total < before
    live.close()


def test_sql_and_python_agree_on_what_is_overdue(office: Office) -> None:
    rnd = random.Random(5)
    for _ in range(60):
        received = date(2024, 1, 1) + timedelta(days=rnd.randint(0, 150))
        deadline = received + timedelta(days=rnd.randint(0, 30))
        status = rnd.choice(["open", "in_progress", "done", "cancelled"])
        done = received + timedelta(days=rnd.randint(0, 40)) if status == "done" else None
        ledger.add_entry(
            office.store,
            office.clerk,
            YEAR,
            LedgerFields(
                "assigned",
                "x",
                received,
                deadline,
                status=status,
                done_date=min(done, TODAY) if done else None,
            ),
            today=TODAY,
        )
    rows = office.store.ledger.search(LedgerQuery(year=YEAR, limit=None))
    for as_of in (date(2024, 1, 15), date(2024, 3, 1), TODAY, date(2025, 1, 1)):
        python = sum(is_overdue(r.deadline, r.done_date, r.status, as_of) for r in rows)
        sql = office.store.ledger.count(LedgerQuery(year=YEAR, overdue=True, as_of=as_of))
        assert python == sql


def test_dispatch_states_and_counts(office: Office) -> None:
    due = date(2024, 3, 25)
    assert dispatch_state(due, None, date(2024, 3, 25)) == "pending"
    assert dispatch_state(due, None, date(2024, 3, 26)) == "missing"
    assert dispatch_state(due, date(2024, 3, 25), TODAY) == "on_time"
    assert dispatch_state(due, date(2024, 3, 26), TODAY) == "late"
    dispatch.submit(
        office.store,
        office.clerk,
        YEAR,
        1,
        {"一": "完成"},
        submitted_date=date(2024, 3, 28),
        today=TODAY,
    )
    views = dispatch.overview(office.store, YEAR, today=TODAY)
    assert [v.state for v in views] == ["late", "missing", "pending", "pending"]
    assert [v.record.due_date for v in views] == [date(2024, m, 25) for m in (3, 6, 9, 12)]
    with LiveScore(office.store, YEAR, today=lambda: TODAY) as live:
        assert live.counts() == {
            "ledger_overdue": 0,
            "dispatch_missing": 1,
            "dispatch_late": 1,
            "dispatch_not_on_time": 2,
        }


def test_score_data_dir_names_the_year_office_and_rubric(office: Office) -> None:
    office.store.close()
    report, extra, _money = score_data_dir(office.data_dir, None)
    assert extra["year"] == YEAR and extra["office"] == "测试县人社局"
    assert len(extra["rubric_sha256"]) == 64
    assert report.rubric_id == "test-small"


def test_one_fact_is_read_alone_as_stored(office: Office) -> None:
    store, clerk = office.store, office.clerk
    assert facts.current_rule_fact(store, YEAR, "一.2", "1") is None
    facts.set_rule_fact(store, clerk, YEAR, "一.2", "1", {"count": 3})
    facts.set_rule_fact(store, clerk, YEAR, "二.1", "1", {"actual": "87.5"})
    got = store.facts.get(YEAR, "item", "一.2", "1")
    assert got is not None and got.value == {"count": 3} and got.updated_by == clerk.name
    fact = facts.current_rule_fact(store, YEAR, "二.1", "1")
    assert fact is not None and str(fact.actual) == "87.5"
    assert store.facts.get(YEAR, "section", "一.2", "1") is None  # another scope, not this row
    facts.set_rule_fact(store, clerk, YEAR, "一.2", "1", None)
    assert facts.current_rule_fact(store, YEAR, "一.2", "1") is None
