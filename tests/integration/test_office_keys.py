"""The office's key over its life (issue 15, item 5): show, export, rotate (the next package
carries the handover signed by both keys, so a receiving office that trusts the old key accepts
it), replace after a lost passphrase (audited, not trusted on), and the key in backups."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from evaldesk.cli import main
from evaldesk.export.verify import verify_package
from evaldesk.services import keys

OLD, NEW = "old-passphrase", "new-passphrase"


@pytest.fixture
def exporting(office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A small office with a key (made by a first export)."""
    from evaldesk.services.export import export_year

    first = tmp_path / "first.zip"
    export_year(office.data_dir, 2024, first, OLD, store=office.store)
    monkeypatch.setenv("EVALDESK_PASSPHRASE", OLD)
    monkeypatch.setenv("EVALDESK_NEW_PASSPHRASE", NEW)
    return office, first


def _export(office, path: Path, passphrase: str) -> Path:
    from evaldesk.services.export import export_year

    export_year(office.data_dir, 2024, path, passphrase, store=office.store)
    return path


def test_show_and_export_public(exporting, tmp_path: Path, capsys) -> None:
    office, first = exporting
    office.store.close()
    assert main(["keys", "show", "--data-dir", str(office.data_dir), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["fingerprint"] == verify_package(first).fingerprint
    out = tmp_path / "office.pem"
    assert (
        main(["keys", "export-public", "--data-dir", str(office.data_dir), "--out", str(out)]) == 0
    )
    assert main(["verify", str(first), "--trust", str(out)]) == 0


def test_a_rotation_is_audited_and_handed_over_in_the_next_package(
    exporting, tmp_path: Path
) -> None:
    office, first = exporting
    old_fpr = verify_package(first).fingerprint
    statement = keys.rotate(
        office.store, office.admin, OLD.encode(), NEW.encode(), reason="定期更换"
    )
    assert statement.endorsed
    rows = [r for r in office.store.audit.rows(limit=5) if r.action == "key.rotate"]
    assert rows and rows[0].new["old"] == old_fpr  # type: ignore[index]
    second = _export(office, tmp_path / "second.zip", NEW)
    trust = tmp_path / "trusted.txt"
    trust.write_text(f"{old_fpr} 测试县人社局\n", encoding="utf-8")
    from evaldesk.export.trust import load_trust

    report = verify_package(second, trust=load_trust(trust))
    assert report.ok and report.signer == "trusted" and report.via_rotation == old_fpr
    assert report.rotations and report.rotations[0].endorsed
    with zipfile.ZipFile(second) as zf:
        info = zf.read("second/bag-info.txt").decode()
    assert "EvalDesk-Key-Rotation:" in info
    # the retired key is kept, encrypted, beside the new one
    assert any((office.data_dir / "keys" / "retired").rglob("office-signing-key.pem"))


def test_a_replaced_key_is_audited_but_not_trusted_on(exporting, tmp_path: Path) -> None:
    office, first = exporting
    old_fpr = verify_package(first).fingerprint
    statement = keys.replace_lost(
        office.store, office.admin, NEW.encode(), "口令遗失（王小红调离）"
    )
    assert not statement.endorsed
    assert any(r.action == "key.replace" for r in office.store.audit.rows(limit=5))
    second = _export(office, tmp_path / "second.zip", NEW)
    trust = tmp_path / "trusted.txt"
    trust.write_text(f"{old_fpr}\n", encoding="utf-8")
    from evaldesk.export.trust import load_trust

    report = verify_package(second, trust=load_trust(trust))
    assert report.intact and report.signer == "untrusted"
    assert report.rotations and not report.rotations[0].endorsed


def test_a_key_replaced_outside_evaldesk_is_named_by_check(exporting, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from evaldesk.export.keys import public_key_path, public_pem
    from evaldesk.services.maintenance import check

    office, _ = exporting
    public_key_path(office.data_dir).write_bytes(
        public_pem(Ed25519PrivateKey.generate().public_key())
    )
    report = check(office.data_dir)
    assert any(m.key == "check.key.differs" for m in report.problems)


def test_backups_carry_the_encrypted_key_and_the_audit_head(exporting, tmp_path: Path) -> None:
    from evaldesk.services.maintenance import backup

    office, _ = exporting
    target = backup(office.data_dir, office.system, tmp_path / "b.zip")
    with zipfile.ZipFile(target) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
        key = zf.read("keys/office-signing-key.pem")
    assert "keys/office-signing-key.pub.pem" in names
    assert b"ENCRYPTED PRIVATE KEY" in key
    assert manifest["audit_head"]["seq"] > 0


def test_the_trust_list_commands(office, tmp_path: Path, capsys) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from evaldesk.export.keys import fingerprint, public_pem

    office.store.close()
    key = Ed25519PrivateKey.generate().public_key()
    pem = tmp_path / "unit.pem"
    pem.write_bytes(public_pem(key))
    data = ["--data-dir", str(office.data_dir)]
    assert main(["keys", "add", str(pem), "--label", "某县人社局", *data]) == 0
    assert main(["keys", "list", "--json", *data]) == 0
    capsys.readouterr()
    assert main(["keys", "add", str(pem), "--label", "again", *data]) == 2
    assert main(["keys", "remove", fingerprint(key), "--reason", "撤销", *data]) == 0
    capsys.readouterr()
    assert main(["keys", "list", "--json", *data]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["keys", "add", "not-a-key", "--label", "x", *data]) == 2
    os.environ.pop("EVALDESK_PASSPHRASE", None)
