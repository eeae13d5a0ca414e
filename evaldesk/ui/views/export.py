"""导出: make the year's signed report package, with progress and cancel.

The form: the year, where to save the .zip, the passphrase of the office's signing key (typed
twice at the first export, when the key is created). Above it, plainly, whether the package
will be a draft (草稿) and why, or final. When `check` finds the data and its audit log apart
the export stops; a head may then give the reason to export the data as it is (recorded in
the audit log and printed in the package). The work runs through ``evaldesk.ui.ops``; a
cancelled or failed export leaves no file behind (the export service writes a temporary file
and renames it at the end).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import CheckFailed
from evaldesk.messages import Message
from evaldesk.services import export_prep
from evaldesk.services.export_prep import ExportResult
from evaldesk.services.records_lookup import office_name, years
from evaldesk.ui import export_folder, permissions, theme
from evaldesk.ui import settings as cfg
from evaldesk.ui.dialogs.export_result import ExportResultDialog
from evaldesk.ui.errors import show_error
from evaldesk.ui.message_text import message_text
from evaldesk.ui.ops import Op, Progress, run_op

ERROR_STYLE = "color: #b00020;"


class ExportView(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_op: Op[ExportResult] | None = None
        self.result: ExportResult | None = None
        self.draft = True
        self.settings = cfg.Settings()  # the window's own, once restore_state() hands it over
        self.result_dialog: ExportResultDialog | None = None
        #: the path this view proposed; a different text was typed or chosen by the person
        self.proposed_out = ""

        heading = QLabel(self.tr("Export the signed report package"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        explain = QLabel(
            self.tr(
                "The package holds the PDF report, the Excel score sheet, the ledger, the dispatch "
                "reports and the evidence files, with a manifest and the office's signature. "
                "Send it to the assessing authority as it is."
            )
        )
        explain.setWordWrap(True)
        self.package_status = QLabel()
        self.package_status.setObjectName("packageStatus")
        self.package_status.setWordWrap(True)
        self.package_status.setTextFormat(Qt.TextFormat.RichText)
        self.override_box = self._override_box()

        self.year_combo = QComboBox()
        self.year_combo.setMinimumWidth(120)
        self.out_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Ch&oose…"))
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_label = QLabel(self.tr("Repeat passphrase"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: self._error_label() for name in ("out", "passphrase", "repeat")}
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.setDefault(True)
        self.export_button.setToolTip(self.tr("Export (Enter in the passphrase field)"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("&Show the export result…"))
        self.open_folder.hide()

        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse_button)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_combo)
        year_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Year"), year_row)
        form.addRow(self.tr("Save as"), self._with_error(out_row, "out"))
        form.addRow(self.key_note)
        form.addRow(self.tr("Passphrase"), self._with_error(self.passphrase_edit, "passphrase"))
        form.addRow(self.repeat_label, self._with_error(self.repeat_edit, "repeat"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        # A readable column, not a form stretched across a wide window.
        column = QWidget()
        column.setMaximumWidth(820)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(heading)
        inner.addWidget(explain)
        inner.addWidget(self.package_status)
        inner.addLayout(form)
        inner.addWidget(self.override_box)
        inner.addLayout(buttons)
        inner.addWidget(self.progress)
        inner.addWidget(self.status)
        inner.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(column)
        layout.addStretch(1)

        self.browse_button.clicked.connect(self.choose_out)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_folder.clicked.connect(self.show_result)
        # Enter where the form ends exports, as a dialog's default button would; start()
        # ignores a second press while an export runs (a window-wide Enter rule may also fire).
        for field in (self.passphrase_edit, self.repeat_edit, self.override_edit):
            field.returnPressed.connect(self.start)
        self.year_combo.currentIndexChanged.connect(self._default_out)
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        ctx.changed.connect(self.on_changed)
        self._fill_years()
        self.refresh_state()
        self.refresh_status()

    # ------------------------------------------------------------------ form

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_error(self, field: Any, name: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(field, QWidget):
            layout.addWidget(field)
        else:
            layout.addLayout(field)
        layout.addWidget(self.errors[name])
        return box

    def _fill_years(self) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years(self.ctx.store):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(self.ctx.year)))
        self.year_combo.blockSignals(False)
        self._default_out()

    def _default_out(self) -> None:
        year = self.year_combo.currentData()
        if year is None:
            return
        folder = export_folder.default_folder(Path(self.ctx.data_dir), self.settings)
        name = f"{office_name(self.ctx.store) or 'EvalDesk'}-{year}-自评材料.zip"
        if not self.out_edit.text() or self.out_is_proposed:
            self.proposed_out = str(folder / name)
            self.out_edit.setText(self.proposed_out)

    @property
    def out_is_proposed(self) -> bool:
        """True while the path is the view's own proposal (not typed or chosen)."""
        return self.out_edit.text() == self.proposed_out

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Reached with Ctrl+7 the focus stays in the navigation: put it where the typing
        # starts, so the keyboard-only export is Ctrl+7, the passphrase, Enter.
        QTimer.singleShot(0, self._focus_passphrase)

    def _focus_passphrase(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            return  # the person is already somewhere in this view
        if self.isVisible() and self.passphrase_edit.isEnabled():
            self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def restore_state(self, settings: cfg.Settings) -> None:
        """The main window's settings (called once the view is built): the remembered folder."""
        self.settings = settings
        self._default_out()

    def save_state(self, settings: cfg.Settings) -> None:
        """Nothing to keep on closing: the folder is remembered after each export."""

    @property
    def creating_key(self) -> bool:
        return not export_prep.key_exists(self.ctx.data_dir)

    def refresh_state(self) -> None:
        creating = self.creating_key
        self.repeat_label.setVisible(creating)
        self.repeat_edit.setVisible(creating)
        if creating:
            self.key_note.setText(
                self.tr(
                    "This is the office's first export: a signing key will be created and protected "
                    "with this passphrase. Keep the passphrase safe; it cannot be recovered."
                )
            )
        else:
            self.key_note.setText(self.tr("Enter the passphrase of the office's signing key."))
        busy = self.last_op is not None and not self.last_op.finished
        for widget in (
            self.year_combo,
            self.out_edit,
            self.browse_button,
            self.passphrase_edit,
            self.repeat_edit,
        ):
            widget.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        head = permissions.reason(self.ctx.actor, "export.override") is None
        self.override_edit.setEnabled(not busy and head)

    def on_changed(self, kinds: set[str]) -> None:
        if kinds & {"year", "office"}:
            self._fill_years()
        if kinds & {"year", "approval", "users"}:
            self.refresh_status()

    def _year_changed(self) -> None:
        self.override_box.hide()  # an override answers one export's check, of one year
        self.override_edit.clear()
        self.refresh_status()

    # ------------------------------------------------------------------ draft or final

    def refresh_status(self) -> None:
        """Say whether the package will be a draft (and why) or final (whose approval)."""
        year = self.year_combo.currentData()
        if year is None:
            self.package_status.clear()
            return
        report = self.ctx.report() if int(year) == self.ctx.year else None
        status = export_prep.package_status(self.ctx.store, int(year), report=report)
        self.draft = status.draft
        approved = status.year_approval
        if status.draft:
            lines = [
                "<b>"
                + self.tr("This package will be a DRAFT (草稿).")
                + "</b> "
                + self.tr(
                    "It is marked 草稿 on every page and in the package, and must not be sent "
                    "as the office's submission."
                ),
                *(f"• {escape(reason.text())}" for reason in status.reasons),
            ]
            if any(r.key == "package.draft.suggested" for r in status.reasons):
                lines.append(
                    self.tr(
                        "A rubric with suggested (unconfirmed) interpretations scores, marked ※, "
                        "but can only be exported as a draft until they are confirmed."
                    )
                )
            if approved is None:
                lines.append(
                    self.tr(
                        "The final package needs the head's approval of the whole year (审核 view)."
                    )
                )
            colour = theme.WARN.darker(130).name()
        else:
            assert approved is not None
            lines = [
                "<b>"
                + self.tr("This package will be final.")
                + "</b> "
                + escape(
                    self.tr("The whole year was approved by {who} on {date}.")
                    .replace("{who}", approved.name)
                    .replace("{date}", approved.at[:10])
                )
            ]
            colour = theme.GOOD.name()
        self.package_status.setText("<br>".join(lines))
        # A framed note, so the draft warning is not read past as one more line of help text.
        self.package_status.setStyleSheet(
            f"QLabel#packageStatus {{ color: {colour}; border: 1px solid {colour};"
            " border-radius: 3px; padding: 6px; }"
        )

    # ------------------------------------------------------------------ check override

    def _override_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The data differs from its audit log"))
        box.setObjectName("overrideBox")
        explain = QLabel(
            self.tr(
                "The data check found the data and its audit log apart, so nothing was exported. "
                "Either restore a backup from before the change, or a head accepts the data as "
                "it is: give the reason and export again. The reason and the differences are "
                "recorded in the audit log and printed in the package."
            )
        )
        explain.setWordWrap(True)
        self.override_edit = QLineEdit()
        self.override_edit.setObjectName("overrideReason")
        self.override_edit.setPlaceholderText(self.tr("Why the data is accepted as it is"))
        self.override_note = QLabel()
        self.override_note.setObjectName("overrideNote")
        self.override_note.setWordWrap(True)
        self.override_note.setStyleSheet(ERROR_STYLE)
        layout = QFormLayout(box)
        layout.addRow(explain)
        layout.addRow(self.tr("Reason"), self.override_edit)
        layout.addRow(self.override_note)
        box.hide()
        return box

    def show_override(self) -> None:
        """After a check failure: the reason field, for heads only (others see why not)."""
        why = permissions.reason(self.ctx.actor, "export.override")
        self.override_edit.setEnabled(why is None)
        self.override_note.setText(why or "")
        self.override_note.setVisible(why is not None)
        self.override_box.show()
        if why is None:
            self.override_edit.setFocus()

    def override_reason(self) -> str | None:
        """The head's reason, when the field is offered and filled."""
        if self.override_box.isHidden() or not self.override_edit.isEnabled():
            return None
        return self.override_edit.text().strip() or None

    def choose_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the package as"), self.out_edit.text(), self.tr("Package (*.zip)")
        )
        if name:
            path = Path(name)
            self.out_edit.setText(
                str(path if path.suffix.lower() == ".zip" else path.with_suffix(".zip"))
            )
            self.out_edit.setModified(True)  # the person's choice, as if typed

    def show_errors(self, problems: Mapping[str, Message]) -> None:
        for name, label in self.errors.items():
            problem = problems.get(name)
            label.setText(message_text(problem) if problem is not None else "")
            label.setVisible(problem is not None)

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""

    # ------------------------------------------------------------------ export

    def start(self) -> Op[ExportResult] | None:
        if self.last_op is not None and not self.last_op.finished:
            return None  # one export at a time (Enter pressed twice, or button and Enter)
        self._make_default_folder()
        creating = self.creating_key
        problems = export_prep.check_form(
            self.out_edit.text(),
            self.passphrase_edit.text(),
            self.repeat_edit.text(),
            creating=creating,
        )
        self.show_errors(problems)
        if problems:
            return None
        data_dir, year = Path(self.ctx.data_dir), int(self.year_combo.currentData())
        out, passphrase = Path(self.out_edit.text().strip()), self.passphrase_edit.text()
        override = self.override_reason()
        self.result = None
        self.open_folder.hide()
        self.status.setText(self.tr("Exporting %1…").replace("%1", str(year)))
        self.progress.setRange(0, 0)
        self.progress.show()

        step = self.report_step  # looked up here: the worker thread never touches the widget
        store, actor = self.ctx.store, self.ctx.actor

        def work(progress: Progress) -> ExportResult:
            return export_prep.run_export(
                data_dir,
                year,
                out,
                passphrase,
                progress=lambda done, total, text: step(progress, done, total, text),
                cancel=lambda: progress.cancelled,
                store=store,
                actor=actor,
                override_reason=override,
            )

        self.last_op = run_op(
            self,
            work,
            title=self.tr("Exporting the package"),
            on_done=self._done,
            on_error=self._failed,
            on_cancel=self._cancelled,
            show_after_ms=-1,  # the view has its own progress bar and Cancel button
            ctx=self.ctx,  # the audit record it writes reaches the rest of the window
        )
        self.last_op.progressed.connect(self._progress)  # polled on the GUI thread
        self.refresh_state()
        return self.last_op

    def _make_default_folder(self) -> None:
        """The proposed folder is made when the export starts (nothing is made by looking)."""
        text = self.out_edit.text().strip()
        if not text or not self.out_is_proposed:
            return  # a folder the person typed or chose is theirs: a missing one is an error
        path = Path(text)
        folder = export_folder.make_folder(path.parent, Path(self.ctx.data_dir))
        if folder != path.parent:
            self.proposed_out = str(folder / path.name)
            self.out_edit.setText(self.proposed_out)

    @staticmethod
    def report_step(progress: Progress, done: int, total: int, text: str) -> None:
        """One step of the export, on its worker thread: plain Python, no Qt.

        Raises Cancelled once Cancel was pressed; the op hands the step to the GUI thread.
        """
        while total > 2**30:  # bytes of a large package would not fit Qt's int
            done, total = done // 1024, total // 1024
        progress.report(done, total, text)

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.last_op is not None and self.last_op.progress.cancelled:
            return  # a step reported before Cancel must not replace "Stopping…"
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if text:
            self.status.setText(text)

    def cancel(self) -> None:
        if self.last_op is not None and not self.last_op.finished:
            self.last_op.cancel()
            self.status.setText(self.tr("Stopping…"))

    def _finish(self) -> None:
        self.progress.hide()
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.refresh_state()

    def _done(self, result: ExportResult) -> None:
        self.result = result
        self._finish()
        lines = [
            self.tr("Package written: %1").replace("%1", str(result.path)),
            # The fingerprint, explained, is in the result dialog; a bare hex line was read past.
            self.tr("Package number: %1").replace("%1", result.package_id),
        ]
        said = export_prep.status_message(result).text()
        lines.append(said[:1].upper() + said[1:])  # the catalog's clause, as a sentence here
        lines += [self.tr("Warning: %1").replace("%1", str(w)) for w in result.warnings]
        self.status.setText("\n".join(lines))
        self.open_folder.show()
        self.override_box.hide()
        self.override_edit.clear()
        export_folder.remember(Path(self.ctx.data_dir), self.settings, result.path.parent)
        self.show_result()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.status.setText(self.tr("The export failed; nothing was written."))
        if isinstance(error, CheckFailed):
            self.show_override()
        show_error(self, error)

    def _cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Export cancelled; nothing was written."))

    def show_result(self) -> ExportResultDialog | None:
        """The result dialog (path, size, fingerprint; open folder, copy path), not blocking."""
        if self.result is None:
            return None
        if self.result_dialog is not None:
            self.result_dialog.close()
            self.result_dialog.deleteLater()
        self.result_dialog = ExportResultDialog(self.result, self)
        self.result_dialog.open()
        return self.result_dialog
