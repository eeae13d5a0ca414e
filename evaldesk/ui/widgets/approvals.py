"""Approve or unlock each quarter and the whole year (heads). The services enforce the roles;
here the buttons are disabled with the reason shown when the signed-in user may not act."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from evaldesk.ui import permissions, theme
from evaldesk.ui.context import AppContext
from evaldesk.ui.errors import guarded

WHOLE_YEAR = 0


def _who(actor_name: str) -> str:
    return actor_name.split(":", 1)[-1]


class ApprovalsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("approvals")
        self.setTitle(self.tr("Approval"))
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        self.states: dict[int, QLabel] = {}
        self.approve_buttons: dict[int, QPushButton] = {}
        self.unlock_buttons: dict[int, QPushButton] = {}
        # One column per quarter and one for the year: name, state, approve, unlock.
        for column, quarter in enumerate((1, 2, 3, 4, WHOLE_YEAR)):
            name = (
                self.tr("Whole year")
                if quarter == WHOLE_YEAR
                else self.tr("Quarter {n}").replace("{n}", str(quarter))
            )
            title = QLabel(f"<b>{name}</b>")
            grid.addWidget(title, 0, column)
            state = QLabel()
            state.setObjectName(f"approvalState{quarter}")
            state.setWordWrap(True)
            grid.addWidget(state, 1, column)
            approve = QPushButton(self.tr("Approve"))
            approve.setObjectName(f"approve{quarter}")
            approve.clicked.connect(lambda _c=False, q=quarter: self.approve(q))
            unlock = QPushButton(self.tr("Unlock…"))
            unlock.setObjectName(f"unlock{quarter}")
            unlock.clicked.connect(lambda _c=False, q=quarter: self.unlock(q))
            buttons = QHBoxLayout()
            buttons.setSpacing(4)
            buttons.addWidget(approve)
            buttons.addWidget(unlock)
            grid.addLayout(buttons, 2, column)
            grid.setColumnStretch(column, 1)
            self.states[quarter] = state
            self.approve_buttons[quarter] = approve
            self.unlock_buttons[quarter] = unlock
        self.reason = QLabel()
        self.reason.setObjectName("approvalReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {theme.WARN.darker(130).name()};")
        grid.addWidget(self.reason, 3, 0, 1, 5)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, kinds: set[str]) -> None:
        if kinds & {"approval", "year", "users"}:
            self.refresh()

    def refresh(self) -> None:
        from evaldesk.services import approvals

        locked = approvals.locked(self.ctx.store, self.ctx.year)
        approve_reason = permissions.reason(self.ctx.actor, "approve")
        unlock_reason = permissions.reason(self.ctx.actor, "unlock")
        for quarter, state in self.states.items():
            rec = locked.get(quarter)
            if rec is None:
                state.setText(self.tr("not approved"))
                state.setStyleSheet(f"color: {theme.MUTED.name()};")
            else:
                state.setText(
                    self.tr("approved by {who}, {date}")
                    .replace("{who}", _who(rec.approved_by))
                    .replace("{date}", rec.approved_at[:10])
                )
                state.setStyleSheet(f"color: {theme.GOOD.name()};")
            approve, unlock = self.approve_buttons[quarter], self.unlock_buttons[quarter]
            approve.setEnabled(rec is None and approve_reason is None)
            approve.setToolTip(approve_reason or "")
            unlock.setEnabled(rec is not None and unlock_reason is None)
            unlock.setToolTip(unlock_reason or "")
        self.reason.setText(approve_reason or "")
        self.reason.setVisible(approve_reason is not None)

    def approve(self, quarter: int, comment: str | None = None) -> bool:
        from evaldesk.services import approvals

        if comment is None:
            comment, ok = QInputDialog.getText(
                self,
                self.tr("Approve"),
                self.tr("Approving locks it against changes. Comment (optional):"),
                QLineEdit.EchoMode.Normal,
            )
            if not ok:
                return False
        with guarded(self.window()):
            approvals.approve(self.ctx.store, self.ctx.actor, self.ctx.year, quarter, comment)
            return True
        return False

    def unlock(self, quarter: int, reason: str | None = None) -> bool:
        from evaldesk.services import approvals

        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Unlock"),
                self.tr("Why is it unlocked? The reason is kept in the audit log:"),
            )
            if not ok:
                return False
        with guarded(self.window()):
            approvals.unlock(self.ctx.store, self.ctx.actor, self.ctx.year, quarter, reason)
            return True
        return False
