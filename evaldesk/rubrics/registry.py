"""The built-in rubrics shipped in ``evaldesk/rubrics/data`` and lookup by id or file path."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from evaldesk import kinds
from evaldesk.errors import NotFound
from evaldesk.messages import msg
from evaldesk.resources import resource_path
from evaldesk.rubrics.loader import LoadedRubric, iter_yaml, load_file
from evaldesk.rubrics.model import Rubric


def builtin_dir() -> Path:
    return resource_path("evaldesk", "rubrics", "data")


@cache
def builtins() -> dict[str, LoadedRubric]:
    """Every built-in rubric by id. Loaded once per process; a broken built-in is a bug and raises."""
    out: dict[str, LoadedRubric] = {}
    for path in iter_yaml(builtin_dir()):
        # tests/unit/rubrics/test_sources.py holds the built-ins to the strict reading.
        loaded = load_file(path, strict=False)
        out[loaded.rubric.id] = loaded
    return out


def get(ref: str) -> LoadedRubric:
    """A built-in rubric by id, or a rubric file by path."""
    found = builtins().get(ref)
    if found is not None:
        return found
    path = Path(ref)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return load_file(path)
    known = sorted(builtins()) or msg("rubric.none")
    raise NotFound(msg("rubric.not_found", ref=ref, known=known))


def json_schema() -> str:
    """The rubric file's JSON Schema; a rule is one of the registered kinds' models."""
    schema = Rubric.model_json_schema()
    defs = schema.setdefault("$defs", {})
    choices = []
    for kind in kinds.REGISTRY:
        own = kind.model.model_json_schema(ref_template="#/$defs/{model}")
        defs.update(own.pop("$defs", {}))
        defs[kind.model.__name__] = own
        choices.append({"$ref": f"#/$defs/{kind.model.__name__}"})
    defs["RuleModel"] = {
        "oneOf": choices,
        "discriminator": {"propertyName": "kind"},
        "description": "A rule of one of the kinds in evaldesk/kinds/ (docs/rubric-format.md).",
    }
    return json.dumps(schema, ensure_ascii=False, indent=2)
