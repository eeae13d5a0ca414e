"""The live score of a year: stored facts + counts from SQL -> evaldesk.scoring.score().

A LiveScore keeps the year's facts and counts in memory and follows the store's committed
writes: each write hands its :class:`~evaldesk.store.changes.Changes` to the store's listeners,
and the new facts in it are applied without reading anything back; a ledger, dispatch or
evidence change is recounted in SQL. A write it did not see (another process, another Store
object) shows up as a gap in the audit positions the changes carry, or as a newer position
when it scores, and triggers a full reload. Scoring itself is a full rescore every time: a real
rubric scores in well under a millisecond (bench/bench_scoring.py). The GUI, ``evaldesk score``
and the export all score through this one class.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaldesk.rubrics.loader import LoadedRubric
from evaldesk.scoring import score
from evaldesk.scoring.facts import Facts, IndicatorRow, ReviewScores, RuleFact
from evaldesk.scoring.report import ScoreReport
from evaldesk.services.rubric import year_rubric
from evaldesk.store import Store, open_store
from evaldesk.store.changes import Changes
from evaldesk.store.counts import dispatch_counts, evidence_by_item, ledger_overdue
from evaldesk.store.dates import year_as_of
from evaldesk.store.parts.audit import last_seq
from evaldesk.store.parts.base import year_row
from evaldesk.store.parts.facts import fact_rows

if TYPE_CHECKING:
    from evaldesk.services.subsidies import SubsidyResult

Today = Callable[[], date]


class LiveScore:
    """Scores one year of one store, kept current as the store changes."""

    def __init__(
        self, store: Store, year: int, *, as_of: date | None = None, today: Today = date.today
    ) -> None:
        self.store = store
        self.year = year
        self._fixed_as_of = as_of
        self._today = today
        self.loaded: LoadedRubric = year_rubric(store, year)
        self._lock = threading.RLock()
        self._stale = True
        self._recount: set[str] = set()
        self._report: ScoreReport | None = None
        self._unsubscribe = store.subscribe(self._on_changes)
        self._reload()

    # ----------------------------------------------------------------- state

    def as_of(self) -> date:
        """The day the counts are judged at (see evaldesk.store.dates.year_as_of)."""
        if self._fixed_as_of is not None:
            return self._fixed_as_of
        return year_as_of(self.year, self._today())

    def _reload(self) -> None:
        with self._lock:
            office = self.store.office.require()
            self.unit = office.unit
            self.office_name = office.name
            self._report = None
            self._items: dict[str, dict[str, RuleFact]] = {}
            self._sections: dict[str, dict[str, RuleFact]] = {}
            self._whole: dict[str, RuleFact] = {}
            self._review: dict[str, dict[str, Decimal]] = {}
            self._rating: str | None = None
            self._tables: dict[str, dict[str, dict[str, Decimal | None]]] = {}
            self._profile: dict[str, str] = {}
            self._indicators: dict[str, list[IndicatorRow]] = {}
            self._texts: dict[str, list[dict[str, str]]] = {}
            self._subsidy: dict[tuple[str, str], Any] = {}
            self._office: dict[str, Decimal] = {}
            as_of = self.as_of()
            # One read transaction: the facts, the counts and the audit position are one snapshot.
            with self.store.read() as s:
                self._seq = last_seq(s)
                yr = year_row(s, self.year)
                self._year_id = yr.id
                for row in fact_rows(s, yr.id):
                    self._apply_fact(row.scope, row.code, row.key, row.value)
                self._overdue = ledger_overdue(s, yr.id, as_of)
                self._dispatch = dispatch_counts(s, yr.id, as_of)
                self._evidence = evidence_by_item(s, yr.id)
            self._counted_as_of = as_of
            self._stale = False
            self._recount = set()

    def _apply_fact(self, scope: str, code: str, key: str, value: Any) -> None:
        if scope == "subsidy":  # money only: the score does not read it
            if value is None:
                self._subsidy.pop((code, key), None)
            else:
                self._subsidy[(code, key)] = value
            return
        if scope == "interp":  # a value the office set where the rubric's source is silent
            if value is None:
                self._office.pop(key, None)
            else:
                self._office[key] = Decimal(str(value))
            return
        if scope in ("item", "section"):
            target = self._items if scope == "item" else self._sections
            if value is None:
                target.get(code, {}).pop(key, None)
                if code in target and not target[code]:
                    del target[code]
            else:
                target.setdefault(code, {})[key] = RuleFact.model_validate(value)
        elif scope == "whole":
            if value is None:
                self._whole.pop(key, None)
            else:
                self._whole[key] = RuleFact.model_validate(value)
        elif scope == "review":
            scores = self._review.setdefault(code, {})
            if value is None:
                scores.pop(key, None)
            else:
                scores[key] = Decimal(str(value))
        elif scope == "rating":
            self._rating = None if value is None else str(value)
        elif scope == "table":
            row_id, _, col_id = key.partition(".")
            cells = self._tables.setdefault(code, {}).setdefault(row_id, {})
            cells[col_id] = None if value is None else Decimal(str(value))
        elif scope == "profile":
            if value is None:
                self._profile.pop(key, None)
            else:
                self._profile[key] = str(value)
        elif scope == "indicators":
            if value is None:
                self._indicators.pop(code, None)
            else:
                self._indicators[code] = [IndicatorRow.model_validate(r) for r in value]
        elif scope == "texts":
            if value is None:
                self._texts.pop(code, None)
            else:
                self._texts[code] = [{str(k): str(v) for k, v in r.items()} for r in value]

    def _on_changes(self, changes: Changes) -> None:
        """Store listener: runs on the writing thread, right after the commit."""
        with self._lock:
            if self._stale or changes.first_seq != self._seq + 1:
                self._stale = True
                return
            for fact in changes.facts:
                if fact.year == self.year:
                    self._apply_fact(fact.scope, fact.code, fact.key, fact.new)
            self._recount |= changes.kinds & {"ledger", "dispatch", "evidence"}
            if changes.kinds & {"office", "year"}:
                self._stale = True
            self._seq = changes.seq
            self._report = None

    def _freshen(self) -> None:
        """One read: the audit position (a write this object did not hear of makes it reload)
        and whatever counts the changes it heard of moved."""
        with self.store.read() as s:
            if last_seq(s) != self._seq or self.as_of() != self._counted_as_of:
                self._stale = True
            elif self._recount:
                as_of = self._counted_as_of
                if "ledger" in self._recount:
                    self._overdue = ledger_overdue(s, self._year_id, as_of)
                if "dispatch" in self._recount:
                    self._dispatch = dispatch_counts(s, self._year_id, as_of)
                if "evidence" in self._recount:
                    self._evidence = evidence_by_item(s, self._year_id)
                self._recount = set()
                self._report = None
        if self._stale:
            self._reload()

    # ----------------------------------------------------------------- results

    def counts(self) -> dict[str, int]:
        with self._lock:
            self._freshen()
            return {"ledger_overdue": self._overdue, **self._dispatch}

    def facts(self) -> Facts:
        """The Facts the engine sees (a snapshot; later changes do not alter it)."""
        with self._lock:
            self._freshen()
            return Facts.model_construct(
                rubric=self.loaded.rubric.id,
                unit=self.unit,
                year=self.year,
                items={code: dict(rules) for code, rules in self._items.items()},
                sections={code: dict(rules) for code, rules in self._sections.items()},
                whole=dict(self._whole),
                counts={"ledger_overdue": self._overdue, **self._dispatch},
                evidence=dict(self._evidence),
                review={
                    code: ReviewScores.model_construct(
                        initial=v.get("initial"), final=v.get("final")
                    )
                    for code, v in self._review.items()
                },
                rating=self._rating,
                tables={
                    t: {r: dict(c) for r, c in rows.items()} for t, rows in self._tables.items()
                },
                profile=dict(self._profile),
                indicators={code: list(rows) for code, rows in self._indicators.items()},
                texts={tid: [dict(r) for r in rows] for tid, rows in self._texts.items()},
                interpretations=dict(self._office),
            )

    def subsidy_values(self) -> dict[tuple[str, str], Any]:
        """The year's ``subsidy`` facts, (code, key) -> value (evaldesk.services.subsidies)."""
        with self._lock:
            self._freshen()
            return dict(self._subsidy)

    def score(self) -> ScoreReport:
        """The report of the facts as they are now (kept until the next change)."""
        return self.snapshot()[0]

    def snapshot(self) -> tuple[ScoreReport, Facts]:
        """The report and the facts it was computed from, with one read of the store."""
        with self._lock:
            facts = self.facts()
            if self._report is None:
                self._report = score(self.loaded.rubric, facts, unit=self.unit)
            return self._report, facts

    def close(self) -> None:
        self._unsubscribe()

    def __enter__(self) -> LiveScore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def score_data_dir(
    data_dir: Path, year: int | None
) -> tuple[ScoreReport, dict[str, Any], SubsidyResult | None]:
    """`evaldesk score --data-dir DIR [--year Y]`: the report, what identifies it, and the
    subsidy lines when the rubric pays any."""
    from evaldesk.services import subsidies

    money: SubsidyResult | None = None
    with open_store(data_dir, daily_backup=False) as store:  # it only reads
        chosen = year if year is not None else store.years.latest().year
        rec = store.years.get(chosen)
        with LiveScore(store, chosen) as live:
            report = live.score()  # its JSON carries the unit and the counts already
            extra: dict[str, Any] = {
                "year": chosen,
                "office": live.office_name,
                "as_of": live.as_of().isoformat(),
                "rubric_sha256": rec.rubric_sha256,
                "rubric_title": rec.rubric_title,
                "evidence_files": store.evidence.count(chosen),
                "ledger_entries": store.ledger.total(chosen),
            }
            if live.loaded.rubric.subsidies is not None:
                state = subsidies.state_from_values(live.subsidy_values())
                money = subsidies.compute(live.loaded.rubric, live.facts(), report, state)
        return report, extra, money
