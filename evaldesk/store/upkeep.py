"""The daily upkeep of a store, on a worker thread: the full page check, then the backup.

On the first open of a day the whole file is checked (``PRAGMA quick_check``) and then copied
into backups/auto/ (evaldesk.store.backup). The command line does both before ``open_store``
returns. The GUI would wait about half a second for them on a 100,000-entry store, so it opens
with ``background_maintenance=True`` and they run here, after the open, with connections of
their own:

* a file that changed outside a clean close is still checked in full *before* the open
  returns (nothing trusts its data before that); what moves here is the check that only
  guards the backup rotation of a file EvalDesk itself closed cleanly, plus the copy;
* a backup before a schema upgrade stays on the open path (open_store);
* the check comes first, so a damaged file never pushes a good backup out of the rotation.
  Damage is reported (``UpkeepReport.problems``, ``Store.warnings``, the callback) and the
  clean-close stamp is dropped, so the next open checks in full and refuses with the way back;
* the copy is one consistent snapshot while the app keeps writing (backup.copy_database);
* ``stop()`` (called by ``Store.close``) ends the check or the copy within one step and waits
  for the thread; nothing partial is left behind, and the next open of the day takes the backup.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from evaldesk.errors import Cancelled, StoreError
from evaldesk.messages import Message, msg, plain, semicolons, texts
from evaldesk.store import backup, health
from evaldesk.store.backup import CopyProgress
from evaldesk.store.paths import DataPaths

log = logging.getLogger("evaldesk.store.upkeep")


@dataclass(frozen=True)
class UpkeepReport:
    checked: bool  # the full page check ran here and finished
    backup: Path | None = None  # the automatic backup written
    problems: tuple[Message, ...] = ()  # damage the check found (then no backup was taken)
    hint: Message | None = None  # how to get the data back, when damaged
    error: Message | None = None  # the backup could not be written (disk full, permissions ...)
    stopped: bool = False  # the store was closed before the upkeep finished
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems and self.error is None

    def as_error(self) -> StoreError | None:
        """The outcome as one error to show (None when all went well or it was stopped)."""
        if self.problems:
            return StoreError(self._damaged(), hint=self.hint)
        if self.error is not None:
            return StoreError(self._failed(self.error))
        return None

    def _damaged(self) -> Message:
        return msg("store.damaged_daily", problems=semicolons(self.problems[:3]))

    @staticmethod
    def _failed(error: Message) -> Message:
        return msg("store.backup_failed_today", error=error)

    def messages(self) -> list[Message]:
        """What the person should be told (empty when all went well or it was stopped)."""
        found = []
        if self.problems:
            found.append(self._damaged())
            if self.hint is not None:
                found.append(self.hint)
        if self.error is not None:
            found.append(self._failed(self.error))
        return found


OnDone = Callable[[UpkeepReport], None]


class Upkeep:
    """One run of the daily check and backup on its own thread (start, wait, stop)."""

    def __init__(
        self,
        paths: DataPaths,
        *,
        check_first: bool,
        keep: int = backup.DEFAULT_KEEP,
        on_done: OnDone | None = None,
        progress: CopyProgress | None = None,
        pages: int = backup.STEP_PAGES,
    ) -> None:
        self.paths = paths
        self.check_first = check_first
        self.keep = keep
        self._on_done = on_done
        self._progress = progress
        self._pages = pages
        self._stop = threading.Event()
        self._done = threading.Event()
        self._report: UpkeepReport | None = None
        self._thread = threading.Thread(target=self._run, name="evaldesk-upkeep", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def report(self) -> UpkeepReport | None:
        """The outcome once finished (None while it runs)."""
        return self._report if self._done.is_set() else None

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> UpkeepReport | None:
        self._done.wait(timeout)
        return self.report

    def stop(self, timeout: float | None = 30.0) -> UpkeepReport | None:
        """Ask the work to end at its next step and wait for the thread."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        return self.report

    def _stopping(self) -> bool:
        return self._stop.is_set()

    def _step(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Cancelled(msg("backup.stopped"))
        if self._progress is not None:
            self._progress(done, total)

    def _run(self) -> None:
        started = time.monotonic()
        try:
            report = self._work()
        except Exception as exc:  # a worker reports; it never dies silently
            log.exception("daily upkeep failed")
            report = UpkeepReport(False, error=plain(f"{type(exc).__name__}: {exc}"))
        self._finish(replace(report, seconds=time.monotonic() - started))

    def _work(self) -> UpkeepReport:
        checked = False
        try:
            if self.check_first:
                found = health.problems(self.paths, stop=self._stopping)
                checked = True
                if found:
                    # The next open must not trust the file: it checks in full and refuses.
                    health.forget_clean_close(self.paths)
                    log.error("daily check: %s", "; ".join(texts(found, "en")))
                    hint = health.restore_hint(self.paths)
                    return UpkeepReport(checked, problems=tuple(found), hint=hint)
            if self._stop.is_set():
                raise Cancelled(msg("backup.stopped_before"))
            saved = backup.take_auto_backup(
                self.paths, "daily", self.keep, progress=self._step, pages=self._pages
            )
        except Cancelled:
            return UpkeepReport(checked, stopped=True)
        except StoreError as exc:
            log.error("daily backup failed: %s", exc)
            return UpkeepReport(checked, error=exc.msg)
        log.info("daily backup written to %s", saved)
        return UpkeepReport(checked, backup=saved)

    def _finish(self, report: UpkeepReport) -> None:
        self._report = report
        self._done.set()
        if self._on_done is not None:
            try:
                self._on_done(report)
            except Exception:
                log.exception("the upkeep callback failed")
