"""The PDF report: the pages and their furniture, the order of the parts, rendering.

Page numbers "第 N 页 共 M 页" are drawn after layout (the total is only known then); the cover
is not numbered; wide tables go on landscape pages with the text block turned. The geometry
and styles are in :mod:`pdf_style`; the parts in :mod:`pdf_cover`, :mod:`pdf_body` and
:mod:`pdf_form`, which this module puts in order (:func:`build_story`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from evaldesk.export import pdf_body
from evaldesk.export.approval import DRAFT, FINAL
from evaldesk.export.fonts import FontKit, find_fonts
from evaldesk.export.pdf_cover import colophon, cover
from evaldesk.export.pdf_draft import draw_marks
from evaldesk.export.pdf_form import form_story
from evaldesk.export.pdf_review import review_section
from evaldesk.export.pdf_style import (
    BLOCK_H,
    BLOCK_W,
    BODY_PT,
    BOTTOM,
    LEFT,
    WIDE_BOTTOM,
    ReportContext,
    Styles,
)
from evaldesk.export.pdf_table import Section
from evaldesk.export.snapshot import ExportSnapshot
from evaldesk.messages import Message, msg

#: In the PDF's keywords: the package's status, which `evaldesk verify` compares with bag-info.
STATUS_MARKER = "evaldesk-status:"


@dataclass
class RenderedReport:
    data: bytes
    pages: int
    fonts: str  # for the colophon (Chinese)
    fonts_ascii: str  # for bag-info.txt
    warnings: list[Message] = field(default_factory=list)


def _canvas_class(kit: FontKit, when: date, draft: bool) -> type[Canvas]:
    font = kit.name("body")

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
        """Keeps each page's drawing until the end, then writes "第 N 页 共 M 页" on every page
        but the cover, and on every page of a draft the 草稿 marks; also pins the PDF dates to
        the export date (reproducible bytes)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = font  # else Helvetica is referenced, and not embedded
            kwargs["initialFontSize"] = BODY_PT
            super().__init__(*args, **kwargs)
            stamp = TimeStamp(invariant=1)
            stamp.YMDhms = (when.year, when.month, when.day, 0, 0, 0)
            self._doc._timeStamp = stamp
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages) - 1
            for number, state in enumerate(self._pages):
                self.__dict__.update(state)
                width, height = self._pagesize
                if number > 0:
                    # 7 mm below the text block (GB/T 9704), whichever way the page is turned
                    block_bottom = WIDE_BOTTOM if width > height else BOTTOM
                    self.setFont(font, 14)
                    self.drawCentredString(
                        width / 2, block_bottom - 7 * mm - 12, f"第 {number} 页 共 {total} 页"
                    )
                if draft:
                    draw_marks(self, kit, width, height)
                super().showPage()
            super().save()

    return NumberedCanvas


def _templates() -> list[PageTemplate]:
    portrait = Frame(
        LEFT,
        BOTTOM,
        BLOCK_W,
        BLOCK_H,
        id="block",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    lw, lh = landscape(A4)
    # The block turned: the binding edge (portrait left) is the landscape top.
    wide = Frame(
        (lw - BLOCK_H) / 2,
        WIDE_BOTTOM,
        BLOCK_H,
        BLOCK_W,
        id="wide",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return [
        PageTemplate("cover", [portrait], pagesize=A4),
        PageTemplate("portrait", [portrait], pagesize=A4),
        PageTemplate("landscape", [wide], pagesize=(lw, lh)),
    ]


def build_story(snapshot: ExportSnapshot, ctx: ReportContext, s: Styles) -> list[Flowable]:
    """The report's parts in order: cover, the score (or the form), records, sign-off, colophon."""
    story: list[Flowable] = cover(snapshot, ctx, s)
    story += [NextPageTemplate("portrait"), PageBreak()]
    sec = Section(s)
    if snapshot.rubric.kind == "report" and snapshot.rubric.form is not None:
        story += form_story(snapshot, ctx, s, sec)
    else:
        story += pdf_body.summary(snapshot, s, sec)
        story += pdf_body.score_table(snapshot, ctx, s, sec)
    if snapshot.report.interpretations:
        story += pdf_body.interpretations(snapshot, s, sec)
    if snapshot.ledger:
        story += pdf_body.ledger(snapshot, s, sec)
    if snapshot.dispatch:
        story += pdf_body.dispatch(snapshot, s, sec)
    if ctx.plan:
        story += pdf_body.evidence(ctx, s, sec)
    story += review_section(snapshot, s, sec)
    if not (snapshot.rubric.kind == "report" and snapshot.rubric.form is not None):
        story += pdf_body.signoff(snapshot, s, sec)
    story += colophon(snapshot, ctx, s)
    return story


def render_report(
    snapshot: ExportSnapshot, ctx: ReportContext, kit: FontKit | None = None
) -> RenderedReport:
    """Lay out the whole report and return the PDF bytes with what was learned about the fonts."""
    kit = kit or find_fonts()
    styles = Styles(kit)
    story = build_story(snapshot, ctx, styles)
    buffer = io.BytesIO()
    office = snapshot.office.name
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=_templates(),
        title=f"{office}{snapshot.year}年度自评报告",
        author=office,
        subject=f"{snapshot.rubric.title} {snapshot.rubric.doc_number}".strip(),
        # ASCII, so `evaldesk verify` can find it in the raw file: ties the PDF to the package.
        keywords=(
            f"evaldesk-package:{ctx.package_id} evaldesk-content-sha256:{ctx.content_digest} "
            f"evaldesk-key-sha256:{ctx.fingerprint.replace(' ', '').lower()} "
            f"{STATUS_MARKER}{DRAFT if snapshot.draft else FINAL}"
        ),
        creator=f"{snapshot.generator}; fonts: {kit.describe_ascii()}",
        producer=snapshot.generator,
        invariant=1,
        lang="zh-CN",
    )
    doc.build(story, canvasmaker=_canvas_class(kit, snapshot.export_date, snapshot.draft))
    warnings = list(kit.warnings)
    if kit.missing:
        warnings.append(msg("export.missing_glyphs", chars=kit.missing_report()))
    return RenderedReport(
        data=buffer.getvalue(),
        pages=doc.page,
        fonts=kit.describe(),
        fonts_ascii=kit.describe_ascii(),
        warnings=warnings,
    )
