"""A receiving office's data folder opens the receiving office's window, not a unit's
screens (issue 18, finding 1); each role finds enabled what it may do (finding 6); packages
dropped on the window are imported (finding 2)."""

from __future__ import annotations

from collect_data import PASSWORD
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from evaldesk.ui import settings as cfg
from evaldesk.ui.app import AppController
from evaldesk.ui.collect.window import CollectWindow
from evaldesk.ui.main_window import MainWindow


def test_a_receiving_folder_opens_the_receiving_window(rugao_office, qtbot, monkeypatch):
    monkeypatch.setenv("EVALDESK_AUTOLOGIN", "clerk")
    monkeypatch.setenv("EVALDESK_AUTOLOGIN_PASSWORD", PASSWORD)
    controller = AppController(rugao_office.folder, cfg.Settings(), "en")
    try:
        assert controller.start()
        assert controller.wait_loaded()
        window = controller.window
        assert isinstance(window, CollectWindow) and not isinstance(window, MainWindow)
        assert window.isVisible()
        assert window.overview.units_proxy.rowCount() == 14
        # a language switch re-creates the same kind of window
        controller.switch_language("zh_CN")
        assert isinstance(controller.window, CollectWindow)
        assert (
            "接收" in controller.window.windowTitle() or "考核" in controller.window.windowTitle()
        )
    finally:
        controller.window.close()
        controller.shutdown()
        from evaldesk.ui import i18n

        i18n.install("en")


def _enabled(window: CollectWindow) -> dict[str, bool]:
    return {
        "import": window.import_action.isEnabled(),
        "publish": window.publish_action.isEnabled(),
        "review": window.overview.review_box.isEnabled(),
    }


def test_each_role_finds_enabled_what_it_may_do(qtbot, rugao_office, office_ctx):
    seen = {}
    for user in ("clerk", "ping", "head"):
        window = CollectWindow(office_ctx(rugao_office, user), cfg.Settings())
        qtbot.addWidget(window)
        seen[user] = _enabled(window)
        if user == "clerk":
            assert "head" in window.publish_action.toolTip()
    assert seen["clerk"] == {"import": True, "publish": False, "review": False}
    assert seen["ping"] == {"import": False, "publish": False, "review": True}
    assert seen["head"] == {"import": True, "publish": True, "review": True}


def test_a_folder_dropped_on_the_window_is_imported(qtbot, rugao_office, office_ctx):
    from evaldesk.ui.dialogs.collect_import import ImportResultDialog

    window = CollectWindow(office_ctx(rugao_office, "clerk"), cfg.Settings())
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(rugao_office.packages[0].parent))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    op = window.last_import
    assert op is not None and op.wait()
    dialog = window.findChild(ImportResultDialog)
    assert dialog is not None
    # both packages were imported already: each is refused as a duplicate, with the reason
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 1).text() for r in range(2)] == ["Refused"] * 2
    assert all("already imported" in reason for reason in dialog.reasons()), dialog.reasons()
