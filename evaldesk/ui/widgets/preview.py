"""Previews of evidence files: images through QImageReader, PDFs through pypdfium2.

Stored evidence files are named by their hash (no extension), so the image format is decided
from the content. PDFs are rendered with pypdfium2 (PDFium: its Linux library is 8.3 MB in the
frozen app, 3.8 MB compressed; QtPdf is only in the 167 MB PySide6-Addons wheel): the first
pages, on white paper. A file that cannot be rendered (a damaged PDF, a Word file) gets its
type's icon and the "open with the system viewer" button.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from evaldesk.services import evidence_browse
from evaldesk.services.evidence_browse import EvidenceRec
from evaldesk.ui.errors import guarded

IMAGE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff"}
)
PDF_TYPE = "application/pdf"
#: how many pages of a PDF the preview renders (the rest: open it with the system viewer)
PDF_PAGES = 5


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


@dataclass(frozen=True)
class PdfPages:
    """The first pages of a PDF as pictures, and how many pages it has."""

    images: list[QImage]
    count: int


def read_pdf(path: Path, size: QSize, pages: int = PDF_PAGES) -> PdfPages | None:
    """Up to ``pages`` pages of the PDF, each rendered to fit ``size``; None when it cannot be
    read (not a PDF, damaged, password-protected)."""
    import pypdfium2 as pdfium  # loaded on first preview: the window opens without it

    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError):
        return None
    try:
        images = []
        for number in range(min(pages, len(document))):
            page = document[number]
            try:
                width, height = page.get_size()
                scale = min(size.width() / width, size.height() / height) if width and height else 1
                bitmap = page.render(scale=max(scale, 0.05), prefer_bgrx=True)
                # BGRx bytes are what QImage calls RGB32 on little-endian machines (x86, ARM).
                image = QImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB32,
                ).copy()
            finally:
                page.close()
            images.append(image)
        return PdfPages(images, len(document))
    except pdfium.PdfiumError:
        return None
    finally:
        document.close()


def read_pdf_page(path: Path, size: QSize, page: int = 0) -> QImage | None:
    """One page of the PDF rendered to fit ``size``, or None when it cannot be rendered."""
    found = read_pdf(path, size, pages=page + 1)
    if found is None or len(found.images) <= page:
        return None
    return found.images[page]


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


def open_outside(parent: QWidget | None, ctx: Any, rec: EvidenceRec) -> None:
    """Open a copy of the file, under its original name, with the system's viewer."""
    with guarded(parent):
        folder = Path(tempfile.gettempdir()) / "evaldesk-open"
        copy = evidence_browse.copy_out(ctx.store, rec, folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))


class PreviewWidget(QWidget):
    """A large preview (a PDF's first pages one under the other), or why there is none and a
    button to open the file elsewhere."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(8)
        self.area = QScrollArea()
        self.area.setWidget(self.pages)
        self.area.setWidgetResizable(True)
        # 160 px high at least, not 240: with the details below it the evidence view needed a
        # 738 px window, more than a maximised window gets at 1366×768 (698 px; seen on screen).
        self.area.setMinimumSize(240, 160)
        self.area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.area.setStyleSheet("QScrollArea { background: #f3f3f3; border: 1px solid #d0d0d0; }")
        self.note = QLabel()
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.tr("&Open with the system viewer"))
        self.open_button.clicked.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.open_button)
        self.has_preview = False
        #: the pictures shown (one per rendered page), for tests
        self.shown: list[QLabel] = []
        self._showing: tuple[Path, str] | None = None
        self._fit_again = QTimer(self)
        self._fit_again.setSingleShot(True)
        self._fit_again.setInterval(150)
        self._fit_again.timeout.connect(self._refit)
        self.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A picture made for a wider pane (the view shown before the window took its size)
        # brought a horizontal scroll bar at 1366×768: made again for the new width.
        super().resizeEvent(event)
        if self._showing is None or not self.has_preview:
            return
        fit = self._fit_width()
        for label in self.shown:  # at once, cheaply; made again sharp once resizing stops
            picture = label.pixmap()
            if not picture.isNull() and picture.width() > fit:
                label.setPixmap(
                    picture.scaledToWidth(fit, Qt.TransformationMode.SmoothTransformation)
                )
        self._fit_again.start()

    def _fit_width(self) -> int:
        """How wide a picture may be beside the vertical scroll bar the pages may bring."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.area)
        margins = self.pages_layout.contentsMargins()
        width = self.area.width() - 2 * self.area.frameWidth()
        return max(width - bar - margins.left() - margins.right() - 4, 120)

    def _refit(self) -> None:
        if self._showing is not None:
            self.show_file(*self._showing)

    def _set_pictures(self, pixmaps: list[QPixmap]) -> None:
        for label in self.shown:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.shown = []
        for pixmap in pixmaps:
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setPixmap(pixmap)
            self.pages_layout.addWidget(label)
            self.shown.append(label)

    def clear(self) -> None:
        self._showing = None
        self._set_pictures([])
        self.note.setText(self.tr("Select a file to see it here"))
        self.open_button.setEnabled(False)
        self.has_preview = False

    def show_file(self, path: Path, mime: str) -> bool:
        """Show ``path``; returns whether a picture could be made."""
        self._showing = (path, mime)
        self.open_button.setEnabled(True)
        viewport = self.area.viewport().size()
        # Pictures as wide as the pane beside the vertical scroll bar they may bring: read
        # scrolling down, never sideways (a 456 px image in the evidence view's narrower pane
        # at 1366×768 brought a horizontal scroll bar).
        width = self._fit_width()
        margins = self.pages_layout.contentsMargins()
        size = QSize(width, max(viewport.height() - margins.top() - margins.bottom() - 4, 120))
        images: list[QImage] = []
        note = ""
        if path.is_file() and mime == PDF_TYPE:
            found = read_pdf(path, QSize(width, width * 2))
            if found is not None:
                images = found.images
                if found.count > len(images):
                    note = (
                        self.tr("The first %1 of %2 pages; open the file to read the rest")
                        .replace("%1", str(len(images)))
                        .replace("%2", str(found.count))
                    )
        elif path.is_file():
            image = preview_image(path, mime, size)
            images = [image] if image is not None else []
        self.has_preview = bool(images)
        if images:
            self._set_pictures([QPixmap.fromImage(i) for i in images])
            self.note.setText(note)
            return True
        self._set_pictures([file_icon(mime).pixmap(96, 96)])
        if not path.is_file():
            self.note.setText(
                self.tr("The stored file is missing; run “evaldesk check” to find out why")
            )
        elif mime == PDF_TYPE:
            self.note.setText(self.tr("This PDF cannot be shown; open it with the system viewer"))
        else:
            self.note.setText(
                self.tr("No preview for this type of file; open it with the system viewer")
            )
        return False


class PreviewDialog(QDialog):
    """One evidence file, previewed in its own window (from the item detail)."""

    def __init__(self, ctx: Any, rec: EvidenceRec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setWindowTitle(rec.original_name)
        self.ctx, self.rec = ctx, rec
        self.preview = PreviewWidget()
        self.preview.open_requested.connect(lambda: open_outside(self, ctx, rec))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        screen = parent.screen().availableGeometry() if parent is not None else None
        height = min(900, screen.height() - 80) if screen is not None else 700
        self.resize(int(height * 0.8), height)
        self.rendered = False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.rendered:  # at its real size, once
            self.rendered = True
            path = evidence_browse.file_path(self.ctx.store, self.rec)
            self.preview.show_file(path, self.rec.mime)
