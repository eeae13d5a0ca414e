"""The PDF report: page layout after GB/T 9704-2012, styles, page numbers, rendering.

A4 portrait with a 37 mm top margin, a 28 mm binding (left) margin and a 156 × 225 mm text
block; wide tables go on landscape pages with the same block turned. Body 16 pt (三号) in the
仿宋-like face, headings 黑体/楷体, the title 22 pt (二号) 小标宋-like: :mod:`fonts` maps the
roles to what the system has. Page numbers "第 N 页 共 M 页" are drawn after layout (the total
is only known then); the cover is not numbered. The content lives in :mod:`pdf_body` and
:mod:`pdf_form`; this module owns the page furniture.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from evaldesk.export.content import ScoreRow
from evaldesk.export.fonts import FontKit, find_fonts
from evaldesk.export.names import PlannedEvidence
from evaldesk.export.snapshot import ExportSnapshot

PAGE_W, PAGE_H = A4
TOP, LEFT = 37 * mm, 28 * mm
BLOCK_W, BLOCK_H = 156 * mm, 225 * mm
BOTTOM = PAGE_H - TOP - BLOCK_H  # 35 mm
WIDE_BOTTOM = 26 * mm  # the turned block on landscape pages: (210 - 156) / 2 + 1
BODY_PT, TITLE_PT, TABLE_PT, DENSE_PT = 16, 22, 10.5, 9
LINE = 28.9  # GB/T 9704: 22 lines in the 225 mm block


@dataclass(frozen=True, slots=True)
class ReportContext:
    """What the report prints that is not in the snapshot: the package's identity."""

    package_id: str
    content_digest: (
        str  # SHA-256 of the payload manifest without report.pdf (docs/package-format.md)
    )
    fingerprint: str  # the signing key's fingerprint, grouped
    plan: list[PlannedEvidence]
    rows: list[ScoreRow]

    @property
    def qr_text(self) -> str:
        """What the cover's QR code holds: format tag, package id, content digest, key fingerprint."""
        key = self.fingerprint.replace(" ", "").lower()
        return f"EVALDESK1|{self.package_id}|{self.content_digest}|{key}"


@dataclass
class RenderedReport:
    data: bytes
    pages: int
    fonts: str  # for the colophon (Chinese)
    fonts_ascii: str  # for bag-info.txt
    warnings: list[str] = field(default_factory=list)


class Styles:
    """Paragraph styles bound to the fonts found, and a markup helper that checks coverage."""

    def __init__(self, kit: FontKit) -> None:
        self.kit = kit
        body, head, sub, title = (kit.name(r) for r in ("body", "heading", "subheading", "title"))
        self.title = ParagraphStyle(
            "title", fontName=title, fontSize=TITLE_PT, leading=36, alignment=TA_CENTER
        )
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=sub, fontSize=BODY_PT, leading=LINE, alignment=TA_CENTER
        )
        self.h1 = ParagraphStyle(
            "h1", fontName=head, fontSize=BODY_PT, leading=LINE, spaceBefore=8, spaceAfter=4
        )
        self.h2 = ParagraphStyle("h2", fontName=sub, fontSize=BODY_PT, leading=LINE, spaceBefore=4)
        self.body = ParagraphStyle(
            "body",
            fontName=body,
            fontSize=BODY_PT,
            leading=LINE,
            alignment=TA_JUSTIFY,
            firstLineIndent=2 * BODY_PT,
            wordWrap="CJK",
        )
        self.plain = ParagraphStyle("plain", parent=self.body, firstLineIndent=0)
        self.cell = ParagraphStyle(
            "cell",
            fontName=body,
            fontSize=TABLE_PT,
            leading=TABLE_PT * 1.35,
            wordWrap="CJK",
            alignment=TA_LEFT,
        )
        self.cell_c = ParagraphStyle("cell_c", parent=self.cell, alignment=TA_CENTER)
        self.cell_h = ParagraphStyle("cell_h", parent=self.cell_c, fontName=head)
        self.cell_b = ParagraphStyle("cell_b", parent=self.cell, fontName=head)
        self.small = ParagraphStyle("small", parent=self.cell, fontSize=9, leading=12)
        # The score table (小五, 9 pt): the rubric's long 内容 and 评分标准 fit about twice as
        # many items on a turned page as at 五号.
        self.dense = ParagraphStyle("dense", parent=self.cell, fontSize=DENSE_PT, leading=12)
        self.dense_c = ParagraphStyle("dense_c", parent=self.dense, alignment=TA_CENTER)
        self.dense_h = ParagraphStyle("dense_h", parent=self.dense_c, fontName=head)
        self.dense_b = ParagraphStyle("dense_b", parent=self.dense, fontName=head)
        self.cover = ParagraphStyle("cover", parent=self.plain, fontSize=14, leading=20)
        self.cover_label = ParagraphStyle(
            "cover_label", parent=self.cover, fontName=head, alignment=TA_LEFT
        )

    def role_of(self, style: ParagraphStyle) -> str:
        name = style.fontName
        for role in ("body", "heading", "subheading", "title"):
            if self.kit.name(role) == name:
                return role
        return "body"

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        style = style or self.body
        return Paragraph(self.kit.markup(text, self.role_of(style)), style)


def _canvas_class(kit: FontKit, when: date) -> type[Canvas]:
    font = kit.name("body")

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
        """Keeps each page's drawing until the end, then writes "第 N 页 共 M 页" on every page
        but the cover; also pins the PDF dates to the export date (reproducible bytes)."""

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
                if number > 0:
                    width, height = self._pagesize
                    # 7 mm below the text block (GB/T 9704), whichever way the page is turned
                    block_bottom = WIDE_BOTTOM if width > height else BOTTOM
                    self.setFont(font, 14)
                    self.drawCentredString(
                        width / 2, block_bottom - 7 * mm - 12, f"第 {number} 页 共 {total} 页"
                    )
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


def render_report(
    snapshot: ExportSnapshot, ctx: ReportContext, kit: FontKit | None = None
) -> RenderedReport:
    """Lay out the whole report and return the PDF bytes with what was learned about the fonts."""
    from evaldesk.export.pdf_body import build_story

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
            f"evaldesk-key-sha256:{ctx.fingerprint.replace(' ', '').lower()}"
        ),
        creator=f"{snapshot.generator}; fonts: {kit.describe_ascii()}",
        producer=snapshot.generator,
        invariant=1,
        lang="zh-CN",
    )
    doc.build(story, canvasmaker=_canvas_class(kit, snapshot.export_date))
    warnings = list(kit.warnings)
    if kit.missing:
        warnings.append(f"以下字符没有可用字体，报告中以〓代替：{kit.missing_report()}")
    return RenderedReport(
        data=buffer.getvalue(),
        pages=doc.page,
        fonts=kit.describe(),
        fonts_ascii=kit.describe_ascii(),
        warnings=warnings,
    )


def cn_date(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"
