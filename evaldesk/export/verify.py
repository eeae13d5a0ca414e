"""verify_package: is this zip the intact, signed package it claims to be?

Checks, in order (each failure is named; later checks still run where they can):

1. zip safety from the central directory (:mod:`zipsafe`); on any finding nothing is read;
2. structure: one top folder holding ``bagit.txt`` and the tag files;
3. completeness: every manifest entry present, no payload file outside the manifest, no
   unexpected file beside the tag files; the tag manifest covers bagit.txt, bag-info.txt and the
   payload manifest;
4. every hash, streamed (the zip's own CRC is checked on the way), and Payload-Oxum;
5. the Ed25519 signature over ``tagmanifest-sha256.txt`` with the key in the package, and the
   bag-info's key fingerprint; with ``expected_key``, that the package's key is that key;
6. the content digest: bag-info's value recomputed from the manifest, and printed in report.pdf.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from evaldesk.errors import InputError
from evaldesk.export import bag
from evaldesk.export.keys import fingerprint, load_public_pem, public_pem, raw_public
from evaldesk.export.verify_report import CHECKS, VerifyReport
from evaldesk.export.zipsafe import Limits, zip_problems

__all__ = ["CHECKS", "VerifyReport", "verify_package"]

CHUNK = 1 << 20
_MARKER = b"evaldesk-content-sha256:"


Progress = Callable[[int, int, str], None]


def verify_package(
    path: Path,
    expected_key: Ed25519PublicKey | None = None,
    *,
    limits: Limits | None = None,
    progress: Progress | None = None,
) -> VerifyReport:
    """Verify a package file. Raises InputError when it cannot be read as a zip at all."""
    limits = limits or Limits()
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such package file")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{path}: not a readable zip file ({exc})") from None
    report = VerifyReport(package=str(path))
    with zf:
        report.ran.add("zip_safety")
        report.problems += zip_problems(zf, limits)
        if report.problems:
            return report
        _Verifier(zf, report, limits, progress).run(expected_key)
    return report


class _Verifier:
    def __init__(
        self, zf: zipfile.ZipFile, report: VerifyReport, limits: Limits, progress: Progress | None
    ) -> None:
        self.zf = zf
        self.r = report
        self.limits = limits
        self.progress = progress
        self.files = {i.filename: i for i in zf.infolist() if not i.is_dir()}
        self.report_marker: bool | None = None  # report.pdf carries the content digest

    def run(self, expected_key: Ed25519PublicKey | None) -> None:
        r = self.r
        r.ran.add("structure")
        top = self._top()
        if top is None:
            return
        r.bag = top
        prefix = top + "/"
        inner = {
            name[len(prefix) :]: info
            for name, info in self.files.items()
            if name.startswith(prefix)
        }
        tags = {}
        for name in (
            bag.BAGIT,
            bag.BAG_INFO,
            bag.MANIFEST,
            bag.TAGMANIFEST,
            bag.SIGNATURE,
            bag.PUBLIC_KEY,
        ):
            if name not in inner:
                r.add("structure", "missing-tag-file", name, f"{name} is missing")
                continue
            data = self._read_small(prefix + name)
            if data is not None:
                tags[name] = data
        if bag.BAGIT in tags and not tags[bag.BAGIT].startswith(b"BagIt-Version: "):
            r.add(
                "structure",
                "bad-bagit-txt",
                bag.BAGIT,
                "bagit.txt does not start with 'BagIt-Version: '",
            )
        payload = self._parse(tags, bag.MANIFEST)
        tagman = self._parse(tags, bag.TAGMANIFEST)
        if bag.BAG_INFO in tags:
            try:
                r.info = dict(bag.parse_bag_info(tags[bag.BAG_INFO]))
            except bag.BagFormatError as exc:
                r.add("structure", "bad-tag-file", bag.BAG_INFO, str(exc))
        if payload is not None and tagman is not None:
            self._completeness(inner, payload, tagman)
            self._hashes(prefix, inner, payload, tagman, tags)
            self._oxum(inner, payload)
        self._signature(tags, expected_key)
        if bag.MANIFEST in tags:
            self._content_digest(tags[bag.MANIFEST])

    # ------------------------------------------------------------------ steps

    def _top(self) -> str | None:
        tops = {name.split("/", 1)[0] for name in self.files}
        loose = [name for name in self.files if "/" not in name]
        for name in loose:
            self.r.add("structure", "outside-bag", name, "file outside the package's bag folder")
        folders = {t for t in tops if t not in loose}
        if len(folders) != 1:
            found = "、".join(sorted(folders)) or "none"
            self.r.add(
                "structure",
                "not-one-bag",
                "",
                f"a package holds exactly one bag folder (found: {found})",
            )
            return None
        top = folders.pop()
        if f"{top}/{bag.BAGIT}" not in self.files:
            self.r.add(
                "structure", "not-a-bag", top, f"{top}/{bag.BAGIT} is missing: not a BagIt bag"
            )
            return None
        return top

    def _read_small(self, name: str) -> bytes | None:
        info = self.files[name]
        if info.file_size > self.limits.max_tag_file:
            self.r.add(
                "structure",
                "tag-file-too-large",
                name,
                f"{info.file_size} bytes is too large for a tag file",
            )
            return None
        try:
            with self.zf.open(info) as f:
                return f.read(self.limits.max_tag_file + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            self.r.add("hashes", "damaged-entry", name, f"cannot be read from the zip: {exc}")
            return None

    def _parse(self, tags: dict[str, bytes], name: str) -> list[tuple[str, str]] | None:
        if name not in tags:
            return None
        try:
            entries = bag.parse_manifest(tags[name], name)
        except bag.BagFormatError as exc:
            self.r.add("structure", "bad-tag-file", name, str(exc))
            return None
        seen: set[str] = set()
        for path, _ in entries:
            if path in seen:
                self.r.add("structure", "bad-tag-file", name, f"{path} is listed twice")
            seen.add(path)
        return entries

    def _completeness(
        self,
        inner: dict[str, zipfile.ZipInfo],
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
                    f"{bag.MANIFEST} lists a file outside data/",
                )
            elif path not in inner:
                r.add(
                    "completeness",
                    "missing-file",
                    path,
                    "listed in the manifest but missing from the package",
                )
        for path in sorted(inner):
            if path.startswith("data/") and path not in listed:
                r.add("completeness", "extra-file", path, "payload file not listed in the manifest")
        tag_listed = {p for p, _ in tagman}
        for path in sorted(tag_listed):
            if path.startswith("data/"):
                r.add(
                    "completeness",
                    "manifest-outside-payload",
                    path,
                    f"{bag.TAGMANIFEST} lists a payload file",
                )
            elif path not in inner:
                r.add(
                    "completeness", "missing-file", path, "listed in the tag manifest but missing"
                )
        for name in bag.TAG_FILES:
            if name not in tag_listed:
                r.add(
                    "completeness",
                    "unsigned-tag-file",
                    name,
                    f"{bag.TAGMANIFEST} does not cover {name}",
                )
        allowed = tag_listed | {bag.TAGMANIFEST, bag.SIGNATURE, bag.PUBLIC_KEY}
        for path in sorted(inner):
            if not path.startswith("data/") and path not in allowed:
                r.add("completeness", "extra-file", path, "unexpected file beside the tag files")

    def _hashes(
        self,
        prefix: str,
        inner: dict[str, zipfile.ZipInfo],
        payload: list[tuple[str, str]],
        tagman: list[tuple[str, str]],
        tags: dict[str, bytes],
    ) -> None:
        r = self.r
        r.ran.add("hashes")
        for path, want in tagman:
            if path in tags:
                if hashlib.sha256(tags[path]).hexdigest() != want:
                    r.add("hashes", "hash-mismatch", path, "SHA-256 differs from the tag manifest")
            elif path in inner:
                got = self._stream(prefix + path, path, 0, 0)[0]
                if got is not None and got != want:
                    r.add("hashes", "hash-mismatch", path, "SHA-256 differs from the tag manifest")
        todo = [(p, d) for p, d in payload if p in inner and p.startswith("data/")]
        total = sum(inner[p].file_size for p, _ in todo)
        done = 0
        for path, want in todo:
            got, done = self._stream(prefix + path, path, done, total)
            if got is not None and got != want:
                r.add(
                    "hashes",
                    "hash-mismatch",
                    path,
                    "SHA-256 differs from the manifest: the file was changed",
                )

    def _stream(self, name: str, path: str, done: int, total: int) -> tuple[str | None, int]:
        digest = hashlib.sha256()
        marker_seen = False
        tail = b""
        try:
            with self.zf.open(self.files[name]) as f:
                while chunk := f.read(CHUNK):
                    digest.update(chunk)
                    if path == bag.REPORT and not marker_seen:
                        window = tail + chunk
                        marker_seen = self._marker(window)
                        tail = window[-(len(_MARKER) + 64) :]
                    done += len(chunk)
                    if self.progress:
                        self.progress(done, total, path)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            self.r.add("hashes", "damaged-entry", path, f"cannot be read from the zip: {exc}")
            return None, done
        if path == bag.REPORT:
            self.report_marker = marker_seen
        return digest.hexdigest(), done

    def _marker(self, window: bytes) -> bool:
        want = self.r.info.get(bag.CONTENT_DIGEST_FIELD, "").encode("ascii", "replace")
        return bool(want) and _MARKER + want in window

    def _oxum(self, inner: dict[str, zipfile.ZipInfo], payload: list[tuple[str, str]]) -> None:
        r = self.r
        files = [p for p in inner if p.startswith("data/")]
        r.files = len(files)
        r.bytes = sum(inner[p].file_size for p in files)
        declared = r.info.get("Payload-Oxum")
        if declared is None:
            return
        r.ran.add("oxum")
        if declared != f"{r.bytes}.{r.files}":
            r.add(
                "oxum",
                "oxum-mismatch",
                bag.BAG_INFO,
                f"Payload-Oxum says {declared}, the payload has {r.bytes}.{r.files}",
            )

    def _signature(self, tags: dict[str, bytes], expected: Ed25519PublicKey | None) -> None:
        r = self.r
        if bag.PUBLIC_KEY not in tags or bag.SIGNATURE not in tags or bag.TAGMANIFEST not in tags:
            return
        r.ran.add("signature")
        try:
            key = load_public_pem(tags[bag.PUBLIC_KEY], bag.PUBLIC_KEY)
        except InputError as exc:
            r.add("signature", "bad-public-key", bag.PUBLIC_KEY, str(exc))
            return
        if public_pem(key) != tags[bag.PUBLIC_KEY]:
            r.add(
                "signature",
                "bad-public-key",
                bag.PUBLIC_KEY,
                "not the canonical PEM of its key (altered)",
            )
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
                f"the Ed25519 signature over {bag.TAGMANIFEST} does not verify",
            )
        declared = r.info.get("EvalDesk-Key-Fingerprint")
        if declared is not None and declared.replace(" ", "").lower() != r.fingerprint.replace(
            " ", ""
        ):
            r.add(
                "signature",
                "fingerprint-mismatch",
                bag.BAG_INFO,
                "bag-info's key fingerprint is not the package key's",
            )
        if expected is not None:
            r.ran.add("expected_key")
            r.expected_key = raw_public(expected) == raw_public(key)
            if not r.expected_key:
                r.add(
                    "expected_key",
                    "unexpected-key",
                    bag.PUBLIC_KEY,
                    f"signed with key {r.fingerprint}, not with the expected key {fingerprint(expected)}",
                )

    def _content_digest(self, manifest: bytes) -> None:
        r = self.r
        declared = r.info.get(bag.CONTENT_DIGEST_FIELD)
        if declared is None:
            r.add(
                "content_digest",
                "no-content-digest",
                bag.BAG_INFO,
                f"{bag.CONTENT_DIGEST_FIELD} is missing",
            )
            return
        r.ran.add("content_digest")
        if bag.content_digest(manifest) != declared.lower():
            r.add(
                "content_digest",
                "content-digest-mismatch",
                bag.BAG_INFO,
                "the content digest does not match the manifest",
            )
        if self.report_marker is False:
            r.add(
                "content_digest",
                "report-digest-mismatch",
                bag.REPORT,
                "report.pdf does not carry this package's content digest",
            )
