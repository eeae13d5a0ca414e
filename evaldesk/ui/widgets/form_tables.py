"""Table widgets of the report form: a number grid with its checks, and a table of rows.

Both are laid out at their full height (the form scrolls as one page, like the paper form),
with a message line for refused edits.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evaldesk.rubrics import model as m
from evaldesk.scoring.form_result import FormCheckResult
from evaldesk.ui import theme
from evaldesk.ui.models.form_grid import FormGridModel
from evaldesk.ui.models.form_rows import FormRowsModel, Row, RowColumn
from evaldesk.ui.widgets.form_checks import CheckList

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


def fit_height(view: QTableView) -> None:
    """Make the view as tall as its rows: the page scrolls, not the table."""
    height = view.horizontalHeader().height() + 2 * view.frameWidth() + 2
    for row in range(view.model().rowCount()):
        height += view.rowHeight(row)
    if view.horizontalScrollBar().isVisible():
        height += view.horizontalScrollBar().height()
    view.setFixedHeight(height)


def message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color:{theme.BAD.name()};")
    label.hide()
    return label


class TextDelegate(QStyledItemDelegate):
    """Long text (完成情况) edited in a box that wraps; leaving the cell saves it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 4 + 10))
        editor.setGeometry(rect)


class GridBox(QGroupBox):
    """One number table of the form, editable, with the results of its checks beneath."""

    def __init__(
        self,
        table: m.Table,
        on_edit: Callable[[str, str, Decimal | None], bool],
        parent: QWidget | None = None,
    ) -> None:
        title = table.title
        if table.unit_label and table.unit_label not in title:
            title += f"（{table.unit_label}）"
        super().__init__(title, parent)
        self.setObjectName(f"grid_{table.id}")
        self.model = FormGridModel(table, self)
        self.model.on_edit = on_edit
        self.model.on_error = self._show_message
        self.view = QTableView()
        self.view.setObjectName(f"gridView_{table.id}")
        self.view.setModel(self.model)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.message = message_label(f"gridMessage_{table.id}")
        self.checks = CheckList()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        layout.addWidget(self.checks)
        self.model.modelReset.connect(lambda: fit_height(self.view))
        fit_height(self.view)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def show_values(
        self, cells: dict[str, dict[str, Decimal | None]], results: list[FormCheckResult]
    ) -> None:
        self.model.update(cells, results)
        self.checks.show_results(results)

    def clear_message(self) -> None:
        self.message.hide()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only


class RowsBox(QWidget):
    """Rows the office adds (indicators, 评价人员): a table, "remove row", a message line."""

    def __init__(
        self,
        name: str,
        columns: list[RowColumn],
        on_change: Callable[[list[Row]], bool],
        parent: QWidget | None = None,
        *,
        printed_rows: int = 0,
        wide_text: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.model = FormRowsModel(columns, self, printed_rows=printed_rows)
        self.model.on_change = on_change
        self.model.on_error = self._show_message
        self.view = QTableView()
        self.view.setObjectName(f"rows_{name}")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for n, column in enumerate(columns):
            header.setSectionResizeMode(n, QHeaderView.ResizeMode.Fixed)
            if column.id in wide_text:
                self.view.setItemDelegateForColumn(n, TextDelegate(self.view))
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.remove_button = QPushButton(translate("FormTables", "Remove the selected row"))
        self.remove_button.setObjectName(f"remove_{name}")
        self.remove_button.clicked.connect(self.remove_selected)
        self.hint = QLabel(translate("FormTables", "Type into the empty last row to add one."))
        self.hint.setStyleSheet(f"color:{theme.MUTED.name()};")
        self.message = message_label(f"rowsMessage_{name}")
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        """Columns share the width by weight (scores fixed), rows as tall as their text."""
        columns = self.model.columns
        header = self.view.horizontalHeader()
        fixed = 70
        free = self.view.viewport().width() - fixed * sum(1 for c in columns if c.number)
        weights = sum(c.weight for c in columns if not c.number) or 1
        for n, column in enumerate(columns):
            header.resizeSection(
                n, fixed if column.number else max(60, free * column.weight // weights)
            )
        self.view.resizeRowsToContents()
        fit_height(self.view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # wrapped text needs new row heights at a new width

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def set_rows(self, rows: list[Row]) -> None:
        self.model.set_rows(rows)
        self._fit()

    def remove_selected(self) -> None:
        self.message.hide()
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())

    def set_read_only(self, read_only: bool) -> None:
        if self.model.read_only != read_only:
            self.model.read_only = read_only
            self.model.beginResetModel()
            self.model.endResetModel()
        self.remove_button.setVisible(not read_only)
        self.hint.setVisible(not read_only)
