"""How ledger values are named on screen: sources and statuses (translated, context
"LedgerTableModel"). The stored values are English keys; the Chinese is the translation's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

SOURCE_LABELS = {
    "assigned": QT_TRANSLATE_NOOP("LedgerTableModel", "Assigned"),
    "inspection": QT_TRANSLATE_NOOP("LedgerTableModel", "Inspection"),
    "public": QT_TRANSLATE_NOOP("LedgerTableModel", "Public"),
    "other": QT_TRANSLATE_NOOP("LedgerTableModel", "Other"),
}
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("LedgerTableModel", "To do"),
    "in_progress": QT_TRANSLATE_NOOP("LedgerTableModel", "In progress"),
    "done": QT_TRANSLATE_NOOP("LedgerTableModel", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("LedgerTableModel", "Cancelled"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LedgerTableModel", text)


def source_label(key: str) -> str:
    return _tr(SOURCE_LABELS[key]) if key in SOURCE_LABELS else key


def status_label(key: str) -> str:
    return _tr(STATUS_LABELS[key]) if key in STATUS_LABELS else key
