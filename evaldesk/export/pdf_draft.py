"""The 草稿 marks of a draft report, drawn on every page by the report's canvas.

Two marks: a line above the text block, which is text (pdftotext and a search find it), and
草稿 large and light across the page, which is a picture: drawn as text, its rotated glyphs
would fall between the lines of the page's own text wherever the text is copied or extracted.
The picture is drawn from the heading font's file with Pillow (a ReportLab dependency); with the
non-embedded fallback font there is no file, and only the line is drawn.
"""

from __future__ import annotations

from functools import cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from evaldesk.export.fonts import FontKit

DRAFT_MARK = "草稿"
DRAFT_HEADER = "草稿　未经负责人全年审核确认，不作为正式报送材料"
COLOUR = colors.HexColor("#B00020")
_TINT = (176, 0, 32, 34)  # the same red, about 13 % opaque
_PIXELS = 300  # glyph size of the picture; 草稿 drawn 380 pt wide prints at about 110 dpi
_ANGLE = 35
_WIDTH_PT = 380


@cache
def _picture(path: str, index: int) -> ImageReader | None:
    """草稿 in the tint, upright on a transparent ground; the canvas turns it (cheaper than
    turning the pixels, and the picture stays the size of the word)."""
    try:
        font = ImageFont.truetype(path, _PIXELS, index=index)
    except OSError:
        return None
    left, top, right, bottom = (round(v) for v in font.getbbox(DRAFT_MARK))
    image = Image.new("RGBA", (right - left, bottom - top), (0, 0, 0, 0))
    ImageDraw.Draw(image).text((-left, -top), DRAFT_MARK, font=font, fill=_TINT)
    return ImageReader(image)


def draw_marks(canvas: Canvas, kit: FontKit, width: float, height: float) -> None:
    """Both marks on the current page (portrait or landscape)."""
    canvas.saveState()
    canvas.setFillColor(COLOUR)
    canvas.setFont(kit.name("body"), 12)
    canvas.drawCentredString(width / 2, height - 18 * mm, DRAFT_HEADER)
    face = kit.face("heading")
    picture = None if face.file is None else _picture(str(face.file.path), face.file.index)
    if picture is not None:
        w, h = picture.getSize()
        shown_w = _WIDTH_PT
        shown_h = shown_w * h / w
        canvas.translate(width / 2, height / 2)
        canvas.rotate(_ANGLE)
        canvas.drawImage(picture, -shown_w / 2, -shown_h / 2, shown_w, shown_h, mask="auto")
    canvas.restoreState()
