"""The Store: one object with named parts (store.ledger, store.evidence, store.audit ...).

    store = open_store(data_dir)
    with store.write("user:wang") as tx:
        store.ledger.add(tx, 2024, fields)
    store.ledger.search(LedgerQuery(year=2024, text="督导"))

Reads use short read transactions of their own. Writes go through ``store.write(actor)``:
one ``BEGIN IMMEDIATE`` transaction holding the change and its audit rows; after it commits,
listeners (the live score, the window) receive its :class:`~evaldesk.store.changes.Changes`.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from evaldesk.errors import EvalDeskError, InputError, NotFound, StoreError
from evaldesk.messages import Message, msg
from evaldesk.messages.os_error import os_error
from evaldesk.store import backup, clock_check, health, migrate, search_index
from evaldesk.store.backup import CopyProgress
from evaldesk.store.blobs import DEFAULT_MAX_SIZE, BlobStore
from evaldesk.store.changes import Changes
from evaldesk.store.engine import make_engine, writer
from evaldesk.store.fs import JournalDecision, journal_decision
from evaldesk.store.inuse import FolderLock
from evaldesk.store.parts.approvals import ApprovalsPart
from evaldesk.store.parts.audit import AuditPart
from evaldesk.store.parts.collect import CollectPart
from evaldesk.store.parts.collect_packages import CollectPackagesPart
from evaldesk.store.parts.collect_scores import CollectScoresPart
from evaldesk.store.parts.comments import CommentsPart
from evaldesk.store.parts.dispatch import DispatchPart
from evaldesk.store.parts.evidence import EvidencePart
from evaldesk.store.parts.facts import FactsPart
from evaldesk.store.parts.ledger import LedgerPart
from evaldesk.store.parts.office import OfficePart
from evaldesk.store.parts.results import ResultsPart
from evaldesk.store.parts.trust import TrustPart
from evaldesk.store.parts.users import UsersPart
from evaldesk.store.parts.years import YearsPart
from evaldesk.store.paths import DataPaths
from evaldesk.store.sqlite_error import sqlite_error
from evaldesk.store.tx import Tx
from evaldesk.store.upkeep import OnDone, Upkeep

log = logging.getLogger("evaldesk.store")

Listener = Callable[[Changes], None]


class Store:
    def __init__(
        self,
        paths: DataPaths,
        engine: Engine,
        journal: JournalDecision,
        *,
        max_evidence_size: int = DEFAULT_MAX_SIZE,
    ) -> None:
        self.paths = paths
        self.engine = engine
        self.journal = journal
        self._read = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        self._write = sessionmaker(writer(engine), expire_on_commit=False)
        self._listeners: list[Listener] = []
        self._folder_lock = FolderLock(paths.root).shared()
        self._upkeep: Upkeep | None = None
        #: Text searches may use the FTS5 trigram index (evaldesk.store.search_index).
        self.text_index = False
        #: Things found at the open that the user should know (a clock that looks wrong).
        self.notices: list[Message] = []
        self.blobs = BlobStore(paths, max_evidence_size)
        self.office = OfficePart(self)
        self.years = YearsPart(self)
        self.facts = FactsPart(self)
        self.ledger = LedgerPart(self)
        self.dispatch = DispatchPart(self)
        self.evidence = EvidencePart(self)
        self.users = UsersPart(self)
        self.approvals = ApprovalsPart(self)
        self.comments = CommentsPart(self)
        self.audit = AuditPart(self)
        self.trust = TrustPart(self)
        #: The receiving office (issue 18), and on a unit's side the results it sent back.
        self.collect = CollectPart(self)
        self.collect_packages = CollectPackagesPart(self)
        self.collect_scores = CollectScoresPart(self)
        self.results = ResultsPart(self)

    @property
    def data_dir(self) -> Path:
        return self.paths.root

    @property
    def warnings(self) -> list[Message]:
        """Things the user should know about this store: it is on a network share; the daily
        check found damage or the daily backup failed (background maintenance)."""
        found = [self.journal.reason] if self.journal.reason else []
        found.extend(self.notices)
        report = self._upkeep.report if self._upkeep is not None else None
        if report is not None:
            found.extend(report.messages())
        return found

    @property
    def maintenance(self) -> Upkeep | None:
        """The daily check and backup running after a background-maintenance open, or None."""
        return self._upkeep

    def start_maintenance(
        self,
        *,
        check_first: bool,
        keep: int = backup.DEFAULT_KEEP,
        on_done: OnDone | None = None,
        progress: CopyProgress | None = None,
        pages: int = backup.STEP_PAGES,
    ) -> Upkeep:
        """Run the daily check (``check_first``) and backup on a worker thread now; see
        evaldesk.store.upkeep. ``close()`` stops it."""
        if self._upkeep is not None and self._upkeep.running:
            raise StoreError(msg("store.maintenance_running"))
        upkeep = Upkeep(
            self.paths,
            check_first=check_first,
            keep=keep,
            on_done=on_done,
            progress=progress,
            pages=pages,
        )
        self._upkeep = upkeep
        upkeep.start()
        return upkeep

    def _damaged(self, exc: DBAPIError) -> StoreError | None:
        if health.is_corruption(exc.orig):
            found = [msg("store.damaged", path=str(self.paths.db), error=sqlite_error(exc.orig))]
            return health.damaged(self.paths, found, on_open=False)
        return None

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read()
        try:
            yield session
        except DBAPIError as exc:
            found = self._damaged(exc)
            if found is not None:
                raise found from None
            raise
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self, actor: str) -> Iterator[Tx]:
        """One atomic change with its audit rows. Errors roll everything back."""
        session = self._write()
        tx = Tx(session, actor)
        try:
            yield tx
            session.commit()
        except EvalDeskError:
            session.rollback()
            raise
        except IntegrityError as exc:
            session.rollback()
            raise InputError(msg("store.refused", error=sqlite_error(exc.orig))) from None
        except DBAPIError as exc:
            session.rollback()
            raise self._damaged(exc) or StoreError(
                msg("store.write_failed", error=sqlite_error(exc.orig))
            ) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        changes = tx.changes()
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changes)`` after every committed write of this Store object."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def close(self) -> None:
        """Stop the daily upkeep (a stopped backup is taken on the next open), then close."""
        damaged = False
        if self._upkeep is not None:
            report = self._upkeep.stop()
            damaged = report is not None and bool(report.problems)
        self._listeners.clear()
        self.engine.dispose()
        if not damaged:  # a damaged file must be checked in full on the next open
            health.record_clean_close(self.paths)
        self._folder_lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _note_clock(store: Store, *, record: bool) -> None:
    """A clock that looks wrong goes into ``Store.warnings`` (the app shows them at start) and,
    on an open that may write, into the audit log (once while it lasts)."""
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        found = clock_check.clock_warning(raw)  # type: ignore[arg-type]
        if found is None:
            return
        kind, message = found
        store.notices.append(message)
        log.warning("%s", message.text("en"))
        if not record or clock_check.already_recorded(raw, kind):  # type: ignore[arg-type]
            return
    with contextlib.suppress(EvalDeskError), store.write("system:clock") as tx:
        store.audit.record(
            tx, clock_check.ACTION, "clock", kind, {"kind": kind, "message": message.to_json()}
        )


def store_exists(data_dir: Path) -> bool:
    return DataPaths(Path(data_dir)).db.is_file()


def open_store(
    data_dir: Path | str,
    *,
    create: bool = False,
    auto_backup: bool = True,
    keep_backups: int = backup.DEFAULT_KEEP,
    max_evidence_size: int = DEFAULT_MAX_SIZE,
    background_maintenance: bool = False,
    on_maintenance: OnDone | None = None,
    daily_backup: bool = True,
) -> Store:
    """Open (or with ``create`` make) the store in ``data_dir``.

    Order matters: a damaged file is reported before anything touches it (and before a
    rotation could push the last good backup out); an older schema is backed up, then migrated.

    ``background_maintenance`` (the GUI): the first open of a day returns without waiting for
    the daily backup and, when EvalDesk closed the file cleanly, for its full page check; both
    run on a worker thread afterwards (evaldesk.store.upkeep: ``Store.maintenance``), and
    ``on_maintenance(report)`` is called on that thread when they end.

    ``daily_backup=False`` (commands that only read, such as ``evaldesk score``): the day's
    backup and its full check wait for the next open that may write; a read changes nothing
    a fresh copy would protect. A file not closed cleanly is still checked, and a schema
    upgrade is still backed up first.
    """
    paths = DataPaths(Path(data_dir))
    verified = False
    daily = False
    if paths.db.exists():
        health.refuse_read_only(paths)
        if not create:
            health.refuse_empty(paths)
        # The full page check when the file may be damaged, or before a backup on this path.
        # (A new store has nothing to back up: ``daily`` stays False.)
        daily = auto_backup and daily_backup and backup.daily_due(paths)
        verified = not health.unchanged_since_clean_close(paths) or (
            daily and not background_maintenance
        )
        health.ensure_healthy(paths, full=verified)
    elif create:
        try:
            paths.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                msg("store.cannot_create", path=str(paths.root), error=os_error(exc))
            ) from None
    else:
        raise NotFound(msg("store.no_data", path=str(paths.root), db=paths.db.name))
    decision = journal_decision(paths.root)
    if decision.reason:
        log.warning("%s", decision.reason.text("en"))
    engine = make_engine(paths.db, decision.mode)
    try:
        try:
            revision = migrate.current_revision(engine)
        except DBAPIError as exc:
            raise StoreError(
                msg("store.cannot_open_db", path=str(paths.db), error=sqlite_error(exc.orig))
            ) from None
        if migrate.needs_upgrade(revision):
            if revision is not None and not verified:
                health.ensure_healthy(paths, full=True)
            if revision is not None and auto_backup:
                saved = backup.take_auto_backup(
                    paths, f"before-upgrade-from-{revision}", keep_backups
                )
                log.info("backed up %s to %s before upgrading", paths.db, saved)
            migrate.upgrade(engine, revision)
            daily = False
        elif daily and not background_maintenance:
            backup.take_auto_backup(paths, "daily", keep_backups)
        text_index = search_index.reconcile(engine)
        backup.remove_stale_partials(paths.evidence_tmp)
        backup.remove_stale_partials(paths.auto_backups)
    except BaseException:
        engine.dispose()
        raise
    store = Store(paths, engine, decision, max_evidence_size=max_evidence_size)
    store.text_index = text_index
    _note_clock(store, record=daily_backup)
    if daily and background_maintenance:
        store.start_maintenance(check_first=not verified, keep=keep_backups, on_done=on_maintenance)
    return store
