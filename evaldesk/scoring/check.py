"""Check facts against a rubric: unknown codes, fields a rule does not read, values out of bounds.

Each problem is a message placed where it is in the facts (item, rule, field path); with a
``source`` (the facts file's name) the file is named first: "facts.json：项目 一.9：…".
"""

from __future__ import annotations

from typing import Any

from evaldesk import kinds
from evaldesk.errors import FactsError
from evaldesk.messages import Message, msg
from evaldesk.rubrics import model as m
from evaldesk.rubrics.where import Locator, Spot
from evaldesk.scoring.facts import Facts, RuleFact, spot_in_facts


class _Found:
    def __init__(self, locator: Locator) -> None:
        self.locator = locator
        self.problems: list[Message] = []

    def add(self, spot: Spot, problem: Message) -> None:
        self.problems.append(self.locator.place(spot, problem))

    def at(self, *loc: str | int) -> Spot:
        """The named place of a path in the facts (项目 一.2：规则 1) with the rest as a field."""
        spot, rest = spot_in_facts(None, loc)
        if rest:
            spot = spot.named(msg("where.field", path=".".join(str(p) for p in rest)))
        return spot


def _check_rule(rule: Any, fact: RuleFact, spot: Spot, rubric: m.Rubric, found: _Found) -> None:
    kind = kinds.of(rule)
    used = {name for name in fact.model_fields_set if getattr(fact, name) is not None} - {"note"}
    reads = kind.reads(rule)
    for name in sorted(used - reads):
        problem = msg("facts.unused_field", kind=rule.kind, field=name, reads=sorted(reads))
        found.add(spot.child(name), problem)
    for problem in kind.fact_problems(rule, fact, rubric.kind_view()):
        found.add(spot, problem)


def facts_problems(rubric: m.Rubric, facts: Facts, *, source: str | None = None) -> list[Message]:
    """Every problem of ``facts`` under ``rubric``, in the order of the facts."""
    found = _Found(Locator(source))
    items = {i.code: i for i in rubric.items()}
    if facts.rubric is not None and facts.rubric != rubric.id:
        found.add(
            Spot(("rubric",)), msg("facts.other_rubric", facts=facts.rubric, rubric=rubric.id)
        )
    if facts.unit is not None and rubric.units and rubric.unit(facts.unit) is None:
        known = [u.name for u in rubric.units]
        found.add(Spot(("unit",)), msg("facts.unknown_unit", unit=facts.unit, known=known))
    _rule_facts(rubric, facts, items, found)
    for code in facts.review:
        if code not in items:
            found.add(found.at("review", code), msg("facts.no_item", rubric=rubric.id))
    for code in facts.evidence:
        if code not in items:
            found.add(found.at("evidence", code), msg("facts.no_item", rubric=rubric.id))
    if facts.rating is not None:
        levels = rubric.rating.levels if rubric.rating else []
        if facts.rating not in levels:
            shown = levels or msg("facts.no_rating")
            found.add(
                Spot(("rating",)), msg("facts.not_a_level", rating=facts.rating, levels=shown)
            )
    if facts.tables and rubric.form is not None:
        _table_problems(rubric.form, facts, found)
    if rubric.form is not None:
        _form_fact_problems(rubric, rubric.form, facts, items, found)
    return found.problems


def _rule_facts(rubric: m.Rubric, facts: Facts, items: dict[str, m.Item], found: _Found) -> None:
    for code, rule_facts in facts.items.items():
        item = items.get(code)
        if item is None:
            found.add(found.at("items", code), msg("facts.no_item", rubric=rubric.id))
            continue
        rules = {r.id: r for r in item.rules}
        for rid, fact in rule_facts.items():
            rule = rules.get(rid)
            spot = found.at("items", code, rid)
            if rule is None:
                problem = msg("facts.no_rule", code=code, rule=rid, known=[str(r) for r in rules])
                found.add(spot, problem)
                continue
            _check_rule(rule, fact, spot, rubric, found)
    sections = {s.code: s for s in rubric.sections}
    for code, rule_facts in facts.sections.items():
        section = sections.get(code)
        if section is None:
            found.add(found.at("sections", code), msg("facts.no_section", rubric=rubric.id))
            continue
        section_rules = {r.id: r for r in section.rules}
        for rid, fact in rule_facts.items():
            rule = section_rules.get(rid)
            spot = found.at("sections", code, rid)
            if rule is None:
                found.add(spot, msg("facts.no_section_rule", code=code, rule=rid))
                continue
            _check_rule(rule, fact, spot, rubric, found)
    whole = {r.id: r for r in rubric.rules}
    for rid, fact in facts.whole.items():
        rule = whole.get(rid)
        if rule is None:
            found.add(found.at("whole", rid), msg("facts.no_whole_rule", rule=rid))
        else:
            _check_rule(rule, fact, found.at("whole", rid), rubric, found)


def _table_problems(form: m.Form, facts: Facts, found: _Found) -> None:
    tables = {t.id: t for t in form.tables}
    for tid, rows in facts.tables.items():
        table = tables.get(tid)
        if table is None:
            found.add(found.at("tables", tid), msg("facts.no_table"))
            continue
        row_ids = {r.id for r in table.rows}
        col_ids = {c.id for c in table.columns}
        for rid, cols in rows.items():
            if rid not in row_ids:
                found.add(found.at("tables", tid, rid), msg("facts.no_row"))
            for cid in cols:
                if cid not in col_ids:
                    found.add(found.at("tables", tid, rid, cid), msg("facts.no_column"))


def _form_fact_problems(
    rubric: m.Rubric, form: m.Form, facts: Facts, items: dict[str, m.Item], found: _Found
) -> None:
    if facts.indicators and form.indicators is None:
        found.add(found.at("indicators"), msg("facts.no_indicator_table", rubric=rubric.id))
    for code in facts.indicators:
        if code not in items:
            found.add(found.at("indicators", code), msg("facts.no_item", rubric=rubric.id))
    text_tables = {t.id: t for t in form.text_tables}
    for tid, rows in facts.texts.items():
        table = text_tables.get(tid)
        if table is None:
            known = list(text_tables) or msg("rubric.none")
            found.add(found.at("texts", tid), msg("facts.no_text_table", known=known))
            continue
        col_ids = {c.id for c in table.columns}
        for n, row in enumerate(rows, start=1):
            for cid in row:
                if cid not in col_ids:
                    spot = found.at("texts", f"{tid}[{n}]", cid)
                    found.add(spot, msg("facts.no_text_column", known=sorted(col_ids)))
    known_profile = {p.id for p in form.profile}
    for block in form.signoff:
        if isinstance(block, m.SignoffBlock):
            known_profile.update(f"{block.id}.{part}" for part in ("opinion", "signer", "date"))
    for key in facts.profile:
        if key not in known_profile:
            found.add(found.at("profile", key), msg("facts.no_profile_field", rubric=rubric.id))


def check_facts(rubric: m.Rubric, facts: Facts, *, source: str = "facts") -> None:
    problems = facts_problems(rubric, facts, source=source)
    if problems:
        raise FactsError(problems[0], problems)
