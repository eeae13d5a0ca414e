"""In-app help (issue 17, sub-finding 5): F1 opens the day's tasks, in Chinese by default,
from the resource file, from the Help menu that shows the shortcut, with pictures of the
screens (made by scripts/help_images.py)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu

from evaldesk.ui import i18n
from evaldesk.ui import settings as cfg
from evaldesk.ui.dialogs.help import HelpDialog, help_file
from evaldesk.ui.main_window import VIEWS, MainWindow

TASKS_ZH = ("记台账", "办结", "季度调度", "自评打分", "导出材料包", "文件 → 用户账户…")


def test_f1_opens_the_days_tasks_in_chinese(ctx, qtbot, chinese_ui):
    window = MainWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # by title among the window's menus: QAction.menu()'s wrapper is already gone on PySide6 6.8
    help_menu = next(m for m in window.findChildren(QMenu) if m.title() == "帮助(&H)")
    assert window.help_action in help_menu.actions()
    assert window.help_action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, HelpDialog):
            seen.append(dialog.browser.toPlainText())
            dialog.reject()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert seen, "F1 opened no help"
    for task in TASKS_ZH:
        assert task in seen[0], task
    assert "F1" in seen[0]
    for spec in VIEWS:  # the page names every view as its tab is named
        title = QCoreApplication.translate("MainWindow", spec.title)
        assert f"“{title}”" in seen[0], title


def test_the_help_page_follows_the_language_and_falls_back_to_chinese() -> None:
    assert help_file("en").name == "daily_en.html"
    assert help_file("zh_CN").name == "daily_zh_CN.html"
    assert help_file("fr").name == "daily_zh_CN.html"
    assert "Ctrl+N" in help_file("en").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_help_pages_show_their_pictures(qtbot, lang) -> None:
    """Every picture the page names is in resources/help/images and is drawn by the dialog."""
    i18n.install(lang)
    try:
        dialog = HelpDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        page = help_file(lang)
        sources = re.findall(r'<img src="([^"]+)"', page.read_text(encoding="utf-8"))
        assert len(sources) >= 5  # ledger, dispatch, self-assessment, review, export
        document = dialog.browser.document()
        for source in sources:
            assert (page.parent / source).is_file(), source
            assert source.endswith(f"_{lang}.png"), source  # the screens in the page's language
            image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(source))
            assert isinstance(image, QImage | QPixmap) and not image.isNull(), source
            assert 400 <= image.width() <= dialog.browser.viewport().width(), source
    finally:
        i18n.install("en")


def test_the_help_pictures_stay_small() -> None:
    pictures = list((help_file("zh_CN").parent / "images").glob("*.png"))
    referenced = "".join(help_file(lang).read_text(encoding="utf-8") for lang in ("zh_CN", "en"))
    assert pictures and all(f"images/{p.name}" in referenced for p in pictures)  # none stale
    assert sum(p.stat().st_size for p in pictures) < 500 * 1024
