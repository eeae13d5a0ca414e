"""The state the audit log records, rebuilt, and compared with the tables (`evaldesk check`).

Every change EvalDesk makes writes an audit row carrying the whole new state of what it
changed (a ledger entry's fields, a fact's value, an evidence record with its links ...). So
the log can be replayed into the state it describes, row by row, and that state must be the
tables: a row that differs was edited outside EvalDesk, a row the log does not know was
inserted, a row the log has that the table lacks was deleted.

Logs older than this feature are not replayed: when a data folder is first opened by this
version, migration 0005 writes an ``audit.baseline`` row holding a fingerprint of every row
then (:func:`fingerprints`). The replay starts from that baseline: rows untouched since are
compared by fingerprint, rows changed since by their fields.

While replaying, every change is also judged by the lock rules in force at its time (the
approvals the log itself records, evaldesk.store.locks): a row claiming a change EvalDesk
refuses (a backdated close in an approved quarter) was not written by EvalDesk.

What is compared, per kind: the fields a person sets. Bookkeeping (updated_at, last login) is
not, and a password only as the SHA-256 of its argon2 hash.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from evaldesk.messages import Message, msg
from evaldesk.store import audit_state_collect, jsonval, locks
from evaldesk.store.audit import AuditEvent as AuditRow  # one recorded change, as replayed
from evaldesk.store.dates import dispatch_due

BASELINE = "audit.baseline"
ACCEPT = "audit.accept"
KINDS = (
    "office",
    "year",
    "user",
    "ledger",
    "dispatch",
    "evidence",
    "fact",
    "approval",
    "comment",
    "trusted_key",
    *audit_state_collect.KINDS,
)
Fields = dict[str, Any]


def digest(fields: Fields) -> str:
    """A row's fingerprint: SHA-256 of its compared fields' canonical JSON (128 bits kept)."""
    return hashlib.sha256(jsonval.dumps(fields).encode("utf-8")).hexdigest()[:32]


def password_digest(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:32]


# ---------------------------------------------------------------------- the tables, read


def _rows(conn: sqlite3.Connection, sql: str) -> Iterator[tuple[Any, ...]]:
    yield from conn.execute(sql)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def table_state(conn: sqlite3.Connection) -> dict[str, dict[str, Fields]]:
    """Every compared row of the database, by kind and key, as the replay describes it."""
    out: dict[str, dict[str, Fields]] = {k: {} for k in KINDS}
    years = {yid: year for yid, year in conn.execute("SELECT id, year FROM years")}
    for oid, name, unit, region, contact in _rows(
        conn, "SELECT id, name, unit, region, contact FROM office"
    ):
        out["office"][str(oid)] = {"name": name, "unit": unit, "region": region, "contact": contact}
    for year, rid, version, sha in _rows(
        conn, "SELECT year, rubric_id, rubric_version, rubric_sha256 FROM years"
    ):
        out["year"][str(year)] = {
            "year": year,
            "rubric_id": rid,
            "rubric_version": version,
            "rubric_sha256": sha,
        }
    for uid, username, display, role, active, pw in _rows(
        conn, "SELECT id, username, display_name, role, active, password_hash FROM users"
    ):
        out["user"][str(uid)] = {
            "username": username,
            "display_name": display,
            "role": role,
            "active": bool(active),
            "password": password_digest(pw),
        }
    for row in _rows(
        conn,
        "SELECT id, year_id, source, title, description, responsible, received_date, deadline,"
        " status, done_date, item_code, repeats_yearly FROM ledger_entries"
        if _has_column(conn, "ledger_entries", "repeats_yearly")
        else "SELECT id, year_id, source, title, description, responsible, received_date,"
        " deadline, status, done_date, item_code, 0 FROM ledger_entries",
    ):
        eid, yid, source, title, desc, resp, received, deadline, status, done, item, rep = row
        out["ledger"][str(eid)] = _ledger(
            {
                "repeats_yearly": bool(rep),
                "year": years.get(yid),
                "source": source,
                "title": title,
                "description": desc,
                "responsible": resp,
                "received_date": received,
                "deadline": deadline,
                "status": status,
                "done_date": done,
                "item_code": item,
            }
        )
    for yid, quarter, due, submitted, progress, note in _rows(
        conn,
        "SELECT year_id, quarter, due_date, submitted_date, progress, note FROM dispatch_records",
    ):
        out["dispatch"][f"{years.get(yid)}/{quarter}"] = _dispatch(
            {
                "due_date": due,
                "submitted_date": submitted,
                "progress": jsonval.loads(progress),
                "note": note,
            }
        )
    links: dict[int, list[str]] = {}
    for evid, target in _rows(conn, "SELECT evidence_id, target FROM evidence_links"):
        links.setdefault(evid, []).append(target)
    for evid, yid, sha, size, mime, name, note, added_at, added_by in _rows(
        conn,
        "SELECT id, year_id, sha256, size, mime, original_name, note, added_at, added_by"
        " FROM evidence",
    ):
        out["evidence"][str(evid)] = _evidence(
            {
                "year": years.get(yid),
                "sha256": sha,
                "size": size,
                "mime": mime,
                "original_name": name,
                "note": note,
                "added_at": added_at,
                "added_by": added_by,
                "links": links.get(evid, []),
            }
        )
    for yid, scope, code, key, value in _rows(
        conn, "SELECT year_id, scope, code, key, value FROM facts"
    ):
        out["fact"][f"{years.get(yid)}/{scope}/{code}/{key}"] = {"value": jsonval.loads(value)}
    for row in _rows(
        conn,
        "SELECT id, year_id, quarter, approved_by, approved_at, comment, unlocked_by,"
        " unlocked_at, unlock_reason FROM approvals",
    ):
        aid, yid, quarter, by, at, comment, ub, ua, reason = row
        out["approval"][str(aid)] = _approval(
            {
                "year": years.get(yid),
                "quarter": quarter,
                "approved_by": by,
                "approved_at": at,
                "comment": comment,
                "unlocked_by": ub,
                "unlocked_at": ua,
                "unlock_reason": reason,
            }
        )
    # A comment's resolution (migration 0009) is compared only once it is set, so a comment
    # never resolved keeps the fingerprint the audit baseline took before the columns existed.
    resolution = (
        "resolved_by, resolved_at"
        if "resolved_at" in _columns(conn, "comments")
        else "NULL AS resolved_by, NULL AS resolved_at"
    )
    for cid, yid, item, author, created, text, rby, rat in _rows(
        conn, f"SELECT id, year_id, item_code, author, created_at, text, {resolution} FROM comments"
    ):
        out["comment"][str(cid)] = _comment(
            {
                "year": years.get(yid),
                "item_code": item,
                "author": author,
                "created_at": created,
                "text": text,
                "resolved_by": rby,
                "resolved_at": rat,
            }
        )
    if "trusted_keys" in _tables(conn):
        for kid, fpr, label, removed_at in _rows(
            conn, "SELECT id, fingerprint, label, removed_at FROM trusted_keys"
        ):
            out["trusted_key"][str(kid)] = {
                "fingerprint": fpr,
                "label": label,
                "removed_at": removed_at,
            }
    audit_state_collect.read_tables(conn, _tables(conn), out)
    return out


def fingerprints(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """What the baseline row holds: every compared row's fingerprint."""
    return {
        kind: {key: digest(fields) for key, fields in rows.items()}
        for kind, rows in table_state(conn).items()
    }


