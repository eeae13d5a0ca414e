"""`evaldesk verify` against tampered, incomplete, re-signed and hostile packages."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaldesk.cli import main
from evaldesk.export.keys import public_pem
from evaldesk.export.verify import verify_package
from evaldesk.export.zipdet import zip_info


def entries_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rezip(entries: dict[str, bytes], path: Path) -> Path:
    from datetime import date

    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(zip_info(name, date(2025, 1, 15), compress=True), data)
    return path


def codes(path: Path, expected=None) -> set[str]:
    report = verify_package(path, expected)
    return {p.code for p in report.problems}


@pytest.fixture(scope="module")
def original(exported) -> dict[str, bytes]:
    return entries_of(exported.path)


def test_the_untouched_package_passes_after_rezipping(original, tmp_path: Path) -> None:
    # the tamper tests below rezip; this shows rezipping alone is not what makes them fail
    assert codes(rezip(dict(original), tmp_path / "same.zip")) == set()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_flipping_any_byte_of_any_file_fails(original, tmp_path_factory, data) -> None:
    names = sorted(original)
    name = data.draw(st.sampled_from(names), label="file")
    content = bytearray(original[name])
    pos = data.draw(st.integers(0, len(content) - 1), label="position")
    bit = data.draw(st.integers(1, 255), label="xor")
    content[pos] ^= bit
    changed = dict(original)
    changed[name] = bytes(content)
    path = rezip(changed, tmp_path_factory.mktemp("flip") / "p.zip")
    report = verify_package(path)
    assert not report.ok, f"flipping byte {pos} of {name} went unnoticed"


def test_a_key_whose_algorithm_bytes_were_changed_is_a_named_failure(
    original, tmp_path: Path
) -> None:
    """Found by the property test above: one flipped bit in the key's algorithm identifier
    made cryptography raise UnsupportedAlgorithm, which verify did not catch."""
    name = next(n for n in original if n.endswith("public-key.pem"))
    content = bytearray(original[name])
    content[35] ^= 1
    changed = {**original, name: bytes(content)}
    report = verify_package(rezip(changed, tmp_path / "p.zip"))
    assert not report.ok
    assert any("public-key.pem" in (p.path or "") or "key" in p.message for p in report.problems)


def test_a_changed_payload_file_is_named(original, tmp_path: Path) -> None:
    name = next(n for n in original if n.endswith("data/score.json"))
    changed = dict(original)
    changed[name] = original[name].replace(b'"total": "94"', b'"total": "99"')
    report = verify_package(rezip(changed, tmp_path / "p.zip"))
    assert [(p.code, p.path) for p in report.problems] == [("hash-mismatch", "data/score.json")]


def test_added_and_removed_files_are_named(original, tmp_path: Path) -> None:
    top = next(iter(original)).split("/")[0]
    added = {**original, f"{top}/data/evidence/extra.pdf": b"%PDF-1.4 extra"}
    assert codes(rezip(added, tmp_path / "a.zip")) == {"extra-file", "oxum-mismatch"}
    beside = {**original, f"{top}/notes.txt": b"hello"}
    assert codes(rezip(beside, tmp_path / "b.zip")) == {"extra-file"}
    outside = {**original, "readme.txt": b"hello"}
    assert codes(rezip(outside, tmp_path / "c.zip")) == {"outside-bag"}
    removed = {k: v for k, v in original.items() if not k.endswith("ledger.xlsx")}
    assert codes(rezip(removed, tmp_path / "d.zip")) == {"missing-file", "oxum-mismatch"}
    no_sig = {k: v for k, v in original.items() if not k.endswith(".sig")}
    assert codes(rezip(no_sig, tmp_path / "e.zip")) == {"missing-tag-file"}


def test_swapped_key_fails(original, exported, tmp_path: Path) -> None:
    top = next(iter(original)).split("/")[0]
    other = Ed25519PrivateKey.generate()
    # the key replaced, the signature left: the signature no longer verifies
    swapped = {**original, f"{top}/public-key.pem": public_pem(other.public_key())}
    assert "bad-signature" in codes(rezip(swapped, tmp_path / "a.zip"))
    # re-signed with another key (an impostor with a valid bag): only --pubkey catches it
    tagman = original[f"{top}/tagmanifest-sha256.txt"]
    resigned = {**swapped, f"{top}/tagmanifest-sha256.txt.sig": other.sign(tagman)}
    path = rezip(resigned, tmp_path / "b.zip")
    assert codes(path) == {"fingerprint-mismatch"}  # bag-info names the original key
    assert "unexpected-key" in codes(path, exported.key.public_key())
    assert codes(path, other.public_key()) == {"fingerprint-mismatch"}


def test_zip_slip_entries_are_refused_without_reading(tmp_path: Path) -> None:
    for bad in (
        "../evil.txt",
        "pkg/../../evil.txt",
        "/etc/evil",
        "C:/evil.txt",
        "pkg\\..\\evil.txt",
    ):
        path = tmp_path / "slip.zip"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("pkg/bagit.txt", b"BagIt-Version: 1.0\n")
            zf.writestr(bad, b"owned")
        report = verify_package(path)
        assert [p.code for p in report.problems] == ["unsafe-path"], bad
        assert report.status("hashes") == "skipped"


def test_symlink_entries_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("pkg/data/passwd")
        info.create_system = 3
        info.external_attr = 0o120777 << 16
        zf.writestr(info, "/etc/passwd")
    assert codes(path) == {"link-entry"}


def test_a_zip_bomb_is_refused_without_being_inflated(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", compresslevel=1) as zf:
        zf.writestr("pkg/bagit.txt", b"BagIt-Version: 1.0\n")
        info = zipfile.ZipInfo("pkg/data/zeros.bin")
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w") as f:
            for _ in range(256):  # 256 MiB of zeros, about 1 MiB in the zip
                f.write(chunk)
    assert path.stat().st_size < 2 << 20
    report = verify_package(path)
    assert {p.code for p in report.problems} == {"zip-bomb"}
    assert report.status("hashes") == "skipped"  # judged from the directory: nothing inflated


def test_overlapping_entries_are_refused(tmp_path: Path) -> None:
    import struct

    path = tmp_path / "overlap.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("pkg/bagit.txt", b"BagIt-Version: 1.0\n")
        zf.writestr("pkg/data/a.txt", b"a" * 100)
        zf.writestr("pkg/data/b.txt", b"b" * 100)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        a = zf.getinfo("pkg/data/a.txt")
    central = raw.find(b"PK\x01\x02" + b"\x14\x03", 0)
    name = b"pkg/data/b.txt"
    pos = raw.find(name, raw.find(b"PK\x01\x02"))
    struct.pack_into("<I", raw, pos - 4, a.header_offset)  # b's record now points at a's data
    assert central != -1
    path.write_bytes(bytes(raw))
    assert "zip-bomb" in codes(path)


def test_a_damaged_zip_entry_is_a_failed_check(exported, tmp_path: Path) -> None:
    raw = bytearray(exported.path.read_bytes())
    with zipfile.ZipFile(exported.path) as zf:
        jpg = next(i for i in zf.infolist() if i.filename.endswith(".JPG"))
    start = jpg.header_offset + 30 + len(jpg.filename.encode()) + len(jpg.extra) + 500
    raw[start] ^= 0x55  # inside the stored data: the zip's CRC and the manifest both disagree
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(raw))
    assert main(["verify", str(path)]) == 1
    assert codes(path) & {"damaged-entry", "hash-mismatch"}


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(tmp_path / "none.zip")]) == 2
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    assert main(["verify", str(junk)]) == 2
    assert "not a readable zip" in capsys.readouterr().err


def test_verify_json_names_each_failure(
    original, exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = next(n for n in original if n.endswith("data/report.pdf"))
    changed = {**original, name: original[name] + b"\n"}
    path = rezip(changed, tmp_path / "p.zip")
    key = tmp_path / "k.pem"
    key.write_bytes(public_pem(Ed25519PrivateKey.generate().public_key()))
    assert main(["verify", str(path), "--json", "--pubkey", str(key)]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["valid"] is False
    assert out["expected_key"] is False
    assert out["checks"]["hashes"] == "failed" and out["checks"]["expected_key"] == "failed"
    assert out["checks"]["signature"] == "ok"
    found = {(p["code"], p["path"]) for p in out["problems"]}
    assert ("hash-mismatch", "data/report.pdf") in found
    assert ("oxum-mismatch", "bag-info.txt") in found
    assert any(code == "unexpected-key" for code, _ in found)
