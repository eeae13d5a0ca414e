"""The money of a year (绩效考核补助, 工作经费补助): what the office records for it, and the lines.

The rubric's ``subsidies`` block says what is paid (evaldesk.scoring.subsidies computes it from
the score). What only the money needs is recorded as facts in the scope ``subsidy``:

    code    key         value
    flag    input id    true / false      a condition such as 9月30日前完成职工基本养老保险任务
    count   input id    12                people per contribution grade (a whole number, >= 0)
    place   award id    3                 the place the assessing office gave this unit (>= 1)

They are audited and locked with the year like every other fact, and the live score follows
them (LiveScore keeps them in memory), so the subsidy lines move as soon as one is recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from evaldesk.errors import EvalDeskError, InputError
from evaldesk.messages import Message, msg
from evaldesk.rubrics import model as m
from evaldesk.rubrics import model_money as mm
from evaldesk.scoring.facts import Facts
from evaldesk.scoring.report import ScoreReport
from evaldesk.scoring.subsidies import (
    SubsidyInputs,
    SubsidyLine,
    compute_subsidies,
    fmt_yuan,
    total,
)
from evaldesk.services.actor import Actor
from evaldesk.services.form_values import parse_number
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric
from evaldesk.store import Store
from evaldesk.store.changes import Changes

SCOPE = "subsidy"
FLAG, COUNT, PLACE = "flag", "count", "place"


@dataclass(frozen=True)
class SubsidyState:
    """What the office recorded for the money: the inputs and the places per award."""

    inputs: SubsidyInputs = field(default_factory=SubsidyInputs)
    places: Mapping[str, int] = field(default_factory=dict)


def state_from_values(values: Mapping[tuple[str, str], Any]) -> SubsidyState:
    """(code, key) -> stored value, as kept by LiveScore or read from the store."""
    flags = {k: bool(v) for (c, k), v in values.items() if c == FLAG}
    counts = {k: int(v) for (c, k), v in values.items() if c == COUNT}
    places = {k: int(v) for (c, k), v in values.items() if c == PLACE}
    return SubsidyState(SubsidyInputs(flags=flags, counts=counts), places)


def subsidy_state(store: Store, year: int) -> SubsidyState:
    rows = store.facts.rows(year)
    return state_from_values({(r.code, r.key): r.value for r in rows if r.scope == SCOPE})


def _block(store: Store, year: int) -> mm.Subsidies:
    rubric = year_rubric(store, year).rubric
    if rubric.subsidies is None:
        raise InputError(msg("subsidies.none_paid", rubric=rubric.id))
    return rubric.subsidies


def _input(block: mm.Subsidies, input_id: str, kind: str) -> mm.SubsidyInput:
    found = next((i for i in block.inputs if i.id == input_id and i.kind == kind), None)
    if found is None:
        known = [i.id for i in block.inputs if i.kind == kind]
        raise InputError(
            msg(
                "subsidies.not_input",
                input=input_id,
                kind=kind,
                known=known or msg("services.none"),
            )
        )
    return found


def _whole(value: int | str | None, what: str, least: int) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = parse_number(str(value), what)
    if number != number.to_integral_value():
        raise InputError(msg("subsidies.not_whole", what=what, value=value))
    if number < least:
        raise InputError(msg("subsidies.too_small", what=what, value=value, least=least))
    return int(number)


def _write(store: Store, actor: Actor, year: int, code: str, key: str, value: Any) -> Changes:
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, SCOPE, code, key, value)
    return tx.changes()


def set_flag(store: Store, actor: Actor, year: int, input_id: str, value: bool | None) -> Changes:
    """Tick a yes/no input (None: not recorded yet, the lines that need it stay pending)."""
    require(actor, "facts.edit")
    _input(_block(store, year), input_id, FLAG)
    return _write(store, actor, year, FLAG, input_id, value)


def set_count(
    store: Store, actor: Actor, year: int, input_id: str, value: int | str | None
) -> Changes:
    """A number of people for a per-person subsidy (None clears it)."""
    require(actor, "facts.edit")
    spec = _input(_block(store, year), input_id, COUNT)
    number = _whole(value, spec.label, 0)
    return _write(store, actor, year, COUNT, input_id, number)


def set_place(
    store: Store, actor: Actor, year: int, award_id: str, place: int | str | None
) -> Changes:
    """The place the assessing office gave this unit for an award (None: not given yet)."""
    require(actor, "facts.edit")
    block = _block(store, year)
    award = next((a for a in block.rank_awards if a.id == award_id), None)
    if award is None:
        known = [a.id for a in block.rank_awards]
        raise InputError(
            msg("subsidies.not_award", award=award_id, known=known or msg("services.none"))
        )
    number = _whole(place, award.title, 1)
    return _write(store, actor, year, PLACE, award_id, number)


@dataclass(frozen=True)
class SubsidyResult:
    """The lines of one unit and one year, or why they cannot be computed."""

    title: str
    lines: tuple[SubsidyLine, ...] = ()
    problem: Message | None = None

    @property
    def total(self) -> Decimal:
        return total(list(self.lines))

    @property
    def pending(self) -> int:
        return sum(1 for ln in self.lines if ln.pending)

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "total": fmt_yuan(self.total),
            "pending": self.pending,
            "problem": self.problem.to_json() if self.problem is not None else None,
            "lines": [{**ln.to_json(), "line": ln.line("zh")} for ln in self.lines],
        }


def compute(
    rubric: m.Rubric, facts: Facts, report: ScoreReport, state: SubsidyState
) -> SubsidyResult | None:
    """The subsidy lines for the report's unit; None when the rubric pays nothing."""
    block = rubric.subsidies
    if block is None:
        return None
    try:
        lines = compute_subsidies(rubric, facts, report, state.places, state.inputs)
    except EvalDeskError as exc:
        return SubsidyResult(block.title, problem=exc.msg)
    return SubsidyResult(block.title, tuple(lines))
