"""`evaldesk check`: everything that can be verified without changing anything.

* the database: PRAGMA integrity_check and foreign_key_check;
* the append-only triggers are in place;
* the audit chain (every row's hash, every link to the previous row);
* every evidence file: present, and its SHA-256 still matches its name and its record;
* links that point nowhere: item codes that are not in the year's pinned rubric, and each
  year's rubric copy against its pinned hash.

It reads the database through a read-only SQLite connection and never migrates or backs up.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from evaldesk.messages import Message, msg
from evaldesk.store import anchors, audit_state, backup, clock_check, health, search_index
from evaldesk.store.audit import verify_chain
from evaldesk.store.audit_state import Difference
from evaldesk.store.audit_tail import tail_problems
from evaldesk.store.blobs import BlobStore
from evaldesk.store.blobs_collect import collect_blobs
from evaldesk.store.migrations import HEAD
from evaldesk.store.paths import DataPaths, read_only_uri
from evaldesk.store.sqlite_error import sqlite_error

TRIGGERS = (
    "audit_log_no_update",
    "audit_log_no_delete",
    "ledger_entries_no_delete",
    "evidence_no_delete",
)


@dataclass
class CheckReport:
    """What the check found (``problems``: the check fails) and what it says besides (``notes``:
    what was compared, what could not be), each a message."""

    problems: list[Message] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    #: The rows of the tables that differ from the audit log (what an override accepts).
    differences: list[Difference] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem(self, message: Message) -> None:
        self.problems.append(message)

    def note(self, message: Message) -> None:
        self.notes.append(message)


ItemCodes = Callable[[str], set[str] | None]  # rubric text -> its item codes (None: unreadable)


def _connect(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(db), uri=True, timeout=15)


def _check_schema(conn: sqlite3.Connection, report: CheckReport) -> bool:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        report.problem(msg("check.no_schema"))
        return False
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if version is None or version[0] != HEAD:
        found = None if version is None else version[0]
        report.note(msg("check.schema_differs", found=found, head=HEAD))
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    for name in TRIGGERS:
        if name not in triggers:
            report.problem(msg("check.trigger_missing", name=name))
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        report.problem(msg("check.foreign_key", table=table, rowid=rowid, parent=parent))
    return True


def _check_audit(conn: sqlite3.Connection, report: CheckReport) -> None:
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, old, new, prev_hash, hash "
        "FROM audit_log ORDER BY seq"
    )
    report.problems.extend(verify_chain(iter(rows)))
    report.counts["audit_rows"] = int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def _check_state(conn: sqlite3.Connection, report: CheckReport) -> None:
    """The tables against the state the audit log rebuilds (evaldesk.store.audit_state)."""
    replayed = audit_state.replay(audit_state.audit_rows(conn))
    if replayed.baseline_seq is None:
        report.note(msg("check.state.no_baseline"))
        return
    for violation in replayed.violations:
        report.problem(violation)
    found = audit_state.differences(replayed, audit_state.table_state(conn))
    report.differences = found
    for difference in found[: audit_state.MAX_LISTED]:
        report.problem(difference.message())
    if len(found) > audit_state.MAX_LISTED:
        report.problem(msg("check.state.more", count=len(found) - audit_state.MAX_LISTED))
    if replayed.baseline_seq > 1:
        report.note(
            msg(
                "check.state.baseline",
                seq=replayed.baseline_seq,
                date=(replayed.baseline_at or "")[:10],
            )
        )
    for row in replayed.accepted:
        detail = row.new if isinstance(row.new, dict) else {}
        report.note(
            msg(
                "check.state.accepted",
                date=row.at[:10],
                who=detail.get("by") or row.actor,
                reason=detail.get("reason", ""),
            )
        )
    if replayed.unknown_actions:
        report.note(msg("check.state.unknown_actions", actions=sorted(replayed.unknown_actions)))
    rows = sum(len(v) for v in replayed.state.values())
    if not found and not replayed.violations:
        report.note(msg("check.state.compared", rows=rows))


def _check_anchors(
    conn: sqlite3.Connection,
    paths: DataPaths,
    report: CheckReport,
    given: list[anchors.Anchor],
) -> None:
    """The log against every anchor given out (packages, backups) and any handed in."""
    restored = conn.execute("SELECT max(at) FROM audit_log WHERE action = 'restore'").fetchone()[0]
    kept, unreadable = anchors.read(paths)
    for note in unreadable:
        report.note(note)
    # Anchors given out before the latest restore belong to the replaced database.
    mine = [a for a in kept if restored is None or a.at > restored]
    checked = [*mine, *given]
    for problem in anchors.compare(conn, checked):
        report.problem(problem)
    has_backup = any(backup.auto_backups(paths))
    if not checked and not has_backup:
        report.note(msg("check.anchor.none"))
    elif checked:
        newest = max(checked, key=lambda a: a.seq)
        report.note(
            msg(
                "check.anchor.compared",
                count=len(checked),
                what=newest.label(),
                date=newest.at[:10],
                seq=newest.seq,
            )
        )


def _check_key(conn: sqlite3.Connection, paths: DataPaths, report: CheckReport) -> None:
    """The office's public key file is the one the audit log last recorded."""
    from evaldesk.store import jsonval

    public = paths.root / "keys" / "office-signing-key.pub.pem"
    if not public.is_file():
        return
    recorded = None
    for action, new in conn.execute(
        "SELECT action, new FROM audit_log WHERE action IN ('export', 'key.rotate', "
        "'key.replace') ORDER BY seq DESC LIMIT 1"
    ):
        detail = jsonval.loads(new) if new else {}
        recorded = detail.get("fingerprint") if action == "export" else detail.get("new")
    if not recorded:
        return
    found = _public_fingerprint(public)
    if found is not None and found.replace(" ", "") != str(recorded).replace(" ", ""):
        report.problem(msg("check.key.differs", found=found, recorded=recorded))


