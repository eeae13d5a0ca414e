"""Sample data for report-form offices: a real filled-in form, entered through the services.

The 2022 靖州县人力资源和社会保障局 form (source 002, rubric ``dept-spending-selfeval``) is the
test vector of that rubric and the demo's form data: `evaldesk demo --rubric
dept-spending-selfeval` fills its profile, tables, indicators, evaluators and category scores
cell by cell as the clerk, as a person would type them, so the audit log reads like a real year.
"""

from __future__ import annotations

from pathlib import Path

from evaldesk.resources import resource_path
from evaldesk.scoring.facts import Facts, facts_from_json
from evaldesk.services import facts as facts_service
from evaldesk.services.actor import Actor
from evaldesk.store import Store

JINGZHOU_2022 = resource_path("evaldesk", "demo", "data", "jingzhou-2022-facts.json")

#: Rubric id -> its sample form (the demo fills the form from it instead of random facts).
SAMPLES: dict[str, Path] = {"dept-spending-selfeval": JINGZHOU_2022}


def sample_facts(rubric_id: str) -> Facts | None:
    """The sample form of a rubric, or None when there is none."""
    path = SAMPLES.get(rubric_id)
    if path is None or not path.exists():
        return None
    return facts_from_json(path.read_text(encoding="utf-8"), source=path.name)


def fill_form(store: Store, actor: Actor, year: int, facts: Facts) -> int:
    """Enter a filled form (profile, table cells, indicator and text rows, item facts) through
    the services as ``actor``; returns the number of values recorded."""
    count = 0
    for field_id, text in facts.profile.items():
        facts_service.set_profile_field(store, actor, year, field_id, text)
        count += 1
    for table_id, rows in facts.tables.items():
        for row_id, cells in rows.items():
            for column_id, value in cells.items():
                if value is not None:
                    facts_service.set_table_cell(
                        store, actor, year, table_id, row_id, column_id, value
                    )
                    count += 1
    for code, indicator_rows in facts.indicators.items():
        facts_service.set_indicators(store, actor, year, code, list(indicator_rows))
        count += 1
    for table_id, text_rows in facts.texts.items():
        facts_service.set_text_rows(store, actor, year, table_id, text_rows)
        count += 1
    for code, rule_facts in facts.items.items():
        for rule_id, fact in rule_facts.items():
            facts_service.set_rule_fact(store, actor, year, code, rule_id, fact)
            count += 1
    return count
