"""verify_package: is this zip the intact, signed package it claims to be, and who signed it?

Checks, in order (each failure is named; later checks still run where they can):

1. the zip itself, before anything is inflated: its end closes the file (else *truncated* or
   *extra data*), the central directory's names, kinds and sizes (zipsafe), every local header
   agrees with the directory, and the work the entries would take is bounded; on any finding
   nothing is read;
2. structure: one top folder holding ``bagit.txt`` and the tag files;
3. the Ed25519 signature over ``tagmanifest-sha256.txt`` with the key in the package, and the
   key fingerprints recorded in bag-info.txt and score.json;
4. the tag manifest's hashes of the tag files. Only when the signature and the tag manifest
   hold is the payload manifest trusted and the payload inflated and hashed (so a forged
   manifest cannot make verify inflate gigabytes);
5. completeness (every manifest entry present, nothing unlisted) and Payload-Oxum;
6. every payload hash and zip CRC (zipread: parallel, bounded), and the content digest;
7. who signed: ``expected_key`` (``--pubkey``), and the trust list (``--trust`` or the
   office's list), a key rotation chain in ``key-rotation.txt`` passing trust on.

Everything a hostile file can make a library raise is caught and named; verify never crashes
on its input.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from evaldesk.errors import InputError
from evaldesk.export import approval, bag, rotation, zipend
from evaldesk.export.keys import fingerprint, load_public_pem, public_pem, raw_public
from evaldesk.export.trust import TrustList, grouped, plain_fingerprint
from evaldesk.export.verify_report import CHECKS, RotationSeen, VerifyReport
from evaldesk.export.zipread import EntryDamaged, Progress, Reader, Tee
from evaldesk.export.zipsafe import Extent, Limits, directory_problems, local_extents
from evaldesk.messages import Message, msg, plain

__all__ = ["CHECKS", "Sink", "VerifyReport", "verify_package"]

#: Where a payload entry's bytes are copied while they are hashed: called with the entry's
#: path in the bag, the SHA-256 the manifest declares and its size; None copies nothing.
Sink = Callable[[str, str, int], Tee | None]

_MARKER = b"evaldesk-content-sha256:"
_KEY_MARKER = b"evaldesk-key-sha256:"
_STATUS_MARKER = b"evaldesk-status:"
#: The draft reasons approval.json may name (anything else is shown as its Chinese text).
_REASON_KEYS = frozenset({"package.draft.not_approved", "package.draft.suggested"})
#: What a hostile central directory can make zipfile raise while it is parsed.
_PARSE_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,  # UnicodeDecodeError of a name flagged UTF-8 among them
    struct.error,
    OverflowError,
    NotImplementedError,  # "zip file version 9.6" from a flipped version field
    IndexError,
    KeyError,
)
TAG_NAMES = (bag.BAGIT, bag.BAG_INFO, bag.MANIFEST, bag.TAGMANIFEST, bag.SIGNATURE, bag.PUBLIC_KEY)


def verify_package(
    path: Path,
    expected_key: Ed25519PublicKey | None = None,
    *,
    trust: TrustList | None = None,
    limits: Limits | None = None,
    progress: Progress | None = None,
    sink: Sink | None = None,
) -> VerifyReport:
    """Verify a package file. Raises InputError when it is no zip file at all.

    ``sink``: copy each payload entry somewhere as it is hashed (one read of the package for
    both); the copies hold what verify read only when the report is intact."""
    limits = limits or Limits()
    path = Path(path)
    if not path.is_file():
        raise InputError(msg("verify.no_file", path=str(path)))
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, after the reader is done
    except OSError as exc:
        raise InputError(
            msg("verify.unreadable", path=str(path), error=exc.strerror or str(exc))
        ) from None
    with fh:
        report = VerifyReport(package=str(path))
        extents = _zip_checks(fh, path, report, limits)
        if extents is None:
            return report
        with Reader(fh, os.fstat(fh.fileno()).st_size) as reader:
            _Verifier(reader, extents, report, limits, progress, sink).run(expected_key, trust)
    return report


def _zip_checks(
    fh: BinaryIO, path: Path, report: VerifyReport, limits: Limits
) -> list[Extent] | None:
    """The zip's end, directory and local headers; the entries' extents when all is well."""
    report.ran.add("zip_safety")
    size = os.fstat(fh.fileno()).st_size
    end = zipend.locate(fh, size)
    if isinstance(end, zipend.EndFinding):
        if end.code == "not-a-zip":
            raise InputError(msg("verify.not_a_zip", path=str(path), detail=end.detail))
        if end.code == "truncated":
            report.add("zip_safety", "truncated", "", msg("verify.zip.truncated", size=size))
        else:
            key = "verify.zip.extra_before" if end.detail == "before" else "verify.zip.extra_after"
            report.add("zip_safety", "extra-data", "", msg(key, count=end.extra))
        return None
    try:
        fh.seek(0)
        with zipfile.ZipFile(fh) as zf:
            infos = zf.infolist()
    except _PARSE_ERRORS as exc:
        report.add(
            "zip_safety", "damaged-zip", "", msg("verify.read.inflate", error=str(exc)[:200])
        )
        return None
    if len(infos) != end.entries:
        report.add(
            "zip_safety",
            "damaged-zip",
            "",
            msg("verify.zip.directory", count=len(infos), declared=end.entries),
        )
        return None
    report.problems += directory_problems(infos, size, limits)
    if report.problems:
        return None
    extents, found = local_extents(fh, infos, end)
    report.problems += found
    return None if found else [e for e in extents if not e.info.is_dir()]


class _Verifier:
    def __init__(
        self,
        reader: Reader,
        extents: list[Extent],
        report: VerifyReport,
        limits: Limits,
        progress: Progress | None,
        sink: Sink | None = None,
    ) -> None:
        self.reader = reader
        self.r = report
        self.limits = limits
        self.progress = progress
        self.sink = sink
        self.files = {e.name: e for e in extents}
        self.key: Ed25519PublicKey | None = None
        self.chain: list[rotation.Rotation] = []
        #: whether report.pdf carries the status bag-info declares (None: not hashed)
        self.report_status: bool | None = None

    def run(self, expected_key: Ed25519PublicKey | None, trust: TrustList | None) -> None:
        r = self.r
        r.ran.add("structure")
        top = self._top()
        if top is None:
            return
        r.bag = top
        prefix = top + "/"
        inner = {n[len(prefix) :]: e for n, e in self.files.items() if n.startswith(prefix)}
        tags: dict[str, bytes] = {}
        for name in TAG_NAMES:
            if name not in inner:
                r.add(
                    "structure", "missing-tag-file", name, msg("verify.bag.missing_tag", name=name)
                )
                continue
            data = self._read_small(inner[name], name)
            if data is not None:
                tags[name] = data
        if bag.BAGIT in tags and not tags[bag.BAGIT].startswith(b"BagIt-Version: "):
            r.add("structure", "bad-bagit-txt", bag.BAGIT, msg("verify.bag.bad_bagit"))
        payload = self._parse(tags, bag.MANIFEST)
        tagman = self._parse(tags, bag.TAGMANIFEST)
        if bag.BAG_INFO in tags:
            try:
                r.info = dict(bag.parse_bag_info(tags[bag.BAG_INFO]))
            except bag.BagFormatError as exc:
                self._bad_tag(bag.BAG_INFO, exc.msg)
        signed = self._signature(tags)
        tags_hold = tagman is not None and self._tag_hashes(inner, tagman, tags)
        if payload is not None and tagman is not None:
            self._completeness(inner, payload, tagman)
            self._oxum(inner)
        marker: bool | None = None
        verified = payload is not None and signed and tags_hold
        if verified:
            assert payload is not None
            marker = self._hashes(prefix, inner, payload)
            self._score_fingerprint(inner)
        elif payload is not None:
            r.notes.append(msg("verify.hash.not_hashed"))
        if bag.MANIFEST in tags:
            self._content_digest(tags[bag.MANIFEST], marker)
        self._approval(inner, verified)
        self._rotations(inner, tagman)
        self._trust(expected_key, trust)

    # ------------------------------------------------------------------ structure

    def _top(self) -> str | None:
        names = list(self.files)
        loose = [name for name in names if "/" not in name]
        for name in loose:
            self.r.add("structure", "outside-bag", name, msg("verify.bag.outside"))
        folders = {name.split("/", 1)[0] for name in names if "/" in name}
        if len(folders) != 1:
            found: list[object] = [*sorted(folders)] or [msg("verify.bag.none")]
            self.r.add("structure", "not-one-bag", "", msg("verify.bag.not_one", found=found))
            return None
        top = folders.pop()
        if f"{top}/{bag.BAGIT}" not in self.files:
            self.r.add(
                "structure",
                "not-a-bag",
                top,
                msg("verify.bag.not_a_bag", path=f"{top}/{bag.BAGIT}"),
            )
            return None
        return top

    def _read_small(self, ext: Extent, name: str) -> bytes | None:
        if ext.file_size > self.limits.max_tag_file:
            self.r.add(
                "structure",
                "tag-file-too-large",
                name,
                msg("verify.bag.tag_too_large", size=ext.file_size),
            )
            return None
        try:
            return self.reader.read(ext)
        except EntryDamaged as exc:
            self.r.add("hashes", "damaged-entry", name, exc.message)
            return None

    def _bad_tag(self, name: str, detail: Message) -> None:
        self.r.add("structure", "bad-tag-file", name, msg("verify.bag.bad_tag_file", detail=detail))

    def _parse(self, tags: dict[str, bytes], name: str) -> list[tuple[str, str]] | None:
        if name not in tags:
            return None
        try:
            entries = bag.parse_manifest(tags[name], name)
        except bag.BagFormatError as exc:
            self._bad_tag(name, exc.msg)
            return None
        seen: set[str] = set()
        for path, _ in entries:
            if path in seen:
                self.r.add(
                    "structure", "bad-tag-file", name, msg("verify.bag.listed_twice", path=path)
                )
            seen.add(path)
        return entries

    # ------------------------------------------------------------------ signature and tags

    def _signature(self, tags: dict[str, bytes]) -> bool:
        """The signature over the tag manifest verifies with the package's key."""
        r = self.r
        if bag.PUBLIC_KEY not in tags or bag.SIGNATURE not in tags or bag.TAGMANIFEST not in tags:
            return False
        r.ran.add("signature")
        try:
            key = load_public_pem(tags[bag.PUBLIC_KEY], bag.PUBLIC_KEY)
        except InputError as exc:
            r.add(
                "signature",
                "bad-public-key",
                bag.PUBLIC_KEY,
                msg("verify.sig.bad_key", detail=exc.message),
            )
            return False
        ok = True
        if public_pem(key) != tags[bag.PUBLIC_KEY]:
            r.add("signature", "bad-public-key", bag.PUBLIC_KEY, msg("verify.sig.not_canonical"))
            ok = False
        self.key = key
        r.fingerprint = fingerprint(key)
        sig = tags[bag.SIGNATURE]
        try:
            if len(sig) != 64:
                raise InvalidSignature
            key.verify(sig, tags[bag.TAGMANIFEST])
        except InvalidSignature:
            r.add(
                "signature",
                "bad-signature",
                bag.SIGNATURE,
                msg("verify.sig.bad", name=bag.TAGMANIFEST),
            )
            ok = False
        declared = r.info.get("EvalDesk-Key-Fingerprint")
        if declared is not None and plain_fingerprint(declared) != plain_fingerprint(r.fingerprint):
            r.add("signature", "fingerprint-mismatch", bag.BAG_INFO, msg("verify.sig.fingerprint"))
            ok = False
        return ok

    def _tag_hashes(
        self, inner: dict[str, Extent], tagman: list[tuple[str, str]], tags: dict[str, bytes]
    ) -> bool:
        r = self.r
        r.ran.add("hashes")
        held = True
        for path, want in tagman:
            data = tags.get(path)
            if data is None and path in inner and not path.startswith("data/"):
                data = self._read_small(inner[path], path)
                if data is not None:
                    tags[path] = data
            if data is None:  # missing (completeness names it) or damaged: the bag does not hold
                held = False
                continue
            if hashlib.sha256(data).hexdigest() != want:
                r.add("hashes", "hash-mismatch", path, msg("verify.hash.tag"))
                held = False
        return held

    # ------------------------------------------------------------------ completeness, oxum

    def _completeness(
        self,
        inner: dict[str, Extent],
        payload: list[tuple[str, str]],
        tagman: list[tuple[str, str]],
    ) -> None:
        r = self.r
        r.ran.add("completeness")
        listed = {p for p, _ in payload}
        for path in sorted(listed):
            if not path.startswith("data/"):
                r.add(
                    "completeness",
                    "manifest-outside-payload",
                    path,
                    msg("verify.bag.manifest_outside", manifest=bag.MANIFEST),
                )
            elif path not in inner:
                r.add("completeness", "missing-file", path, msg("verify.bag.missing_file"))
        for path in sorted(inner):
            if path.startswith("data/") and path not in listed:
                r.add("completeness", "extra-file", path, msg("verify.bag.extra_payload"))
        tag_listed = {p for p, _ in tagman}
        for path in sorted(tag_listed):
            if path.startswith("data/"):
                r.add(
                    "completeness",
                    "manifest-outside-payload",
                    path,
                    msg("verify.bag.tagmanifest_payload", manifest=bag.TAGMANIFEST),
                )
            elif path not in inner:
                r.add("completeness", "missing-file", path, msg("verify.bag.missing_tagged"))
        for name in bag.TAG_FILES:
            if name not in tag_listed:
                r.add(
                    "completeness",
                    "unsigned-tag-file",
                    name,
                    msg("verify.bag.unsigned_tag", manifest=bag.TAGMANIFEST, name=name),
                )
        allowed = tag_listed | {bag.TAGMANIFEST, bag.SIGNATURE, bag.PUBLIC_KEY}
        for path in sorted(inner):
            if not path.startswith("data/") and path not in allowed:
                r.add("completeness", "extra-file", path, msg("verify.bag.extra_beside"))

    def _oxum(self, inner: dict[str, Extent]) -> None:
        r = self.r
        files = [p for p in inner if p.startswith("data/")]
        r.files = len(files)
        r.bytes = sum(inner[p].file_size for p in files)
        declared = r.info.get("Payload-Oxum")
        if declared is None:
            return
        r.ran.add("oxum")
        actual = f"{r.bytes}.{r.files}"
        if declared != actual:
            r.add(
                "oxum",
                "oxum-mismatch",
                bag.BAG_INFO,
                msg("verify.oxum", declared=declared, actual=actual),
            )

    # ------------------------------------------------------------------ payload

    def _hashes(
        self, prefix: str, inner: dict[str, Extent], payload: list[tuple[str, str]]
    ) -> bool | None:
        """Hash every listed payload file; returns whether report.pdf carries the digest (and
        checks that it names the signing key, from format 2 on)."""
        want = self.r.info.get(bag.CONTENT_DIGEST_FIELD, "").encode("ascii", "replace")
        key = (plain_fingerprint(self.r.fingerprint or "") or "").encode("ascii")
        digest_marker, key_marker = _MARKER + want, _KEY_MARKER + key
        declared = approval.parse_status(self.r.info.get(approval.STATUS_FIELD)) or "?"
        status_marker = _STATUS_MARKER + declared.encode("ascii")
        markers = (prefix + bag.REPORT, (digest_marker, key_marker, status_marker))
        todo = [inner[p] for p, _ in payload if p in inner and p.startswith("data/")]
        tees: dict[str, Tee] = {}
        if self.sink is not None:
            for path, digest in payload:
                ext = inner.get(path)
                if ext is not None and path.startswith("data/") and ext.name not in tees:
                    tee = self.sink(path, digest, ext.file_size)
                    if tee is not None:
                        tees[ext.name] = tee
        results = self.reader.hash_all(todo, markers=markers, progress=self.progress, tees=tees)
        for path, digest in payload:
            ext = inner.get(path)
            if ext is None or not path.startswith("data/"):
                continue
            found = results[ext.name]
            if found.damage is not None:
                self.r.add("hashes", "damaged-entry", path, found.damage)
            elif found.sha256 != digest:
                self.r.add("hashes", "hash-mismatch", path, msg("verify.hash.payload"))
            else:
                self.r.payload_files.append((path, digest, ext.file_size))
        report = inner.get(bag.REPORT)
        if report is None or report.name not in results:
            return None
        seen = results[report.name].markers
        if seen is None:
            return None
        if not seen[key_marker] and self.r.info.get("EvalDesk-Package-Format", "1") != "1":
            named = msg("verify.sig.report_fingerprint")
            self.r.add("signature", "fingerprint-mismatch", bag.REPORT, named)
        self.report_status = seen[status_marker]
        return bool(want) and seen[digest_marker]

    def _score_fingerprint(self, inner: dict[str, Extent]) -> None:
        """score.json names the signing key (format 2 on); it must be this package's key."""
        r = self.r
        ext = inner.get(bag.SCORE_JSON)
        if ext is None or r.fingerprint is None:
            return
        data = self._read_small(ext, bag.SCORE_JSON)
        if data is None:
            return
        try:
            parsed: Any = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            r.add(
                "signature",
                "bad-score-json",
                bag.SCORE_JSON,
                msg("verify.sig.score_unreadable", error=str(exc)[:120]),
            )
            return
        recorded = parsed.get("key_fingerprint") if isinstance(parsed, dict) else None
        fmt = r.info.get("EvalDesk-Package-Format", "1")
        if recorded is None:
            if fmt != "1":
                r.add(
                    "signature",
                    "fingerprint-mismatch",
                    bag.SCORE_JSON,
                    msg("verify.sig.score_no_fingerprint", format=fmt),
                )
            return
        if plain_fingerprint(str(recorded)) != plain_fingerprint(r.fingerprint):
            r.add(
                "signature",
                "fingerprint-mismatch",
                bag.SCORE_JSON,
                msg("verify.sig.score_fingerprint"),
            )

    def _content_digest(self, manifest: bytes, marker: bool | None) -> None:
        r = self.r
        declared = r.info.get(bag.CONTENT_DIGEST_FIELD)
        if declared is None:
            r.add(
                "content_digest",
                "no-content-digest",
                bag.BAG_INFO,
                msg("verify.digest.missing", field=bag.CONTENT_DIGEST_FIELD),
            )
            return
        r.ran.add("content_digest")
        if bag.content_digest(manifest) != declared.lower():
            r.add(
                "content_digest",
                "content-digest-mismatch",
                bag.BAG_INFO,
                msg("verify.digest.mismatch"),
            )
        if marker is False:
            r.add(
                "content_digest", "report-digest-mismatch", bag.REPORT, msg("verify.digest.report")
            )

    # ------------------------------------------------------------------ draft or final

    def _approval(self, inner: dict[str, Extent], verified: bool) -> None:
        """Format 3 on: the status bag-info declares (draft or final) is the one approval.json
        records and report.pdf carries, and a final package records the year's approval."""
        r = self.r
        fmt = r.info.get("EvalDesk-Package-Format", "1")
        if fmt in ("1", "2") or not r.info:
            return  # older packages do not record their approval: the check is skipped
        r.ran.add("approval")
        declared = approval.parse_status(r.info.get(approval.STATUS_FIELD))
        if declared is None:
            r.add(
                "approval", "bad-status", bag.BAG_INFO, msg("verify.approval.no_status", format=fmt)
            )
            r.package_status = "draft"  # what cannot say it is final is not final
        else:
            r.package_status = declared
        if not verified:
            return  # the payload is not trusted: approval.json is not read
        record = self._approval_json(inner, fmt)
        if record is None:
            return
        recorded = record.get("status")
        if declared is not None and recorded != declared:
            found = msg("verify.approval.mismatch", recorded=str(recorded), declared=declared)
            r.add("approval", "approval-mismatch", approval.APPROVAL_JSON, found)
        approvals = record.get("approvals")
        year = approvals.get("year") if isinstance(approvals, dict) else None
        interps = record.get("interpretations")
        unconfirmed = interps.get("suggested") if isinstance(interps, dict) else None
        if declared == "final" and (not isinstance(year, dict) or unconfirmed):
            found = msg("verify.approval.final_unapproved")
            r.add("approval", "approval-mismatch", approval.APPROVAL_JSON, found)
        if self.report_status is False:
            found = msg("verify.approval.report", status=declared or "?")
            r.add("approval", "approval-mismatch", bag.REPORT, found)
        r.year_approval = year if isinstance(year, dict) else None
        comments = record.get("comments")
        if isinstance(comments, list):
            r.comments = len(comments)
            r.comments_open = sum(
                1 for c in comments if isinstance(c, dict) and not c.get("resolved")
            )
        r.draft_reasons = [_reason(m) for m in record.get("draft_reasons") or [] if m]

    def _approval_json(self, inner: dict[str, Extent], fmt: str) -> dict[str, Any] | None:
        r = self.r
        ext = inner.get(approval.APPROVAL_JSON)
        if ext is None:
            found = msg("verify.approval.missing", format=fmt)
            r.add("approval", "missing-approval", approval.APPROVAL_JSON, found)
            return None
        data = self._read_small(ext, approval.APPROVAL_JSON)
        if data is None:
            return None
        try:
            parsed: Any = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            found = msg("verify.approval.unreadable", error=str(exc)[:120])
            r.add("approval", "bad-approval-json", approval.APPROVAL_JSON, found)
            return None
        if not isinstance(parsed, dict):
            found = msg("verify.approval.not_an_object")
            r.add("approval", "bad-approval-json", approval.APPROVAL_JSON, found)
            return None
        return parsed

    # ------------------------------------------------------------------ who signed

    def _rotations(
        self, inner: dict[str, Extent], tagman: list[tuple[str, str]] | None
    ) -> list[rotation.Rotation]:
        r = self.r
        ext = inner.get(bag.ROTATION)
        if ext is None or tagman is None or bag.ROTATION not in {p for p, _ in tagman}:
            return []  # an unlisted one is an extra file (completeness)
        data = self._read_small(ext, bag.ROTATION)
        if data is None:
            return []
        try:
            chain = rotation.parse_chain(data)
        except rotation.RotationError as exc:
            r.add(
                "signature",
                "bad-rotation",
                bag.ROTATION,
                msg("verify.rotation.bad", detail=exc.msg),
            )
            return []
        for link in chain:
            r.rotations.append(
                RotationSeen(
                    grouped(link.old_fingerprint),
                    grouped(link.new_fingerprint),
                    link.day.isoformat(),
                    link.endorsed,
                    link.reason,
                )
            )
        if chain and self.key is not None and chain[-1].new != raw_public(self.key):
            r.add(
                "signature",
                "bad-rotation",
                bag.ROTATION,
                msg("verify.rotation.bad", detail=msg("rotation.not_signing_key")),
            )
        self.chain = chain
        return chain

    def _trust(self, expected: Ed25519PublicKey | None, trust: TrustList | None) -> None:
        r = self.r
        if self.key is None:
            return
        if expected is not None:
            r.ran.add("expected_key")
            r.expected_key = raw_public(expected) == raw_public(self.key)
            r.signer, r.signer_label = ("trusted" if r.expected_key else "untrusted"), "--pubkey"
            if not r.expected_key:
                found = msg(
                    "verify.sig.unexpected", found=r.fingerprint, expected=fingerprint(expected)
                )
                r.add("expected_key", "unexpected-key", bag.PUBLIC_KEY, found)
        if trust is None:
            return
        r.ran.add("trust")
        r.trust_source = trust.source
        signer = plain_fingerprint(r.fingerprint or "") or ""
        label = trust.label(signer)
        old = (
            None
            if label is not None
            else rotation.handed_over_from(self.chain, signer, set(trust.keys))
        )
        if label is None and old is None:
            r.signer, r.signer_label = "untrusted", None
            found = msg("verify.sig.untrusted", fingerprint=r.fingerprint, source=trust.source)
            r.add("trust", "untrusted-signer", bag.PUBLIC_KEY, found)
        elif r.signer != "untrusted":
            r.signer = "trusted"
            r.signer_label = label if old is None else trust.label(old)
            r.via_rotation = None if old is None else grouped(old)


def _reason(data: Any) -> Message:
    """A draft reason as approval.json records it: a known message (worded in the reader's
    language), else its Chinese text as written."""
    if isinstance(data, dict):
        args = data.get("args")
        if data.get("key") in _REASON_KEYS and isinstance(args, dict):
            return msg(str(data["key"]), **{str(k): v for k, v in args.items()})
        return plain(str(data.get("text", "")))
    return plain(str(data))
