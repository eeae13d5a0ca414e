"""Money from the results: (rubric, facts, report, ranks, inputs) -> subsidy lines in yuan.

Pure, like the engine: the rubric's ``subsidies`` block says what is paid and when
(evaldesk/rubrics/model_money.py); the facts give the counts and targets the score used; the
report gives the scores an award ranks by; ``ranks`` are the places the assessing office gave
this unit; ``inputs`` hold what only the money needs (a task done before a date, payers per
contribution grade). Every line keeps the source wording and says how its amount came about;
a line whose facts are missing is ``pending`` with 0 yuan, so the sum only rises as facts arrive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from evaldesk.decimals import fmt_points
from evaldesk.errors import FactsError, InputError
from evaldesk.kinds.base import TargetRef, in_force
from evaldesk.messages import Lang, Message, msg, semicolons
from evaldesk.rubrics import model as m
from evaldesk.rubrics import model_money as mm
from evaldesk.rubrics.schema_errors import placed
from evaldesk.rubrics.where import Loc, Locator, Spot
from evaldesk.scoring.facts import Facts
from evaldesk.scoring.report import ScoreReport

ZERO = Decimal(0)
State = Literal["met", "not_met", "unknown"]
_MET: State = "met"
_NOT_MET: State = "not_met"
_UNKNOWN: State = "unknown"


class SubsidyInputs(BaseModel):
    """What the office records only for the money (ids declared in the rubric's ``inputs``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    flags: dict[str, bool] = Field(default_factory=dict)
    counts: dict[str, Annotated[int, Field(ge=0)]] = Field(default_factory=dict)


def _spot(data: Any, loc: Loc) -> tuple[Spot, Loc]:
    # flags.early, counts.payers: the path says which input
    return Spot(loc, (msg("subsidy.where_inputs"),)), loc


def inputs_from_data(data: Any, *, source: str | None = None) -> SubsidyInputs:
    try:
        return SubsidyInputs.model_validate(data or {})
    except ValidationError as exc:
        problems = placed(exc, data, Locator(source), _spot, doc="docs/facts-format.md")
        raise FactsError(problems[0], problems) from None


@dataclass(frozen=True, slots=True)
class SubsidyLine:
    """One subsidy for one unit: amount in yuan, the source wording, and how it was reached.

    ``reason`` says how the amount came about (a message); ``basis`` is its text in the
    current language."""

    id: str
    kind: Literal["rank_award", "lump_sum", "per_person"]
    title: str
    amount: Decimal
    text: str
    reason: Message
    pending: bool = False

    @property
    def basis(self) -> str:
        return self.reason.text()

    def line(self, lang: Lang | None = None) -> str:
        flag = msg("subsidy.pending_flag") if self.pending else ""
        shown = msg(
            "subsidy.line", flag=flag, title=self.title, amount=self.amount, basis=self.reason
        )
        return shown.text(lang)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "amount": fmt_yuan(self.amount),
            "text": self.text,
            "basis": self.reason.text("zh"),
            "reason": self.reason.to_json(),
            "pending": self.pending,
        }


def fmt_yuan(value: Decimal) -> str:
    return fmt_points(value)


def total(lines: list[SubsidyLine]) -> Decimal:
    return sum((ln.amount for ln in lines), ZERO)


# --------------------------------------------------------------------------- numbers from facts


class _Numbers:
    """Actual and target of a rubric rule for one unit, read as the engine reads them."""

    def __init__(self, rubric: m.Rubric, facts: Facts, unit: str | None) -> None:
        self.rubric = rubric
        self.facts = facts
        self.unit = unit
        #: this unit's row of every target table
        self.tables = {
            key: table.values[unit]
            for key, table in rubric.targets.items()
            if unit is not None and unit in table.values
        }

    def rule(self, ref: mm.RuleRef) -> Any:
        item = self.rubric.item(ref.item)
        rule = next((r for r in item.rules if r.id == ref.rule), None) if item else None
        if rule is None:  # the validator rejects such rubrics; guard for hand-built ones
            raise InputError(msg("subsidy.no_rule", item=ref.item, rule=ref.rule))
        return rule

    def actual(self, ref: mm.RuleRef) -> Decimal | None:
        fact = self.facts.items.get(ref.item, {}).get(ref.rule)
        return fact.actual if fact is not None else None

    def target(self, ref: mm.RuleRef) -> Decimal | None:
        fact = self.facts.items.get(ref.item, {}).get(ref.rule)
        recorded = fact.target if fact is not None else None
        return in_force(getattr(self.rule(ref), "target", None), recorded, self.tables).value


