"""The overview of the receiving office: one row per unit (what it claims, what the office
computes, its final score, its place, what is missing), and one row per item of a unit (自评,
初评, 审定, the office's computed score, the final). Plain rows for the GUI's table, the CLI's
``collect list`` and the tests; each row says what is missing in messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from evaldesk.messages import Message, msg
from evaldesk.services.collect_results import CollectState

#: Row states, in the order a clerk looks at them.
MISSING, DRAFT, NOT_SCORED, FLAGGED, RECEIVED = (
    "missing",
    "draft",
    "not_scored",
    "flagged",
    "received",
)


@dataclass(frozen=True)
class UnitRow:
    code: str
    name: str
    group: str  # the group's name
    state: str  # missing / draft / not_scored / flagged / received
    package_id: str | None
    exported: str | None  # the export date
    self_total: Decimal | None
    computed: Decimal | None  # the office's score, before reviewers' scores
    final: Decimal | None
    place: int | None
    grade: str | None
    parts_self: dict[str, Decimal | None] = field(default_factory=dict)
    parts_final: dict[str, Decimal | None] = field(default_factory=dict)
    unassessed: int = 0
    lacking_evidence: int = 0
    reviewed: int = 0  # items with a reviewer's score
    notes: tuple[Message, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "unit": self.code,
            "name": self.name,
            "group": self.group,
            "state": self.state,
            "package_id": self.package_id,
            "exported": self.exported,
            "self_score": self.self_total,
            "computed": self.computed,
            "final": self.final,
            "place": self.place,
            "grade": self.grade,
            "parts": {
                pid: {"self": self.parts_self.get(pid), "final": self.parts_final.get(pid)}
                for pid in {*self.parts_self, *self.parts_final}
            },
            "unassessed": self.unassessed,
            "lacking_evidence": self.lacking_evidence,
            "reviewed": self.reviewed,
            "notes": [n.to_json() for n in self.notes],
        }


def unit_rows(state: CollectState) -> list[UnitRow]:
    groups = {g.id: g.name for g in state.stated.unit_groups}
    unit_group = {u.id: u.group for u in state.rubric.units}
    reviewed: dict[str, set[str]] = {}
    for (code, item, _kind), rec in state.reviews.items():
        if rec.value is not None:
            reviewed.setdefault(code, set()).add(item)
    out = []
    for unit in state.units:
        group = groups.get(unit_group.get(unit.code) or "", "")
        package = state.packages.get(unit.code)
        draft = state.drafts.get(unit.code)
        if package is None:
            shown = draft.package_id if draft is not None else None
            note = (
                msg("collect.overview.draft_only", package_id=shown)
                if draft is not None
                else msg("collect.overview.not_received")
            )
            out.append(
                UnitRow(
                    unit.code,
                    unit.name,
                    group,
                    DRAFT if draft is not None else MISSING,
                    shown,
                    draft.bag_info.get("Bagging-Date") if draft is not None else None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    notes=(note,),
                )
            )
            continue
        claim = state.claims[unit.code]
        computed = state.computed.computed.get(unit.code)
        final = state.computed.finals.get(unit.code)
        notes: list[Message] = []
        row_state = RECEIVED
        if unit.code in state.computed.not_scored:
            notes.append(state.computed.not_scored[unit.code])
            row_state = NOT_SCORED
        differs = package.flags.get("interpretations") or []
        if differs:
            key = (
                "collect.overview.interpretation"
                if len(differs) == 1
                else "collect.overview.interpretations"
            )
            notes.append(msg(key, count=len(differs)))
            row_state = FLAGGED if row_state == RECEIVED else row_state
        if draft is not None:
            notes.append(msg("collect.overview.draft_newer", package_id=draft.package_id))
        if package.flags.get("rubric_copy_differs"):
            notes.append(msg("collect.overview.rubric_copy"))
        if claim.unassessed:
            notes.append(msg("collect.overview.unassessed", count=len(claim.unassessed)))
        if claim.lacking_evidence:
            notes.append(msg("collect.overview.no_evidence", count=len(claim.lacking_evidence)))
        out.append(
            UnitRow(
                unit.code,
                unit.name,
                group,
                row_state,
                package.package_id,
                package.bag_info.get("Bagging-Date"),
                claim.total,
                computed.total if computed is not None else None,
                final.total if final is not None else None,
                state.computed.places.get(unit.code),
                final.grade if final is not None else None,
                dict(claim.parts),
                {p.id: p.score for p in final.parts} if final is not None else {},
                len(claim.unassessed),
                len(claim.lacking_evidence),
                len(reviewed.get(unit.code, ())),
                tuple(notes),
            )
        )
    return out


@dataclass(frozen=True)
class ItemRow:
    code: str
    title: str
    section: str
    max: Decimal | None
    self_score: Decimal | None  # the unit's claim
    initial: Decimal | None
    final_review: Decimal | None
    computed: Decimal | None  # the office's, before reviews
    final: Decimal | None  # what counts
    status: str
    lines: tuple[str, ...]  # the explanation lines of the final (in the current language)
    reasons: dict[str, str] = field(default_factory=dict)  # kind -> the reviewer's reason
    evidence_lacking: bool = False
    interpretations: tuple[str, ...] = ()


def item_rows(state: CollectState, unit: str) -> list[ItemRow]:
    """The items of ``unit`` (those that apply to its group), side by side."""
    claim = state.claims.get(unit)
    computed = state.computed.computed.get(unit)
    final = state.computed.finals.get(unit)
    group = next((u.group for u in state.rubric.units if u.id == unit), None)
    out = []
    for section in state.rubric.sections:
        for item in section.items:
            if item.applies_to and group not in item.applies_to:
                continue
            own = claim.items.get(item.code) if claim else None
            mine = computed.item(item.code) if computed else None
            last = final.item(item.code) if final else None
            initial = state.reviews.get((unit, item.code, "initial"))
            decided = state.reviews.get((unit, item.code, "final"))
            out.append(
                ItemRow(
                    item.code,
                    item.title,
                    section.code,
                    item.points,
                    own.score if own else None,
                    Decimal(initial.value) if initial and initial.value else None,
                    Decimal(decided.value) if decided and decided.value else None,
                    mine.score if mine else None,
                    last.score if last else None,
                    last.status if last else (own.status if own else "not_assessed"),
                    tuple(e.line() for e in last.explanations) if last else (),
                    {
                        kind: rec.reason
                        for kind, rec in (("initial", initial), ("final", decided))
                        if rec is not None and rec.value is not None
                    },
                    bool(own and own.evidence_required and not own.evidence_attached),
                    tuple(last.interpretations) if last else (),
                )
            )
    return out
