"""Report forms: a category's score as the sum of its indicators' scores.

Each scored item of a report rubric is a category (质量指标, 社会效益 ...) under which the office
lists its own indicators. A category's score is entered directly, or is the sum of its
indicators' scores when every indicator carries one. The engine applies this before scoring, so
this module must not import it.
"""

from __future__ import annotations

from decimal import Decimal

from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import Facts, RuleFact

ZERO = Decimal(0)


def manual_rule_id(item: m.Item) -> str | None:
    for index, rule in enumerate(item.rules, start=1):
        if rule.kind == "manual":
            return rule.id or str(index)
    return None


def with_indicator_scores(rubric: m.Rubric, facts: Facts) -> Facts:
    """Facts where each category whose indicators all carry a score gets their sum as its score.

    A category score already entered is kept; ``indicator_check`` reports it when it differs.
    """
    items = {code: dict(rules) for code, rules in facts.items.items()}
    changed = False
    for item in rubric.items():
        rows = facts.indicators.get(item.code, [])
        rid = manual_rule_id(item)
        if not rows or rid is None or any(r.score is None for r in rows):
            continue
        current = items.get(item.code, {}).get(rid)
        if current is not None and current.score is not None:
            continue
        items.setdefault(item.code, {})[rid] = RuleFact(
            score=sum((r.score or ZERO for r in rows), ZERO)
        )
        changed = True
    return facts.model_copy(update={"items": items}) if changed else facts
