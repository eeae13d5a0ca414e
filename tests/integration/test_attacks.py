"""The attack suite's bounded subset (bench/attacks/run.py --quick): none may be accepted
wrongly, refused for the wrong reason, or crash. The full run is `python bench/attacks/run.py`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ATTACKS = Path(__file__).resolve().parents[2] / "bench" / "attacks"
sys.path.insert(0, str(ATTACKS))

from core import Outcome, Tally  # noqa: E402
from run import families, run_family  # noqa: E402
from workspace import Workspace, make_workspace  # noqa: E402

FAMILIES = {f.name: f for f in families()}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    yield make_workspace(tmp_path_factory.mktemp("attacks"))


@pytest.mark.parametrize("name", list(FAMILIES))
def test_no_attack_gets_through(workspace: Workspace, name: str) -> None:
    tally: Tally = run_family(workspace, FAMILIES[name], quick=True, seed=15)
    assert tally.tried > 0
    listed = [f"{r.outcome.value}: {r.case}: {r.detail}" for r in tally.bad]
    assert listed == []
    assert tally.counts[Outcome.CAUGHT] + tally.counts[Outcome.HARMLESS] == tally.tried
