"""services.history: the score as of each month end, replayed from the audit log."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from evaldesk.services import facts, users
from evaldesk.services.actor import system_actor
from evaldesk.services.history import checkpoints, score_history
from evaldesk.services.live import LiveScore
from evaldesk.services.setup import OfficeSetup, create_office


def test_checkpoints_of_a_running_and_a_finished_year():
    assert checkpoints(2024, date(2024, 3, 15)) == [
        date(2024, 2, 1),
        date(2024, 3, 1),
        date(2024, 3, 15),
    ]
    finished = checkpoints(2023, date(2024, 3, 15))
    assert len(finished) == 12 and finished[-1] == date(2024, 1, 1)


def test_history_replays_facts_backwards_and_ends_at_the_live_score(data_dir):
    store = create_office(
        data_dir,
        system_actor("test"),
        OfficeSetup(name="测试局", rubric="hunan-rsxczx-2021", year=2024, unit="changsha"),
    )
    try:
        admin = users.create_first_admin(store, "admin", "管理", "password-123")
        users.add_user(store, admin, "clerk", "经办", "clerk", "password-123")
        clerk = users.login(store, "clerk", "password-123")
        facts.set_rule_fact(store, clerk, 2024, "一.2", "1", {"lines": {"1": "met"}})
        points = score_history(store, 2024, today=date(2025, 3, 1))
        assert len(points) == 12 and points[-1].day == date(2024, 12, 31)
        with LiveScore(store, 2024, as_of=date(2025, 1, 1)) as live:
            final = live.score()
        # the chart ends at the live score; the tick was made after 2024 (today, in real
        # time), so the month ends before do not have it
        assert points[-1].total == final.total
        # on 30 November: without the tick (2 points × 60%), one quarter fewer missing (2 × 40%)
        assert points[-2].total == final.total - Decimal("1.2") + Decimal("0.8")
        # four quarters not dispatched: one more missing quarter after each quarter's 25th
        missing = [p.counts["dispatch_missing"] for p in points]
        assert missing == [0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4]
        assert points[-3].total - points[-2].total == Decimal("0")  # no quarter due in Dec
        # while the year runs, the last point is today's live score, ticks included
        running = score_history(store, 2024, today=date(2024, 6, 10), unit="changsha")
        with LiveScore(store, 2024, as_of=date(2024, 6, 10)) as live:
            assert running[-1].total == live.score().total
            assert running[-1].day == date(2024, 6, 10)
    finally:
        store.close()
