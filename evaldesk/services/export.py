"""Export a year: build the exporter's snapshot from the store, sign, write, and log it.

The exporter (evaldesk.export) knows nothing of the store; this module gathers one office's
year (live score, ledger, dispatch, evidence, report form) into an ExportSnapshot, opens or
creates the office's signing key, writes the package and records the export in the audit log.
Used by `evaldesk export` and by the GUI's export view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from evaldesk.errors import CheckFailed, InputError, PermissionDenied
from evaldesk.export import approval
from evaldesk.export.keys import load_or_create
from evaldesk.export.package import ExportResult, export_package
from evaldesk.export.snapshot import (
    AuditHead,
    CheckOverride,
    DispatchRow,
    DispatchStatus,
    EvidenceFile,
    ExportSnapshot,
    FormData,
    LedgerRow,
    Office,
    SignOff,
)
from evaldesk.messages import Message, msg, semicolons
from evaldesk.rubrics.model import Rubric
from evaldesk.scoring.forms import check_form
from evaldesk.scoring.report import ScoreReport
from evaldesk.services.actor import Actor, system_actor
from evaldesk.services.approvals import review_record
from evaldesk.services.keys import rotations_bytes
from evaldesk.services.ledger_rules import SOURCE_LABELS, STATUS_LABELS
from evaldesk.services.live import LiveScore
from evaldesk.services.roles import allowed
from evaldesk.services.subsidies import subsidy_state
from evaldesk.store import LedgerQuery, Store, anchors, open_store
from evaldesk.store.audit_state import ACCEPT
from evaldesk.store.check import check_data_dir
from evaldesk.store.clock import now_iso
from evaldesk.store.counts import dispatch_state, is_overdue
from evaldesk.store.models import AuditRow
from evaldesk.store.records import EvidenceRec

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]

#: The ledger is read in pages so a 100,000-row year never sits in one query result.
_PAGE = 2000
_QUARTER = "一二三四"


@contextmanager
def _opened(data_dir: Path, store: Store | None) -> Iterator[Store]:
    if store is not None:
        yield store
        return
    with open_store(data_dir) as opened:
        yield opened


def export_year(
    data_dir: Path,
    year: int,
    out: Path,
    passphrase: bytes | str,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    store: Store | None = None,
    actor: Actor | None = None,
    today: date | None = None,
    override_reason: str | None = None,
    final: bool = False,
) -> ExportResult:
    """Write the signed package of ``year`` to ``out``; the key is made at the first export.

    A package is a draft (草稿) until the head approved the full year, and while the rubric
    has suggested (unconfirmed) interpretations (evaldesk.export.approval); ``final`` refuses
    to write a draft, saying why.

    ``store``/``actor`` let the GUI pass its open store and logged-in user; the command line
    acts as the system actor. Every user role may export (the 填报人 is often a clerk).

    First the data is compared with its audit log (evaldesk.store.check, all but the evidence
    files, which the package writer hashes as it copies them). When they differ the export
    stops with the problems and the way out: restore a backup, or a head accepts the data as
    it is with ``override_reason``: recorded in the audit log (``audit.accept``) and carried in
    the package (bag-info.txt, score.json; ExportSnapshot.check_override for the PDF).
    """
    actor = actor or system_actor()
    secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    with _opened(Path(data_dir), store) as st:
        if final:
            # Before the audit gate: a refused final export records no override.
            refuse_draft(package_status(st, year, today=today).reasons)
        override = audit_gate(st, actor, override_reason)
        snapshot = build_snapshot(st, year, actor=actor, today=today)
        if final:
            refuse_draft(snapshot.draft_reasons)
        head = _head(st)
        snapshot = replace(snapshot, audit_head=head, check_override=override)
        key, created = load_or_create(Path(data_dir), secret)
        result = export_package(
            snapshot,
            Path(out),
            key,
            progress=progress,
            cancel=cancel,
            rotations=rotations_bytes(Path(data_dir)),
        )
        with st.write(actor.name) as tx:
            st.audit.record(
                tx,
                "export",
                "package",
                result.package_id,
                {
                    "year": year,
                    "file": result.path.name,
                    "content_digest": result.content_digest,
                    "fingerprint": result.fingerprint,
                    "total": str(snapshot.report.total),
                    "key_created": created,
                    "audit_head": None if head is None else head.seq,
                    "status": "draft" if snapshot.draft else "final",
                },
            )
        if head is not None:
            anchors.record(
                st.paths,
                anchors.Anchor(head.seq, head.hash, "package", result.path.name, now_iso()),
            )
        return result


@dataclass(frozen=True, slots=True)
class PackageStatus:
    """Whether a package of the year exported now is a draft (and why) or final (and whose
    approval it carries)."""

    reasons: tuple[Message, ...]
    year_approval: approval.ApprovalMark | None

    @property
    def draft(self) -> bool:
        return bool(self.reasons)


def package_status(
    store: Store, year: int, *, report: ScoreReport | None = None, today: date | None = None
) -> PackageStatus:
    """``report``: the year's live score when the caller has it (the GUI does)."""
    if report is None:
        with LiveScore(store, year, today=(lambda: today) if today else date.today) as live:
            report = live.score()
    review = review_record(store, year)
    return PackageStatus(approval.draft_reasons(review, report), review.year)


