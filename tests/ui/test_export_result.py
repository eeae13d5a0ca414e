"""Export that just works (issue 17, sub-finding 4): a default folder that exists (made when
the export starts), the last folder remembered per data folder, a result dialog with the path,
size and fingerprint explained, copy path, a fallback when no program opens folders, and Enter
in the passphrase field exports.

Every export is the real service writing a real package from a copy of the demo office. The
offscreen platform has no file launcher (``QDesktopServices.openUrl`` answers False), which is
the case the fallback is for; the launcher case registers a handler through Qt's own
``QDesktopServices.setUrlHandler``.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication

from evaldesk.ui import export_folder
from evaldesk.ui import settings as cfg
from evaldesk.ui.dialogs.export_result import ExportResultDialog, size_text
from evaldesk.ui.views.export import ExportView

PASSPHRASE = "correct horse battery"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with no 文档/Documents folder in it, like root's on the office PC."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


def _view(qtbot, ctx) -> ExportView:
    view = ExportView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    return view


def _export(qtbot, view: ExportView) -> ExportResultDialog:
    view.passphrase_edit.setText(PASSPHRASE)
    view.repeat_edit.setText(PASSPHRASE)
    op = view.start()
    assert op is not None and op.wait(120_000) and op.error is None, op.error
    qtbot.waitUntil(lambda: view.result_dialog is not None, timeout=10_000)
    assert view.result_dialog is not None
    return view.result_dialog


def test_the_default_folder_is_made_when_the_export_starts(qtbot, ctx, home, shown_errors) -> None:
    view = _view(qtbot, ctx)
    proposed = Path(view.out_edit.text())
    assert proposed.parent == home / "Documents" and not proposed.parent.exists()
    dialog = _export(qtbot, view)
    assert shown_errors == []
    assert proposed.is_file() and zipfile.is_zipfile(proposed)
    assert dialog.package.path == proposed


def test_without_a_documents_folder_the_data_folders_exports_folder_is_used(
    qtbot, ctx, home, shown_errors, monkeypatch
) -> None:
    # A home under a file: no Documents folder can be made there (a permission bit would not
    # stop root, who runs these tests in CI).
    blocker = home / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("HOME", str(blocker / "home"))
    view = _view(qtbot, ctx)
    proposed = Path(view.out_edit.text())
    assert proposed.parent == Path(ctx.data_dir) / export_folder.DATA_EXPORTS
    _export(qtbot, view)
    assert proposed.is_file() and shown_errors == []


def test_the_last_folder_is_remembered_per_data_folder(
    qtbot, ctx, home, tmp_path, shown_errors
) -> None:
    chosen = tmp_path / "U盘" / "2025"
    chosen.mkdir(parents=True)
    view = _view(qtbot, ctx)
    name = Path(view.out_edit.text()).name
    view.out_edit.setText(str(chosen / name))  # as after 选择… in the file dialog
    _export(qtbot, view)
    again = _view(qtbot, ctx)  # the next time the view opens
    assert Path(again.out_edit.text()) == chosen / name
    other_office = tmp_path / "other-data"
    assert export_folder.default_folder(other_office, cfg.Settings()) == home / "Documents"
    assert cfg.Settings().get(cfg.EXPORT_FOLDER, cfg.folder_scope(Path(ctx.data_dir))) == str(
        chosen
    )
    (chosen / name).unlink()
    chosen.rmdir()  # the USB stick taken out: back to the documents folder, not an error
    assert export_folder.default_folder(Path(ctx.data_dir), cfg.Settings()) == home / "Documents"


def test_the_result_dialog_shows_path_size_fingerprint_and_copies_the_path(
    qtbot, ctx, home, shown_errors
) -> None:
    view = _view(qtbot, ctx)
    dialog = _export(qtbot, view)
    path = dialog.package.path
    assert dialog.isVisible()
    assert dialog.path_label.text() == str(path)  # the full path, not just the name
    size = path.stat().st_size
    assert size == dialog.package.size
    shown = re.fullmatch(r"([\d,.]+) KB \(([\d,]+) bytes\)", dialog.size_label.text())
    assert shown is not None, dialog.size_label.text()  # the demo's package is a few hundred KB
    assert abs(float(shown[1].replace(",", "")) - size / 1024) < 0.06
    assert shown[2] == f"{size:,}"
    assert dialog.fingerprint_label.text() == dialog.package.fingerprint
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.path_label)))
    assert "cover" in text and "registered" in text  # the fingerprint explained in words
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(path)
    assert dialog.close_button.isDefault()


def test_size_in_chinese_units(chinese_ui) -> None:
    assert size_text(512) == "512 字节"
    assert size_text(3_356_112) == "3.2 MB（3,356,112 字节）"


def test_without_a_file_launcher_the_path_is_shown_with_copy(
    qtbot, ctx, home, shown_errors
) -> None:
    view = _view(qtbot, ctx)
    dialog = _export(qtbot, view)
    assert not QDesktopServices.openUrl(QUrl.fromLocalFile(str(home)))  # offscreen: none
    assert dialog.open_folder() is False
    assert dialog.note.isVisible()
    assert str(dialog.package.path) in dialog.note.text()
    assert "no program that opens folders" in dialog.note.text()
    assert dialog.copy_button.hasFocus() or not dialog.isActiveWindow()


class _Launcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def test_with_a_file_launcher_the_folder_is_opened(qtbot, ctx, home, shown_errors) -> None:
    view = _view(qtbot, ctx)
    dialog = _export(qtbot, view)
    launcher = _Launcher()
    QDesktopServices.setUrlHandler("file", launcher, "show")
    try:
        assert dialog.open_folder() is True
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert launcher.opened == [str(dialog.package.path.parent)]
    assert dialog.note.isHidden()


def test_enter_in_the_passphrase_field_exports(qtbot, ctx, home, shown_errors) -> None:
    view = _view(qtbot, ctx)
    assert view.export_button.isDefault()
    view.passphrase_edit.setText(PASSPHRASE)
    view.repeat_edit.setText(PASSPHRASE)
    view.passphrase_edit.setFocus()
    qtbot.keyClick(view.passphrase_edit, Qt.Key.Key_Return)
    op = view.last_op
    assert op is not None, "Enter did not start the export"
    qtbot.keyClick(view.repeat_edit, Qt.Key.Key_Enter)  # a second Enter starts no second one
    assert view.last_op is op
    assert op.wait(120_000) and op.error is None, op.error
    qtbot.waitUntil(lambda: view.result_dialog is not None, timeout=10_000)
    assert Path(view.out_edit.text()).is_file()


def test_keyboard_only_export_is_ctrl_7_passphrase_enter(qtbot, ctx, home, shown_errors) -> None:
    """The count in the issue's note: Ctrl+7, the passphrase (twice at the first export, with
    Tab between), Enter; Enter again closes the result dialog."""
    from evaldesk.ui.main_window import MainWindow

    window = MainWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    window.show_view("rubric")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    view = window.view("export")
    assert window.current_key() == "export"
    qtbot.waitUntil(view.passphrase_edit.hasFocus, timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert view.repeat_edit.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    op = view.last_op
    assert op is not None and op.wait(120_000) and op.error is None, op.error
    qtbot.waitUntil(lambda: view.result_dialog is not None, timeout=10_000)
    dialog = view.result_dialog
    assert dialog is not None and Path(dialog.package.path).is_file()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Close is the default button
    assert not dialog.isVisible()
