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
