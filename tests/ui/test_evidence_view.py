"""The evidence view (佐证资料) on the demo office: list, previews, filters, links, odd names."""

from __future__ import annotations

from pathlib import Path

import pytest
from file_drops import drop, png
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from evaldesk.services.evidence import item_link
from evaldesk.ui.models.evidence_records import EvidenceRole
from evaldesk.ui.views.evidence import UNLINKED, EvidenceView
from evaldesk.ui.widgets.preview import PDF_PAGES


@pytest.fixture
def view(qtbot, ctx) -> EvidenceView:
    widget = EvidenceView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def recs(view: EvidenceView) -> list:
    return [view.model.index(r, 0).data(EvidenceRole) for r in range(view.model.rowCount())]


def test_lists_the_demo_evidence_and_previews_a_png(view: EvidenceView, ctx) -> None:
    assert view.model.rowCount() == ctx.store.evidence.count(ctx.year) > 0
    pngs = [r for r in recs(view) if r.mime == "image/png"]
    assert pngs, "the demo has PNG evidence"
    view.select(pngs[0].id)
    assert view.preview.has_preview
    pixmap = view.preview.shown[0].pixmap()
    assert not pixmap.isNull() and pixmap.width() > 16
    assert view.name.text() == pngs[0].original_name
    icon = view.model.index(view.model.row_of(pngs[0].id), 0).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()


def pdf(path: Path, pages: int) -> Path:
    """A real PDF whose pages are mostly black (a rendered page is easy to tell from a blank)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        canvas.rect(50, 50, A4[0] - 100, A4[1] - 100, fill=1)
        canvas.showPage()
    canvas.save()
    return path


def dark_share(image: QImage) -> float:
    """How much of a picture is near black (sampled on a grid)."""
    points = [(x, y) for x in range(5, image.width(), 7) for y in range(5, image.height(), 7)]
    dark = sum(1 for x, y in points if image.pixelColor(x, y).lightness() < 60)
    return dark / len(points)


def test_a_pdf_is_previewed_inside_the_app(view: EvidenceView, tmp_path: Path) -> None:
    pdfs = [r for r in recs(view) if r.mime == "application/pdf"]
    assert pdfs, "the demo has a PDF"
    view.select(pdfs[0].id)
    assert view.preview.open_button.isEnabled()
    assert view.preview.has_preview  # pypdfium2: no QtPdf needed
    op = view.add_files([pdf(tmp_path / "七页的通知.pdf", PDF_PAGES + 2)])
    assert op.wait() and op.error is None
    assert view.name.text() == "七页的通知.pdf"
    assert view.preview.has_preview
    assert len(view.preview.shown) == PDF_PAGES  # the first pages, one under the other
    page = view.preview.shown[0].pixmap().toImage()
    assert page.width() > 200 and dark_share(page) > 0.5  # the black page, really rendered
    assert str(PDF_PAGES + 2) in view.preview.note.text()  # says there are more


def test_a_damaged_pdf_is_offered_to_the_system_viewer(view: EvidenceView, tmp_path: Path) -> None:
    broken = tmp_path / "坏的.pdf"
    broken.write_bytes(b"%PDF-1.4\n this is not a PDF body")
    op = view.add_files([broken])
    assert op.wait() and op.error is None
    assert view.name.text() == "坏的.pdf"
    assert not view.preview.has_preview
    assert "system viewer" in view.preview.note.text()
    assert view.preview.open_button.isEnabled()


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
    assert drop(view, [png(tmp_path / "拖进来的.png")]) == (True, True)
    assert view.last_op is not None and view.last_op.wait()
    assert ctx.store.evidence.count(ctx.year) == before + 1
