"""The login dialog: user name and password, checked by the services (argon2)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import EvalDeskError, PermissionDenied
from evaldesk.ui import theme
from evaldesk.ui.message_text import error_text


class LoginDialog(QDialog):
    """``store`` None: the store is still opening behind the dialog (AppController); the person
    types meanwhile, and 登录 waits for ``attach``."""

    def __init__(
        self, store: Any, office_name: str, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.actor: Any = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in — EvalDesk"))
        self.heading = heading = QLabel()
        heading.setObjectName("loginOffice")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self._show_office(office_name)
        intro = QLabel(self.tr("Sign in with your EvalDesk account."))
        self.username = QLineEdit(username)
        self.username.setObjectName("loginUser")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.BAD.name()};")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # its own key in English ("Sign in (O)" otherwise); 登录(&O) kept in Chinese
        ok.setText(self.tr("&Sign in"))
        ok.setObjectName("loginButton")
        self.opening = QLabel(self.tr("Opening the data folder…"))
        self.opening.setObjectName("loginOpening")
        self.opening.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.opening.setVisible(store is None)
        # the line stays (empty) once the store opened: the buttons do not jump under the mouse
        self.opening.setMinimumHeight(self.opening.sizeHint().height())
        ok.setEnabled(store is not None)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.opening)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        (self.password if username else self.username).setFocus()

    def _show_office(self, name: str) -> None:
        self.heading.setText(f"<h2>{escape(name)}</h2>")
        self.heading.setVisible(bool(name))

    def attach(self, store: Any, office_name: str) -> None:
        """The store opened: 登录 works from now on (Enter pressed before does nothing)."""
        self.store = store
        self._show_office(office_name)
        self.opening.clear()
        self.ok.setEnabled(True)

    def try_login(self) -> bool:
        from evaldesk.services import users

        if self.store is None:
            return False  # still opening: the button is disabled until attach()
        name = self.username.text().strip()
        if not name or not self.password.text():
            self._say(self.tr("Enter your user name and password."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = users.login(self.store, name, self.password.text())
        except PermissionDenied as exc:
            self._say(self._refusal(name, exc))
            self.password.selectAll()
            self.password.setFocus()
            return False
        except EvalDeskError as exc:
            self._say(error_text(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
        return True

    def _refusal(self, name: str, exc: PermissionDenied) -> str:
        # A disabled account is the one refusal with its own advice; the services keep the
        # wrong-name and wrong-password cases alike on purpose (no probing of names).
        from evaldesk.services import users

        known = {u.username: u for u in users.list_users(self.store)}
        user = known.get(name)
        if user is not None and not user.active:
            return self.tr("The account {name} is disabled; ask an administrator.").replace(
                "{name}", name
            )
        return self.tr("Wrong user name or password. Please try again.")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
