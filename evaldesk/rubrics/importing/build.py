"""A sender's table -> the sections and items of a rubric, with every problem found.

Which rows are headings and which are items is read from the table itself:

* a row merged across the table ("一、统筹推进（20分）") is a heading;
* a row whose code is the start of a later row's code ("一" before "一.1", "调度" before
  "调度.1") is a heading;
* a row with neither 考核内容 nor 评分标准 is a heading when its numbering style is not the one
  the items use ("一、" above "1."); an unnumbered one ("加分项") too;
* every other row is an item; a category column merged down the table starts a section where
  its cell changes.

Items belong to the nearest heading above them: that heading is their section; headings above
it name the section's group (kept in the section's note) and their totals are checked against
the sections under them. Item codes are the section's code and the item's number ("一.1"); a
code written in full ("一.1", "产出.质量") is kept as it is. Points come from the 分值 column
("5分" or "5"), a heading's also from its title ("（20分）"). Wording is kept verbatim.

Nothing here decides a rule: see evaldesk/rubrics/importing/suggest.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from evaldesk.decimals import fmt_points
from evaldesk.messages import Message, msg
from evaldesk.rubrics.importing import numbering as nb
from evaldesk.rubrics.importing.columns import Field, Layout
from evaldesk.rubrics.importing.grid import Cell, Grid

ZERO = Decimal(0)
_TOTAL_ROW = re.compile(r"^\s*(合\s*计|总\s*计|总\s*分)\s*$")
_SPLIT_EVIDENCE = re.compile(r"[\n；;]+")
#: Between the cells of a row quoted as printed (a number in one cell must not run into the
#: next cell's digits).
ROW_SEP = " | "


@dataclass
class Row:
    """One row of the table as the import reads it (the preview shows these)."""

    index: int  # 0-based row of the grid
    kind: Literal["section", "item", "group", "total", "skipped"]
    code: str = ""
    title: str = ""
    points: Decimal | None = None
    section: str = ""  # the item's section code


@dataclass
class Heading:
    row: int
    number: nb.Number | None
    code: str
    title: str
    points: Decimal | None
    content: str
    quote: str
    depth: int
    parent: Heading | None = None
    items: list[dict[str, Any]] = field(default_factory=list)
    children: list[Heading] = field(default_factory=list)
    origin: tuple[int, int] | None = None  # a category cell merged down the table


@dataclass
class Built:
    """What a table gives: the rubric data (sections, items; no rules yet) and the problems.
    With any error, ``sections`` is what was read so far, for the preview only."""

    rows: list[Row]
    sections: list[dict[str, Any]]
    errors: list[Message]
    warnings: list[Message]
    title: str
    total: Decimal | None
    quotes: list[str]
    notes: list[str]


def _where(grid: Grid, row: int) -> dict[str, Any]:
    return {"table": grid.name, "row": row + 1}


class _Reader:
    def __init__(self, grid: Grid, layout: Layout) -> None:
        self.grid = grid
        self.layout = layout
        self.errors: list[Message] = []
        self.warnings: list[Message] = []
        self.rows: list[Row] = []
        self.headings: list[Heading] = []  # in table order
        self.stack: list[Heading] = []
        self.total: Decimal | None = None
        self.quotes: list[str] = []

    def get(self, cells: tuple[Cell, ...], name: Field) -> str:
        col = self.layout.column(name)
        if col is None or col >= len(cells):
            return ""
        return cells[col].text

    def mapped(self, cells: tuple[Cell, ...]) -> list[Cell]:
        return [cells[c] for c in sorted(set(self.layout.columns.values())) if c < len(cells)]

    # ---------------------------------------------------------------- reading

    def read(self) -> None:
        first = self.layout.header_row + 1
        body = list(enumerate(self.grid.rows))[first:]
        numbers = {r: self._number(cells)[0] for r, cells in body}
        item_styles = self._item_styles(body, numbers)
        headers = [re.sub(r"\s+", "", h) for h in self.layout.headers]
        for position, (r, cells) in enumerate(body):
            section_col = self.layout.column("section")
            texts = [
                c.text
                for i, c in enumerate(cells)
                if i in self.layout.columns.values() and i != section_col
            ]
            if not any(texts) and self.get(cells, "section") == "":
                continue
            if not any(texts):
                self._category(r, cells)  # a category cell alone on its row
                continue
            if [re.sub(r"\s+", "", c.text) for c in cells] == headers:
                self.rows.append(Row(r, "skipped"))  # the header repeated on a new page
                continue
            self._category(r, cells)
            number, title = self._number(cells)
            spanning = self._spanning(cells)
            code_text = self.get(cells, "code")
            if _TOTAL_ROW.match(title or code_text) or _TOTAL_ROW.match(code_text):
                self._total_row(r, cells)
                continue
            has_body = bool(self.get(cells, "content") or self.get(cells, "criteria"))
            later = [numbers[q] for q, _ in body[position + 1 :]]
            if spanning is not None:
                self._heading(r, *self._split_heading(spanning.text), content="", cells=cells)
            elif number is not None and _parent_of_later(number, later):
                self._heading(r, number, title, content=self.get(cells, "content"), cells=cells)
            elif not has_body and (number is None or number.style not in item_styles):
                if number is None and not title:
                    self._empty_item(r, cells)
                    continue
                self._heading(r, number, title, content="", cells=cells)
            else:
                self._item(r, cells, number, title)

    def _number(self, cells: tuple[Cell, ...]) -> tuple[nb.Number | None, str]:
        """The row's number (from the 序号 column, else the start of the title) and its title."""
        title = self.get(cells, "title")
        code = self.get(cells, "code")
        if code:
            return nb.code_cell(code), title
        number, rest = nb.parse(title)
        return number, (rest if number is not None else title)

    def _item_styles(
        self, body: list[tuple[int, tuple[Cell, ...]]], numbers: dict[int, nb.Number | None]
    ) -> set[str]:
        with_body = {
            numbers[r].style  # type: ignore[union-attr]
            for r, cells in body
            if numbers[r] is not None
            and (self.get(cells, "content") or self.get(cells, "criteria"))
            and self._spanning(cells) is None
        }
        if with_body:
            return with_body
        return {
            numbers[r].style  # type: ignore[union-attr]
            for r, cells in body
            if numbers[r] is not None and self.get(cells, "points")
        }

    def _spanning(self, cells: tuple[Cell, ...]) -> Cell | None:
        """The one cell a row merged across two or more columns holds (a heading row).
        A cell merged down from a row above (a category column) is not one."""
        filled = [c for c in cells if c.text]
        if not filled or len({c.origin for c in filled}) != 1:
            return None
        origin = filled[0].origin
        row_of = {c.origin[0] for c in cells if c.origin != origin}
        if sum(1 for c in cells if c.origin == origin) < 2 or (row_of and origin[0] not in row_of):
            return None
        return filled[0]

    def _split_heading(self, text: str) -> tuple[nb.Number | None, str]:
        number, rest = nb.parse(text)
        return number, rest if number is not None else text

    # ---------------------------------------------------------------- headings

    def _category(self, r: int, cells: tuple[Cell, ...]) -> None:
        """A category column merged down the table: a new cell starts a new section."""
        col = self.layout.column("section")
        if col is None or col >= len(cells) or not cells[col].text:
            return
        cell = cells[col]
        current = self.stack[0] if self.stack else None
        if current is not None and current.origin == cell.origin:
            return
        if current is not None and current.origin is None and current.title == cell.text:
            return
        number, title = self._split_heading(cell.text)
        self.stack.clear()
        self._heading(r, number, title, content="", cells=None, origin=cell.origin)

    def _heading(
        self,
        r: int,
        number: nb.Number | None,
        title: str,
        *,
        content: str,
        cells: tuple[Cell, ...] | None,
        origin: tuple[int, int] | None = None,
    ) -> None:
        title, in_title = nb.strip_points(title)
        points = in_title
        quote = self.grid.rows[r][0].text if cells is None else ""
        if cells is not None:
            quote = ROW_SEP.join(dict.fromkeys(c.text for c in self.mapped(cells) if c.text))
            text = self.get(cells, "points")
            if text and self._spanning(cells) is None:
                value, ok = nb.points_cell(text)
                if not ok:
                    self.errors.append(msg("import.bad_points", text=text, **_where(self.grid, r)))
                elif value is not None:
                    if in_title is not None and in_title != value:
                        self.errors.append(
                            msg(
                                "import.heading_points_differ",
                                title=title,
                                cell=value,
                                stated=in_title,
                                **_where(self.grid, r),
                            )
                        )
                    points = value
        if origin is not None:
            quote = self.grid.text(*origin)
        parent = self._place(number)
        code = self._heading_code(number, title, parent)
        depth = parent.depth + 1 if parent is not None else 1
        heading = Heading(r, number, code, title, points, content, quote, depth, parent)
        heading.origin = origin
        if parent is not None:
            parent.children.append(heading)
        self.stack.append(heading)
        self.headings.append(heading)
        self.rows.append(Row(r, "section", code, title, points))

    def _place(self, number: nb.Number | None) -> Heading | None:
        """Pop the headings this one closes; the one left on top is its parent."""
        if number is None:
            self.stack.clear()
            return None
        if number.style in ("dotted", "word"):
            while self.stack and not number.code.startswith(self.stack[-1].code + "."):
                self.stack.pop()
        else:
            same = [i for i, h in enumerate(self.stack) if _style(h) == number.style]
            if same:
                del self.stack[same[0] :]
            elif any(_style(h) in ("dotted", "word") for h in self.stack):
                self.stack.clear()  # "三" after "二.5": a code written in full starts again
        return self.stack[-1] if self.stack else None

    def _heading_code(self, number: nb.Number | None, title: str, parent: Heading | None) -> str:
        if number is None:
            base = re.split(r"[：:（(，,]", title, maxsplit=1)[0].strip()[:6] or "节"
        elif number.style in ("dotted", "word") or parent is None:
            base = number.code
        else:
            base = f"{parent.code}.{nb.arabic(number)}"
        code, n = base, 2
        taken = {h.code for h in self.headings}
        while code in taken:
            code, n = f"{base}{'abcdefghij'[min(n - 2, 9)]}", n + 1
        return code

    # ---------------------------------------------------------------- items

    def _item(self, r: int, cells: tuple[Cell, ...], number: nb.Number | None, title: str) -> None:
        section = self.stack[-1] if self.stack else self._implicit_section(r)
        content = self.get(cells, "content")
        criteria = self.get(cells, "criteria")
        if not (title or content or criteria):
            self._empty_item(r, cells)
            return
        text = self.get(cells, "points")
        points, ok = nb.points_cell(text)
        if not ok:
            self.errors.append(msg("import.bad_points", text=text, **_where(self.grid, r)))
        if number is None:
            code = f"{section.code}.{len(section.items) + 1}"
        elif number.style in ("dotted", "word"):
            code = number.code
        else:
            code = f"{section.code}.{nb.arabic(number)}"
        if any(i["code"] == code for h in self.headings for i in h.items):
            self.errors.append(msg("import.code_reused", code=code, **_where(self.grid, r)))
        item: dict[str, Any] = {"code": code, "title": title}
        if content:
            item["content"] = content
        if criteria:
            item["criteria"] = criteria
        method = self.get(cells, "method")
        if method:
            item["method"] = method
        evidence = [e.strip() for e in _SPLIT_EVIDENCE.split(self.get(cells, "evidence"))]
        if any(evidence):
            item["evidence"] = [e for e in evidence if e]
        if points is not None:
            item["points"] = points
        item["quote"] = ROW_SEP.join(dict.fromkeys(c.text for c in self.mapped(cells) if c.text))
        item["_row"] = r
        section.items.append(item)
        self.rows.append(Row(r, "item", code, title, points, section.code))

    def _implicit_section(self, r: int) -> Heading:
        """Items before any heading: one section holds them."""
        heading = Heading(r, None, "1", self.grid.name, None, "", "", 1)
        self.headings.append(heading)
        self.stack.append(heading)
        self.warnings.append(msg("import.no_headings", **_where(self.grid, r)))
        return heading

    def _empty_item(self, r: int, cells: tuple[Cell, ...]) -> None:
        shown = " ".join(c.text for c in self.mapped(cells) if c.text)
        self.errors.append(msg("import.empty_item", text=shown, **_where(self.grid, r)))
        self.rows.append(Row(r, "skipped"))

    def _total_row(self, r: int, cells: tuple[Cell, ...]) -> None:
        value, ok = nb.points_cell(self.get(cells, "points"))
        if ok and value is not None:
            self.total = value
            self.quotes.append(ROW_SEP.join(c.text for c in self.mapped(cells) if c.text))
        self.rows.append(Row(r, "total", points=value))


