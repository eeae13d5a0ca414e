"""The evidence of one rubric item, where the item is read: its files (preview, open, unlink),
添加佐证… and files dropped anywhere on the item detail.

Files are copied into the store in the background (evaldesk.ui.widgets.attach), linked to the
item; unlinking removes the link only (the file stays among the year's evidence, as everywhere
in EvalDesk nothing recorded is lost).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaldesk.services import evidence, evidence_browse
from evaldesk.services.evidence import item_link
from evaldesk.services.evidence_browse import EvidenceRec, human_size
from evaldesk.services.roles import why_not
from evaldesk.ui import theme
from evaldesk.ui.errors import guarded
from evaldesk.ui.ops import Op
from evaldesk.ui.widgets.attach import AttachResult, attach_files
from evaldesk.ui.widgets.preview import PreviewDialog, file_icon, open_outside

RecordRole = int(Qt.ItemDataRole.UserRole) + 1


class ItemEvidence(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemEvidence")
        self.ctx = ctx
        self.code: str | None = None
        self.last_op: Op[Any] | None = None
        self.dialog: PreviewDialog | None = None

        self.heading = QLabel()
        self.heading.setObjectName("itemEvidenceHeading")
        self.add_button = QPushButton(self.tr("Add evi&dence…"))
        self.add_button.setObjectName("addEvidence")
        self.add_button.clicked.connect(self.choose_files)
        self.files = QListWidget()
        self.files.setObjectName("itemEvidenceFiles")
        self.files.setAcceptDrops(False)  # drops go to the whole item detail
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files.itemDoubleClicked.connect(lambda _i: self.preview_current())
        self.files.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.hint = QLabel()
        self.hint.setObjectName("itemEvidenceHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color:{theme.MUTED.name()};")
        self.preview_button = QPushButton(self.tr("P&review"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.unlink_button = QPushButton(self.tr("&Unlink"))
        self.unlink_button.setToolTip(
            self.tr("Unlink the selected file from this item; the file stays in Evidence")
        )
        self.preview_button.clicked.connect(self.preview_current)
        self.open_button.clicked.connect(self.open_current)
        self.unlink_button.clicked.connect(self.unlink_current)
        self.message = QLabel()
        self.message.setObjectName("itemEvidenceMessage")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.open_button, self.unlink_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        self.set_highlight(False)
        ctx.changed.connect(self._on_changed)
        self.show_item(None)

    # ----------------------------------------------------------------- showing

    def show_item(self, code: str | None) -> None:
        if code != self.code:
            self.message.clear()
        self.code = code
        self.setVisible(code is not None)
        self.reload()

    def reload(self) -> None:
        current = self.current()
        self.files.clear()
        rows = (
            evidence_browse.list_evidence(self.ctx.store, self.ctx.year, item_code=self.code)
            if self.code is not None
            else []
        )
        for rec in rows:
            entry = QListWidgetItem(
                file_icon(rec.mime), f"{rec.original_name}　{human_size(rec.size)}"
            )
            entry.setData(RecordRole, rec)
            entry.setToolTip(
                f"{rec.original_name}\n{rec.mime} · {rec.added_at[:10]} · {rec.added_by}"
            )
            self.files.addItem(entry)
            if current is not None and rec.id == current.id:
                self.files.setCurrentItem(entry)
        if self.files.currentItem() is None and self.files.count():
            self.files.setCurrentRow(0)
        title = self.tr("Evidence")
        count = self.tr("%1 file(s)").replace("%1", str(len(rows)))
        self.heading.setText(f"<b>{title}</b>　{count}")
        self.files.setVisible(bool(rows))
        # Tall enough for a few files; the wording above keeps the rest of the pane.
        self.files.setFixedHeight(min(6, max(1, len(rows))) * 24 + 6)
        refusal = self.why_not()
        self.hint.setText(
            refusal
            or (
                self.tr("Drop files here to attach them to this item")
                if rows
                else self.tr("No evidence attached yet: drop files here, or click “Add evidence…”")
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        refusal = self.why_not()
        self.add_button.setEnabled(refusal is None and self.code is not None)
        self.preview_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        self.unlink_button.setEnabled(chosen and refusal is None)
        for button in (self.add_button, self.unlink_button):
            button.setToolTip(refusal or "")

    def why_not(self) -> str | None:
        """Why this user cannot add or unlink evidence (None: they can)."""
        refused = why_not(self.ctx.actor, "evidence.edit")
        return refused.text() if refused is not None else None

    def set_highlight(self, on: bool) -> None:
        """Show that files being dragged over the item detail will be attached here."""
        edge = theme.BAR.name() if on else "#d0d0d0"
        fill = "#eef5fd" if on else "transparent"
        self.setStyleSheet(
            f"#itemEvidence {{ border: 1px {'solid' if on else 'dashed'} {edge};"
            f" background: {fill}; border-radius: 4px; }}"
        )

    def current(self) -> EvidenceRec | None:
        entry = self.files.currentItem()
        rec: EvidenceRec | None = entry.data(RecordRole) if entry is not None else None
        return rec

    def _on_changed(self, kinds: set[str]) -> None:
        if kinds & {"evidence", "year", "approval", "users"} and self.code is not None:
            self.reload()

    # ----------------------------------------------------------------- actions

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> Op[AttachResult] | None:
        """Attach ``paths`` to the item shown, in the background."""
        if self.code is None or not paths:
            return None

        def done(result: AttachResult) -> None:
            self.message.setText(self.tr("%1 file(s) added").replace("%1", str(len(result.added))))
            self.reload()

        self.last_op = attach_files(self, self.ctx, paths, [item_link(self.code)], on_done=done)
        return self.last_op

    def preview_current(self) -> None:
        rec = self.current()
        if rec is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = PreviewDialog(self.ctx, rec, self.window())
        self.dialog.open()

    def open_current(self) -> None:
        rec = self.current()
        if rec is not None:
            open_outside(self, self.ctx, rec)

    def unlink_current(self) -> None:
        rec = self.current()
        if rec is None or self.code is None:
            return
        with guarded(self):
            evidence.detach(self.ctx.store, self.ctx.actor, rec.id, item_link(self.code))
            self.message.setText(
                self.tr(
                    "“%1” is no longer linked to this item; the file stays in Evidence"
                ).replace("%1", rec.original_name)
            )
            self.reload()
