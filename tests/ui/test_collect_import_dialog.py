"""Importing packages at the receiving office (issue 18, finding 2): a unit's first package
shows its fingerprint to confirm; the result lists each package, imported or refused with
the reason; the trusted keys are listed, imported from files and removed."""

from __future__ import annotations

from collect_data import RUGAO, Office, _people

from evaldesk.services import keys
from evaldesk.services.collect_results import collect_state
from evaldesk.ui import settings as cfg
from evaldesk.ui.collect.window import CollectWindow
from evaldesk.ui.dialogs.trusted_keys import TrustedKeysDialog


def _fresh(tmp_path, packages) -> Office:
    from collectkit import receiving

    store = receiving(tmp_path / "fresh", RUGAO)
    try:
        _people(store)
    finally:
        store.close()
    return Office(tmp_path / "fresh", packages)


def test_a_first_package_shows_its_fingerprint_to_confirm(
    qtbot, rugao_template, office_ctx, tmp_path
):
    office = _fresh(tmp_path, rugao_template.packages)
    ctx = office_ctx(office, "clerk")
    window = CollectWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    op = window.import_paths(office.packages)
    assert op.wait()
    confirm = window.last_confirm
    assert confirm is not None and len(confirm.boxes) == 2
    shown = [o.fingerprint for o in confirm.outcomes]
    assert all(f and " " in f for f in shown)  # grouped, as on the cover
    assert not any(b.isChecked() for b in confirm.boxes)  # nothing ticked for the person
    confirm.boxes[0].setChecked(True)
    confirm.accept()
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=30_000)
    result = window.last_result
    statuses = sorted(result.table.item(r, 1).text() for r in range(result.table.rowCount()))
    assert statuses == ["Imported", "Waiting for confirmation"]
    assert "1 imported, 0 refused, 1 waiting" in result.summary.text()
    assert len(collect_state(ctx.store).packages) == 1
    # the confirmed key is now trusted
    assert shown[0] in [k.fingerprint for k in keys.list_trusted(ctx.store)]


def test_the_result_lists_a_refusal_with_its_reason(qtbot, rugao_office, office_ctx, tmp_path):
    ctx = office_ctx(rugao_office, "clerk")
    window = CollectWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    broken = tmp_path / "损坏的包.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    op = window.import_paths([broken, rugao_office.packages[0]])
    assert op.wait()
    result = window.last_result
    assert result is not None and result.table.rowCount() == 2
    reasons = result.reasons()
    assert reasons[1].startswith("the package") and "already imported" in reasons[1]
    assert reasons[0] and result.table.item(0, 1).text() == "Refused"
    assert result.table.item(0, 0).text() == "损坏的包.zip"


def test_trusted_keys_are_listed_imported_from_a_file_and_removed(
    qtbot, rugao_template, office_ctx, tmp_path
):
    office = _fresh(tmp_path, rugao_template.packages)
    ctx = office_ctx(office, "clerk")
    clerk_view = TrustedKeysDialog(ctx)
    qtbot.addWidget(clerk_view)
    assert not clerk_view.add_button.isEnabled()  # the office's profile: an administrator's
    admin = TrustedKeysDialog(office_ctx(office, "admin"))
    qtbot.addWidget(admin)
    unit_folder = rugao_template.packages[0].with_suffix("")
    pem = tmp_path / "gaoxinqu.pem"
    fpr = keys.export_public(unit_folder, pem)
    assert admin.table.rowCount() == 0
    assert not admin.add_key_file(tmp_path / "missing.pem", "高新区")
    assert admin.add_key_file(pem, "高新区（城南街道）")
    assert admin.table.rowCount() == 1
    assert admin.table.item(0, 0).text() == "高新区（城南街道）"
    assert admin.fingerprints()[0].replace(" ", "").lower() == fpr.replace(" ", "").lower()
    admin.table.setCurrentCell(0, 0)
    assert admin.remove_key("单位更换了密钥")
    assert admin.table.rowCount() == 0