def refuse_draft(reasons: tuple[Message, ...]) -> None:
    if reasons:
        raise InputError(msg("export.not_final", reasons=semicolons(reasons)))


def _head(store: Store) -> AuditHead | None:
    rows = store.audit.rows(limit=1)
    if not rows:
        return None
    with store.read() as s:
        digest = s.scalar(select(AuditRow.hash).where(AuditRow.seq == rows[0].seq))
    return AuditHead(rows[0].seq, str(digest))


def audit_gate(store: Store, actor: Actor, override_reason: str | None) -> CheckOverride | None:
    """Refuse to sign data that differs from its audit log, unless a head accepts it."""
    from evaldesk.services.maintenance import item_codes

    report = check_data_dir(store.data_dir, item_codes, evidence=False)
    if report.ok:
        return None
    reason = (override_reason or "").strip()
    if not reason:
        raise CheckFailed(
            msg("export.check_failed", count=len(report.problems)),
            [*report.problems, msg("export.check_failed_hint", path=str(store.data_dir))],
        )
    if not allowed(actor, "export.override"):
        raise PermissionDenied(msg("export.override_needs_head", who=actor.display_name))
    problems = tuple(m.text("zh") for m in report.problems)
    accepted: dict[str, dict[str, object]] = {}
    for difference in report.differences:
        accepted.setdefault(difference.kind, {})[difference.key] = difference.table
    at = now_iso()
    with store.write(actor.name) as tx:
        store.audit.record(
            tx,
            ACCEPT,
            "data_folder",
            "accept",
            {
                "by": actor.display_name,
                "reason": reason,
                "problems": list(problems),
                "rows": accepted,
            },
        )
    return CheckOverride(by=actor.display_name, at=at, reason=reason, problems=problems)


def build_snapshot(
    store: Store, year: int, *, actor: Actor, today: date | None = None
) -> ExportSnapshot:
    """Everything the package shows for ``year``, read in one consistent pass."""
    with LiveScore(store, year, today=(lambda: today) if today else date.today) as live:
        report = live.score()
        facts = live.facts()
        as_of = live.as_of()
        rubric = live.loaded.rubric
        rubric_sha = live.loaded.sha256
    office = store.office.require()
    ledger = tuple(_ledger_rows(store, year, as_of))
    dispatch = tuple(_dispatch_rows(store, year, as_of, rubric))
    evidence = tuple(
        _evidence_files(store, year, ledger_titles(store, year), _quarter_labels(store, year))
    )
    form = FormData.from_facts(facts) if rubric.form is not None else None
    checks = tuple(check_form(rubric, facts)) if rubric.form is not None else ()
    inputs = subsidy_state(store, year).inputs if rubric.subsidies is not None else None
    return ExportSnapshot(
        office=Office(office.name, office.unit, office.region, office.contact),
        year=year,
        rubric=rubric,
        rubric_sha256=rubric_sha,
        report=report,
        export_date=today or date.today(),
        ledger=ledger,
        dispatch=dispatch,
        evidence=evidence,
        signoff=_signoff(actor),
        review=review_record(store, year),
        form=form,
        form_checks=checks,
        facts=facts,
        subsidy_inputs=None if inputs is None else inputs.model_dump(mode="json"),
    )


