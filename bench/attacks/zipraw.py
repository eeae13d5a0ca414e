"""A zip written byte by byte, so an attack can make every field say what it wants (names that
are not UTF-8, local headers that contradict the central directory, lying sizes, links)."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field


@dataclass
class Raw:
    name: bytes
    data: bytes = b""  # as stored in the zip (already deflated when method is 8)
    method: int = 0
    flags: int = 0x800
    crc: int | None = None  # default: CRC-32 of ``plain``
    size: int | None = None  # uncompressed size; default len(plain)
    plain: bytes | None = None  # the uncompressed content (default: ``data``)
    create_system: int = 3
    mode: int = 0o100644
    local: dict[str, object] = field(default_factory=dict)  # overrides in the local header only


def deflated(content: bytes, level: int = 9) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(content) + c.flush()


def build(entries: list[Raw], *, prefix: bytes = b"", suffix: bytes = b"") -> bytes:
    out = bytearray(prefix)
    central = bytearray()
    for e in entries:
        plain = e.data if e.plain is None else e.plain
        crc = zlib.crc32(plain) if e.crc is None else e.crc
        size = len(plain) if e.size is None else e.size
        offset = len(out) - len(prefix)
        lf = {
            "version": 20,
            "flags": e.flags,
            "method": e.method,
            "crc": crc,
            "csize": len(e.data),
            "size": size,
            "name": e.name,
        }
        lf.update(e.local)
        name = lf["name"]
        assert isinstance(name, bytes)
        extra = b""
        if size > 0xFFFFFFFF:  # zip64: the sizes move to an extra field
            extra = struct.pack("<HHQQ", 1, 16, size, len(e.data))
            lf["size"] = lf["csize"] = 0xFFFFFFFF
        out += struct.pack(
            "<4sHHHHHIIIHH",
            b"PK\x03\x04",
            lf["version"],
            lf["flags"],
            lf["method"],
            0,
            0x5A2F,
            lf["crc"],
            lf["csize"],
            lf["size"],
            len(name),
            len(extra),
        )
        out += name + extra + e.data
        central += struct.pack(
            "<4sBBHHHHHIIIHHHHHII",
            b"PK\x01\x02",
            20,
            e.create_system,
            20,
            e.flags,
            e.method,
            0,
            0x5A2F,
            crc,
            0xFFFFFFFF if extra else len(e.data),
            0xFFFFFFFF if extra else size,
            len(e.name),
            len(extra),
            0,
            0,
            0,
            e.mode << 16,
            offset,
        )
        central += e.name + extra
    start = len(out) - len(prefix)
    count = len(entries)
    if count > 0xFFFF:  # zip64 end records
        zip64_at = len(out) + len(central) - len(prefix)
        tail = struct.pack(
            "<4sQHHIIQQQQ",
            b"PK\x06\x06",
            44,
            45,
            45,
            0,
            0,
            count,
            count,
            len(central),
            start,
        )
        tail += struct.pack("<4sIQI", b"PK\x06\x07", 0, zip64_at, 1)
        tail += struct.pack(
            "<4sHHHHIIH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0
        )
    else:
        tail = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(central), start, 0)
    return bytes(out + central + tail + suffix)
