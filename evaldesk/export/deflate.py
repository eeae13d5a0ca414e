"""Which package entries are deflated: only those that shrink, and never beyond what verify
accepts (evaldesk.export.zipsafe: 200:1 plus 4 KiB per entry).

Files already compressed (photos, PDFs, office documents, archives, media) are stored as they
are. Data made in memory is deflated once to decide. Evidence is judged by a sample of its
start: it is deflated when the sample shrinks by 10 % and by no more than 20:1 (a margin: the
whole file at the default level compresses better than the sample at level 1). A file that is
ordinary at its start and then hundreds of megabytes of zeros can still pass that sample and
deflate beyond 200:1; the writer checks every deflated entry and writes the package again with
such an entry stored (package.py).
"""

from __future__ import annotations

import zlib
from pathlib import Path

from evaldesk.export.zipsafe import Limits

SAMPLE = 256 * 1024
SAMPLE_RATIO = 20
STORED_SUFFIXES = frozenset(
    [
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".webp",
        ".heic",
        ".tif",
        ".tiff",
        ".pdf",
        ".ofd",
        ".zip",
        ".7z",
        ".rar",
        ".gz",
        ".bz2",
        ".xz",
        ".docx",
        ".xlsx",
        ".pptx",
        ".wps",
        ".et",
        ".mp3",
        ".m4a",
        ".aac",
        ".mp4",
        ".mov",
        ".avi",
        ".mkv",
        ".wmv",
    ]
)


def within_ratio(size: int, compressed: int, limits: Limits | None = None) -> bool:
    """Whether verify accepts an entry of ``size`` bytes deflated to ``compressed``."""
    limits = limits or Limits()
    return size <= limits.max_ratio * compressed + limits.ratio_slack


def deflate_data(data: bytes) -> bool:
    """Deflate this in-memory file? It must shrink by 10 % and stay within verify's ratio."""
    if not data:
        return False
    compressed = len(zlib.compress(data))
    return compressed < 0.9 * len(data) and within_ratio(len(data), compressed)


def deflate_file(name: str, blob: Path) -> bool:
    """Deflate this evidence file? Not when its type is compressed, or a sample of its start
    does not shrink by 10 %, or shrinks by more than 20:1."""
    if Path(name).suffix.lower() in STORED_SUFFIXES:
        return False
    try:
        with blob.open("rb") as f:
            sample = f.read(SAMPLE)
    except OSError:
        return True  # the copy will report the problem
    if not sample:
        return False
    compressed = len(zlib.compress(sample, 1))
    return compressed < 0.9 * len(sample) and len(sample) <= SAMPLE_RATIO * compressed