# ---------------------------------------------------------------------- the same, from the log


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))


def _ledger(data: Fields) -> Fields:
    """A ledger entry's compared fields; 每年重复 only when set, so that the fingerprints
    of rows from before migration 0008 (which had no such field) stay what they were."""
    out = _ledger_fields(data)
    if data.get("repeats_yearly"):
        out["repeats_yearly"] = True
    return out


def _ledger_fields(data: Fields) -> Fields:
    keys = (
        "year",
        "source",
        "title",
        "description",
        "responsible",
        "received_date",
        "deadline",
        "status",
        "done_date",
        "item_code",
    )
    return {k: _iso(data.get(k)) for k in keys}


def _dispatch(data: Fields) -> Fields:
    return {
        "due_date": _iso(data.get("due_date")),
        "submitted_date": _iso(data.get("submitted_date")),
        "progress": dict(data.get("progress") or {}),
        "note": data.get("note") or "",
    }


def _evidence(data: Fields) -> Fields:
    keys = ("year", "sha256", "size", "mime", "original_name", "note", "added_at", "added_by")
    out = {k: data.get(k) for k in keys}
    out["links"] = sorted(data.get("links") or [])
    return out


def _approval(data: Fields) -> Fields:
    keys = (
        "year",
        "quarter",
        "approved_by",
        "approved_at",
        "comment",
        "unlocked_by",
        "unlocked_at",
        "unlock_reason",
    )
    return {k: data.get(k) for k in keys}


