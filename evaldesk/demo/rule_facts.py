"""Plausible facts for any rubric: most items met, a few points lost, some not yet assessed,
and every number one a real office could have written down.

Each kind proposes its own demo facts (``RuleKind.demo_fact``: ticks, counts, events). Those
are kept, but a number is made to look like the thing the rule counts (:class:`Office`):

* a target the rubric gives (a number, or the office's row of a per-unit target table) is
  never recorded as a fact: the actual is drawn around it, in the table's unit, and a count of
  people, trainings or visits is a whole number;
* a target the rubric leaves to the office (鉴定通过率达到省平均通过率) is recorded with a
  plausible size: a rate between 80 and 95 %, a head count in the hundreds;
* rates stay at most 100 %, with one decimal; money is in 万元 with two; growth compares a
  real-looking last year with this year; a ranking gets the office's own value and those of
  the other units it is ranked with.

The kind's proposal is still drawn from the shared random stream (and then refined with a
stream of the rule's own), so adding or refining one kind never changes another's facts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from evaldesk import kinds
from evaldesk.rubrics import model as m

#: (scope, code, rule id, fact)
Planned = tuple[str, str, str, dict[str, Any]]

ONE = Decimal(1)
TENTH = Decimal("0.1")
CENT = Decimal("0.01")
HUNDRED = Decimal(100)
#: How far an office's year lands from a target: mostly on it or a little over, now and then short.
SHARES = ("1", "1", "1.02", "1.05", "1.11", "0.97", "0.93")


def demo_rule_fact(rule: Any, rnd: random.Random) -> dict[str, Any] | None:
    """The kind's own proposal for one rule, or None to leave it (or read it from the ledger)."""
    return kinds.of(rule).demo_fact(rule, rnd)


def _is_rate(text: str) -> bool:
    return "率" in text or "百分点" in text or "%" in text


def _is_money(text: str, unit_label: str = "") -> bool:
    return "元" in unit_label or "资金" in text or "金额" in text or "元" in text


def _whole(value: Decimal) -> Decimal:
    return value.quantize(ONE, ROUND_HALF_UP)


