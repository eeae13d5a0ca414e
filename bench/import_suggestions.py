#!/usr/bin/env python3
"""How close the rules suggested from a table's wording come to the built-in rubrics (issue 20).

Each of the five built-in rubrics is written as a plain table (序号/考核项目/分值/考核内容/评分标准)
and imported back, the suggestions left unconfirmed. Per document it prints:

* the round trip: sections, items, points and wording the same (yes/no);
* the share of items whose suggested rule kinds equal the built-in rules' kinds, and the share
  whose kinds and parameters are equal too (parameters: every field but the id, the wording,
  the note and the unit label, a display text);
* the total score of the same demo facts (the demo office's generator, seed 2021, no ledger or
  dispatch counts) under the built-in rules and under the suggestions.

    python bench/import_suggestions.py
"""

from __future__ import annotations

import random
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaldesk.decimals import fmt_points
from evaldesk.demo.rule_facts import demo_facts
from evaldesk.rubrics import registry
from evaldesk.rubrics.importing import import_table
from evaldesk.rubrics.importing.table_out import write_xlsx
from evaldesk.rubrics.model import Item, Rubric
from evaldesk.scoring.engine import score
from evaldesk.scoring.facts import facts_from_data

SEED = 2021
IGNORED = {"id", "text", "note", "unit_label"}


def params(item: Item) -> list[dict[str, Any]]:
    out = []
    for rule in item.rules:
        data = rule.model_dump(mode="json", exclude_none=True, exclude=IGNORED)
        lone = len([r for r in item.rules if r.kind not in ("veto", "negative")]) == 1
        if lone and data.get("points") is not None and Decimal(str(data["points"])) == item.points:
            data.pop("points")  # a lone rule's budget is its item's points either way
        out.append(data)
    return out


def shape(rubric: Rubric) -> list[Any]:
    return [
        (
            s.code,
            s.title,
            s.points,
            s.content,
            [(i.code, i.title, i.points, i.content, i.criteria) for i in s.items],
        )
        for s in rubric.sections
    ]


def total(rubric: Rubric, facts_data: dict[str, Any]) -> str:
    known = {i.code: {r.id for r in i.rules} for i in rubric.items()}
    items = {
        code: {rid: fact for rid, fact in rules.items() if rid in known.get(code, set())}
        for code, rules in facts_data["items"].items()
        if code in known
    }
    kept = {**facts_data, "items": {c: r for c, r in items.items() if r}}
    try:
        report = score(rubric, facts_from_data(kept))
    except Exception as exc:  # a fact the suggested kind cannot read: say so, keep going
        return f"not scored ({type(exc).__name__})"
    return fmt_points(report.total)


def main() -> int:
    print(
        f"{'rubric':<26} {'round trip':<10} {'items':>5} {'kinds':>8} {'kind+params':>12} {'built-in':>9} {'suggested':>10}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for rubric_id, loaded in sorted(registry.builtins().items()):
            original = loaded.rubric
            path = Path(tmp) / f"{rubric_id}.xlsx"
            write_xlsx(original, path)
            draft = import_table(path)
            if not draft.ok or draft.loaded is None:
                print(f"{rubric_id:<26} import failed: {[e.text('en') for e in draft.errors][:3]}")
                continue
            imported = draft.loaded.rubric
            same = shape(imported) == shape(original)
            items = [(i, imported.item(i.code)) for i in original.items()]
            scored = [(a, b) for a, b in items if b is not None and a.rules]
            kinds = sum(
                1 for a, b in scored if [r.kind for r in a.rules] == [r.kind for r in b.rules]
            )  # type: ignore[union-attr]
            exact = sum(1 for a, b in scored if params(a) == params(b))  # type: ignore[arg-type]
            facts: dict[str, Any] = {"items": {}}
            for scope, code, rule_id, fact in demo_facts(original, random.Random(SEED)):
                if scope == "item":
                    facts["items"].setdefault(code, {})[rule_id] = fact
            n = len(scored) or 1
            print(
                f"{rubric_id:<26} {'same' if same else 'DIFFERS':<10} {len(scored):>5} "
                f"{kinds / n:>8.0%} {exact / n:>12.0%} {total(original, facts):>9} {total(imported, facts):>10}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
