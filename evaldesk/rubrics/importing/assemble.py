"""Sections and items read from a table, plus suggested rules -> a rubric that loads.

Every suggested rule is covered by one ``suggested`` interpretation per item, naming the rules
and quoting the clauses they came from: the rubric scores with them, marked, and a final
export refuses them until a person confirms (evaldesk/rubrics/authoring.py). A suggestion the
rubric's checks refuse (a rule the kind cannot take in that place) is dropped for a manual
score, so the draft always loads.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from evaldesk import kinds
from evaldesk.errors import RubricError
from evaldesk.messages import msg
from evaldesk.rubrics.importing.build import Built
from evaldesk.rubrics.importing.suggest import ItemSuggestions, suggest
from evaldesk.rubrics.loader import load_data

RATING_LEVELS = ["好", "较好", "一般"]
SUGGESTED_PREFIX = "suggested-"


def rubric_id(text: str) -> str:
    """A rubric id from a file name: its ASCII words, else "imported"."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)[:60].strip("-") or "imported"


def _kind_titles(names: list[str]) -> list[str]:
    return [kinds.get(n).title.text("zh") for n in names]


def item_rules(item: dict[str, Any], rated: bool) -> tuple[list[dict[str, Any]], list[str]]:
    """The suggested rules of one item (rubric data) and the clauses they came from."""
    if rated:
        return [], []
    points = item.get("points")
    wording = item.get("criteria") or item.get("content") or ""
    found: ItemSuggestions = suggest(wording, points)
    rules, sources = [], []
    for index, suggestion in enumerate(found.rules, start=1):
        rule = {"id": str(index), "kind": suggestion.rule["kind"], "text": suggestion.clause}
        rule.update({k: v for k, v in suggestion.rule.items() if k != "kind"})
        rules.append(rule)
        sources.append(suggestion.clause)
    if rules and not _loads_alone(item, rules):
        rules, sources = [], []
    if not rules:
        rules = [{"id": "1", "kind": "manual", "text": item.get("criteria", "")}]
        sources = [item.get("criteria", "")]
    return rules, sources


def _loads_alone(item: dict[str, Any], rules: list[dict[str, Any]]) -> bool:
    """The item with these rules passes the rubric's checks (in a rubric of its own)."""
    probe = {
        "id": "probe",
        "title": "probe",
        "precision": Decimal("0.01"),
        "sections": [{"code": "s", "title": "s", "items": [{**_clean(item), "rules": rules}]}],
    }
    try:
        load_data(probe)
    except RubricError:
        return False
    return True


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if not k.startswith("_")}


def suggested_interpretation(
    n: int, code: str, rules: list[dict[str, Any]], sources: list[str]
) -> dict[str, Any]:
    names = [r["kind"] for r in rules]
    reason = msg("import.manual.reason") if names == ["manual"] else msg("import.suggested.reason")
    return {
        "id": f"{SUGGESTED_PREFIX}{n}",
        "kind": "suggested",
        "applies_to": [f"item[{code}].rules[{r['id']}]" for r in rules],
        "title": msg("import.suggested.title", code=code, kinds=_kind_titles(names)).text("zh"),
        "reason": reason.text("zh"),
        "source": " ".join(s for s in sources if s),
    }


def assemble(
    built: Built,
    *,
    rubric_id_: str,
    title: str,
    file_name: str,
    with_rules: bool = True,
) -> dict[str, Any]:
    """The rubric data: what the table holds, the suggested rules and their marks."""
    items = [i for s in built.sections for i in s["items"]]
    rated = not any(i.get("points") is not None for i in items)
    notes = [msg("import.note.source", file=file_name).text("zh"), *built.notes]
    data: dict[str, Any] = {
        "id": rubric_id_,
        "version": 1,
        "title": title or file_name,
        "source": file_name,
        "kind": "rating" if rated else "points",
    }
    if built.total is not None:
        data["total"] = built.total
    if rated:
        data["rating"] = {"levels": list(RATING_LEVELS)}
        notes.append(msg("import.note.rating").text("zh"))
    interpretations: list[dict[str, Any]] = []
    sections = []
    for section in built.sections:
        out_items = []
        for item in section["items"]:
            clean = _clean(item)
            if with_rules:
                rules, sources = item_rules(item, rated)
                if rules:
                    clean["rules"] = rules
                    interpretations.append(
                        suggested_interpretation(
                            len(interpretations) + 1, item["code"], rules, sources
                        )
                    )
            out_items.append(clean)
        sections.append({**section, "items": out_items})
    data["sections"] = sections
    data["notes"] = notes
    if built.quotes:
        data["quotes"] = list(built.quotes)
    if interpretations:
        data["interpretations"] = interpretations
    return data
