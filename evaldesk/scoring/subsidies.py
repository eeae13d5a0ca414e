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
from evaldesk.kinds.base import TargetRef
from evaldesk.rubrics import model as m
from evaldesk.rubrics import model_money as mm
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


def inputs_from_data(data: Any, *, source: str = "subsidy inputs") -> SubsidyInputs:
    try:
        return SubsidyInputs.model_validate(data or {})
    except ValidationError as exc:
        problems = [
            f"{source}: {'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        ]
        raise FactsError(problems[0], problems) from None


@dataclass(frozen=True, slots=True)
class SubsidyLine:
    """One subsidy for one unit: amount in yuan, the source wording, and how it was reached."""

    id: str
    kind: Literal["rank_award", "lump_sum", "per_person"]
    title: str
    amount: Decimal
    text: str
    basis: str
    pending: bool = False

    def line(self) -> str:
        flag = "〔待定〕" if self.pending else ""
        return f"{flag}{self.title}：{fmt_yuan(self.amount)}元（{self.basis}）"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "amount": fmt_yuan(self.amount),
            "text": self.text,
            "basis": self.basis,
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

    def rule(self, ref: mm.RuleRef) -> Any:
        item = self.rubric.item(ref.item)
        rule = next((r for r in item.rules if r.id == ref.rule), None) if item else None
        if rule is None:  # the validator rejects such rubrics; guard for hand-built ones
            raise InputError(f"subsidies: item {ref.item} has no rule {ref.rule!r}")
        return rule

    def actual(self, ref: mm.RuleRef) -> Decimal | None:
        fact = self.facts.items.get(ref.item, {}).get(ref.rule)
        return fact.actual if fact is not None else None

    def target(self, ref: mm.RuleRef) -> Decimal | None:
        fact = self.facts.items.get(ref.item, {}).get(ref.rule)
        if fact is not None and fact.target is not None:
            return fact.target
        return self.target_of(self.rule(ref))

    def target_of(self, rule: Any) -> Decimal | None:
        target = getattr(rule, "target", None)
        if target is None or isinstance(target, Decimal):
            return target
        table = self.rubric.targets.get(target.key)
        if table is None or self.unit is None:
            return None
        return table.values.get(self.unit)


def _reached(numbers: _Numbers, ref: mm.RuleRef, ratio: Decimal) -> tuple[State, str]:
    actual, target = numbers.actual(ref), numbers.target(ref)
    if actual is None or target is None:
        return _UNKNOWN, f"{ref.item}未填报完成数" if actual is None else f"{ref.item}缺少目标"
    need = target * ratio
    state: State = _MET if actual >= need else _NOT_MET
    shown = fmt_points(target) if ratio == 1 else f"{fmt_points(target)}×{fmt_points(ratio)}"
    return state, f"{ref.item}完成{fmt_points(actual)}/{shown}"


def _all_targets(numbers: _Numbers, group: str | None) -> tuple[State, str]:
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
        return _NOT_MET, f"未完成：{'、'.join(short)}"
    if missing:
        return _UNKNOWN, f"未填报：{'、'.join(missing)}"
    return _MET, "全部任务已完成"


def _conditions(
    conditions: list[mm.Condition],
    numbers: _Numbers,
    inputs: SubsidyInputs,
    group: str | None,
) -> tuple[State, str]:
    """All conditions: not met wins over unknown, unknown over met."""
    states: list[State] = []
    details: list[str] = []
    for condition in conditions:
        if condition.kind == "flag":
            flag = inputs.flags.get(condition.flag or "")
            state: State = _UNKNOWN if flag is None else (_MET if flag else _NOT_MET)
            detail = condition.text + {_MET: "：是", _NOT_MET: "：否", _UNKNOWN: "：未填报"}[state]
        elif condition.kind == "reached":
            parts = [_reached(numbers, ref, condition.ratio) for ref in condition.rules]
            state = _combine([s for s, _ in parts])
            detail = f"{condition.text}（{'；'.join(d for _, d in parts)}）"
        else:
            state, why = _all_targets(numbers, group)
            detail = f"{condition.text}（{why}）"
        states.append(state)
        details.append(detail)
    return _combine(states), "；".join(details)


def _combine(states: list[State]) -> State:
    if _NOT_MET in states:
        return _NOT_MET
    if _UNKNOWN in states:
        return _UNKNOWN
    return _MET


# --------------------------------------------------------------------------- the three kinds


def _ranked_score(report: ScoreReport, ref: mm.ScoreRef) -> str:
    if ref.scope == "total":
        return f"最终得分{fmt_points(report.total)}"
    if ref.scope == "part":
        part = next((p for p in report.parts if p.id == ref.id), None)
        return f"{part.title}得分{fmt_points(part.score)}" if part else ""
    if ref.scope == "section":
        sec = next((s for s in report.sections if s.code == ref.id), None)
        return f"{sec.title}得分{fmt_points(sec.score)}" if sec else ""
    item = next((i for s in report.sections for i in s.items if i.code == ref.id), None)
    return f"{item.title}得分{fmt_points(item.score)}" if item else ""


def _rank_award(
    award: mm.RankAward,
    numbers: _Numbers,
    report: ScoreReport,
    place: int | None,
    inputs: SubsidyInputs,
    group: str | None,
) -> SubsidyLine:
    def line(amount: Decimal, basis: str, pending: bool = False) -> SubsidyLine:
        return SubsidyLine(award.id, "rank_award", award.title, amount, award.text, basis, pending)

    state, detail = _conditions(award.conditions, numbers, inputs, group)
    scored = _ranked_score(report, award.ranked_by)
    basis = "；".join(x for x in (scored, detail) if x)
    if state == _NOT_MET:
        return line(ZERO, f"{basis}；不符合条件")
    if place is None:
        return line(ZERO, f"{basis}；待考核小组排定名次", pending=True)
    if state == _UNKNOWN:
        return line(ZERO, f"{basis}；第{place}名，条件待确认", pending=True)
    for band in award.places:
        if band.first <= place <= band.last:
            return line(band.amount, f"{basis}；第{place}名")
    last = max(b.last for b in award.places)
    return line(ZERO, f"{basis}；第{place}名，不在前{last}名")


def _lump_sum(
    lump: mm.LumpSum, numbers: _Numbers, inputs: SubsidyInputs, group: str | None
) -> SubsidyLine:
    def line(amount: Decimal, basis: str, pending: bool = False) -> SubsidyLine:
        return SubsidyLine(lump.id, "lump_sum", lump.title, amount, lump.text, basis, pending)

    state, detail = _conditions(lump.conditions, numbers, inputs, group)
    if state == _NOT_MET:
        return line(ZERO, f"{detail}；不符合条件")
    if state == _UNKNOWN:
        return line(ZERO, detail, pending=True)
    if lump.amount is not None:
        return line(lump.amount, detail)
    scaled = lump.scaled
    if scaled is None:  # the validator requires one of amount / scaled
        raise InputError(f"subsidies {lump.id}: needs 'amount' or 'scaled'")
    value = numbers.target(scaled.of) if scaled.measure == "target" else numbers.actual(scaled.of)
    what = "任务数" if scaled.measure == "target" else "完成数"
    if value is None:
        return line(ZERO, f"{detail}；{scaled.of.item}缺少{what}", pending=True)
    reached = [b for b in scaled.bands if value >= b.min]
    if not reached:
        return line(ZERO, f"{detail}；{what}{fmt_points(value)}，未达到任何档次")
    band = max(reached, key=lambda b: b.min)
    return line(band.amount, f"{detail}；{what}{fmt_points(value)}，≥{fmt_points(band.min)}")


def _per_person(
    per: mm.PerPerson, numbers: _Numbers, inputs: SubsidyInputs, labels: Mapping[str, str]
) -> SubsidyLine:
    def line(amount: Decimal, basis: str, pending: bool = False) -> SubsidyLine:
        return SubsidyLine(per.id, "per_person", per.title, amount, per.text, basis, pending)

    rate = fmt_points(per.rate)
    if per.count is None:
        given = {k: inputs.counts[k] for k in per.inputs if k in inputs.counts}
        people = sum(given.values())
        amount = per.rate * people
        basis = f"{people}人×{rate}元"
        missing = [k for k in per.inputs if k not in given]
        if missing:
            named = "、".join(labels.get(k, k) for k in missing)
            return line(amount, f"{basis}；未填报：{named}", pending=True)
        return line(amount, basis)
    actual = numbers.actual(per.count)
    if actual is None:
        return line(ZERO, f"{per.count.item}未填报完成数", pending=True)
    if per.over_rate is None:
        return line(per.rate * actual, f"{fmt_points(actual)}人×{rate}元")
    target = numbers.target(per.count)
    if target is None:
        return line(ZERO, f"{per.count.item}缺少目标", pending=True)
    within = min(actual, target)
    over = max(ZERO, actual - target)
    amount = per.rate * within + per.over_rate * over
    basis = f"目标{fmt_points(target)}人内{fmt_points(within)}人×{rate}元"
    if over:
        basis += f"＋超额{fmt_points(over)}人×{fmt_points(per.over_rate)}元"
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
        raise InputError(
            "subsidies are computed for one unit: score with --unit (镇/区/街道) first"
        )
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


def _check_inputs(block: mm.Subsidies, ranks: Mapping[str, int], inputs: SubsidyInputs) -> None:
    problems: list[str] = []
    awards = {a.id for a in block.rank_awards}
    for award, place in ranks.items():
        if award not in awards:
            problems.append(f"ranks: unknown award {award!r} (known: {', '.join(sorted(awards))})")
        elif place < 1:
            problems.append(f"ranks: {award}: a place starts at 1 (got {place})")
    kinds = {i.id: i.kind for i in block.inputs}
    for name in inputs.flags:
        if kinds.get(name) != "flag":
            known = ", ".join(k for k, v in kinds.items() if v == "flag")
            problems.append(f"subsidy inputs: flags.{name} is not a flag input (known: {known})")
    for name in inputs.counts:
        if kinds.get(name) != "count":
            known = ", ".join(k for k, v in kinds.items() if v == "count")
            problems.append(f"subsidy inputs: counts.{name} is not a count input (known: {known})")
    if problems:
        raise FactsError(problems[0], problems)
