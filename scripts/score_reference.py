#!/usr/bin/env python3
"""Write the stored score reference of a built-in rubric (tests/unit/data/score_reference/).

    python scripts/score_reference.py RUBRIC_ID            add a case for a new built-in rubric
    python scripts/score_reference.py --rescore CASE_FILE  rewrite one case's expected numbers

A new rubric gets one case: the unit first listed (if any) and the benchmark's random facts
(seed 1). ``--rescore`` is for a deliberate correction of a rule: it keeps the case's facts,
scores them with the current code, prints every number that moves (old -> new) for the commit
message, and rewrites the expected numbers. Other cases are never touched.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests" / "unit")]
REFERENCE = ROOT / "tests" / "unit" / "data" / "score_reference"


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, inner in value.items():
            out.update(_flat(inner, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(value, list):
        out = {}
        for n, inner in enumerate(value):
            out.update(_flat(inner, f"{prefix}[{n}]"))
        return out
    return {prefix: value}


def main(argv: list[str]) -> int:
    from synthetic import random_facts
    from test_score_reference import numbers, rubric_of

    from evaldesk.rubrics import registry
    from evaldesk.scoring import facts_from_data, score

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rubric", nargs="?")
    parser.add_argument("--rescore", type=Path)
    args = parser.parse_args(argv)
    if args.rescore is not None:
        path = args.rescore.resolve()
        case = json.loads(path.read_text(encoding="utf-8"))
    elif args.rubric:
        rubric = registry.builtins()[args.rubric].rubric
        unit = rubric.units[0].id if rubric.units else None
        facts = random_facts(rubric, 1)
        facts.pop("unit", None)
        facts["evidence"] = {rubric.items()[0].code: 1}
        name = f"{args.rubric}/1/{unit}"
        case = {"case": name, "rubric": {"builtin": args.rubric}, "unit": unit, "facts": facts}
        path = REFERENCE / (name.replace("/", "--") + ".json")
        if path.exists():
            print(f"{path} exists; use --rescore for a deliberate correction", file=sys.stderr)
            return 2
    else:
        parser.print_usage()
        return 2
    rubric = rubric_of(case["rubric"])
    report = score(rubric, facts_from_data(copy.deepcopy(case["facts"])), case["unit"])
    new = numbers(report.to_json())
    old = _flat(case.get("expected", {}))
    for key, value in _flat(new).items():
        if key in old and old[key] != value:
            print(f"{case['case']}: {key}: {old[key]} -> {value}")
    case["expected"] = new
    path.write_text(
        json.dumps(case, ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
