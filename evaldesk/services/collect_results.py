"""The receiving office's picture of the year: each unit's package in force and what it claims,
and everything the office computes from them (evaldesk.collect.compute), kept per change.

    state = collect_state(store)          # cached until the next audited write
    state.finals["dongchen"].total        # the final score
    state.claims["dongchen"].items["一.1.1"].score   # the unit's own self-score of an item

A package's score.json is read once per process (packages never change), from the content-
addressed folder. The whole computation runs again after any write (a review, a ballot, an
import); for a province's 130 units it takes well under a second.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from evaldesk.collect.compute import Computed, Inputs, UnitInput, compute
from evaldesk.collect.finals import Review
from evaldesk.errors import EvalDeskError
from evaldesk.kinds.fact import Ballot
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import Facts, facts_from_data
from evaldesk.scoring.subsidies import SubsidyInputs, inputs_from_data
from evaldesk.services.collect_scores import quota_decisions
from evaldesk.services.collect_setup import receiving_rubric, require_receiving
from evaldesk.services.interpretations import office_values
from evaldesk.store import Store
from evaldesk.store.records_collect import PackageRec, ReviewRec, UnitRec

SCORE_JSON = "data/score.json"


@dataclass(frozen=True)
class ItemClaim:
    """What the unit's own score.json says of one item."""

    score: Decimal | None
    max: Decimal | None
    status: str
    evidence_required: bool
    evidence_attached: int


@dataclass(frozen=True)
class Claim:
    """A package's own account: its self-score, per item and part, and its facts."""

    total: Decimal | None
    max: Decimal | None
    grade: str | None
    parts: dict[str, Decimal | None] = field(default_factory=dict)
    items: dict[str, ItemClaim] = field(default_factory=dict)
    facts: Facts | None = None
    subsidy_inputs: SubsidyInputs | None = None

    @property
    def unassessed(self) -> list[str]:
        return [c for c, i in self.items.items() if i.status == "not_assessed"]

    @property
    def lacking_evidence(self) -> list[str]:
        return [c for c, i in self.items.items() if i.evidence_required and not i.evidence_attached]


