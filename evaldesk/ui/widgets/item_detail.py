"""An item's original wording beside its score: 评估内容 / 评分标准 / 评估方法, the explanation
lines (the same ``Explanation.line()`` the CLI and the PDF print), the evidence expected."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.report import ItemResult
from evaldesk.ui import theme


def _block(title: str, text: str) -> str:
    if not text.strip():
        return ""
    body = "<br>".join(escape(line) for line in text.strip().splitlines())
    return f"<h4 style='margin-bottom:2px'>{escape(title)}</h4><p style='margin-top:0'>{body}</p>"


def item_html(item: m.Item, result: ItemResult | None, labels: dict[str, str]) -> str:
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
        parts.append(_block(labels["note"], item.note))
    return "".join(parts)


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


class ItemDetail(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemDetail")
        self.setOpenExternalLinks(False)
        self.code: str | None = None

    def show_item(self, item: m.Item | None, result: ItemResult | None) -> None:
        self.code = None if item is None else item.code
        if item is None:
            self.setHtml(
                f"<p style='color:{theme.MUTED.name()}'>"
                + escape(
                    QCoreApplication.translate(
                        "ItemDetail", "Select an item to see its wording and how it is scored."
                    )
                )
                + "</p>"
            )
            return
        scroll = self.verticalScrollBar().value()
        self.setHtml(item_html(item, result, labels()))
        self.verticalScrollBar().setValue(scroll)
