"""Filters of the rubric tree: "losing points", "not assessed", "missing evidence", and search.

Items are matched; a section is shown when any of its items is, and an item that matches
shows all its criteria (recursive filtering). Works on the model's roles only.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from evaldesk.ui.models.rubric_rows import (
    CRITERION,
    ITEM,
    SECTION,
    KindRole,
    LossRole,
    MissingEvidenceRole,
    SearchRole,
    StatusRole,
)

ALL, LOSING, NOT_ASSESSED, MISSING_EVIDENCE = "all", "losing", "not_assessed", "missing_evidence"
MODES = (ALL, LOSING, NOT_ASSESSED, MISSING_EVIDENCE)


class RubricFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = ALL
        self.text = ""
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(False)

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown filter {mode!r}")
        self.refilter(lambda: setattr(self, "mode", mode))

    def set_text(self, text: str) -> None:
        self.refilter(lambda: setattr(self, "text", text.strip().lower()))

    def refilter(self, change: Callable[[], None] | None = None) -> None:
        """Apply a change of the criteria (or of the data they read) to what is shown."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter() is deprecated
            self.beginFilterChange()
            if change is not None:
                change()
            self.endFilterChange()
        else:  # pragma: no cover - Qt 6.8/6.9
            if change is not None:
                change()
            self.invalidateFilter()

    @property
    def active(self) -> bool:
        return self.mode != ALL or bool(self.text)

    def item_matches(self, index: QModelIndex) -> bool:
        model = self.sourceModel()
        if self.mode == LOSING:
            loss = model.data(index, LossRole)
            if not isinstance(loss, Decimal) or loss <= 0:
                return False
        elif self.mode == NOT_ASSESSED:
            if model.data(index, StatusRole) != "not_assessed":
                return False
        elif self.mode == MISSING_EVIDENCE and not model.data(index, MissingEvidenceRole):
            return False
        if self.text:
            own = str(model.data(index, SearchRole) or "")
            if self.text in own:
                return True
            rows = model.rowCount(index)
            return any(
                self.text in str(model.data(model.index(r, 0, index), SearchRole) or "")
                for r in range(rows)
            )
        return True

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        kind = model.data(index, KindRole)
        if not self.active:
            return True
        if kind == ITEM:
            return self.item_matches(index)
        if kind == CRITERION:
            return self.item_matches(model.index(source_parent.row(), 0, source_parent.parent()))
        return bool(kind != SECTION)  # a section shows only through its matching items
