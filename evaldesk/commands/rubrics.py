"""`evaldesk rubrics list|show|validate|schema`."""

from __future__ import annotations

import argparse
from typing import Any

from evaldesk.commands.common import print_json
from evaldesk.errors import RubricError


def register(sub: Any) -> None:
    parser = sub.add_parser("rubrics", help="list, show and validate rubric files")
    rsub = parser.add_subparsers(dest="rubrics_command", metavar="ACTION", required=True)

    p = rsub.add_parser("list", help="the built-in rubrics")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = rsub.add_parser("show", help="print a rubric readably")
    p.add_argument("ref", metavar="ID|FILE")
    p.add_argument("--unit", help="show this unit's own targets (id or name)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = rsub.add_parser("validate", help="check a rubric file; exit 1 with every problem found")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_validate)

    p = rsub.add_parser("schema", help="print the JSON Schema of the rubric format")
    p.set_defaults(handler=cmd_schema)


def _summary(loaded: Any) -> dict[str, Any]:
    r = loaded.rubric
    return {
        "id": r.id,
        "title": r.title,
        "issuer": r.issuer,
        "doc_number": r.doc_number,
        "year": r.year,
        "kind": r.kind,
        "total": r.total,
        "sections": len(r.sections),
        "items": len(r.items()),
        "units": len(r.units),
        "version": r.version,
        "sha256": loaded.sha256,
        "warnings": len(loaded.warnings),
    }


def cmd_list(args: argparse.Namespace) -> int:
    from evaldesk.decimals import fmt_points
    from evaldesk.rubrics.registry import builtins

    rows = [_summary(loaded) for loaded in builtins().values()]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        total = f"{fmt_points(row['total'])}分" if row["total"] is not None else "定性评价"
        source = row["doc_number"] or row["issuer"]
        print(f"{row['id']:<28} {row['title']}（{source}）{total}，{row['items']}项")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from evaldesk.commands.bounded import rubric_ref
    from evaldesk.rubrics.registry import get
    from evaldesk.rubrics.render import render_text

    loaded = get(rubric_ref(args.ref))
    if args.json:
        data = loaded.rubric.model_dump(mode="json", exclude_none=True)
        data["warnings"] = loaded.warnings
        data["sha256"] = loaded.sha256
        print_json(data)
        return 0
    print(render_text(loaded, unit=args.unit))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from evaldesk.commands.bounded import regular_file
    from evaldesk.rubrics.loader import load_file

    regular_file(Path(args.file), "rubric")

    try:
        loaded = load_file(args.file)
    except RubricError as exc:
        if args.json:
            print_json({"file": args.file, "valid": False, "errors": exc.problems, "warnings": []})
        else:
            for problem in exc.problems:
                print(f"error: {problem}")
            print(f"{len(exc.problems)} error(s); the rubric was not loaded.")
        return 1
    if args.json:
        print_json(
            {
                "file": args.file,
                "valid": True,
                "errors": [],
                "warnings": loaded.warnings,
                **_summary(loaded),
            }
        )
        return 0
    for warning in loaded.warnings:
        print(f"warning: {warning}")
    r = loaded.rubric
    print(
        f"ok: {r.id} {r.title}: {len(r.sections)} sections, {len(r.items())} items, {len(loaded.warnings)} warning(s)"
    )
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from evaldesk.rubrics.registry import json_schema

    print(json_schema())
    return 0