def _public_fingerprint(path: Path) -> str | None:
    """The SHA-256 fingerprint of a PEM Ed25519 public key (the raw key: its last 32 bytes)."""
    import base64

    try:
        lines = path.read_text(encoding="ascii").splitlines()
        der = base64.b64decode("".join(line for line in lines if not line.startswith("-----")))
    except (OSError, ValueError):
        return None
    digest = hashlib.sha256(der[-32:]).hexdigest()
    return " ".join(digest[i : i + 8] for i in range(0, 64, 8))


def _check_evidence(
    conn: sqlite3.Connection,
    paths: DataPaths,
    report: CheckReport,
    progress: Callable[[int, int], None] | None,
) -> None:
    blobs = BlobStore(paths)
    records: dict[str, list[tuple[Message, int]]] = {}
    for eid, sha, name, size, year in conn.execute(
        "SELECT e.id, e.sha256, e.original_name, e.size, y.year "
        "FROM evidence e JOIN years y ON y.id = e.year_id ORDER BY e.id"
    ):
        who = msg("check.evidence.who", id=eid, name=name, year=year)
        records.setdefault(sha, []).append((who, size))
    report.counts["evidence_records"] = sum(len(v) for v in records.values())
    for sha, who, size in collect_blobs(conn):  # a receiving office's imported packages
        records.setdefault(sha, []).append((who, size))
    report.counts["evidence_files"] = len(records)
    for done, (sha, recs) in enumerate(records.items(), start=1):
        if progress is not None:
            progress(done, len(records))
        first, size = recs[0]
        who = (
            msg("check.evidence.and_more", who=first, more=len(recs) - 1)
            if len(recs) > 1
            else first
        )
        rel = blobs.path(sha).relative_to(paths.root).as_posix()
        found = blobs.hash_file(sha)
        if found is None:
            report.problem(msg("check.evidence.missing", who=who, path=rel))
            continue
        actual, actual_size = found
        if actual != sha:
            report.problem(msg("check.evidence.altered", who=who, path=rel, sha=actual[:16]))
        elif size >= 0 and actual_size != size:  # a received result's size is not recorded
            report.problem(msg("check.evidence.size", who=who, size=size, actual=actual_size))
    known = set(records)
    if paths.evidence.is_dir():
        orphans = 0
        for sub in paths.evidence.iterdir():
            if sub.is_dir() and len(sub.name) == 2 and not sub.name.startswith("."):
                orphans += sum(1 for f in sub.iterdir() if sub.name + f.name not in known)
        if orphans:
            report.note(msg("check.evidence.orphans", count=orphans))


