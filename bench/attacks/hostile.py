"""Family ``hostile-zips``: zips made to hurt an unpacker or a verifier.

Every one must be refused by `evaldesk verify` with a named failure (exit 1, or 2 when it is no
readable zip at all), quickly and without a crash. Some must also be named for what they are
(a truncated package says "truncated").
"""

from __future__ import annotations

import hashlib
import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from core import Outcome, Result, cli, judge_refusal
from workspace import Workspace
from zipraw import Raw, build, deflated

TOP = b"pkg/"


@dataclass(frozen=True)
class Hostile:
    name: str
    make: Callable[[Workspace], bytes]
    says: str = ""  # what the (English) answer must name, if anything
    budget: float = 20.0


def _bag(*extra: Raw) -> bytes:
    return build([Raw(TOP + b"bagit.txt", b"BagIt-Version: 1.0\n"), *extra])


def _package(ws: Workspace) -> bytes:
    return ws.package.read_bytes()


def _infos(ws: Workspace) -> list[zipfile.ZipInfo]:
    with zipfile.ZipFile(ws.package) as zf:
        return zf.infolist()


def _local_field(ws: Workspace, entry_suffix: str, offset: int, fmt: str, value: int) -> bytes:
    """The package with one field of one entry's local header changed (the directory not)."""
    raw = bytearray(_package(ws))
    info = next(i for i in _infos(ws) if i.filename.endswith(entry_suffix))
    struct.pack_into(fmt, raw, info.header_offset + offset, value)
    return bytes(raw)


def _central_field(ws: Workspace, entry_suffix: str, offset: int, fmt: str, value: int) -> bytes:
    raw = bytearray(_package(ws))
    info = next(i for i in _infos(ws) if i.filename.endswith(entry_suffix))
    name = info.orig_filename.encode("utf-8")
    at = raw.find(b"PK\x01\x02", raw.find(b"PK\x01\x02"))
    while at != -1:
        if raw[at + 46 : at + 46 + len(name)] == name:
            break
        at = raw.find(b"PK\x01\x02", at + 4)
    struct.pack_into(fmt, raw, at + offset, value)
    return bytes(raw)


def _truncated_inside_xlsx(ws: Workspace) -> bytes:
    """Cut just after a stored xlsx: its own end-of-directory is then the last one in the file."""
    info = next(i for i in _infos(ws) if i.filename.endswith("ledger.xlsx"))
    end = info.header_offset + 30 + len(info.orig_filename.encode()) + info.compress_size
    return _package(ws)[: end + 100]