def _reached(numbers: _Numbers, ref: mm.RuleRef, ratio: Decimal) -> tuple[State, Message]:
    actual, target = numbers.actual(ref), numbers.target(ref)
    if actual is None:
        return _UNKNOWN, msg("subsidy.actual_missing", item=ref.item)
    if target is None:
        return _UNKNOWN, msg("subsidy.target_missing", item=ref.item)
    need = target * ratio
    state: State = _MET if actual >= need else _NOT_MET
    shown: Any = target if ratio == 1 else msg("subsidy.times", value=target, ratio=ratio)
    return state, msg("subsidy.reached", item=ref.item, actual=actual, target=shown)


def _all_targets(numbers: _Numbers, group: str | None) -> tuple[State, Message]:
    """Every non-bonus task whose target comes from the per-unit tables is reached."""
    missing: list[str] = []
    short: list[str] = []
    for section in numbers.rubric.sections:
        if section.bonus:
            continue
        for item in section.items:
            if item.bonus or (item.applies_to and group not in item.applies_to):
                continue
            for rule in item.rules:
                if rule.kind == "ranking" or not isinstance(
                    getattr(rule, "target", None), TargetRef
                ):
                    continue
                ref = mm.RuleRef(item=item.code, rule=rule.id or "1")
                state, _ = _reached(numbers, ref, Decimal(1))
                if state == _NOT_MET:
                    short.append(item.code)
                elif state == _UNKNOWN:
                    missing.append(item.code)
    if short:
        return _NOT_MET, msg("subsidy.not_reached", items=short)
    if missing:
        return _UNKNOWN, msg("subsidy.not_recorded", items=missing)
    return _MET, msg("subsidy.all_reached")


_FLAG = {_MET: "subsidy.flag_yes", _NOT_MET: "subsidy.flag_no", _UNKNOWN: "subsidy.flag_unknown"}


def _conditions(
    conditions: list[mm.Condition],
    numbers: _Numbers,
    inputs: SubsidyInputs,
    group: str | None,
) -> tuple[State, list[Message]]:
    """All conditions: not met wins over unknown, unknown over met."""
    states: list[State] = []
    details: list[Message] = []
    for condition in conditions:
        if condition.kind == "flag":
            flag = inputs.flags.get(condition.flag or "")
            state: State = _UNKNOWN if flag is None else (_MET if flag else _NOT_MET)
            detail = msg(_FLAG[state], condition=condition.text)
        elif condition.kind == "reached":
            parts = [_reached(numbers, ref, condition.ratio) for ref in condition.rules]
            state = _combine([s for s, _ in parts])
            why = semicolons(d for _, d in parts)
            detail = msg("subsidy.condition", condition=condition.text, detail=why)
        else:
            state, reason = _all_targets(numbers, group)
            detail = msg("subsidy.condition", condition=condition.text, detail=reason)
        states.append(state)
        details.append(detail)
    return _combine(states), details


def _combine(states: list[State]) -> State:
    if _NOT_MET in states:
        return _NOT_MET
    if _UNKNOWN in states:
        return _UNKNOWN
    return _MET


def _basis(*parts: Message | list[Message] | None) -> Message:
    """Parts of a line's basis, one after another: "最终得分86；条件…；第2名"."""
    flat: list[Message] = []
    for part in parts:
        if isinstance(part, list):
            flat += part
        elif part is not None:
            flat.append(part)
    return msg("subsidy.parts", parts=semicolons(flat))


# --------------------------------------------------------------------------- the three kinds


