"""Qt's own file dialog in the interface's language: sizes and dates in the Chinese way.

Qt's widget file dialog (Linux desktops such as 麒麟/统信 without a native one) formats sizes
with the *system* locale's IEC units ("2.9 KiB") and dates with the system locale too, which
no translation file can reach. An application-wide event filter gives every QFileDialog,
including those of the static ``QFileDialog.get…`` functions, a proxy model that shows sizes
as Windows Explorer does in Chinese (字节 / KB / MB / GB) and dates as 2025-03-01 14:05.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QIdentityProxyModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QTreeView

SIZE_COLUMN, DATE_COLUMN = 1, 3
_UNITS = ("KB", "MB", "GB", "TB")


def chinese_size(size: int) -> str:
    if size < 1024:
        return f"{size} 字节"
    value = float(size)
    for unit in _UNITS:
        value /= 1024
        if value < 1024 or unit == _UNITS[-1]:
            return f"{value:,.1f} {unit}".replace(".0 ", " ")
    raise AssertionError("unreachable")


class ChineseColumns(QIdentityProxyModel):
    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and isinstance(source, QFileSystemModel):
            original = self.mapToSource(index)
            column = index.column()
            if column == SIZE_COLUMN and not source.isDir(original):
                return chinese_size(source.size(original))
            if column == DATE_COLUMN:
                return source.lastModified(original).toString("yyyy-MM-dd HH:mm")
        return super().data(index, role)


class _DialogWatcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QFileDialog)
            and watched.proxyModel() is None
        ):
            watched.setProxyModel(ChineseColumns(watched))
            # Qt sized the date column for its own shorter text: the full date must show.
            for view in watched.findChildren(QTreeView):
                wide = view.fontMetrics().horizontalAdvance("0000-00-00 00:00") + 24
                view.header().resizeSection(DATE_COLUMN, wide)
        return False


_watcher: _DialogWatcher | None = None


def install(chinese: bool) -> None:
    """Watch every file dialog of the application while the interface is Chinese (i18n.install
    calls this at each change of language). The filter sees every event of the application,
    so it is only there when it is needed."""
    global _watcher
    app = QApplication.instance()
    if app is None:
        return
    if chinese and _watcher is None:
        _watcher = _DialogWatcher(app)
        app.installEventFilter(_watcher)
    elif not chinese and _watcher is not None:
        app.removeEventFilter(_watcher)
        _watcher.deleteLater()
        _watcher = None
