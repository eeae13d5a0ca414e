"""The numbering of a sender's table: "一、", "（一）", "1.", "（1）", "①", "一.1.2".

A row's number says where it sits: a heading style seen first is the outer level, a dotted
code ("一.1", "2.3") carries its own parents. :func:`parse` reads a number at the start of a
cell; :func:`strip_points` reads a heading's total ("统筹推进（20分）").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

Style = Literal["cn", "cn_paren", "arabic", "arabic_paren", "circled", "dotted", "word"]

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CN = "零〇一二两三四五六七八九十百"
_FULL = str.maketrans("０１２３４５６７８９．（）：", "0123456789.():")

_DOTTED = re.compile(r"^([0-9]+|[" + _CN + r"]+)((?:\.[0-9]+)+)(?:[.、．]?)(?=\s|$|[^0-9.])")
_CN_HEAD = re.compile(r"^([" + _CN + r"]+)\s*[、.．]\s*")
_CN_ALONE = re.compile(r"^([" + _CN + r"]+)$")
_CN_PAREN = re.compile(r"^[(（]\s*([" + _CN + r"]+)\s*[)）]\s*")
_AR_PAREN = re.compile(r"^[(（]\s*([0-9]+)\s*[)）]\s*")
_AR_HEAD = re.compile(r"^([0-9]+)\s*(?:[.、．](?![0-9])|\s+|$)\s*")
_CIRCLED = re.compile(r"^([" + CIRCLED + r"])\s*")


@dataclass(frozen=True, slots=True)
class Number:
    style: Style
    #: the number's parts: (3,) for "三、", (1, 2) for "一.1.2" (a word code keeps its text)
    parts: tuple[str, ...]

    @property
    def code(self) -> str:
        return ".".join(self.parts)

    @property
    def last(self) -> str:
        return self.parts[-1]


def cn_value(text: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十 -> 20, 一百零五 -> 105 (what rubric headings use)."""
    if not text or any(c not in _CN for c in text):
        return None
    if "百" in text:
        head, _, rest = text.partition("百")
        hundreds = _CN_DIGITS.get(head, 1) if head else 1
        rest = rest.lstrip("零〇")
        tail = cn_value(rest) if rest else 0
        return None if tail is None else hundreds * 100 + tail
    if "十" in text:
        head, _, rest = text.partition("十")
        tens = _CN_DIGITS.get(head) if head else 1
        ones = _CN_DIGITS.get(rest) if rest else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    if len(text) == 1:
        return _CN_DIGITS.get(text)
    return None


def normalised(text: str) -> str:
    return text.translate(_FULL).strip()


def parse(text: str) -> tuple[Number | None, str]:
    """(the number at the start of ``text``, the rest). A cell holding only a number gives
    an empty rest; text with no number gives (None, text)."""
    raw = text.strip()
    t = normalised(raw)  # one character for one: positions in t are positions in raw
    found = _DOTTED.match(t)
    if found:
        parts = (found.group(1), *found.group(2).strip(".").split("."))
        return Number("dotted", parts), raw[found.end() :].strip()
    for pattern, style in (
        (_CN_PAREN, "cn_paren"),
        (_AR_PAREN, "arabic_paren"),
        (_CN_HEAD, "cn"),
        (_CIRCLED, "circled"),
        (_AR_HEAD, "arabic"),
    ):
        found = pattern.match(t)
        if found:
            value = found.group(1)
            if style == "circled":
                value = str(CIRCLED.index(value) + 1)
            elif style in ("cn", "cn_paren") and cn_value(value) is None:
                continue
            number = Number(style, (value,))  # type: ignore[arg-type]
            return number, raw[found.end() :].strip()
    if _CN_ALONE.match(t) and cn_value(t) is not None:
        return Number("cn", (t,)), ""
    return None, raw


def code_cell(text: str) -> Number | None:
    """The number a 序号 cell holds: a numbering, or a code such as "调度.1" or "产出.质量"
    (a rubric's own codes, as an exported table writes them)."""
    t = normalised(text)
    if not t:
        return None
    number, _rest = parse(t)
    if number is not None:
        return number
    if re.fullmatch(r"[^\s、，,；;：:()]{1,12}", t):
        return Number("dotted" if "." in t else "word", tuple(t.split(".")))
    return None


def arabic(number: Number) -> str:
    """The number as a code part: "三" -> "3" for nested levels; dotted and word codes as they are."""
    if number.style in ("cn_paren",):
        value = cn_value(number.last)
        return str(value) if value is not None else number.last
    return number.last


_POINTS_TAIL = re.compile(
    r"\s*[(（]\s*(?:共|计|满分|分值)?\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[)）]\s*$"
)
_POINTS_BARE = re.compile(r"\s+([0-9]+(?:\.[0-9]+)?)\s*分\s*$")


def strip_points(title: str) -> tuple[str, Decimal | None]:
    """ "统筹推进（20分）" -> ("统筹推进", 20)."""
    t = title.strip()
    normal = t.translate(_FULL)
    for pattern in (_POINTS_TAIL, _POINTS_BARE):
        found = pattern.search(normal)
        if found:
            return t[: found.start()].strip(), Decimal(found.group(1))
    return t, None


_POINTS_CELL = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*$")


def points_cell(text: str) -> tuple[Decimal | None, bool]:
    """A 分值 cell: "5分" or "5" -> (5, True); empty -> (None, True); "若干" -> (None, False)."""
    t = normalised(text)
    if not t:
        return None, True
    found = _POINTS_CELL.match(t)
    if not found:
        return None, False
    try:
        return Decimal(found.group(1)), True
    except InvalidOperation:  # pragma: no cover - the pattern allows digits only
        return None, False
