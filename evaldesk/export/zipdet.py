"""Deterministic zip entries: fixed timestamps, attributes and the UTF-8 name flag.

Used for the package and for the xlsx files inside it, so the same data gives the same bytes.
"""

from __future__ import annotations

import zipfile
from datetime import date
from typing import IO, Any

UTF8_NAME_FLAG = 0x800
FILE_ATTR = 0o100644 << 16  # a regular file, rw-r--r--, whatever the exporting system


def zip_info(name: str, when: date, *, compress: bool, size: int | None = None) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.create_system = 3  # Unix, so Windows and Linux exports carry the same bytes
    info.external_attr = FILE_ATTR
    info.flag_bits |= UTF8_NAME_FLAG
    if size is not None:
        info.file_size = size  # lets zipfile choose ZIP64 up front for large evidence
    return info


class FixedTimeZipFile(zipfile.ZipFile):
    """A ZipFile whose ``writestr(name, data)`` and ``write(file, name)`` entries carry the
    fixed date instead of the clock or the file's mtime (openpyxl uses both)."""

    def __init__(self, file: IO[bytes], when: date) -> None:
        super().__init__(file, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self._when = when

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: Any,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = zip_info(zinfo_or_arcname, self._when, compress=True)
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(
        self,
        filename: Any,
        arcname: Any = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        with open(filename, "rb") as f:
            data = f.read()
        self.writestr(str(arcname if arcname is not None else filename), data)
