"""佐证资料: the year's evidence files with previews, their links, notes; drop files to add.

Left: a filter (all / unlinked / one rubric item) and the files as a grid of thumbnails.
Right: the selected file's preview (or "open with the system viewer"), its name, size, type,
note and links (to rubric items, ledger entries, dispatch quarters), which can be added and
removed. Files dropped anywhere on the view are added, linked to the item being filtered on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from evaldesk.services import evidence, evidence_browse
from evaldesk.services.evidence import item_link, ledger_link
from evaldesk.services.evidence_browse import EvidenceRec, LinkRec, human_size
from evaldesk.services.ledger_table import get_entry
from evaldesk.services.records_lookup import item_choices
from evaldesk.services.roles import why_not
from evaldesk.ui.errors import guarded
from evaldesk.ui.models.evidence_records import THUMB, EvidenceListModel, EvidenceRole, details_of
from evaldesk.ui.ops import Op
from evaldesk.ui.widgets.attach import AttachResult, attach_files
from evaldesk.ui.widgets.file_drop import dropped_paths
from evaldesk.ui.widgets.ledger_picker import LedgerPicker
from evaldesk.ui.widgets.preview import PreviewWidget, open_outside

ALL, UNLINKED = "__all__", "__unlinked__"
LinkRole = int(Qt.ItemDataRole.UserRole) + 1


class EvidenceView(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_op: Op[Any] | None = None
        self.setAcceptDrops(True)
        self._items: dict[str, str] = {}

        self.filter = QComboBox()
        self.filter.setMinimumContentsLength(18)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.count = QLabel()
        self.model = EvidenceListModel(ctx.store, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 64, THUMB.height() + 48))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self.preview = PreviewWidget()
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(54)
        self.save_note = QPushButton(self.tr("&Save note"))
        self.links = QListWidget()
        self.links.setFixedHeight(96)
        self.remove_link = QPushButton(self.tr("&Remove link"))
        self.link_item = QComboBox()
        self.link_item.setMinimumContentsLength(12)
        self.link_item_button = QPushButton(self.tr("Link to &item"))
        self.link_entry = LedgerPicker(ctx)
        self.link_entry_button = QPushButton(self.tr("Link to le&dger entry"))
        self.link_quarter = QComboBox()
        for quarter in (1, 2, 3, 4):
            self.link_quarter.addItem(self.tr("Q%1").replace("%1", str(quarter)), quarter)
        self.link_quarter_button = QPushButton(self.tr("Link to &quarter"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter, 1)
        top.addWidget(self.add_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("File"), self.details)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.save_note)
        form.addRow(self.tr("Note"), note_row)
        links_row = QVBoxLayout()
        links_row.addWidget(self.links)
        links_row.addWidget(self.remove_link, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Linked to"), links_row)
        for widget, button in (
            (self.link_item, self.link_item_button),
            (self.link_entry, self.link_entry_button),
            (self.link_quarter, self.link_quarter_button),
        ):
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(button)
            form.addRow("", row)
        right_layout.addLayout(form)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.filter.currentIndexChanged.connect(self.reload)
        self.list.selectionModel().currentChanged.connect(lambda *_: self.show_current())
        self.add_button.clicked.connect(self.choose_files)
        self.save_note.clicked.connect(self.save_current_note)
        self.remove_link.clicked.connect(self.remove_current_link)
        self.link_item_button.clicked.connect(
            lambda: self.add_link(item_link(str(self.link_item.currentData())))
        )
        self.link_entry_button.clicked.connect(self.link_to_entry)
        self.link_quarter_button.clicked.connect(self.link_to_quarter)
        self.preview.open_requested.connect(self.open_current)
        ctx.changed.connect(self.on_changed)
        self._fill_filters()
        self.reload()

    # ------------------------------------------------------------------ data

    def _fill_filters(self) -> None:
        choices = item_choices(self.ctx.store, self.ctx.year)
        self._items = {c.code: c.title for c in choices}
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All files"), ALL)
        self.filter.addItem(self.tr("Not linked to anything"), UNLINKED)
        self.link_item.clear()
        for choice in choices:
            self.filter.addItem(choice.label, choice.code)
            self.link_item.addItem(choice.label, choice.code)
        self.filter.blockSignals(False)

    def focus_search(self) -> None:
        """Ctrl+F: the list's filter (which files to show)."""
        self.filter.setFocus()

    def set_filter(self, key: str) -> None:
        self.filter.setCurrentIndex(max(0, self.filter.findData(key)))

    def reload(self) -> None:
        current = self.current()
        key = self.filter.currentData()
        rows = evidence_browse.list_evidence(
            self.ctx.store,
            self.ctx.year,
            item_code=None if key in (ALL, UNLINKED, None) else str(key),
            unlinked=key == UNLINKED,
        )
        self.model.set_rows(rows)
        total = sum(r.size for r in rows)
        self.count.setText(
            self.tr("%1 file(s), %2").replace("%1", str(len(rows))).replace("%2", human_size(total))
        )
        row = self.model.row_of(current.id) if current is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self.show_current()

    def on_changed(self, kinds: set[str]) -> None:
        if "year" in kinds:
            self._fill_filters()
            self.reload()
        elif kinds & {"evidence", "approval"}:
            self.reload()

    def current(self) -> EvidenceRec | None:
        index = self.list.currentIndex()
        return index.data(EvidenceRole) if index.isValid() else None

    def select(self, evidence_id: int) -> None:
        row = self.model.row_of(evidence_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def link_label(self, link: LinkRec) -> str:
        if link.kind == "item" and link.item_code is not None:
            title = self._items.get(link.item_code, "")
            return self.tr("Rubric item %1").replace("%1", f"{link.item_code} {title}".strip())
        if link.kind == "ledger" and link.ledger_id is not None:
            try:
                title = get_entry(self.ctx.store, link.ledger_id).title
            except Exception:  # an entry of another year or gone: still show the number
                title = ""
            return self.tr("Ledger entry #%1").replace("%1", str(link.ledger_id)) + (
                f" {title}" if title else ""
            )
        if link.dispatch_id is not None:
            quarter = evidence_browse.dispatch_quarter(self.ctx.store, link.dispatch_id)
            return self.tr("Dispatch report, quarter %1").replace("%1", str(quarter))
        return link.target

    def show_current(self) -> None:
        rec = self.current()
        editable = why_not(self.ctx.actor, "evidence.edit")
        for widget in (
            self.save_note,
            self.remove_link,
            self.link_item_button,
            self.link_entry_button,
            self.link_quarter_button,
        ):
            widget.setEnabled(rec is not None and editable is None)
            widget.setToolTip(editable.text() if editable is not None else "")
        self.add_button.setEnabled(editable is None)
        self.links.clear()
        if rec is None:
            self.preview.clear()
            self.name.clear()
            self.details.clear()
            self.note_edit.clear()
            return
        self.preview.show_file(self.model.path(rec), rec.mime)
        self.name.setText(rec.original_name)
        self.details.setText(details_of(self.ctx.store, rec))
        self.note_edit.setPlainText(rec.note)
        for link in rec.links:
            item = QListWidgetItem(self.link_label(link))
            item.setData(LinkRole, link)
            self.links.addItem(item)
        self.remove_link.setEnabled(self.remove_link.isEnabled() and bool(rec.links))

    # ------------------------------------------------------------------ actions

    def open_current(self) -> None:
        rec = self.current()
        if rec is not None:
            open_outside(self, self.ctx, rec)

    def save_current_note(self) -> None:
        rec = self.current()
        if rec is not None:
            with guarded(self):
                evidence.set_note(
                    self.ctx.store, self.ctx.actor, rec.id, self.note_edit.toPlainText()
                )
                self.reload()

    def add_link(self, link: LinkRec) -> None:
        rec = self.current()
        if rec is not None:
            with guarded(self):
                evidence.link(self.ctx.store, self.ctx.actor, rec.id, link)
                self.reload()

    def link_to_entry(self) -> None:
        """Link the current file to the ledger entry picked by its 事项."""
        if self.link_entry.entry_id is None:
            self.message.setText(self.tr("Type part of an entry's title and pick it from the list"))
            self.link_entry.setFocus()
            return
        self.add_link(ledger_link(self.link_entry.entry_id))
        self.link_entry.clear()
        self.link_entry.entry_id = None

    def link_to_quarter(self) -> None:
        quarter = int(self.link_quarter.currentData())
        with guarded(self):
            self.add_link(evidence_browse.quarter_link(self.ctx.store, self.ctx.year, quarter))

    def remove_current_link(self) -> None:
        rec, item = self.current(), self.links.currentItem()
        if rec is None or item is None:
            return
        with guarded(self):
            evidence.detach(self.ctx.store, self.ctx.actor, rec.id, item.data(LinkRole))
            self.reload()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> Op[AttachResult]:
        """Add files, linked to the item being filtered on (if any)."""
        key = self.filter.currentData()
        links = [] if key in (ALL, UNLINKED, None) else [item_link(str(key))]

        def done(result: AttachResult) -> None:
            self.message.setText(self.tr("%1 file(s) added").replace("%1", str(len(result.added))))
            self.reload()
            if result.added:
                self.select(result.added[-1].id)
                self.show_current()

        self.last_op = attach_files(self, self.ctx, paths, links, on_done=done)
        return self.last_op

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()) and why_not(self.ctx.actor, "evidence.edit") is None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
