"""The evidence list's model: one row per evidence file, thumbnails made on first paint."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon

from evaldesk.services.evidence_browse import EvidenceRec, file_path, human_size
from evaldesk.ui.models.records_labels import file_kind
from evaldesk.ui.permissions import person
from evaldesk.ui.widgets.preview import thumbnail

Index = QModelIndex | QPersistentModelIndex

_USER = int(Qt.ItemDataRole.UserRole)
EvidenceIdRole = _USER + 1  # int
EvidenceRole = _USER + 2  # EvidenceRec
LinkedRole = _USER + 3  # bool: linked to anything

THUMB = QSize(96, 96)


class EvidenceListModel(QAbstractListModel):
    def __init__(self, store: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[EvidenceRec] = []
        self._icons: dict[str, QIcon] = {}

    def set_rows(self, rows: list[EvidenceRec]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def evidence(self, row: int) -> EvidenceRec | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, evidence_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == evidence_id), -1)

    def path(self, rec: EvidenceRec) -> Path:
        return file_path(self._store, rec)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rec = self.evidence(index.row()) if index.isValid() else None
        if rec is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return rec.original_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{rec.original_name}\n{details_of(self._store, rec)}"
        if role == Qt.ItemDataRole.DecorationRole:
            # Identical content is stored once, so the hash is a good cache key.
            icon = self._icons.get(rec.sha256)
            if icon is None:
                icon = thumbnail(self.path(rec), rec.mime, THUMB)
                self._icons[rec.sha256] = icon
            return icon
        if role == EvidenceIdRole:
            return rec.id
        if role == EvidenceRole:
            return rec
        if role == LinkedRole:
            return bool(rec.links)
        return None


def details_of(store: Any, rec: EvidenceRec) -> str:
    """ "1.2 MB · PDF 文件 · 2025-03-01 · 王小华": size, kind, day added and by whom, in words
    (not its MIME type nor the audit log's "user:wang")."""
    return " · ".join(
        (human_size(rec.size), file_kind(rec.mime), rec.added_at[:10], person(store, rec.added_by))
    )