def _comment(data: Fields) -> Fields:
    out = {k: data.get(k) for k in ("year", "item_code", "author", "created_at", "text")}
    if data.get("resolved_at") is not None:
        out["resolved_by"] = data.get("resolved_by")
        out["resolved_at"] = data.get("resolved_at")
    return out


def _user(data: Fields, before: Fields | str | None) -> Fields:
    out: Fields = {k: data.get(k) for k in ("username", "display_name", "role", "active")}
    out["active"] = bool(out["active"])
    if "password_sha256" in data:
        out["password"] = data["password_sha256"]
    elif isinstance(before, dict) and "password" in before:
        out["password"] = before["password"]
    return out


# ---------------------------------------------------------------------- replay


@dataclass
class Replay:
    """The state the log describes: per kind and key, the fields (changed since the baseline)
    or the baseline's fingerprint (untouched since)."""

    state: dict[str, dict[str, Fields | str]] = field(
        default_factory=lambda: {k: {} for k in KINDS}
    )
    baseline_seq: int | None = None
    baseline_at: str | None = None
    accepted: list[AuditRow] = field(default_factory=list)
    violations: list[Message] = field(default_factory=list)
    unknown_actions: set[str] = field(default_factory=set)

    # -- lock rules over what the log itself says was approved

    def _approvals(self, year: Any) -> list[locks.PlainApproval]:
        out = []
        for fields_ in self.state["approval"].values():
            if (
                isinstance(fields_, dict)
                and fields_.get("year") == year
                and fields_.get("unlocked_at") is None
            ):
                out.append(
                    locks.PlainApproval(int(fields_["quarter"]), str(fields_["approved_at"]))
                )
        return out

    def _locked(self, row: AuditRow, refusal: str | None) -> None:
        if refusal is not None:
            self.violations.append(
                msg(
                    "check.state.locked_change",
                    seq=row.seq,
                    action=row.action,
                    actor=row.actor,
                    at=row.at[:19],
                    why=msg(refusal),
                )
            )

    def _judge(self, row: AuditRow) -> None:
        """Would EvalDesk have refused this change? (Only rows after the baseline get here.)"""
        new, old = (
            row.new if isinstance(row.new, dict) else {},
            row.old if isinstance(row.old, dict) else {},
        )
        if row.action in ("ledger.add", "ledger.update"):
            year = new.get("year")
            self._locked(
                row,
                locks.ledger_change_refusal(self._approvals(year), year, old or None, new, row.at),
            )
        elif row.action == "dispatch.update":
            year = new.get("year")
            self._locked(
                row, locks.period_refusal(self._approvals(year), [int(new.get("quarter", 0))])
            )
        elif row.action in ("fact.set", "fact.clear"):
            year = (new or old).get("year")
            self._locked(row, locks.period_refusal(self._approvals(year), []))
        elif row.action.startswith("evidence."):
            self._judge_evidence(row, old, new)
        elif row.action in ("comment.add", "comment.resolve", "comment.reopen"):
            self._locked(row, locks.period_refusal(self._approvals(new.get("year")), []))

    def _judge_evidence(self, row: AuditRow, old: Fields, new: Fields) -> None:
        year = new.get("year")
        approvals = self._approvals(year)
        if row.action in ("evidence.add", "evidence.note"):
            self._locked(row, locks.period_refusal(approvals, []))
        changed = set(new.get("links") or []) ^ set(old.get("links") or [])
        for target in sorted(changed):
            kind, _, ident = target.partition(":")
            if kind == "item":
                self._locked(row, locks.period_refusal(approvals, []))
            elif kind == "dispatch":
                quarters = [
                    int(k.split("/")[1])
                    for k, v in self.state["dispatch"].items()
                    if isinstance(v, dict) and v.get("id") == int(ident or 0)
                ]
                self._locked(row, locks.period_refusal(approvals, quarters))
            elif kind == "ledger":
                entry = self.state["ledger"].get(ident)
                if isinstance(entry, dict):
                    self._locked(row, locks.attachment_refusal(approvals, year, entry))

    # -- applying rows

    def apply(self, row: AuditRow) -> None:
        if row.action == BASELINE:
            self._baseline(row)
            return
        if self.baseline_seq is None:
            return  # before the baseline: not replayed
        handler = _HANDLERS.get(row.action)
        if handler is None:
            if row.action not in _NO_STATE:
                self.unknown_actions.add(row.action)
            return
        self._judge(row)
        handler(self, row)

    def _baseline(self, row: AuditRow) -> None:
        rows = (row.new or {}).get("rows", {}) if isinstance(row.new, dict) else {}
        self.state = {k: dict(rows.get(k, {})) for k in KINDS}
        self.baseline_seq, self.baseline_at = row.seq, row.at

    def put(self, kind: str, key: Any, fields_: Fields | None) -> None:
        if fields_ is None:
            self.state[kind].pop(str(key), None)
        else:
            self.state[kind][str(key)] = fields_


