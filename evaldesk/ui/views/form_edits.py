"""Saving a report form's values through the services, as the signed-in user, undoably.

Each method checks what was typed first (a number, a date, a score within the category's
points) and answers with a message in the interface language when it is refused, so the form
can show it on the field; nothing is saved then. A saved value is one audited change with an
undo command that puts the previous value back through the same service.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from evaldesk.decimals import fmt_points
from evaldesk.errors import EvalDeskError, InputError
from evaldesk.scoring.indicator_scores import manual_rule_id
from evaldesk.services import facts as facts_service
from evaldesk.services.form_values import field_type, parse_date, parse_number
from evaldesk.ui.message_text import error_text
from evaldesk.ui.undo import apply, try_apply

if TYPE_CHECKING:
    from evaldesk.services.changes import Changes
    from evaldesk.ui.context import AppContext


translate = QCoreApplication.translate


def not_a_number(text: str) -> str:
    return translate("FormEdits", "“{text}” is not a number; it was not saved.").replace(
        "{text}", text.strip()
    )


class FormEdits:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _push(self, label: str, do: Callable[[], Changes]) -> str | None:
        return try_apply(self.ctx, label, do)

    # ----------------------------------------------------------------- profile

    def profile(self, field_id: str, text: str) -> str | None:
        """A profile field or a sign-off block's opinion / signer / date."""
        ctx = self.ctx
        kind, label = field_type(ctx.rubric, field_id)
        try:
            if kind == "number" and text.strip():
                parse_number(text, label)
            elif kind == "date" and text.strip():
                parse_date(text, label)
        except InputError:
            if kind == "number":
                return not_a_number(text)
            return translate(
                "FormEdits", "“{text}” is not a date; type it as 2023年2月20日. It was not saved."
            ).replace("{text}", text.strip())
        new = text if text.strip() else None
        store, actor, year = ctx.store, ctx.actor, ctx.year
        return self._push(
            translate("FormEdits", "Fill in {field}").replace("{field}", label),
            lambda: facts_service.set_profile_field(store, actor, year, field_id, new),
        )

    # ----------------------------------------------------------------- cells and rows

    def cell(self, table_id: str, row_id: str, column_id: str, value: Decimal | None) -> bool:
        ctx = self.ctx
        store, actor, year = ctx.store, ctx.actor, ctx.year
        apply(
            ctx,
            translate("FormEdits", "Fill in a table cell"),
            lambda: facts_service.set_table_cell(
                store, actor, year, table_id, row_id, column_id, value
            ),
        )
        return True

    def indicators(self, code: str, rows: list[dict[str, str]]) -> bool:
        ctx = self.ctx
        new = [
            {
                "target": r.get("target", ""),
                "completion": r.get("completion", ""),
                **({"score": r["score"]} if r.get("score") else {}),
            }
            for r in rows
        ]
        store, actor, year = ctx.store, ctx.actor, ctx.year
        apply(
            ctx,
            translate("FormEdits", "Edit the indicators of {code}").replace("{code}", code),
            lambda: facts_service.set_indicators(store, actor, year, code, new or None),
        )
        return True

    def text_rows(self, table_id: str, rows: list[dict[str, str]]) -> bool:
        ctx = self.ctx
        store, actor, year = ctx.store, ctx.actor, ctx.year
        apply(
            ctx,
            translate("FormEdits", "Edit a table of names"),
            lambda: facts_service.set_text_rows(store, actor, year, table_id, rows or None),
        )
        return True

    # ----------------------------------------------------------------- category scores

    def category_score(self, code: str, text: str) -> str | None:
        """The score of a category (the item's manual rule), within 0 and its points."""
        from evaldesk.ui.undo import set_rule_fact

        ctx = self.ctx
        item = ctx.rubric.item(code)
        rid = manual_rule_id(item) if item is not None else None
        if item is None or rid is None:
            return translate("FormEdits", "This category has no score to enter.")
        score: Decimal | None = None
        if text.strip():
            try:
                score = parse_number(text, item.title)
            except InputError:
                return not_a_number(text)
            top = item.points
            if score < 0 or (top is not None and score > top):
                return (
                    translate(
                        "FormEdits",
                        "A score of {title} lies between 0 and {max}; it was not saved.",
                    )
                    .replace("{title}", item.title)
                    .replace("{max}", fmt_points(top) if top is not None else "?")
                )
        try:
            set_rule_fact(
                ctx,
                code,
                rid,
                None if score is None else {"score": score},
                text=translate("FormEdits", "Score {title}").replace("{title}", item.title),
            )
        except EvalDeskError as exc:
            return error_text(exc)
        return None
