"""The receiving office's list of units, editable after set-up (issue 18, finding 1): the
administrator adds a unit, renames one, takes one off the list with a reason (kept, greyed,
as removed) and puts it back with a reason; the overview follows; the other roles find the action disabled with the reason."""

from __future__ import annotations

import pytest

from evaldesk.services import collect_setup
from evaldesk.ui import settings as cfg
from evaldesk.ui.collect.window import CollectWindow
from evaldesk.ui.dialogs.collect_units import NAME, STATE, UnitListDialog


def _overview_names(window: CollectWindow) -> list[str]:
    from evaldesk.ui.models import collect_units as cu

    proxy = window.overview.units_proxy
    return [str(proxy.index(r, cu.UNIT).data()) for r in range(proxy.rowCount())]


def test_the_administrator_edits_the_list_and_the_overview_follows(qtbot, rugao_office, office_ctx):
    ctx = office_ctx(rugao_office, "admin")
    window = CollectWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    assert window.units_action.isEnabled()
    dialog = window.edit_units()
    assert isinstance(dialog, UnitListDialog)
    assert dialog.table.rowCount() == 14

    # a new unit: a bad code is refused with what to fix, nothing is added
    dialog.table.setCurrentCell(-1, -1)
    dialog.code.setText("新 单位")
    dialog.name.setText("如皋经济技术开发区")
    assert not dialog.add_unit()
    assert dialog.message.isVisibleTo(dialog) and "新 单位" in dialog.message.text()
    assert dialog.table.rowCount() == 14
    dialog.code.setText("kaifaqu")
    assert dialog.add_unit()
    assert dialog.table.rowCount() == 15
    qtbot.waitUntil(lambda: "如皋经济技术开发区" in _overview_names(window), timeout=10_000)
    assert len(collect_setup.units(ctx.store)) == 15

    # renamed
    assert dialog.select("dongchen")
    dialog.name.setText("东陈镇人民政府")
    dialog.code.setText("dongchen2")  # a code is not changed: said, nothing saved
    assert not dialog.save_unit()
    assert "dongchen2" in dialog.message.text()
    assert "东陈镇人民政府" not in [u.name for u in collect_setup.units(ctx.store)]
    dialog.code.setText("dongchen")
    assert dialog.save_unit()
    assert any(u.name == "东陈镇人民政府" for u in collect_setup.units(ctx.store))
    qtbot.waitUntil(lambda: "东陈镇人民政府" in _overview_names(window), timeout=10_000)

    # removed: a reason is needed; then it is kept, greyed, at the end, as removed
    assert dialog.select("kaifaqu")
    assert not dialog.remove_unit()
    assert "kaifaqu" not in dialog.removed_codes()
    dialog.reason.setText("并入城南街道，不再单独考核")
    assert dialog.remove_unit()
    assert dialog.removed_codes() == ["kaifaqu"]
    last = dialog.table.rowCount() - 1
    assert dialog.table.item(last, STATE).text() == "Removed"
    assert dialog.table.item(last, NAME).foreground().color() != (
        dialog.table.item(0, NAME).foreground().color()
    )
    assert not dialog.remove_button.isEnabled()  # a removed unit is not removed twice
    qtbot.waitUntil(lambda: "如皋经济技术开发区" not in _overview_names(window), timeout=10_000)
    assert len(_overview_names(window)) == 14

    # put back: only a removed unit, and with a reason (the field now asks why it comes back)
    assert dialog.select("dongchen")
    assert not dialog.restore_button.isEnabled()
    assert dialog.select("kaifaqu")
    assert dialog.restore_button.isEnabled()
    assert dialog.reason_label.text() == "Reason for putting back"
    assert not dialog.restore_unit()
    assert dialog.removed_codes() == ["kaifaqu"]
    assert "put back" in dialog.message.text()
    dialog.reason.setText("开发区恢复单独考核")
    assert dialog.restore_unit()
    assert dialog.removed_codes() == []
    assert "again" in dialog.message.text()
    assert dialog.reason_label.text() == "Reason for removal"
    assert not dialog.restore_button.isEnabled() and dialog.remove_button.isEnabled()
    qtbot.waitUntil(lambda: "如皋经济技术开发区" in _overview_names(window), timeout=10_000)
    assert len(_overview_names(window)) == 15
    dialog.close()


def test_other_roles_find_the_unit_list_disabled_with_the_reason(qtbot, rugao_office, office_ctx):
    for user in ("clerk", "ping", "head"):
        ctx = office_ctx(rugao_office, user)
        window = CollectWindow(ctx, cfg.Settings())
        qtbot.addWidget(window)
        assert not window.units_action.isEnabled()
        assert "administrator" in window.units_action.toolTip()
        # opened anyway (as a script could), the dialog shows the list but changes nothing
        dialog = UnitListDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 14
        assert not dialog.add_button.isEnabled()
        assert "administrator" in dialog.add_button.toolTip()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_new_dialogs_have_access_keys_none_twice(qtbot, rugao_office, office_ctx, lang):
    from access_keys import assert_every_button_has_its_own_key

    from evaldesk.messages import msg
    from evaldesk.services.collect_desk import InterpretationDifference
    from evaldesk.ui import i18n
    from evaldesk.ui.dialogs.collect_differences import DifferencesDialog
    from evaldesk.ui.dialogs.collect_import import ConfirmKeysDialog, ImportResultDialog

    i18n.install(lang)
    try:
        ctx = office_ctx(rugao_office, "admin")
        window = CollectWindow(ctx, cfg.Settings())
        qtbot.addWidget(window)
        line = msg("collect.interp.differs", title="季度调度满分100分", package="80", office="100")
        diff = InterpretationDifference("季度调度满分100分", "80", "100", True, None, line)
        dialogs = [
            UnitListDialog(ctx),
            DifferencesDialog("东陈镇", [diff]),
            ImportResultDialog([]),
            ConfirmKeysDialog([]),  # its tick boxes, one per package, are Tab and Space
        ]
        for dialog in [*dialogs, window.overview]:
            qtbot.addWidget(dialog)
            dialog.show()
            assert_every_button_has_its_own_key(dialog)
    finally:
        i18n.install("en")
