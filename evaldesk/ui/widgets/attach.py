"""Attach files as evidence in the background: progress by bytes, cancel, a clear refusal list.

Each file is copied into the store by ``evaldesk.services.evidence.attach_file``; a file the
services refuse (too large, unreadable, a folder, a locked quarter) is listed with the reason
and the others are still attached.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from evaldesk.errors import Cancelled, EvalDeskError
from evaldesk.services import evidence
from evaldesk.services.evidence_browse import EvidenceRec, LinkRec
from evaldesk.ui.message_text import error_text
from evaldesk.ui.ops import Op, Progress, run_op

KIB = 1024


@dataclass
class AttachResult:
    added: list[EvidenceRec] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


def attach_work(
    ctx: Any, paths: Sequence[Path], links: Sequence[LinkRec], year: int | None = None
) -> Callable[[Progress], AttachResult]:
    """The background function: attach each file, collecting refusals instead of stopping."""
    year = ctx.year if year is None else year

    def work(progress: Progress) -> AttachResult:
        sizes = [_size(p) for p in paths]
        # Progress in KiB: a few GB in bytes would not fit Qt's int.
        total = max(1, sum(sizes) // KIB)
        result = AttachResult()
        before = 0
        for path, size in zip(paths, sizes, strict=True):
            label = QCoreApplication.translate("AttachFiles", "Copying %1").replace("%1", path.name)
            progress.report(before // KIB, total, label)

            def copied(n: int, start: int = before, text: str = label) -> None:
                progress.report((start + n) // KIB, total, text)

            try:
                rec = evidence.attach_file(
                    ctx.store,
                    ctx.actor,
                    year,
                    path,
                    links=links,
                    progress=copied,
                    cancelled=lambda: progress.cancelled,
                )
                result.added.append(rec)
            except Cancelled:
                raise
            except EvalDeskError as exc:
                result.refused.append((path, error_text(exc)))
            before += size
        progress.report(total, total, "")
        return result

    return work


def attach_files(
    parent: QWidget | None,
    ctx: Any,
    paths: Sequence[Path],
    links: Sequence[LinkRec],
    *,
    on_done: Callable[[AttachResult], None] | None = None,
    quiet: bool = False,
) -> Op[AttachResult]:
    """Start attaching ``paths`` with ``links``; refusals are shown unless ``quiet``."""

    def done(result: AttachResult) -> None:
        if result.refused and not quiet:
            show_refused(parent, result)
        if on_done is not None:
            on_done(result)

    return run_op(
        parent,
        attach_work(ctx, list(paths), list(links)),
        title=QCoreApplication.translate("AttachFiles", "Attaching files"),
        ctx=ctx,
        on_done=done,
    )


def refused_text(result: AttachResult) -> str:
    lines = [f"• {path.name}: {reason}" for path, reason in result.refused]
    head = QCoreApplication.translate("AttachFiles", "%1 file(s) attached, %2 refused:").replace(
        "%1", str(len(result.added))
    )
    return head.replace("%2", str(len(result.refused))) + "\n" + "\n".join(lines)


def show_refused(parent: QWidget | None, result: AttachResult) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("AttachFiles", "Some files were not attached"))
    box.setText(refused_text(result))
    box.open()
