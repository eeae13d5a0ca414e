"""verify on damaged and hostile zips (issue 15, findings 5 and 8): named failures, bounded
work, the same verdict as `unzip -t`, never a crash or a traceback."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from evaldesk.cli import main
from evaldesk.export.verify import verify_package

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "attacks"))
from zipraw import Raw, build, deflated


def codes(path: Path) -> set[str]:
    return {p.code for p in verify_package(path).problems}


def _entry(path: Path, suffix: str) -> zipfile.ZipInfo:
    with zipfile.ZipFile(path) as zf:
        return next(i for i in zf.infolist() if i.filename.endswith(suffix))


def test_a_damaged_deflate_stream_is_a_named_failure_not_a_crash(exported, tmp_path: Path) -> None:
    """Found by the flips: zlib.error escaped verify and the CLI exited 3 with a traceback."""
    raw = bytearray(exported.path.read_bytes())
    info = _entry(exported.path, "data/score.json")
    start = info.header_offset + 30 + len(info.filename.encode()) + 2
    raw[start] ^= 0xFF  # inside the deflate stream of score.json
    path = tmp_path / "p.zip"
    path.write_bytes(bytes(raw))
    report = verify_package(path)
    assert "damaged-entry" in {p.code for p in report.problems} or "hash-mismatch" in {
        p.code for p in report.problems
    }
    assert main(["verify", str(path)]) == 1


def test_a_local_header_that_contradicts_the_directory_fails_as_unzip_does(
    exported, tmp_path: Path
) -> None:
    raw = bytearray(exported.path.read_bytes())
    info = _entry(exported.path, "data/score.json")
    struct.pack_into("<I", raw, info.header_offset + 14, 0x12345678)  # the local CRC only
    path = tmp_path / "p.zip"
    path.write_bytes(bytes(raw))
    assert codes(path) == {"local-header-mismatch"}
    if shutil.which("unzip"):
        assert subprocess.run(["unzip", "-tqq", str(path)], capture_output=True).returncode != 0


@pytest.mark.parametrize("cut", ["half", "one byte", "end record", "after the ledger xlsx"])
def test_a_truncated_package_is_called_truncated(
    exported, tmp_path: Path, cut: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = exported.path.read_bytes()
    xlsx = _entry(exported.path, "data/ledger.xlsx")
    end = {
        "half": len(data) // 2,
        "one byte": len(data) - 1,
        "end record": len(data) - 22,
        "after the ledger xlsx": xlsx.header_offset
        + 30
        + len(xlsx.filename.encode())
        + xlsx.compress_size
        + 50,
    }[cut]
    path = tmp_path / "cut.zip"
    path.write_bytes(data[:end])
    assert codes(path) == {"truncated"}
    assert main(["--lang", "en", "verify", str(path)]) == 1
    out = capsys.readouterr().out
    assert "truncated" in out and "[Content_Types].xml" not in out


def test_extra_bytes_before_or_after_the_zip_are_named(exported, tmp_path: Path) -> None:
    data = exported.path.read_bytes()
    before = tmp_path / "before.zip"
    before.write_bytes(b"MZ" + bytes(1000) + data)
    after = tmp_path / "after.zip"
    after.write_bytes(data + b"appended")
    assert codes(before) == {"extra-data"}
    assert codes(after) == {"extra-data"}


def test_small_entries_that_inflate_far_beyond_their_size_are_refused_unread(
    tmp_path: Path,
) -> None:
    """The 23 MB zip that made verify inflate 20 GiB: 1 MiB entries at 1000:1 were under the
    old 1 MiB threshold of the ratio rule. Now every entry is judged, from the directory."""
    blob = deflated(bytes(1 << 20))
    crc = zlib.crc32(bytes(1 << 20))
    entries = [Raw(b"pkg/bagit.txt", b"BagIt-Version: 1.0\n")] + [
        Raw(f"pkg/data/z{i}".encode(), blob, method=8, plain=b"", size=1 << 20, crc=crc)
        for i in range(50)
    ]
    path = tmp_path / "bomb.zip"
    path.write_bytes(build(entries))
    report = verify_package(path)
    assert {p.code for p in report.problems} == {"zip-bomb"}
    assert report.status("hashes") == "skipped"


def test_a_payload_is_not_hashed_once_the_tag_manifest_fails(exported, tmp_path: Path) -> None:
    with zipfile.ZipFile(exported.path) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    name = next(n for n in entries if n.endswith("/manifest-sha256.txt"))
    entries[name] = entries[name].replace(b"data/report.pdf", b"data/report.pdX")
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for n, d in entries.items():
            zf.writestr(n, d)
    report = verify_package(path)
    assert "hash-mismatch" in {p.code for p in report.problems}
    assert any(n.key == "verify.hash.not_hashed" for n in report.notes)
    assert not any(
        p.code == "hash-mismatch" and p.path.startswith("data/") for p in report.problems
    )


def test_a_name_flagged_utf8_that_is_not_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "names.zip"
    path.write_bytes(build([Raw(b"pkg/bagit.txt", b"x"), Raw(b"pkg/data/\xff\xfe", b"x")]))
    assert main(["verify", str(path)]) in (1, 2)


def test_an_internal_error_prints_one_line_and_the_crash_report(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every exit 3 printed the whole traceback: the crash logger had no handler on the
    command line, so Python's last-resort handler wrote the record to the terminal."""
    from evaldesk.export import verify

    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setenv("EVALDESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(verify, "verify_package", broken)
    assert main(["--lang", "en", "verify", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(tmp_path / "logs") in lines[0], err


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--year", "99999999999999999999", "--out", "x.zip"],
        ["score", "--data-dir", ".", "--year", "99999999999999999999"],
        ["demo", "--year", "1e9"],
        ["demo", "--seed", "9" * 40],
    ],
)
def test_numbers_out_of_range_on_the_command_line_are_usage_errors(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "en", *argv])
    assert stopped.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_a_device_given_as_a_key_file_is_refused_at_once(exported) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    assert main(["verify", str(exported.path), "--pubkey", "/dev/zero"]) == 2


