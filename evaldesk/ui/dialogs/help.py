"""In-app help (F1): the day's tasks, from resources/help/daily_<lang>.html (Chinese by default)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from evaldesk.resources import resource_path
from evaldesk.ui import i18n


def help_file(lang: str) -> Path:
    """The help page in ``lang``, or the Chinese one (the page every installation carries)."""
    page = resource_path("resources", "help", f"daily_{lang}.html")
    return page if page.exists() else resource_path("resources", "help", "daily_zh_CN.html")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Help — the day's tasks"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(False)
        page = help_file(i18n.current())
        self.browser.setSearchPaths([str(page.parent)])  # pictures beside the page
        self.browser.setHtml(page.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 560)
