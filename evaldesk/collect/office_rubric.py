"""The rubric as the receiving office scores with it: its own units, its own decisions.

A unit's package names the rubric unit it is (``EvalDesk-Unit``). The receiving office keeps
its own list: 湘人社发〔2021〕46号 has one generic unit ``dept`` where the office receives each
厅 department, so every listed unit becomes a unit of this rubric under its own code, in the
group of the rubric unit it is scored as, with that unit's row of every target table. Rankings
and ballots then tell the departments apart. Rubrics are values: a new one is built.

The office's decisions where the source leaves a choice to the assessing office (how a
ballot's quota is rounded) are put into the rules they concern, as a new rubric too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from evaldesk.rubrics import model as m

#: The decision "how a graded-votes rule's quota is rounded", keyed per rule.
QUOTA_DECISION = "quota-rounding"


class ListedUnit(Protocol):
    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def rubric_unit(self) -> str | None: ...


def rule_key(item: str, rule: str) -> str:
    """The address of one rule of an item, as decisions and ballot sheets name it."""
    return f"{item}/{rule}"


def office_rubric(
    rubric: m.Rubric,
    units: Sequence[ListedUnit],
    quota_rounding: Mapping[str, str] | None = None,
) -> m.Rubric:
    """``rubric`` with the office's units (and their targets) and its quota decisions."""
    data: dict[str, Any] = rubric.model_dump(mode="python")
    groups = {u.id: u.group for u in rubric.units}
    if rubric.units:
        data["units"] = [
            {"id": u.code, "name": u.name, "group": groups.get(u.rubric_unit or "")} for u in units
        ]
        for table in data["targets"].values():
            values = table["values"]
            table["values"] = {
                u.code: values[u.rubric_unit]
                for u in units
                if u.rubric_unit is not None and u.rubric_unit in values
            }
    for (item_code, rule_id), rounding in _quota_rules(quota_rounding or {}):
        for section in data["sections"]:
            for item in section["items"]:
                if item["code"] != item_code:
                    continue
                for n, rule in enumerate(item["rules"], start=1):
                    if (rule.get("id") or str(n)) == rule_id and rule["kind"] == "graded_votes":
                        rule["quota_rounding"] = rounding
    return m.Rubric.model_validate(data)


def _quota_rules(decided: Mapping[str, str]) -> list[tuple[tuple[str, str], str]]:
    out = []
    for key, rounding in decided.items():
        item, _, rule = key.rpartition("/")
        if item and rounding in ("exact", "half_up"):
            out.append(((item, rule), rounding))
    return out
