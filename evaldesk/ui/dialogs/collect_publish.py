"""Publishing the results (issue 18, finding 4): the head approves the office's year (which
locks it) and publishes into a folder one signed result package per unit, the ranking workbook
and the summary PDF (services.collect_publish, on a worker); the dialog then says where the
files are, which units got none and why, and opens the folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import EvalDeskError
from evaldesk.services import approvals, collect_publish
from evaldesk.ui import ops, theme
from evaldesk.ui.collect import launch
from evaldesk.ui.collect.fit import fit_size, punct
from evaldesk.ui.message_text import error_text, message_text
from evaldesk.ui.permissions import person
from evaldesk.ui.permissions import reason as why_not


class PublishDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("collectPublish")
        self.setWindowTitle(self.tr("Publish the results"))
        self.published: Any = None
        self.approval = QLabel()
        self.approval.setObjectName("publishApproval")
        self.approval.setWordWrap(True)
        self.approve_note = QLineEdit()
        self.approve_note.setObjectName("publishApproveNote")
        self.approve_note.setPlaceholderText(self.tr("A note with the approval (optional)"))
        self.approve_button = QPushButton(self.tr("&Approve the results"))
        self.approve_button.setObjectName("publishApprove")
        self.approve_button.clicked.connect(self.approve)
        approve_row = QHBoxLayout()
        approve_row.addWidget(self.approve_note, 1)
        approve_row.addWidget(self.approve_button)

        self.folder = QLineEdit()
        self.folder.setObjectName("publishFolder")
        browse = QPushButton(self.tr("C&hoose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("publishPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setToolTip(
            self.tr(
                "The passphrase of the office's signing key (made with this passphrase the "
                "first time results are published)."
            )
        )
        self.publish_button = QPushButton(self.tr("&Publish"))
        self.publish_button.setObjectName("publishRun")
        self.publish_button.clicked.connect(lambda: self.publish())
        self.outcome = QLabel()
        self.outcome.setObjectName("publishResult")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.open_button = QPushButton(self.tr("&Open the folder"))
        self.open_button.setObjectName("publishOpen")
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()

        form = QFormLayout()
        form.addRow(self.approval)
        form.addRow(approve_row)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Key passphrase"), self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.publish_button)
        layout.addWidget(self.outcome)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_size(self, 760, 460)
        for action, widgets in (
            ("approve", (self.approve_button, self.approve_note)),
            ("collect.publish", (self.publish_button,)),
        ):
            denied = why_not(ctx.actor, action)
            if denied:
                for widget in widgets:
                    widget.setEnabled(False)
                    widget.setToolTip(denied)
        self._show_approval()

    def _show_approval(self) -> None:
        done = approvals.locked(self.ctx.store, self.ctx.year).get(0)
        if done is None:
            self.approval.setText(
                self.tr(
                    "The results of {year} are not approved yet: a head approves them, which "
                    "locks them, before they can be published."
                ).replace("{year}", str(self.ctx.year))
            )
            self.approval.setStyleSheet(f"color: {theme.WARN.name()};")
        else:
            self.approval.setText(
                self.tr("Approved by {who} on {date}; locked.")
                .replace("{who}", person(self.ctx.store, done.approved_by))
                .replace("{date}", done.approved_at[:10])
            )
            self.approval.setStyleSheet(f"color: {theme.GOOD.name()};")
            self.approve_button.setEnabled(False)
            self.approve_note.setEnabled(False)

    def approve(self) -> bool:
        try:
            approvals.approve(
                self.ctx.store, self.ctx.actor, self.ctx.year, 0, self.approve_note.text()
            )
        except EvalDeskError as exc:
            self._say(error_text(exc))
            return False
        self._show_approval()
        return True

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Publish into"))
        if name:
            self.folder.setText(name)

    def _say(self, text: str, bad: bool = True) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"color: {(theme.BAD if bad else theme.GOOD).name()};")
        self.outcome.show()

    def publish(self) -> ops.Op[Any] | None:
        text = self.folder.text().strip()
        if not text:
            self._say(self.tr("Choose the folder to publish into."))
            return None
        folder = Path(text)
        if not folder.exists() and folder.parent.is_dir():
            folder.mkdir()  # a new folder typed beside existing ones; the service refuses others
        store, actor, secret = self.ctx.store, self.ctx.actor, self.passphrase.text()

        def work(progress: ops.Progress) -> Any:
            return collect_publish.publish(store, actor, folder, secret, progress=progress.report)

        self.publish_button.setEnabled(False)
        self.op: ops.Op[Any] = ops.run_op(
            self,
            work,
            title=self.tr("Publishing the results"),
            ctx=self.ctx,
            on_done=self._published,
            on_error=self._failed,
        )
        return self.op

    def _failed(self, exc: BaseException) -> None:
        self.publish_button.setEnabled(True)
        self._say(error_text(exc))

    def _published(self, done: Any) -> None:
        self.published = done
        self.publish_button.setEnabled(True)
        lines = [
            self.tr("Published into {folder}:").replace("{folder}", str(done.folder)),
            self.tr("{n} result packages, one per unit").replace("{n}", str(len(done.packages))),
            self.tr("Ranking workbook: {name}").replace("{name}", done.workbook.name),
            self.tr("Summary PDF: {name}").replace("{name}", done.summary.name),
            self.tr("Fingerprint of the office's key: {fpr}").replace("{fpr}", done.fingerprint),
        ]
        if done.not_published:
            names = {u.code: u.name for u in self._units()}
            lines.append(self.tr("No result for:"))
            lines += [
                "　" + names.get(code, code) + punct("：", ": ") + message_text(why)
                for code, why in done.not_published.items()
            ]
        self._say("\n".join(lines), bad=False)
        self.open_button.show()

    def _units(self) -> list[Any]:
        from evaldesk.services.collect_setup import units

        return units(self.ctx.store)

    def open_folder(self) -> bool:
        if self.published is None:
            return False
        return launch.launch(self.published.folder)
