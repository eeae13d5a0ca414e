"""A synthetic rubric that uses every registered rule kind, and random facts for it.

For the property tests (tests/unit/test_score_properties.py) and the scoring benchmark; nothing
here ships in the app. Each kind gives its own sample rule (``RuleKind.sample``) and random
facts (``RuleKind.random_fact``), so a new kind joins the synthetic rubric by itself; a few
items combine kinds the way the real documents do.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from evaldesk import kinds
from evaldesk.rubrics.loader import load_data
from evaldesk.rubrics.model import Rubric

UNITS = [
    ("m1", "main"),
    ("m2", "main"),
    ("m3", "main"),
    ("t1", "town"),
    ("t2", "town"),
    ("t3", "town"),
]

#: Items that combine kinds, as the source documents do: (points, rules).
COMBINED: list[tuple[int, list[dict[str, Any]]]] = [
    (
        4,
        [
            {
                "kind": "checklist",
                "text": "督导",
                "lines": [{"id": "1", "text": "未督导，扣2分", "deduct": 2}],
            },
            {
                "kind": "per_count",
                "text": "每个问题扣0.5分，4分扣完为止",
                "points_each": "0.5",
                "cap": 4,
            },
        ],
    ),
    (
        10,
        [
            {"kind": "all_or_nothing", "text": "得5分", "points": 5},
            {"kind": "per_count", "text": "每起扣2.5分", "points": 5, "points_each": "2.5"},
            {"kind": "veto", "text": "此项不得分"},
        ],
    ),
    (
        10,
        [
            {"kind": "all_or_nothing", "text": "得10分", "points": 10},
            {"kind": "negative", "text": "倒扣5分", "penalty": 5},
        ],
    ),
]

#: Kinds that need a rubric shape of their own (a bonus section, a rated rubric).
_SEPARATE = {"bonus", "veto", "negative", "minimum"}
_POINTS = {"checklist": 4, "tiers": 5, "growth": 4, "all_or_nothing": 3, "graded_votes": 10}


def templates() -> list[tuple[int, list[dict[str, Any]]]]:
    """One item per kind that scores on its own, then the combined items."""
    single = [
        (_POINTS.get(kind.name, 20 if kind.name != "manual" else 4), [kind.sample(0)])
        for kind in kinds.REGISTRY
        if kind.name not in _SEPARATE
    ]
    single.insert(1, (10, [kinds.get("checklist").sample(1)]))  # the awarding checklist
    ledger = kinds.get("per_count")
    counted = [
        ledger.sample(1),
        {**ledger.sample(1), "text": "未按季度调度的，每季度扣2分", "source": "dispatch_missing"},
    ]
    return [*single, *COMBINED, (20, counted)]


def synthetic_data(n_items: int = 1000, per_section: int = 20) -> dict[str, Any]:
    shapes = templates()
    items = [
        {
            "code": f"I{i}",
            "title": f"项目{i}",
            "points": shapes[i % len(shapes)][0],
            "rules": shapes[i % len(shapes)][1],
        }
        for i in range(n_items)
    ]
    sections: list[dict[str, Any]] = []
    for s in range(0, len(items), per_section):
        chunk = items[s : s + per_section]
        sections.append(
            {
                "code": f"S{s // per_section}",
                "title": f"部分{s // per_section}",
                "part": "a" if (s // per_section) % 2 == 0 else "b",
                "points": sum(Decimal(it["points"]) for it in chunk),
                "items": chunk,
            }
        )
    bonus = kinds.get("bonus").sample(0)
    sections.append(
        {
            "code": "B",
            "title": "加分项",
            "bonus": True,
            "items": [{"code": "BONUS", "title": "表彰", "points": 5, "rules": [bonus]}],
        }
    )
    return {
        "id": "synthetic",
        "title": "合成细则",
        "parts": [
            {"id": "a", "title": "甲", "weight": "0.4"},
            {"id": "b", "title": "乙", "weight": "0.6"},
        ],
        "grades": [
            {"min": 90, "grade": "优"},
            {"min": 60, "grade": "中"},
            {"min": 0, "grade": "差"},
        ],
        "unit_groups": [{"id": "main", "name": "主功能区"}, {"id": "town", "name": "镇"}],
        "units": [{"id": u, "name": u, "group": g} for u, g in UNITS],
        "targets": {
            "tgt": {"title": "目标", "values": {u: 100 + 10 * k for k, (u, _) in enumerate(UNITS)}}
        },
        "sections": sections,
    }


def synthetic_rubric(n_items: int = 1000) -> Rubric:
    return load_data(synthetic_data(n_items), "synthetic").rubric


def random_facts(rubric: Rubric, seed: int) -> dict[str, Any]:
    """Random but valid facts for every rule (about one in seven left unrecorded)."""
    rnd = random.Random(seed)
    items: dict[str, dict[str, Any]] = {}
    for item in rubric.items():
        facts = {}
        for rule in item.rules:
            if rnd.random() < 0.15:
                continue
            fact = kinds.of(rule).random_fact(rule, rnd)
            if fact is not None:
                facts[str(rule.id)] = fact
        if facts:
            items[item.code] = facts
    counts = {"ledger_overdue": rnd.randint(0, 5), "dispatch_missing": rnd.randint(0, 2)}
    return {"unit": rnd.choice(UNITS)[0], "items": items, "counts": counts}