def _small_entry_bomb(ws: Workspace) -> bytes:
    """20,000 entries of 1 MiB of zeros (~1 KiB each in the zip: 20 GiB to inflate) listed in a
    manifest whose tag manifest does not match: a verifier that goes on hashing after the tag
    manifest failed, or judges the ratio only above 1 MiB, inflates all of it."""
    blob = deflated(bytes(1 << 20))
    count = 20_000
    digest = hashlib.sha256(bytes(1 << 20)).hexdigest()
    crc = zlib.crc32(bytes(1 << 20))
    entries = [
        Raw(TOP + f"data/z{i:05d}.bin".encode(), blob, method=8, plain=b"", size=1 << 20, crc=crc)
        for i in range(count)
    ]
    manifest = "".join(f"{digest}  data/z{i:05d}.bin\n" for i in range(count)).encode()
    tags = [
        Raw(TOP + b"bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
        Raw(TOP + b"bag-info.txt", b"Payload-Oxum: 0.0\n"),
        Raw(TOP + b"manifest-sha256.txt", manifest),
        Raw(TOP + b"tagmanifest-sha256.txt", b"0" * 64 + b"  manifest-sha256.txt\n"),
        Raw(TOP + b"tagmanifest-sha256.txt.sig", bytes(64)),
        Raw(TOP + b"public-key.pem", b"-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n"),
    ]
    return build(tags + entries)


def _many_entries(ws: Workspace) -> bytes:
    return build([Raw(TOP + f"data/e{i}".encode()) for i in range(100_001)])


def _big_bomb(ws: Workspace) -> bytes:
    blob = deflated(bytes(64 << 20), 9)
    return _bag(Raw(TOP + b"data/zeros.bin", blob, method=8, plain=b"", size=1 << 30, crc=0))


CASES: list[Hostile] = [
    Hostile("zip-slip ..", lambda ws: _bag(Raw(TOP + b"../evil.txt", b"owned"))),
    Hostile("zip-slip top ..", lambda ws: _bag(Raw(b"../../evil.txt", b"owned"))),
    Hostile("absolute path", lambda ws: _bag(Raw(b"/tmp/evaldesk-evil.txt", b"owned"))),
    Hostile("drive letter", lambda ws: _bag(Raw(b"C:/evil.txt", b"owned"))),
    Hostile("backslashes", lambda ws: _bag(Raw(b"pkg\\..\\..\\evil.txt", b"owned"))),
    Hostile(
        "symbolic link", lambda ws: _bag(Raw(TOP + b"data/passwd", b"/etc/passwd", mode=0o120777))
    ),
    Hostile("device entry", lambda ws: _bag(Raw(TOP + b"data/dev", b"", mode=0o020666))),
    Hostile("fifo entry", lambda ws: _bag(Raw(TOP + b"data/fifo", b"", mode=0o010644))),
    Hostile(
        "duplicate name", lambda ws: _bag(Raw(TOP + b"data/a", b"1"), Raw(TOP + b"data/a", b"2"))
    ),
    Hostile(
        "duplicate ignoring case",
        lambda ws: _bag(Raw(TOP + b"data/A", b"1"), Raw(TOP + b"data/a", b"2")),
    ),
    Hostile("1 GiB bomb", _big_bomb),
    Hostile("20 GiB in small entries", _small_entry_bomb, budget=20.0),
    Hostile("100,001 entries", _many_entries, budget=60.0),
    Hostile(
        "name flagged UTF-8, not UTF-8", lambda ws: _bag(Raw(TOP + b"data/\xff\xfe.txt", b"x"))
    ),
    Hostile(
        "GBK name without the UTF-8 flag",
        lambda ws: _bag(Raw(TOP + "data/佐证.txt".encode("gbk"), b"x", flags=0)),
    ),
    Hostile("encrypted entry", lambda ws: _bag(Raw(TOP + b"data/secret", b"x" * 20, flags=0x801))),
    Hostile(
        "unsupported compression (LZMA)",
        lambda ws: _bag(Raw(TOP + b"data/x", b"\x00" * 9, method=14, plain=b"x")),
    ),
    Hostile("declares 20 GiB", lambda ws: _bag(Raw(TOP + b"data/x", b"x", size=20 << 30))),
    Hostile(
        "truncated to half", lambda ws: _package(ws)[: len(_package(ws)) // 2], says="truncated"
    ),
    Hostile("truncated by one byte", lambda ws: _package(ws)[:-1], says="truncated"),
    Hostile("truncated before the end record", lambda ws: _package(ws)[:-22], says="truncated"),
    Hostile("truncated after a stored xlsx", _truncated_inside_xlsx, says="truncated"),
    Hostile("empty file", lambda ws: b""),
    Hostile("empty zip", lambda ws: build([])),
    Hostile("not a zip (random bytes)", lambda ws: os.urandom(4096)),
    Hostile("not a zip (a PDF)", lambda ws: b"%PDF-1.4\n" + b"0" * 2000 + b"\n%%EOF\n"),
    Hostile("data before the zip", lambda ws: b"MZ" + b"\0" * 4094 + _package(ws)),
    Hostile("data after the zip", lambda ws: _package(ws) + b"trailing bytes"),
    Hostile(
        "local CRC differs from the directory",
        lambda ws: _local_field(ws, "data/score.json", 14, "<I", 0x12345678),
    ),
    Hostile(
        "local sizes differ from the directory",
        lambda ws: _local_field(ws, "data/report.pdf", 18, "<I", 1000),
    ),
    Hostile(
        "local method differs from the directory",
        lambda ws: _local_field(ws, "data/scores.xlsx", 8, "<H", 8),
    ),
    Hostile(
        "local flags differ from the directory",
        lambda ws: _local_field(ws, "data/score.json", 6, "<H", 0x0808),
    ),
    Hostile(
        "directory CRC differs from the data",
        lambda ws: _central_field(ws, "data/ledger.xlsx", 16, "<I", 0x1234),
    ),
    Hostile(
        "directory offset points at another entry",
        lambda ws: _central_field(ws, "data/scores.xlsx", 42, "<I", 0),
    ),
]


def hostile_zips(ws: Workspace, size: int | None, seed: int) -> Iterator[Result]:
    folder = ws.scratch("hostile")
    cases = CASES if size is None else CASES[:size]
    for case in cases:
        path = folder / "hostile.zip"
        path.write_bytes(case.make(ws))
        run = cli(["--lang", "en", "verify", str(path)])
        result = judge_refusal(run, case.name, budget=case.budget)
        if (
            result.outcome is Outcome.CAUGHT
            and case.says
            and case.says not in (run.out + run.err).lower()
        ):
            last = (run.out + run.err).strip().splitlines()[-3:]
            result = Result(case.name, Outcome.MISNAMED, f"not named '{case.says}': {last}")
        yield result
        path.unlink()
        outside = Path("/tmp/evaldesk-evil.txt")
        if outside.exists():
            outside.unlink()
            yield Result(case.name + " (wrote outside)", Outcome.WRONG, str(outside))
