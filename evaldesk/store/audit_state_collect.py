"""The receiving office's tables in `evaldesk check`'s replay (evaldesk.store.audit_state).

Each write to these tables records its whole new state in the audit log; here is how the
tables are read into that shape, and how each recorded action puts it into the replayed state.
Tables a folder does not have yet (opened by an older version) are simply empty.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from evaldesk.store import jsonval
from evaldesk.store.records_collect import files_digest

if TYPE_CHECKING:
    from evaldesk.store.audit import AuditEvent
    from evaldesk.store.audit_state import Replay

Fields = dict[str, Any]

KINDS = (
    "collect_office",
    "collect_unit",
    "collect_unit_key",
    "collect_package",
    "collect_review",
    "collect_ballot",
    "collect_decision",
    "received_result",
)
WHAT = {kind: f"check.kind.{kind}" for kind in KINDS}

_UNIT = ("code", "name", "rubric_unit", "position", "removed")
_BALLOT = ("sheet", "voter", "grades", "note", "withdrawn")
_RESULT = (
    "year",
    "package_id",
    "content_sha256",
    "issuer",
    "fingerprint",
    "final_score",
    "grade",
    "report_sha256",
)


def read_tables(
    conn: sqlite3.Connection, tables: set[str], out: dict[str, dict[str, Fields]]
) -> None:
    """Fill ``out`` (kind -> key -> fields) from the receiving office's tables."""
    if "collect_office" in tables:
        for oid, year in conn.execute("SELECT id, year FROM collect_office"):
            out["collect_office"][str(oid)] = {"year": year}
    if "collect_units" in tables:
        for code, name, rubric_unit, position, removed_at in conn.execute(
            "SELECT code, name, rubric_unit, position, removed_at FROM collect_units"
        ):
            out["collect_unit"][code] = {
                "code": code,
                "name": name,
                "rubric_unit": rubric_unit,
                "position": position,
                "removed": removed_at is not None,
            }
    if "collect_unit_keys" in tables:
        for unit_code, fpr in conn.execute("SELECT unit_code, fingerprint FROM collect_unit_keys"):
            out["collect_unit_key"][fpr] = {"unit_code": unit_code, "fingerprint": fpr}
    if "collect_packages" in tables:
        _packages(conn, out)
    if "collect_reviews" in tables:
        for unit, item, kind, value, reason in conn.execute(
            "SELECT unit_code, item_code, kind, value, reason FROM collect_reviews"
        ):
            out["collect_review"][f"{unit}/{item}/{kind}"] = {"value": value, "reason": reason}
    if "collect_ballots" in tables:
        for bid, sheet, voter, grades, note, withdrawn_at in conn.execute(
            "SELECT id, sheet, voter, grades, note, withdrawn_at FROM collect_ballots"
        ):
            out["collect_ballot"][str(bid)] = {
                "sheet": sheet,
                "voter": voter,
                "grades": jsonval.loads(grades),
                "note": note,
                "withdrawn": withdrawn_at is not None,
            }
    if "collect_decisions" in tables:
        for key, value, reason in conn.execute("SELECT key, value, reason FROM collect_decisions"):
            out["collect_decision"][key] = {
                "value": None if value is None else jsonval.loads(value),
                "reason": reason,
            }
    if "received_results" in tables:
        for row in conn.execute(f"SELECT id, {', '.join(_RESULT)} FROM received_results"):
            out["received_result"][str(row[0])] = dict(zip(_RESULT, row[1:], strict=True))


def _packages(conn: sqlite3.Connection, out: dict[str, dict[str, Fields]]) -> None:
    import hashlib

    files: dict[int, list[tuple[str, str, int]]] = {}
    for pid, path, sha, size in conn.execute(
        "SELECT package_id, path, sha256, size FROM collect_files"
    ):
        files.setdefault(pid, []).append((path, sha, size))
    for row in conn.execute(
        "SELECT id, unit_code, package_id, content_sha256, fingerprint, export_order, file_name,"
        " file_size, self_score, grade, bag_info, flags FROM collect_packages"
    ):
        pid, unit, package_id, digest, fpr, order, name, size, score, grade, info, flags = row
        listed = files.get(pid, [])
        out["collect_package"][str(pid)] = {
            "unit_code": unit,
            "package_id": package_id,
            "content_sha256": digest,
            "fingerprint": fpr,
            "export_order": order,
            "file_name": name,
            "file_size": size,
            "self_score": score,
            "grade": grade,
            "bag_info_sha256": hashlib.sha256(info.encode("utf-8")).hexdigest(),
            "files": len(listed),
            "files_sha256": files_digest(listed),
            "flags": jsonval.loads(flags),
        }


# ---------------------------------------------------------------------- replay


def _keep(row: AuditEvent, keys: tuple[str, ...]) -> Fields:
    new = row.new if isinstance(row.new, dict) else {}
    return {k: new.get(k) for k in keys}


def _office(r: Replay, row: AuditEvent) -> None:
    r.put("collect_office", row.entity_id, _keep(row, ("year",)))


def _unit(r: Replay, row: AuditEvent) -> None:
    r.put("collect_unit", row.entity_id, _keep(row, _UNIT))


def _unit_key(r: Replay, row: AuditEvent) -> None:
    r.put("collect_unit_key", row.entity_id, _keep(row, ("unit_code", "fingerprint")))


def _package(r: Replay, row: AuditEvent) -> None:
    r.put("collect_package", row.entity_id, dict(row.new) if isinstance(row.new, dict) else None)


def _review(r: Replay, row: AuditEvent) -> None:
    r.put("collect_review", row.entity_id, _keep(row, ("value", "reason")))


def _ballot(r: Replay, row: AuditEvent) -> None:
    r.put("collect_ballot", row.entity_id, _keep(row, _BALLOT))


def _decision(r: Replay, row: AuditEvent) -> None:
    r.put("collect_decision", row.entity_id, _keep(row, ("value", "reason")))


def _result(r: Replay, row: AuditEvent) -> None:
    r.put("received_result", row.entity_id, _keep(row, _RESULT))


HANDLERS: dict[str, Callable[[Replay, AuditEvent], None]] = {
    "collect.office": _office,
    "collect.unit.add": _unit,
    "collect.unit.update": _unit,
    "collect.unit.remove": _unit,
    "collect.unit.restore": _unit,
    "collect.key.bind": _unit_key,
    "collect.import": _package,
    "collect.review": _review,
    "collect.review.undo": _review,
    "collect.ballot": _ballot,
    "collect.ballot.withdraw": _ballot,
    "collect.decide": _decision,
    "results.import": _result,
}
#: Events of the receiving office that change no table (a refused package, a publication).
NO_STATE = frozenset({"collect.refused", "collect.publish", "results.refused"})
