"""After an export: where the package is, how big, and what its fingerprint is for.

Replaces the one inline line with a hex fingerprint that clerks read past. Buttons: open the
folder, copy the path, close. On a PC with no program to open folders (a bare Kylin desktop,
a kiosk; ``QDesktopServices.openUrl`` then answers False and shows nothing) the dialog says so
and keeps the path in front of the person, with its copy button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaldesk.services.export_prep import ExportResult, status_message
from evaldesk.ui import i18n, theme
from evaldesk.ui.file_dialogs import chinese_size


def size_text(size: int) -> str:
    """ "3.2 MB（3,356,112 字节）", as Windows Explorer says it; in English "… bytes"."""
    short = chinese_size(size)
    if i18n.current() == "zh_CN":
        return short if size < 1024 else f"{short}（{size:,} 字节）"
    short = short.replace(" 字节", " bytes")
    return short if size < 1024 else f"{short} ({size:,} bytes)"


def open_folder(folder: Path) -> bool:
    """Ask the system's file manager to show ``folder``; False when there is none."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


class ExportResultDialog(QDialog):
    def __init__(self, result: ExportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportResult")
        self.package = result
        self.setWindowTitle(self.tr("Package exported"))

        heading = QLabel(self.tr("The package was written."))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        said = status_message(result).text()
        # Plain text: the catalog's sentence may hold an apostrophe (an entity in rich text).
        status = QLabel(said[:1].upper() + said[1:])
        status.setTextFormat(Qt.TextFormat.PlainText)
        status.setWordWrap(True)
        if result.draft:  # as the export view's framed note: a draft must not be read past
            status.setStyleSheet(f"color: {theme.WARN.darker(130).name()}; font-weight: bold;")

        self.path_label = self._value(str(result.path))
        self.path_label.setObjectName("exportResultPath")
        self.size_label = self._value(size_text(result.size))
        self.size_label.setObjectName("exportResultSize")
        package_id = self._value(result.package_id)
        self.fingerprint_label = self._value(result.fingerprint)
        self.fingerprint_label.setObjectName("exportResultFingerprint")
        self.fingerprint_label.setWordWrap(False)  # 8 groups on one line, read group by group
        explain = QLabel(
            self.tr(
                "The fingerprint names the office's signing key. It is printed on the report's "
                "cover as “Signing key fingerprint”. The higher authority compares it with the "
                "cover and with the fingerprint your office registered: when they are the same, "
                "the package comes from your office and nothing in it was changed."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Saved as"), self.path_label)
        form.addRow(self.tr("Size"), self.size_label)
        form.addRow(self.tr("Package number"), package_id)
        form.addRow(self.tr("Signing key fingerprint"), self.fingerprint_label)
        form.addRow("", explain)
        warnings = QLabel(
            "\n".join(self.tr("Warning: %1").replace("%1", str(w)) for w in result.warnings)
        )
        warnings.setWordWrap(True)
        warnings.setVisible(bool(result.warnings))

        self.note = QLabel()
        self.note.setObjectName("exportResultNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()

        self.open_button = QPushButton(self.tr("&Open the folder"))
        self.copy_button = QPushButton(self.tr("&Copy the path"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.open_button.setAutoDefault(False)
        self.copy_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_folder)
        self.copy_button.clicked.connect(self.copy_path)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(status)
        layout.addLayout(form)
        layout.addWidget(warnings)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(720)  # the fingerprint on one line, the path on at most two

    @staticmethod
    def _value(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def open_folder(self) -> bool:
        if open_folder(self.package.path.parent):
            return True
        self.show_no_launcher()
        return False

    def show_no_launcher(self) -> None:
        self.note.setText(
            self.tr(
                "This computer has no program that opens folders, so the folder could not be "
                "shown. The package is here:\n%1\nClick “Copy the path” and paste it into the "
                "file manager, or into the upload page's file box."
            ).replace("%1", str(self.package.path))
        )
        self.note.setStyleSheet("QLabel#exportResultNote { color: #8a5300; }")
        self.note.show()
        self.adjustSize()  # grow to hold the note: a squeezed layout drew it over the text
        self.copy_button.setFocus()

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.package.path))
        self.copy_button.setText(self.tr("Path copied"))
