"""On a unit's side: importing the result package its receiving office sent back (issue 18, e).

The package is verified like any (evaldesk.export.verify) against the keys this office trusts.
The first result's issuer is not known yet: its fingerprint must be confirmed against the one
printed on the result's PDF (or given by the receiving office by phone or letter), then it is
pinned (trusted, audited) and every later result must be signed by it, or by a key it handed
over to with a signed rotation statement (confirmed too). It must answer this office: its year,
its rubric, its unit. Then the unit sees its final score beside its self-score.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from evaldesk.collect.packages import KIND_FIELD, RESULT_KIND, export_order
from evaldesk.errors import InputError
from evaldesk.export.trust import TrustList, grouped, plain_fingerprint
from evaldesk.export.verify import verify_package
from evaldesk.messages import Message, msg
from evaldesk.services.actor import Actor
from evaldesk.services.roles import require
from evaldesk.store import Store
from evaldesk.store.blobs_collect import BlobIntake
from evaldesk.store.parts.results import NewResult
from evaldesk.store.records_collect import ResultRec

RESULT_JSON = "data/result.json"
REPORT = "data/report.pdf"


@dataclass(frozen=True)
class ResultOutcome:
    file: Path
    status: Literal["imported", "confirm", "refused"]
    code: str
    message: Message
    issuer: str | None = None
    fingerprint: str | None = None
    year: int | None = None
    final: str | None = None
    problems: tuple[Message, ...] = ()
    result: ResultRec | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "status": self.status,
            "code": self.code,
            "message": self.message.to_json(),
            "issuer": self.issuer,
            "fingerprint": self.fingerprint,
            "year": self.year,
            "final": self.final,
            "problems": [p.to_json() for p in self.problems],
        }


def import_result(
    store: Store, actor: Actor, path: Path, *, accept: str | None = None
) -> ResultOutcome:
    """Import one result package; ``accept``: the issuer's fingerprint as confirmed by a person
    (needed for the first result, and after the issuer rotated its key)."""
    require(actor, "results.import")
    path = Path(path)
    trust = TrustList(msg("results.trust_source").text())
    for row in store.trust.list():
        trust.keys[row.fingerprint] = row.label
    with BlobIntake(store.paths) as intake:
        try:
            report = verify_package(path, trust=trust, sink=intake.tee)
        except InputError as exc:
            return _refuse(store, actor, path, "not-a-package", exc.msg)
        info = report.info
        fpr = plain_fingerprint(report.fingerprint or "") or ""
        base: dict[str, Any] = {
            "issuer": info.get("Source-Organization"),
            "fingerprint": grouped(fpr) if fpr else None,
        }
        if not report.intact:
            problems = tuple(p.message for p in report.problems if p.check != "trust")
            why = msg("results.not_intact", count=len(problems))
            return _refuse(store, actor, path, "tampered", why, problems=problems, **base)
        if info.get(KIND_FIELD, "") != RESULT_KIND:
            return _refuse(store, actor, path, "not-a-result", msg("results.not_a_result"), **base)
        wrong = _not_ours(store, info)
        if wrong is not None:
            return _refuse(store, actor, path, wrong[0], wrong[1], **base)
        year = int(info.get("EvalDesk-Year", "0"))
        confirmed = accept is not None and plain_fingerprint(accept) == fpr
        if report.signer != "trusted" and not confirmed:
            if store.trust.list():
                why = msg("results.unknown_issuer", fingerprint=grouped(fpr))
                return _refuse(store, actor, path, "unknown-key", why, **base)
            why = msg("results.confirm_issuer", issuer=base["issuer"], fingerprint=grouped(fpr))
            return ResultOutcome(path, "confirm", "confirm-key", why, year=year, **base)
        if report.via_rotation and not confirmed:
            why = msg(
                "results.confirm_rotation",
                issuer=base["issuer"],
                old=report.via_rotation,
                new=grouped(fpr),
            )
            return ResultOutcome(path, "confirm", "confirm-rotation", why, year=year, **base)
        digest = info.get("EvalDesk-Content-SHA256", "").lower()
        if any(r.content_sha256 == digest for r in store.results.all()):
            why = msg("results.duplicate", package_id=info.get("External-Identifier", "?"))
            return _refuse(store, actor, path, "duplicate", why, **base)
        order = export_order(info)
        latest = store.results.latest(year)
        if latest is not None and order <= latest.issued_order:
            why = msg("results.not_newer", package_id=latest.package_id)
            return _refuse(store, actor, path, "not-newer", why, **base)
        files = {p: sha for p, sha, _size in report.payload_files}
        data = intake.read(files[RESULT_JSON]) if RESULT_JSON in files else None
        try:
            result: Any = json.loads((data or b"").decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            result = None
        if not isinstance(result, dict) or result.get("format") != "evaldesk-result":
            return _refuse(store, actor, path, "not-a-result", msg("results.not_a_result"), **base)
        intake.commit()
        with store.write(actor.name) as tx:
            if fpr not in {k.fingerprint for k in store.trust.list()}:
                store.trust.add(tx, fpr, str(base["issuer"] or ""), None)
            rec = store.results.add(
                tx,
                NewResult(
                    year=year,
                    package_id=info.get("External-Identifier", ""),
                    content_sha256=digest,
                    issuer=str(base["issuer"] or ""),
                    fingerprint=fpr,
                    issued_order=order,
                    final_score=info.get("EvalDesk-Final-Score") or None,
                    grade=info.get("EvalDesk-Grade") or None,
                    result=result,
                    report_sha256=files.get(REPORT),
                ),
            )
    final = rec.final_score
    why = msg("results.imported", year=year, final=final or "—", issuer=rec.issuer)
    return ResultOutcome(
        path, "imported", "imported", why, year=year, final=final, result=rec, **base
    )


def _not_ours(store: Store, info: Mapping[str, str]) -> tuple[str, Message] | None:
    """Why a result is not this office's: another year, rubric or unit."""
    office = store.office.require()
    year = info.get("EvalDesk-Year", "")
    known = {str(y.year): y for y in store.years.list()}
    if year not in known:
        return "wrong-year", msg("results.wrong_year", year=year or "?")
    if info.get("EvalDesk-Rubric-Id", "") != known[year].rubric_id:
        title = info.get("EvalDesk-Rubric-Title", "?")
        return "wrong-rubric", msg(
            "results.wrong_rubric", found=title, expected=known[year].rubric_title
        )
    unit = info.get("EvalDesk-Unit", "")
    named = info.get("EvalDesk-Recipient", "")
    if (office.unit or "") != unit or (not unit and named != office.name):
        return "wrong-unit", msg(
            "results.wrong_unit", recipient=named or unit or "?", office=office.name
        )
    return None


def _refuse(
    store: Store, actor: Actor, path: Path, code: str, why: Message, **extra: Any
) -> ResultOutcome:
    with store.write(actor.name) as tx:
        store.audit.record(
            tx,
            "results.refused",
            "result_file",
            path.name,
            {"file": path.name, "code": code, "reason": why.to_json()},
        )
    return ResultOutcome(path, "refused", code, why, **extra)


def results(store: Store, year: int | None = None) -> list[ResultRec]:
    return store.results.all(year)


def latest(store: Store, year: int) -> ResultRec | None:
    """The result in force for ``year``: the latest issued."""
    return store.results.latest(year)


def report_copy(store: Store, rec: ResultRec) -> Path | None:
    """The result's PDF under a readable name, for the system's viewer (None if not kept)."""
    import tempfile

    if rec.report_sha256 is None:
        return None
    source = store.blobs.path(rec.report_sha256)
    folder = Path(tempfile.gettempdir()) / "evaldesk-open" / rec.package_id
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{rec.year}年度考核结果.pdf"
    target.write_bytes(source.read_bytes())
    return target
