"""Anchors: the audit chain's head recorded outside the database.

A chain that is valid in itself can still be a rewritten one: edit an old row, recompute every
hash after it. What catches that is a copy of the head kept elsewhere: an anchor (a row number
and its hash). Every signed package carries one (bag-info.txt ``EvalDesk-Audit-Head`` and
score.json, signed), every `evaldesk backup` zip one (its manifest), and the data folder keeps
a list of the anchors it gave out in ``audit-anchors.jsonl`` (one JSON object a line), so
`evaldesk check` compares the log with each of them. An anchor from a package or backup kept
elsewhere is compared with ``evaldesk check --anchor FILE``. The automatic backups are anchors
too (evaldesk.store.audit_tail).
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from evaldesk.messages import Message, msg
from evaldesk.messages.os_error import os_error
from evaldesk.store.paths import DataPaths

FILE_NAME = "audit-anchors.jsonl"


@dataclass(frozen=True, slots=True)
class Anchor:
    seq: int
    hash: str
    what: str  # package / backup / given
    name: str  # the file's name
    at: str  # ISO timestamp (UTC) when it was given out

    def label(self) -> Message:
        key = {"package": "check.anchor.package", "backup": "check.anchor.backup"}.get(
            self.what, "check.anchor.given"
        )
        return msg(key, name=self.name, path=self.name)


def anchors_file(paths: DataPaths) -> Path:
    return paths.root / FILE_NAME


def head(conn: sqlite3.Connection) -> tuple[int, str] | None:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def record(paths: DataPaths, anchor: Anchor) -> None:
    """Append an anchor to the folder's list (best effort: the package or backup holds it too)."""
    line = json.dumps(asdict(anchor), ensure_ascii=False) + "\n"
    try:
        with open(anchors_file(paths), "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass


def read(paths: DataPaths) -> tuple[list[Anchor], list[Message]]:
    """The folder's anchors, and notes on lines that could not be read."""
    path = anchors_file(paths)
    if not path.is_file():
        return [], []
    found: list[Anchor] = []
    notes: list[Message] = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [msg("check.anchor.unreadable", path=str(path), error=os_error(exc))]
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            found.append(
                Anchor(
                    int(data["seq"]),
                    str(data["hash"]),
                    str(data["what"]),
                    str(data["name"]),
                    str(data["at"]),
                )
            )
        except (ValueError, KeyError, TypeError):
            notes.append(
                msg(
                    "check.anchor.unreadable",
                    path=f"{path}:{n}",
                    error=msg("check.anchor.bad_line"),
                )
            )
    return found, notes


def compare(conn: sqlite3.Connection, anchors: list[Anchor]) -> list[Message]:
    """Problems: an anchored row missing from the log, or with another hash."""
    problems: list[Message] = []
    last = head(conn)
    for anchor in anchors:
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (anchor.seq,)).fetchone()
        when = anchor.at[:10]
        if row is None:
            problems.append(
                msg(
                    "check.anchor.missing",
                    last=last[0] if last else 0,
                    seq=anchor.seq,
                    what=anchor.label(),
                    date=when,
                )
            )
        elif row[0] != anchor.hash:
            problems.append(
                msg("check.anchor.differs", seq=anchor.seq, what=anchor.label(), date=when)
            )
    return problems
