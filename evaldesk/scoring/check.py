"""Check facts against a rubric: unknown codes, fields a rule does not read, values out of bounds."""

from __future__ import annotations

from typing import Any

from evaldesk import kinds
from evaldesk.errors import FactsError
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import Facts, RuleFact


def _check_rule(
    rule: Any, fact: RuleFact, where: str, rubric: m.Rubric, problems: list[str]
) -> None:
    kind = kinds.of(rule)
    used = {name for name in fact.model_fields_set if getattr(fact, name) is not None} - {"note"}
    reads = kind.reads(rule)
    for name in sorted(used - reads):
        problems.append(
            f"{where}: a '{rule.kind}' rule does not use '{name}' (it reads: {', '.join(sorted(reads))})"
        )
    # English until the facts check speaks in messages (issue 13).
    problems.extend(
        f"{where}: {p.text('en')}" for p in kind.fact_problems(rule, fact, rubric.kind_view())
    )


def facts_problems(rubric: m.Rubric, facts: Facts) -> list[str]:
    problems: list[str] = []
    items = {i.code: i for i in rubric.items()}
    if facts.rubric is not None and facts.rubric != rubric.id:
        problems.append(f"the facts are for rubric {facts.rubric!r}, not {rubric.id!r}")
    if facts.unit is not None and rubric.units and rubric.unit(facts.unit) is None:
        problems.append(
            f"unknown unit {facts.unit!r} (units: {'、'.join(u.name for u in rubric.units)})"
        )
    for code, rule_facts in facts.items.items():
        item = items.get(code)
        if item is None:
            problems.append(f"items.{code}: no such item in {rubric.id}")
            continue
        rules = {r.id: r for r in item.rules}
        for rid, fact in rule_facts.items():
            rule = rules.get(rid)
            if rule is None:
                problems.append(
                    f"items.{code}.{rid}: item {code} has no rule {rid!r} (rules: {', '.join(str(r) for r in rules)})"
                )
                continue
            _check_rule(rule, fact, f"items.{code}.{rid}", rubric, problems)
    sections = {s.code: s for s in rubric.sections}
    for code, rule_facts in facts.sections.items():
        section = sections.get(code)
        if section is None:
            problems.append(f"sections.{code}: no such section in {rubric.id}")
            continue
        rules = {r.id: r for r in section.rules}
        for rid, fact in rule_facts.items():
            rule = rules.get(rid)
            if rule is None:
                problems.append(f"sections.{code}.{rid}: section {code} has no rule {rid!r}")
                continue
            _check_rule(rule, fact, f"sections.{code}.{rid}", rubric, problems)
    whole = {r.id: r for r in rubric.rules}
    for rid, fact in facts.whole.items():
        rule = whole.get(rid)
        if rule is None:
            problems.append(f"whole.{rid}: the rubric has no whole-rubric rule {rid!r}")
        else:
            _check_rule(rule, fact, f"whole.{rid}", rubric, problems)
    for code in facts.review:
        if code not in items:
            problems.append(f"review.{code}: no such item in {rubric.id}")
    for code in facts.evidence:
        if code not in items:
            problems.append(f"evidence.{code}: no such item in {rubric.id}")
    if facts.rating is not None:
        levels = rubric.rating.levels if rubric.rating else []
        if facts.rating not in levels:
            problems.append(
                f"rating {facts.rating!r} is not one of: {'、'.join(levels) or '(this rubric has no rating)'}"
            )
    if facts.tables and rubric.form is not None:
        tables = {t.id: t for t in rubric.form.tables}
        for tid, rows in facts.tables.items():
            table = tables.get(tid)
            if table is None:
                problems.append(f"tables.{tid}: no such table")
                continue
            row_ids = {r.id for r in table.rows}
            col_ids = {c.id for c in table.columns}
            for rid, cols in rows.items():
                if rid not in row_ids:
                    problems.append(f"tables.{tid}.{rid}: no such row")
                for cid in cols:
                    if cid not in col_ids:
                        problems.append(f"tables.{tid}.{rid}.{cid}: no such column")
    if rubric.form is not None:
        _form_fact_problems(rubric, rubric.form, facts, items, problems)
    return problems


def _form_fact_problems(
    rubric: m.Rubric, form: m.Form, facts: Facts, items: dict[str, m.Item], problems: list[str]
) -> None:
    if facts.indicators and form.indicators is None:
        problems.append(f"indicators: {rubric.id} has no indicator table")
    for code in facts.indicators:
        if code not in items:
            problems.append(f"indicators.{code}: no such item in {rubric.id}")
    text_tables = {t.id: t for t in form.text_tables}
    for tid, rows in facts.texts.items():
        table = text_tables.get(tid)
        if table is None:
            known = ", ".join(text_tables) or "(none)"
            problems.append(f"texts.{tid}: no such text table (text tables: {known})")
            continue
        col_ids = {c.id for c in table.columns}
        for n, row in enumerate(rows, start=1):
            for cid in row:
                if cid not in col_ids:
                    problems.append(
                        f"texts.{tid}[{n}].{cid}: no such column (columns: {', '.join(sorted(col_ids))})"
                    )
    known_profile = {p.id for p in form.profile}
    for block in form.signoff:
        if isinstance(block, m.SignoffBlock):
            known_profile.update(f"{block.id}.{part}" for part in ("opinion", "signer", "date"))
    for key in facts.profile:
        if key not in known_profile:
            problems.append(f"profile.{key}: no such profile field in {rubric.id}")


def check_facts(rubric: m.Rubric, facts: Facts, *, source: str = "facts") -> None:
    problems = [f"{source}: {p}" for p in facts_problems(rubric, facts)]
    if problems:
        raise FactsError(problems[0], problems)
