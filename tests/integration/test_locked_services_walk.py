"""Every mutating service function is walked against locked data (issue 15, item 2).

The walk itself is the attack family ``locked-period`` (bench/attacks/locked.py, run by
test_attacks.py). This test keeps it complete: a service function that writes (``store.write``)
must appear in that family, or be listed here as not touching period data, with why."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Writers that do not change a year's period data, so no lock applies to them.
NOT_PERIOD_DATA = {
    "approvals.approve": "approving is what locks; approving a locked period again is refused",
    "approvals.unlock": "the head's logged way out of a lock",
    "users.login": "records a login",
    "users.add_user": "accounts are not period data",
    "users.create_first_admin": "accounts are not period data",
    "users.update_user": "accounts are not period data",
    "users.change_password": "accounts are not period data",
    "setup.create_office": "a new office has no approvals",
    "setup.add_year": "a new year has no approvals",
    "setup.update_office": "the office profile is not period data",
    "maintenance.backup": "records a backup",
    "maintenance.restore_backup": "records a restore",
    "export.export_year": "records an export (and an accepted check) only",
    "export.audit_gate": "records a head's acceptance of the data at export",
    "keys.add_trusted": "the trust list is not period data",
    "keys.remove_trusted": "the trust list is not period data",
    "keys._audit": "records a key rotation or replacement",
    "subsidies._write": "its callers set_flag, set_count and set_place are walked",
    "evidence._record": "its callers attach_file and attach_stream are walked",
    # A receiving office's records are locked with its own year (store/parts/collect.py);
    # walked in tests/integration/test_collect_scores.py::
    # test_an_approved_receiving_year_refuses_every_change_to_its_records
    "collect_scores.set_review": "walked against the receiving office's lock (see above)",
    "collect_scores.enter_ballot": "walked against the receiving office's lock (see above)",
    "collect_scores.withdraw_ballot": "walked against the receiving office's lock (see above)",
    "collect_scores.decide_quota": "walked against the receiving office's lock (see above)",
    "collect_setup.add_unit": "walked against the receiving office's lock (see above)",
    "collect_setup.update_unit": "walked against the receiving office's lock (see above)",
    "collect_setup.remove_unit": "walked against the receiving office's lock (see above)",
    "collect_setup.restore_unit": "walked against the receiving office's lock (see above)",
    "collect_setup.create_receiving_office": "a new office has no approvals",
    "collect_files.open_copy": "writes a copy to read in a temporary folder; the store is not written",
    "collect_publish.publish": "publishing needs the approved (locked) results; records it",
    "results.import_result": "a unit keeps its received result beside its own data",
    "results._refuse": "records a refused result package",
}


def writers() -> set[str]:
    found = set()
    for path in sorted((ROOT / "evaldesk" / "services").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef):
                continue
            source = ast.unparse(node)
            if ".write(" in source and ("store.write" in source or "st.write" in source):
                found.add(f"{path.stem}.{node.name}")
    return found


def walked() -> str:
    return (ROOT / "bench" / "attacks" / "locked.py").read_text(encoding="utf-8")


def test_every_service_that_writes_is_walked_against_a_lock() -> None:
    text = walked()
    missing = []
    for name in sorted(writers()):
        module, function = name.split(".")
        if name in NOT_PERIOD_DATA:
            continue
        if f"{module}.{function}(" not in text and f"{function}(" not in text:
            missing.append(name)
    assert missing == [], "add these to bench/attacks/locked.py (or NOT_PERIOD_DATA, with why)"
    assert len(writers()) > 25
