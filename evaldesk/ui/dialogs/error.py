"""The error dialog: what went wrong in words a clerk can act on, and a report to save.

Errors a person can fix (EvalDeskError) show their message and, for a list of problems, the
list. Anything else is a bug: the dialog says so, shows the details folded away and offers
"Save report", which writes the crash report (evaldesk.logs.write_crash_report) into the log
folder and shows where it went.
"""

from __future__ import annotations

import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import (
    Cancelled,
    CheckFailed,
    EvalDeskError,
    FactsError,
    InputError,
    Locked,
    NotFound,
    PermissionDenied,
    RubricError,
    StoreError,
)
from evaldesk.ui.message_text import error_text, problem_list

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


translate = QCoreApplication.translate


def title_for(exc: BaseException) -> str:
    """A short heading for the kind of error (the class decides, never the message)."""
    if isinstance(exc, PermissionDenied):
        return translate("ErrorDialog", "Not allowed")
    if isinstance(exc, Locked):
        return translate("ErrorDialog", "Locked by an approval")
    if isinstance(exc, NotFound):
        return translate("ErrorDialog", "Not found")
    if isinstance(exc, RubricError | FactsError | InputError):
        return translate("ErrorDialog", "Please check the input")
    if isinstance(exc, StoreError):
        return translate("ErrorDialog", "Problem with the data folder")
    if isinstance(exc, CheckFailed):
        return translate("ErrorDialog", "Check failed")
    if isinstance(exc, Cancelled):
        return translate("ErrorDialog", "Cancelled")
    if isinstance(exc, EvalDeskError):
        return translate("ErrorDialog", "Cannot do this")
    return translate("ErrorDialog", "Unexpected error")


class ErrorDialog(QDialog):
    def __init__(
        self, exc: BaseException, exc_info: ExcInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.exc = exc
        self.exc_info: ExcInfo = exc_info or (type(exc), exc, exc.__traceback__)
        self.is_bug = not isinstance(exc, EvalDeskError)
        self.report_path: str | None = None
        self.setWindowTitle(title_for(exc))
        listed = problem_list(exc)
        self.setMinimumWidth(460)

        icon = QLabel()
        kind = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if self.is_bug
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        icon.setPixmap(self.style().standardIcon(kind).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        if self.is_bug:
            text = translate(
                "ErrorDialog",
                "EvalDesk met an unexpected problem. Your data is safe: nothing half-done was "
                "saved. Please save a report and send it to whoever supports EvalDesk.",
            )
        else:
            text = (listed[0] if listed else error_text(exc)) or title_for(exc)
        self.message = QLabel(text)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)

        details = listed[1] if listed else []
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if self.is_bug:
            self.details.setPlainText("".join(traceback.format_exception(*self.exc_info)))
        else:
            self.details.setPlainText("\n".join(details))
        self.details.setVisible(bool(details))
        layout.addWidget(self.details)

        self.saved = QLabel()
        self.saved.setObjectName("reportSaved")
        self.saved.setWordWrap(True)
        self.saved.setOpenExternalLinks(False)
        self.saved.linkActivated.connect(self._open_folder)
        self.saved.hide()
        layout.addWidget(self.saved)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.save_button: QPushButton | None = None
        self.details_button: QPushButton | None = None
        if self.is_bug:
            self.details_button = buttons.addButton(
                translate("ErrorDialog", "Show &details"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.details_button.clicked.connect(self._toggle_details)
            self.save_button = buttons.addButton(
                translate("ErrorDialog", "&Save report"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.save_button.clicked.connect(self.save_report)
        layout.addWidget(buttons)

    def _toggle_details(self) -> None:
        self.details.setVisible(not self.details.isVisible())
        self.adjustSize()

    def save_report(self) -> str:
        from evaldesk.logs import write_crash_report

        path = write_crash_report(self.exc_info)
        self.report_path = str(path)
        folder = QUrl.fromLocalFile(str(path.parent)).toString()
        self.saved.setText(
            translate(
                "ErrorDialog",
                "The report was saved to {path} (<a href='{folder}'>open the folder</a>).",
            )
            .replace("{path}", str(path))
            .replace("{folder}", folder)
        )
        self.saved.show()
        if self.save_button is not None:
            self.save_button.setEnabled(False)
        return self.report_path

    def _open_folder(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))
