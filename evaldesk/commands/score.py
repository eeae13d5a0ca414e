"""`evaldesk score`: from a facts file against a rubric, or live from a data folder."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evaldesk.commands import bounded
from evaldesk.commands.common import print_json
from evaldesk.commands.language import help_text
from evaldesk.errors import InputError
from evaldesk.messages import Message, msg


def register(sub: Any) -> None:
    p = sub.add_parser("score", help=help_text("cli.help.score"))
    p.add_argument("--rubric", metavar="ID|FILE", help=help_text("cli.help.score_rubric"))
    p.add_argument(
        "--facts", type=Path, metavar="FACTS.json", help=help_text("cli.help.score_facts")
    )
    p.add_argument("--unit", help=help_text("cli.help.score_unit"))
    p.add_argument(
        "--data-dir",
        dest="store_dir",
        type=Path,
        metavar="DIR",
        help=help_text("cli.help.score_data_dir"),
    )
    p.add_argument("--year", type=bounded.year, help=help_text("cli.help.score_year"))
    p.add_argument("--json", action="store_true", help=help_text("cli.help.score_json"))
    p.set_defaults(handler=cmd_score)


def cmd_score(args: argparse.Namespace) -> int:
    data_dir = args.store_dir or getattr(args, "data_dir", None)
    money: Any = None
    if args.facts is not None:
        report = _score_facts(args)
        extra: dict[str, Any] = {}
    elif data_dir is not None:
        from evaldesk.services.live import score_data_dir

        report, extra, money = score_data_dir(Path(data_dir), args.year)
    else:
        raise InputError(msg("cli.score.how"))
    if args.json:
        if money is not None:
            extra["subsidies"] = money.to_json()
        print_json({**report.to_json(), **extra})
    else:
        from evaldesk.scoring.text import render_report

        print(render_report(report))
        if money is not None:
            for line in _subsidy_lines(money):
                print(line)
    return 0


def _subsidy_lines(money: Any) -> list[Message | str]:
    """The subsidy lines (evaldesk.services.subsidies.SubsidyResult) below the score."""
    from evaldesk.scoring.subsidies import fmt_yuan

    out: list[Message | str] = [msg("cli.score.subsidy_title", title=money.title)]
    if money.problem is not None:
        out.append(msg("cli.score.subsidy_problem", problem=money.problem))
        return out
    out += ["  " + line.line() for line in money.lines]  # each line carries its own wording
    total = fmt_yuan(money.total)
    if money.pending:
        out.append(msg("cli.score.subsidy_total_pending", total=total, pending=money.pending))
    else:
        out.append(msg("cli.score.subsidy_total", total=total))
    return out


def _score_facts(args: argparse.Namespace) -> Any:
    from evaldesk.rubrics.registry import get
    from evaldesk.scoring import facts_from_json, score

    if args.rubric is None:
        raise InputError(msg("cli.score.facts_needs_rubric"))
    loaded = get(bounded.rubric_ref(args.rubric))
    if not args.facts.exists():
        raise InputError(msg("cli.score.no_facts", path=args.facts))
    data = bounded.read_bounded(args.facts, "facts")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(msg("cli.score.unreadable", path=args.facts, error=str(exc))) from None
    facts = facts_from_json(text, source=args.facts.name)
    from evaldesk.scoring.check import check_facts

    check_facts(loaded.rubric, facts, source=args.facts.name)
    return score(loaded.rubric, facts, unit=args.unit)
