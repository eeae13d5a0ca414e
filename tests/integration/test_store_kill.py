"""Nothing committed is lost when the process dies: a child adding ledger entries is killed
with SIGKILL at random moments, twenty times; every id it printed (after its commit returned)
is there, and `evaldesk check` passes."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from storekit import make_office

from evaldesk.services import maintenance
from evaldesk.store import open_store

CHILD = Path(__file__).resolve().parent / "kill_child.py"
ROOT = Path(__file__).resolve().parents[2]


def _run_and_kill(data_dir: Path, rnd: random.Random) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert child.stdout is not None
    lines: list[str] = []
    buffer = b""
    started = False
    deadline = time.monotonic() + 30
    kill_at: float | None = None
    while True:
        now = time.monotonic()
        if kill_at is not None and now >= kill_at:
            break
        assert now < deadline, "the child did not start"
        ready, _, _ = select.select([child.stdout], [], [], 0.01)
        if ready:
            chunk = os.read(child.stdout.fileno(), 65536)
            if not chunk:
                break
            buffer += chunk
            if not started and b"ready\n" in buffer:
                started = True
                kill_at = time.monotonic() + rnd.uniform(0.0, 0.4)
    child.send_signal(signal.SIGKILL)
    child.wait()
    buffer += child.stdout.read()
    child.stdout.close()
    assert child.stderr is not None
    err = child.stderr.read().decode("utf-8", "replace")
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL, err
    for line in buffer.decode("utf-8").splitlines():
        if line.startswith(("L", "E")):
            lines.append(line)
    return lines


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_entries_whose_commit_returned_survive_sigkill(data_dir: Path) -> None:
    make_office(data_dir).store.close()
    rnd = random.Random(20240630)
    committed: list[str] = []
    for _ in range(20):
        committed.extend(_run_and_kill(data_dir, rnd))
        with open_store(data_dir, auto_backup=False) as store:
            entries = {f"L{r.id}" for r in store.ledger.search(_all())}
            evidence_ids = {f"E{r.id}" for r in store.evidence.list(2024)}
        missing = [c for c in committed if c not in entries | evidence_ids]
        assert missing == []
        report = maintenance.check(data_dir)
        assert report.problems == []
    print(f"{len(committed)} commits survived 20 kills")
    assert sum(c.startswith("L") for c in committed) > 40  # the kills did land mid-work


def _all():  # type: ignore[no-untyped-def]
    from evaldesk.store import LedgerQuery

    return LedgerQuery(year=2024, limit=None)
