"""The export view (导出): the form's checks, progress, cancel and the result.

Every export runs the real service (``evaldesk.services.export.export_year``) on a fresh copy
of the demo office: a real package is written, or on cancel nothing is left in the folder.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import zipfile
from pathlib import Path

import pytest

from evaldesk.errors import Cancelled
from evaldesk.ui.views.export import ExportView


@pytest.fixture
def view(qtbot, ctx) -> ExportView:
    widget = ExportView(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def test_first_export_asks_for_the_passphrase_twice_and_checks_the_form(
    view, ctx, tmp_path
) -> None:
    assert view.creating_key
    assert view.repeat_edit.isVisibleTo(view)
    assert str(ctx.year) in view.out_edit.text() and view.out_edit.text().endswith(".zip")
    view.out_edit.setText(str(tmp_path / "package.txt"))
    view.passphrase_edit.setText("short")
    assert view.start() is None
    assert "must end in .zip" in view.error_text("out")
    assert "at least" in view.error_text("passphrase")
    view.out_edit.setText(str(tmp_path / "no-such-folder" / "p.zip"))
    view.passphrase_edit.setText("correct horse battery")
    view.repeat_edit.setText("correct horse batterY")
    assert view.start() is None
    assert "does not exist" in view.error_text("out")
    assert "differ" in view.error_text("repeat")
    assert view.error_text("passphrase") == ""


def _fill(view: ExportView, out: Path) -> None:
    view.out_edit.setText(str(out))
    view.passphrase_edit.setText("correct horse battery")
    view.repeat_edit.setText("correct horse battery")


def test_cancel_stops_the_export(qtbot, view, tmp_path, shown_errors, monkeypatch) -> None:
    # The demo exports in well under a second: the worker holds after its first step until
    # Cancel was clicked, so the click always lands while the export runs.
    clicked = threading.Event()
    steps: list[str] = []

    def held_step(progress, done, total, text) -> None:
        ExportView.report_step(progress, done, total, text)  # raises once cancelled
        steps.append(text)
        clicked.wait(10)

    monkeypatch.setattr(view, "report_step", held_step)
    folder = tmp_path / "out"
    folder.mkdir()
    _fill(view, folder / "cancelled.zip")
    op = view.start()
    assert op is not None
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=60_000)
    view.cancel_button.click()
    clicked.set()
    assert op.wait(60_000)
    assert isinstance(op.error, Cancelled)
    assert len(steps) == 1  # stopped at the next step, not after the whole package
    assert "cancelled" in view.status.text().lower() or "取消" in view.status.text()
    assert list(folder.iterdir()) == []  # neither the package nor its temporary file
    assert shown_errors == []
    assert view.export_button.isEnabled() and not view.cancel_button.isEnabled()


def test_the_demo_exports_a_signed_package_with_progress(view, ctx, tmp_path, shown_errors) -> None:
    seen: list[int] = []
    view.progress.valueChanged.connect(seen.append)
    out = tmp_path / "包.zip"
    _fill(view, out)
    op = view.start()
    assert op is not None and view.cancel_button.isEnabled() and not view.export_button.isEnabled()
    assert op.wait(120_000) and op.error is None, op.error
    assert seen and seen[-1] == view.progress.maximum() > 0  # it advanced to the end
    assert view.result.path == out and zipfile.is_zipfile(out)
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", view.result.package_id)
    assert view.result.package_id in view.status.text()
    assert view.passphrase_edit.text() == "" and view.repeat_edit.text() == ""
    assert view.export_button.isEnabled() and not view.cancel_button.isEnabled()
    assert shown_errors == []
    assert not view.creating_key  # the key now exists: next time the passphrase is asked once
    assert not view.repeat_edit.isVisibleTo(view)
    # Through the window's own store: the audit log names the person who exported.
    db = sqlite3.connect(Path(ctx.data_dir) / "evaldesk.sqlite3")
    exported = db.execute(
        "SELECT actor, entity_id FROM audit_log WHERE action = 'export'"
    ).fetchall()
    db.close()
    assert exported == [(ctx.actor.name, view.result.package_id)]


# ---------------------------------------------------------------------- draft or final


def test_the_view_says_plainly_whether_the_package_is_a_draft_and_why(view, ctx, qtbot) -> None:
    from evaldesk.services import approvals

    text = view.package_status.text()
    assert "DRAFT (草稿)" in text and "the full year is not approved by the head" in text
    assert "needs the head's approval of the whole year" in text
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        approvals.approve(ctx.store, ctx.actor, ctx.year, 0, "同意报送")
    text = view.package_status.text()
    assert "This package will be final." in text and "DRAFT" not in text
    assert "The whole year was approved by" in text


def _export_and_wait(qtbot, view: ExportView, out: Path) -> None:
    _fill(view, out)
    op = view.start()
    assert op is not None and op.wait(120_000)
    qtbot.waitUntil(lambda: view.export_button.isEnabled(), timeout=10_000)


def _tamper(ctx) -> None:
    db = sqlite3.connect(Path(ctx.data_dir) / "evaldesk.sqlite3")
    with db:
        db.execute("UPDATE office SET name = name || '（改）'")
    db.close()


def _refused_by_check(open_ctx, qtbot, shown_errors, user: str, out: Path) -> ExportView:
    """The export view of ``user`` after an export the data check refused."""
    from evaldesk.errors import CheckFailed

    ctx = open_ctx(user)
    _tamper(ctx)
    view = ExportView(ctx)
    qtbot.addWidget(view)
    assert view.override_box.isHidden()  # offered only once check has found a difference
    _export_and_wait(qtbot, view, out)
    assert isinstance(shown_errors[-1], CheckFailed) and not out.exists()
    assert not view.override_box.isHidden()
    return view


def test_only_a_head_gets_the_override_reason_when_check_fails(
    open_ctx, qtbot, tmp_path, shown_errors
) -> None:
    view = _refused_by_check(open_ctx, qtbot, shown_errors, "clerk", tmp_path / "clerk.zip")
    assert not view.override_edit.isEnabled()
    assert "head" in view.override_note.text() and "clerk" in view.override_note.text()
    assert view.override_reason() is None


def test_a_heads_override_reason_is_printed_in_the_package(
    open_ctx, qtbot, tmp_path, shown_errors
) -> None:
    import subprocess

    out = tmp_path / "head.zip"
    view = _refused_by_check(open_ctx, qtbot, shown_errors, "head", out)
    assert view.override_edit.isEnabled() and view.override_note.isHidden()
    view.override_edit.setText("信息中心修复数据库后已逐项核对")
    _export_and_wait(qtbot, view, out)
    assert view.result is not None and view.result.path == out, shown_errors
    assert "DRAFT" in view.status.text()  # the demo's year is not approved
    assert view.override_box.isHidden()
    with zipfile.ZipFile(out) as zf:
        pdf = zf.read("head/data/report.pdf")
        info = zf.read("head/bag-info.txt").decode("utf-8")
    assert "信息中心修复数据库后已逐项核对" in info
    (tmp_path / "r.pdf").write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    assert "数据核对例外" in flat and "理由：信息中心修复数据库后已逐项核对" in flat
