"""What waits for a person at import, done in the window (issue 18, finding 2): a package whose
unit cannot be told is given its unit from the office's list; a key rotation signed by the
unit's old key shows both fingerprints, grouped as on the cover, and is imported once confirmed;
a package scored with other interpretations than the office's lists them, in words, in the
import's result and from the overview."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from collect_data import HUNAN, Office, _people
from collectkit import PASSPHRASE, UnitSpec, export_unit, make_unit, receiving

from evaldesk.services import collect_setup
from evaldesk.services.actor import system_actor
from evaldesk.services.collect_results import collect_state
from evaldesk.services.collect_setup import UnitDraft
from evaldesk.ui import settings as cfg
from evaldesk.ui.collect.window import CollectWindow
from evaldesk.ui.dialogs.collect_differences import DifferencesDialog

DEPTS = [
    UnitDraft("changsha", "长沙市", "changsha"),
    UnitDraft("bgs", "厅办公室", "dept"),
    UnitDraft("fgc", "政策法规处", "dept"),
]


@pytest.fixture(scope="module")
def dept_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A department's package that names itself by a name not on the office's list (two units
    are scored as 厅机关处室单位), scored with a 季度调度满分 of 80 where the rubric has 100."""
    from evaldesk.services import approvals, interpretations
    from evaldesk.store import open_store

    root = tmp_path_factory.mktemp("dept")
    unit = make_unit(
        root / "fgc", HUNAN, UnitSpec("dept", "厅法规处", {}), filler=False, approved=False
    )
    with open_store(unit) as store:
        interpretations.set_value(store, system_actor("u"), 2021, "dispatch-full-score", "80")
        approvals.approve(store, system_actor("u"), 2021, 0, "全年自评已审核")
    return export_unit(unit, root / "fgc.zip")


@pytest.fixture(scope="module")
def rotated_package(rugao_template: Office, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """高新区's later package, signed by a new key with a rotation signed by its old one."""
    from evaldesk.services import keys
    from evaldesk.services.export import export_year
    from evaldesk.store import open_store

    root = tmp_path_factory.mktemp("rotated")
    unit = root / "gaoxinqu"
    shutil.copytree(rugao_template.packages[0].with_suffix(""), unit)
    with open_store(unit) as store:
        keys.rotate(store, system_actor("unit"), PASSPHRASE.encode(), b"another passphrase")
    later = root / "gaoxinqu-rotated.zip"
    export_year(unit, 2021, later, "another passphrase", today=date(2022, 2, 1))
    return later


def _dept_office(tmp_path: Path) -> Office:
    store = receiving(tmp_path / "depts", HUNAN, DEPTS)
    try:
        _people(store)
    finally:
        store.close()
    return Office(tmp_path / "depts", [])


def _import_as(qtbot, window: CollectWindow, package: Path, unit: str) -> None:
    """Import ``package`` through the window, choosing ``unit`` for it and ticking its key."""
    op = window.import_paths([package])
    assert op.wait()
    confirm = window.last_confirm
    assert confirm is not None and len(confirm.outcomes) == 1
    assert confirm.outcomes[0].code == "choose-unit"
    assert confirm.choose(0, unit)
    confirm.boxes[0].setChecked(True)
    confirm.accept()
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=30_000)


def test_a_package_whose_unit_cannot_be_told_is_given_its_unit(
    qtbot, dept_package, office_ctx, tmp_path
):
    ctx = office_ctx(_dept_office(tmp_path), "clerk")
    window = CollectWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    op = window.import_paths([dept_package])
    assert op.wait()
    confirm = window.last_confirm
    assert confirm is not None and [o.code for o in confirm.outcomes] == ["choose-unit"]
    choice = confirm.choices[0]
    assert choice is not None
    # the units it may be from, by name; none chosen for the person, and no tick before
    offered = [choice.itemText(i) for i in range(choice.count())]
    assert choice.currentData() is None
    assert any("厅办公室" in t for t in offered) and any("政策法规处" in t for t in offered)
    assert not any("长沙市" in t for t in offered)
    assert not confirm.boxes[0].isEnabled()
    assert confirm.choose(0, "fgc")
    assert confirm.boxes[0].isEnabled()
    confirm.boxes[0].setChecked(True)
    assert confirm.answers() == {confirm.outcomes[0].fingerprint: "fgc"}
    confirm.accept()
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=30_000)
    result = window.last_result
    assert result.table.rowCount() == 1
    assert result.table.item(0, 1).text() == "Imported"
    assert result.table.item(0, 2).text() == "政策法规处"
    state = collect_state(ctx.store)
    assert set(state.packages) == {"fgc"}


