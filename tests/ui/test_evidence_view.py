"""The evidence view (佐证资料) on the demo office: list, previews, filters, links, odd names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from evaldesk.services.evidence import item_link
from evaldesk.ui.models.evidence_records import EvidenceRole
from evaldesk.ui.views.evidence import UNLINKED, EvidenceView
from evaldesk.ui.widgets.preview import pdf_preview_available


@pytest.fixture
def view(qtbot, ctx) -> EvidenceView:
    widget = EvidenceView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def recs(view: EvidenceView) -> list:
    return [view.model.index(r, 0).data(EvidenceRole) for r in range(view.model.rowCount())]


def png(path: Path, colour: str = "red") -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(colour)
    assert image.save(str(path), "PNG")
    return path


def test_lists_the_demo_evidence_and_previews_a_png(view: EvidenceView, ctx) -> None:
    assert view.model.rowCount() == ctx.store.evidence.count(ctx.year) > 0
    pngs = [r for r in recs(view) if r.mime == "image/png"]
    assert pngs, "the demo has PNG evidence"
    view.select(pngs[0].id)
    assert view.preview.has_preview
    pixmap = view.preview.picture.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 16
    assert view.name.text() == pngs[0].original_name
    icon = view.model.index(view.model.row_of(pngs[0].id), 0).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()


def test_a_pdf_is_previewed_with_qtpdf_or_offered_to_the_system_viewer(view: EvidenceView) -> None:
    pdfs = [r for r in recs(view) if r.mime == "application/pdf"]
    assert pdfs, "the demo has a PDF"
    view.select(pdfs[0].id)
    assert view.preview.open_button.isEnabled()
    if pdf_preview_available():
        assert view.preview.has_preview
    else:
        assert not view.preview.has_preview
        assert "system viewer" in view.preview.note.text()


def test_added_files_keep_odd_names_and_filters_find_them(
    view: EvidenceView, ctx, tmp_path: Path
) -> None:
    odd = png(tmp_path / '报告<1>:"测试"?.png')
    rare = png(tmp_path / "𠮷野家 现场照片 CON.png", "blue")
    op = view.add_files([odd, rare])
    assert op.wait() and op.error is None
    names = [r.original_name for r in recs(view)]
    assert '报告<1>:"测试"?.png' in names and "𠮷野家 现场照片 CON.png" in names
    assert view.name.text() == "𠮷野家 现场照片 CON.png"
    view.set_filter(UNLINKED)
    unlinked = recs(view)
    assert {r.original_name for r in unlinked} >= {'报告<1>:"测试"?.png', "𠮷野家 现场照片 CON.png"}
    assert all(not r.links for r in unlinked)
    code = view.link_item.itemData(0)
    view.select(next(r.id for r in unlinked if r.original_name.startswith("报告")))
    view.link_item.setCurrentIndex(0)
    view.link_item_button.click()
    assert all(not r.original_name.startswith("报告") for r in recs(view))  # no longer unlinked
    view.set_filter(code)
    linked = recs(view)
    assert any(r.original_name.startswith("报告") for r in linked)
    assert all(item_link(code) in r.links for r in linked)


def test_a_link_can_be_removed(view: EvidenceView, ctx) -> None:
    rec = next(r for r in recs(view) if r.links)
    view.select(rec.id)
    assert view.links.count() == len(rec.links)
    view.links.setCurrentRow(0)
    view.remove_link.click()
    assert len(ctx.store.evidence.get(rec.id).links) == len(rec.links) - 1


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_files_dropped_on_the_view_are_added(view: EvidenceView, ctx, tmp_path: Path) -> None:
    before = ctx.store.evidence.count(ctx.year)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png(tmp_path / "拖进来的.png")))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(view.rect().center(), *args)
    assert QApplication.sendEvent(view, enter) and enter.isAccepted()
    QApplication.sendEvent(view, QDropEvent(QPointF(view.rect().center()), *args))
    assert view.last_op is not None and view.last_op.wait()
    assert ctx.store.evidence.count(ctx.year) == before + 1
