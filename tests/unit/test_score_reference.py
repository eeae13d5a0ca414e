"""Full reports for a few rubrics, held against a stored reference.

The reference (data/score_reference.jsonl, one case per line) was written by the scorer before
it was optimised for issue 2; every later change to the engine must keep it byte for byte. If a
rubric or the report format changes on purpose, rewrite it with
``EVALDESK_REWRITE_SCORE_REFERENCE=1 pytest tests/unit/test_score_reference.py`` and review
the diff.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evaldesk.rubrics import registry
from evaldesk.rubrics.model import Rubric
from evaldesk.rubrics.synthetic import random_facts, synthetic_rubric
from evaldesk.scoring import facts_from_data, score
from evaldesk.scoring.report import Lazy

REFERENCE = Path(__file__).parent / "data" / "score_reference.jsonl"


def _cases() -> Iterator[tuple[str, Rubric, str | None, int]]:
    synthetic = synthetic_rubric(15)  # every template once
    for seed in (1, 2):
        for unit in (None, "t2"):
            yield f"synthetic-15/{seed}/{unit}", synthetic, unit, seed
    for rid, loaded in sorted(registry.builtins().items()):
        units = [u.id for u in loaded.rubric.units]
        unit = units[0] if units else None
        yield f"{rid}/1/{unit}", loaded.rubric, unit, 1


def _facts(rubric: Rubric, seed: int) -> dict[str, Any]:
    raw = random_facts(rubric, seed)
    raw.pop("unit", None)
    raw["evidence"] = {rubric.items()[0].code: 1}
    return raw


def _current() -> dict[str, Any]:
    return {
        name: score(rubric, facts_from_data(_facts(rubric, seed)), unit).to_json()
        for name, rubric, unit, seed in _cases()
    }


def _dump(reports: dict[str, Any]) -> str:
    return "".join(
        json.dumps({"case": name, "report": report}, ensure_ascii=False, sort_keys=True) + "\n"
        for name, report in reports.items()
    )


def test_reports_match_the_reference():
    current = _current()
    if os.environ.get("EVALDESK_REWRITE_SCORE_REFERENCE"):
        REFERENCE.write_text(_dump(current), encoding="utf-8")
    stored = {
        case["case"]: case["report"]
        for case in map(json.loads, REFERENCE.read_text(encoding="utf-8").splitlines())
    }
    assert list(current) == list(stored)
    for name, report in current.items():
        assert report == stored[name], name


@pytest.mark.parametrize("seed", [3, 4])
def test_cold_report_equals_one_built_on_another_report(seed):
    # A report reused for every item but told all of them changed must rebuild all of them.
    rubric = synthetic_rubric(56)
    earlier = score(rubric, facts_from_data(_facts(rubric, seed + 100)))
    facts = facts_from_data(_facts(rubric, seed))
    codes = {i.code for i in rubric.items()}
    cold = score(rubric, facts)
    rebuilt = score(rubric, copy.deepcopy(facts), reuse=earlier, changed=codes)
    assert rebuilt.to_json() == cold.to_json()


def test_details_stay_unformatted_until_read():
    rubric = synthetic_rubric(56)
    report = score(rubric, facts_from_data(_facts(rubric, 5)))
    lazy = [e for i in report.items() for e in i.explanations if isinstance(e.why, Lazy)]
    assert lazy, "a rescore formats no detail text up front"
    first = lazy[0]
    text = first.detail
    assert isinstance(first.why, str) and first.why == text
