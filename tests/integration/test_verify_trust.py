"""Trust is explicit in verify (issue 15, finding 4): trusted / untrusted / unverified beside
intact, trust lists from --trust or the office's data folder, fingerprints that must agree."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from evaldesk.cli import main
from evaldesk.export import bag
from evaldesk.export.keys import fingerprint, public_pem
from evaldesk.export.trust import load_trust
from evaldesk.export.verify import verify_package


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _write(entries: dict[str, bytes], path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def resigned(exported, tmp_path: Path, *, fix_bag_info: bool) -> tuple[Path, Ed25519PrivateKey]:
    """The package re-signed by an impostor who also rewrote bag-info's fingerprint (and so the
    tag manifest): every hash holds, only the key differs from what the office registered."""
    entries = _entries(exported.path)
    top = next(iter(entries)).split("/")[0]
    other = Ed25519PrivateKey.generate()
    if fix_bag_info:
        info = entries[f"{top}/{bag.BAG_INFO}"].decode()
        old = exported.result.fingerprint.replace(" ", "")
        entries[f"{top}/{bag.BAG_INFO}"] = info.replace(
            old, fingerprint(other.public_key()).replace(" ", "")
        ).encode()
        tags = {n: entries[f"{top}/{n}"] for n in bag.TAG_FILES}
        entries[f"{top}/{bag.TAGMANIFEST}"] = bag.manifest_bytes(
            (n, hashlib.sha256(d).hexdigest()) for n, d in tags.items()
        )
    entries[f"{top}/{bag.PUBLIC_KEY}"] = public_pem(other.public_key())
    entries[f"{top}/{bag.SIGNATURE}"] = other.sign(entries[f"{top}/{bag.TAGMANIFEST}"])
    return _write(entries, tmp_path / "resigned.zip"), other


def test_without_a_trust_list_an_intact_package_is_accepted_with_the_signer_unverified(
    exported, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "verify", str(exported.path)]) == 0
    out = capsys.readouterr().out
    assert "intact, signer not verified" in out and exported.result.fingerprint in out
    assert main(["--lang", "zh", "verify", str(exported.path)]) == 0
    assert "完整，签名者未核实" in capsys.readouterr().out
    assert main(["verify", str(exported.path), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["intact"] is True and answer["valid"] is True
    assert answer["signer"]["status"] == "unverified"


def test_a_trust_list_accepts_its_keys_and_refuses_others(exported, tmp_path: Path) -> None:
    listed = tmp_path / "trusted.txt"
    listed.write_text(f"# 上报单位\n{exported.result.fingerprint} 靖州县人社局\n", encoding="utf-8")
    report = verify_package(exported.path, trust=load_trust(listed))
    assert report.ok and report.signer == "trusted" and report.signer_label == "靖州县人社局"
    folder = tmp_path / "keys"
    folder.mkdir()
    (folder / "另一单位.pem").write_bytes(public_pem(Ed25519PrivateKey.generate().public_key()))
    assert main(["verify", str(exported.path), "--trust", str(folder)]) == 1
    (folder / "本单位.pem").write_bytes(public_pem(exported.key.public_key()))
    assert main(["verify", str(exported.path), "--trust", str(folder)]) == 0


def test_a_package_resigned_with_another_key_is_not_trusted(
    exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found: verify said OK for such a package with only "expected_key skipped"."""
    path, other = resigned(exported, tmp_path, fix_bag_info=True)
    report = verify_package(path)
    # bag-info agrees with the new key, but score.json and report.pdf name the office's key
    assert {p.code for p in report.problems} == {"fingerprint-mismatch"}
    assert {p.path for p in report.problems} == {"data/score.json", "data/report.pdf"}
    trusted = tmp_path / "t.pem"
    trusted.write_bytes(public_pem(exported.key.public_key()))
    assert main(["--lang", "en", "verify", str(path), "--trust", str(trusted), "--json"]) == 1
    answer = json.loads(capsys.readouterr().out)
    assert answer["signer"]["status"] == "untrusted"
    assert answer["signer"]["fingerprint"] == fingerprint(other.public_key())


def test_the_office_data_folder_is_a_trust_list(office, exported, capsys) -> None:
    from evaldesk.services import keys

    data_dir = office.data_dir
    assert main(["verify", str(exported.path), "--data-dir", str(data_dir)]) == 1
    capsys.readouterr()
    keys.add_trusted(
        office.store, office.admin, public_pem(exported.key.public_key()), "靖州县人社局"
    )
    assert main(["verify", str(exported.path), "--data-dir", str(data_dir), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["signer"]["status"] == "trusted" and answer["signer"]["label"] == "靖州县人社局"
