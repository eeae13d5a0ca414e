"""`evaldesk rubrics list|show|validate|schema`."""

from __future__ import annotations

import argparse
from typing import Any

from evaldesk.commands.common import print_json
from evaldesk.commands.language import help_text
from evaldesk.errors import RubricError
from evaldesk.messages import msg


def register(sub: Any) -> None:
    parser = sub.add_parser("rubrics", help=help_text("cli.help.rubrics"))
    rsub = parser.add_subparsers(dest="rubrics_command", metavar="ACTION", required=True)
    json_help = help_text("cli.help.json")

    p = rsub.add_parser("list", help=help_text("cli.help.rubrics_list"))
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_list)

    p = rsub.add_parser("show", help=help_text("cli.help.rubrics_show"))
    p.add_argument("ref", metavar="ID|FILE")
    p.add_argument("--unit", help=help_text("cli.help.rubrics_unit"))
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_show)

    p = rsub.add_parser("validate", help=help_text("cli.help.rubrics_validate"))
    p.add_argument("file", metavar="FILE", help=help_text("cli.help.rubrics_file"))
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_validate)

    p = rsub.add_parser("schema", help=help_text("cli.help.rubrics_schema"))
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
    from evaldesk.rubrics.registry import builtins

    rows = [_summary(loaded) for loaded in builtins().values()]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        total = (
            msg("cli.rubrics.points", points=row["total"])
            if row["total"] is not None
            else msg("cli.rubrics.rated")
        )
        source = row["doc_number"] or row["issuer"]
        print(
            msg(
                "cli.rubrics.row",
                id=row["id"],
                title=row["title"],
                source=source,
                total=total,
                items=row["items"],
            )
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from evaldesk.commands.bounded import rubric_ref
    from evaldesk.rubrics.registry import get
    from evaldesk.rubrics.render import render_text

    loaded = get(rubric_ref(args.ref))
    if args.json:
        data = loaded.rubric.model_dump(mode="json", exclude_none=True)
        data["warnings"] = [w.to_json() for w in loaded.warnings]
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
            errors = [p.to_json() for p in exc.problem_messages]
            print_json({"file": args.file, "valid": False, "errors": errors, "warnings": []})
        else:
            for problem in exc.problem_messages:
                print(msg("cli.rubrics.error", problem=problem))
            print(msg("cli.rubrics.not_loaded", n=len(exc.problem_messages)))
        return 1
    if args.json:
        print_json(
            {
                "file": args.file,
                "valid": True,
                "errors": [],
                **_summary(loaded),
                "warnings": [w.to_json() for w in loaded.warnings],
            }
        )
        return 0
    for warning in loaded.warnings:
        print(msg("cli.warning", warning=warning))
    r = loaded.rubric
    print(
        msg(
            "cli.rubrics.ok",
            id=r.id,
            title=r.title,
            sections=len(r.sections),
            items=len(r.items()),
            warnings=len(loaded.warnings),
        )
    )
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from evaldesk.rubrics.registry import json_schema

    print(json_schema())
    return 0