def _ledger_rows(store: Store, year: int, as_of: date) -> Iterator[LedgerRow]:
    offset = 0
    while True:
        page = store.ledger.search(
            LedgerQuery(year=year, sort="received_date", offset=offset, limit=_PAGE)
        )
        for rec in page:
            yield LedgerRow(
                source=SOURCE_LABELS.get(rec.source, rec.source),
                title=rec.title,
                responsible=rec.responsible,
                received=rec.received_date,
                deadline=rec.deadline,
                status=STATUS_LABELS.get(rec.status, rec.status),
                done=rec.done_date,
                item_code=rec.item_code,
                overdue=is_overdue(rec.deadline, rec.done_date, rec.status, as_of),
            )
        if len(page) < _PAGE:
            return
        offset += _PAGE


def ledger_titles(store: Store, year: int) -> dict[int, str]:
    """Ledger entry id -> a short label, for evidence linked to entries."""
    out: dict[int, str] = {}
    offset = 0
    while True:
        page = store.ledger.search(LedgerQuery(year=year, sort="id", offset=offset, limit=_PAGE))
        out.update((rec.id, f"台账#{rec.id} {rec.title}") for rec in page)
        if len(page) < _PAGE:
            return out
        offset += _PAGE


def _quarter_labels(store: Store, year: int) -> dict[int, str]:
    return {rec.id: f"第{_QUARTER[rec.quarter - 1]}季度调度" for rec in store.dispatch.list(year)}


def _dispatch_rows(store: Store, year: int, as_of: date, rubric: Rubric) -> Iterator[DispatchRow]:
    titles = {s.code: f"{s.code} {s.title}" for s in rubric.sections}
    for rec in store.dispatch.list(year):
        state = dispatch_state(rec.due_date, rec.submitted_date, as_of)
        progress = tuple(
            (titles.get(code, code), text) for code, text in rec.progress.items() if text.strip()
        )
        status: DispatchStatus = state  # type: ignore[assignment]  # the same four words
        yield DispatchRow(rec.quarter, rec.due_date, rec.submitted_date, status, progress)


def _evidence_files(
    store: Store, year: int, entries: dict[int, str], quarters: dict[int, str]
) -> Iterator[EvidenceFile]:
    for rec in store.evidence.list(year):
        yield EvidenceFile(
            blob=store.evidence.file_path(rec),
            original_name=rec.original_name,
            sha256=rec.sha256,
            size=rec.size,
            mime=rec.mime,
            items=tuple(
                link.item_code for link in rec.links if link.kind == "item" and link.item_code
            ),
            entries=tuple(_link_labels(rec, entries, quarters)),
        )


def _link_labels(
    rec: EvidenceRec, entries: dict[int, str], quarters: dict[int, str]
) -> Iterator[str]:
    for link in rec.links:
        if link.kind == "ledger" and link.ledger_id is not None:
            yield entries.get(link.ledger_id, f"台账#{link.ledger_id}")
        elif link.kind == "dispatch" and link.dispatch_id is not None:
            yield quarters.get(link.dispatch_id, f"调度#{link.dispatch_id}")


def _signoff(actor: Actor) -> SignOff:
    return SignOff(filled_by="" if actor.system else actor.display_name)


def status_message(result: ExportResult) -> Message:
    """What the exporter tells the person: a draft and why, or final and who approved it."""
    year = result.year_approval
    if result.draft or year is None:
        return msg("export.draft", reasons=semicolons(result.draft_reasons))
    return msg("export.final", name=year.name, at=approval.local_time(year.at))