def test_a_package_left_without_its_unit_stays_waiting(qtbot, dept_package, office_ctx, tmp_path):
    ctx = office_ctx(_dept_office(tmp_path), "clerk")
    window = CollectWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    assert window.import_paths([dept_package]).wait()
    confirm = window.last_confirm
    confirm.boxes[0].setChecked(True)  # even ticked (as a script could), no unit: not taken
    assert confirm.answers() == {} and confirm.accepted_outcomes() == []
    confirm.accept()
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=30_000)
    assert window.last_result.table.item(0, 1).text() == "Waiting for confirmation"
    assert not collect_state(ctx.store).packages


def test_interpretations_that_differ_are_listed_in_words(qtbot, dept_package, office_ctx, tmp_path):
    ctx = office_ctx(_dept_office(tmp_path), "clerk")
    window = CollectWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    _import_as(qtbot, window, dept_package, "fgc")
    result = window.last_result
    [reason] = result.reasons()
    assert "季度调度满分100分: the unit used 80, this office uses 100" in reason
    assert "dispatch-full-score" not in reason  # the title, not the internal name
    assert result.differences_button.isEnabled()
    shown = result.show_differences()
    assert isinstance(shown, DifferencesDialog)
    qtbot.addWidget(shown)
    assert shown.rows() == [["季度调度满分100分", "80", "100", "the unit set its own value"]]

    # from the overview: the unit's row, its button
    view = window.overview
    view.refresh()
    assert view.select_unit("fgc")
    assert view.differences_button.isEnabled()
    assert "80" in view.differences_button.toolTip()
    dialog = view.show_differences()
    assert isinstance(dialog, DifferencesDialog)
    qtbot.addWidget(dialog)
    assert dialog.rows() == shown.rows()
    assert "政策法规处" in dialog.windowTitle()
    # a unit with nothing received has no differences to show
    assert view.select_unit("bgs")
    assert not view.differences_button.isEnabled()


def test_a_key_rotation_shows_both_fingerprints_and_is_imported_once_confirmed(
    qtbot, rugao_office, rotated_package, office_ctx
):
    from evaldesk.services import keys

    ctx = office_ctx(rugao_office, "clerk")
    before = collect_state(ctx.store).packages["gaoxinqu"].package_id
    window = CollectWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    assert window.import_paths([rotated_package]).wait()
    confirm = window.last_confirm
    assert confirm is not None and [o.code for o in confirm.outcomes] == ["confirm-rotation"]
    from PySide6.QtWidgets import QLabel

    old = confirm.findChild(QLabel, "oldFingerprint").text()
    new = confirm.findChild(QLabel, "fingerprint").text()
    grouped = re.compile(r"^[0-9a-f]{8}( [0-9a-f]{8}){7}$")
    assert grouped.match(old) and grouped.match(new) and old != new
    assert old == confirm.outcomes[0].rotated_from and new == confirm.outcomes[0].fingerprint
    trusted = [k.fingerprint for k in keys.list_trusted(ctx.store)]
    assert old in trusted and new not in trusted
    assert not confirm.boxes[0].isChecked()
    confirm.boxes[0].setChecked(True)
    confirm.accept()
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=30_000)
    result = window.last_result
    assert result.table.item(0, 1).text() == "Imported"
    assert "supersedes the earlier " + before in result.reasons()[0]
    after = collect_state(ctx.store).packages["gaoxinqu"].package_id
    assert after != before
    assert new in [k.fingerprint for k in keys.list_trusted(ctx.store)]
    assert collect_setup.units(ctx.store)  # the list is untouched
