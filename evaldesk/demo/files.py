"""Evidence files for the demo office: a real PDF (ReportLab, CJK text), PNG and JPEG images.

No Qt: PNG bytes are written with zlib by hand; JPEG goes through Pillow (a ReportLab
dependency). The pictures are simple generated "photos" and "scans" so every preview works.
"""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path


def write_pdf(path: Path, title: str, lines: list[str], *, org: str = "") -> Path:
    """An A4 PDF with Chinese text in ReportLab's built-in CID font (no font file needed)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    pdf.setTitle(title)
    pdf.setAuthor(org or "EvalDesk demo")
    y = height - 37 * mm
    pdf.setFont("STSong-Light", 20)
    pdf.drawCentredString(width / 2, y, title)
    y -= 16 * mm
    pdf.setFont("STSong-Light", 14)
    for line in lines:
        chunks = [line[i : i + 28] for i in range(0, len(line), 28)] or [""]
        for chunk in chunks:
            if y < 30 * mm:
                pdf.showPage()
                pdf.setFont("STSong-Light", 14)
                y = height - 37 * mm
            pdf.drawString(28 * mm, y, chunk)
            y -= 9 * mm
    if org:
        pdf.drawRightString(width - 26 * mm, max(y - 10 * mm, 30 * mm), org)
    pdf.showPage()
    pdf.save()
    return path


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png_bytes(width: int, height: int, pixel: object) -> bytes:
    """RGB PNG from ``pixel(x, y) -> (r, g, b)``, encoded by hand (zlib, filter 0)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            r, g, b = pixel(x, y)  # type: ignore[operator]
            rows += bytes((r, g, b))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _png_chunk(b"IEND", b"")
    )


def write_photo_png(path: Path, seed: int, width: int = 320, height: int = 240) -> Path:
    """A landscape-like picture: sky, hills, a building block (a site visit photo)."""
    rnd = random.Random(seed)
    hill = [int(height * (0.55 + 0.1 * rnd.random())) for _ in range(9)]
    house = (rnd.randint(40, width - 120), rnd.randint(60, 100))

    def ridge_at(x: int) -> int:
        seg = x * 8 // width
        t = (x * 8 / width) - seg
        return int(hill[seg] * (1 - t) + hill[seg + 1] * t)

    hx, hw = house
    base = ridge_at(hx + hw // 2) + 10

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        ridge = ridge_at(x)
        if hx <= x < hx + hw and base - 60 <= y < base:
            return (200, 190, 170) if (x - hx) % 20 > 3 else (120, 90, 70)
        if y < ridge:
            return (120 + y // 4, 170 + y // 6, 235)
        return (60 + (x * y) % 30, 130 + y // 8, 60)

    path.write_bytes(png_bytes(width, height, pixel))
    return path


def write_scan_png(path: Path, seed: int, width: int = 300, height: int = 420) -> Path:
    """A page-like picture with text lines and a red seal (a scanned notice)."""
    rnd = random.Random(seed)
    lines = [(y, rnd.randint(150, 250)) for y in range(60, height - 80, 18)]
    cx, cy, radius = width - 80, height - 70, 34

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        d2 = (x - cx) ** 2 + (y - cy) ** 2
        if (radius - 4) ** 2 <= d2 <= radius**2:
            return (210, 40, 40)
        if 100 <= y <= 112 and 70 <= x <= width - 70:
            return (30, 30, 30)
        for ly, length in lines:
            if ly <= y < ly + 5 and 30 <= x < 30 + length and y > 130:
                return (70, 70, 70)
        return (250, 248, 240)

    path.write_bytes(png_bytes(width, height, pixel))
    return path


def write_photo_jpeg(path: Path, seed: int, caption_box: bool = True) -> Path:
    """A JPEG "meeting photo" drawn with Pillow."""
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    image = Image.new("RGB", (480, 320), (205, 215, 225))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 220, 480, 320), fill=(140, 100, 70))  # table
    draw.rectangle((60, 20, 420, 90), fill=(180, 30, 30))  # banner
    for i in range(7):
        x = 30 + i * 62 + rnd.randint(-5, 5)
        draw.ellipse((x, 130, x + 36, 166), fill=(60, 45, 40))  # heads
        draw.rectangle((x - 6, 166, x + 42, 230), fill=(40 + i * 10, 50, 80))  # bodies
    if caption_box:
        draw.rectangle((150, 40, 330, 70), fill=(240, 220, 120))
    image.save(path, "JPEG", quality=85)
    return path
