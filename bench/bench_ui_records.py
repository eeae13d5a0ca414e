"""Scrolling the 100,000-row ledger from top to bottom in a real QTableView (offscreen).

Issue 5: "scrolling the 100,000-row ledger without fetching all rows". The table's model
(evaldesk/ui/models/ledger_model.py) reads one page of 200 rows per fetchMore and keeps at
most 50 pages in memory, re-reading a dropped page when it is painted again. The benchmark
drives the view as a person dragging the scrollbar to the bottom again and again does
(each arrival at the bottom makes the view call fetchMore), paints every step, and reports:

* rows read at construction (must be one page), rows read in total, rows held at the end;
* time per page step (fetchMore + layout + paint), median and p95, per sort order: the default
  (received date), by title descending and by number descending; and the time the store
  took to read the page (SQL and rows), median and at the bottom, with how many pages after
  the first were read at their offset instead of after the previous page (keyset paging);
* the resident set size: its growth while scrolling ours, against the baseline.

Baseline, same run, same view: a plain in-memory model holding all 100,000 rows read at once
(what "fetching all rows" costs: the load time and memory), scrolled the same way.

The store is built once through the services (~100 s) and kept in
$EVALDESK_BENCH_LEDGER (default: <tmp>/evaldesk-bench-ledger-100k) for later runs.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "ui"))

TOTAL = 100_000
PAGE = 200
MAX_PAGES = 50
#: A step that reads a page from SQLite and paints it, against one that only paints rows
#: already in memory: at most this many times slower at the 95th percentile (default sort).
P95_RATIO_TARGET = 3.0


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _store() -> Any:
    from records_data import YEAR, build_ledger_store

    from evaldesk.store import open_store, store_exists

    folder = Path(
        os.environ.get("EVALDESK_BENCH_LEDGER")
        or Path(tempfile.gettempdir()) / "evaldesk-bench-ledger-100k"
    )
    data = folder / "data"
    if store_exists(data):
        store = open_store(data, auto_backup=False)
        if store.ledger.total(YEAR) == TOTAL:
            return store
        store.close()
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    t0 = time.perf_counter()
    store, _ = build_ledger_store(data, TOTAL)
    print(f"built the 100,000-entry store in {time.perf_counter() - t0:.0f} s ({data})")
    return store


def _scroll_to_bottom(app: Any, view: Any, model: Any) -> list[float]:
    """Drag the scrollbar to the bottom until everything is known; ms per step."""
    bar = view.verticalScrollBar()
    steps: list[float] = []
    while True:
        t0 = time.perf_counter()
        bar.setValue(bar.maximum())  # at the bottom the view calls fetchMore
        app.processEvents()
        view.viewport().repaint()
        steps.append((time.perf_counter() - t0) * 1000)
        if not model.canFetchMore() and bar.value() == bar.maximum():
            return steps


def _stats(steps: list[float]) -> tuple[float, float]:
    ordered = sorted(steps)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


class _AllRows:
    """Baseline: every row read at once into a plain list model."""

    @staticmethod
    def make(store: Any, year: int) -> Any:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

        from evaldesk.services.ledger_table import LedgerQuery

        rows = store.ledger.search(LedgerQuery(year=year, limit=None))

        class Model(QAbstractTableModel):
            def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() else len(rows)

            def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() else 9

            def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
                if role != Qt.ItemDataRole.DisplayRole:
                    return None
                rec = rows[index.row()]
                values = (
                    rec.id,
                    rec.source,
                    rec.title,
                    rec.responsible,
                    rec.received_date.isoformat(),
                    rec.deadline.isoformat(),
                    rec.status,
                    rec.done_date.isoformat() if rec.done_date else "",
                    rec.item_code or "",
                )
                return values[index.column()]

            def canFetchMore(self, parent: Any = QModelIndex()) -> bool:  # noqa: B008
                return False

        return Model()


def _scroll_baseline(app: Any, view: Any) -> list[float]:
    """Same view, all rows known: move by one page of rows per step, painting each."""
    bar = view.verticalScrollBar()
    steps = []
    value = 0
    while value < bar.maximum():
        value = min(bar.maximum(), value + PAGE)
        t0 = time.perf_counter()
        bar.setValue(value)
        app.processEvents()
        view.viewport().repaint()
        steps.append((time.perf_counter() - t0) * 1000)
    return steps


class _PageTimes:
    """Times the model's page reads (ledger_table.page / page_after) in this process."""

    def __init__(self) -> None:
        from evaldesk.services import ledger_table

        self.samples: list[float] = []
        for name in ("page", "page_after"):
            real = getattr(ledger_table, name)
            setattr(ledger_table, name, self._timed(real))

    def _timed(self, real: Any) -> Any:
        def timed(*args: Any) -> Any:
            t0 = time.perf_counter()
            found = real(*args)
            self.samples.append((time.perf_counter() - t0) * 1000)
            return found

        return timed


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView
    from records_data import TODAY, YEAR

    from evaldesk.ui.models.ledger_model import COL_ID, COL_TITLE, LedgerTableModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = _store()
    reads = _PageTimes()
    view = QTableView()
    view.resize(1400, 900)
    view.setSortingEnabled(True)
    view.show()
    app.processEvents()

    ok = True
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    model = LedgerTableModel(store, YEAR, page_size=PAGE, max_pages=MAX_PAGES, today=TODAY)
    view.setModel(model)
    app.processEvents()
    view.viewport().repaint()
    first = (time.perf_counter() - t0) * 1000
    print(
        f"ledger: {model.totals.matching} entries; first page shown in {first:.1f} ms, "
        f"rows read: {model.rows_fetched}"
    )
    ok &= model.rows_fetched <= PAGE

    results: dict[str, tuple[float, float]] = {}
    peak_resident = 0
    for label, column, order in (
        ("received date (default)", None, None),
        ("title, descending", COL_TITLE, Qt.SortOrder.DescendingOrder),
        ("No., descending", COL_ID, Qt.SortOrder.DescendingOrder),
    ):
        if column is not None:
            view.sortByColumn(column, order)
            app.processEvents()
        before = model.rows_fetched
        at_offset = getattr(model, "offset_queries", 0)  # (not counted before keyset paging)
        reads.samples.clear()
        steps = _scroll_to_bottom(app, view, model)
        read = sorted(reads.samples)
        bottom = statistics.median(reads.samples[-20:])
        peak_resident = max(peak_resident, model.resident_rows)
        med, p95 = _stats(steps)
        results[label] = (med, p95)
        print(
            f"sort by {label}: {len(steps)} steps to the bottom; per page median {med:.1f} ms, "
            f"p95 {p95:.1f} ms, max {max(steps):.1f} ms; rows read {model.rows_fetched - before}, "
            f"rows held at the end {model.resident_rows} (cap {PAGE * MAX_PAGES})"
        )
        print(
            f"    store reads: {len(read)} pages, median {statistics.median(read):.1f} ms, "
            f"the last 20 (rows ~96,000-100,000) median {bottom:.1f} ms; pages read at an "
            f"offset: {getattr(model, 'offset_queries', 0) - at_offset}"
        )
    rss_ours = _rss_mb() - rss0
    ok &= peak_resident <= PAGE * MAX_PAGES

    view.setModel(None)
    rss1 = _rss_mb()
    t0 = time.perf_counter()
    baseline_model = _AllRows.make(store, YEAR)
    view.setModel(baseline_model)
    app.processEvents()
    view.viewport().repaint()
    load = (time.perf_counter() - t0) * 1000
    base_steps = _scroll_baseline(app, view)
    rss_base = _rss_mb() - rss1
    bmed, bp95 = _stats(base_steps)
    print(
        f"baseline (all {TOTAL} rows read at once): first paint after {load:.0f} ms; "
        f"per page median {bmed:.1f} ms, p95 {bp95:.1f} ms"
    )
    med, p95 = results["received date (default)"]
    print(
        f"ratios (ours / baseline): first paint {first / load:.3f}, per page median "
        f"{med / bmed:.1f}, p95 {p95 / bp95:.1f}"
    )
    print(f"RSS growth: ours {rss_ours:.0f} MB after scrolling twice; baseline {rss_base:.0f} MB")
    print(f"peak RSS of the process: {_peak_mb():.0f} MB")
    ok &= p95 <= P95_RATIO_TARGET * bp95
    ok &= rss_ours <= max(rss_base, 1.0)
    print(
        "targets: one page at construction, at most "
        f"{PAGE * MAX_PAGES} rows held, p95 per page <= {P95_RATIO_TARGET:.0f}x baseline "
        "(default sort), "
        f"RSS growth <= baseline's: {'met' if ok else 'MISSED'}"
    )
    store.close()
    return 0 if ok else 1


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    raise SystemExit(main())
