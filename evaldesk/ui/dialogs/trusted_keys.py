"""The receiving office's trusted unit keys (issue 18, finding 2): which keys it accepts
packages from, each with its fingerprint (to compare with the one printed on the unit's report
cover), when and by whom it was trusted; keys imported from files (a unit's public key, PEM)
and removed with a reason (services.keys; the office's profile, so an administrator's work).
A unit's first package also offers its key for confirmation when it is imported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import EvalDeskError
from evaldesk.services import collect_desk, keys
from evaldesk.ui import theme
from evaldesk.ui.collect.fit import fit_size
from evaldesk.ui.message_text import error_text
from evaldesk.ui.permissions import person
from evaldesk.ui.permissions import reason as why_not

LABEL, FINGERPRINT, ADDED, BY = range(4)


class TrustedKeysDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("trustedKeys")
        self.setWindowTitle(self.tr("Trusted unit keys"))
        intro = QLabel(
            self.tr(
                "Packages are accepted only when signed with one of these keys. Before a key "
                "is added, compare its fingerprint with the one printed on the cover of the "
                "unit's report."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("trustedKeyList")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Unit"), self.tr("Fingerprint"), self.tr("Trusted on"), self.tr("By")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (FINGERPRINT, ADDED, BY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Import a key file…"))
        self.add_button.setObjectName("trustedKeyAdd")
        self.add_button.clicked.connect(lambda: self.add_key_file())
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("trustedKeyRemove")
        self.remove_button.clicked.connect(lambda: self.remove_key())
        denied = why_not(ctx.actor, "office.manage")
        if denied:
            for button in (self.add_button, self.remove_button):
                button.setEnabled(False)
                button.setToolTip(denied)
        self.message = QLabel()
        self.message.setObjectName("trustedKeyMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_size(self, 900, 420)
        self.refresh()

    def refresh(self) -> None:
        listed = keys.list_trusted(self.ctx.store)
        self.table.setRowCount(len(listed))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        for row, key in enumerate(listed):
            cells = (
                key.label,
                key.fingerprint,
                key.added_at[:10],
                person(self.ctx.store, key.added_by),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == FINGERPRINT:
                    item.setFont(mono)
                self.table.setItem(row, column, item)

    def fingerprints(self) -> list[str]:
        cells = (self.table.item(r, FINGERPRINT) for r in range(self.table.rowCount()))
        return [c.text() for c in cells if c is not None]

    def _say(self, text: str, bad: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {(theme.BAD if bad else theme.GOOD).name()};")
        self.message.show()

    def add_key_file(self, path: Path | None = None, label: str | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("A unit's public key"),
                "",
                self.tr("Public keys (*.pem);;All files (*)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            data = path.read_bytes()
            fpr, _pem = keys.key_of(data)
        except OSError as exc:
            self._say(str(exc.strerror or exc))
            return False
        except EvalDeskError as exc:
            self._say(error_text(exc))
            return False
        if label is None:
            label, ok = QInputDialog.getText(
                self,
                self.tr("Trust a unit's key"),
                self.tr(
                    "Fingerprint:\n{fpr}\n\nCompare it with the one on the unit's report cover. "
                    "Which unit is it?"
                ).replace("{fpr}", collect_desk.grouped_fingerprint(fpr)),
                text=path.stem,
            )
            if not ok:
                return False
        try:
            keys.add_trusted(self.ctx.store, self.ctx.actor, data, label)
        except EvalDeskError as exc:
            self._say(error_text(exc))
            return False
        self.refresh()
        self._say(self.tr("Key trusted."), bad=False)
        return True

    def remove_key(self, reason: str | None = None) -> bool:
        row = self.table.currentRow()
        cell = self.table.item(row, FINGERPRINT) if row >= 0 else None
        if cell is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Remove a trusted key"), self.tr("Why is the key no longer trusted?")
            )
            if not ok:
                return False
        try:
            keys.remove_trusted(self.ctx.store, self.ctx.actor, cell.text(), reason)
        except EvalDeskError as exc:
            self._say(error_text(exc))
            return False
        self.refresh()
        return True
