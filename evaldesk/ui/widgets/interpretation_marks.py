"""The mark beside a value the source document does not print, and what its tooltip says.

Every place that shows such a value (an item's or section's points in the rubric tree, a part,
the total and its maximum in the score panel, the PDF) puts ``MARK`` beside it; the tooltip
names each interpretation: what it decides, its kind, why, and the source sentence it rests on.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication

from evaldesk.scoring.report import InterpretationUse, ScoreReport
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

#: 注 mark: the sign Chinese documents use for a note.
MARK = "※"

NOT_PRINTED = QT_TRANSLATE_NOOP("Interpretations", "Not printed in the source document")
FROM = QT_TRANSLATE_NOOP("Interpretations", "From: {document}")
SOURCE = QT_TRANSLATE_NOOP("Interpretations", "Source: “{text}”")

KINDS = {
    "derived": QT_TRANSLATE_NOOP("Interpretations", "derived"),
    "assumed": QT_TRANSLATE_NOOP("Interpretations", "assumed"),
    "other_document": QT_TRANSLATE_NOOP("Interpretations", "from another document"),
    "addition": QT_TRANSLATE_NOOP("Interpretations", "added"),
    "office": QT_TRANSLATE_NOOP("Interpretations", "set by the office"),
    "suggested": QT_TRANSLATE_NOOP("Interpretations", "suggested, not confirmed"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Interpretations", text)


def kind_text(kind: str) -> str:
    return _t(KINDS.get(kind, kind))


def marked(text: str, ids: Iterable[str]) -> str:
    """``text`` with the mark when any interpretation bears on it."""
    return f"{text}{MARK}" if any(True for _ in ids) else text


def on_points(report: ScoreReport, kind: str, code: str) -> tuple[str, ...]:
    """The interpretations deciding an item's or section's points (its maximum) itself, or the
    whole entry: ``kind`` is ``item`` or ``section``."""
    points, whole = f"{kind}[{code}].points", f"{kind}[{code}]"
    return tuple(
        u.id for u in report.interpretations if points in u.applies_to or whole in u.applies_to
    )


def tooltip(report: ScoreReport, ids: Iterable[str]) -> str:
    """Rich text naming each interpretation in ``ids`` (empty when there is none)."""
    by_id = {u.id: u for u in report.interpretations}
    found = [by_id[i] for i in ids if i in by_id]
    if not found:
        return ""
    lines = [f"<b>{MARK} {escape(_t(NOT_PRINTED))}</b>"]
    lines += [_describe(u) for u in found]
    return "<br>".join(lines)


def _describe(use: InterpretationUse) -> str:
    kind = kind_text("office" if use.set_by_office else use.kind)
    text = f"<b>{escape(use.title)}</b>（{escape(kind)}）：{escape(use.reason)}"
    if use.document:
        text += "<br>" + escape(_t(FROM).replace("{document}", use.document))
    if use.source:
        text += "<br><i>" + escape(_t(SOURCE).replace("{text}", use.source)) + "</i>"
    return text
