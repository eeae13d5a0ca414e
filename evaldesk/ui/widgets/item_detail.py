"""An item's original wording beside its score: 评估内容 / 评分标准 / 评估方法, the explanation
lines (the same ``Explanation.line()`` the CLI and the PDF print), the evidence expected, and
below them the item's evidence files (evaldesk.ui.widgets.item_evidence)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.rubrics.addresses import address_names, worded
from evaldesk.scoring.report import ItemResult
from evaldesk.ui import theme
from evaldesk.ui.widgets.file_drop import dropped_paths
from evaldesk.ui.widgets.item_evidence import ItemEvidence


def _block(title: str, text: str) -> str:
    if not text.strip():
        return ""
    body = "<br>".join(escape(line) for line in text.strip().splitlines())
    return f"<h4 style='margin-bottom:2px'>{escape(title)}</h4><p style='margin-top:0'>{body}</p>"


def item_html(
    item: m.Item,
    result: ItemResult | None,
    labels: dict[str, str],
    names: dict[str, str] | None = None,
) -> str:
    """The detail of one item as HTML (plain data in, text out: easy to test)."""
    parts = [f"<h3>{escape(item.code)}　{escape(item.title)}</h3>"]
    if result is not None:
        top = "" if result.max is None else f" / {fmt_points(result.max)}"
        colour = {"met": theme.GOOD, "not_met": theme.BAD}.get(result.status, theme.WARN)
        parts.append(
            f"<p><b style='color:{colour.name()}'>{escape(labels['score'])}"
            f" {fmt_points(result.score)}{top}</b>　{escape(labels[result.status])}</p>"
        )
        if result.explanations:
            lines = "".join(f"<li>{escape(e.line())}</li>" for e in result.explanations)
            parts.append(
                f"<h4 style='margin-bottom:2px'>{escape(labels['why'])}</h4><ul style='margin-top:0'>{lines}</ul>"
            )
        if result.initial is not None or result.final is not None:
            cells = [
                f"{escape(labels[k])} {fmt_points(v)}"
                for k, v in (("initial", result.initial), ("final", result.final))
                if v is not None
            ]
            parts.append(f"<p>{'　'.join(cells)}</p>")
    parts.append(_block(labels["content"], item.content))
    parts.append(_block(labels["criteria"], item.criteria))
    parts.append(_block(labels["method"], item.method))
    if item.evidence:
        attached = result.evidence_attached if result is not None else 0
        missing = result is not None and result.missing_evidence
        flag = (
            f"<span style='color:{theme.BAD.name()}'>{escape(labels['missing'])}</span>"
            if missing
            else escape(labels["attached"].replace("{n}", str(attached)))
        )
        rows = "".join(f"<li>{escape(e)}</li>" for e in item.evidence)
        parts.append(
            f"<h4 style='margin-bottom:2px'>{escape(labels['evidence'])}　{flag}</h4>"
            f"<ul style='margin-top:0'>{rows}</ul>"
        )
    if item.note:
        # The note is the rubric file's: it may name the file's fields (target, facts).
        parts.append(_block(labels["note"], worded(item.note, "zh" if _chinese() else "en", names)))
    return "".join(parts)


def _chinese() -> bool:
    from evaldesk.ui import i18n

    return i18n.current().startswith("zh")


def labels() -> dict[str, str]:
    return {
        "score": QCoreApplication.translate("ItemDetail", "Score"),
        "met": QCoreApplication.translate("ItemDetail", "met"),
        "not_met": QCoreApplication.translate("ItemDetail", "not met"),
        "not_assessed": QCoreApplication.translate("ItemDetail", "not assessed"),
        "why": QCoreApplication.translate("ItemDetail", "How the score is reached"),
        "initial": QCoreApplication.translate("ItemDetail", "Initial review"),
        "final": QCoreApplication.translate("ItemDetail", "Final review"),
        "content": QCoreApplication.translate("ItemDetail", "What is assessed (评估内容)"),
        "criteria": QCoreApplication.translate("ItemDetail", "Scoring standard (评分标准)"),
        "method": QCoreApplication.translate("ItemDetail", "Method (评估方法)"),
        "evidence": QCoreApplication.translate("ItemDetail", "Evidence expected"),
        "missing": QCoreApplication.translate("ItemDetail", "none attached"),
        "attached": QCoreApplication.translate("ItemDetail", "{n} file(s) attached"),
        "note": QCoreApplication.translate("ItemDetail", "Interpretation note"),
    }


class ItemDetail(QWidget):
    """The item's wording and score (a text pane) above its evidence files (with a context:
    the 自评 view; the review view shows the wording only). Files dropped anywhere on it are
    attached to the item."""

    def __init__(self, ctx: Any | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemDetail")
        self.ctx = ctx
        self.text = QTextBrowser()
        self.text.setObjectName("itemDetailText")
        self.text.setOpenExternalLinks(False)
        self.text.setAcceptDrops(False)  # a dropped file is evidence, not text to insert
        self.text.viewport().setAcceptDrops(False)
        self.evidence = ItemEvidence(ctx) if ctx is not None else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.text, 1)
        if self.evidence is not None:
            layout.addWidget(self.evidence)
        self.setAcceptDrops(self.evidence is not None)
        self.code: str | None = None
        self._shown: tuple[object, ...] | None = None

    def show_item(self, item: m.Item | None, result: ItemResult | None) -> None:
        # An unchanged item keeps the same result object (incremental scoring): no re-render.
        shown = (item, result)
        if self._shown is not None and all(a is b for a, b in zip(shown, self._shown, strict=True)):
            return
        self._shown = shown
        code = None if item is None else item.code
        if self.evidence is not None and code != self.code:
            self.evidence.show_item(code)
        self.code = code
        if item is None:
            self.text.setHtml(
                f"<p style='color:{theme.MUTED.name()}'>"
                + escape(
                    QCoreApplication.translate(
                        "ItemDetail", "Select an item to see its wording and how it is scored."
                    )
                )
                + "</p>"
            )
            return
        scroll = self.text.verticalScrollBar().value()
        names = address_names(self.ctx.rubric) if self.ctx is not None else None
        self.text.setHtml(item_html(item, result, labels(), names))
        self.text.verticalScrollBar().setValue(scroll)

    # ----------------------------------------------------------------- dropped files

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return (
            self.evidence is not None
            and self.code is not None
            and self.evidence.why_not() is None
            and bool(dropped_paths(event.mimeData()))
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
            assert self.evidence is not None
            self.evidence.set_highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        if self.evidence is not None:
            self.evidence.set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.evidence is not None:
            self.evidence.set_highlight(False)
        if not self._accepts(event):
            event.ignore()
            return
        event.acceptProposedAction()
        assert self.evidence is not None
        self.evidence.add_files(dropped_paths(event.mimeData()))
