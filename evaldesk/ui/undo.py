"""Undo and redo of edits (QUndoStack): each command sets a value back through the services.

An edit is first done directly (so a refusal — PermissionDenied, Locked, a bad value — reaches
the caller and its error dialog, and nothing is pushed); only then is the command pushed, with
the value it replaced. Undo and redo call the same service again as the logged-in user: they are
ordinary, audited changes. If undo or redo is refused (the year was approved meanwhile), the
error is shown and the command is dropped from the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from evaldesk.errors import EvalDeskError
from evaldesk.ui.error_text import error_text
from evaldesk.ui.errors import show_error

if TYPE_CHECKING:
    from evaldesk.ui.context import AppContext


_UNKNOWN: Any = object()


class ServiceCommand(QUndoCommand):
    """A change with a ``do`` and an ``undo`` function; both call services."""

    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        *,
        already_done: bool = True,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._skip_first_redo = already_done

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, fn: Callable[[], Any]) -> None:
        # Exceptions must not escape into Qt's C++ caller; the error dialog shows them.
        try:
            fn()
        except Exception as exc:
            self.setObsolete(True)
            show_error(None, exc)


def set_rule_fact(
    ctx: AppContext,
    code: str,
    rule_id: str,
    new: dict[str, Any] | None,
    *,
    text: str = "",
    scope: str = "item",
    current: Any = _UNKNOWN,
) -> None:
    """Record the facts of one rule as the logged-in user, undoably. Raises on refusal.

    ``current`` is the rule's RuleFact as stored now, when the caller has just read it.
    """
    from evaldesk.services import facts as facts_service

    store, actor, year = ctx.store, ctx.actor, ctx.year
    if current is _UNKNOWN:
        current = facts_service.current_rule_fact(store, year, code, rule_id, scope)
    old = None if current is None else facts_service.rule_fact_json(current)
    if new is not None:
        new = _as_json(code, new)
    if old == new:
        return
    facts_service.set_rule_fact(store, actor, year, code, rule_id, new, scope=scope)

    def again() -> None:
        facts_service.set_rule_fact(store, actor, year, code, rule_id, new, scope=scope)

    def back() -> None:
        facts_service.set_rule_fact(store, actor, year, code, rule_id, old, scope=scope)

    label = text or QCoreApplication.translate("Undo", "Edit {code}").replace("{code}", code)
    ctx.undo.push(ServiceCommand(label, again, back))


def record_criterion(ctx: AppContext, criterion: Any, value: Any) -> None:
    """Set one row of the rubric tree (a tick, a count, a value) as the logged-in user."""
    from evaldesk.services import facts as facts_service
    from evaldesk.ui.models import criteria

    current = facts_service.current_rule_fact(
        ctx.store, ctx.year, criterion.item_code, criterion.rule_id
    )
    new = criteria.with_value(criterion, current, value)
    text = QCoreApplication.translate("Undo", "Record {code}").replace(
        "{code}", criterion.item_code
    )
    set_rule_fact(ctx, criterion.item_code, criterion.rule_id, new, text=text, current=current)


def _as_json(code: str, data: dict[str, Any]) -> dict[str, Any]:
    from pydantic import ValidationError

    from evaldesk.errors import InputError
    from evaldesk.scoring.facts import RuleFact
    from evaldesk.services.facts import rule_fact_json

    try:
        return rule_fact_json(RuleFact.model_validate(data))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{code} {where}: {first['msg']}") from None


def push_change(ctx: AppContext, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
    """Do ``do()`` now (errors reach the caller) and push it with its ``undo`` for later."""
    result = do()
    ctx.undo.push(ServiceCommand(text, do, undo))
    return result


def try_change(
    ctx: AppContext, text: str, do: Callable[[], Any], undo: Callable[[], Any]
) -> str | None:
    """:func:`push_change` for a form field: the service's refusal as the message to show
    beside the field (None when it was done)."""
    try:
        push_change(ctx, text, do, undo)
    except EvalDeskError as exc:
        return error_text(exc)
    return None
