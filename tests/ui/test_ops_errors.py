"""Background work through ops.run_op, and the one error path (dialog, report, hook)."""

from __future__ import annotations

import sys
import threading
import time
from datetime import date
from pathlib import Path

from evaldesk.errors import Cancelled, Locked
from evaldesk.ui import errors, ops
from evaldesk.ui.dialogs.error import ErrorDialog


def test_result_progress_and_a_single_announcement_of_what_changed(open_ctx, qtbot):
    from evaldesk.services import ledger
    from evaldesk.store import LedgerFields

    ctx = open_ctx("clerk")
    total = ctx.store.ledger.total(ctx.year)
    announced: list[set[str]] = []
    ctx.changed.connect(announced.append)
    on_thread: list[bool] = []

    def work(progress: ops.Progress) -> int:
        on_thread.append(threading.current_thread() is not threading.main_thread())
        for n in range(3):
            progress.report(n, 3, f"entry {n}")
            day = date(ctx.year, 12, 2 + n)  # quarters 1-3 of the demo year are locked
            ledger.add_entry(
                ctx.store,
                ctx.actor,
                ctx.year,
                LedgerFields(
                    source="public", title=f"群众反映 {n}", received_date=day, deadline=day
                ),
            )
        return 3

    done: list[int] = []
    op = ops.run_op(None, work, title="import", ctx=ctx, on_done=done.append)
    assert op.wait(10_000)
    assert done == [3] and on_thread == [True]
    assert announced == [{"ledger"}]  # three writes, announced once
    assert ctx.store.ledger.total(ctx.year) == total + 3


def test_cancel_reaches_the_work_and_is_quiet(qtbot, shown_errors):
    started = threading.Event()

    def work(progress: ops.Progress) -> None:
        started.set()
        while True:
            progress.report(0)
            time.sleep(0.005)

    cancelled: list[bool] = []
    op = ops.run_op(None, work, title="long", on_cancel=lambda: cancelled.append(True))
    assert started.wait(5)
    op.cancel()
    assert op.wait(5000)
    assert isinstance(op.error, Cancelled) and cancelled == [True]
    assert shown_errors == []
    assert ops.running() == 0


def test_an_error_in_the_work_goes_to_the_error_dialog(qtbot, shown_errors):
    def work(_progress: ops.Progress) -> None:
        raise Locked("quarter 1 of 2026 was approved and is locked")

    op = ops.run_op(None, work, title="x")
    assert op.wait(5000)
    assert [type(e) for e in shown_errors] == [Locked]


def test_error_dialog_for_a_bug_saves_a_report(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("EVALDESK_LOG_DIR", str(tmp_path))
    try:
        raise ZeroDivisionError("division by zero in a view")
    except ZeroDivisionError as exc:
        dialog = ErrorDialog(exc, sys.exc_info())
    qtbot.addWidget(dialog)
    assert dialog.is_bug and dialog.save_button is not None
    path = dialog.save_report()
    text = Path(path).read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero in a view" in text
    assert dialog.saved.isVisibleTo(dialog) and path in dialog.saved.text()


def test_error_dialog_for_a_refusal_shows_the_message_and_the_problems(qtbot):
    from evaldesk.errors import FactsError

    exc = FactsError("two problems", ["一.1: unknown line 'x'", "一.2: must not be negative"])
    dialog = ErrorDialog(exc)
    qtbot.addWidget(dialog)
    assert not dialog.is_bug and dialog.save_button is None
    assert "must not be negative" in dialog.details.toPlainText()


def test_exception_hook_shows_instead_of_crashing(qtbot, shown_errors):
    restore = errors.install_excepthook()
    try:
        try:
            raise RuntimeError("a bug in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        restore()
    assert [str(e) for e in shown_errors] == ["a bug in a slot"]


def test_no_garbage_is_collected_on_a_worker_and_what_was_garbage_goes_first(qtbot):
    """Cyclic garbage holding Qt wrappers, freed by the collector on a worker thread, crashed
    PySide6 6.11 (runDeletionInMainThread): the collector is off while work runs, after the
    garbage of before was collected on the GUI thread."""
    import gc
    import weakref

    from PySide6.QtWidgets import QLabel

    class Holder:
        pass

    holder = Holder()
    holder.me = holder  # a cycle: only the collector frees it
    holder.label = QLabel("left by an earlier window")
    gone = weakref.ref(holder)
    del holder
    seen: list[bool] = []

    def work(progress: ops.Progress) -> None:
        seen.append(gc.isenabled())
        seen.append(gone() is None)

    assert gc.isenabled()
    op = ops.run_op(None, work, title="work")
    assert op.wait(5000) and op.error is None
    assert seen == [False, True]  # off on the worker, the old cycle already freed
    assert gc.isenabled()  # on again once no work runs


def test_an_op_meant_to_run_unseen_shows_no_progress_dialog_after_four_seconds(qtbot):
    """QProgressDialog shows itself 4 s after it is made (a timer of its constructor): the
    receiving office's state, computed unseen while the person signs in, popped up a modal
    progress dialog over the login dialog on a slow machine. Only show_after_ms decides."""
    gate = threading.Event()
    unseen = ops.run_op(None, lambda _p: gate.wait(20), title="unseen", show_after_ms=-1)
    seen = ops.run_op(None, lambda _p: gate.wait(20), title="seen", show_after_ms=0)
    qtbot.wait(4500)  # Qt's own timer would have fired by now
    try:
        assert not unseen.dialog.isVisible()
        assert seen.dialog.isVisible()  # an op meant to be seen still is
    finally:
        gate.set()
        assert unseen.wait() and seen.wait()
