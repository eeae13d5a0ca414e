"""score(rubric, facts, unit) -> ScoreReport. Pure: no I/O, no Qt, no SQL.

The rubric is compiled once into flat per-item plans (each rule's prepared spec, its id and
what the engine needs of it) so that a full rescore is a tight loop over items that reads no
rubric model attribute; that keeps a tick-to-total update well inside one frame even for a
thousand-item rubric (bench/bench_scoring.py).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final

from evaldesk.decimals import fmt_points
from evaldesk.errors import FactsError
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import Facts, RuleFact
from evaldesk.scoring.report import (
    Explanation,
    ItemResult,
    ItemStatic,
    ItemStatus,
    Line,
    PartResult,
    ScoreReport,
    SectionResult,
    explain,
)
from evaldesk.scoring.rules import KNOWN, ZERO, Ctx, RuleSpec, prepare, q

_EMPTY: Final[dict[str, RuleFact]] = {}
_NO_COLUMNS: Final[dict[str, Decimal | None]] = {"initial": None, "final": None}


@dataclass(slots=True)
class _Plan:
    """One rule ready to run: ``spec.run(...)``, and what the engine reads of the rule."""

    rule: Any  # the model, read only while compiling
    spec: RuleSpec
    rid: str  # the key of its facts: the rule's id, else its position
    kind: str
    override: bool
    scope: str  # for vetoes: item / section / part / total
    negative: Decimal | None
    grade_cap: str | None  # for vetoes that cap the grade


@dataclass(slots=True)
class _ItemPlan:
    item: m.Item
    code: str
    max: Decimal | None
    start: Decimal
    floor: Decimal
    scoring: list[_Plan]
    overrides: list[_Plan]
    applies_to: frozenset[str] | None
    is_bonus: bool
    evidence_required: bool
    ranked: bool
    uses_counts: bool
    # rule id -> id of the rule whose budget it shares (the owner maps to itself); None if unused
    pools: dict[str, str] | None = None
    title: str = ""
    points: Decimal = ZERO  # max or 0
    # The item's only rule when nothing else is in play (no overrides, pools or minimums):
    # most items, scored by a shorter path.
    single: _Plan | None = None
    #: the details of _clamp_line: at the floor, at the top
    texts: tuple[str, str] = ("", "")
    static: ItemStatic = ("", "", None, False, False)


#: code, plan, spec, rule id (the last two for single-rule items, else None, ""),
#: start (None for 0), floor, max, static fields, is_bonus, points, ranked
_Row = tuple[
    str,
    _ItemPlan,
    RuleSpec | None,
    str,
    Decimal | None,
    Decimal,
    Decimal | None,
    ItemStatic,
    bool,
    Decimal,
    bool,
]


@dataclass(slots=True)
class _SectionPlan:
    section: m.Section
    items: list[_ItemPlan]
    rules: list[_Plan]
    # the section's own fields the loop reads
    code: str
    title: str
    part: str | None
    points: Decimal | None
    bonus: bool
    #: unit group -> sum of the points of the items that apply to it (filled on first use)
    maxima: dict[str | None, Decimal] = field(default_factory=dict)
    #: unit group -> the rows of the items that apply to it (filled on first use)
    rows: dict[str | None, list[_Row]] = field(default_factory=dict)

    def rows_for(self, group: str | None) -> list[_Row]:
        """What the engine loop unpacks per item, so it reads no plan attribute on the short path."""
        rows = self.rows.get(group)
        if rows is None:
            rows = self.rows[group] = [
                (
                    p.code,
                    p,
                    p.single.spec if p.single is not None else None,
                    p.single.rid if p.single is not None else "",
                    p.start if p.start else None,
                    p.floor,
                    p.max,
                    p.static,
                    p.is_bonus,
                    p.points,
                    p.ranked,
                )
                for p in self.items
                if p.applies_to is None or group in p.applies_to
            ]
        return rows

    def max_for(self, group: str | None) -> Decimal:
        total = self.maxima.get(group)
        if total is None:
            total = ZERO
            for plan in self.items:
                if not plan.is_bonus and (plan.applies_to is None or group in plan.applies_to):
                    total += plan.max or ZERO
            self.maxima[group] = total
        return total


@dataclass(slots=True)
class _Compiled:
    sections: list[_SectionPlan]
    whole: list[_Plan]
    unit_groups: dict[str, str | None]
    grade_order: list[str]
    #: unit id -> target table key -> the unit's target (filled on first use)
    targets: dict[str | None, dict[str, Decimal]] = field(default_factory=dict)


def _unit_targets(compiled: _Compiled, rubric: m.Rubric, unit_id: str | None) -> dict[str, Decimal]:
    found = compiled.targets.get(unit_id)
    if found is None:
        found = compiled.targets[unit_id] = (
            {
                key: table.values[unit_id]
                for key, table in rubric.targets.items()
                if unit_id in table.values
            }
            if unit_id is not None
            else {}
        )
    return found


def _plans(rules: list[Any]) -> list[_Plan]:
    plans = []
    for index, rule in enumerate(rules, start=1):
        rid = rule.id or str(index)
        plans.append(
            _Plan(
                rule=rule,
                spec=prepare(rule),
                rid=rid,
                kind=rule.kind,
                override=rule.kind in m.OVERRIDE_KINDS,
                scope=getattr(rule, "scope", "item"),
                negative=rule.penalty if rule.kind == "negative" else None,
                grade_cap=getattr(rule, "grade_cap", None),
            )
        )
    return plans


def _item_plan(item: m.Item, section: m.Section) -> _ItemPlan:
    plans = _plans(item.rules)
    scoring = [p for p in plans if not p.override]
    # A lone award rule without a budget takes the item's points.
    if len(scoring) == 1 and scoring[0].rule.points is None and item.points is not None:
        rule = scoring[0].rule
        if rule.kind in m.AWARD_KINDS or (
            rule.kind == "checklist" and rule.lines[0].award is not None
        ):
            scoring[0].rule = rule.model_copy(update={"points": item.points})
            scoring[0].spec = prepare(scoring[0].rule)
    allocated = sum((p.rule.points for p in scoring if p.rule.points is not None), ZERO)
    if item.bonus:
        start = ZERO
    else:
        start = max(ZERO, (item.points or ZERO) - allocated)
    floor = min((-p.negative for p in plans if p.negative is not None), default=ZERO)
    is_bonus = item.bonus or section.bonus
    pools: dict[str, str] = {}
    for p in plans:
        if p.rule.budget_of is not None:
            pools[p.rid] = pools[p.rule.budget_of] = p.rule.budget_of
    overrides = [p for p in plans if p.override]
    single = (
        scoring[0]
        if len(scoring) == 1 and not overrides and not pools and scoring[0].kind != "minimum"
        else None
    )
    return _ItemPlan(
        item=item,
        code=item.code,
        max=item.points,
        start=start,
        floor=floor,
        scoring=scoring,
        overrides=overrides,
        applies_to=frozenset(item.applies_to) if item.applies_to else None,
        is_bonus=is_bonus,
        evidence_required=item.evidence_required and not is_bonus,
        ranked=any(p.kind == "ranking" for p in plans),
        uses_counts=any(p.kind == "per_count" and p.rule.source != "fact" for p in plans),
        pools=pools or None,
        title=item.title,
        points=item.points or ZERO,
        single=single,
        texts=(
            f"本项最低{fmt_points(floor)}分",
            f"不超过本项分值{fmt_points(item.points) if item.points is not None else ''}分",
        ),
        static=(
            item.title,
            section.code,
            item.points,
            is_bonus,
            item.evidence_required and not is_bonus,
        ),
    )


def compile_rubric(rubric: m.Rubric) -> _Compiled:
    cached = rubric._compiled
    if isinstance(cached, _Compiled):
        return cached
    compiled = _Compiled(
        sections=[
            _SectionPlan(
                section=s,
                items=[_item_plan(i, s) for i in s.items],
                rules=_plans(s.rules),
                code=s.code,
                title=s.title,
                part=s.part,
                points=s.points,
                bonus=s.bonus,
            )
            for s in rubric.sections
        ],
        whole=_plans(rubric.rules),
        unit_groups={u.id: u.group for u in rubric.units},
        grade_order=(rubric.rating.levels if rubric.rating else [g.grade for g in _bands(rubric)]),
    )
    rubric._compiled = compiled
    return compiled


def _bands(rubric: m.Rubric) -> list[m.GradeBand]:
    return sorted(rubric.grades, key=lambda b: (b.min, b.inclusive), reverse=True)


def _clamp_line(plan: _ItemPlan, effect: Decimal) -> Line:
    """Say why the rules' sum was cut: "扣完为止" at the floor, the item's points at the top."""
    if effect > 0:
        return (plan.code, "", "扣完为止", effect, plan.texts[0])
    return (plan.code, "", plan.texts[1], effect)


def _clamp(value: Decimal, low: Decimal, high: Decimal | None) -> Decimal:
    if value < low:
        return low
    if high is not None and value > high:
        return high
    return value


class _Vetoes:
    __slots__ = ("grade_cap", "parts", "sections", "total")

    def __init__(self) -> None:
        self.sections: set[str] = set()
        self.parts: set[str] = set()
        self.total = False
        self.grade_cap: str | None = None


def _apply_override(plan: _Plan, section: _SectionPlan, vetoes: _Vetoes, order: list[str]) -> None:
    if plan.kind != "veto":
        return
    grade_cap = plan.grade_cap
    if grade_cap:
        if vetoes.grade_cap is None or _worse(grade_cap, vetoes.grade_cap, order):
            vetoes.grade_cap = grade_cap
        return
    if plan.scope == "section":
        vetoes.sections.add(section.code)
    elif plan.scope == "part" and section.part:
        vetoes.parts.add(section.part)
    elif plan.scope == "total":
        vetoes.total = True


def _worse(a: str, b: str, order: list[str]) -> bool:
    """True when grade ``a`` ranks below grade ``b`` (order lists best first)."""
    try:
        return order.index(a) > order.index(b)
    except ValueError:
        return False


def score(
    rubric: m.Rubric,
    facts: Facts,
    unit: str | None = None,
    *,
    reuse: ScoreReport | None = None,
    changed: Collection[str] = (),
) -> ScoreReport:
    """Score ``facts`` against ``rubric``; ``unit`` (or ``facts.unit``) selects per-unit targets.

    For a live view, pass the previous report as ``reuse`` and the item codes whose facts
    changed since as ``changed``: other items are taken over unless what they read changed too
    (the ledger/dispatch counts, their evidence count or review scores, the unit). The result
    is the same as a full rescore; ``tests/unit/test_incremental.py`` holds it to that.
    """
    if rubric.form is not None and rubric.form.indicators is not None and facts.indicators:
        # Report forms: a category whose indicator rows all carry a score is scored by their
        # sum (the rubric's notes). Such forms are small, so they are always scored in full:
        # a derived score can change without its item's own facts changing.
        from evaldesk.scoring.form_scores import with_indicator_scores  # imports this module

        facts = with_indicator_scores(rubric, facts)
        reuse = None
    compiled = compile_rubric(rubric)
    unit_key = unit if unit is not None else facts.unit
    unit_obj = rubric.unit(unit_key) if unit_key is not None else None
    if unit_key is not None and unit_obj is None and rubric.units:
        known = "、".join(u.name for u in rubric.units)
        raise FactsError(f"unknown unit {unit_key!r} for rubric {rubric.id} (known: {known})")
    unit_id = unit_obj.id if unit_obj is not None else unit_key
    group = unit_obj.group if unit_obj is not None else None
    precision = rubric.precision
    problems: list[str] = []
    ctx = Ctx(
        unit_id=unit_id,
        group=group,
        counts=facts.counts,
        unit_targets=_unit_targets(compiled, rubric, unit_id),
        precision=precision,
        problems=problems,
        unit_groups=compiled.unit_groups,
    )
    vetoes = _Vetoes()
    order = compiled.grade_order
    fact_items = facts.items
    evidence = facts.evidence
    review = facts.review
    pending: list[str] = []
    unmet: list[Explanation] = []
    sections: list[SectionResult] = []
    previous = _reusable(reuse, rubric, unit_id)
    counts_same = previous is not None and reuse is not None and reuse.counts == facts.counts

    for splan in compiled.sections:
        section_code = splan.code
        results: list[ItemResult] = []
        base_now = base_best = bonus_now = ZERO
        for (
            code,
            plan,
            spec,
            rid,
            start,
            floor,
            high,
            static,
            is_bonus,
            points,
            ranked,
        ) in splan.rows_for(group):
            if previous is not None:
                old = previous.get(code)
                if (
                    old is not None
                    and code not in changed
                    and (counts_same or not plan.uses_counts)
                    and old.evidence_attached == evidence.get(code, 0)
                    and _same_review(old, review.get(code) if review else None)
                ):
                    extra = old._extra  # escalations, problems, unmet: mostly none
                    if extra is not None:
                        for rp in extra[1]:
                            _apply_override(rp, splan, vetoes, order)
                        problems.extend(extra[2])
                        unmet.extend(extra[3])
                    if old.pending and plan.ranked:
                        pending.append(code)
                    results.append(old)
                    if plan.is_bonus:
                        bonus_now += old.score
                    else:
                        base_now += old.score
                        base_best += old.best
                    continue
            seen_problems = len(problems)
            if spec is not None:
                rule_facts = fact_items.get(code)
                ctx.item_points = points
                now, best, o_lines, state, known_loss, _ = spec.run(
                    rule_facts.get(rid) if rule_facts is not None else None, ctx, code
                )
                # A known outcome gives one object for now and best (a rule's result then is
                # both): it is offset and clamped once.
                same = best is now
                if start is not None:
                    now = start + now
                    best = now if same else start + best
                if now < floor:
                    item_lines = (*o_lines, _clamp_line(plan, floor - now))
                    now = floor
                elif high is not None and now > high:
                    item_lines = (*o_lines, _clamp_line(plan, high - now))
                    now = high
                else:
                    item_lines = o_lines
                if same:
                    best = now
                elif best < floor:
                    best = floor
                elif high is not None and best > high:
                    best = high
                unknown = state != KNOWN
                if unknown and ranked:
                    pending.append(code)
                reviewed = review.get(code) if review else None
                result = ItemResult(
                    code,
                    static,
                    now,
                    best,
                    "not_met" if known_loss else ("not_assessed" if unknown else "met"),
                    unknown,
                    item_lines,
                    evidence.get(code, 0),
                    reviewed.initial if reviewed is not None else None,
                    reviewed.final if reviewed is not None else None,
                )
                if len(problems) > seen_problems:
                    result._extra = (False, (), tuple(problems[seen_problems:]), ())
                results.append(result)
                if is_bonus:
                    bonus_now += now
                else:
                    base_now += now
                    base_best += best
                continue
            escalations: list[Any] = []
            rule_facts = fact_items.get(code, _EMPTY)
            ctx.item_points = plan.max or ZERO
            now = best = plan.start
            lines: list[Line] = []
            known_loss = unknown = vetoed = False
            pooled: dict[str, list[Decimal]] | None = None
            item_unmet: list[int] | None = None  # indices into lines
            for rp in plan.scoring:
                o_now, o_best, o_lines, state, loss, _ = rp.spec.run(
                    rule_facts.get(rp.rid), ctx, code
                )
                if o_lines:
                    if loss and rp.kind == "minimum":
                        item_unmet = (item_unmet or []) + list(
                            range(len(lines), len(lines) + len(o_lines))
                        )
                    lines.extend(o_lines)
                pool = plan.pools.get(rp.rid) if plan.pools is not None else None
                if pool is not None:
                    if pooled is None:
                        pooled = {}
                    sums = pooled.setdefault(pool, [ZERO, ZERO])
                    sums[0] += o_now
                    sums[1] += o_best
                elif best is now and o_best is o_now:  # known so far: one sum serves both
                    now = best = now + o_now
                else:
                    now += o_now
                    best += o_best
                if loss:
                    known_loss = True
                if state != KNOWN:
                    unknown = True
            if pooled is not None:
                for pool, (pool_now, pool_best) in pooled.items():
                    # One clause's deductions stop at its own budget ("扣完为止").
                    if pool_now < 0:
                        unsure = pool_best > pool_now  # the worst case stands in for a missing fact
                        lines.append(
                            (code, pool, "扣完为止", -pool_now, "本条分值扣完为止", unsure)
                        )
                    now += max(ZERO, pool_now)
                    best += max(ZERO, pool_best)
            negative: Decimal | None = None
            for rp in plan.overrides:
                out = rp.spec.run(rule_facts.get(rp.rid), ctx, code)
                if out[5]:
                    lines.extend(out[2])
                    known_loss = True
                    if rp.negative is not None:
                        negative = -rp.negative
                    elif rp.scope == "item" and not rp.grade_cap:
                        vetoed = True
                    else:
                        escalations.append(rp)
                        _apply_override(rp, splan, vetoes, order)
            if negative is not None:
                now = best = negative
            elif vetoed:
                now = best = ZERO
            else:
                clamped = _clamp(now, plan.floor, plan.max)  # now itself when within bounds
                best = clamped if best is now else _clamp(best, plan.floor, plan.max)
                if clamped is not now:
                    lines.append(_clamp_line(plan, clamped - now))
                    now = clamped
            status: ItemStatus = "not_met" if known_loss else ("not_assessed" if unknown else "met")
            if unknown and plan.ranked:
                pending.append(code)
            reviewed = review.get(code) if review else None
            result = ItemResult(
                code,
                plan.static,
                now,
                best,
                status,
                unknown,
                tuple(lines),
                evidence.get(code, 0),
                reviewed.initial if reviewed else None,
                reviewed.final if reviewed else None,
            )
            item_vetoed = vetoed or negative is not None
            if item_vetoed or escalations or item_unmet or len(problems) > seen_problems:
                # The report's unmet lines are the item's own explanation objects (built here
                # only when there are some: a vetoed item's are built when read, as any other's).
                unmet_lines: tuple[Explanation, ...] = ()
                if item_unmet:
                    explained = result.explanations
                    unmet_lines = tuple(explained[i] for i in item_unmet)
                unmet.extend(unmet_lines)
                result._extra = (
                    item_vetoed,
                    tuple(escalations),
                    tuple(problems[seen_problems:]),
                    unmet_lines,
                )
            results.append(result)
            if plan.is_bonus:
                bonus_now += now
            else:
                base_now += now
                base_best += best

        section_lines: list[Line] = []
        if splan.rules:
            ctx.item_points = splan.points if splan.points is not None else splan.max_for(group)
            section_facts = facts.sections.get(section_code, _EMPTY)
            for rp in splan.rules:
                o_now, o_best, o_lines, _, _, triggered = rp.spec.run(
                    section_facts.get(rp.rid), ctx, section_code
                )
                section_lines.extend(o_lines)
                if rp.override:
                    if triggered:
                        if rp.scope == "item":
                            vetoes.sections.add(section_code)
                        else:
                            _apply_override(rp, splan, vetoes, order)
                    continue
                base_now += o_now
                base_best += o_best
            base_now = max(ZERO, base_now)
            base_best = max(ZERO, base_best)
        vetoed_section = section_code in vetoes.sections
        if vetoed_section:
            base_now = base_best = bonus_now = ZERO
        sections.append(
            SectionResult(
                code=section_code,
                title=splan.title,
                part=splan.part,
                max=splan.points
                if splan.points is not None
                else (splan.max_for(group) if results else None),
                score=base_now,
                best=base_best,
                bonus=bonus_now,
                items=tuple(results),
                explanations=tuple(map(explain, section_lines)),
                vetoed=vetoed_section,
                is_bonus=splan.bonus,
                columns=_column_totals(results) if review else _NO_COLUMNS,
            )
        )

    whole_lines: list[Line] = []
    for rp in compiled.whole:
        out = rp.spec.run(facts.whole.get(rp.rid), ctx, "总分")
        whole_lines.extend(out[2])
        if out[5] and rp.kind == "veto":
            grade_cap = rp.grade_cap
            if grade_cap:
                if vetoes.grade_cap is None or _worse(grade_cap, vetoes.grade_cap, order):
                    vetoes.grade_cap = grade_cap
            else:
                vetoes.total = True

    parts, total, best_total, max_total, bonus_total = _compose(rubric, sections, vetoes, precision)
    if vetoes.total:
        total = best_total = ZERO
    grade = _grade(rubric, total, facts, problems)
    if (
        grade is not None
        and vetoes.grade_cap is not None
        and _worse(vetoes.grade_cap, grade, order)
    ):
        if rubric.kind == "rating":
            problems.append(
                f"所选等次“{grade}”不符合规定（一票否决，不得确定为“{grade}”），按“{vetoes.grade_cap}”计"
            )
        grade = vetoes.grade_cap
    ceiling: str | None = None
    if rubric.kind == "rating" and order:
        ceiling = vetoes.grade_cap or order[0]
        if facts.rating is None:
            pending.append("rating")
    return ScoreReport(
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        unit=unit_id,
        total=total,
        max=max_total,
        bonus=bonus_total,
        attainable=best_total,
        grade=grade,
        sections=tuple(sections),
        parts=tuple(parts),
        explanations=tuple(map(explain, whole_lines)),
        vetoed=vetoes.total,
        grade_cap=vetoes.grade_cap,
        rating_ceiling=ceiling,
        unmet=tuple(unmet),
        pending=tuple(pending),
        problems=tuple(problems),
        counts=dict(facts.counts),
        columns=_column_totals([i for s in sections for i in s.items]) if review else _NO_COLUMNS,
    )


def _reusable(
    reuse: ScoreReport | None, rubric: m.Rubric, unit_id: str | None
) -> dict[str, ItemResult] | None:
    if reuse is None or reuse.rubric_id != rubric.id or reuse.rubric_version != rubric.version:
        return None
    if reuse.unit != unit_id:
        return None
    return {item.code: item for section in reuse.sections for item in section.items}


def _same_review(old: ItemResult, reviewed: Any) -> bool:
    if reviewed is None:
        return old.initial is None and old.final is None
    return bool(old.initial == reviewed.initial and old.final == reviewed.final)


def _column_totals(items: list[ItemResult]) -> dict[str, Decimal | None]:
    """Totals of the reviewers' columns, only where every item has a value."""
    out: dict[str, Decimal | None] = {}
    for column in ("initial", "final"):
        values = [getattr(i, column) for i in items if not i.bonus]
        out[column] = (
            sum((v for v in values if v is not None), ZERO)
            if values and all(v is not None for v in values)
            else None
        )
    return out


