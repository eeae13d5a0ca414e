"""Load rubric files (YAML), report every problem with file, line and item code.

Numbers are read as ``Decimal`` straight from the YAML text, so ``0.05`` is exactly 0.05.
Problems are messages (evaldesk/rubrics/wording.py) placed in the file by
evaldesk/rubrics/where.py: "sample.yaml:12：项目 一.2：规则 1（per_count）缺少 points_each".
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from evaldesk.errors import RubricError
from evaldesk.messages import Lang, Message, Origin, msg, texts
from evaldesk.messages.os_error import os_error
from evaldesk.rubrics import spots
from evaldesk.rubrics.interpretations import interpretation_problems, unprinted_problems
from evaldesk.rubrics.model import Rubric
from evaldesk.rubrics.schema_errors import placed
from evaldesk.rubrics.validate import semantic_problems
from evaldesk.rubrics.where import Loc, Locator, Spot, at, file_part

try:
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


#: Where a rubric file's format is described (named in "unknown field" problems).
DOC = "docs/rubric-format.md"


class _DecimalLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """SafeLoader whose floats are Decimals and whose mapping keys stay strings."""


class _Refused(yaml.constructor.ConstructorError):
    """A value our constructors refuse, carrying its message (PyYAML wants a text: English)."""

    def __init__(self, message: Message, mark: yaml.Mark) -> None:
        super().__init__(None, None, message.text("en"), mark)
        self.message = message


def _decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise _Refused(msg("rubric.yaml_not_a_number", text=text), node.start_mark) from None


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _decimal)

#: No score, count or amount in a rubric needs more digits; Python refuses to even read an int
#: of more than 4300 digits, and a crash is not an answer.
MAX_INT_DIGITS = 30


def _int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node)).replace("_", "").lstrip("+-")
    if len(text) > MAX_INT_DIGITS:
        raise _Refused(msg("rubric.yaml_too_many_digits", digits=len(text)), node.start_mark)
    return int(yaml.constructor.SafeConstructor.construct_yaml_int(loader, node))


_DecimalLoader.add_constructor("tag:yaml.org,2002:int", _int)


def _str_keys(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    # Item codes such as 1 or 2.1 must stay text: "2.1" and "2.10" are different items.
    loader.flatten_mapping(node)
    out: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = (
            key_node.value
            if isinstance(key_node, yaml.ScalarNode)
            else loader.construct_object(key_node)
        )
        if key in out:
            # YAML keeps the last of two equal keys silently: a pasted block would overwrite.
            raise _Refused(msg("rubric.yaml_duplicate_key", key=str(key)), key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=True)
    return out


_DecimalLoader.add_constructor("tag:yaml.org,2002:map", _str_keys)


#: Every rubric rounds its scores somehow; where the file does not say how, EvalDesk's default
#: is shown as what it is: an assumption.
DEFAULT_ROUNDING: dict[str, Any] = {
    "id": "rounding",
    "kind": "assumed",
    "title": "计分精度",
    "applies_to": ["precision"],
    "reason": "原文未规定得分保留几位小数；计算所得分数按0.01分四舍五入（EvalDesk 默认）。",
}


@dataclass
class LoadedRubric:
    rubric: Rubric
    path: Path | None
    sha256: str
    #: suspicious but loadable data, each placed in the file (evaldesk/rubrics/validate.py)
    warnings: list[Message] = field(default_factory=list)

    def warning_texts(self, lang: Lang | None = None) -> list[str]:
        """The warnings as text, in ``lang`` or the current language (for printing)."""
        return texts(self.warnings, lang)


def _refuse(problem: Message) -> RubricError:
    return RubricError(problem, [problem])


def parse_yaml(text: str, name: str) -> tuple[Any, yaml.Node | None]:
    """Parse YAML text; syntax errors name the line and column."""
    try:
        loader = _DecimalLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        where = file_part(name, line, mark.column + 1) if mark else file_part(name)
        # PyYAML's own description of a syntax error is English; it is quoted as it is.
        problem = (
            exc.message
            if isinstance(exc, _Refused)
            else msg("rubric.yaml_syntax", error=str(exc.problem or exc))
        )
        raise _refuse(at(where, problem, Origin(file=name, line=line))) from None
    except yaml.YAMLError as exc:
        raise _refuse(_in_file(name, msg("rubric.yaml_error", error=str(exc)))) from None
    return data, node


def _line_of(node: yaml.Node | None, loc: Loc) -> int | None:
    """The 1-based line of the node at ``loc`` (pydantic location), or of its deepest parent."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    node = value
                    line = node.start_mark.line + 1
                    break
            # a discriminator tag ('per_count') in loc has no node of its own: stay put
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _assign_rule_ids(data: Any) -> None:
    """Rules without an id get their position (1, 2, ...), so facts can name them stably."""

    def walk(rules: Any) -> None:
        if isinstance(rules, list):
            for index, rule in enumerate(rules, start=1):
                if isinstance(rule, dict) and "id" not in rule:
                    rule["id"] = str(index)
                elif isinstance(rule, dict) and not isinstance(rule["id"], str):
                    rule["id"] = str(rule["id"])

    if not isinstance(data, dict):
        return
    walk(data.get("rules"))
    for section in data.get("sections") or []:
        if isinstance(section, dict):
            walk(section.get("rules"))
            for item in section.get("items") or []:
                if isinstance(item, dict):
                    walk(item.get("rules"))
                    if "code" in item and not isinstance(item["code"], str):
                        item["code"] = str(item["code"])
                    for rule in item.get("rules") or []:
                        if isinstance(rule, dict):
                            for key in ("lines", "levels", "indicators"):
                                for entry in rule.get(key) or []:
                                    if isinstance(entry, dict) and "id" in entry:
                                        entry["id"] = str(entry["id"])
            if "code" in section and not isinstance(section["code"], str):
                section["code"] = str(section["code"])


