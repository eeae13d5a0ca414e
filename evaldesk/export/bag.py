"""BagIt (RFC 8493) tag files: bagit.txt, bag-info.txt, manifests; writing and parsing.

Payload paths are made safe before they get here (:mod:`names`), so no percent-encoding is
needed when writing; parsing decodes ``%0D``, ``%0A`` and ``%25`` as the RFC says.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from evaldesk.messages import Message, msg

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "tagmanifest-sha256.txt.sig"
PUBLIC_KEY = "public-key.pem"
BAG_INFO = "bag-info.txt"
BAGIT = "bagit.txt"
REPORT = "data/report.pdf"
TAG_FILES = (BAGIT, BAG_INFO, MANIFEST)  # what the tag manifest lists, in this order
CONTENT_DIGEST_FIELD = "EvalDesk-Content-SHA256"
AUDIT_HEAD_FIELD = "EvalDesk-Audit-Head"  # "<seq> <hash>": the office's audit chain at export
SCORE_JSON = "data/score.json"
ROTATION = "key-rotation.txt"  # optional tag file: the office's key rotation statements


class BagFormatError(ValueError):
    """A tag file that does not parse; the message names the file and line."""

    def __init__(self, message: Message) -> None:
        self.msg = message
        super().__init__(message.text())


def manifest_bytes(entries: Iterable[tuple[str, str]]) -> bytes:
    """``<sha256>  <path>`` lines sorted by path (byte order of the UTF-8 path)."""
    ordered = sorted(entries, key=lambda e: e[0].encode("utf-8"))
    return "".join(f"{digest}  {path}\n" for path, digest in ordered).encode("utf-8")


def content_digest(manifest: bytes) -> str:
    """SHA-256 of the payload manifest with the report.pdf line removed.

    The report prints this digest on its cover (and in a QR code), so it cannot cover itself;
    every other payload file is covered, and the manifest covers report.pdf. Reproducible with
    ``grep -v '  data/report.pdf$' manifest-sha256.txt | sha256sum``.
    """
    report = REPORT.encode()
    kept = [
        line
        for line in manifest.splitlines(keepends=True)
        if line.rstrip(b"\r\n").partition(b" ")[2].strip(b" ") != report
    ]
    return hashlib.sha256(b"".join(kept)).hexdigest()


def payload_oxum(sizes: Iterable[int]) -> str:
    values = list(sizes)
    return f"{sum(values)}.{len(values)}"


def bag_info_bytes(fields: Iterable[tuple[str, str]]) -> bytes:
    """``Label: value`` lines; values are kept on one line (newlines become spaces)."""
    lines = []
    for label, value in fields:
        text = " ".join(str(value).split())
        if text:
            lines.append(f"{label}: {text}\n")
    return "".join(lines).encode("utf-8")


def parse_bag_info(data: bytes) -> list[tuple[str, str]]:
    text = _decode(data, BAG_INFO)
    out: list[tuple[str, str]] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line[0] in " \t":
            if not out:
                raise BagFormatError(msg("bag.continuation", file=BAG_INFO, line=n))
            label, value = out[-1]
            out[-1] = (label, f"{value} {line.strip()}")
            continue
        label, sep, value = line.partition(":")
        if not sep or not label.strip():
            raise BagFormatError(msg("bag.not_label", file=BAG_INFO, line=n))
        out.append((label.strip(), value.strip()))
    return out


def parse_manifest(data: bytes, name: str) -> list[tuple[str, str]]:
    """(path, sha256) pairs; paths are decoded and must be relative and stay inside the bag."""
    text = _decode(data, name)
    out: list[tuple[str, str]] = []
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        line = line.rstrip("\r")
        parts = line.split(None, 1)
        if len(parts) != 2:
            raise BagFormatError(msg("bag.not_manifest_line", file=name, line=n))
        digest, path = parts[0].lower(), _decode_path(parts[1].strip())
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise BagFormatError(msg("bag.not_digest", file=name, line=n, digest=parts[0]))
        if path.startswith("/") or "\\" in path or ".." in path.split("/"):
            raise BagFormatError(msg("bag.unsafe_path", file=name, line=n, path=path))
        out.append((path, digest))
    return out


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BagFormatError(msg("bag.not_utf8", file=name, error=str(exc))) from None


def _decode_path(path: str) -> str:
    return path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
