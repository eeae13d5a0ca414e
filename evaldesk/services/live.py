"""The live score of a year: stored facts + counts from SQL -> evaldesk.scoring.score().

A LiveScore keeps the year's facts and counts in memory and follows the store's committed
changes (the audit events), so a tick or a new ledger entry updates one number and rescores
without reloading anything. A change it did not see (another process, another Store object)
shows up as a gap in the audit sequence and triggers a full reload on the next ``score()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from evaldesk.rubrics.loader import LoadedRubric
from evaldesk.scoring import score
from evaldesk.scoring.facts import Facts, IndicatorRow, ReviewScores, RuleFact
from evaldesk.scoring.report import ScoreReport
from evaldesk.services.rubric import year_rubric
from evaldesk.store import Store, open_store
from evaldesk.store.audit import AuditEvent
from evaldesk.store.counts import dispatch_counts, evidence_by_item, is_overdue, ledger_overdue
from evaldesk.store.dates import year_as_of
from evaldesk.store.parts.audit import last_seq
from evaldesk.store.parts.base import year_row
from evaldesk.store.parts.facts import fact_rows

Today = Callable[[], date]


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _entry_overdue(data: Any, year: int, as_of: date) -> int:
    if not data or data.get("year") != year:
        return 0
    done = data.get("done_date")
    return int(
        is_overdue(
            _as_date(data["deadline"]),
            None if done is None else _as_date(done),
            str(data["status"]),
            as_of,
        )
    )


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
        self._dispatch_stale = self._evidence_stale = False
        self._unsubscribe = store.subscribe(self._on_events)
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
            self._report: ScoreReport | None = None  # reused for unchanged items
            self._changed: set[str] = set()
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
            self._stale = self._dispatch_stale = self._evidence_stale = False

    def _apply_fact(self, scope: str, code: str, key: str, value: Any) -> None:
        if scope == "subsidy":  # money only: the score does not read it
            if value is None:
                self._subsidy.pop((code, key), None)
            else:
                self._subsidy[(code, key)] = value
            return
        if scope == "item":
            self._changed.add(code)
        elif scope != "review":  # the engine compares review scores itself
            self._report = None
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

    def _on_events(self, events: list[AuditEvent]) -> None:
        with self._lock:
            if self._stale or events[0].seq != self._seq + 1:
                self._stale = True
                return
            for event in events:
                self._apply_event(event)
            self._seq = events[-1].seq

    def _apply_event(self, event: AuditEvent) -> None:
        entity = event.entity
        if entity == "fact":
            data = event.new or event.old
            if data.get("year") == self.year:
                value = None if event.new is None else event.new["value"]
                self._apply_fact(data["scope"], data["code"], data["key"], value)
        elif entity == "ledger_entry":
            as_of = self._counted_as_of
            self._overdue += _entry_overdue(event.new, self.year, as_of) - _entry_overdue(
                event.old, self.year, as_of
            )
        elif entity == "dispatch":
            self._dispatch_stale = True
        elif entity == "evidence":
            self._evidence_stale = True
        elif entity in ("office", "year"):
            self._stale = True

    def _freshen(self) -> None:
        with self.store.read() as s:
            seq = last_seq(s)
            if seq != self._seq or self._stale or self.as_of() != self._counted_as_of:
                self._stale = True
            else:
                if self._dispatch_stale:
                    self._dispatch = dispatch_counts(s, self._year_id, self._counted_as_of)
                    self._dispatch_stale = False
                if self._evidence_stale:
                    self._evidence = evidence_by_item(s, self._year_id)
                    self._evidence_stale = False
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
            )

    def subsidy_values(self) -> dict[tuple[str, str], Any]:
        """The year's ``subsidy`` facts, (code, key) -> value (evaldesk.services.subsidies)."""
        with self._lock:
            self._freshen()
            return dict(self._subsidy)

    def score(self) -> ScoreReport:
        """Rescore; items whose facts, counts, evidence and review did not change are reused
        from the previous report (the engine guarantees the same result as a full rescore)."""
        with self._lock:
            facts = self.facts()
            report = score(
                self.loaded.rubric, facts, unit=self.unit, reuse=self._report, changed=self._changed
            )
            self._report = report
            self._changed = set()
            return report

    def close(self) -> None:
        self._unsubscribe()

    def __enter__(self) -> LiveScore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def score_data_dir(data_dir: Path, year: int | None) -> tuple[ScoreReport, dict[str, Any]]:
    """`evaldesk score --data-dir DIR [--year Y]`: the report and what identifies it."""
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
                from evaldesk.services import subsidies

                state = subsidies.state_from_values(live.subsidy_values())
                money = subsidies.compute(live.loaded.rubric, live.facts(), report, state)
                if money is not None:
                    extra["subsidies"] = money.to_json()
        return report, extra
