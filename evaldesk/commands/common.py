"""Shared helpers for command output: JSON with Decimals as text and messages as objects
(key, arguments, Chinese text), UTF-8 always."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from typing import Any

from evaldesk.commands.language import help_text
from evaldesk.messages import Message


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        from evaldesk.decimals import fmt_points

        return fmt_points(value)
    if isinstance(value, Message):
        return value.to_json()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def add_data_dir(parser: Any, *, required: bool = False) -> None:
    """Every store command takes ``--data-dir`` after the subcommand too."""
    from pathlib import Path

    parser.add_argument(
        "--data-dir",
        dest="store_dir",
        type=Path,
        required=required,
        metavar="DIR",
        help=help_text("cli.help.data_dir"),
    )


def resolve_data_dir(args: Any) -> Any:
    """The data folder: ``--data-dir`` after or before the subcommand, else the user's data folder."""
    from pathlib import Path

    chosen = getattr(args, "store_dir", None) or getattr(args, "data_dir", None)
    if chosen is not None:
        return Path(chosen)
    from evaldesk.services.data_folder import default_data_dir

    return default_data_dir()
