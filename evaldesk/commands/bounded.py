"""Command-line input read with bounds: a file argument is read only when it is a regular file
of a plausible size (``--pubkey /dev/zero`` must not fill the memory), and numbers are checked
where argparse reads them (``--year 99999999999999999999`` is a usage error, exit 2)."""

from __future__ import annotations

import argparse
import os
import stat
from pathlib import Path

from evaldesk.errors import InputError
from evaldesk.messages import msg
from evaldesk.messages.os_error import os_error

#: The most a small input file may hold: keys, passphrase files, trust lists.
LIMITS = {
    "key": 64 << 10,
    "passphrase": 64 << 10,
    "facts": 64 << 20,
    "rubric": 16 << 20,
    "units": 4 << 20,  # a receiving office's list of units
    "rubric_table": 64 << 20,
}
YEARS = (1900, 2999)


def regular_file(path: Path, what: str) -> int:
    """The size of ``path``, which must be a regular file within the limit for ``what``."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InputError(msg("cli.file_unreadable", path=str(path), error=os_error(exc))) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(msg("cli.not_a_file", path=str(path)))
    if info.st_size > LIMITS[what]:
        raise InputError(
            msg("cli.file_too_large", path=str(path), size=info.st_size, limit=LIMITS[what])
        )
    return info.st_size


def read_bounded(path: Path, what: str) -> bytes:
    regular_file(path, what)
    try:
        with open(path, "rb") as fh:
            data = fh.read(LIMITS[what] + 1)
    except OSError as exc:
        raise InputError(msg("cli.file_unreadable", path=str(path), error=os_error(exc))) from None
    if len(data) > LIMITS[what]:
        raise InputError(
            msg("cli.file_too_large", path=str(path), size=len(data), limit=LIMITS[what])
        )
    return data


def year(text: str) -> int:
    """argparse ``type=`` for assessment years: a whole number from 1900 to 2999."""
    try:
        value = int(text.strip()) if len(text.strip()) <= 6 else None
    except ValueError:
        value = None
    if value is None or not YEARS[0] <= value <= YEARS[1]:
        raise argparse.ArgumentTypeError(
            msg("cli.bad_year", value=text[:30], low=YEARS[0], high=YEARS[1]).text()
        )
    return value


def seed(text: str) -> int:
    """argparse ``type=`` for the demo's random seed: a whole number of at most 18 digits."""
    try:
        value = int(text.strip()) if len(text.strip()) <= 19 else None
    except ValueError:
        value = None
    if value is None or abs(value) >= 10**18:
        raise argparse.ArgumentTypeError(msg("cli.bad_seed", value=text[:30]).text())
    return value


def rubric_ref(ref: str) -> str:
    """A rubric id or file: a file must be a regular file of plausible size (not /dev/zero)."""
    from evaldesk.rubrics.registry import builtins

    if ref not in builtins() and Path(ref).exists():
        regular_file(Path(ref), "rubric")
    return ref
