"""AppContext: what every view of the main window shares, and the one "what changed" signal.

Views never touch the store directly: they call services with ``ctx.store`` and ``ctx.actor``
and refresh when ``changed`` fires. The store notifies its listeners (with the audit events of
each committed write) on whatever thread wrote; the context turns that into a Qt signal on the
GUI thread, so a write from a background job refreshes the views safely (STYLE.md habit 4).

The live score is kept by ``evaldesk.services.live.LiveScore``; ``report()`` returns the newest
ScoreReport and ``score_changed`` fires whenever it moved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

if TYPE_CHECKING:
    from evaldesk.scoring.report import ScoreReport

#: Kinds of change carried by ``AppContext.changed`` (audit entity names map onto these).
KINDS = frozenset(
    {"facts", "ledger", "dispatch", "evidence", "review", "approval", "office", "year", "users"}
)

_ENTITY_KIND = {
    "fact": "facts",
    "ledger_entry": "ledger",
    "dispatch": "dispatch",
    "evidence": "evidence",
    "evidence_link": "evidence",
    "comment": "review",
    "review": "review",
    "approval": "approval",
    "lock": "approval",
    "office": "office",
    "year": "year",
    "user": "users",
}


class AppContext(QObject):
    """One open data folder, one logged-in user, one assessment year."""

    #: Emitted on the GUI thread with the set of kinds that changed (see KINDS).
    changed = Signal(object)
    #: Emitted on the GUI thread with the new ScoreReport after any change that can move it.
    score_changed = Signal(object)
    #: Internal: carries store events from any thread to the GUI thread.
    _events = Signal(object)

    def __init__(
        self, data_dir: Path, store: Any, actor: Any, year: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        from evaldesk.services.live import LiveScore

        self.data_dir = data_dir
        self.store = store
        self.actor = actor
        self.year = year
        self.live = LiveScore(store, year)
        self._report: ScoreReport | None = None
        self._events.connect(self._on_events, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = store.subscribe(self._events.emit)

    # ------------------------------------------------------------------ score

    def report(self) -> ScoreReport:
        """The current live ScoreReport (computed on first use, then kept current)."""
        if self._report is None:
            self._report = self.live.score()
        return self._report

    def rescore(self) -> ScoreReport:
        self._report = self.live.score()
        self.score_changed.emit(self._report)
        return self._report

    # ------------------------------------------------------------------ changes

    @Slot(object)
    def _on_events(self, events: list[Any]) -> None:
        kinds = {_ENTITY_KIND.get(getattr(e, "entity", ""), "other") for e in events}
        self.changed.emit(kinds)
        if kinds & {"facts", "ledger", "dispatch", "evidence", "review", "office", "year", "other"}:
            self.rescore()

    def set_year(self, year: int) -> None:
        from evaldesk.services.live import LiveScore

        self.live.close()
        self.year = year
        self.live = LiveScore(self.store, year)
        self._report = None
        self.changed.emit({"year"})
        self.rescore()

    def close(self) -> None:
        self._unsubscribe()
        self.live.close()
