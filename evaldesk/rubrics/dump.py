"""Rubric -> YAML text a person can read and the loader reads back to the same rubric.

Fields left at their defaults are not written; points are written as the numbers they are
(``0.5``, ``4``; the loader reads them back as exact decimals); long wording is written as a
block (``|-``) so that line breaks stay where the source has them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import yaml

from evaldesk.decimals import fmt_points
from evaldesk.rubrics.model import Rubric


class _Dumper(yaml.SafeDumper):
    """Block lists, keys in the model's order, no anchors (a repeated value is written out)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.Node:
    text = fmt_points(value)
    tag = "tag:yaml.org,2002:float" if "." in text else "tag:yaml.org,2002:int"
    return dumper.represent_scalar(tag, text)


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if "\n" in value:
        # Block style drops trailing spaces of lines; those are kept by a quoted scalar.
        if not any(line != line.rstrip() for line in value.split("\n")):
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(Decimal, _decimal)
_Dumper.add_representer(str, _str)


def rubric_data(rubric: Rubric) -> dict[str, Any]:
    """The rubric as plain data, defaults left out (what a rubric file holds)."""
    data: dict[str, Any] = rubric.model_dump(mode="python", exclude_defaults=True)
    # The kind of a rule is its discriminator: kept even where it equals a default.
    _keep_kinds(rubric.model_dump(mode="python"), data)
    data.setdefault("id", rubric.id)
    data.setdefault("title", rubric.title)
    data["version"] = rubric.version
    # Written even at its default: without it the loader adds its default-rounding
    # interpretation, which the rubric already carries.
    data["precision"] = rubric.precision
    return _ordered(data)


def _keep_kinds(full: Any, data: Any) -> None:
    if isinstance(full, dict) and isinstance(data, dict):
        if "kind" in full and "kind" not in data and isinstance(full["kind"], str):
            data["kind"] = full["kind"]
        for key, value in data.items():
            _keep_kinds(full.get(key), value)
    elif isinstance(full, list) and isinstance(data, list):
        for f, d in zip(full, data, strict=False):
            _keep_kinds(f, d)


_FIRST = (
    "id",
    "version",
    "title",
    "issuer",
    "doc_number",
    "year",
    "source",
    "kind",
    "total",
    "precision",
)


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    out = {k: data[k] for k in _FIRST if k in data}
    out.update({k: v for k, v in data.items() if k not in out})
    return out


def dump_data(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, indent=2)


def dump(rubric: Rubric) -> str:
    return dump_data(rubric_data(rubric))


def flow(value: Any) -> str:
    """A value on one line (a rule's list or table parameter in an editor field)."""
    return yaml.dump(
        value,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=True,
        width=10_000,
    ).strip()
