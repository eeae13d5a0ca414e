"""Load rubric files (YAML), report every problem with file, line and item code.

Numbers are read as ``Decimal`` straight from the YAML text, so ``0.05`` is exactly 0.05.
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
from evaldesk.rubrics.interpretations import interpretation_problems, unprinted_problems
from evaldesk.rubrics.model import Rubric
from evaldesk.rubrics.validate import semantic_problems

try:
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


class _DecimalLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """SafeLoader whose floats are Decimals and whose mapping keys stay strings."""


def _decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise yaml.constructor.ConstructorError(
            None, None, f"not a number: {text!r}", node.start_mark
        ) from None


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _decimal)

#: No score, count or amount in a rubric needs more digits; Python refuses to even read an int
#: of more than 4300 digits, and a crash is not an answer.
MAX_INT_DIGITS = 30


def _int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node)).replace("_", "").lstrip("+-")
    if len(text) > MAX_INT_DIGITS:
        raise yaml.constructor.ConstructorError(
            None, None, f"a number of {len(text)} digits is too long", node.start_mark
        )
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
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {key!r} appears twice in one mapping", key_node.start_mark
            )
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
    warnings: list[str] = field(default_factory=list)


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
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark else name
        raise RubricError(f"{where}: YAML syntax error: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise RubricError(f"{name}: YAML error: {exc}") from None
    return data, node


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
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


def _where(data: Any, loc: tuple[Any, ...]) -> tuple[str, str]:
    """Describe ``loc`` as ('item 二.3: rule 'per_count'', remaining field path)."""
    context: list[str] = []
    cursor: Any = data
    rest: list[str] = []
    i = 0
    while i < len(loc):
        part = loc[i]
        if isinstance(cursor, dict) and part in cursor:
            value = cursor[part]
            if part in ("items", "sections") and i + 1 < len(loc) and isinstance(value, list):
                index = loc[i + 1]
                if isinstance(index, int) and index < len(value) and isinstance(value[index], dict):
                    label = "item" if part == "items" else "section"
                    code = value[index].get("code", f"#{index + 1}")
                    context = [c for c in context if not c.startswith("rule")]
                    if label == "item":
                        context = [c for c in context if not c.startswith("section")]
                    context.append(f"{label} {code}")
                    cursor = value[index]
                    i += 2
                    continue
            if (
                part in ("rules", "lines", "tiers", "levels")
                and i + 1 < len(loc)
                and isinstance(value, list)
            ):
                index = loc[i + 1]
                if isinstance(index, int) and index < len(value) and isinstance(value[index], dict):
                    entry = value[index]
                    if part == "rules":
                        kind = entry.get("kind", "?")
                        context.append(f"rule {entry.get('id', index + 1)} ({kind!s})")
                    else:
                        context.append(f"{part[:-1]} {entry.get('id', index + 1)}")
                    cursor = entry
                    i += 2
                    continue
            cursor = value
            rest.append(str(part))
        elif isinstance(cursor, list) and isinstance(part, int) and part < len(cursor):
            cursor = cursor[part]
            rest.append(f"[{part}]")
        elif isinstance(cursor, dict) and isinstance(part, str) and part == cursor.get("kind"):
            pass  # discriminator tag
        else:
            rest.append(str(part))
        i += 1
    return ": ".join(context), ".".join(rest).replace(".[", "[")


def _message(error: dict[str, Any], field_path: str, data: Any, loc: tuple[Any, ...]) -> str:
    kind = error["type"]
    name = field_path.rsplit(".", 1)[-1] if field_path else ""
    if kind == "missing":
        parent = _where(data, loc[:-1])[0]
        rule = parent.rsplit("rule ", 1)[-1] if "rule " in parent else ""
        owner = f"rule {rule.split(' ')[-1].strip('()')!r}" if rule else "this entry"
        return f"{owner} needs {name!r}"
    if kind == "extra_forbidden":
        return f"unknown field {name!r} (check the spelling; see docs/rubric-format.md)"
    if kind == "union_tag_invalid":
        ctx = error.get("ctx", {})
        return f"unknown rule kind {ctx.get('tag')!r}; known kinds: {ctx.get('expected_tags')}"
    if kind == "union_tag_not_found":
        return "a rule needs 'kind' (checklist, per_count, proportional, ...)"
    if kind in ("decimal_parsing", "decimal_type", "int_parsing", "int_type", "float_parsing"):
        return f"{field_path or 'value'}: expected a number, got {error.get('input')!r}"
    prefix = f"{field_path}: " if field_path else ""
    return f"{prefix}{error['msg']}"


def _pydantic_problems(
    exc: ValidationError, data: Any, node: yaml.Node | None, name: str
) -> list[str]:
    problems = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        context, field_path = _where(data, loc)
        line = _line_of(node, loc)
        where = f"{name}:{line}" if line else name
        text = _message(dict(error), field_path, data, loc)
        problems.append(f"{where}: {context + ': ' if context else ''}{text}")
    return problems


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
        raise RubricError(f"{name}: a rubric file must be a mapping with id, title and sections")
    _assign_rule_ids(data)
    if "precision" not in data:
        data = {**data, "interpretations": [*data.get("interpretations", []), DEFAULT_ROUNDING]}
    try:
        rubric = Rubric.model_validate(data)
    except ValidationError as exc:
        problems = _pydantic_problems(exc, data, node, name)
        raise RubricError(problems[0], problems) from None
    errors, warnings = semantic_problems(rubric)
    errors += [str(e) for e in interpretation_problems(rubric)[0]]
    if strict:
        errors += [str(e) for e in unprinted_problems(rubric)]
    if errors:
        problems = [f"{name}: {e}" for e in errors]
        raise RubricError(problems[0], problems)
    return LoadedRubric(rubric, path, digest, [f"{name}: {w}" for w in warnings])


def load_file(path: str | Path, *, strict: bool = True) -> LoadedRubric:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise RubricError(f"{p}: no such file") from None
    except OSError as exc:
        raise RubricError(f"{p}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RubricError(
            f"{p.name}: not UTF-8 text (byte {exc.start}); save the file as UTF-8"
        ) from None
    return load_text(text, p.name, p, strict=strict)


def iter_yaml(folder: Path) -> Iterator[Path]:
    yield from sorted(folder.glob("*.yaml"))
