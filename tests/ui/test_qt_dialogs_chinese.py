"""Qt's own file dialog in the Chinese interface shows no English (issue 17, sub-finding 3):
labels from resources/translations/qtdialogs_zh_CN.ts, sizes and dates from
evaldesk/ui/file_dialogs.py, in a dialog made directly and in one of QFileDialog's static
functions (the way the views open them)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QTreeView,
)

from evaldesk.ui.file_dialogs import chinese_size

ENGLISH = ("Look in", "Files of", "File name", "Folder", "KiB", "Size", "Date Modified", "Type")


def shown_texts(dialog: QFileDialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [w.text() + w.toolTip() for w in dialog.findChildren(QAbstractButton)]
    for combo in dialog.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for view in dialog.findChildren(QTreeView):
        model, root = view.model(), view.rootIndex()
        texts += [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
        for r in range(model.rowCount(root)):
            texts += [str(model.index(r, c, root).data()) for c in range(model.columnCount(root))]
    return texts


def folder_with_files(tmp_path: Path) -> Path:
    (tmp_path / "子文件夹").mkdir()
    (tmp_path / "台账.xlsx").write_bytes(b"x" * 3000)
    return tmp_path


def rows_listed(dialog: QFileDialog) -> int:
    view = dialog.findChild(QTreeView)
    return view.model().rowCount(view.rootIndex()) if view is not None else 0


def test_a_file_dialog_in_the_chinese_ui_shows_no_english(tmp_path, qtbot, chinese_ui):
    folder = folder_with_files(tmp_path)
    dialog = QFileDialog(None, "选择台账", str(folder), "Excel 表格 (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: rows_listed(dialog) == 2)
    texts = shown_texts(dialog)
    joined = "\n".join(texts)
    for word in ENGLISH:
        assert word not in joined, word
    # Qt 6.8's labels have no access keys ("Look in:"), later ones do ("&Look in:")
    plain = {re.sub(r"\(&\w\)", "", t) for t in texts}
    assert "查找范围：" in plain and "文件类型：" in plain
    assert "文件夹" in texts and "2.9 KB" in texts and "大小" in texts
    # choosing a file in the list still works through the proxy model
    view = dialog.findChild(QTreeView)
    model, root = view.model(), view.rootIndex()
    row = next(
        r for r in range(model.rowCount(root)) if model.index(r, 0, root).data() == "台账.xlsx"
    )
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().select(model.index(row, 0, root), flags.ClearAndSelect | flags.Rows)
    assert dialog.selectedFiles() == [str(folder / "台账.xlsx")]


def test_the_static_dialogs_the_views_use_are_chinese_too(tmp_path, qtbot, chinese_ui):
    folder = folder_with_files(tmp_path)
    seen: list[list[str]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and rows_listed(dialog) == 2:
            seen.append(shown_texts(dialog))
            dialog.reject()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    name, _ = QFileDialog.getOpenFileName(
        None, "附加文件", str(folder), options=QFileDialog.Option.DontUseNativeDialog
    )
    assert name == "" and seen
    joined = "\n".join(seen[0])
    assert not [word for word in ENGLISH if word in joined]
    assert "2.9 KB" in seen[0]


def test_sizes_read_as_in_a_chinese_explorer() -> None:
    assert chinese_size(0) == "0 字节"
    assert chinese_size(1023) == "1023 字节"
    assert chinese_size(1024) == "1 KB"
    assert chinese_size(5 * 1024 * 1024 + 300_000) == "5.3 MB"
    assert chinese_size(3 * 1024**4) == "3 TB"


def test_the_english_ui_keeps_qt_as_it_is(tmp_path, qtbot):
    dialog = QFileDialog(None, "t", str(folder_with_files(tmp_path)))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: rows_listed(dialog) == 2)
    assert dialog.proxyModel() is None and "Folder" in shown_texts(dialog)
