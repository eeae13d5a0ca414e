"""What every rule shares: the spec it runs from, the context it reads, the outcome it returns.

Each rule kind has a :class:`RuleSpec` subclass, made once per rubric (``rules.prepare``): its
fields are the rule's constants already resolved (budget, cap, wording, tiers ...), so a
rescore reads no rubric model attribute. ``spec.run(fact, ctx, code)`` returns an
:data:`Outcome`: the rule's contribution to its item now and at best, the explanation lines and
whether its facts are known. Contributions are signed: deduction kinds give ``-loss``, award
kinds give what they earn (``0..points``). ``run`` reads each field of its fact at most once:
an attribute of a pydantic model costs several dictionary look-ups.

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
from typing import Any, Final

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import RuleFact
from evaldesk.scoring.report import Line

# Final: a compiled build reads these as C constants, not by a look-up in the module's dict.
ZERO: Final = Decimal(0)
ONE: Final = Decimal(1)
HUNDRED: Final = Decimal(100)
CENT: Final = Decimal("0.01")
HALF_UP: Final = ROUND_HALF_UP

#: an outcome's state: no fact recorded, some recorded, all recorded
UNKNOWN: Final = 0
PARTIAL: Final = 1
KNOWN: Final = 2

#: a plain text, or ``(template, *args)`` for ``Lazy(template, *args)``
Detail = str | tuple[Any, ...]

#: (now, best, lines, state, known_loss, triggered): a plain tuple, because a full rescore makes
#: one per rule and a tuple costs a third of a dataclass. ``triggered``: a veto / negative happened.
#: When both are known, giving one object as now and best lets the engine sum and clamp it once.
Outcome = tuple[Decimal, Decimal, tuple[Line, ...], int, bool, bool]
NO_LINES: Final[tuple[Line, ...]] = ()
QUIET: Final[Outcome] = (ZERO, ZERO, NO_LINES, KNOWN, False, False)


@dataclass(slots=True)
class Ctx:
    """What rules may read besides their own fact."""

    unit_id: str | None
    group: str | None
    counts: dict[str, int]
    #: target table key -> this unit's target (the tables without one left out)
    unit_targets: dict[str, Decimal]
    precision: Decimal
    problems: list[str]
    unit_groups: dict[str, str | None]
    item_points: Decimal = ZERO


def q(value: Decimal, precision: Decimal) -> Decimal:
    return value.quantize(precision, HALF_UP)


def pct(value: Decimal) -> str:
    return f"{fmt_points(q(value, CENT))}%"


class Cents:
    """A detail's number shown rounded to 0.01 (percentages): rounded only if the text is read.

    Most details are never shown, and a rounding costs more than this object.
    """

    __slots__ = ("value",)

    def __init__(self, value: Decimal) -> None:
        self.value = value

    def __str__(self) -> str:
        return fmt_points(q(self.value, CENT))


def target_parts(target: m.Target | None) -> tuple[Decimal | None, str | None]:
    """A rule's target as (fixed value, target table key): at most one is set."""
    if target is None or isinstance(target, Decimal):
        return target, None
    return None, target.key


def resolve_target(
    fixed: Decimal | None, key: str | None, override: Decimal | None, ctx: Ctx
) -> Decimal | None:
    """The fact's own target, else the rule's value, else the unit's row of the rule's table."""
    if override is not None:
        return override
    if key is None:
        return fixed
    return ctx.unit_targets.get(key)


def worst_deduction(rule_cap: Decimal | None, budget: Decimal, ctx: Ctx) -> Decimal:
    if rule_cap is not None:
        return rule_cap
    return budget if budget > ZERO else ctx.item_points


def budget_of(rule: Any) -> Decimal:
    points: Decimal | None = rule.points
    return points if points is not None else ZERO


@dataclass(slots=True)
class RuleSpec:
    """A rule prepared for scoring; each kind's subclass implements :meth:`run`."""

    rid: str  # the rule's id, or "" (what explanation lines carry)
    text: str
    budget: Decimal

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        raise NotImplementedError

    def award(self, earned: Decimal, code: str, detail: Detail) -> Outcome:
        """An award kind's known result: ``earned`` of the budget, a line for what was lost."""
        budget = self.budget
        if earned < budget:
            line: Line = (code, self.rid, self.text, earned - budget, detail)
            return (earned, earned, (line,), KNOWN, True, False)
        return (earned, earned, NO_LINES, KNOWN, False, False)

    def pending(self, code: str, why: Detail, low: Decimal = ZERO) -> Outcome:
        """An award kind whose fact is missing: ``low`` now, the whole budget at best."""
        budget = self.budget
        line: Line = (code, self.rid, self.text, low - budget, why, True)
        return (low, budget, (line,), UNKNOWN, False, False)
