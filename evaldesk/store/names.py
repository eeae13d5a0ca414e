"""Original file names are data, not paths.

An evidence file keeps the name it came with (any Unicode, 300 characters, ``<>:"/\\|?*``, or
``CON``) as text in the database; the file itself is stored under its SHA-256. When a name must
become a file name again (an export, "save as"), :func:`safe_filename` makes one that works on
Windows and Linux alike.
"""

from __future__ import annotations

import unicodedata

from evaldesk.errors import InputError
from evaldesk.messages import msg

MAX_NAME_CHARS = 1000
WINDOWS_FORBIDDEN = set('<>:"/\\|?*')
WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
    "COM¹",
    "COM²",
    "COM³",
    "LPT¹",
    "LPT²",
    "LPT³",
}


def clean_original_name(name: str) -> str:
    """The name as stored: NFC, no control characters, not blank. Nothing else is changed."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc").strip()
    if not text:
        raise InputError(msg("evidence_file.no_name"))
    if len(text) > MAX_NAME_CHARS:
        raise InputError(msg("evidence_file.name_long", n=len(text), max=MAX_NAME_CHARS))
    return text


def _truncate_utf8(text: str, max_bytes: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode("utf-8", errors="ignore")


def safe_filename(name: str, max_bytes: int = 180, fallback: str = "file") -> str:
    """A file name that every supported filesystem accepts, keeping as much of ``name`` as it can.

    Forbidden characters become ``_``; reserved device names get a ``_`` prefix; trailing dots
    and spaces go; the result fits ``max_bytes`` of UTF-8 (ext4 allows 255 bytes, and Chinese
    characters take 3), keeping the extension.
    """
    text = unicodedata.normalize("NFC", name)
    text = "".join(
        "_" if (ch in WINDOWS_FORBIDDEN or unicodedata.category(ch) == "Cc") else ch for ch in text
    )
    text = text.strip().rstrip(". ")
    if not text or set(text) <= {"_", "."}:
        text = fallback
    stem, dot, ext = text.rpartition(".")
    if not dot or not stem or len(ext) > 16 or " " in ext:
        stem, ext = text, ""
    if stem.split(".")[0].upper().rstrip(" ") in WINDOWS_RESERVED:
        stem = "_" + stem
    ext_part = f".{ext}" if ext else ""
    stem = _truncate_utf8(stem, max(1, max_bytes - len(ext_part.encode("utf-8")))).rstrip(". ")
    return (stem or fallback) + ext_part
