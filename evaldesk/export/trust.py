"""Which signing keys a receiving office trusts, and what the signer of a package is to it.

A trust list comes from ``verify --trust FILE|DIR`` (PEM public keys and/or fingerprints, one
per line, ``#`` comments; a folder of such files) or from the office's own list in its data
folder (``evaldesk keys add``). Without one, a package that is intact has an *unverified*
signer: its fingerprint is printed to be compared by phone or letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from evaldesk.errors import InputError
from evaldesk.export.keys import fingerprint, load_public_pem, read_small_file
from evaldesk.messages import msg

SignerStatus = Literal["trusted", "untrusted", "unverified"]
MAX_TRUST_FILE = 4 << 20
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_PEM = re.compile(rb"-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----", re.S)


def plain_fingerprint(text: str) -> str | None:
    """A fingerprint as 64 lowercase hex digits (spaces and colons dropped), or None."""
    flat = re.sub(r"[\s:]", "", text).lower()
    return flat if _HEX64.match(flat) else None


def grouped(fpr: str) -> str:
    """64 hex digits as 8 groups of 8, as printed on the PDF's cover."""
    flat = plain_fingerprint(fpr) or fpr
    return " ".join(flat[i : i + 8] for i in range(0, len(flat), 8))


@dataclass
class TrustList:
    source: str  # where the list came from, for messages
    keys: dict[str, str] = field(default_factory=dict)  # 64-hex fingerprint -> label

    def label(self, fpr: str) -> str | None:
        return self.keys.get(plain_fingerprint(fpr) or "")


def _read_bounded(path: Path) -> bytes:
    return read_small_file(path, MAX_TRUST_FILE, msg("trust.not_a_list", path=str(path)))


def _add_file(trust: TrustList, path: Path) -> None:
    data = _read_bounded(path)
    for block in _PEM.findall(data):
        key = load_public_pem(block, str(path))
        trust.keys[plain_fingerprint(fingerprint(key)) or ""] = path.stem
    rest = _PEM.sub(b"", data)
    try:
        text = rest.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(msg("trust.bad_line", path=str(path), line=1)) from None
    for n, line in enumerate(text.splitlines(), start=1):
        content = line.split("#", 1)[0].strip()
        if not content:
            continue
        found = _fingerprint_and_label(content)
        if found is None:
            raise InputError(msg("trust.bad_line", path=str(path), line=n))
        trust.keys[found[0]] = found[1] or path.stem


def _fingerprint_and_label(line: str) -> tuple[str, str] | None:
    """``<fingerprint> [label]``; the fingerprint in one piece or in 8 groups of 8."""
    words = line.split()
    for take in (1, 8):
        fpr = plain_fingerprint("".join(words[:take]))
        if fpr is not None:
            return fpr, " ".join(words[take:])
    return None


def load_trust(path: Path) -> TrustList:
    """A trust list from a file or a folder (its ``*.pem`` and ``*.txt`` files)."""
    path = Path(path)
    trust = TrustList(str(path))
    if path.is_dir():
        for member in sorted(path.iterdir()):
            if member.suffix.lower() in (".pem", ".txt") and member.is_file():
                _add_file(trust, member)
    else:
        _add_file(trust, path)
    if not trust.keys:
        raise InputError(msg("trust.empty", path=str(path)))
    return trust
