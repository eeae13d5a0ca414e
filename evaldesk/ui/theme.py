"""Fonts and colours: a CJK-capable default font and the few colours the score uses.

Qt on a bare Linux picks a Latin font and falls back glyph by glyph, which mixes styles and
sizes in one line of Chinese; choosing a font that has the Chinese glyphs keeps lines even.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

#: Tried in order; the first one installed becomes the application font.
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "微软雅黑",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "思源黑体",
    "WenQuanYi Micro Hei",
    "文泉驿微米黑",
    "Noto Sans SC",
    "SimHei",
    "SimSun",
    "宋体",
)

GOOD = QColor("#2e7d32")
WARN = QColor("#ef6c00")
BAD = QColor("#c62828")
BAR = QColor("#1976d2")
BAR_BACK = QColor("#e3e8ef")
MUTED = QColor("#6b7280")


def cjk_family() -> str | None:
    """The first installed family of CJK_FAMILIES (None when none is installed)."""
    installed = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return family
    return None


def apply(app: QApplication) -> str | None:
    """Set the application font (keeping the platform's size) and a light palette tweak."""
    family = cjk_family()
    font = QFont(app.font())
    if family is not None:
        font.setFamilies([family, *font.families()])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, BAR)
    app.setPalette(palette)
    return family


def score_colour(score: float, maximum: float) -> QColor:
    """Green when at least 90% of the maximum, orange from 60%, red below."""
    if maximum <= 0:
        return MUTED
    share = score / maximum
    if share >= 0.9:
        return GOOD
    if share >= 0.6:
        return WARN
    return BAD
