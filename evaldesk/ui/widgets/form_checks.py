"""The results of a report form's checks, next to the table (or category) they check.

Each line is what the PDF prints: the check's wording, its result (相符 / 有差异（在容差内）/ 不符 /
未填写 / 不适用) and the detail with the computed and the stated figures. The wording and the
detail come from the engine in Chinese (like the rubric's own text); the result word follows
the interface language.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from evaldesk.scoring.form_result import FormCheckResult
from evaldesk.ui import theme
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

STATUS = {
    "ok": QT_TRANSLATE_NOOP("FormChecks", "matches"),
    "within_tolerance": QT_TRANSLATE_NOOP("FormChecks", "differs within tolerance"),
    "mismatch": QT_TRANSLATE_NOOP("FormChecks", "does not match"),
    "not_filled": QT_TRANSLATE_NOOP("FormChecks", "not filled"),
    "not_applicable": QT_TRANSLATE_NOOP("FormChecks", "not applicable"),
}
COLOURS = {
    "ok": theme.GOOD,
    "within_tolerance": QColor("#b26a00"),
    "mismatch": theme.BAD,
    "not_filled": theme.WARN,
    "not_applicable": theme.MUTED,
}
MARKS = {"ok": "✓", "within_tolerance": "≈", "not_applicable": "－"}


def _t(text: str) -> str:
    return QCoreApplication.translate("FormChecks", text)


def status_text(status: str) -> str:
    return _t(STATUS.get(status, status))


def check_html(result: FormCheckResult) -> str:
    colour = COLOURS.get(result.status, theme.BAD).name()
    mark = MARKS.get(result.status, "✗")
    detail = f"：{escape(result.detail)}" if result.detail else ""
    muted = theme.MUTED.name() if result.status == "not_applicable" else "inherit"
    return (
        f"<div style='margin:1px 0'><b style='color:{colour}'>{mark} "
        f"〔{escape(status_text(result.status))}〕</b> "
        f"<span style='color:{muted}'>{escape(result.text)}{detail}</span></div>"
    )


def tally(results: list[FormCheckResult]) -> str:
    """ "N checks: matches 40, not filled 4, …" in the interface language."""
    counts: Counter[str] = Counter(r.status for r in results)
    parts = [
        translate("FormChecks", "{status} {n}")
        .replace("{status}", status_text(s))
        .replace("{n}", str(counts[s]))
        for s in STATUS
        if counts.get(s)
    ]
    return (
        translate("FormChecks", "{n} checks: {parts}")
        .replace("{n}", str(len(results)))
        .replace("{parts}", translate("FormChecks", ", ").join(parts))
    )


class CheckList(QLabel):
    """The check results of one table or category, one line each, coloured by result.

    Checks that do not apply (a row the form leaves unused) are counted in one muted line
    unless ``show_inapplicable`` is set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formChecks")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results: list[FormCheckResult] = []
        self.show_inapplicable = False
        self._html = ""

    def show_results(self, results: list[FormCheckResult]) -> None:
        self.results = list(results)
        self._render()

    def set_show_inapplicable(self, show: bool) -> None:
        self.show_inapplicable = show
        self._render()

    def shown(self) -> list[FormCheckResult]:
        """The results listed line by line."""
        if self.show_inapplicable:
            return self.results
        return [r for r in self.results if r.status != "not_applicable"]

    def _render(self) -> None:
        shown = self.shown()
        html = "".join(check_html(r) for r in shown)
        hidden = len(self.results) - len(shown)
        if hidden:
            html += (
                f"<div style='color:{theme.MUTED.name()}'>"
                + escape(
                    translate("FormChecks", "{n} more do not apply (rows not used).").replace(
                        "{n}", str(hidden)
                    )
                )
                + "</div>"
            )
        if html != self._html:
            self._html = html
            self.setText(html)
        self.setVisible(bool(self.results))