def _office(r: Replay, row: AuditRow) -> None:
    new = row.new or {}
    r.put("office", row.entity_id, {k: new.get(k) for k in ("name", "unit", "region", "contact")})


def _year(r: Replay, row: AuditRow) -> None:
    new = row.new or {}
    year = int(new["year"])
    r.put(
        "year",
        year,
        {k: new.get(k) for k in ("year", "rubric_id", "rubric_version", "rubric_sha256")},
    )
    for quarter in (1, 2, 3, 4):
        due = dispatch_due(year, quarter).isoformat()
        r.put("dispatch", f"{year}/{quarter}", _dispatch({"due_date": due}))


def _user_row(r: Replay, row: AuditRow) -> None:
    r.put("user", row.entity_id, _user(row.new or {}, r.state["user"].get(row.entity_id)))


def _password(r: Replay, row: AuditRow) -> None:
    current = r.state["user"].get(row.entity_id)
    if not isinstance(current, dict):
        return  # untouched since the baseline: its fingerprint holds the old password
    updated = dict(current)
    new = row.new or {}
    if "password_sha256" in new:
        updated["password"] = new["password_sha256"]
    else:
        updated.pop("password", None)  # a row that does not say: not compared
    r.put("user", row.entity_id, updated)


def _ledger_row(r: Replay, row: AuditRow) -> None:
    r.put("ledger", row.entity_id, _ledger(row.new or {}))


def _dispatch_row(r: Replay, row: AuditRow) -> None:
    new = row.new or {}
    fields_ = _dispatch(new)
    key = f"{new.get('year')}/{new.get('quarter')}"
    r.put("dispatch", key, fields_)
    # remember the record's id for evidence links to it (not compared)
    r.state["dispatch"][key] = {**fields_, "id": new.get("id")}


def _evidence_row(r: Replay, row: AuditRow) -> None:
    r.put("evidence", row.entity_id, _evidence(row.new or {}))


def _fact_row(r: Replay, row: AuditRow) -> None:
    new = row.new if isinstance(row.new, dict) else None
    r.put("fact", row.entity_id, None if new is None else {"value": new.get("value")})


def _approval_row(r: Replay, row: AuditRow) -> None:
    r.put("approval", row.entity_id, _approval(row.new or {}))


def _comment_row(r: Replay, row: AuditRow) -> None:
    # Both resolution fields are always expected (None while open), so a resolution written
    # outside EvalDesk onto a comment the log says is open is a difference.
    fields_ = {"resolved_by": None, "resolved_at": None, **_comment(row.new or {})}
    r.put("comment", row.entity_id, fields_)


def _trusted_key_row(r: Replay, row: AuditRow) -> None:
    new = row.new or {}
    r.put(
        "trusted_key",
        row.entity_id,
        {
            "fingerprint": new.get("fingerprint"),
            "label": new.get("label"),
            "removed_at": new.get("removed_at"),
        },
    )


def _accept(r: Replay, row: AuditRow) -> None:
    """A head accepted the tables as they are (export despite check): they are the state."""
    rows = (row.new or {}).get("rows", {}) if isinstance(row.new, dict) else {}
    for kind, keyed in rows.items():
        for key, fields_ in keyed.items():
            if kind == "comment" and isinstance(fields_, dict):
                fields_ = {"resolved_by": None, "resolved_at": None, **fields_}
            if kind in r.state:
                r.put(kind, key, fields_)
    r.accepted.append(row)


