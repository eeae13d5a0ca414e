"""The values an office sets where its rubric's source document is silent.

A rubric marks which of its interpretations an office may set (``settable``: 000's 季度调度
full score, 002's category maxima ...); an administrator sets them per year, here or from a
file. Each value is a fact of the year (scope ``interp``): audited, rescored live, locked with
the year's approval, printed in the report and carried in the package. Values that decide how
units compare with each other (groups, quotas, rankings) are never settable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from evaldesk.decimals import fmt_points
from evaldesk.errors import InputError
from evaldesk.messages import msg
from evaldesk.messages.os_error import os_error
from evaldesk.rubrics import model as m
from evaldesk.rubrics.interpretations import check_office_value, default_value, settable
from evaldesk.services.actor import Actor
from evaldesk.services.form_values import parse_number
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric, year_rubric_in
from evaldesk.store import Store
from evaldesk.store.changes import Changes

SCOPE = "interp"

MESSAGES: dict[str, tuple[str, str]] = {
    "interp.file_unreadable": ("无法读取 {path}：{error}", "cannot read {path}: {error}"),
    "interp.file_not_json": (
        "{path} 不是 JSON 文件（第{line}行）：应为“解释口径编号: 数值”的映射",
        "{path} is not JSON (line {line}): it should map interpretation ids to values",
    ),
    "interp.file_not_mapping": (
        "{path} 应为“解释口径编号: 数值”的映射",
        "{path} should map interpretation ids to values",
    ),
}


@dataclass(frozen=True, slots=True)
class Setting:
    """One value an office may set, as shown to the administrator."""

    interpretation: m.Interpretation
    default: Decimal | None
    value: Decimal | None  # the office's value, None when the rubric's default is in force

    @property
    def in_force(self) -> Decimal | None:
        return self.value if self.value is not None else self.default


def office_values(store: Store, year: int) -> dict[str, Decimal]:
    """The values the office set for ``year`` (interpretation id -> value)."""
    return {
        row.key: Decimal(str(row.value))
        for row in store.facts.rows(year)
        if row.scope == SCOPE and row.value is not None
    }


def settings(store: Store, year: int) -> list[Setting]:
    """Every value the year's rubric lets the office set, with its default and the office's."""
    rubric = year_rubric(store, year).rubric
    values = office_values(store, year)
    return [Setting(i, default_value(rubric, i), values.get(i.id)) for i in settable(rubric)]


def set_value(
    store: Store, actor: Actor, year: int, interp_id: str, value: Decimal | str | None
) -> Changes:
    """Set (or with None or "" go back to the rubric's default) one office value."""
    require(actor, "interpretations.set")
    number = None
    if value is not None and str(value).strip():
        number = value if isinstance(value, Decimal) else parse_number(str(value), interp_id)
    with store.write(actor.name) as tx:
        rubric = year_rubric_in(store, tx, year).rubric
        if number is not None:
            check_office_value(rubric, interp_id, number)
        elif not any(i.id == interp_id for i in settable(rubric)):
            check_office_value(rubric, interp_id, Decimal(0))  # names the problem
        stored = None if number is None else fmt_points(number)
        store.facts.set(tx, year, SCOPE, "", interp_id, stored)
    return tx.changes()


def import_file(store: Store, actor: Actor, year: int, path: Path) -> Changes:
    """Set the values a JSON file gives (``{"dispatch-full-score": 100, ...}``), all or none."""
    require(actor, "interpretations.set")
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(
            msg("interp.file_unreadable", path=str(path), error=os_error(exc))
        ) from None
    try:
        data: Any = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise InputError(msg("interp.file_not_json", path=str(path), line=exc.lineno)) from None
    if not isinstance(data, dict):
        raise InputError(msg("interp.file_not_mapping", path=str(path)))
    values = {str(k): None if v is None else parse_number(str(v), str(k)) for k, v in data.items()}
    with store.write(actor.name) as tx:
        rubric = year_rubric_in(store, tx, year).rubric
        for interp_id, number in values.items():
            if number is not None:
                check_office_value(rubric, interp_id, number)
            stored = None if number is None else fmt_points(number)
            store.facts.set(tx, year, SCOPE, "", interp_id, stored)
    return tx.changes()