def _ranked_score(report: ScoreReport, ref: mm.ScoreRef) -> Message | None:
    if ref.scope == "total":
        return msg("subsidy.final_score", score=report.total)
    if ref.scope == "part":
        part = next((p for p in report.parts if p.id == ref.id), None)
        return msg("subsidy.score_of", title=part.title, score=part.score) if part else None
    if ref.scope == "section":
        sec = next((s for s in report.sections if s.code == ref.id), None)
        return msg("subsidy.score_of", title=sec.title, score=sec.score) if sec else None
    item = next((i for s in report.sections for i in s.items if i.code == ref.id), None)
    return msg("subsidy.score_of", title=item.title, score=item.score) if item else None


def _rank_award(
    award: mm.RankAward,
    numbers: _Numbers,
    report: ScoreReport,
    place: int | None,
    inputs: SubsidyInputs,
    group: str | None,
) -> SubsidyLine:
    def line(amount: Decimal, last: Message, pending: bool = False) -> SubsidyLine:
        basis = _basis(scored, details, last)
        return SubsidyLine(award.id, "rank_award", award.title, amount, award.text, basis, pending)

    state, details = _conditions(award.conditions, numbers, inputs, group)
    scored = _ranked_score(report, award.ranked_by)
    if state == _NOT_MET:
        return line(ZERO, msg("subsidy.not_eligible"))
    if place is None:
        return line(ZERO, msg("subsidy.awaiting_place"), pending=True)
    if state == _UNKNOWN:
        return line(ZERO, msg("subsidy.place_unconfirmed", place=place), pending=True)
    for band in award.places:
        if band.first <= place <= band.last:
            return line(band.amount, msg("subsidy.place", place=place))
    last = max(b.last for b in award.places)
    return line(ZERO, msg("subsidy.place_outside", place=place, last=last))


def _lump_sum(
    lump: mm.LumpSum, numbers: _Numbers, inputs: SubsidyInputs, group: str | None
) -> SubsidyLine:
    def line(amount: Decimal, last: Message | None, pending: bool = False) -> SubsidyLine:
        basis = _basis(details, last)
        return SubsidyLine(lump.id, "lump_sum", lump.title, amount, lump.text, basis, pending)

    state, details = _conditions(lump.conditions, numbers, inputs, group)
    if state == _NOT_MET:
        return line(ZERO, msg("subsidy.not_eligible"))
    if state == _UNKNOWN:
        return line(ZERO, None, pending=True)
    if lump.amount is not None:
        return line(lump.amount, None)
    scaled = lump.scaled
    if scaled is None:  # the validator requires one of amount / scaled
        raise InputError(msg("subsidy.amount_or_scaled", id=lump.id))
    value = numbers.target(scaled.of) if scaled.measure == "target" else numbers.actual(scaled.of)
    what = msg(f"subsidy.measure.{scaled.measure}")
    if value is None:
        return line(ZERO, msg("subsidy.lacks", item=scaled.of.item, what=what), pending=True)
    reached = [b for b in scaled.bands if value >= b.min]
    if not reached:
        return line(ZERO, msg("subsidy.no_band", what=what, value=value))
    band = max(reached, key=lambda b: b.min)
    return line(band.amount, msg("subsidy.band", what=what, value=value, min=band.min))


