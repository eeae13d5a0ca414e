"""Safe file names inside the package, and the evidence plan (numbers, folders, names).

Evidence is uploaded from Windows PCs and unpacked on Windows and Linux: names are NFC, free of
characters Windows forbids, of reserved device names, of control and bidi characters, of ``%``
(which BagIt manifests would have to percent-encode), not longer than a Windows path allows,
and unique ignoring case. The original names are kept in the evidence index.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from evaldesk.export.snapshot import EvidenceFile
from evaldesk.rubrics.model import Rubric

_FORBIDDEN = set('<>:"/\\|?*%') | {chr(c) for c in range(32)} | {"\x7f"}
_BIDI = {"\u200e", "\u200f", "\u061c"} | {chr(c) for c in range(0x202A, 0x202F)}
_BIDI |= {chr(c) for c in range(0x2066, 0x206A)}
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
_RESERVED |= {f"COM{i}" for i in range(10)} | {f"LPT{i}" for i in range(10)}
_RESERVED |= {f"COM{c}" for c in "¹²³"} | {f"LPT{c}" for c in "¹²³"}
MAX_NAME = 80  # characters per component: the package folder + data/evidence/ stays far below 260
UNLINKED = "未关联"


def safe_component(name: str, fallback: str = "file") -> str:
    """One path component that every common file system accepts."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(
        "_"
        if ch in _FORBIDDEN or ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs", "Co")
        else ch
        for ch in text
    )
    text = text.strip().rstrip(". ")
    if not text or set(text) <= {"."}:
        text = fallback
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    if stem.split(".")[0].strip().upper() in _RESERVED or text.upper() in _RESERVED:
        text = "_" + text
        stem = "_" + stem
    if len(text) > MAX_NAME:
        ext = ext[:16]
        keep = MAX_NAME - (len(ext) + 1 if ext else 0)
        text = stem[:keep].rstrip(". ") + ("." + ext if ext else "")
    return text


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2).ext`` ... so that no two names in ``taken`` differ only by case."""
    candidate = name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    n = 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({n})" + (f".{ext}" if ext else "")
        n += 1
    taken.add(candidate.casefold())
    return candidate


@dataclass(frozen=True, slots=True)
class PlannedEvidence:
    number: int  # E1, E2 ... in the report
    arcname: str  # path inside the bag, e.g. data/evidence/一.1/会议纪要.pdf
    file: EvidenceFile

    @property
    def ref(self) -> str:
        return f"E{self.number}"


def plan_evidence(rubric: Rubric, files: tuple[EvidenceFile, ...]) -> list[PlannedEvidence]:
    """Evidence in rubric order (first linked item), one folder per item, safe unique names."""
    order = {item.code: i for i, item in enumerate(rubric.items())}

    def key(ev: EvidenceFile) -> tuple[int, str, str]:
        first = min((order.get(c, len(order)) for c in ev.items), default=len(order) + 1)
        return (first, unicodedata.normalize("NFC", ev.original_name), ev.sha256)

    taken: dict[str, set[str]] = {}
    folders: dict[str, str] = {}
    folder_taken: set[str] = set()
    plan: list[PlannedEvidence] = []
    for number, ev in enumerate(sorted(files, key=key), start=1):
        owner = min(ev.items, key=lambda c: order.get(c, len(order))) if ev.items else UNLINKED
        if owner not in folders:
            folders[owner] = unique_name(safe_component(owner, "item"), folder_taken)
        folder = folders[owner]
        name = unique_name(safe_component(ev.original_name), taken.setdefault(folder, set()))
        plan.append(PlannedEvidence(number, f"data/evidence/{folder}/{name}", ev))
    return plan
