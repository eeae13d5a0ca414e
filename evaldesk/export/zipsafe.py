"""Zip safety, judged from the central directory and the local headers before anything is read.

A package comes from outside: its names may point outside the folder it is unpacked into
(zip-slip), its entries may be links or devices, its sizes may be a bomb (a few kilobytes that
inflate to terabytes, or entries that overlap so one stream is counted many times), and its
local headers may say something else than its directory (a reader that trusts the directory,
as Python's zipfile does, then sees other bytes than `unzip`, which trusts the local headers).

Each finding is a :class:`Problem`; nothing is read when any is found. What passes is a list of
:class:`Extent`: where each entry's data really starts and ends, which the reader then uses.

The work a package may ask for is bounded (docs/package-format.md): at most 100,000 entries;
every entry at most 200 times its compressed size (plus 4 KiB, so tiny files are not judged by
a ratio); all entries together at most 200 times the file's size plus 64 MiB, and 256 GiB.
"""

from __future__ import annotations

import re
import stat
import struct
import zipfile
from dataclasses import dataclass
from typing import Any, BinaryIO

from evaldesk.export.zipend import LOCAL, ZipEnd
from evaldesk.messages import Message, msg

GiB = 1 << 30
MiB = 1 << 20
LOCAL_SIZE = 30
DATA_DESCRIPTOR = 0x08
ZIP64_VERSION = 45  # "version needed to extract" of an entry with zip64 fields


@dataclass(frozen=True, slots=True)
class Problem:
    check: str  # zip_safety, structure, completeness, hashes, oxum, signature, ... (verify_report)
    code: str  # stable machine name, e.g. unsafe-path, hash-mismatch (docs/package-format.md)
    path: str
    message: Message

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "check": self.check,
            "code": self.code,
            "path": self.path,
            "message": self.message.text(),
        }
        detail = self.message.to_json()
        out["key"], out["args"], out["text"] = detail["key"], detail["args"], detail["text"]
        return out


@dataclass(frozen=True, slots=True)
class Limits:
    max_entries: int = 100_000
    max_entry_size: int = 16 * GiB
    max_total_size: int = 256 * GiB
    max_ratio: int = 200  # uncompressed / compressed, for every entry
    ratio_slack: int = 4 << 10  # bytes an entry may inflate to beyond the ratio (tiny files)
    budget_slack: int = 64 * MiB  # all entries: max_ratio x the file's size, plus this
    max_tag_file: int = 16 * MiB  # tag files are read into memory


@dataclass(frozen=True, slots=True)
class Extent:
    """One entry as it really is in the file: where its data is and what it declares."""

    info: zipfile.ZipInfo
    data_start: int
    compress_size: int
    file_size: int
    method: int
    crc: int

    @property
    def name(self) -> str:
        return self.info.filename


_DRIVE = re.compile(r"^[A-Za-z]:")
_FILE_TYPES = {0, stat.S_IFREG, stat.S_IFDIR}
_ODD_BITS = stat.S_ISUID | stat.S_ISGID | stat.S_ISVTX


def _bad(found: list[Problem], code: str, path: str, message: Message) -> None:
    found.append(Problem("zip_safety", code, path, message))


def _name_problems(found: list[Problem], info: zipfile.ZipInfo) -> None:
    name = info.filename
    parts = name.rstrip("/").split("/")
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        _bad(found, "unsafe-path", name, msg("verify.zip.absolute_path"))
    elif "\\" in name or any(p in ("", ".", "..") for p in parts):
        _bad(found, "unsafe-path", name, msg("verify.zip.slip"))
    elif any(ord(c) < 32 or c == "\x7f" for c in name):
        _bad(found, "unsafe-path", name, msg("verify.zip.control_character"))
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if info.create_system == 3 and kind == stat.S_IFLNK:
        _bad(found, "link-entry", name, msg("verify.zip.link"))
    elif info.create_system == 3 and (kind not in _FILE_TYPES or mode & _ODD_BITS):
        _bad(found, "special-entry", name, msg("verify.zip.special", mode=f"{mode:o}"))


def _size_problems(found: list[Problem], info: zipfile.ZipInfo, limits: Limits) -> None:
    name = info.filename
    if info.flag_bits & 0x1:
        _bad(found, "encrypted-entry", name, msg("verify.zip.encrypted"))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        _bad(
            found,
            "unsupported-compression",
            name,
            msg("verify.zip.compression", method=info.compress_type),
        )
    if info.volume != 0:
        _bad(found, "damaged-zip", name, msg("verify.zip.other_disk"))
    if info.file_size > limits.max_entry_size:
        _bad(
            found,
            "entry-too-large",
            name,
            msg("verify.zip.entry_too_large", size=info.file_size, limit=limits.max_entry_size),
        )
    elif info.file_size > limits.max_ratio * info.compress_size + limits.ratio_slack:
        _bad(
            found,
            "zip-bomb",
            name,
            msg(
                "verify.zip.ratio",
                size=info.file_size,
                compressed=info.compress_size,
                ratio=limits.max_ratio,
            ),
        )
    if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
        _bad(found, "damaged-zip", name, msg("verify.zip.stored_sizes"))


