"""`evaldesk rubrics list|show|validate|schema|import|diff`."""

from __future__ import annotations

import argparse
from typing import Any

from evaldesk.commands.common import print_json
from evaldesk.commands.language import help_text
from evaldesk.errors import InputError, RubricError
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

    p = rsub.add_parser("import", help=help_text("cli.help.rubrics_import"))
    p.add_argument("file", metavar="FILE.xlsx|.docx", help=help_text("cli.help.import_file"))
    p.add_argument(
        "--map", dest="mapping", metavar="FIELD=COLUMN,...", help=help_text("cli.help.import_map")
    )
    p.add_argument(
        "--out", required=True, metavar="RUBRIC.yaml", help=help_text("cli.help.import_out")
    )
    p.add_argument("--id", dest="rubric_id", help=help_text("cli.help.import_id"))
    p.add_argument("--title", help=help_text("cli.help.import_title"))
    p.add_argument(
        "--accept-sums", action="store_true", help=help_text("cli.help.import_accept_sums")
    )
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_import)

    p = rsub.add_parser("diff", help=help_text("cli.help.rubrics_diff"))
    p.add_argument("old", metavar="OLD", help=help_text("cli.help.diff_old"))
    p.add_argument("new", metavar="NEW", help=help_text("cli.help.diff_new"))
    p.add_argument(
        "--map", dest="mapping", metavar="OLD=NEW,...", help=help_text("cli.help.diff_map")
    )
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_diff)


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


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from evaldesk.commands.bounded import regular_file
    from evaldesk.rubrics.authoring import suggested_items, write_yaml
    from evaldesk.rubrics.importing import import_table
    from evaldesk.rubrics.importing.columns import letter

    source = Path(args.file)
    regular_file(source, "rubric_table")
    draft = import_table(
        source,
        mapping=args.mapping,
        rubric_id_=args.rubric_id,
        title=args.title,
        allow_sums=args.accept_sums,
    )
    columns: dict[str, str] = {name: letter(col) for name, col in draft.layout.columns.items()}
    if not draft.ok or draft.loaded is None:
        if args.json:
            print_json(
                {
                    "file": args.file,
                    "imported": False,
                    "columns": columns,
                    "errors": [e.to_json() for e in draft.errors],
                    "warnings": [w.to_json() for w in draft.warnings],
                }
            )
        else:
            print(msg("cli.rubrics.import_table", table=draft.grid.name, columns=_columns(columns)))
            for problem in draft.errors:
                print(msg("cli.rubrics.error", problem=problem))
            for warning in draft.warnings:
                print(msg("cli.warning", warning=warning))
        raise InputError(msg("import.failed", n=len(draft.errors)))
    rubric = draft.loaded.rubric
    write_yaml(rubric, Path(args.out))
    suggested = suggested_items(rubric)
    if args.json:
        print_json(
            {
                "file": args.file,
                "imported": True,
                "out": args.out,
                "columns": columns,
                **_summary(draft.loaded),
                "suggested": suggested,
                "warnings": [w.to_json() for w in draft.warnings],
            }
        )
        return 0
    print(msg("cli.rubrics.import_table", table=draft.grid.name, columns=_columns(columns)))
    for warning in draft.warnings:
        print(msg("cli.warning", warning=warning))
    for item in rubric.items():
        kinds_ = [kinds_title(r.kind) for r in item.rules]
        print(msg("cli.rubrics.item_rules", code=item.code, title=item.title, kinds=kinds_))
    print(
        msg(
            "cli.rubrics.imported",
            path=args.out,
            id=rubric.id,
            title=rubric.title,
            sections=len(rubric.sections),
            items=len(rubric.items()),
            suggested=len(suggested),
        )
    )
    return 0


def kinds_title(name: str) -> Any:
    from evaldesk import kinds

    return kinds.get(name).title


def _columns(columns: dict[str, str]) -> str:
    return ", ".join(f"{name}={col}" for name, col in columns.items())


def cmd_diff(args: argparse.Namespace) -> int:
    from evaldesk.commands.bounded import rubric_ref
    from evaldesk.rubrics.diff import diff
    from evaldesk.rubrics.registry import get

    old = get(rubric_ref(args.old)).rubric
    new = get(rubric_ref(args.new)).rubric
    mapping = _diff_map(args.mapping) if args.mapping else None
    changes = diff(old, new, mapping)
    if args.json:
        print_json(
            {
                "old": {"id": old.id, "version": old.version},
                "new": {"id": new.id, "version": new.version},
                "changes": [c.to_json() for c in changes],
            }
        )
        return 0
    old_name, new_name = f"{old.id} v{old.version}", f"{new.id} v{new.version}"
    if not changes:
        print(msg("cli.rubrics.diff_same", old=old_name, new=new_name))
        return 0
    print(msg("cli.rubrics.diff_head", old=old_name, new=new_name, n=len(changes)))
    for change in changes:
        print(msg("cli.rubrics.diff_line", change=change.message))
    return 0


def _diff_map(text: str) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for part in (p.strip() for p in text.split(",") if p.strip()):
        old, sep, new = part.partition("=")
        if not sep or not old.strip():
            raise InputError(msg("cli.rubrics.bad_diff_map", part=part))
        found[old.strip()] = new.strip() or None
    return found