def _style(heading: Heading) -> str | None:
    return heading.number.style if heading.number is not None else None


def _parent_of_later(number: nb.Number, later: list[nb.Number | None]) -> bool:
    """A code written in full that a later row's code continues ("一" before "一.1")."""
    prefix = number.code + "."
    for other in later:
        if other is None:
            continue
        if other.style in ("dotted", "word") and other.code.startswith(prefix):
            return True
    return False


def build(grid: Grid, layout: Layout, *, allow_sums: bool = False) -> Built:
    """Read ``grid`` with ``layout``; every problem is a message naming the table and row."""
    reader = _Reader(grid, layout)
    errors: list[Message] = []
    if layout.column("points") is None:
        errors.append(msg("import.no_points_column", headers=_header_list(layout)))
    if layout.column("title") is None and layout.column("content") is None:
        errors.append(msg("import.no_title_column", headers=_header_list(layout)))
    if errors:
        return Built([], [], errors, [], _title(grid, layout), None, [], [])
    reader.read()
    sections = _sections(reader)
    sums, notes = _sum_problems(reader, allow_sums)
    errors = reader.errors + ([] if allow_sums else sums)
    warnings = reader.warnings + (sums if allow_sums else [])
    if not any(s["items"] for s in sections):
        errors.append(msg("import.no_items", table=grid.name))
    for heading in reader.headings:
        if not heading.items and not heading.children:
            errors.append(
                msg("import.empty_section", code=heading.code, **_where(grid, heading.row))
            )
    return Built(
        reader.rows,
        sections,
        errors,
        warnings,
        _title(grid, layout),
        reader.total,
        reader.quotes,
        notes,
    )


