"""What every part of the PDF report shares: the page geometry, the paragraph styles, and the
package identity the report prints (:class:`ReportContext`).

A4 portrait with a 37 mm top margin, a 28 mm binding (left) margin and a 156 × 225 mm text
block (GB/T 9704-2012); body 16 pt (三号) in the 仿宋-like face, headings 黑体/楷体, the title
22 pt (二号) 小标宋-like: :mod:`fonts` maps the roles to what the system has.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from evaldesk.export.content import ScoreRow
from evaldesk.export.fonts import FontKit
from evaldesk.export.names import PlannedEvidence

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


def cn_date(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"
