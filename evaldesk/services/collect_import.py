"""Importing the units' packages into the receiving office (issue 18).

Each file is read once: verify (evaldesk.export.verify: zip safety, BagIt, hashes, content
digest, signature, who signed against the office's trusted keys) hands every payload entry's
bytes to a tee that writes them into the content-addressed folder (evaldesk.store.blobs_collect;
content already stored is not written again, so evidence is kept once across units). A
package taken in lands while the next one is verified (_Landing: its files reach the disk on a
thread of their own, then its rows are written), so the disk and the hashing work at the same
time. What becomes of a package:

* refused, with the reason, and nothing kept: not a package, not intact (tampered),
  a result package, another rubric's or year's, a draft (format 3's ``EvalDesk-Status: draft``,
  as the verifier checked it against approval.json: the unit's head has not approved the year;
  the reasons the package gives are listed), an unknown key, a duplicate (the same content, or
  the same signed export time as a package of the unit already held);
* waiting for a person: the unit's first package (its fingerprint must be compared with the
  one printed on its cover), a key handed over by a rotation statement signed by the unit's
  old key, a package whose unit cannot be told from what it says. ``accept`` answers these:
  fingerprint -> the unit it belongs to (or None: the unit the package names); the key is then
  trusted (``keys list``) and bound to the unit, audited;
* imported: a package row with its files, in one transaction; flagged when its
  interpretations in force differ from the office's, when it carries no facts (made by an
  older EvalDesk: it cannot be scored again here), or was scored with another copy of the
  rubric. A later package supersedes the unit's earlier one; an earlier one arriving after a
  later one is kept but does not supersede it (code ``older``); all are kept.

Packages of formats 1 and 2 record no approval: they are taken as final, as they always were.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from evaldesk.collect.packages import (
    Expected,
    candidates,
    export_order,
    interpretation_differences,
    order_text,
    refusal,
    unit_mismatch,
)
from evaldesk.errors import EvalDeskError, InputError
from evaldesk.export.trust import TrustList, grouped, plain_fingerprint
from evaldesk.export.verify import verify_package
from evaldesk.export.verify_report import VerifyReport
from evaldesk.messages import Message, msg
from evaldesk.rubrics.model import Rubric
from evaldesk.scoring.facts import facts_from_data
from evaldesk.scoring.marks import uses
from evaldesk.scoring.report import InterpretationUse
from evaldesk.services.actor import Actor
from evaldesk.services.collect_setup import require_receiving
from evaldesk.services.interpretations import office_values
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric
from evaldesk.store import Store
from evaldesk.store.blobs_collect import BlobIntake
from evaldesk.store.parts.collect_packages import NewPackage
from evaldesk.store.records_collect import FileRec, PackageRec, UnitRec

Status = Literal["imported", "confirm", "refused"]
Progress = Callable[[int, int, str], None]
SCORE_JSON = "data/score.json"
MAX_SCORE_JSON = 64 << 20


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one file. ``code``: imported / superseded (imported, and the unit's
    earlier package is no longer in force); confirm-key / confirm-rotation / choose-unit
    (waiting for a person); or the refusal's code."""

    file: Path
    status: Status
    code: str
    message: Message
    unit: str | None = None
    unit_name: str | None = None
    office: str | None = None
    package_id: str | None = None
    fingerprint: str | None = None  # grouped, as on the cover
    candidates: tuple[str, ...] = ()
    problems: tuple[Message, ...] = ()
    flags: Mapping[str, Any] = field(default_factory=dict)
    replaced: str | None = None  # the package id no longer in force
    rotated_from: str | None = None  # grouped: the unit's old key a rotation hands over from
    #: payload files whose content was already stored (another unit's, an earlier package)
    reused_files: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "status": self.status,
            "code": self.code,
            "message": self.message.to_json(),
            "unit": self.unit,
            "unit_name": self.unit_name,
            "office": self.office,
            "package_id": self.package_id,
            "fingerprint": self.fingerprint,
            "candidates": list(self.candidates),
            "problems": [p.to_json() for p in self.problems],
            "flags": dict(self.flags),
            "replaced": self.replaced,
            "rotated_from": self.rotated_from,
            "reused_files": self.reused_files,
        }