def _check_links(conn: sqlite3.Connection, report: CheckReport, item_codes: ItemCodes) -> None:
    years = conn.execute(
        "SELECT id, year, rubric_id, rubric_sha256, rubric_text FROM years"
    ).fetchall()
    for year_id, year, rubric_id, pinned, text in years:
        actual = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if actual != pinned:
            report.problem(msg("check.rubric.hash", year=year, rubric=rubric_id))
            continue
        codes = item_codes(text)
        if codes is None:
            report.problem(msg("check.rubric.unreadable", year=year, rubric=rubric_id))
            continue
        queries = [
            (
                msg("check.kind.ledger"),
                "SELECT id, item_code FROM ledger_entries WHERE year_id = ? AND item_code IS NOT NULL",
            ),
            (
                msg("check.kind.evidence_link"),
                "SELECT l.evidence_id, l.item_code FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id "
                "WHERE e.year_id = ? AND l.kind = 'item'",
            ),
            (
                msg("check.kind.fact"),
                "SELECT id, code FROM facts WHERE year_id = ? AND scope IN ('item', 'review', 'indicators')",
            ),
            (msg("check.kind.comment"), "SELECT id, item_code FROM comments WHERE year_id = ?"),
        ]
        for what, sql in queries:
            for row_id, code in conn.execute(sql, (year_id,)):
                if code not in codes:
                    report.problem(
                        msg(
                            "check.link.unknown_item",
                            year=year,
                            what=what,
                            id=row_id,
                            code=code,
                            rubric=rubric_id,
                        )
                    )
        report.counts[f"ledger_entries_{year}"] = int(
            conn.execute(
                "SELECT count(*) FROM ledger_entries WHERE year_id = ?", (year_id,)
            ).fetchone()[0]
        )


def check_data_dir(
    data_dir: Path,
    item_codes: ItemCodes,
    progress: Callable[[int, int], None] | None = None,
    *,
    given: list[anchors.Anchor] | None = None,
    evidence: bool = True,
) -> CheckReport:
    """Everything verifiable without changing anything. ``evidence=False`` (the export, which
    hashes the evidence it copies itself) leaves out reading every evidence file."""
    paths = DataPaths(Path(data_dir))
    report = CheckReport()
    if not paths.db.is_file():
        report.problem(msg("check.no_database", path=str(paths.db)))
        return report
    why = health.read_only(paths)
    if why is not None:
        report.problem(msg("store.read_only", path=str(paths.root), error=why))
        return report
    if paths.db.stat().st_size == 0:
        report.problem(msg("store.empty_database", path=str(paths.db)))
        report.note(health.restore_hint(paths))
        return report
    damaged = health.problems(paths, full=True)
    if damaged:
        report.problems.extend(damaged)
        report.note(health.restore_hint(paths))
        return report
    try:
        conn = _connect(paths.db)
    except sqlite3.Error as exc:
        report.problem(msg("store.db_cannot_open", path=str(paths.db), error=sqlite_error(exc)))
        return report
    try:
        if not _check_schema(conn, report):
            return report
        _check_audit(conn, report)
        _check_state(conn, report)
        cut, unread = tail_problems(conn, paths)
        report.problems.extend(cut)
        report.notes.extend(unread)
        _check_anchors(conn, paths, report, given or [])
        _check_key(conn, paths, report)
        clock = clock_check.clock_warning(conn)
        if clock is not None:
            report.note(clock[1])
        if evidence:
            _check_evidence(conn, paths, report, progress)
        _check_links(conn, report, item_codes)
    except sqlite3.DatabaseError as exc:
        report.problem(msg("check.read_to_end", path=str(paths.db), error=sqlite_error(exc)))
    finally:
        conn.close()
    report.problems.extend(search_index.verify(paths.db))
    tmp = paths.evidence_tmp
    if tmp.is_dir() and any(tmp.iterdir()):
        report.note(msg("check.tmp_left"))
    return report