def _header_list(layout: Layout) -> list[str]:
    return [h for h in layout.headers if h]


def _title(grid: Grid, layout: Layout) -> str:
    """The rubric's title: the longest line above the header (a title row, a paragraph)."""
    above = [*grid.above, *(c.text for r in grid.rows[: layout.header_row] for c in r)]
    lines = [t.strip() for t in above if t.strip()]
    return max(lines, key=len) if lines else ""


def _sections(reader: _Reader) -> list[dict[str, Any]]:
    out = []
    for heading in reader.headings:
        if not heading.items and heading.children:
            continue  # a group: its title goes in its sections' notes
        section: dict[str, Any] = {"code": heading.code, "title": heading.title}
        if heading.content:
            section["content"] = heading.content
        if heading.points is not None:
            section["points"] = heading.points
        if "加分" in heading.title:
            section["bonus"] = True
            for item in heading.items:
                if item.get("points") is None:
                    item["bonus"] = True
        if heading.quote:
            section["quote"] = heading.quote
        groups: list[str] = []
        parent = heading.parent
        while parent is not None:
            groups.insert(0, parent.quote or parent.title)
            parent = parent.parent
        if groups:
            section["note"] = msg("import.note.group", groups=groups).text("zh")
        section["items"] = heading.items
        out.append(section)
    return out


