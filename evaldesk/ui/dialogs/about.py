"""About EvalDesk: version, the data folder, and the rubric the year is scored with."""

from __future__ import annotations

import sys
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from evaldesk import __version__
from evaldesk.services import records_lookup
from evaldesk.ui.context import AppContext


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About EvalDesk"))
        year = records_lookup.year_record(ctx.store, ctx.year)
        folder = str(ctx.data_dir)
        rows = [
            (self.tr("Version"), __version__),
            (
                self.tr("Data folder"),
                f"<a href='{QUrl.fromLocalFile(folder).toString()}'>{escape(folder)}</a>",
            ),
            (self.tr("Assessment year"), str(ctx.year)),
            (self.tr("Rubric"), escape(year.rubric_title)),
            (self.tr("Rubric id"), f"{escape(year.rubric_id)} v{year.rubric_version}"),
            (self.tr("Rubric SHA-256"), f"<code>{year.rubric_sha256}</code>"),
            (self.tr("Python / Qt"), f"{sys.version.split()[0]} / PySide6 {pyside_version}"),
        ]
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{escape(k)}</b></td><td>{v}</td></tr>"
            for k, v in rows
        )
        blurb = self.tr("Offline self-assessment, ledger and signed report packages.")
        self.text = QLabel(
            f"<h2>EvalDesk 自评台账</h2><p>{escape(blurb)}</p><table>{table}</table>"
        )
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.text.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
