"""What every rule evaluator shares: the context it reads, the outcome it returns, helpers.

Each evaluator returns an :data:`Outcome`: the rule's contribution to its item now and at best,
the explanation lines and whether its facts are known. Contributions are signed: deduction
kinds give ``-loss``, award kinds give what they earn (``0..points``).

"Now" is deliberately pessimistic: a fact not yet recorded counts as the worst case, so the
live score only rises as items are confirmed; "best" treats it as met, which gives the
maximum still attainable.

Lines are :data:`~evaldesk.scoring.report.Line` tuples, not explanation objects, and details
are ``(template, *args)`` tuples that become :class:`Lazy` texts: an item's explanations are
built only if someone reads them, and their details formatted only then, which keeps a
full rescore of a thousand items cheap. So does passing roundings positionally: the keyword
form of ``Decimal.quantize`` costs twice as much.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import RuleFact
from evaldesk.scoring.report import Line

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")

UNKNOWN, PARTIAL, KNOWN = 0, 1, 2

#: a plain text, or ``(template, *args)`` for ``Lazy(template, *args)``
Detail = str | tuple[Any, ...]

#: (now, best, lines, state, known_loss, triggered): a plain tuple, because a full rescore makes
#: one per rule and a tuple costs a third of a dataclass. ``triggered``: a veto / negative happened.
Outcome = tuple[Decimal, Decimal, tuple[Line, ...], int, bool, bool]
NO_LINES: tuple[Line, ...] = ()
QUIET: Outcome = (ZERO, ZERO, NO_LINES, KNOWN, False, False)


@dataclass(slots=True)
class Ctx:
    """What rules may read besides their own fact."""

    unit_id: str | None
    group: str | None
    counts: dict[str, int]
    targets: dict[str, m.TargetTable]
    precision: Decimal
    problems: list[str]
    unit_groups: dict[str, str | None]
    item_points: Decimal = ZERO


def q(value: Decimal, precision: Decimal) -> Decimal:
    return value.quantize(precision, ROUND_HALF_UP)


def pct(value: Decimal) -> str:
    return f"{fmt_points(q(value, CENT))}%"


def resolve_target(target: m.Target | None, fact: RuleFact | None, ctx: Ctx) -> Decimal | None:
    if fact is not None and fact.target is not None:
        return fact.target
    if target is None:
        return None
    if isinstance(target, Decimal):
        return target
    table = ctx.targets.get(target.key)
    if table is None or ctx.unit_id is None:
        return None
    return table.values.get(ctx.unit_id)


def worst_deduction(rule_cap: Decimal | None, budget: Decimal, ctx: Ctx) -> Decimal:
    if rule_cap is not None:
        return rule_cap
    return budget if budget > ZERO else ctx.item_points


def budget_of(rule: Any) -> Decimal:
    points: Decimal | None = rule.points
    return points if points is not None else ZERO


def award(rule: Any, earned: Decimal, budget: Decimal, code: str, detail: Detail) -> Outcome:
    loss = budget - earned
    if loss > ZERO:
        line: Line = (code, rule.id or "", rule.text, -loss, detail)
        return (earned, earned, (line,), KNOWN, True, False)
    return (earned, earned, NO_LINES, KNOWN, False, False)


def pending_award(
    rule: Any, budget: Decimal, code: str, why: Detail, low: Decimal = ZERO
) -> Outcome:
    line: Line = (code, rule.id or "", rule.text, low - budget, why, True)
    return (low, budget, (line,), UNKNOWN, False, False)
