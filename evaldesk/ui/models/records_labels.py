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


#: What kind of file a piece of evidence is, in words (never its MIME type), by MIME type.
FILE_KINDS = {
    "application/pdf": QT_TRANSLATE_NOOP("FileKinds", "PDF document"),
    "application/msword": QT_TRANSLATE_NOOP("FileKinds", "Word document"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": QT_TRANSLATE_NOOP(
        "FileKinds", "Word document"
    ),
    "application/vnd.ms-excel": QT_TRANSLATE_NOOP("FileKinds", "Excel workbook"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": QT_TRANSLATE_NOOP(
        "FileKinds", "Excel workbook"
    ),
    "application/zip": QT_TRANSLATE_NOOP("FileKinds", "Zip archive"),
    "text/plain": QT_TRANSLATE_NOOP("FileKinds", "Text file"),
}
FILE_FAMILIES = {
    "image": QT_TRANSLATE_NOOP("FileKinds", "Picture"),
    "video": QT_TRANSLATE_NOOP("FileKinds", "Video"),
    "audio": QT_TRANSLATE_NOOP("FileKinds", "Sound recording"),
    "text": QT_TRANSLATE_NOOP("FileKinds", "Text file"),
}
OTHER_FILE = QT_TRANSLATE_NOOP("FileKinds", "File")


def file_kind(mime: str) -> str:
    """A file kind a clerk recognises: "PDF 文件", "图片", "Word 文档"."""
    text = FILE_KINDS.get(mime) or FILE_FAMILIES.get(mime.partition("/")[0]) or OTHER_FILE
    return QCoreApplication.translate("FileKinds", text)
