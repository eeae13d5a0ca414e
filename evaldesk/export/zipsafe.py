"""Zip safety, judged from the central directory before any entry is inflated.

A package comes from outside: its names may point outside the folder it is unpacked into
(zip-slip), its entries may be links or devices, and its sizes may be a bomb (a few kilobytes
that inflate to terabytes, or entries that overlap so one stream is counted many times).
Each finding is returned as a :class:`Problem`; nothing is read when any is found.
"""

from __future__ import annotations

import re
import stat
import zipfile
from dataclasses import dataclass

GiB = 1 << 30


@dataclass(frozen=True, slots=True)
class Problem:
    check: str  # zip_safety, structure, completeness, hashes, oxum, signature, expected_key, content_digest
    code: str  # stable machine name, e.g. unsafe-path, hash-mismatch (docs/package-format.md)
    path: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"check": self.check, "code": self.code, "path": self.path, "message": self.message}


@dataclass(frozen=True, slots=True)
class Limits:
    max_entries: int = 100_000
    max_entry_size: int = 16 * GiB
    max_total_size: int = 256 * GiB
    max_ratio: int = 200  # uncompressed / compressed, for entries above ratio_floor
    ratio_floor: int = 1 << 20
    max_tag_file: int = 16 << 20  # tag files are read into memory


_DRIVE = re.compile(r"^[A-Za-z]:")
_FILE_TYPES = {0, stat.S_IFREG, stat.S_IFDIR}


def zip_problems(zf: zipfile.ZipFile, limits: Limits) -> list[Problem]:
    found: list[Problem] = []

    def bad(code: str, path: str, message: str) -> None:
        found.append(Problem("zip_safety", code, path, message))

    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        bad("too-many-entries", "", f"{len(infos)} entries (at most {limits.max_entries} allowed)")
        return found
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        parts = name.rstrip("/").split("/")
        if name.startswith(("/", "\\")) or _DRIVE.match(name):
            bad(
                "unsafe-path",
                name,
                "absolute path: it would be written outside the unpacking folder",
            )
        elif "\\" in name or any(p in ("", ".", "..") for p in parts):
            bad("unsafe-path", name, "path with '..', '.', an empty part or a backslash (zip-slip)")
        elif any(ord(c) < 32 or c == "\x7f" for c in name):
            bad("unsafe-path", name, "control character in the file name")
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if info.create_system == 3 and kind == stat.S_IFLNK:
            bad("link-entry", name, "symbolic link entry: packages hold regular files only")
        elif info.create_system == 3 and kind not in _FILE_TYPES:
            bad(
                "special-entry",
                name,
                f"special file entry (mode {mode:o}): packages hold regular files only",
            )
        key = name.casefold()
        if key in seen:
            bad("duplicate-entry", name, "the same name appears twice (ignoring case)")
        seen.add(key)
        if info.flag_bits & 0x1:
            bad("encrypted-entry", name, "encrypted entry")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            bad(
                "unsupported-compression",
                name,
                f"compression method {info.compress_type} is not used by packages",
            )
        if info.file_size > limits.max_entry_size:
            bad(
                "entry-too-large",
                name,
                f"declares {info.file_size} bytes (at most {limits.max_entry_size})",
            )
        if info.file_size > limits.ratio_floor and (
            info.compress_size == 0 or info.file_size / info.compress_size > limits.max_ratio
        ):
            bad(
                "zip-bomb",
                name,
                f"compression ratio {info.file_size}:{info.compress_size} exceeds {limits.max_ratio}:1",
            )
        total += info.file_size
    if total > limits.max_total_size:
        bad(
            "zip-bomb",
            "",
            f"entries declare {total} bytes in total (at most {limits.max_total_size})",
        )
    found.extend(_overlaps(zf, infos))
    return found


def _overlaps(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> list[Problem]:
    """Entries whose data overlap (the 'overlapping files' zip bomb) or run into the directory."""
    out: list[Problem] = []
    ordered = sorted(infos, key=lambda i: i.header_offset)
    end_of_data = getattr(zf, "start_dir", None)
    for i, info in enumerate(ordered):
        # 30-byte local header + name + data; the local extra field only makes it longer.
        encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
        name_len = len(info.orig_filename.encode(encoding, "surrogateescape"))
        minimum_end = info.header_offset + 30 + name_len + info.compress_size
        limit = ordered[i + 1].header_offset if i + 1 < len(ordered) else end_of_data
        if limit is not None and minimum_end > limit:
            out.append(
                Problem(
                    "zip_safety",
                    "zip-bomb",
                    info.filename,
                    "entry data overlaps the next entry or the directory",
                )
            )
    return out
