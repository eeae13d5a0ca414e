"""Issue 16, sub-finding 5: evidence where the item is.

The item detail beside the tree lists the item's files (preview inside the app, open, unlink),
has 添加佐证… and takes files dropped anywhere on it; a PDF previews as rendered pages. In 佐证资料
a file is linked to a ledger entry picked by searching its 事项, not by typing its number.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from file_drops import drop, png
from PySide6.QtCore import Qt

from evaldesk.services import evidence_browse
from evaldesk.services.evidence import item_link, ledger_link
from evaldesk.ui.views.evidence import EvidenceView
from evaldesk.ui.views.rubric import RubricView
from evaldesk.ui.widgets.ledger_picker import EntryRole
from evaldesk.ui.widgets.preview import PreviewDialog


def a_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    canvas.rect(40, 40, A4[0] - 80, A4[1] - 80, fill=1)
    canvas.save()
    return path


def linked(ctx: Any, code: str) -> list[str]:
    return [
        r.original_name for r in evidence_browse.evidence_of(ctx.store, ctx.year, item_link(code))
    ]


def shown(view: RubricView) -> list[str]:
    assert view.detail.evidence is not None
    files = view.detail.evidence.files
    return [
        files.item(i).data(Qt.ItemDataRole.UserRole + 1).original_name for i in range(files.count())
    ]


@pytest.fixture
def view(open_ctx, qtbot) -> RubricView:
    ctx = open_ctx("clerk")
    widget = RubricView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    return widget


def test_the_item_detail_lists_previews_and_unlinks_its_files(view: RubricView, qtbot) -> None:
    ctx = view.ctx
    code = next(i.code for i in ctx.rubric.items() if len(linked(ctx, i.code)) >= 1)
    assert view.show_item(code)
    box = view.detail.evidence
    assert box is not None and not box.isHidden()
    assert sorted(shown(view)) == sorted(linked(ctx, code))
    assert box.preview_button.isEnabled() and box.open_button.isEnabled()
    box.preview_current()
    dialog = box.dialog
    assert isinstance(dialog, PreviewDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.rendered)
    assert dialog.preview.has_preview or "system viewer" in dialog.preview.note.text()
    dialog.close()
    name = shown(view)[0]
    box.files.setCurrentRow(0)
    box.unlink_button.click()
    assert name not in linked(ctx, code)
    assert name not in shown(view)
    assert name in [r.original_name for r in evidence_browse.list_evidence(ctx.store, ctx.year)]
    assert "no longer linked" in box.message.text()


def test_files_are_added_at_the_item_by_button_or_drop(view: RubricView, qtbot, tmp_path) -> None:
    ctx = view.ctx
    code = "一.2"
    view.show_item(code)
    box = view.detail.evidence
    assert box is not None and box.add_button.isEnabled()
    before = len(linked(ctx, code))
    op = box.add_files(
        [png(tmp_path / "宣传活动照片.png")]
    )  # what 添加佐证… does once files are chosen
    assert op is not None and op.wait() and op.error is None
    qtbot.waitUntil(lambda: "宣传活动照片.png" in shown(view))
    assert view.detail.acceptDrops()  # a drag from the file manager is offered to it
    entered, dropped = drop(view.detail, [a_pdf(tmp_path / "样板点名单.pdf")])
    assert entered and dropped
    op = box.last_op
    assert op is not None and op.wait() and op.error is None
    qtbot.waitUntil(lambda: "样板点名单.pdf" in shown(view))
    assert len(linked(ctx, code)) == before + 2
    # the PDF is rendered inside the app
    box.files.setCurrentRow(shown(view).index("样板点名单.pdf"))
    box.preview_current()
    assert box.dialog is not None
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.rendered)
    assert box.dialog.preview.has_preview
    page = box.dialog.preview.shown[0].pixmap().toImage()
    middle = page.pixelColor(page.width() // 2, page.height() // 2)
    assert middle.lightness() < 60  # the black page, really drawn
    # as wide as the pane beside its vertical scroll bar: read scrolling down, never sideways
    area = box.dialog.preview.area
    qtbot.waitUntil(lambda: area.verticalScrollBar().isVisible())
    assert not area.horizontalScrollBar().isVisible()
    box.dialog.close()


def test_an_empty_item_says_how_to_add_and_a_read_only_user_cannot(open_ctx, qtbot, tmp_path):
    clerk = RubricView(open_ctx("clerk"))
    qtbot.addWidget(clerk)
    code = next(i.code for i in clerk.ctx.rubric.items() if not linked(clerk.ctx, i.code))
    clerk.show_item(code)
    assert clerk.detail.evidence is not None
    assert "drop files here" in clerk.detail.evidence.hint.text()
    admin = RubricView(open_ctx("admin"))
    qtbot.addWidget(admin)
    admin.show_item(code)
    box = admin.detail.evidence
    assert box is not None and not box.add_button.isEnabled()
    assert "role" in box.hint.text()  # why not, instead of a dead button
    assert drop(admin.detail, [png(tmp_path / "x.png")]) == (False, False)


def test_a_file_is_linked_to_a_ledger_entry_found_by_its_title(ctx, qtbot) -> None:
    view = EvidenceView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    from evaldesk.services.ledger import search
    from evaldesk.store import LedgerQuery

    rec = view.current()
    assert rec is not None
    entries = search(ctx.store, LedgerQuery(ctx.year, limit=None))
    titles = Counter(e.title for e in entries)
    open_quarter = [  # the demo's quarters 1-3 are approved: their entries take no new evidence
        e for e in entries if e.received_date.month >= 10 and ledger_link(e.id) not in rec.links
    ]
    entry = min(open_quarter, key=lambda e: titles[e.title])
    words = entry.title[-8:]  # part of the 事项, as a clerk remembers it
    assert view.link_entry.search(words) >= 1
    rows = view.link_entry.matches
    found = next(r for r in range(rows.rowCount()) if rows.item(r).data(EntryRole) == entry.id)
    assert entry.title in rows.item(found).text()  # listed by its 事项 (and date, status)
    view.link_entry.choose(found)
    assert view.link_entry.entry_id == entry.id
    view.link_entry_button.click()
    assert ledger_link(entry.id) in ctx.store.evidence.get(rec.id).links
    labels = [view.links.item(i).text() for i in range(view.links.count())]
    assert any(entry.title in label for label in labels)
    # nothing picked: a hint, no link to a number typed blind
    view.link_entry_button.click()
    assert "pick it from the list" in view.message.text()
