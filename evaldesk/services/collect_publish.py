"""Publishing the results (issue 18, e): once a head approved them (the office's year, locked),
one signed result package per unit with a final score, the ranking workbook and the summary
PDF, into a folder; the publication is audited.

The result package is signed with the receiving office's own key (made at its first use, kept
encrypted with the passphrase, exactly as a unit's key: evaldesk.export.keys); a unit pins its
fingerprint when it imports its first result (evaldesk.services.results).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from evaldesk import __version__
from evaldesk.collect.packages import difference_line
from evaldesk.errors import InputError
from evaldesk.export.keys import load_or_create
from evaldesk.export.names import safe_component
from evaldesk.export.ranking_xlsx import ranking_xlsx
from evaldesk.export.result_content import (
    AwardLine,
    Issuer,
    ItemLine,
    PartLine,
    RankingTable,
    RankLine,
    Summary,
    UnitResult,
    VoteLine,
    VoteTable,
)
from evaldesk.export.result_package import write_result_package
from evaldesk.export.result_pdf import render_summary
from evaldesk.kinds.base import cents
from evaldesk.messages import Message, msg
from evaldesk.scoring.report import ScoreReport
from evaldesk.services import approvals
from evaldesk.services.actor import Actor
from evaldesk.services.collect_overview import item_rows
from evaldesk.services.collect_results import CollectState, collect_state
from evaldesk.services.collect_scores import quota_decisions
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric
from evaldesk.store import Store

Progress = Callable[[int, int, str], None]
GENERATOR = f"EvalDesk {__version__}"


@dataclass(frozen=True)
class Published:
    folder: Path
    packages: dict[str, Path]  # unit code -> its result package
    package_ids: dict[str, str]
    workbook: Path
    summary: Path
    fingerprint: str
    not_published: dict[str, Message]  # unit code -> why it got no result


def decisions(store: Store, state: CollectState) -> list[Message]:
    """The office's own readings and decisions, each said once (printed with the marks ※)."""
    out = [msg("collect.decision.final_by_review")]
    reasons = store.collect.decisions()
    for address, rounding in sorted(quota_decisions(store).items()):
        _value, reason = reasons.get(f"quota-rounding:{address}", (rounding, ""))
        out.append(msg(f"collect.decision.quota.{rounding}", rule=address, reason=reason or "—"))
    if state.rubric.subsidies is not None and state.rubric.subsidies.rank_awards:
        out.append(msg("collect.decision.award_places"))
    out.append(msg("collect.decision.places"))
    return out


def _issuer(store: Store, state: CollectState, today: date) -> Issuer:
    approval = approvals.locked(store, state.year).get(0)
    if approval is None:
        raise InputError(msg("collect.publish.not_approved", year=state.year))
    office = store.office.require()
    return Issuer(
        office.name,
        office.region,
        store.users.display_name(approval.approved_by),
        approval.approved_at,
        today,
        GENERATOR,
    )


def unit_result(
    store: Store, state: CollectState, code: str, issuer: Issuer, lines: list[str]
) -> UnitResult:
    unit = state.unit(code)
    assert unit is not None
    final = state.computed.finals[code]
    claim = state.claims[code]
    package = state.packages[code]
    stated = state.stated
    groups = {g.id: g.name for g in stated.unit_groups}
    group = next((u.group for u in state.rubric.units if u.id == code), None)
    rankings = tuple(
        RankLine(
            r.ranked.item,
            r.ranked.item_title,
            _shown(row.value),
            row.place,
            row.points,
            row.detail.text("zh"),
        )
        for r in state.computed.rankings
        for row in r.rows
        if row.unit == code
    )
    votes = tuple(
        VoteLine(
            s.sheet.item,
            _sheet_title(s.sheet.item, s.sheet.item_title, s.sheet.group_name),
            dict(s.tallies[code].counts),
            s.tallies[code].average,
            sum(1 for b in s.ballots if code in b.grades),
        )
        for s in state.computed.sheets
        if code in s.tallies
    )
    awards = tuple(
        AwardLine(a.title, a.amount, a.reason.text("zh"), a.pending)
        for a in state.computed.awards.get(code, [])
    )
    differences = tuple(
        difference_line(d).text("zh") for d in package.flags.get("interpretations") or []
    )
    items = tuple(
        ItemLine(
            i.code,
            i.title,
            i.max,
            i.self_score,
            i.initial,
            i.final_review,
            i.computed,
            i.final,
            "；".join(
                f"{msg(f'collect.final.column.{k}').text('zh')}：{reason}"
                for k, reason in i.reasons.items()
            ),
            _lines(final, i.code),
        )
        for i in item_rows(state, code)
    )
    parts = tuple(PartLine(p.title, p.weight, claim.parts.get(p.id), p.score) for p in final.parts)
    return UnitResult(
        year=state.year,
        rubric_id=stated.id,
        rubric_title=stated.title,
        doc_number=stated.doc_number,
        rubric_sha256=year_rubric(store, state.year).sha256,
        issuer=issuer,
        unit_code=code,
        unit_name=unit.name,
        rubric_unit=unit.rubric_unit,
        group=groups.get(group or "", ""),
        answers_package=package.package_id,
        answers_digest=package.content_sha256,
        answers_exported=package.bag_info.get("Bagging-Date", ""),
        self_total=claim.total,
        final_total=final.total,
        max=final.max,
        grade=final.grade,
        place=state.computed.places.get(code),
        of_units=len(state.computed.places),
        parts=parts,
        items=items,
        rankings=rankings,
        votes=votes,
        awards=awards,
        differences=differences,
        decisions=tuple(lines),
    )


