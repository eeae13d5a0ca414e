"""Undo and redo of edits (QUndoStack): every undoable service call returns the Changes it
made, and its command replays them — the inverse for undo, the changes again for redo.

An edit is first done directly (so a refusal — PermissionDenied, Locked, a bad value — reaches
the caller and its error dialog, and nothing is pushed); only a call that changed a fact is
pushed. Undo and redo go through ``services.facts.replay`` as the logged-in user: they are
ordinary, checked, audited changes. If one is refused (the year was approved meanwhile), the
error is shown and the command is dropped from the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from evaldesk.errors import EvalDeskError
from evaldesk.services import facts as facts_service
from evaldesk.services.changes import Changes
from evaldesk.ui.errors import show_error
from evaldesk.ui.message_text import error_text

if TYPE_CHECKING:
    from evaldesk.kinds.base import Row
    from evaldesk.ui.context import AppContext


class ChangeCommand(QUndoCommand):
    """An edit already made; undo writes its facts back, redo writes them again."""

    def __init__(self, ctx: AppContext, text: str, changes: Changes) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._changes = changes
        self._done = True  # QUndoStack.push() calls redo() at once: the edit is already made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._changes)

    def undo(self) -> None:
        self._run(self._changes.inverse())

    def _run(self, changes: Changes) -> None:
        # Exceptions must not escape into Qt's C++ caller; the error dialog shows them.
        try:
            facts_service.replay(self._ctx.store, self._ctx.actor, changes)
        except Exception as exc:
            self.setObsolete(True)
            show_error(None, exc)


def apply(ctx: AppContext, text: str, do: Callable[[], Changes]) -> Changes:
    """Make a change now (a refusal reaches the caller) and push it for undo."""
    changes = do()
    if changes.facts:
        ctx.undo.push(ChangeCommand(ctx, text, changes))
    return changes


def try_apply(ctx: AppContext, text: str, do: Callable[[], Changes]) -> str | None:
    """:func:`apply` for a form field: the refusal as the message to show beside the field
    (None when it was done)."""
    try:
        apply(ctx, text, do)
    except EvalDeskError as exc:
        return error_text(exc)
    return None


def record_row(ctx: AppContext, row: Row, value: Any) -> Changes:
    """Set one row of the rubric tree (a tick, a count, a value) as the logged-in user."""
    text = QCoreApplication.translate("Undo", "Record {code}").replace("{code}", row.item_code)
    store, actor, year = ctx.store, ctx.actor, ctx.year
    return apply(ctx, text, lambda: facts_service.record(store, actor, year, row, value))


def set_rule_fact(
    ctx: AppContext,
    code: str,
    rule_id: str,
    new: dict[str, Any] | None,
    *,
    text: str = "",
    scope: str = "item",
) -> Changes:
    """Record the facts of one rule as the logged-in user, undoably. Raises on refusal."""
    label = text or QCoreApplication.translate("Undo", "Edit {code}").replace("{code}", code)
    store, actor, year = ctx.store, ctx.actor, ctx.year
    return apply(
        ctx,
        label,
        lambda: facts_service.set_rule_fact(store, actor, year, code, rule_id, new, scope=scope),
    )
