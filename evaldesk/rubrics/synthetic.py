"""A synthetic rubric that uses every rule kind, and random facts for it.

Used by the property tests and the scoring benchmark: one generator, so both exercise the same
shapes. Nothing here is shown to users.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

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

#: Item templates in rotation; each is (points, rules).
TEMPLATES: list[tuple[int, list[dict[str, Any]]]] = [
    (
        4,
        [
            {
                "kind": "checklist",
                "text": "逐项扣分",
                "lines": [
                    {"id": "1", "text": "未制定方案，扣2分", "deduct": 2},
                    {"id": "2", "text": "机制不畅，扣1分", "deduct": 1},
                    {"id": "3", "text": "无联络员，扣2分", "deduct": 2},
                ],
            }
        ],
    ),
    (
        10,
        [
            {
                "kind": "checklist",
                "text": "逐项得分",
                "lines": [
                    {"id": "1", "text": "甲得2分", "award": 2},
                    {"id": "2", "text": "乙得3分", "award": 3},
                    {"id": "3", "text": "丙得5分", "award": 5},
                ],
            }
        ],
    ),
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
        20,
        [
            {
                "kind": "proportional",
                "text": "未达70%不得分",
                "target": {"key": "tgt"},
                "floor_ratio": "0.7",
            }
        ],
    ),
    (
        6,
        [
            {
                "kind": "shortfall",
                "text": "每少一个百分点扣1分",
                "measure": "completion_pct",
                "target": 100,
                "points_each": 1,
            }
        ],
    ),
    (
        5,
        [
            {
                "kind": "tiers",
                "text": "分档",
                "tiers": [
                    {"min": 10, "points": 1},
                    {"min": 30, "points": 3},
                    {"min": 50, "points": 5},
                ],
            }
        ],
    ),
    (
        4,
        [
            {
                "kind": "growth",
                "text": "增长",
                "tiers": [
                    {"min": 0, "inclusive": False, "points": 2},
                    {"min": 1, "points": 3},
                    {"min": 2, "points": 4},
                ],
            }
        ],
    ),
    (3, [{"kind": "all_or_nothing", "text": "未完成不得分", "target": {"key": "tgt"}}]),
    (
        5,
        [
            {
                "kind": "ranking",
                "text": "排名",
                "measure": "value",
                "eligible_min": 100,
                "steps": {"main": "0.5", "town": "0.25"},
            }
        ],
    ),
    (
        20,
        [
            {
                "kind": "nested_caps",
                "text": "每10%扣5分",
                "gate": "按时上传",
                "step_pct": 10,
                "points_each": 5,
                "indicator_cap": 10,
                "total_cap": 20,
                "indicators": [
                    {"id": "a", "text": "甲"},
                    {"id": "b", "text": "乙"},
                    {"id": "c", "text": "丙"},
                ],
            }
        ],
    ),
    (10, [{"kind": "graded_votes", "text": "ABC", "grades": {"A": 10, "B": 6, "C": 0}}]),
    (4, [{"kind": "manual", "text": "择优"}]),
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
    (
        20,
        [
            {
                "kind": "per_count",
                "text": "未及时落实的，每件扣2分",
                "points_each": 2,
                "source": "ledger_overdue",
            },
            {
                "kind": "per_count",
                "text": "未按季度调度的，每季度扣2分",
                "points_each": 2,
                "source": "dispatch_missing",
            },
        ],
    ),
]


def synthetic_data(n_items: int = 1000, per_section: int = 20) -> dict[str, Any]:
    sections: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    for i in range(n_items):
        points, rules = TEMPLATES[i % len(TEMPLATES)]
        items.append({"code": f"I{i}", "title": f"项目{i}", "points": points, "rules": rules})
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
    sections.append(
        {
            "code": "B",
            "title": "加分项",
            "bonus": True,
            "items": [
                {
                    "code": "BONUS",
                    "title": "表彰",
                    "points": 5,
                    "rules": [
                        {
                            "kind": "bonus",
                            "text": "加分",
                            "levels": [
                                {"id": "n", "text": "国家", "points": 5},
                                {"id": "p", "text": "省", "points": 3},
                            ],
                        }
                    ],
                }
            ],
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


def random_rule_fact(kind: str, rule: Any, rnd: random.Random) -> dict[str, Any] | None:
    """A random but valid fact for a rule, or None (not recorded)."""
    if rnd.random() < 0.15:
        return None
    status = ["met", "not_met", "not_assessed"]
    if kind == "checklist":
        return {"lines": {ln.id: rnd.choice(status) for ln in rule.lines if rnd.random() < 0.9}}
    if kind == "per_count":
        return {"count": rnd.randint(0, 12)}
    if kind in ("proportional", "shortfall"):
        return {"actual": str(Decimal(rnd.randint(0, 2000)) / 10)}
    if kind == "tiers":
        return {"value": rnd.randint(0, 80)}
    if kind == "growth":
        return {"actual": rnd.randint(9000, 11000), "last_year": 10000}
    if kind == "all_or_nothing":
        return (
            {"actual": rnd.randint(50, 200)}
            if rule.target is not None
            else {"status": rnd.choice(status)}
        )
    if kind == "ranking":
        return {"value": rnd.randint(90, 130), "group": {u: rnd.randint(90, 130) for u, _ in UNITS}}
    if kind == "nested_caps":
        return {
            "status": rnd.choice(status),
            "deviations": {ind.id: rnd.randint(0, 40) for ind in rule.indicators},
        }
    if kind == "graded_votes":
        return {"votes": {g: rnd.randint(0, 5) for g in rule.grades}}
    if kind == "manual":
        return {"score": str(Decimal(rnd.randint(0, 40)) / 10)}
    if kind in ("veto", "negative"):
        return {"triggered": rnd.random() < 0.1}
    if kind == "bonus":
        return {"occurrences": {lv.id: rnd.randint(0, 2) for lv in rule.levels}}
    return None


def random_facts(rubric: Rubric, seed: int) -> dict[str, Any]:
    rnd = random.Random(seed)
    items: dict[str, dict[str, Any]] = {}
    for item in rubric.items():
        facts = {}
        for rule in item.rules:
            fact = random_rule_fact(rule.kind, rule, rnd)
            if fact is not None:
                facts[str(rule.id)] = fact
        if facts:
            items[item.code] = facts
    counts = {"ledger_overdue": rnd.randint(0, 5), "dispatch_missing": rnd.randint(0, 2)}
    return {"unit": rnd.choice(UNITS)[0], "items": items, "counts": counts}