def directory_problems(
    infos: list[zipfile.ZipInfo], file_size: int, limits: Limits
) -> list[Problem]:
    """What the central directory alone shows (names, kinds, sizes, the work it would take)."""
    found: list[Problem] = []
    if len(infos) > limits.max_entries:
        _bad(
            found,
            "too-many-entries",
            "",
            msg("verify.zip.too_many", count=len(infos), limit=limits.max_entries),
        )
        return found
    seen: set[str] = set()
    total = 0
    for info in infos:
        _name_problems(found, info)
        key = info.filename.casefold()
        if key in seen:
            _bad(found, "duplicate-entry", info.filename, msg("verify.zip.duplicate"))
        seen.add(key)
        _size_problems(found, info, limits)
        total += info.file_size
    budget = min(limits.max_total_size, limits.max_ratio * file_size + limits.budget_slack)
    if total > budget:
        _bad(found, "zip-bomb", "", msg("verify.zip.total", size=total, limit=budget))
    return found


def _dos_time(info: zipfile.ZipInfo) -> tuple[int, int]:
    y, mo, d, h, mi, s = info.date_time
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def _raw_name(info: zipfile.ZipInfo) -> bytes:
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    return info.orig_filename.encode(encoding, "surrogateescape")


def _zip64_sizes(extra: bytes, csize: int, usize: int) -> tuple[int, int]:
    """The local header's sizes, read from its zip64 extra field where they are full."""
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, pos)
        body = extra[pos + 4 : pos + 4 + length]
        if tag == 1:
            values = [struct.unpack_from("<Q", body, i)[0] for i in range(0, len(body) - 7, 8)]
            if usize == 0xFFFFFFFF and values:
                usize = values.pop(0)
            if csize == 0xFFFFFFFF and values:
                csize = values.pop(0)
        pos += 4 + length
    return csize, usize


def _central_version(info: zipfile.ZipInfo, local: int) -> int:
    """The version the local header must state. Python's zipfile (which writes the packages)
    raises the directory record's version to 4.5 when only the entry's offset needs zip64
    (it starts beyond 2 GiB), and the offset is not in the local header, which keeps its own
    version: that pair is what zipfile writes, not a contradiction."""
    central = info.extract_version
    if central == ZIP64_VERSION and local < central and info.header_offset > zipfile.ZIP64_LIMIT:
        return local
    return central


def local_extents(
    fh: BinaryIO, infos: list[zipfile.ZipInfo], end: ZipEnd
) -> tuple[list[Extent], list[Problem]]:
    """Each entry's local header read and compared with its directory record; the data of each
    entry must lie before the next entry and before the directory (no overlaps)."""
    found: list[Problem] = []
    extents: list[Extent] = []
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for n, info in enumerate(ordered):
        name = info.filename
        limit = ordered[n + 1].header_offset if n + 1 < len(ordered) else end.cd_offset
        fh.seek(info.header_offset)
        head = fh.read(LOCAL_SIZE)
        if len(head) != LOCAL_SIZE or head[:4] != LOCAL:
            _bad(found, "local-header-mismatch", name, msg("verify.zip.no_local_header"))
            continue
        (_, version, flags, method, time, date, crc, csize, usize, nlen, elen) = struct.unpack(
            "<4sHHHHHIIIHH", head
        )
        local_name = fh.read(nlen)
        extra = fh.read(elen)
        csize, usize = _zip64_sizes(extra, csize, usize)
        fields = [
            ("version", version, _central_version(info, version)),
            ("flags", flags, info.flag_bits),
            ("method", method, info.compress_type),
            ("time", (time, date), _dos_time(info)),
            ("name", local_name, _raw_name(info)),
        ]
        if not flags & DATA_DESCRIPTOR:  # else the local CRC and sizes follow the data
            fields += [
                ("crc", crc, info.CRC),
                ("compressed size", csize, info.compress_size),
                ("size", usize, info.file_size),
            ]
        differ = [label for label, local, central in fields if local != central]
        if differ:
            _bad(
                found,
                "local-header-mismatch",
                name,
                msg("verify.zip.local_differs", fields=differ),
            )
            continue
        data_start = info.header_offset + LOCAL_SIZE + nlen + elen
        if data_start + info.compress_size > limit:
            _bad(found, "zip-bomb", name, msg("verify.zip.overlap"))
            continue
        extents.append(
            Extent(info, data_start, info.compress_size, info.file_size, method, info.CRC)
        )
    return extents, found
