"""`evaldesk score`: from a facts file against a rubric, or live from a data folder."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evaldesk.commands import bounded
from evaldesk.commands.common import print_json
from evaldesk.errors import InputError


def register(sub: Any) -> None:
    p = sub.add_parser("score", help="compute a self-score with explanations")
    p.add_argument("--rubric", metavar="ID|FILE", help="rubric id or file (with --facts)")
    p.add_argument(
        "--facts", type=Path, metavar="FACTS.json", help="facts file (docs/facts-format.md)"
    )
    p.add_argument("--unit", help="unit (town, district) whose targets apply")
    p.add_argument(
        "--data-dir",
        dest="store_dir",
        type=Path,
        help="score the office stored in this data folder",
    )
    p.add_argument(
        "--year", type=bounded.year, help="assessment year (with --data-dir; default: the latest)"
    )
    p.add_argument(
        "--json", action="store_true", help="machine-readable output (docs/score-json.md)"
    )
    p.set_defaults(handler=cmd_score)


def cmd_score(args: argparse.Namespace) -> int:
    data_dir = args.store_dir or getattr(args, "data_dir", None)
    if args.facts is not None:
        report = _score_facts(args)
        extra: dict[str, Any] = {}
    elif data_dir is not None:
        from evaldesk.services.live import score_data_dir

        report, extra = score_data_dir(Path(data_dir), args.year)
    else:
        raise InputError(
            "give --rubric ID --facts FACTS.json, or --data-dir DIR to score a stored office"
        )
    if args.json:
        print_json({**report.to_json(), **extra})
    else:
        from evaldesk.scoring.text import render_report

        print(render_report(report))
        money = extra.get("subsidies")
        if money is not None:
            print(_subsidies_text(money))
    return 0


def _subsidies_text(money: dict[str, Any]) -> str:
    """The lines of `score --json`'s "subsidies" block, as text (they carry their own wording)."""
    out = [f"【{money['title']}】"]
    if money.get("problem"):
        out.append(f"  无法测算：{money['problem']}")
    else:
        out += [f"  {line['line']}" for line in money["lines"]]
        tail = f"（{money['pending']}项待定）" if money["pending"] else ""
        out.append(f"  合计：{money['total']}元{tail}")
    return "\n".join(out)


def _score_facts(args: argparse.Namespace) -> Any:
    from evaldesk.rubrics.registry import get
    from evaldesk.scoring import facts_from_json, score

    if args.rubric is None:
        raise InputError("--facts needs --rubric ID|FILE")
    loaded = get(bounded.rubric_ref(args.rubric))
    data = bounded.read_bounded(args.facts, "facts")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{args.facts}: cannot read as UTF-8 text ({exc})") from None
    facts = facts_from_json(text, source=args.facts.name)
    from evaldesk.scoring.check import check_facts

    check_facts(loaded.rubric, facts, source=args.facts.name)
    return score(loaded.rubric, facts, unit=args.unit)