def _shown(value: Decimal | None) -> Decimal | None:
    """A ranking's figure as printed: to 0.01 (completion rates are exact fractions)."""
    return None if value is None else cents(value)


def _lines(report: ScoreReport, code: str) -> tuple[str, ...]:
    found = report.item(code)
    return tuple(e.line("zh") for e in found.explanations) if found is not None else ()


def _sheet_title(item: str, title: str, group: str) -> str:
    return f"{item} {title}" + (f"（{group}）" if group else "")


def summary_of(
    state: CollectState, results: list[UnitResult], issuer: Issuer, lines: list[str], fpr: str
) -> Summary:
    names = {u.code: u.name for u in state.units}
    groups = {g.id: g.name for g in state.stated.unit_groups}
    done = {r.unit_code for r in results}
    rankings = tuple(
        RankingTable(
            r.ranked.item,
            r.ranked.item_title,
            tuple(
                (
                    names.get(row.unit, row.unit),
                    groups.get(row.group or "", ""),
                    _shown(row.value),
                    row.place,
                    row.points,
                    row.detail.text("zh"),
                )
                for row in sorted(r.rows, key=lambda x: (x.group or "", x.place or 10**6))
            ),
        )
        for r in state.computed.rankings
    )
    votes = tuple(
        VoteTable(
            _sheet_title(s.sheet.item, s.sheet.item_title, s.sheet.group_name),
            tuple(s.sheet.rule.grades),
            tuple(
                (
                    names.get(unit, unit),
                    tuple(s.tallies[unit].counts[g] for g in s.sheet.rule.grades),
                    s.tallies[unit].average,
                )
                for unit in s.sheet.units
            ),
            tuple(b.voter for b in s.ballots),
        )
        for s in state.computed.sheets
    )
    ordered = sorted(results, key=lambda r: (r.place or 10**6, r.unit_code))
    return Summary(
        year=state.year,
        rubric_title=state.stated.title,
        doc_number=state.stated.doc_number,
        issuer=issuer,
        parts=tuple(p.title for p in state.stated.parts),
        units=tuple(ordered),
        missing=tuple(u.name for u in state.units if u.code not in done),
        rankings=rankings,
        votes=votes,
        decisions=tuple(lines),
        fingerprint=fpr,
        notes=tuple(
            f"{names.get(code, code)}：{why.text('zh')}"
            for code, why in state.computed.not_scored.items()
        ),
    )


def publish(
    store: Store,
    actor: Actor,
    folder: Path,
    passphrase: bytes | str,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> Published:
    """Write every unit's result package, the ranking workbook and the summary PDF."""
    require(actor, "collect.publish")
    state = collect_state(store)
    when = today or date.today()
    issuer = _issuer(store, state, when)
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(msg("collect.publish.no_folder", path=str(folder)))
    secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    key, _created = load_or_create(store.data_dir, secret)
    lines = [m.text("zh") for m in decisions(store, state)]
    results = [
        unit_result(store, state, code, issuer, lines)
        for code in [u.code for u in state.units]
        if code in state.computed.finals
    ]
    packages: dict[str, Path] = {}
    ids: dict[str, str] = {}
    fpr = ""
    total = len(results) + 2
    for n, result in enumerate(results, start=1):
        name = safe_component(f"{result.unit_name}-{state.year}-考核结果", "result")
        written = write_result_package(result, folder / f"{name}.zip", key)
        packages[result.unit_code], ids[result.unit_code] = written.path, written.package_id
        fpr = written.fingerprint
        if progress is not None:
            progress(n, total, result.unit_name)
    from evaldesk.export.keys import fingerprint

    fpr = fpr or fingerprint(key.public_key())
    summary = summary_of(state, results, issuer, lines, fpr)
    workbook = folder / safe_component(f"{state.year}年度考核结果排名.xlsx")
    workbook.write_bytes(ranking_xlsx(summary))
    pdf = folder / safe_component(f"{state.year}年度考核结果汇总.pdf")
    pdf.write_bytes(render_summary(summary))
    if progress is not None:
        progress(total, total, pdf.name)
    not_published: dict[str, Message] = {}
    for unit in state.units:
        if unit.code in packages:
            continue
        draft = state.drafts.get(unit.code)
        why = state.computed.not_scored.get(unit.code) or (
            msg("collect.overview.draft_only", package_id=draft.package_id)
            if draft is not None
            else msg("collect.overview.not_received")
        )
        not_published[unit.code] = why
    with store.write(actor.name) as tx:
        store.audit.record(
            tx,
            "collect.publish",
            "results",
            state.year,
            {
                "folder": str(folder),
                "packages": ids,
                "workbook": workbook.name,
                "summary": pdf.name,
                "fingerprint": fpr,
                "finals": {code: str(state.computed.finals[code].total) for code in packages},
            },
        )
    return Published(folder, packages, ids, workbook, pdf, fpr, not_published)
