"""The export view (导出): the form's checks, progress and cancel, and the real export service.

``evaldesk.services.export.export_year`` is written on the export branch. Until it is part of
this build, the progress/cancel wiring is exercised with a stand-in module that has the agreed
signature (skipped once the real service exists); the end-to-end test runs the real service
and is skipped while it is missing.
"""

from __future__ import annotations

import sys
import threading
import types
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from evaldesk.errors import Cancelled
from evaldesk.services import export_prep
from evaldesk.ui.views.export import ExportView

REAL_SERVICE = export_prep.available()


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


@pytest.mark.skipif(REAL_SERVICE, reason="the real export service is present")
def test_without_the_export_service_the_view_says_so(view) -> None:
    assert view.unavailable.isVisibleTo(view)
    assert not view.export_button.isEnabled()


@dataclass
class _Result:
    path: Path
    package_id: str = "ABCD-EF01-2345-6789"
    fingerprint: str = "0123abcd"
    warnings: tuple[str, ...] = ()


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch):
    """A stand-in for the missing service with its agreed signature, holding at a gate."""
    gate = threading.Event()
    calls: list[tuple] = []

    def export_year(data_dir, year, out, passphrase, *, progress=None, cancel=None):
        calls.append((data_dir, year, out, passphrase))
        for step in range(1, 101):
            if cancel and cancel():
                raise Cancelled("export cancelled; nothing was written")
            if progress:
                progress(step, 100, f"evidence {step}")
            if step == 50:
                gate.wait(10)
        out.write_bytes(b"PK")
        return _Result(out)

    module = types.ModuleType("evaldesk.services.export")
    module.export_year = export_year
    monkeypatch.setitem(sys.modules, "evaldesk.services.export", module)
    return gate, calls


@pytest.mark.skipif(REAL_SERVICE, reason="the real export service is tested below")
def test_progress_and_result_through_the_view(qtbot, view, ctx, tmp_path, stand_in) -> None:
    gate, calls = stand_in
    view.refresh_state()
    out = tmp_path / "包.zip"
    view.out_edit.setText(str(out))
    view.passphrase_edit.setText("correct horse battery")
    view.repeat_edit.setText("correct horse battery")
    op = view.start()
    assert op is not None and view.cancel_button.isEnabled() and not view.export_button.isEnabled()
    qtbot.waitUntil(lambda: view.progress.value() >= 50, timeout=5000)
    gate.set()
    assert op.wait()
    assert calls == [(Path(ctx.data_dir), ctx.year, out, b"correct horse battery")]
    assert "ABCD-EF01-2345-6789" in view.status.text()
    assert view.passphrase_edit.text() == ""
    assert view.export_button.isEnabled() and not view.cancel_button.isEnabled()


@pytest.mark.skipif(REAL_SERVICE, reason="the real export service is tested below")
def test_cancel_stops_the_export(qtbot, view, tmp_path, stand_in, shown_errors) -> None:
    gate, _calls = stand_in
    view.refresh_state()
    out = tmp_path / "cancelled.zip"
    view.out_edit.setText(str(out))
    view.passphrase_edit.setText("correct horse battery")
    view.repeat_edit.setText("correct horse battery")
    op = view.start()
    qtbot.waitUntil(lambda: view.progress.value() >= 50, timeout=5000)
    view.cancel_button.click()
    gate.set()
    assert op.wait()
    assert isinstance(op.error, Cancelled)
    assert "cancelled" in view.status.text().lower() or "取消" in view.status.text()
    assert not out.exists() and shown_errors == []


@pytest.mark.skipif(not REAL_SERVICE, reason="evaldesk.services.export is not in this build yet")
def test_the_demo_exports_a_signed_package(qtbot, view, ctx, tmp_path) -> None:
    out = tmp_path / "demo-package.zip"
    view.out_edit.setText(str(out))
    view.passphrase_edit.setText("correct horse battery")
    view.repeat_edit.setText("correct horse battery")
    op = view.start()
    assert op is not None and op.wait(120_000) and op.error is None
    assert out.is_file() and zipfile.is_zipfile(out)
    assert view.result.package_id in view.status.text()
    assert not view.creating_key  # the key now exists: next time the passphrase is asked once
    view.refresh_state()
    assert not view.repeat_edit.isVisibleTo(view)