def package_files(paths: Iterable[Path]) -> list[Path]:
    """The packages named: files as given, folders for the .zip files inside (all levels)."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.suffix.lower() == ".zip" and p.is_file())
        else:
            out.append(path)
    return out


def import_packages(
    store: Store,
    actor: Actor,
    paths: Sequence[Path],
    *,
    accept: Mapping[str, str | None] | None = None,
    progress: Progress | None = None,
) -> list[ImportOutcome]:
    """Import every package in ``paths`` (files or folders), one by one: a refusal stops
    nothing else. ``accept``: fingerprint (any spelling) -> unit code or None, the keys a
    person confirmed (see the module doc). ``progress(done_bytes, total_bytes, file name)``
    may raise Cancelled: the package being read is then left out, whole."""
    require(actor, "collect.import")
    known = _Known.read(store)
    files = package_files(paths)
    sizes = [_size(f) for f in files]
    total, done = sum(sizes), 0
    confirmed = {plain_fingerprint(k) or k: v for k, v in (accept or {}).items()}
    outcomes: list[ImportOutcome] = []
    # The package taken in last, its files still being written to disk: its rows are written
    # once the next package is verified (see _Landing), before that one is decided, so that
    # the outcomes and the audit rows keep the order of the files.
    landing: _Landing | None = None
    try:
        for path, size in zip(files, sizes, strict=True):
            start = done

            def step(
                got: int, _all: int, _text: str, start: int = start, name: str = path.name
            ) -> None:
                if progress is not None:
                    progress(start + got, total, name)

            placing = landing.placing if landing is not None else {}
            job = _Import(store, actor, path, confirmed, step, known, placing)
            checked = job.check()
            if landing is not None:
                before, landing = landing, None
                try:
                    outcomes.append(before.land())
                except BaseException:
                    job.intake.discard()
                    raise
            decided = job.decide(checked)
            if isinstance(decided, _Landing):
                landing = decided
            else:
                outcomes.append(decided)
            done += size
            if progress is not None:
                progress(done, total, path.name)
        if landing is not None:
            outcomes.append(landing.land())
            landing = None
    finally:
        if landing is not None:  # cancelled (or failed) while reading the next package
            landing.land()
    return outcomes


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


@dataclass
class _Known:
    """What the office holds, read once per import run and kept up to date as it goes (a
    province's 130 packages must not read the list of every package 130 times)."""

    year: int
    rubric: Rubric
    rubric_sha256: str
    units: list[UnitRec]
    office: tuple[InterpretationUse, ...]  # the office's interpretations in force
    trusted: dict[str, str]  # fingerprint -> label
    bound: dict[str, str]  # fingerprint -> unit code
    current: dict[str, PackageRec | NewPackage]  # unit code -> its package in force
    held: dict[str, set[str]]  # unit code -> the signed export times of its packages held
    digests: set[str]  # content digests of every package imported

    @staticmethod
    def read(store: Store) -> _Known:
        year = require_receiving(store)
        loaded = year_rubric(store, year)
        current: dict[str, PackageRec | NewPackage] = {}
        current.update(store.collect_packages.current())
        held: dict[str, set[str]] = {}
        digests = set()
        for package in store.collect_packages.all():
            held.setdefault(package.unit_code, set()).add(package.export_order)
            digests.add(package.content_sha256)
        return _Known(
            year=year,
            rubric=loaded.rubric,
            rubric_sha256=loaded.sha256,
            units=store.collect.units(),
            office=uses(loaded.rubric, office_values(store, year)),
            trusted={row.fingerprint: row.label for row in store.trust.list()},
            bound=store.collect.unit_keys(),
            current=current,
            held=held,
            digests=digests,
        )

    def took(self, package: NewPackage, label: str) -> None:
        self.trusted.setdefault(package.fingerprint, label)
        self.bound.setdefault(package.fingerprint, package.unit_code)
        self.held.setdefault(package.unit_code, set()).add(package.export_order)
        self.digests.add(package.content_sha256)
        current = self.current.get(package.unit_code)
        if current is None or package.export_order > current.export_order:
            self.current[package.unit_code] = package


class _Import:
    def __init__(
        self,
        store: Store,
        actor: Actor,
        path: Path,
        confirmed: Mapping[str, str | None],
        progress: Progress,
        known: _Known,
        placing: Mapping[str, Path],
    ) -> None:
        self.store = store
        self.actor = actor
        self.path = path
        self.confirmed = confirmed
        self.progress = progress
        self.known = known
        self.year = known.year
        self.rubric = known.rubric
        self.units = known.units
        self.intake = BlobIntake(store.paths, placing)

    def _trust(self) -> TrustList:
        return TrustList(msg("collect.import.trust_source").text(), dict(self.known.trusted))

    def refuse(self, code: str, message: Message, **extra: Any) -> ImportOutcome:
        outcome = ImportOutcome(self.path, "refused", code, message, **extra)
        with self.store.write(self.actor.name) as tx:
            self.store.audit.record(
                tx,
                "collect.refused",
                "package_file",
                self.path.name,
                {
                    "file": self.path.name,
                    "code": code,
                    "reason": message.to_json(),
                    "package_id": outcome.package_id,
                    "fingerprint": outcome.fingerprint,
                },
            )
        return outcome

    def check(self) -> VerifyReport | Message:
        """Verify the package, its payload copied into temporary files as it is hashed; the
        reason when it is no package at all."""
        try:
            return verify_package(
                self.path, trust=self._trust(), sink=self.intake.tee, progress=self.progress
            )
        except InputError as exc:  # no zip at all, unreadable
            self.intake.discard()
            return exc.msg
        except BaseException:
            self.intake.discard()
            raise

    def decide(self, checked: VerifyReport | Message) -> ImportOutcome | _Landing:
        """What becomes of the package: an outcome (refused, waiting for a person), or a
        package taken in, landing (its temporary files are kept for it)."""
        if isinstance(checked, Message):
            return self.refuse("not-a-package", checked)
        try:
            decided = self._judge(checked, self.intake)
        except BaseException:
            self.intake.discard()
            raise
        if not isinstance(decided, _Landing):
            self.intake.discard()
        return decided

    # ------------------------------------------------------------------ deciding

    def _judge(self, report: VerifyReport, intake: BlobIntake) -> ImportOutcome | _Landing:
        info = report.info
        fpr = plain_fingerprint(report.fingerprint or "") or ""
        base: dict[str, Any] = {
            "package_id": info.get("External-Identifier"),
            "fingerprint": grouped(fpr) if fpr else None,
            "office": info.get("Source-Organization"),
        }
        if not report.intact:
            problems = tuple(p.message for p in report.problems if p.check != "trust")
            return self.refuse(
                "tampered",
                msg("collect.import.not_intact", count=len(problems)),
                problems=problems,
                **base,
            )
        expected = Expected(self.year, self.rubric.id, self.rubric.title)
        refused = refusal(info, expected)
        if refused is not None:
            return self.refuse(refused[0], refused[1], **base)
        if report.draft:
            return self.refuse(
                "draft",
                msg(
                    "collect.import.draft",
                    office=info.get("Source-Organization", "?"),
                    package_id=base["package_id"],
                ),
                problems=tuple(report.draft_reasons),
                **base,
            )
        unit, waiting = self._unit(report, fpr, base)
        if waiting is not None:
            return waiting
        assert unit is not None
        base.update(unit=unit.code, unit_name=unit.name)
        content = info.get("EvalDesk-Content-SHA256", "").lower()
        if content in self.known.digests:
            return self.refuse(
                "duplicate", msg("collect.import.duplicate", package_id=base["package_id"]), **base
            )
        order = export_order(info)
        if order in self.known.held.get(unit.code, ()):
            return self.refuse(
                "duplicate",
                msg(
                    "collect.import.same_time",
                    unit=unit.name,
                    package_id=base["package_id"],
                    time=order_text(order),
                ),
                **base,
            )
        current = self.known.current.get(unit.code)
        flags = self._flags(report, intake)
        base["reused_files"] = intake.reused
        package = NewPackage(
            unit_code=unit.code,
            package_id=info.get("External-Identifier", ""),
            content_sha256=content,
            fingerprint=fpr,
            export_order=order,
            file_name=self.path.name,
            file_size=_size(self.path),
            self_score=info.get("EvalDesk-Self-Score") or None,
            grade=info.get("EvalDesk-Grade") or None,
            bag_info=dict(info),
            flags=flags,
        )
        outcome = self._taken(package, unit, current, base)
        landing = _Landing(
            self.store,
            self.actor,
            intake,
            package,
            [FileRec(p, sha, size) for p, sha, size in report.payload_files],
            outcome,
            trust_label=unit.name if fpr not in self.known.trusted else None,
            bind=fpr not in self.known.bound,
        )
        self.known.took(package, unit.name)
        return landing

    def _taken(
        self,
        package: NewPackage,
        unit: UnitRec,
        current: PackageRec | NewPackage | None,
        base: dict[str, Any],
    ) -> ImportOutcome:
        """What is said of a package taken in: imported, superseding the unit's package in
        force, or earlier than it (kept, not in force)."""
        flags, order = package.flags, package.export_order
        if current is not None and order < current.export_order:
            message = msg(
                "collect.import.older",
                unit=unit.name,
                package_id=base["package_id"],
                date=order_text(order),
                current=current.package_id,
                current_date=order_text(current.export_order),
            )
            return ImportOutcome(self.path, "imported", "older", message, flags=flags, **base)
        if current is not None:
            message = msg(
                "collect.import.superseded",
                unit=unit.name,
                package_id=base["package_id"],
                old=current.package_id,
            )
            return ImportOutcome(
                self.path,
                "imported",
                "superseded",
                message,
                flags=flags,
                replaced=current.package_id,
                **base,
            )
        message = msg("collect.import.imported", unit=unit.name, package_id=base["package_id"])
        return ImportOutcome(self.path, "imported", "imported", message, flags=flags, **base)

    def _unit(
        self, report: VerifyReport, fpr: str, base: dict[str, Any]
    ) -> tuple[UnitRec | None, ImportOutcome | None]:
        """The unit the package is from, or what stops it (a refusal, a question)."""
        info = report.info
        bound = self.known.bound
        by_code = {u.code: u for u in self.units}
        old = plain_fingerprint(report.via_rotation or "")
        owner = bound.get(fpr) or (bound.get(old) if old else None)
        if owner is not None:
            unit = by_code.get(owner)
            if unit is None:
                return None, self.refuse(
                    "removed-unit", msg("collect.import.removed_unit", code=owner), **base
                )
            wrong = unit_mismatch(info, unit)
            if wrong is not None:
                return None, self.refuse("unit-mismatch", wrong, **base)
            if fpr not in bound and fpr not in self.confirmed:
                return None, ImportOutcome(
                    self.path,
                    "confirm",
                    "confirm-rotation",
                    msg(
                        "collect.import.confirm_rotation",
                        unit=unit.name,
                        old=grouped(old or ""),
                        new=grouped(fpr),
                    ),
                    unit=unit.code,
                    unit_name=unit.name,
                    rotated_from=grouped(old or ""),
                    **base,
                )
            return unit, None
        chosen = self.confirmed.get(fpr, "") if fpr in self.confirmed else None
        found = candidates(info, self.units)
        if chosen:
            if chosen not in by_code:
                return None, self.refuse(
                    "unknown-unit", msg("collect.import.no_such_unit", code=chosen), **base
                )
            found = [chosen]
        if not found:
            return None, self.refuse(
                "unknown-unit",
                msg(
                    "collect.import.no_unit",
                    office=info.get("Source-Organization", "?"),
                    unit=info.get("EvalDesk-Unit", "") or "—",
                ),
                **base,
            )
        trusted = report.signer == "trusted"
        if trusted and report.via_rotation and fpr not in self.confirmed:
            unit = by_code[found[0]] if len(found) == 1 else None
            return None, ImportOutcome(
                self.path,
                "confirm",
                "confirm-rotation",
                msg(
                    "collect.import.confirm_rotation",
                    unit=unit.name if unit else info.get("Source-Organization", "?"),
                    old=report.via_rotation,
                    new=grouped(fpr),
                ),
                candidates=tuple(found),
                rotated_from=report.via_rotation,
                **base,
            )
        if len(found) > 1:
            return None, ImportOutcome(
                self.path,
                "confirm",
                "choose-unit",
                msg("collect.import.choose_unit", office=info.get("Source-Organization", "?")),
                candidates=tuple(found),
                **base,
            )
        unit = by_code[found[0]]
        keyed = [f for f, code in bound.items() if code == unit.code]
        if not trusted and keyed:
            # The unit registered another key: a new one is not taken on a person's word here;
            # the administrator adds it after checking by phone or letter (keys add), or the
            # unit hands over to it with a rotation signed by its registered key.
            return None, self.refuse(
                "unknown-key",
                msg("collect.import.unknown_key", unit=unit.name, fingerprint=grouped(fpr)),
                unit=unit.code,
                unit_name=unit.name,
                **base,
            )
        wrong = unit_mismatch(info, unit)
        if wrong is not None:
            return None, self.refuse("unit-mismatch", wrong, **base)
        if not trusted and fpr not in self.confirmed:
            return None, ImportOutcome(
                self.path,
                "confirm",
                "confirm-key",
                msg("collect.import.confirm_key", unit=unit.name, fingerprint=grouped(fpr)),
                unit=unit.code,
                unit_name=unit.name,
                candidates=(unit.code,),
                **base,
            )
        return unit, None

    # ------------------------------------------------------------------ what is noticed

    def _flags(self, report: VerifyReport, intake: BlobIntake) -> dict[str, Any]:
        flags: dict[str, Any] = {}
        if report.info.get("EvalDesk-Rubric-SHA256", "") != self.known.rubric_sha256:
            flags["rubric_copy_differs"] = True
        entry = next((f for f in report.payload_files if f[0] == SCORE_JSON), None)
        data = intake.read(entry[1]) if entry is not None and entry[2] <= MAX_SCORE_JSON else None
        score: Any = None
        if data is not None:
            try:
                score = json.loads(data.decode("utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError):
                score = None
        if not isinstance(score, dict):
            flags["score_json"] = "unreadable"
            return flags
        facts = score.get("facts")
        if facts is None:
            flags["facts"] = "missing"
        else:
            try:
                facts_from_data(facts, source=SCORE_JSON)
            except EvalDeskError as exc:
                flags["facts"] = "unreadable"
                flags["facts_problem"] = exc.msg.to_json()
        differences = interpretation_differences(
            score.get("interpretations") or [], self.known.office
        )
        if differences:
            flags["interpretations"] = differences
        return flags


class _Landing:
    """A package taken in whose files are being made durable (BlobIntake.commit: fsync, rename
    into place) on a thread of their own, while the main thread verifies the next package: the
    disk writes one package while the next is hashed. ``land`` waits for the files, then
    writes the package's rows in one transaction: a row never refers to a file not on disk."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        intake: BlobIntake,
        package: NewPackage,
        files: list[FileRec],
        outcome: ImportOutcome,
        *,
        trust_label: str | None,  # the key is trusted under this label (not trusted before)
        bind: bool,  # the key is bound to the unit (not bound before)
    ) -> None:
        self.store = store
        self.actor = actor
        self.intake = intake
        self.package = package
        self.files = files
        self.outcome = outcome
        self.trust_label = trust_label
        self.bind = bind
        #: the content it places, taken before its thread starts (which empties the intake)
        self.placing = intake.in_flight()
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._commit, name="evaldesk-collect-files")
        self._thread.start()

    def _commit(self) -> None:
        try:
            self.intake.commit()
        except BaseException as exc:  # handed to land(), on the caller's thread
            self._failed = exc

    def land(self) -> ImportOutcome:
        self._thread.join()
        if self._failed is not None:
            self.intake.discard()
            raise self._failed
        package = self.package
        with self.store.write(self.actor.name) as tx:
            if self.trust_label is not None:
                self.store.trust.add(tx, package.fingerprint, self.trust_label, None)
            if self.bind:
                self.store.collect.bind_key(tx, package.unit_code, package.fingerprint)
            self.store.collect_packages.add(tx, package, self.files)
        return self.outcome


def current_packages(store: Store) -> dict[str, PackageRec]:
    """Each unit's package in force."""
    return store.collect_packages.current()
