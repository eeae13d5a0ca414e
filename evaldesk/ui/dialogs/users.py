"""User accounts (administrators): add clerks and heads, change roles, disable, reset passwords."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.ui import permissions
from evaldesk.ui.context import AppContext
from evaldesk.ui.errors import guarded

ROLE_ORDER = ("clerk", "head", "admin")


class NewUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account"))
        self.username = QLineEdit()
        self.display = QLineEdit()
        self.role = QComboBox()
        for role in ROLE_ORDER:
            self.role.addItem(permissions.role_name(role), role)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#c62828")
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ; type the same password twice."))
            return
        self.accept()


class UsersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("User accounts"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Active")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.reason = QLabel(permissions.reason(ctx.actor, "users.manage") or "")
        self.reason.setWordWrap(True)
        add = QPushButton(self.tr("&Add…"))
        add.clicked.connect(self._add)
        role = QPushButton(self.tr("Change &role…"))
        role.clicked.connect(self._change_role)
        active = QPushButton(self.tr("&Enable / disable"))
        active.clicked.connect(self._toggle_active)
        password = QPushButton(self.tr("Reset &password…"))
        password.clicked.connect(self._reset_password)
        allowed = not self.reason.text()
        for button in (add, role, active, password):
            button.setEnabled(allowed)
        row = QHBoxLayout()
        for button in (add, role, active, password):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(620, 360)
        self.refresh()

    def refresh(self) -> None:
        from evaldesk.services import users

        accounts = users.list_users(self.ctx.store)
        self.table.setRowCount(len(accounts))
        for row, user in enumerate(accounts):
            cells = (
                user.username,
                user.display_name,
                permissions.role_name(user.role),
                self.tr("yes") if user.active else self.tr("no"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _selected(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _add(self) -> None:
        from evaldesk.services import users

        dialog = NewUserDialog(self)
        if not dialog.exec():
            return
        with guarded(self):
            users.add_user(
                self.ctx.store,
                self.ctx.actor,
                dialog.username.text().strip(),
                dialog.display.text().strip(),
                str(dialog.role.currentData()),
                dialog.password.text(),
            )
        self.refresh()

    def _change_role(self) -> None:
        from evaldesk.services import users

        user_id = self._selected()
        if user_id is None:
            return
        names = [permissions.role_name(r) for r in ROLE_ORDER]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Role"), self.tr("New role"), names, 0, False
        )
        if ok:
            with guarded(self):
                users.update_user(
                    self.ctx.store, self.ctx.actor, user_id, role=ROLE_ORDER[names.index(chosen)]
                )
            self.refresh()

    def _toggle_active(self) -> None:
        from evaldesk.services import users

        user_id = self._selected()
        if user_id is None:
            return
        current = users.get_user(self.ctx.store, user_id)
        with guarded(self):
            users.update_user(self.ctx.store, self.ctx.actor, user_id, active=not current.active)
        self.refresh()

    def _reset_password(self) -> None:
        from evaldesk.services import users

        user_id = self._selected()
        if user_id is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"), self.tr("New password"), QLineEdit.EchoMode.Password
        )
        if ok:
            with guarded(self):
                users.change_password(self.ctx.store, self.ctx.actor, user_id, password)