def _sum_problems(reader: _Reader, allow: bool) -> tuple[list[Message], list[str]]:
    """A heading's stated total against what is under it (items, or sections of a group)."""
    found: list[Message] = []
    notes: list[str] = []
    for heading in reader.headings:
        if heading.points is None or "加分" in heading.title:
            continue
        if heading.items:
            parts = [i.get("points") for i in heading.items if not i.get("bonus")]
        else:
            parts = [c.points for c in heading.children]
        if not parts or any(p is None for p in parts):
            continue
        total = sum((p for p in parts if p is not None), ZERO)
        if total != heading.points:
            problem = msg(
                "import.sum_differs",
                code=heading.code,
                title=heading.title,
                total=total,
                points=heading.points,
                **_where(reader.grid, heading.row),
            )
            found.append(problem)
            if allow:
                notes.append(problem.text("zh"))
    stated = reader.total
    tops = [h.points for h in reader.headings if h.parent is None and "加分" not in h.title]
    if stated is not None and tops and all(p is not None for p in tops):
        total = sum((p for p in tops if p is not None), ZERO)
        if total != stated:
            problem = msg("import.total_differs", total=total, points=stated)
            found.append(problem)
            if allow:
                notes.append(problem.text("zh"))
    return found, notes


def shown(value: Decimal | None) -> str:
    return "" if value is None else fmt_points(value)
