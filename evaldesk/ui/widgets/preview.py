"""Previews of evidence files: images through QImageReader, PDFs through QtPdf where present.

Stored evidence files are named by their hash (no extension), so the image format is decided
from the content. QtPdf is an optional Qt module (not in every PySide6 wheel); without it a PDF
gets a file icon and the "open with the system viewer" button, like any other type.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

IMAGE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff"}
)
PDF_TYPE = "application/pdf"


@cache
def qtpdf() -> Any | None:
    """The QtPdf module, or None when this PySide6 build has none."""
    try:
        return importlib.import_module("PySide6.QtPdf")
    except ImportError:
        return None


def pdf_preview_available() -> bool:
    return qtpdf() is not None


def read_image(path: Path, size: QSize) -> QImage | None:
    """The image scaled to fit ``size`` (decoded at that size: a 40-megapixel scan stays cheap)."""
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and (full.width() > size.width() or full.height() > size.height()):
        reader.setScaledSize(full.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > size.width() or image.height() > size.height():
        image = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def read_pdf_page(path: Path, size: QSize, page: int = 0) -> QImage | None:
    """The PDF's first page rendered to fit ``size``, or None (no QtPdf, or an unreadable PDF)."""
    module = qtpdf()
    if module is None:
        return None
    document = module.QPdfDocument()
    if document.load(str(path)) != module.QPdfDocument.Error.None_ or document.pageCount() <= page:
        document.close()
        return None
    points = document.pagePointSize(page)
    target = QSize(int(points.width()), int(points.height())).scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio
    )
    image = document.render(page, target)
    document.close()
    if image.isNull():
        return None
    # Pages are transparent where nothing is printed: put them on white paper.
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def preview_image(path: Path, mime: str, size: QSize) -> QImage | None:
    if mime in IMAGE_TYPES or mime.startswith("image/"):
        return read_image(path, size)
    if mime == PDF_TYPE:
        return read_pdf_page(path, size)
    return None


def file_icon(mime: str) -> QIcon:
    app = QApplication.instance()
    style = app.style() if isinstance(app, QApplication) else None
    if style is None:
        return QIcon()
    kind = QStyle.StandardPixmap.SP_FileIcon
    if mime.startswith("image/"):
        kind = QStyle.StandardPixmap.SP_FileDialogContentsView
    return style.standardIcon(kind)


def thumbnail(path: Path, mime: str, size: QSize) -> QIcon:
    """An icon of the file: its picture where one can be made, else a file-type icon."""
    image = preview_image(path, mime, size)
    if image is None:
        return file_icon(mime)
    return QIcon(QPixmap.fromImage(image))


class PreviewWidget(QWidget):
    """A large preview, or why there is none and a button to open the file elsewhere."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # 160 px high at least, not 240: with the details below it the evidence view needed a
        # 738 px window, more than a maximised window gets at 1366×768 (698 px; seen on screen).
        self.picture.setMinimumSize(240, 160)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setStyleSheet("background: #f3f3f3; border: 1px solid #d0d0d0;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.tr("Open with the system viewer"))
        self.open_button.clicked.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.open_button)
        self.has_preview = False
        self.clear()

    def clear(self) -> None:
        self.picture.clear()
        self.note.setText(self.tr("Select a file to see it here"))
        self.open_button.setEnabled(False)
        self.has_preview = False

    def show_file(self, path: Path, mime: str) -> bool:
        """Show ``path``; returns whether a picture could be made."""
        self.open_button.setEnabled(True)
        box = self.picture.size()
        size = QSize(max(box.width(), 480) - 8, max(box.height(), 480) - 8)
        image = preview_image(path, mime, size) if path.is_file() else None
        self.has_preview = image is not None
        if image is not None:
            self.picture.setPixmap(QPixmap.fromImage(image))
            self.note.setText("")
            return True
        self.picture.setPixmap(file_icon(mime).pixmap(96, 96))
        if not path.is_file():
            self.note.setText(
                self.tr("The stored file is missing; run “evaldesk check” to find out why")
            )
        elif mime == PDF_TYPE and not pdf_preview_available():
            self.note.setText(
                self.tr(
                    "PDF preview is not available in this build; open it with the system viewer"
                )
            )
        else:
            self.note.setText(
                self.tr("No preview for this type of file; open it with the system viewer")
            )
        return False
