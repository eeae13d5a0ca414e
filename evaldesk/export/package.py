"""export_package: snapshot -> signed BagIt zip, written atomically.

Order of work (docs/package-format.md):

1. the small payload files are made in memory (score.json, the xlsx files, dispatch texts,
   the evidence index) and hashed; evidence hashes come from the store's records;
2. the content digest (payload manifest without report.pdf) and the package id follow, then the
   PDF that prints them; now every tag file and the signature are known;
3. the zip is written in sorted entry order to a temporary file beside the target: tag files,
   payload (evidence streamed in chunks and hashed again on the way, so a stored file that
   changed on disk stops the export), manifests, key and signature; then renamed over the target.

A cancel request or any failure removes the temporary file: nothing partial is left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from evaldesk.errors import Cancelled, InputError, StoreError
from evaldesk.export import approval, bag, rotation
from evaldesk.export.content import score_rows
from evaldesk.export.deflate import deflate_data, deflate_file, within_ratio
from evaldesk.export.fonts import FontKit
from evaldesk.export.keys import fingerprint, public_pem
from evaldesk.export.names import PlannedEvidence, plan_evidence, safe_component
from evaldesk.export.payload import bag_info_fields, dispatch_texts, evidence_index, score_json
from evaldesk.export.pdf import render_report
from evaldesk.export.pdf_style import ReportContext
from evaldesk.export.snapshot import ExportSnapshot
from evaldesk.export.xlsx import ledger_xlsx, scores_xlsx
from evaldesk.export.zipdet import zip_info
from evaldesk.messages import Message, msg
from evaldesk.messages.os_error import os_error

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]

CHUNK = 4 << 20


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    package_id: str
    content_digest: str
    fingerprint: str
    size: int
    files: int  # payload files
    pages: int  # of report.pdf
    fonts: str
    warnings: tuple[Message, ...]
    #: why the package is a draft (草稿); empty for a final package
    draft_reasons: tuple[Message, ...] = ()
    #: the head's approval of the full year, when there is one
    year_approval: approval.ApprovalMark | None = None

    @property
    def draft(self) -> bool:
        return bool(self.draft_reasons)


@dataclass(frozen=True, slots=True)
class _Entry:
    arcname: str  # inside the bag folder
    data: bytes | None = None
    evidence: PlannedEvidence | None = None
    compress: bool | None = None  # None: deflate when worth it (evaldesk.export.deflate)

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.evidence is not None
        return self.evidence.file.size


def export_package(
    snapshot: ExportSnapshot,
    out_path: Path,
    signing_key: Ed25519PrivateKey,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    fonts: FontKit | None = None,
    rotations: bytes = b"",
) -> ExportResult:
    """Write the signed package for ``snapshot`` to ``out_path`` (replaced atomically).

    ``rotations``: the office's key rotation statements (evaldesk.export.rotation), carried as
    the tag file key-rotation.txt so a receiving office can follow the key from one it trusts.
    """
    snapshot.check()
    out_path = Path(out_path)
    if out_path.suffix.lower() != ".zip":
        raise InputError(msg("export.not_zip_name", path=str(out_path)))
    if not out_path.parent.is_dir():
        raise InputError(msg("export.no_folder", path=str(out_path.parent)))
    stop = cancel or (lambda: False)

    public = signing_key.public_key()
    fpr = fingerprint(public)
    plan = plan_evidence(snapshot.rubric, snapshot.evidence)
    rows = score_rows(snapshot, plan)
    payload: list[_Entry] = [
        _Entry(bag.SCORE_JSON, score_json(snapshot, fpr)),
        _Entry(
            approval.APPROVAL_JSON,
            approval.approval_json(snapshot.review, snapshot.report, snapshot.check_override),
        ),
        _Entry("data/scores.xlsx", scores_xlsx(snapshot, rows), compress=False),
        _Entry("data/ledger.xlsx", ledger_xlsx(snapshot), compress=False),
        _Entry("data/evidence-index.csv", evidence_index(plan)),
        *(_Entry(f"data/dispatch/{name}", text) for name, text in dispatch_texts(snapshot)),
        *(
            _Entry(
                ev.arcname, evidence=ev, compress=deflate_file(ev.file.original_name, ev.file.blob)
            )
            for ev in plan
        ),
    ]
    hashes = {e.arcname: hashlib.sha256(e.data).hexdigest() for e in payload if e.data is not None}
    hashes.update({ev.arcname: ev.file.sha256 for ev in plan})
    digest = bag.content_digest(bag.manifest_bytes(hashes.items()))
    package_id = "-".join(digest[i : i + 4].upper() for i in range(0, 16, 4))
    if stop():
        raise Cancelled(msg("export.cancelled"))

    ctx = ReportContext(
        package_id=package_id, content_digest=digest, fingerprint=fpr, plan=plan, rows=rows
    )
    report = render_report(snapshot, ctx, fonts)
    payload.append(_Entry(bag.REPORT, report.data, compress=False))
    hashes[bag.REPORT] = hashlib.sha256(report.data).hexdigest()
    manifest = bag.manifest_bytes(hashes.items())
    chain = rotation.parse_chain(rotations) if rotations else []
    info = bag.bag_info_bytes(
        bag_info_fields(
            snapshot,
            package_id,
            digest,
            fpr,
            report.fonts_ascii,
            [e.size for e in payload],
            chain[-1] if chain else None,
        )
    )
    tags = {bag.BAGIT: bag.BAGIT_TXT, bag.BAG_INFO: info, bag.MANIFEST: manifest}
    if rotations:
        tags[bag.ROTATION] = rotations
    tagmanifest = bag.manifest_bytes(
        (name, hashlib.sha256(data).hexdigest()) for name, data in tags.items()
    )
    signature = signing_key.sign(tagmanifest)
    entries = [
        *payload,
        *(_Entry(name, data) for name, data in tags.items()),
        _Entry(bag.TAGMANIFEST, tagmanifest),
        _Entry(bag.SIGNATURE, signature, compress=False),
        _Entry(bag.PUBLIC_KEY, public_pem(public)),
    ]
    entries.sort(key=lambda e: e.arcname.encode("utf-8"))
    top = safe_component(out_path.stem, "package")
    size = _write_zip(out_path, top, entries, snapshot, progress, stop)
    return ExportResult(
        path=out_path,
        package_id=package_id,
        content_digest=digest,
        fingerprint=fpr,
        size=size,
        files=len(payload),
        pages=report.pages,
        fonts=report.fonts,
        warnings=tuple(report.warnings),
        draft_reasons=snapshot.draft_reasons,
        year_approval=snapshot.review.year,
    )


class _TooCompressed(Exception):
    """A deflated entry came out beyond verify's ratio: write the package again, storing it."""

    def __init__(self, arcname: str) -> None:
        super().__init__(arcname)
        self.arcname = arcname


