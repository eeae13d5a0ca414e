"""Whole reports held against stored reference numbers, one case per file.

Each ``data/score_reference/<case>.json`` holds its own inputs (a built-in rubric's id or the
rubric itself, the unit, the facts) and the numbers the engine gave when it was written: every
total, part, section and item score, status and explanation effect. The wording of explanations
is not compared (it may change); the numbers may not. A new built-in rubric gets its own file
(``python scripts/score_reference.py RUBRIC_ID``); the other files never need rewriting.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from evaldesk.rubrics import registry
from evaldesk.rubrics.loader import load_data
from evaldesk.scoring import facts_from_data, score

REFERENCE = Path(__file__).parent / "data" / "score_reference"
CASES = sorted(REFERENCE.glob("*.json"))


def numbers(report: dict[str, Any]) -> dict[str, Any]:
    """What a reference holds of a ``score --json`` report: its numbers, not its wording."""

    def effects(explanations: list[dict[str, Any]]) -> list[list[Any]]:
        return [[e["rule"], e["effect"], e["pending"]] for e in explanations]

    item_keys = (
        "max",
        "score",
        "best",
        "status",
        "pending",
        "vetoed",
        "bonus",
        "evidence",
        "columns",
    )
    section_keys = ("code", "part", "max", "score", "best", "bonus", "vetoed", "columns", "items")
    return {
        **{
            k: report[k]
            for k in (
                "total",
                "max",
                "bonus",
                "attainable",
                "grade",
                "grade_cap",
                "vetoed",
                "rating_ceiling",
                "columns",
                "counts",
                "pending",
            )
        },
        "composite": [
            {k: p[k] for k in ("id", "title", "weight", "max", "score", "best", "weighted")}
            for p in report["composite"]
        ],
        "problems": len(report["problems"]),
        "sections": [
            {k: s[k] for k in section_keys} | {"effects": effects(s["explanations"])}
            for s in report["sections"]
        ],
        "items": {
            code: {k: i[k] for k in item_keys} | {"effects": effects(i["explanations"])}
            for code, i in report["items"].items()
        },
        "unmet": [[e["item"], e["rule"], e["effect"]] for e in report["unmet"]],
        "whole_effects": effects(report["explanations"]),
    }


def rubric_of(source: dict[str, Any]) -> Any:
    if "builtin" in source:
        return registry.builtins()[source["builtin"]].rubric
    return load_data(copy.deepcopy(source["data"]), "reference").rubric


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_report_numbers_match_the_reference(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    rubric = rubric_of(case["rubric"])
    report = score(rubric, facts_from_data(copy.deepcopy(case["facts"])), case["unit"])
    got = numbers(report.to_json())
    expected = case["expected"]
    assert got["items"] == expected["items"]
    assert got == expected


def test_every_builtin_rubric_has_a_reference() -> None:
    covered = {json.loads(p.read_text(encoding="utf-8"))["rubric"].get("builtin") for p in CASES}
    missing = sorted(set(registry.builtins()) - covered)
    assert not missing, f"write a reference: python scripts/score_reference.py {' '.join(missing)}"


def test_a_changed_number_is_caught(tmp_path: Path) -> None:
    case = json.loads(CASES[0].read_text(encoding="utf-8"))
    rubric = rubric_of(case["rubric"])
    report = numbers(
        score(rubric, facts_from_data(copy.deepcopy(case["facts"])), case["unit"]).to_json()
    )
    code = next(iter(report["items"]))
    report["items"][code]["score"] = "999"
    assert report != case["expected"]
