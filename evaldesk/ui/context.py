"""AppContext: what every view of the main window shares, and the one "what changed" signal.

Views never touch the store directly: they call services with ``ctx.store`` and ``ctx.actor``
and refresh when ``changed`` fires. The store notifies its listeners (with the audit events of
each committed write) on whatever thread wrote; the context collects them in an inbox and
announces them on the GUI thread, so a write from a background job refreshes the views safely
(STYLE.md habit 4). A worker thread never calls Qt here: it only appends to the inbox, which
the GUI thread drains (PySide6 6.12.0 corrupts reference counts when a signal is emitted from
another thread).

The live score is kept by ``evaldesk.services.live.LiveScore``, which hears every write's
changes itself; ``report()`` returns the newest ScoreReport and ``score_changed`` fires whenever
it may have moved.

Background work (``evaldesk.ui.ops``) holds the context while it runs: the changes it makes are
collected and reported once, with one rescore, when it ends.
"""

from __future__ import annotations

import threading
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from evaldesk.services.changes import SCORING_KINDS, Changes

if TYPE_CHECKING:
    from evaldesk.rubrics.model import Rubric
    from evaldesk.scoring.facts import Facts
    from evaldesk.scoring.report import ScoreReport
    from evaldesk.services.live import LiveScore

#: Kinds of change carried by ``AppContext.changed`` (see evaldesk.services.changes).
KINDS = frozenset(
    {"facts", "ledger", "dispatch", "evidence", "review", "approval", "office", "year", "users"}
)


class AppContext(QObject):
    """One open data folder, one logged-in user, one assessment year."""

    #: Emitted on the GUI thread with the set of kinds that changed (see KINDS).
    changed = Signal(object)
    #: Emitted on the GUI thread with the new ScoreReport after any change that can move it.
    score_changed = Signal(object)
    #: Internal: "the inbox has news", emitted on the GUI thread only, delivered queued.
    _events = Signal(object)
    #: How often events written by other threads are picked up when nothing else drains them.
    POLL_MS = 250

    def __init__(
        self,
        data_dir: Path,
        store: Any,
        actor: Any,
        year: int,
        parent: QObject | None = None,
        *,
        live: Any = None,
    ) -> None:
        """``live``: a LiveScore of ``year`` made beforehand (e.g. while the window painted)."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.store = store
        self.actor = actor
        self.year = year
        self._live: LiveScore | None = live
        #: Undo/redo of edits made in any view (evaldesk.ui.undo holds the commands).
        self.undo = QUndoStack(self)
        self._report: ScoreReport | None = None
        self._facts: Facts | None = None
        self._held = 0
        self._held_kinds: set[str] = set()
        #: True once closed: nothing may start work on this store any more.
        self.closed = False
        self._gui_thread = threading.get_ident()
        self._inbox: deque[Changes] = deque()
        self._events.connect(self._on_events, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = store.subscribe(self._on_store_changes)
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self.drain)
        self._poll.start()

    @property
    def live(self) -> LiveScore:
        """The unit's live score of ``year``, made on first use: a receiving office's window
        never asks for it (and making it took 50 ms of its start)."""
        if self._live is None:
            from evaldesk.services.live import LiveScore

            self._live = LiveScore(self.store, self.year)
        return self._live

    # ------------------------------------------------------------------ rubric

    @property
    def rubric(self) -> Rubric:
        """The rubric the current year is scored with (the copy pinned in the store)."""
        return self.live.loaded.rubric

    @property
    def rubric_sha256(self) -> str:
        return str(self.live.loaded.sha256)

    # ------------------------------------------------------------------ score

    def report(self) -> ScoreReport:
        """The current live ScoreReport (computed on first use, then kept current)."""
        if self._report is None:
            self._report = self._score()
        return self._report

    def facts(self) -> Facts:
        """The facts the current report was computed from."""
        if self._facts is None:
            self.report()
        assert self._facts is not None
        return self._facts

    def _score(self) -> ScoreReport:
        report, self._facts = self.live.snapshot()
        return report

    def rescore(self) -> ScoreReport:
        self._report = self._score()
        self.score_changed.emit(self._report)
        return self._report

    # ------------------------------------------------------------------ changes

    def _on_store_changes(self, changes: Changes) -> None:
        """Store listener; runs on the thread that wrote."""
        self._inbox.append(changes)
        if threading.get_ident() == self._gui_thread:
            self._events.emit(None)  # drained in the next pass of the event loop

    @Slot(object)
    def _on_events(self, _news: object) -> None:
        self.drain()

    def drain(self) -> None:
        """Announce (or, while held, collect) what the store reported since the last drain."""
        kinds: set[str] = set()
        while self._inbox:
            kinds |= self._inbox.popleft().kinds
        if not kinds:
            return
        if self._held:
            self._held_kinds |= kinds
            return
        self._announce(kinds)

    def _announce(self, kinds: set[str]) -> None:
        self.changed.emit(kinds)
        if kinds & SCORING_KINDS:
            self.rescore()

    def hold(self) -> None:
        """Collect changes instead of announcing them (background work in progress)."""
        self._held += 1

    def release(self) -> None:
        """End a hold; what changed meanwhile is announced once."""
        self._held = max(0, self._held - 1)
        if self._held == 0 and self._held_kinds:
            kinds, self._held_kinds = self._held_kinds, set()
            self._announce(kinds)

    def set_year(self, year: int) -> None:
        from evaldesk.services.live import LiveScore

        if self._live is not None:
            self._live.close()
        self.year = year
        self._live = LiveScore(self.store, year)
        self._report = None
        self._facts = None
        self.undo.clear()  # the commands refer to the previous year's facts
        self.changed.emit({"year"})
        self.rescore()

    def close(self) -> None:
        from evaldesk.ui import ops

        self.closed = True
        ops.finish_all()  # no background work may outlive the store it reads
        self._poll.stop()
        self._unsubscribe()
        if self._live is not None:
            self._live.close()