def _dec(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _claim(data: Any) -> Claim:
    if not isinstance(data, dict):
        return Claim(None, None, None)
    items = {}
    for code, item in (data.get("items") or {}).items():
        if isinstance(item, dict):
            evidence = item.get("evidence") or {}
            items[str(code)] = ItemClaim(
                _dec(item.get("score")),
                _dec(item.get("max")),
                str(item.get("status") or "not_assessed"),
                bool(evidence.get("required", True)),
                int(evidence.get("attached") or 0),
            )
    parts = {
        str(p.get("id")): _dec(p.get("score"))
        for p in data.get("composite") or []
        if isinstance(p, dict)
    }
    facts = None
    if isinstance(data.get("facts"), dict):
        try:
            facts = facts_from_data(data["facts"], source=SCORE_JSON)
        except EvalDeskError:
            facts = None
    inputs = None
    if isinstance(data.get("subsidy_inputs"), dict):
        try:
            inputs = inputs_from_data(data["subsidy_inputs"], source=SCORE_JSON)
        except EvalDeskError:
            inputs = None
    return Claim(
        _dec(data.get("total")),
        _dec(data.get("max")),
        data.get("grade"),
        parts,
        items,
        facts,
        inputs,
    )


_claims: OrderedDict[str, Claim] = OrderedDict()
_claims_lock = threading.Lock()
_KEEP = 512


def claim_of(store: Store, package: PackageRec) -> Claim:
    """The package's score.json, read (once per process) from the stored files."""
    return claims_of(store, {package.unit_code: package})[package.unit_code]


def claims_of(store: Store, packages: dict[str, PackageRec]) -> dict[str, Claim]:
    """Each package's score.json (unit code -> claim), read once per process; the files of
    the packages not read yet are found in one query."""
    with _claims_lock:
        found = {
            c: _claims[p.content_sha256] for c, p in packages.items() if p.content_sha256 in _claims
        }
    unread = {c: p for c, p in packages.items() if c not in found}
    if not unread:
        return found
    score_files = store.collect_packages.file_in_each(SCORE_JSON)
    for code, package in unread.items():
        entry = score_files.get(package.id)
        data: Any = None
        if entry is not None:
            try:
                data = json.loads(store.blobs.path(entry.sha256).read_bytes().decode("utf-8"))
            except (OSError, UnicodeDecodeError, ValueError, RecursionError):
                data = None
        found[code] = _claim(data)
    with _claims_lock:
        for code, package in unread.items():
            _claims[package.content_sha256] = found[code]
        while len(_claims) > _KEEP:
            _claims.popitem(last=False)
    return {code: found[code] for code in packages}


@dataclass(frozen=True)
class CollectState:
    year: int
    stated: m.Rubric  # the year's rubric copy
    units: list[UnitRec]
    packages: dict[str, PackageRec]  # unit code -> its package in force
    drafts: dict[str, PackageRec]  # unit code -> a draft later than its package in force
    claims: dict[str, Claim]
    reviews: dict[tuple[str, str, str], ReviewRec]  # (unit, item, kind)
    computed: Computed
    seq: int  # the audit position it was computed at

    @property
    def rubric(self) -> m.Rubric:
        """The office's rubric (its units and decisions)."""
        return self.computed.rubric

    def unit(self, code: str) -> UnitRec | None:
        return next((u for u in self.units if u.code == code), None)


_states: dict[str, CollectState] = {}
_states_lock = threading.Lock()


def collect_state(store: Store) -> CollectState:
    """Everything the office knows and computes now (cached until the next write)."""
    seq = store.audit.last_seq()
    key = str(store.data_dir.resolve())
    with _states_lock:
        hit = _states.get(key)
    if hit is not None and hit.seq == seq:
        return hit
    found = _build(store, seq)
    with _states_lock:
        _states[key] = found
    return found


#: Audited events that change nothing the office computes.
_SIGN_INS = frozenset({"login", "login.failed"})


def still_current(store: Store, state: CollectState) -> CollectState:
    """``state`` as of now, kept as the cached state: the start-up computes it beside the
    password check, and the login the check records moves the audit position without
    changing anything in it. After any other write it is computed afresh."""
    seq = store.audit.last_seq()
    if seq != state.seq:
        since = store.audit.rows(limit=seq - state.seq) if seq - state.seq <= 8 else None
        if since is None or any(r.seq <= state.seq or r.action not in _SIGN_INS for r in since):
            return collect_state(store)
        state = replace(state, seq=seq)
    with _states_lock:
        _states[str(store.data_dir.resolve())] = state
    return state


def _build(store: Store, seq: int) -> CollectState:
    year = require_receiving(store)
    stated = receiving_rubric(store)
    units = store.collect.units()
    packages = store.collect_packages.current()
    drafts = {c: p for c, p in store.collect_packages.latest().items() if p.draft}
    claims = claims_of(store, packages)
    review_rows = store.collect_scores.reviews()
    reviews: dict[str, dict[str, dict[str, Review]]] = {}
    for row in review_rows:
        if row.value is None:
            continue
        value = Decimal(row.value)
        cell = reviews.setdefault(row.unit_code, {}).setdefault(row.item_code, {})
        cell[row.kind] = Review(row.kind, value, row.reason, row.updated_by)
    ballots: dict[str, list[Ballot]] = {}
    for b in store.collect_scores.ballots():
        ballots.setdefault(b.sheet, []).append(Ballot(voter=b.voter, grades=b.grades))
    given = Inputs(
        rubric=stated,
        units=[
            UnitInput(
                u.code,
                u.name,
                u.rubric_unit,
                claims[u.code].facts if u.code in claims else None,
                claims[u.code].subsidy_inputs if u.code in claims else None,
            )
            for u in units
        ],
        office_values=office_values(store, year),
        quota_rounding=quota_decisions(store),
        ballots=ballots,
        reviews=reviews,
    )
    computed = compute(given)
    for u in units:
        if u.code not in packages:
            computed.not_scored.pop(u.code, None)  # nothing received: said elsewhere
    return CollectState(
        year=year,
        stated=stated,
        units=units,
        packages=packages,
        drafts=drafts,
        claims=claims,
        reviews={(r.unit_code, r.item_code, r.kind): r for r in review_rows},
        computed=computed,
        seq=seq,
    )
