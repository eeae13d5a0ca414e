"""The stored clock: real time, or a fixed moment for what the demo writes about its past year."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest

from evaldesk.store.clock import now_iso, recorded_at


def test_recorded_at_stamps_utc_inside_only_and_not_in_other_threads() -> None:
    beijing = timezone(timedelta(hours=8))
    seen_elsewhere: list[str] = []
    with recorded_at(datetime(2023, 3, 1, 9, 0, tzinfo=beijing)):
        assert now_iso() == "2023-03-01T01:00:00.000000+00:00"
        worker = threading.Thread(target=lambda: seen_elsewhere.append(now_iso()))
        worker.start()
        worker.join()
    after = datetime.fromisoformat(now_iso())
    assert abs(after - datetime.now(UTC)) < timedelta(minutes=1)
    assert datetime.fromisoformat(seen_elsewhere[0]).year == datetime.now(UTC).year


def test_recorded_at_refuses_a_naive_time() -> None:
    with pytest.raises(TypeError, match="aware"), recorded_at(datetime(2023, 3, 1)):
        pass
