"""`evaldesk collect ...`: the receiving office from the command line (issue 18).

    evaldesk collect init --data-dir DIR --rubric ID --year Y --name NAME [--units FILE.csv]
    evaldesk collect import --data-dir DIR PACKAGE.zip|FOLDER ... [--accept FPR[=UNIT]] [--json]
    evaldesk collect list --data-dir DIR [--unit CODE] [--json]
    evaldesk collect rank --data-dir DIR [--json]
    evaldesk collect publish --data-dir DIR --out FOLDER [--passphrase-file FILE] [--json]

Exit codes as everywhere: 0 done; 1 a package was refused or waits for a person's confirmation
(its fingerprint to compare with the cover); 2 usage or input error (not a receiving office,
results not approved yet ...); 3 internal error. They run without a login, as the system actor.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

from evaldesk.commands import bounded
from evaldesk.commands.common import add_data_dir, print_json, resolve_data_dir
from evaldesk.commands.language import help_text
from evaldesk.decimals import fmt_points
from evaldesk.messages import msg


def register(sub: Any) -> None:
    parser = sub.add_parser("collect", help=help_text("cli.help.collect"))
    csub = parser.add_subparsers(
        dest="collect_command", metavar="init|import|list|rank|publish", required=True
    )
    p = csub.add_parser("init", help=help_text("cli.help.collect_init"))
    add_data_dir(p)
    p.add_argument(
        "--rubric",
        required=True,
        type=bounded.rubric_ref,
        help=help_text("cli.help.collect_rubric"),
    )
    p.add_argument(
        "--year", required=True, type=bounded.year, help=help_text("cli.help.latest_year")
    )
    p.add_argument("--name", required=True, help=help_text("cli.help.collect_name"))
    p.add_argument(
        "--units", type=Path, metavar="FILE.csv", help=help_text("cli.help.collect_units")
    )
    p.set_defaults(handler=cmd_init)

    p = csub.add_parser("import", help=help_text("cli.help.collect_import"))
    add_data_dir(p)
    p.add_argument(
        "paths",
        type=Path,
        nargs="+",
        metavar="PACKAGE|FOLDER",
        help=help_text("cli.help.collect_paths"),
    )
    p.add_argument(
        "--accept",
        action="append",
        default=[],
        metavar="FPR[=UNIT]",
        help=help_text("cli.help.collect_accept"),
    )
    p.add_argument("--json", action="store_true", help=help_text("cli.help.json"))
    p.set_defaults(handler=cmd_import)

    p = csub.add_parser("list", help=help_text("cli.help.collect_list"))
    add_data_dir(p)
    p.add_argument("--unit", metavar="CODE", help=help_text("cli.help.collect_unit"))
    p.add_argument("--json", action="store_true", help=help_text("cli.help.json"))
    p.set_defaults(handler=cmd_list)

    p = csub.add_parser("rank", help=help_text("cli.help.collect_rank"))
    add_data_dir(p)
    p.add_argument("--json", action="store_true", help=help_text("cli.help.json"))
    p.set_defaults(handler=cmd_rank)

    p = csub.add_parser("publish", help=help_text("cli.help.collect_publish"))
    add_data_dir(p)
    p.add_argument(
        "--out", required=True, type=Path, metavar="FOLDER", help=help_text("cli.help.collect_out")
    )
    p.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help=help_text("cli.help.passphrase_file")
    )
    p.add_argument("--json", action="store_true", help=help_text("cli.help.json"))
    p.set_defaults(handler=cmd_publish)


def _n(value: Any) -> str:
    return "—" if value is None else fmt_points(value)


# ---------------------------------------------------------------------- init


def _units(path: Path) -> tuple[Any, ...]:
    from evaldesk.errors import InputError
    from evaldesk.services.collect_setup import UnitDraft

    data = bounded.read_bounded(path, "units")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(msg("cli.collect.units_not_utf8", path=str(path))) from None
    rows = [r for r in csv.reader(text.splitlines()) if r and any(c.strip() for c in r)]
    if rows and rows[0][0].strip().lower() in ("code", "编号"):
        rows = rows[1:]
    out = []
    for n, row in enumerate(rows, start=1):
        if len(row) < 2:
            raise InputError(msg("cli.collect.units_line", path=str(path), line=n))
        out.append(UnitDraft(row[0], row[1], row[2] if len(row) > 2 else None))
    return tuple(out)


def cmd_init(args: argparse.Namespace) -> int:
    from evaldesk.services.actor import system_actor
    from evaldesk.services.collect_setup import ReceivingSetup, create_receiving_office, units

    data_dir = resolve_data_dir(args)
    setup = ReceivingSetup(
        name=args.name,
        rubric=args.rubric,
        year=args.year,
        units=_units(args.units) if args.units is not None else None,
    )
    with create_receiving_office(data_dir, system_actor(), setup) as store:
        listed = units(store)
    print(msg("cli.collect.created", path=str(data_dir), year=args.year, units=len(listed)))
    return 0


# ---------------------------------------------------------------------- import


def _accepted(values: list[str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for value in values:
        fpr, sep, unit = value.partition("=")
        out[fpr.strip()] = unit.strip() if sep else None
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from evaldesk.services.actor import system_actor
    from evaldesk.services.collect_import import import_packages
    from evaldesk.store import open_store

    with open_store(resolve_data_dir(args)) as store:
        outcomes = import_packages(
            store, system_actor(), list(args.paths), accept=_accepted(args.accept)
        )
    if args.json:
        print_json(
            {
                "format": "evaldesk-collect-import",
                "version": 1,
                "files": [o.to_json() for o in outcomes],
            }
        )
    else:
        for o in outcomes:
            print(msg(f"cli.collect.status.{o.status}", file=o.file.name, text=o.message))
            if o.fingerprint and o.status != "imported":
                print(msg("cli.collect.fingerprint", fingerprint=o.fingerprint))
            for problem in o.problems[:10]:
                print(f"    {problem}")
            if o.status == "confirm":
                print(
                    msg(
                        "cli.collect.how_to_accept",
                        fingerprint=(o.fingerprint or "").replace(" ", ""),
                    )
                )
        imported = sum(1 for o in outcomes if o.status == "imported")
        print(msg("cli.collect.imported", imported=imported, total=len(outcomes)))
    return 0 if all(o.status == "imported" for o in outcomes) else 1


# ---------------------------------------------------------------------- list, rank


def cmd_list(args: argparse.Namespace) -> int:
    from evaldesk.services.collect_overview import item_rows, unit_rows
    from evaldesk.services.collect_results import collect_state
    from evaldesk.store import open_store

    with open_store(resolve_data_dir(args), daily_backup=False) as store:
        state = collect_state(store)
        if args.unit:
            if state.unit(args.unit) is None:
                from evaldesk.errors import NotFound

                raise NotFound(msg("collect.setup.no_unit", code=args.unit))
            items = item_rows(state, args.unit)
            if args.json:
                print_json(
                    [
                        {
                            "code": i.code,
                            "title": i.title,
                            "max": i.max,
                            "self": i.self_score,
                            "initial": i.initial,
                            "final_review": i.final_review,
                            "computed": i.computed,
                            "final": i.final,
                            "status": i.status,
                            "reasons": i.reasons,
                        }
                        for i in items
                    ]
                )
                return 0
            for i in items:
                print(
                    f"{i.code:<10} {_n(i.max):>5}  {_n(i.self_score):>6} {_n(i.initial):>6} "
                    f"{_n(i.final_review):>6} {_n(i.computed):>6} {_n(i.final):>6}  {i.title}"
                )
            return 0
        rows = unit_rows(state)
    if args.json:
        print_json(
            {
                "format": "evaldesk-collect-list",
                "version": 1,
                "year": state.year,
                "units": [r.to_json() for r in rows],
            }
        )
        return 0
    print(msg("cli.collect.list_head"))
    for r in rows:
        notes = "；".join(n.text() for n in r.notes)
        print(
            f"{r.place or '':>3} {r.code:<14} {_n(r.self_total):>7} {_n(r.computed):>7} "
            f"{_n(r.final):>7} {r.grade or '':<3} {r.name}  {notes}"
        )
    return 0


def cmd_rank(args: argparse.Namespace) -> int:
    from evaldesk.services.collect_results import collect_state
    from evaldesk.store import open_store

    with open_store(resolve_data_dir(args), daily_backup=False) as store:
        state = collect_state(store)
    names = {u.code: u.name for u in state.units}
    computed = state.computed
    if args.json:
        print_json(
            {
                "format": "evaldesk-collect-rank",
                "version": 1,
                "year": state.year,
                "rankings": [
                    {
                        "item": r.ranked.item,
                        "rule": r.ranked.rule_id,
                        "rows": [
                            {
                                "unit": row.unit,
                                "group": row.group,
                                "value": row.value,
                                "taking_part": row.taking_part,
                                "place": row.place,
                                "points": row.points,
                                "detail": row.detail,
                            }
                            for row in r.rows
                        ],
                    }
                    for r in computed.rankings
                ],
                "ballots": [
                    {
                        "sheet": s.sheet.key,
                        "ballots": len(s.ballots),
                        "units": {
                            unit: {"counts": t.counts, "average": t.average}
                            for unit, t in s.tallies.items()
                        },
                    }
                    for s in computed.sheets
                ],
                "finals": {
                    code: {
                        "total": report.total,
                        "grade": report.grade,
                        "place": computed.places.get(code),
                    }
                    for code, report in computed.finals.items()
                },
                "award_places": computed.award_places,
                "awards": {
                    code: [line.to_json() for line in lines]
                    for code, lines in computed.awards.items()
                },
                "not_scored": {code: why for code, why in computed.not_scored.items()},
            }
        )
        return 0
    for r in computed.rankings:
        print(msg("cli.collect.ranking", item=r.ranked.item, title=r.ranked.item_title))
        for row in sorted(r.rows, key=lambda x: (x.group or "", x.place or 10**6)):
            print(
                f"  {row.place or '—':>3} {names.get(row.unit, row.unit)}  {_n(row.points)}  {row.detail}"
            )
    for s in computed.sheets:
        print(msg("cli.collect.sheet", sheet=s.sheet.key, ballots=len(s.ballots)))
        for unit, t in s.tallies.items():
            counts = " ".join(f"{g}{n}" for g, n in t.counts.items())
            print(f"  {names.get(unit, unit)}  {counts}  {_n(t.average)}")
    print(msg("cli.collect.finals"))
    for code, place in sorted(computed.places.items(), key=lambda x: x[1]):
        report = computed.finals[code]
        print(f"  {place:>3} {names.get(code, code)}  {_n(report.total)} {report.grade or ''}")
    for code, why in computed.not_scored.items():
        print(f"  —  {names.get(code, code)}  {why}")
    return 0


# ---------------------------------------------------------------------- publish


def cmd_publish(args: argparse.Namespace) -> int:
    from evaldesk.export.keys import has_key, passphrase_from_cli
    from evaldesk.services.actor import system_actor
    from evaldesk.services.collect_publish import publish
    from evaldesk.store import open_store

    data_dir = resolve_data_dir(args)
    secret = passphrase_from_cli(args.passphrase_file, creating=not has_key(data_dir))
    with open_store(data_dir) as store:
        done = publish(store, system_actor(), args.out, secret)
    if args.json:
        print_json(
            {
                "format": "evaldesk-collect-publish",
                "version": 1,
                "folder": str(done.folder),
                "packages": {code: str(path) for code, path in done.packages.items()},
                "package_ids": done.package_ids,
                "workbook": str(done.workbook),
                "summary": str(done.summary),
                "fingerprint": done.fingerprint,
                "not_published": done.not_published,
            }
        )
        return 0
    print(msg("cli.collect.published", n=len(done.packages), folder=str(done.folder)))
    print(msg("cli.collect.fingerprint", fingerprint=done.fingerprint))
    for path in (done.workbook, done.summary):
        print(f"  {path.name}")
    return 0
