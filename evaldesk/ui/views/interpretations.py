"""解释口径: every value of the year's rubric that its source document does not print.

One row per interpretation: what it decides, its kind (derived, assumed, from another document,
added, set by the office), the value in force, why, and the source sentence it rests on. Where
the rubric leaves a value to the office, an administrator sets it here (undoable, audited,
locked with the year's approval); the score follows at once.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.decimals import fmt_points
from evaldesk.rubrics.addresses import address_names, readable
from evaldesk.scoring.report import InterpretationUse, ScoreReport
from evaldesk.ui import i18n, permissions
from evaldesk.ui.context import AppContext
from evaldesk.ui.errors import guarded
from evaldesk.ui.widgets.interpretation_marks import MARK, kind_text

ID = Qt.ItemDataRole.UserRole + 1
TITLE, KIND, VALUE, APPLIES = range(4)


class InterpretationsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("interpretationsView")
        self.intro = QLabel(
            self.tr(
                "{mark} These values are not printed in the source document: EvalDesk derived, "
                "assumed or took them from another document, and says why. Every place that "
                "shows one of them carries the mark {mark}."
            ).replace("{mark}", MARK)
        )
        self.intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("interpretationsTable")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnCount(4)
        self.table.setHeaderLabels(
            [self.tr("What"), self.tr("Kind"), self.tr("Value"), self.tr("Applies to")]
        )
        header = self.table.header()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, VALUE, APPLIES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.itemChanged.connect(self._value_edited)
        self.table.currentItemChanged.connect(lambda *_: self._show_selected())
        self.detail = QLabel()
        self.detail.setObjectName("interpretationDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settable_note = QLabel()
        self.settable_note.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.settable_note)
        layout.addWidget(split, 1)
        self._filling = False
        self._uses: dict[str, InterpretationUse] = {}
        ctx.score_changed.connect(self._fill)
        self._fill(ctx.report())

    # ----------------------------------------------------------------- rows

    def _fill(self, report: ScoreReport) -> None:
        self._uses = {u.id: u for u in report.interpretations}
        why_not = permissions.reason(self.ctx.actor, "interpretations.set")
        self.settable_note.setText(
            self.tr("Values marked ✎ are left to the office: double-click to set them.")
            if why_not is None
            else self.tr("Values marked ✎ are left to the office; {reason}.").replace(
                "{reason}", why_not.rstrip("。.")
            )
        )
        current = self.table.currentItem()
        chosen = current.data(TITLE, ID) if current is not None else None
        self._filling = True
        self.table.clear()
        lang = "zh" if i18n.current().startswith("zh") else "en"
        joiner = "、" if lang == "zh" else ", "
        names = address_names(self.ctx.rubric)
        for use in report.interpretations:
            value = fmt_points(use.value) if use.value is not None else "—"
            row = QTreeWidgetItem(
                [
                    f"{MARK} {use.title}",
                    kind_text("office" if use.set_by_office else use.kind),
                    f"{value} ✎" if use.settable else value,
                    joiner.join(readable(a, lang, names) for a in use.applies_to),
                ]
            )
            row.setData(TITLE, ID, use.id)
            row.setToolTip(TITLE, use.reason)
            if use.settable and why_not is None:
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
            self.table.addTopLevelItem(row)
            if use.id == chosen:
                self.table.setCurrentItem(row)
        self._filling = False
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        self._show_selected()

    def _show_selected(self) -> None:
        current = self.table.currentItem()
        use = self._uses.get(current.data(TITLE, ID)) if current is not None else None
        if use is None:
            self.detail.setText("")
            return
        parts = [f"<b>{escape(use.title)}</b>", escape(use.reason)]
        if use.document:
            parts.append(escape(self.tr("From: {document}").replace("{document}", use.document)))
        if use.source:
            parts.append(
                "<i>" + escape(self.tr("Source: “{text}”").replace("{text}", use.source)) + "</i>"
            )
        self.detail.setText("<br>".join(parts))

    # ----------------------------------------------------------------- setting

    def _value_edited(self, row: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != VALUE:
            return
        interp_id = row.data(TITLE, ID)
        text = row.text(VALUE).replace("✎", "").strip()
        self.set_value(str(interp_id), text)

    def set_value(self, interp_id: str, text: str) -> bool:
        """Set an office value ("" goes back to the rubric's own); True when it was saved."""
        from evaldesk.services import interpretations
        from evaldesk.ui.undo import apply

        store, actor, year = self.ctx.store, self.ctx.actor, self.ctx.year
        use = self._uses.get(interp_id)
        label = self.tr("Set {what}").replace("{what}", use.title if use else interp_id)
        with guarded(self):
            apply(
                self.ctx,
                label,
                lambda: interpretations.set_value(store, actor, year, interp_id, text or None),
            )
            return True
        self._fill(self.ctx.report())  # put the value in force back
        return False