@dataclass
class Office:
    """The demo office's circumstances: its rubric and unit (whose targets the rubric gives)."""

    rubric: m.Rubric
    unit: str | None
    seed: int = 2021
    #: target table key -> the actual drawn for it, so rules reading one table agree
    actuals: dict[str, Decimal] = field(default_factory=dict)

    def stream(self, *names: str) -> random.Random:
        """A random stream of its own for one rule (a str seed hashes the same everywhere)."""
        return random.Random("|".join((str(self.seed), *names)))

    def table(self, target: Any) -> m.TargetTable | None:
        key = getattr(target, "key", None)
        return self.rubric.targets.get(key) if key is not None else None

    def target(self, target: Any) -> Decimal | None:
        """The target the rubric gives this office (None: the office records its own)."""
        if isinstance(target, Decimal):
            return target
        table = self.table(target)
        if table is None or self.unit is None:
            return None
        return table.values.get(self.unit)

    # ----------------------------------------------------------------- numbers

    def actual_near(self, target: Decimal, rate: bool, rnd: random.Random) -> Decimal:
        if rate:  # a rate: about its target, one decimal, never over 100
            delta = Decimal(rnd.choice(("0.3", "1.1", "0", "-0.4", "-1.3", "-2.6")))
            return min(HUNDRED, max(Decimal(0), target + delta)).quantize(TENTH)
        if target <= 10:  # a few trainings, visits, bases: whole, now and then one short
            return max(Decimal(0), target + rnd.choice((0, 0, 0, 1, -1)))
        return _whole(target * Decimal(rnd.choice(SHARES)))

    def own_target(self, text: str, rate: bool, rnd: random.Random) -> Decimal:
        """A target the office records itself, of the size the rule's wording suggests."""
        if rate:
            return Decimal(rnd.randint(820, 950)) / 10
        if "次" in text and "人次" not in text:
            return Decimal(rnd.randint(2, 6))
        return Decimal(rnd.randint(12, 60) * 50)

    def compared(self, rule: Any, code: str, rule_id: str) -> dict[str, Any]:
        """Actual (and, when the rubric gives none, the target) of a rule comparing the two."""
        rnd = self.stream(code, rule_id)
        table = self.table(rule.target)
        unit_label = table.unit_label if table is not None else ""
        text = f"{table.title if table else ''}{rule.text}"
        # A rate is compared as such (体检率100%); a completion compares two counts, and its
        # "每低1%" is about their ratio, not about what is counted.
        rate = "%" in unit_label or "率" in text
        if getattr(rule, "measure", None) == "value":
            rate = rate or "%" in text or "百分点" in text
        target = self.target(rule.target)
        fact: dict[str, Any] = {}
        if target is None:
            target = self.own_target(text, rate, rnd)
            fact["target"] = str(target)
        key = getattr(rule.target, "key", None)
        if key is not None and key in self.actuals:
            actual = self.actuals[key]
        else:
            actual = self.actual_near(target, rate, rnd)
            if key is not None:
                self.actuals[key] = actual
        fact["actual"] = str(actual)
        return fact

    def growth(self, rule: Any, code: str, rule_id: str) -> dict[str, Any]:
        rnd = self.stream(code, rule_id)
        if _is_money(rule.text):  # 万元
            last = Decimal(rnd.randint(180_000, 420_000)) / 100
            this = (last * Decimal(rnd.choice(("1.03", "1.06", "1.12", "0.98")))).quantize(CENT)
        else:
            last = Decimal(rnd.randint(200, 600) * 100 + rnd.randint(0, 99))
            this = _whole(last * Decimal(rnd.choice(("1.012", "1.018", "1.026", "1.034"))))
        return {"actual": str(this), "last_year": str(last)}

    def tiered(self, rule: Any, code: str, rule_id: str) -> dict[str, Any]:
        rnd = self.stream(code, rule_id)
        mins = sorted(t.min for t in rule.tiers)
        low, high = mins[max(0, len(mins) - 3)], mins[-1] + (mins[-1] - mins[0]) / 4
        value = low + (high - low) * Decimal(rnd.randint(0, 100)) / 100
        step = TENTH if _is_rate(rule.text) else ONE
        return {"value": str(value.quantize(step, ROUND_HALF_UP))}

    def minimum(self, rule: Any, code: str, rule_id: str) -> dict[str, Any]:
        rnd = self.stream(code, rule_id)
        unit_label = rule.unit_label or ""
        if rule.per:  # "each county at least once": how many counties, how many reached
            counties = rnd.choice((1, 2, 2, 3))
            reached = counties if rnd.random() < 0.85 else counties - 1
            return {"target": str(counties), "actual": str(reached)}
        if "元" in unit_label:
            amount = Decimal(rnd.randint(12_000, 480_000)) / 100
            return {"actual": str(amount)}
        if "人" in unit_label:
            return {"actual": str(rnd.randint(20, 260) * 10)}
        need = max(ONE, rule.minimum)
        return {"actual": str(need + rnd.choice((0, 0, 1, 2, 4)))}

    def deviations(self, rule: Any, code: str, rule_id: str) -> dict[str, Any]:
        rnd = self.stream(code, rule_id)
        spread = {ind.id: str(Decimal(rnd.randint(5, 160)) / 10) for ind in rule.indicators}
        return {"status": "met", "deviations": spread}

    def ranked(self, rule: Any, item_code: str, rule_id: str) -> dict[str, Any] | None:
        """The office's own value and the other units' (as the city publishes them)."""
        units = {u.id: u.group for u in self.rubric.units}
        if self.unit is None or self.unit not in units:
            return None
        rnd = self.stream(item_code, rule_id)
        own_group = units[self.unit]
        peers = [
            u for u, g in units.items() if u != self.unit and (rule.pool == "all" or g == own_group)
        ]
        fact: dict[str, Any] = {}
        if rule.measure == "value":
            fact["value"] = str(rnd.randint(8, 60))
            group = {u: str(rnd.randint(0, 70)) for u in peers}
        else:
            fact.update(self.compared(rule, item_code, rule_id))
            group = {u: str(Decimal(rnd.randint(9300, 11800)) / 100) for u in peers}
        if rule.gate and rule.gate_item is None:
            fact["status"] = "met"
        fact["group"] = group
        return fact

    # ----------------------------------------------------------------- one rule

    def refine(
        self,
        rule: Any,
        item: m.Item | None,
        code: str,
        rule_id: str,
        proposed: dict[str, Any] | None,
    ) -> dict[str, Any] | None:
        """The kind's proposal with its numbers made plausible for this office."""
        kind = rule.kind
        if kind == "ranking":
            return self.ranked(rule, code, rule_id)
        if proposed is None:
            return None
        if kind in ("proportional", "shortfall") or (
            kind == "all_or_nothing" and getattr(rule, "target", None) is not None
        ):
            return self.compared(rule, code, rule_id)
        if kind == "growth":
            return self.growth(rule, code, rule_id)
        if kind == "tiers":
            return self.tiered(rule, code, rule_id)
        if kind == "minimum":
            return self.minimum(rule, code, rule_id)
        if kind == "nested_caps":
            return self.deviations(rule, code, rule_id)
        if kind == "manual" and not Decimal(str(proposed.get("score", "0"))):
            # The rule names no points of its own: a mark out of the item's.
            top = (item.points if item is not None else None) or Decimal(0)
            return {"score": str((top * Decimal("0.75")).quantize(Decimal("0.5")))}
        return proposed


def demo_facts(
    rubric: m.Rubric, rnd: random.Random, unit: str | None = None, seed: int = 2021
) -> list[Planned]:
    """(scope, code, rule id, fact) for most rules; about one item in eight is left open."""
    office = Office(rubric, unit, seed)
    out: list[Planned] = []
    for item in rubric.items():
        if rnd.random() < 0.12:
            continue
        for index, rule in enumerate(item.rules, start=1):
            rule_id = rule.id or str(index)
            fact = office.refine(rule, item, item.code, rule_id, demo_rule_fact(rule, rnd))
            if fact is not None:
                out.append(("item", item.code, rule_id, fact))
    for section in rubric.sections:
        for index, rule in enumerate(section.rules, start=1):
            rule_id = rule.id or str(index)
            fact = office.refine(rule, None, section.code, rule_id, demo_rule_fact(rule, rnd))
            if fact is not None:
                out.append(("section", section.code, rule_id, fact))
    for index, rule in enumerate(rubric.rules, start=1):
        rule_id = rule.id or str(index)
        fact = office.refine(rule, None, "", rule_id, demo_rule_fact(rule, rnd))
        if fact is not None:
            out.append(("whole", "", rule_id, fact))
    return out
