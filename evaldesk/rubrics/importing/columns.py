"""Which column of a sender's table holds which field of a rubric item.

The header row is found by its words (序号, 考核项目, 分值, 考核内容, 评分标准 and their usual
variants); the person confirms or changes the guess in the preview, or on the command line
with ``--map points=C,criteria=评分办法``. A layout is the header row's text: the same layout
next year gets the same mapping back (the UI remembers it by :func:`layout_key`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from evaldesk.errors import InputError
from evaldesk.messages import msg
from evaldesk.rubrics.importing.grid import Grid

Field = Literal["section", "code", "title", "points", "content", "criteria", "method", "evidence"]

#: The fields in table order, as the preview lists them.
FIELDS: tuple[Field, ...] = (
    "section",
    "code",
    "title",
    "points",
    "content",
    "criteria",
    "method",
    "evidence",
)

#: The column titles of a plain table (what EvalDesk writes, and what most senders use).
PLAIN_HEADERS: dict[Field, str] = {
    "code": "序号",
    "title": "考核项目",
    "points": "分值",
    "content": "考核内容",
    "criteria": "评分标准",
}

#: Header words, most specific first; a header cell is compared without spaces.
_WORDS: dict[Field, tuple[str, ...]] = {
    "section": ("一级指标", "考核类别", "考核板块", "类别", "板块", "考核类型"),
    "code": ("序号", "编号", "序"),
    "title": (
        "考核项目",
        "评估项目",
        "二级指标",
        "考核指标",
        "评价指标",
        "指标名称",
        "工作任务",
        "项目",
        "指标",
    ),
    "points": ("分值", "标准分", "分数", "满分", "权重", "分"),
    "content": (
        "考核内容",
        "评估内容",
        "考核要求",
        "目标要求",
        "工作要求",
        "工作内容",
        "主要内容",
        "指标内容",
        "评价内容",
        "内容",
    ),
    "criteria": (
        "评分标准",
        "评分办法",
        "评分细则",
        "扣分标准",
        "计分方法",
        "计分办法",
        "考核标准",
        "评分方法",
        "评分",
    ),
    "method": ("评估方法", "考核方法", "考核方式", "核查方式", "数据来源", "评估方式"),
    "evidence": ("佐证材料", "佐证资料", "备查资料", "佐证", "印证材料"),
}
#: Columns a rubric does not hold (scores filled in later, remarks).
_IGNORED = ("自评分", "自评得分", "得分", "初评", "审定", "备注", "责任单位", "牵头单位")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def field_of(header: str) -> Field | None:
    """The field a header cell names, or None."""
    h = _squeeze(header)
    if not h or any(h.startswith(w) for w in _IGNORED):
        return None
    for exact in (True, False):
        for name, words in _WORDS.items():
            for word in words:
                if (h == word) if exact else (word in h and len(word) >= 2):
                    return name
    return None


@dataclass(frozen=True)
class Layout:
    """Where the header is and which column holds which field."""

    header_row: int
    headers: tuple[str, ...]
    columns: dict[Field, int] = field(default_factory=dict)

    def column(self, name: Field) -> int | None:
        return self.columns.get(name)


def layout_key(headers: tuple[str, ...]) -> str:
    """The same header row gives the same key (spaces and line breaks do not count)."""
    return "|".join(_squeeze(h) for h in headers)


def find_header(grid: Grid, *, search_rows: int = 12) -> Layout | None:
    """The first row that names at least two fields (one of them the title or the criteria)."""
    for r in range(min(search_rows, len(grid.rows))):
        headers = tuple(c.text for c in grid.rows[r])
        columns: dict[Field, int] = {}
        for c, text in enumerate(headers):
            name = field_of(text)
            if name is not None and name not in columns:
                columns[name] = c
        if len(columns) >= 2 and ({"title", "criteria", "content"} & set(columns)):
            return Layout(r, headers, columns)
    return None


def letter(col: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        out = chr(65 + rest) + out
    return out


def parse_map(text: str, headers: tuple[str, ...]) -> dict[Field, int]:
    """``points=C,criteria=评分办法,title=2`` -> field -> column (a letter, a number from 1,
    or a header's text)."""
    found: dict[Field, int] = {}
    for part in (p.strip() for p in re.split(r"[,，;；]", text) if p.strip()):
        name, sep, where = part.partition("=")
        name, where = name.strip(), where.strip()
        if not sep or name not in FIELDS:
            raise InputError(msg("import.bad_map", part=part, fields=list(FIELDS)))
        column = _column(where, headers)
        if column is None:
            raise InputError(msg("import.bad_map_column", part=part, headers=_shown(headers)))
        found[name] = column
    return found


def _column(where: str, headers: tuple[str, ...]) -> int | None:
    if where.isdigit():
        col = int(where) - 1
        return col if 0 <= col < max(len(headers), 1) else None
    if re.fullmatch(r"[A-Za-z]{1,2}", where):
        col = 0
        for ch in where.upper():
            col = col * 26 + (ord(ch) - 64)
        return col - 1 if col - 1 < max(len(headers), 1) else None
    wanted = _squeeze(where)
    for i, header in enumerate(headers):
        if _squeeze(header) == wanted:
            return i
    return None


def _shown(headers: tuple[str, ...]) -> list[str]:
    return [f"{letter(i)}={_squeeze(h) or '-'}" for i, h in enumerate(headers)]


def with_map(layout: Layout, changes: Mapping[Field, int | None]) -> Layout:
    """The layout with some fields moved to other columns (None: not in the table)."""
    columns = dict(layout.columns)
    for name, col in changes.items():
        for other, c in list(columns.items()):
            if c == col and other != name:
                del columns[other]  # one column holds one field
        if col is None:
            columns.pop(name, None)
        else:
            columns[name] = col
    return Layout(layout.header_row, layout.headers, columns)
