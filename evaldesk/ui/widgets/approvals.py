"""Approve or unlock each quarter and the whole year (heads). The services enforce the roles;
here the buttons are disabled with the reason shown when the signed-in user may not act.
Approving the whole year first lists what is still open (ApproveYearDialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from evaldesk.ui import keyboard, permissions, theme
from evaldesk.ui.context import AppContext
from evaldesk.ui.errors import guarded
from evaldesk.ui.widgets.approve_year import ApproveYearDialog

WHOLE_YEAR = 0


class ApprovalsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("approvals")
        self.setTitle(self.tr("Approval"))
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        self.states: dict[int, QLabel] = {}
        #: One button per quarter (and the year): "Approve", or "Unlock…" once approved.
        self.buttons: dict[int, QPushButton] = {}
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
            button = QPushButton(self.tr("Approve"))
            button.setObjectName(f"approval{quarter}")
            button.clicked.connect(lambda _c=False, q=quarter: self._act(q))
            grid.addWidget(button, 2, column)
            grid.setColumnStretch(column, 1)
            self.states[quarter] = state
            self.buttons[quarter] = button
        self.reason = QLabel()
        self.reason.setObjectName("approvalReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {theme.WARN.darker(130).name()};")
        grid.addWidget(self.reason, 3, 0, 1, 5)
        self._approved: dict[int, bool] = {}
        self.year_dialog: ApproveYearDialog | None = None
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
                    .replace("{who}", permissions.person(self.ctx.store, rec.approved_by))
                    .replace("{date}", rec.approved_at[:10])
                )
                state.setStyleSheet(f"color: {theme.GOOD.name()};")
            button = self.buttons[quarter]
            reason = approve_reason if rec is None else unlock_reason
            # Alt+1…4 and Alt+Y: a quarter approved from the keyboard in two keys and Enter.
            button.setText(
                keyboard.with_access_key(
                    self.tr("Approve") if rec is None else self.tr("Unlock…"),
                    "Y" if quarter == WHOLE_YEAR else str(quarter),
                )
            )
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
            self._approved[quarter] = rec is not None
        shown = approve_reason or unlock_reason
        self.reason.setText(shown or "")
        self.reason.setVisible(shown is not None)

    def _act(self, quarter: int) -> None:
        if self._approved.get(quarter):
            self.unlock(quarter)
        else:
            self.approve(quarter)

    def approve(self, quarter: int, comment: str | None = None) -> bool:
        """Approve with ``comment``; without one, ask for it: for the whole year in the dialog
        listing what is still open, which approves when the head confirms (returns False
        here: nothing is approved yet)."""
        from evaldesk.services import approvals

        if comment is None and quarter == WHOLE_YEAR:
            self.open_year_dialog()
            return False
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

    def open_year_dialog(self) -> ApproveYearDialog:
        """The open points and the comment; approves the year once the head confirms."""
        dialog = ApproveYearDialog(self.ctx, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.approve(WHOLE_YEAR, dialog.comment_text()))
        self.year_dialog = dialog
        dialog.open()
        return dialog

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
