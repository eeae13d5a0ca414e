"""Where a zip ends: its end record, found and checked before any zip library reads the file.

A zip is read from its end: the end record says where the central directory is. A reader that
searches for that record (as Python's zipfile does) finds, in a truncated package, the end
record of an xlsx stored inside it, and then reads that xlsx's directory as if it were the
package's ("[Content_Types].xml outside the bag"). So the end is judged here first: the end
record must close the file exactly, and the directory it names must lie just before it. What
does not fit is named: a file cut short is *truncated*, bytes before or after the zip are
*extra data*, anything else is no zip at all.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

EOCD = b"PK\x05\x06"
EOCD_SIZE = 22
LOCATOR = b"PK\x06\x07"
LOCATOR_SIZE = 20
EOCD64 = b"PK\x06\x06"
EOCD64_SIZE = 56
LOCAL = b"PK\x03\x04"
MAX_COMMENT = 0xFFFF


@dataclass(frozen=True, slots=True)
class ZipEnd:
    cd_offset: int  # where the central directory starts
    cd_size: int
    entries: int
    records_start: int  # where the end records (zip64 record, locator, end record) start


@dataclass(frozen=True, slots=True)
class EndFinding:
    """Why the end does not fit: ``truncated``, ``extra-data`` or ``not-a-zip``."""

    code: str
    detail: str  # a short, stable word for the message: where the problem is
    extra: int = 0  # bytes before or after the zip (extra-data)


def _read_at(fh: BinaryIO, offset: int, size: int) -> bytes:
    fh.seek(offset)
    return fh.read(size)


def locate(fh: BinaryIO, file_size: int) -> ZipEnd | EndFinding:
    """The zip's end, or why there is none that closes the file."""
    if file_size == 0:
        return EndFinding("not-a-zip", "empty")
    head = _read_at(fh, 0, 4)
    starts_like_zip = head == LOCAL
    window = min(file_size, EOCD_SIZE + MAX_COMMENT)
    tail_start = file_size - window
    tail = _read_at(fh, tail_start, window)
    at = tail.rfind(EOCD)
    if at == -1:
        if starts_like_zip:
            return EndFinding("truncated", "no-end-record")
        return EndFinding("not-a-zip", "no-end-record")
    position = tail_start + at
    if position + EOCD_SIZE > file_size:
        return EndFinding("truncated", "end-record-cut")
    (_, disk, cd_disk, _here, entries, cd_size, cd_offset, comment) = struct.unpack(
        "<4sHHHHIIH", tail[at : at + EOCD_SIZE]
    )
    end_of_record = position + EOCD_SIZE + comment
    found = _directory(fh, position, entries, cd_size, cd_offset)
    if end_of_record > file_size:
        return EndFinding("truncated", "comment-cut")
    if isinstance(found, EndFinding) or disk != 0 or cd_disk != 0:
        # An end record that does not describe this file: the inner zip of a stored xlsx in a
        # package cut short, or a damaged record.
        if starts_like_zip:
            return EndFinding("truncated", "directory-does-not-fit")
        return EndFinding("not-a-zip", "directory-does-not-fit")
    complete = found.cd_offset + found.cd_size == found.records_start
    if end_of_record < file_size:
        if complete:  # a whole zip from the first byte, then something appended
            return EndFinding("extra-data", "after", file_size - end_of_record)
        # The end record of a zip stored inside (an xlsx), followed by the rest of a package
        # that was cut short.
        return EndFinding("truncated" if starts_like_zip else "not-a-zip", "inner-end-record")
    if not complete:
        return EndFinding(
            "extra-data", "before", found.records_start - found.cd_offset - found.cd_size
        )
    return found


def _directory(
    fh: BinaryIO, position: int, entries: int, cd_size: int, cd_offset: int
) -> ZipEnd | EndFinding:
    """The directory the end record at ``position`` names, resolved through the zip64 records
    when its fields are full or a zip64 locator precedes it; it must end where the end records
    begin.

    Python's zipfile (which writes the packages) adds the zip64 records as soon as the
    directory starts beyond 2 GiB, while the plain end record still holds the offset exactly
    (below 4 GiB): a 3 GB package has zip64 records with no full field. Their 76 bytes are
    end records, not extra data; the values they hold must then agree with the plain ones."""
    records_start = position
    full = 0xFFFF in (entries,) or 0xFFFFFFFF in (cd_size, cd_offset)
    locator = (
        _read_at(fh, position - LOCATOR_SIZE, LOCATOR_SIZE) if position >= LOCATOR_SIZE else b""
    )
    if full or locator[:4] == LOCATOR:
        if len(locator) != LOCATOR_SIZE:
            return EndFinding("truncated", "zip64-locator")
        sig, _disk, record_at, _disks = struct.unpack("<4sIQI", locator)
        if sig != LOCATOR or record_at + EOCD64_SIZE > position - LOCATOR_SIZE:
            return EndFinding("truncated", "zip64-locator")
        record = _read_at(fh, record_at, EOCD64_SIZE)
        if len(record) != EOCD64_SIZE or record[:4] != EOCD64:
            return EndFinding("truncated", "zip64-record")
        (_, _size, _made, _need, _disk, _cd_disk, _here, entries64, size64, offset64) = (
            struct.unpack("<4sQHHIIQQQQ", record)
        )
        if not full and (entries64, size64, offset64) != (entries, cd_size, cd_offset):
            return EndFinding("truncated", "zip64-record")
        entries, cd_size, cd_offset = entries64, size64, offset64
        records_start = record_at
    if cd_offset + cd_size > records_start:
        return EndFinding("truncated", "directory-does-not-fit")
    return ZipEnd(cd_offset, cd_size, entries, records_start)