def _compose(
    rubric: m.Rubric, sections: list[SectionResult], vetoes: _Vetoes, precision: Decimal
) -> tuple[list[PartResult], Decimal, Decimal, Decimal | None, Decimal]:
    bonus_total = sum((s.bonus for s in sections), ZERO)
    if not rubric.parts:
        total = sum((s.score for s in sections), ZERO) + bonus_total
        best = sum((s.best for s in sections), ZERO) + bonus_total
        maxes = [s.max for s in sections if not s.is_bonus]
        max_total = (
            rubric.total
            if rubric.total is not None
            else sum((x for x in maxes if x is not None), ZERO)
        )
        return [], q(total, precision), q(best, precision), max_total, bonus_total
    parts: list[PartResult] = []
    total = best = ZERO
    part_max_total = ZERO
    for part in rubric.parts:
        members = [s for s in sections if s.part == part.id]
        p_now = sum((s.score + s.bonus for s in members), ZERO)
        p_best = sum((s.best + s.bonus for s in members), ZERO)
        if part.id in vetoes.parts:
            p_now = p_best = ZERO
        p_max = (
            part.points
            if part.points is not None
            else sum((s.max or ZERO for s in members if not s.is_bonus), ZERO)
        )
        weighted = q(p_now * part.weight, precision)
        parts.append(
            PartResult(
                id=part.id,
                title=part.title,
                weight=part.weight,
                max=p_max,
                score=q(p_now, precision),
                best=q(p_best, precision),
                weighted=weighted,
            )
        )
        total += weighted
        best += q(p_best * part.weight, precision)
        part_max_total += p_max * part.weight
    loose = sum((s.score + s.bonus for s in sections if s.part is None), ZERO)
    loose_best = sum((s.best + s.bonus for s in sections if s.part is None), ZERO)
    return (
        parts,
        q(total + loose, precision),
        q(best + loose_best, precision),
        part_max_total,
        bonus_total,
    )


def _grade(rubric: m.Rubric, total: Decimal, facts: Facts, problems: list[str]) -> str | None:
    if rubric.kind == "rating" and rubric.rating is not None:
        if facts.rating is not None and facts.rating not in rubric.rating.levels:
            problems.append(
                f"rating {facts.rating!r} is not one of {'、'.join(rubric.rating.levels)}"
            )
            return None
        return facts.rating
    return grade_of(rubric, total)


def grade_of(rubric: m.Rubric, total: Decimal) -> str | None:
    """The grade band a total falls in (``min`` inclusive unless the band says otherwise)."""
    for band in _bands(rubric):
        if total > band.min or (band.inclusive and total == band.min):
            return band.grade
    return None


def describe_total(report: ScoreReport) -> str:
    """One line for status bars and logs: '86.5 / 100（良）'."""
    top = f" / {fmt_points(report.max)}" if report.max is not None else ""
    grade = f"（{report.grade}）" if report.grade else ""
    return f"{fmt_points(report.total)}{top}{grade}"