_HANDLERS: dict[str, Callable[[Replay, AuditRow], None]] = {
    "office.create": _office,
    "office.update": _office,
    "year.create": _year,
    "user.add": _user_row,
    "user.update": _user_row,
    "user.password": _password,
    "ledger.add": _ledger_row,
    "ledger.update": _ledger_row,
    "dispatch.update": _dispatch_row,
    "evidence.add": _evidence_row,
    "evidence.link": _evidence_row,
    "evidence.unlink": _evidence_row,
    "evidence.note": _evidence_row,
    "fact.set": _fact_row,
    "fact.clear": _fact_row,
    "approval.approve": _approval_row,
    "approval.unlock": _approval_row,
    "comment.add": _comment_row,
    "comment.resolve": _comment_row,
    "comment.reopen": _comment_row,
    "trust.add": _trusted_key_row,
    "trust.remove": _trusted_key_row,
    ACCEPT: _accept,
    **audit_state_collect.HANDLERS,
}
#: Actions that record an event, not a table's state.
_NO_STATE = frozenset(
    {
        "login",
        "login.failed",
        "export",
        "backup",
        "restore",
        "clock.warning",
        "key.create",
        "key.rotate",
        "key.replace",
        *audit_state_collect.NO_STATE,
    }
)


def replay(rows: Iterable[AuditRow]) -> Replay:
    result = Replay()
    for row in rows:
        result.apply(row)
    return result


def audit_rows(conn: sqlite3.Connection, after: int = 0) -> Iterator[AuditRow]:
    for seq, at, actor, action, entity, eid, old, new in conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, old, new FROM audit_log"
        " WHERE seq > ? ORDER BY seq",
        (after,),
    ):
        yield AuditRow(
            seq,
            at,
            actor,
            action,
            entity,
            eid,
            None if old is None else jsonval.loads(old),
            None if new is None else jsonval.loads(new),
        )


# ---------------------------------------------------------------------- comparing

_WHAT = {
    "office": "check.kind.office",
    "year": "check.kind.year",
    "user": "check.kind.user",
    "ledger": "check.kind.ledger",
    "dispatch": "check.kind.dispatch",
    "evidence": "check.kind.evidence",
    "fact": "check.kind.fact",
    "approval": "check.kind.approval",
    "comment": "check.kind.comment",
    "trusted_key": "check.kind.trusted_key",
    **audit_state_collect.WHAT,
}
MAX_LISTED = 50


@dataclass
class Difference:
    kind: str
    key: str
    change: str  # changed / inserted / deleted
    fields: tuple[str, ...] = ()
    table: Fields | None = None  # the row as the table has it (what an override accepts)

    def message(self) -> Message:
        what = msg(_WHAT[self.kind])
        if self.change == "changed":
            named: list[object] = [*self.fields] or [msg("check.state.some_fields")]
            return msg("check.state.changed", what=what, key=self.key, fields=named)
        return msg(f"check.state.{self.change}", what=what, key=self.key)


def _comparable(fields_: Fields | str) -> Fields | str:
    if isinstance(fields_, dict):
        return {k: v for k, v in fields_.items() if k != "id"}
    return fields_


def differences(expected: Replay, tables: dict[str, dict[str, Fields]]) -> list[Difference]:
    out: list[Difference] = []
    for kind in KINDS:
        want = expected.state[kind]
        have = tables.get(kind, {})
        for key in sorted(set(want) | set(have), key=_sort_key):
            if key not in have:
                out.append(Difference(kind, key, "deleted"))
                continue
            row = have[key]
            if key not in want:
                out.append(Difference(kind, key, "inserted", table=row))
                continue
            expect = _comparable(want[key])
            if isinstance(expect, str):
                if digest(row) != expect:
                    out.append(Difference(kind, key, "changed", table=row))
                continue
            compared = {k: row.get(k) for k in expect}
            if compared != expect:
                fields_ = tuple(k for k in expect if row.get(k) != expect.get(k))
                out.append(Difference(kind, key, "changed", fields_, table=row))
    return out


def _sort_key(key: str) -> tuple[int, str]:
    head = key.split("/", 1)[0]
    return (int(head), key) if head.isdigit() else (0, key)