def _write_zip(
    out_path: Path,
    top: str,
    entries: list[_Entry],
    snapshot: ExportSnapshot,
    progress: Progress | None,
    stop: CancelCheck,
) -> int:
    stored: set[str] = set()
    while True:
        try:
            return _write_zip_once(out_path, top, entries, snapshot, progress, stop, stored)
        except _TooCompressed as exc:  # rare: see evaldesk.export.deflate
            stored.add(exc.arcname)


def _compress(entry: _Entry, stored: set[str]) -> bool:
    if entry.arcname in stored:
        return False
    if entry.compress is not None:
        return entry.compress
    return entry.data is not None and deflate_data(entry.data)


def _write_zip_once(
    out_path: Path,
    top: str,
    entries: list[_Entry],
    snapshot: ExportSnapshot,
    progress: Progress | None,
    stop: CancelCheck,
    stored: set[str],
) -> int:
    total = sum(e.size for e in entries)
    done = 0
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{out_path.stem}.", suffix=".part", dir=out_path.parent
        )
    except OSError as exc:
        raise StoreError(
            msg("export.cannot_write_in", folder=str(out_path.parent), error=os_error(exc))
        ) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w+b") as raw, ThreadPoolExecutor(1, "evaldesk-hash") as pool:
            with zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
                for entry in entries:
                    if stop():
                        raise Cancelled(msg("export.cancelled"))
                    info = zip_info(
                        f"{top}/{entry.arcname}",
                        snapshot.export_date,
                        compress=_compress(entry, stored),
                        size=entry.size,
                    )
                    if entry.data is not None:
                        zf.writestr(info, entry.data)
                        done += len(entry.data)
                        if progress:
                            progress(done, total, entry.arcname)
                        continue
                    assert entry.evidence is not None
                    done = _copy_evidence(
                        zf, info, entry.evidence, done, total, progress, stop, pool
                    )
                    if info.compress_type and not within_ratio(info.file_size, info.compress_size):
                        raise _TooCompressed(entry.arcname)
            raw.flush()
            os.fsync(raw.fileno())
            size = raw.tell()
        os.replace(tmp, out_path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):  # disk full, folder not writable ...
            raise StoreError(
                msg("export.cannot_write", path=str(out_path), error=os_error(exc))
            ) from None
        raise
    return size


def _unreadable(ev: PlannedEvidence, exc: OSError) -> Message:
    return msg(
        "export.evidence_unreadable",
        name=ev.file.original_name,
        file=str(ev.file.blob),
        error=os_error(exc),
    )


def _copy_evidence(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    ev: PlannedEvidence,
    done: int,
    total: int,
    progress: Progress | None,
    stop: CancelCheck,
    pool: ThreadPoolExecutor,
) -> int:
    """Stream one evidence file into the zip, hashing it again on the way.

    The SHA-256 of each chunk runs on a worker thread while this thread writes the chunk
    (hashlib, zlib and file writes release the GIL), so the copy costs little more than the
    slower of the two.
    """
    digest = hashlib.sha256()
    copied = 0
    try:
        src = ev.file.blob.open("rb")
    except OSError as exc:
        raise StoreError(_unreadable(ev, exc)) from None
    pending: Future[None] | None = None
    with src, zf.open(info, "w") as dst:
        while True:
            try:
                chunk = src.read(CHUNK)
            except OSError as exc:
                raise StoreError(_unreadable(ev, exc)) from None
            if not chunk:
                break
            if pending is not None:
                pending.result()
            pending = pool.submit(digest.update, chunk)
            dst.write(chunk)
            copied += len(chunk)
            done += len(chunk)
            if progress:
                progress(done, total, ev.arcname)
            if stop():
                raise Cancelled(msg("export.cancelled"))
        if pending is not None:
            pending.result()
    if copied != ev.file.size or digest.hexdigest() != ev.file.sha256:
        raise StoreError(msg("export.evidence_changed", name=ev.file.original_name))
    return done