def _with_zip64_end(package: Path, out: Path, *, offset_shift: int = 0) -> Path:
    """``package`` with a zip64 end record and locator before its plain end record, its plain
    fields left as they are: what Python's zipfile writes once the directory starts beyond
    2 GiB (a 3 GB package). ``offset_shift`` makes the zip64 record disagree."""
    raw = package.read_bytes()
    end = raw.rindex(b"PK\x05\x06")
    (_, _disk, _cd_disk, here, entries, cd_size, cd_offset, _comment) = struct.unpack(
        "<4sHHHHIIH", raw[end : end + 22]
    )
    record = struct.pack(
        "<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, here, entries, cd_size,
        cd_offset + offset_shift,
    )  # fmt: skip
    locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, end, 1)
    out.write_bytes(raw[:end] + record + locator + raw[end:])
    return out


def test_zip64_end_records_with_plain_fields_are_end_records_not_extra_data(
    exported, tmp_path: Path
) -> None:
    """Found by bench/bench_collect.py: a 3 GB package EvalDesk exported was refused as '76
    bytes of extra data before the zip' (the zip64 records zipfile adds beyond 2 GiB)."""
    path = _with_zip64_end(exported.path, tmp_path / "zip64.zip")
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None  # a valid zip for the standard library
    if shutil.which("unzip"):
        assert subprocess.run(["unzip", "-tqq", str(path)], capture_output=True).returncode == 0
    report = verify_package(path)
    assert report.intact, [p.code for p in report.problems]
    # a zip64 record that says another directory than the plain record: named, not trusted
    bad = _with_zip64_end(exported.path, tmp_path / "zip64-bad.zip", offset_shift=1)
    assert not verify_package(bad).intact


def test_an_entry_starting_beyond_2_gib_keeps_its_local_version(tmp_path: Path) -> None:
    """Found by bench/bench_collect.py: in a 3 GB package every entry after the first 2 GiB
    was 'the local header contradicts the central directory (version)', because zipfile
    raises the directory record to version 4.5 for the zip64 offset only. A sparse file:
    2 GiB of nothing, then a zip, as zipfile writes it."""
    from evaldesk.export import zipend, zipsafe

    path = tmp_path / "far.zip"
    with open(path, "wb") as fh:
        fh.truncate((2 << 30) + 100)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("bag/data/far.txt", b"far away" * 100)
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    assert infos[0].extract_version == 45 and infos[0].header_offset > zipfile.ZIP64_LIMIT
    with open(path, "rb") as fh:
        end = zipend.locate(fh, path.stat().st_size)
        assert isinstance(end, zipend.ZipEnd)
        extents, problems = zipsafe.local_extents(fh, infos, end)
    assert problems == [] and [e.name for e in extents] == ["bag/data/far.txt"]
    # an entry near the start claiming 4.5 in the directory only is still a contradiction
    near = tmp_path / "near.zip"
    with zipfile.ZipFile(near, "w") as zf:
        zf.writestr("bag/data/near.txt", b"near" * 100)
    raw = bytearray(near.read_bytes())
    central = raw.rindex(b"PK\x01\x02")
    raw[central + 6 : central + 8] = struct.pack("<H", 45)  # version needed, directory record
    near.write_bytes(bytes(raw))
    with zipfile.ZipFile(near) as zf:
        infos = zf.infolist()
    with open(near, "rb") as fh:
        end = zipend.locate(fh, near.stat().st_size)
        assert isinstance(end, zipend.ZipEnd)
        _extents, problems = zipsafe.local_extents(fh, infos, end)
    assert [p.code for p in problems] == ["local-header-mismatch"]
