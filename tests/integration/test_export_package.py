"""The package against outside tools: bagit-python, openssl, unzip; bytes, names, atomic writes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from evaldesk.cli import main
from evaldesk.errors import Cancelled, StoreError


def test_unzipped_package_validates_with_bagit_python(exported, unzip, tmp_path: Path) -> None:
    bag = unzip(exported.path, tmp_path)
    out = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(bag)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "is valid" in out.stderr
    # and bagit-python notices a change, so the check above can fail
    (bag / "data" / "score.json").write_text("{}", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(bag)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode != 0


def test_signature_verifies_with_openssl(exported, unzip, tmp_path: Path) -> None:
    bag = unzip(exported.path, tmp_path)
    cmd = [
        "openssl",
        "pkeyutl",
        "-verify",
        "-pubin",
        "-inkey",
        str(bag / "public-key.pem"),
        "-rawin",
        "-in",
        str(bag / "tagmanifest-sha256.txt"),
        "-sigfile",
        str(bag / "tagmanifest-sha256.txt.sig"),
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert out.returncode == 0 and "Signature Verified Successfully" in out.stdout
    assert len((bag / "tagmanifest-sha256.txt.sig").read_bytes()) == 64
    with (bag / "tagmanifest-sha256.txt").open("ab") as f:
        f.write(b"\n")
    assert subprocess.run(cmd, capture_output=True, check=False).returncode != 0


def test_content_digest_is_reproducible_with_standard_tools(
    exported, unzip, tmp_path: Path
) -> None:
    bag = unzip(exported.path, tmp_path)
    out = subprocess.run(
        "grep -v ' data/report.pdf$' manifest-sha256.txt | sha256sum",
        shell=True,
        cwd=bag,
        capture_output=True,
        text=True,
        check=True,
    )
    digest = out.stdout.split()[0]
    assert digest == exported.result.content_digest
    info = (bag / "bag-info.txt").read_text(encoding="utf-8")
    assert f"EvalDesk-Content-SHA256: {digest}" in info
    assert exported.result.package_id.replace("-", "").lower() == digest[:16]


def test_bag_layout_and_bag_info(exported, unzip, tmp_path: Path) -> None:
    bag = unzip(exported.path, tmp_path)
    assert bag.name == "靖州县人社局-2024"  # named after the file, as RFC 8493 section 4 asks
    top = sorted(p.name for p in bag.iterdir())
    assert top == sorted(
        [
            "bagit.txt",
            "bag-info.txt",
            "manifest-sha256.txt",
            "tagmanifest-sha256.txt",
            "tagmanifest-sha256.txt.sig",
            "public-key.pem",
            "data",
        ]
    )
    data = sorted(
        str(p.relative_to(bag / "data")) for p in (bag / "data").rglob("*") if p.is_file()
    )
    for name in (
        "report.pdf",
        "scores.xlsx",
        "ledger.xlsx",
        "score.json",
        "approval.json",
        "evidence-index.csv",
        "dispatch/2024-Q1.txt",
    ):
        assert name in data
    assert sum(1 for d in data if d.startswith("evidence/")) == 5
    info = dict(
        line.split(": ", 1)
        for line in (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines()
    )
    assert info["Source-Organization"] == "靖州县人力资源和社会保障局"
    assert info["EvalDesk-Year"] == "2024"
    assert info["EvalDesk-Rubric-Id"] == "test-export"
    assert info["EvalDesk-Rubric-Doc-Number"] == "湘人社发〔2021〕46号"
    assert info["EvalDesk-Self-Score"] == "94"
    assert info["Bag-Software-Agent"].startswith("EvalDesk ")
    assert info["Bagging-Date"] == "2025-01-15"
    assert "WenQuanYi" in info["EvalDesk-Report-Font"] or "STSong" in info["EvalDesk-Report-Font"]
    sizes = [p.stat().st_size for p in (bag / "data").rglob("*") if p.is_file()]
    assert info["Payload-Oxum"] == f"{sum(sizes)}.{len(sizes)}"
    # the signature and key are outside every manifest
    listed = (bag / "manifest-sha256.txt").read_text() + (
        bag / "tagmanifest-sha256.txt"
    ).read_text()
    assert "public-key.pem" not in listed and ".sig" not in listed


def test_score_json_is_the_report_plus_year_and_office(exported, unzip, tmp_path: Path) -> None:
    bag = unzip(exported.path, tmp_path)
    data = json.loads((bag / "data" / "score.json").read_text(encoding="utf-8"))
    expected = exported.snapshot.report.to_json()
    assert data["total"] == expected["total"] == "94"
    assert data["items"] == expected["items"]
    assert data["composite"] == expected["composite"]
    assert data["year"] == 2024
    assert data["office"]["name"] == "靖州县人力资源和社会保障局"
    assert data["rubric"]["doc_number"] == "湘人社发〔2021〕46号"
    assert data["rubric"]["sha256"] == exported.snapshot.rubric_sha256


def test_zip_entries_are_sorted_utf8_flagged_and_dated(exported) -> None:
    with zipfile.ZipFile(exported.path) as zf:
        infos = zf.infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names, key=lambda n: n.encode("utf-8"))
    assert all(i.flag_bits & 0x800 for i in infos)
    assert {i.date_time for i in infos} == {(2025, 1, 15, 0, 0, 0)}
    by_suffix = {Path(i.filename).suffix.lower(): i.compress_type for i in infos}
    for stored in (".jpg", ".pdf", ".docx", ".xlsx"):
        assert by_suffix[stored] == zipfile.ZIP_STORED, stored
    for deflated in (".txt", ".json", ".csv"):
        assert by_suffix[deflated] == zipfile.ZIP_DEFLATED, deflated


def test_evidence_gets_safe_unique_names_and_an_index(exported, unzip, tmp_path: Path) -> None:
    bag = unzip(exported.path, tmp_path)
    evidence = sorted(
        str(p.relative_to(bag / "data" / "evidence"))
        for p in (bag / "data" / "evidence").rglob("*")
        if p.is_file()
    )
    assert "一.1/会议纪要_第1次_.docx" in evidence  # ':' and '?' are refused by Windows
    assert "未关联/_CON.txt" in evidence  # a reserved device name
    assert {"一.1/照片.JPG", "一.2/照片.jpg"} <= set(evidence)
    text = (bag / "data" / "evidence-index.csv").read_bytes()
    assert text.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(text.decode("utf-8-sig"))))
    originals = {r["原文件名"]: r for r in rows}
    row = originals["会议纪要:第1次?.docx"]
    assert row["包内路径"] == "data/evidence/一.1/会议纪要_第1次_.docx"
    assert hashlib.sha256((bag / row["包内路径"]).read_bytes()).hexdigest() == row["SHA-256"]


def test_exporting_twice_gives_identical_bytes(make_snapshot, signing_key, tmp_path: Path) -> None:
    from evaldesk.export.package import export_package

    snapshot = make_snapshot()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = export_package(snapshot, tmp_path / "a" / "pkg.zip", signing_key)
    time.sleep(2.1)  # zip times have a 2 s resolution: a clock leaking into any entry would show
    second = export_package(snapshot, tmp_path / "b" / "pkg.zip", signing_key)
    assert first.path.read_bytes() == second.path.read_bytes()
    # and different data gives a different package
    changed = make_snapshot(year=2023)
    (tmp_path / "c").mkdir()
    third = export_package(changed, tmp_path / "c" / "pkg.zip", signing_key)
    assert third.path.read_bytes() != first.path.read_bytes()
    assert third.package_id != first.package_id


def test_cancelled_export_leaves_no_file(make_snapshot, signing_key, tmp_path: Path) -> None:
    from evaldesk.export.package import export_package

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    seen: list[int] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(done)

    with pytest.raises(Cancelled):
        export_package(
            make_snapshot(),
            out_dir / "pkg.zip",
            signing_key,
            progress=progress,
            cancel=lambda: len(seen) >= 6,
        )
    assert seen, "the export had started writing"
    assert list(out_dir.iterdir()) == []


def test_evidence_changed_on_disk_stops_the_export_and_leaves_nothing(
    make_snapshot, signing_key, tmp_path: Path
) -> None:
    from evaldesk.export.package import export_package

    snapshot = make_snapshot()
    blob = snapshot.evidence[2].blob
    data = bytearray(blob.read_bytes())
    data[100] ^= 0xFF  # same size, different content: the store's hash no longer holds
    blob.write_bytes(bytes(data))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(StoreError, match="changed on disk"):
        export_package(snapshot, out_dir / "pkg.zip", signing_key)
    assert list(out_dir.iterdir()) == []


def test_progress_counts_up_to_the_total(make_snapshot, signing_key, tmp_path: Path) -> None:
    from evaldesk.export.package import export_package

    calls: list[tuple[int, int, str]] = []
    export_package(
        make_snapshot(),
        tmp_path / "pkg.zip",
        signing_key,
        progress=lambda d, t, label: calls.append((d, t, label)),
    )
    dones = [d for d, _, _ in calls]
    assert dones == sorted(dones)
    assert calls[-1][0] == calls[-1][1] > 0


def test_a_bad_snapshot_is_refused_with_what_to_fix(
    make_snapshot, signing_key, tmp_path: Path
) -> None:
    import dataclasses

    from evaldesk.errors import InputError
    from evaldesk.export.package import export_package

    snapshot = make_snapshot()
    missing = dataclasses.replace(snapshot.evidence[0], blob=tmp_path / "gone")
    bad = dataclasses.replace(snapshot, evidence=(missing,))
    with pytest.raises(InputError, match="missing"):
        export_package(bad, tmp_path / "pkg.zip", signing_key)
    with pytest.raises(InputError, match=r"\.zip"):
        export_package(snapshot, tmp_path / "pkg.tar", signing_key)


def test_verify_command_accepts_the_package(
    exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from evaldesk.export.keys import public_pem

    key_file = tmp_path / "office.pem"
    key_file.write_bytes(public_pem(exported.key.public_key()))
    assert main(["verify", str(exported.path), "--pubkey", str(key_file)]) == 0
    assert "intact, signed by a trusted key" in capsys.readouterr().out
    assert main(["verify", str(exported.path), "--json", "--pubkey", str(key_file)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["valid"] is True and result["expected_key"] is True
    assert result["checks"] == {
        "zip_safety": "ok",
        "structure": "ok",
        "completeness": "ok",
        "hashes": "ok",
        "oxum": "ok",
        "signature": "ok",
        "expected_key": "ok",
        "content_digest": "ok",
        "approval": "ok",
        "trust": "skipped",
    }
    assert result["signer"]["status"] == "trusted" and result["intact"] is True
    assert result["key_fingerprint"] == exported.result.fingerprint
    assert result["payload"]["files"] == exported.result.files
