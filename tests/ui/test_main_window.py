"""The main window builds each view on first use, and a view that cannot be built fails loudly
(no "not available in this build" page that would hide an import bug)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

from evaldesk.ui import settings as cfg
from evaldesk.ui.main_window import VIEWS, MainWindow


def test_every_view_is_built_on_first_use(ctx, qtbot):
    window = MainWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    for spec in VIEWS:
        view = window.show_view(spec.key)
        assert not isinstance(view, QLabel)
        assert window.stack.currentWidget() is view
        assert window.view(spec.key) is view  # built once


def test_a_view_that_cannot_be_imported_fails_loudly(ctx, qtbot, monkeypatch):
    window = MainWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    # None in sys.modules makes the import fail, as a missing or broken module would.
    monkeypatch.setitem(sys.modules, "evaldesk.ui.views.export", None)
    with pytest.raises(ImportError):
        window.show_view("export")
    assert "export" not in window.views
    row = next(i for i, spec in enumerate(VIEWS) if spec.key == "export")
    # Chosen in the navigation, the error reaches the exception hook (logged, error dialog).
    with qtbot.capture_exceptions() as raised:
        window.nav.setCurrentRow(row)
    assert [kind for kind, _exc, _traceback in raised] == [ModuleNotFoundError]
    assert "export" not in window.views
