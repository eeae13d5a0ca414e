"""Where a problem is, as a message: "sample.yaml:12：项目 一.2：规则 1（per_count）：…".

A problem's own message says only what is wrong ("缺少 points_each"); the place is put in
front of it here, once, from named parts (file and line, item, rule, field), so no template
repeats a location. The result is a ``where.at`` message whose ``what`` is the problem itself
and whose origin says the same place as data: ``Origin(file, line, item, field)``, ``field``
being the path of the value in the file (``sections[0].items[1].rules[0].points_each``).

The rubric loader and validator, the facts check and the subsidy inputs all place their
problems with a :class:`Spot` (a path in the data plus the names of what it passes through)
and a :class:`Locator` (the file's name and, for YAML, how to find a path's line).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from evaldesk.messages import Message, Origin, msg

Loc = tuple[str | int, ...]

MESSAGES: dict[str, tuple[str, str]] = {
    "where.at": ("{where}：{what}", "{where}: {what}"),
    "where.file_line": ("{file}:{line}", "{file}:{line}"),
    "where.file_line_column": ("{file}:{line}:{column}", "{file}:{line}:{column}"),
    "where.file": ("{file}", "{file}"),
    "where.line_of_file": ("第 {line} 行", "line {line}"),
    "where.field": ("{path}", "{path}"),
    "where.item": ("项目 {code}", "item {code}"),
    "where.section": ("部分 {code}", "section {code}"),
    "where.rule": ("规则 {id}（{kind}）", "rule {id} ({kind})"),
    "where.rule_id": ("规则 {id}", "rule {id}"),
    "where.whole_rule": ("整体规则 {id}", "whole-rubric rule {id}"),
    "where.line": ("条目 {id}", "line {id}"),
    "where.tier": ("档次 {id}", "tier {id}"),
    "where.level": ("等级 {id}", "level {id}"),
    "where.whole": ("整体规则", "rubric"),
    "where.composition": ("构成", "composition"),
    "where.unit": ("考核对象 {id}", "unit {id}"),
    "where.targets": ("目标分解表 {key}", "targets {key}"),
    "where.targets_titled": ("目标分解表 {key}（{title}）", "targets {key} ({title})"),
    "where.form": ("报告表", "form"),
    "where.form_check": ("报告表校验 {name}", "form check {name}"),
    "where.subsidies": ("补助", "subsidies"),
    "where.subsidy": ("补助 {id}", "subsidies {id}"),
}


def chain(parts: Iterable[Message | None]) -> Message | None:
    """Parts of a place, outermost first, joined with "：" / ": " (None: no place at all)."""
    out: Message | None = None
    for part in parts:
        if part is None:
            continue
        out = part if out is None else msg("where.at", where=out, what=part)
    return out


def at(where: Message | None, problem: Message, origin: Origin | None = None) -> Message:
    """``problem`` with its place in front; the origin says the same place as data."""
    if where is None:
        return problem if origin is None else problem.located(**_parts(origin))
    return msg(
        "where.at", origin if origin is not None else problem.origin, where=where, what=problem
    )


def problem_of(message: Message) -> Message:
    """The problem itself, without its place (what a test or a program checks by key)."""
    while message.key == "where.at" and isinstance(message.args.get("what"), Message):
        message = message.args["what"]
    return message


def without_file(message: Message) -> Message:
    """``message`` with the file left out of its place ("第 7 行：项目 一.1：…"), for a list
    whose heading names the file once. A message placed by its file alone is the problem."""
    if message.key in ("where.file_line", "where.file_line_column"):
        return msg("where.line_of_file", line=message.args["line"])
    what = message.args.get("what")
    if message.key != "where.at" or not isinstance(what, Message):
        return message
    where = message.args.get("where")
    if not isinstance(where, Message) or where.key == "where.file":
        return what
    return Message(message.key, {**message.args, "where": without_file(where)}, message.origin)


def path_text(loc: Loc) -> str:
    """``("sections", 0, "items", 1, "points")`` -> ``sections[0].items[1].points``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def file_part(file: str, line: int | None = None, column: int | None = None) -> Message:
    """``sample.yaml``, ``sample.yaml:12`` or ``sample.yaml:12:5``."""
    if line is None:
        return msg("where.file", file=file)
    if column is None:
        return msg("where.file_line", file=file, line=line)
    return msg("where.file_line_column", file=file, line=line, column=column)


@dataclass(frozen=True, slots=True)
class Spot:
    """A place in a rubric or facts file: the path to it, the item it is in, and the names of
    what the path passes through ("项目 一.2", "规则 1（per_count）"), outermost first."""

    loc: Loc = ()
    names: tuple[Message, ...] = ()
    item: str | None = None

    def child(self, *loc: str | int, name: Message | None = None, item: str | None = None) -> Spot:
        return Spot(
            (*self.loc, *loc),
            self.names if name is None else (*self.names, name),
            item if item is not None else self.item,
        )

    def named(self, name: Message) -> Spot:
        return Spot(self.loc, (*self.names, name), self.item)


@dataclass(frozen=True, slots=True)
class Locator:
    """The file problems are placed in; ``line_of`` finds the line of a path (YAML only)."""

    file: str | None = None
    line_of: Callable[[Loc], int | None] | None = None

    def place(self, spot: Spot, problem: Message, *, tail: Iterable[Message] = ()) -> Message:
        """``problem`` at ``spot`` (and then ``tail``, e.g. a field), with file and line."""
        line = self.line_of(spot.loc) if self.line_of is not None else None
        head = file_part(self.file, line) if self.file is not None else None
        origin = Origin(self.file, line, spot.item, path_text(spot.loc) or None)
        return at(chain([head, *spot.names, *tail]), problem, origin)


def _parts(origin: Origin | None) -> dict[str, Any]:
    if origin is None:
        return {}
    return {
        "file": origin.file,
        "line": origin.line,
        "item": origin.item,
        "field": origin.field,
    }
