"""文件 → 导入考核细则…: a sender's Word or Excel table, its columns mapped in a preview.

The preview shows the sections and items the numbering gives, with points, and beside each
item the rule suggested by its 评分标准 and the sentence it came from (※: a suggestion, to be
confirmed in the rubric editor). Problems are listed with their row; with any, nothing can be
saved. The column mapping is remembered for the same header row (in the data folder).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import EvalDeskError
from evaldesk.rubrics.importing import FIELDS, Draft, Grid, Layout
from evaldesk.rubrics.importing.columns import letter, with_map
from evaldesk.services.rubric_files import RubricChoice
from evaldesk.ui.context import AppContext
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP
from evaldesk.ui.message_text import error_text
from evaldesk.ui.widgets.screen_fit import resize_within_screen

FIELD_TITLES = {
    "section": QT_TRANSLATE_NOOP("RubricImportDialog", "Category (区块)"),
    "code": QT_TRANSLATE_NOOP("RubricImportDialog", "Number (序号)"),
    "title": QT_TRANSLATE_NOOP("RubricImportDialog", "Item (考核项目)"),
    "points": QT_TRANSLATE_NOOP("RubricImportDialog", "Points (分值)"),
    "content": QT_TRANSLATE_NOOP("RubricImportDialog", "Content (考核内容)"),
    "criteria": QT_TRANSLATE_NOOP("RubricImportDialog", "Criteria (评分标准)"),
    "method": QT_TRANSLATE_NOOP("RubricImportDialog", "Method (考核方法)"),
    "evidence": QT_TRANSLATE_NOOP("RubricImportDialog", "Evidence (佐证材料)"),
}
MARK = "※"


class RubricImportDialog(QDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: RubricChoice | None = None
        self.path: Path | None = None
        self.grids: list[Grid] = []
        self.grid: Grid | None = None
        self.layout_: Layout | None = None
        self.draft: Draft | None = None
        self.setWindowTitle(self.tr("Import a rubric table"))
        resize_within_screen(self, 1100, 680)

        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setObjectName("importFile")
        choose = QPushButton(self.tr("Choose a &Word or Excel file…"))
        choose.clicked.connect(self._choose)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)

        mapping_box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(mapping_box)
        self.columns: dict[str, QComboBox] = {}
        for index, name in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns[name] = combo
            grid.addWidget(QLabel(self.tr(FIELD_TITLES[name])), index // 4 * 2, index % 4)
            grid.addWidget(combo, index // 4 * 2 + 1, index % 4)
        self.rubric_id = QLineEdit()
        self.rubric_id.setPlaceholderText(self.tr("id, e.g. county-2025"))
        self.title = QLineEdit()
        self.allow_sums = QCheckBox(
            self.tr("Import even where points do not &add up (kept as a note)")
        )
        self.allow_sums.toggled.connect(self._rebuild)
        self.rubric_id.editingFinished.connect(self._rebuild)
        self.title.editingFinished.connect(self._rebuild)
        names = QHBoxLayout()
        names.addWidget(QLabel(self.tr("Title")))
        names.addWidget(self.title, 2)
        names.addWidget(QLabel(self.tr("Id")))
        names.addWidget(self.rubric_id, 1)

        self.preview = QTreeWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setColumnCount(5)
        self.preview.setHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Item"),
                self.tr("Points"),
                self.tr("Suggested rule"),
                self.tr("From the sentence"),
            ]
        )
        header = self.preview.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.preview.setColumnWidth(1, 220)
        self.preview.setColumnWidth(3, 180)
        self.preview.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.preview)
        split.addWidget(self.problems)
        split.setSizes([480, 120])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box)
        layout.addLayout(names)
        layout.addWidget(self.allow_sums)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        if path is not None:
            self.open_file(path)

    # ---------------------------------------------------------------- the file

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Rubric table"), "", self.tr("Word or Excel tables (*.docx *.xlsx)")
        )
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        from evaldesk.services import rubric_import

        try:
            self.grids, self.grid, guessed = rubric_import.tables(path)
        except EvalDeskError as exc:
            self._show_problems([error_text(exc)], [])
            return
        self.path = path
        self.file_label.setText(f"{path.name} — {self.grid.name}")
        self.layout_ = (
            rubric_import.remembered(self.ctx.store, guessed) if guessed.columns else guessed
        )
        if not self.layout_.columns:
            self.layout_ = guessed
        self._fill_columns()
        self._rebuild()

    def _fill_columns(self) -> None:
        assert self.layout_ is not None and self.grid is not None
        for name, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the table)"), None)
            for col in range(self.grid.width):
                header = self.layout_.headers[col] if col < len(self.layout_.headers) else ""
                combo.addItem(f"{letter(col)}  {' '.join(header.split())}", col)
            combo.setCurrentIndex(max(0, combo.findData(self.layout_.column(name))))  # type: ignore[arg-type]
            combo.blockSignals(False)

    def _mapping_changed(self) -> None:
        if self.layout_ is None:
            return
        sender = self.sender()
        changes = {
            name: combo.currentData() for name, combo in self.columns.items() if combo is sender
        }
        self.layout_ = with_map(self.layout_, changes)  # type: ignore[arg-type]
        self._fill_columns()
        self._rebuild()

    # ---------------------------------------------------------------- the preview

    def _rebuild(self) -> None:
        from evaldesk.services import rubric_import

        if self.grid is None or self.layout_ is None or self.path is None:
            return
        self.draft = rubric_import.draft(
            self.grid,
            self.layout_,
            self.path.name,
            rubric_id=self.rubric_id.text().strip() or None,
            title=self.title.text().strip() or None,
            allow_sums=self.allow_sums.isChecked(),
        )
        self._show_tree()
        self._show_problems(
            [e.text() for e in self.draft.errors], [w.text() for w in self.draft.warnings]
        )
        self.save_button.setEnabled(self.draft.ok)
        if self.draft.loaded is not None:
            rubric = self.draft.loaded.rubric
            if not self.title.text():
                self.title.setPlaceholderText(rubric.title)
            if not self.rubric_id.text():
                self.rubric_id.setPlaceholderText(rubric.id)

    def _show_tree(self) -> None:
        from evaldesk import kinds

        assert self.draft is not None
        self.preview.clear()
        loaded = self.draft.loaded
        if loaded is None:  # not buildable: show what was read
            for row in self.draft.built.rows:
                if row.kind in ("section", "item"):
                    entry = QTreeWidgetItem([row.code, row.title, _points(row.points), "", ""])
                    self.preview.addTopLevelItem(entry)
            return
        for section in loaded.rubric.sections:
            top = QTreeWidgetItem([section.code, section.title, _points(section.points), "", ""])
            top.setFirstColumnSpanned(False)
            font = top.font(1)
            font.setBold(True)
            top.setFont(1, font)
            self.preview.addTopLevelItem(top)
            for item in section.items:
                rules = "、".join(kinds.get(r.kind).title.text() for r in item.rules)
                sentence = " / ".join(r.text for r in item.rules if r.text)
                child = QTreeWidgetItem(
                    [
                        item.code,
                        item.title,
                        _points(item.points),
                        f"{MARK} {rules}" if rules else "",
                        sentence,
                    ]
                )
                child.setToolTip(4, item.criteria)
                child.setForeground(3, QBrush(QColor("#8a5a00")))
                top.addChild(child)
            top.setExpanded(True)

    def _show_problems(self, errors: list[str], warnings: list[str]) -> None:
        self.problems.clear()
        for text in errors:
            self.problems.addItem(self.tr("Error: %1").replace("%1", text))
            self.problems.item(self.problems.count() - 1).setForeground(QBrush(QColor("#c62828")))
        for text in warnings:
            self.problems.addItem(self.tr("Note: %1").replace("%1", text))
        if not errors and not warnings and self.draft is not None and self.draft.ok:
            self.problems.addItem(
                self.tr(
                    "No problem found. The rules marked %1 are suggestions: confirm them in the rubric editor."
                ).replace("%1", MARK)
            )

    # ---------------------------------------------------------------- saving

    def _save(self) -> None:
        from evaldesk.services import rubric_import

        if self.draft is None or not self.draft.ok:
            return
        try:
            self.saved = rubric_import.save_draft(self.ctx.store, self.ctx.actor, self.draft)
        except EvalDeskError as exc:
            self._show_problems([error_text(exc)], [])
            return
        self.accept()


def _points(value: object) -> str:
    if value is None:
        return ""
    from decimal import Decimal

    from evaldesk.decimals import fmt_points

    return fmt_points(value) if isinstance(value, Decimal) else str(value)