def _per_person(
    per: mm.PerPerson, numbers: _Numbers, inputs: SubsidyInputs, labels: Mapping[str, str]
) -> SubsidyLine:
    def line(amount: Decimal, basis: Message, pending: bool = False) -> SubsidyLine:
        return SubsidyLine(per.id, "per_person", per.title, amount, per.text, basis, pending)

    if per.count is None:
        given = {k: inputs.counts[k] for k in per.inputs if k in inputs.counts}
        people = sum(given.values())
        amount = per.rate * people
        basis = msg("subsidy.people", people=people, rate=per.rate)
        missing = [k for k in per.inputs if k not in given]
        if missing:
            named = [labels.get(k, k) for k in missing]
            return line(amount, _basis(basis, msg("subsidy.not_recorded", items=named)), True)
        return line(amount, basis)
    actual = numbers.actual(per.count)
    if actual is None:
        return line(ZERO, msg("subsidy.actual_missing", item=per.count.item), pending=True)
    if per.over_rate is None:
        return line(per.rate * actual, msg("subsidy.people", people=actual, rate=per.rate))
    target = numbers.target(per.count)
    if target is None:
        return line(ZERO, msg("subsidy.target_missing", item=per.count.item), pending=True)
    within = min(actual, target)
    over = max(ZERO, actual - target)
    amount = per.rate * within + per.over_rate * over
    basis = msg("subsidy.within_target", target=target, within=within, rate=per.rate)
    if over:
        extra = msg("subsidy.over_target", over=over, rate=per.over_rate)
        basis = msg("subsidy.plus", a=basis, b=extra)
    return line(amount, basis)


# --------------------------------------------------------------------------- entry point


def compute_subsidies(
    rubric: m.Rubric,
    facts: Facts,
    report: ScoreReport,
    ranks: Mapping[str, int] | None = None,
    inputs: SubsidyInputs | None = None,
) -> list[SubsidyLine]:
    """The unit's subsidy lines, in the rubric's order; [] when the rubric pays nothing."""
    block = rubric.subsidies
    if block is None:
        return []
    given = inputs or SubsidyInputs()
    _check_inputs(block, ranks or {}, given)
    unit = rubric.unit(report.unit) if report.unit else None
    if unit is None:
        raise InputError(msg("subsidy.needs_unit"))
    numbers = _Numbers(rubric, facts, unit.id)
    places = ranks or {}
    lines = [
        _rank_award(a, numbers, report, places.get(a.id), given, unit.group)
        for a in block.rank_awards
    ]
    lines += [_lump_sum(s, numbers, given, unit.group) for s in block.lump_sums]
    labels = {i.id: i.label for i in block.inputs}
    lines += [_per_person(p, numbers, given, labels) for p in block.per_person]
    return lines


def award_conditions(
    rubric: m.Rubric,
    facts: Facts,
    unit_id: str,
    award_id: str,
    inputs: SubsidyInputs | None = None,
) -> tuple[State, list[Message]]:
    """Whether ``unit_id`` meets the conditions of the rank award ``award_id`` (met, not_met,
    unknown) and why: the assessing office places only the units that meet them."""
    block = rubric.subsidies
    award = next((a for a in block.rank_awards if a.id == award_id), None) if block else None
    unit = rubric.unit(unit_id)
    if award is None or unit is None:
        raise InputError(msg("subsidy.unknown_award", award=award_id, known=[]))
    numbers = _Numbers(rubric, facts, unit.id)
    return _conditions(award.conditions, numbers, inputs or SubsidyInputs(), unit.group)


def _check_inputs(block: mm.Subsidies, ranks: Mapping[str, int], inputs: SubsidyInputs) -> None:
    problems: list[Message] = []
    locator = Locator()
    awards = {a.id for a in block.rank_awards}
    ranks_spot = Spot(("ranks",), (msg("subsidy.where_ranks"),))
    for award, place in ranks.items():
        spot = ranks_spot.child(award)
        if award not in awards:
            problem = msg("subsidy.unknown_award", award=award, known=sorted(awards))
            problems.append(locator.place(spot, problem))
        elif place < 1:
            named = spot.named(msg("where.field", path=award))
            problems.append(locator.place(named, msg("subsidy.place_from_one", place=place)))
    kinds = {i.id: i.kind for i in block.inputs}
    inputs_spot = Spot((), (msg("subsidy.where_inputs"),))
    for field, given in (("flag", inputs.flags), ("count", inputs.counts)):
        for name in given:
            if kinds.get(name) != field:
                known = [k for k, v in kinds.items() if v == field]
                path = f"{field}s.{name}"
                spot = inputs_spot.child(f"{field}s", name).named(msg("where.field", path=path))
                problem = msg(f"subsidy.not_{field}_input", known=known)
                problems.append(locator.place(spot, problem))
    if problems:
        raise FactsError(problems[0], problems)