def load_text(
    text: str, name: str = "<rubric>", path: Path | None = None, *, strict: bool = False
) -> LoadedRubric:
    """Parse and validate rubric text. Raises RubricError listing every problem.

    ``strict``: also refuse a number the source does not print and no interpretation marks
    (evaldesk/rubrics/interpretations.py). A rubric file given to EvalDesk is read strictly; a
    copy pinned in an office's data folder by an earlier version is not, so it keeps working."""
    data, node = parse_yaml(text, name)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return load_data(data, name, path, digest=digest, node=node, strict=strict)


def load_data(
    data: Any,
    name: str = "<rubric>",
    path: Path | None = None,
    *,
    digest: str = "",
    node: yaml.Node | None = None,
    strict: bool = False,
) -> LoadedRubric:
    """Validate already-parsed rubric data (from YAML, JSON or code)."""
    if not isinstance(data, dict):
        problem = msg("rubric.not_a_mapping")
        raise _refuse(_in_file(name, problem))
    _assign_rule_ids(data)
    if "precision" not in data:
        data = {**data, "interpretations": [*data.get("interpretations", []), DEFAULT_ROUNDING]}
    locator = Locator(name, lambda loc: _line_of(node, loc))
    try:
        rubric = Rubric.model_validate(data)
    except ValidationError as exc:
        problems = placed(exc, data, locator, spots.in_data, doc=DOC)
        raise RubricError(problems[0], problems) from None
    errors, warnings = semantic_problems(rubric, locator)
    in_block = Spot(("interpretations",))
    errors += [locator.place(in_block, e) for e in interpretation_problems(rubric)[0]]
    if strict:
        errors += [_in_file(name, e) for e in unprinted_problems(rubric)]
    if errors:
        raise RubricError(errors[0], errors)
    return LoadedRubric(rubric, path, digest, warnings)


def load_file(path: str | Path, *, strict: bool = True) -> LoadedRubric:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise _refuse(_in_file(str(p), msg("rubric.no_such_file"))) from None
    except OSError as exc:
        problem = msg("rubric.cannot_read", error=os_error(exc))
        raise _refuse(_in_file(str(p), problem)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _refuse(_in_file(p.name, msg("rubric.not_utf8", n=exc.start))) from None
    return load_text(text, p.name, p, strict=strict)


def _in_file(name: str, problem: Message) -> Message:
    return at(file_part(name), problem, Origin(file=name))


def iter_yaml(folder: Path) -> Iterator[Path]:
    yield from sorted(folder.glob("*.yaml"))
