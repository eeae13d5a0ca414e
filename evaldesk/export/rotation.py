"""Key rotation statements: an office hands its signing over from one key to the next.

A statement names the old and the new public key, the date and a reason, and is signed by
both keys: the old key's signature says "I hand over to this key", the new key's "I accept".
When the passphrase of the old key is lost there is no old signature (``Old-Key-Signature:
none``) and the reason says so; such a statement transfers no trust, the receiving office must
register the new fingerprint by phone or letter.

The office keeps every statement in ``keys/rotations.txt`` (blank line between statements);
each package carries that file as the tag file ``key-rotation.txt`` (covered by the tag
manifest, so by the package's signature). A receiving office that trusts an old key accepts a
package signed by a newer one when an unbroken chain of signed statements leads from the one
to the other.

    EvalDesk-Key-Rotation: 1
    Date: 2026-12-04
    Old-Key: <base64 of the 32-byte raw public key>
    New-Key: <base64 of the 32-byte raw public key>
    Reason: 定期更换
    Old-Key-Signature: <base64 of the Ed25519 signature over the five lines above>
    New-Key-Signature: <base64 of the Ed25519 signature over the five lines above>
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from evaldesk.export.keys import raw_public
from evaldesk.messages import Message, msg

HEADER = "EvalDesk-Key-Rotation: 1"
SIGNED_FIELDS = ("Date", "Old-Key", "New-Key", "Reason")
NONE = "none"
FILE_NAME = "rotations.txt"  # in the office's keys folder
TAG_FILE = "key-rotation.txt"  # in a package


class RotationError(ValueError):
    """A statement that does not parse or whose signatures do not verify (``msg`` says why)."""

    def __init__(self, message: Message) -> None:
        self.msg = message
        super().__init__(message.text())


@dataclass(frozen=True, slots=True)
class Rotation:
    day: date
    old: bytes  # raw public keys
    new: bytes
    reason: str
    old_signature: bytes | None
    new_signature: bytes

    @property
    def old_fingerprint(self) -> str:
        return hashlib.sha256(self.old).hexdigest()

    @property
    def new_fingerprint(self) -> str:
        return hashlib.sha256(self.new).hexdigest()

    @property
    def endorsed(self) -> bool:
        """Signed by the old key (checked by :func:`parse_chain`)."""
        return self.old_signature is not None

    def body(self) -> bytes:
        reason = " ".join(self.reason.split())
        lines = [
            HEADER,
            f"Date: {self.day.isoformat()}",
            f"Old-Key: {_b64(self.old)}",
            f"New-Key: {_b64(self.new)}",
            f"Reason: {reason}",
        ]
        return ("\n".join(lines) + "\n").encode("utf-8")

    def text(self) -> bytes:
        old = _b64(self.old_signature) if self.old_signature is not None else NONE
        return self.body() + (
            f"Old-Key-Signature: {old}\nNew-Key-Signature: {_b64(self.new_signature)}\n"
        ).encode("ascii")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def make_rotation(
    old: Ed25519PrivateKey | Ed25519PublicKey,
    new: Ed25519PrivateKey,
    day: date,
    reason: str,
) -> Rotation:
    """A statement signed by the new key, and by the old one when its private key is given."""
    old_public = old.public_key() if isinstance(old, Ed25519PrivateKey) else old
    draft = Rotation(day, raw_public(old_public), raw_public(new.public_key()), reason, None, b"")
    body = draft.body()
    old_sig = old.sign(body) if isinstance(old, Ed25519PrivateKey) else None
    return Rotation(draft.day, draft.old, draft.new, draft.reason, old_sig, new.sign(body))


def _fields(block: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in block[1:]:
        label, sep, value = line.partition(": ")
        if not sep:
            raise RotationError(msg("rotation.not_label", line=line[:40]))
        out[label] = value.strip()
    return out


def _decoded(value: str, what: str, length: int) -> bytes:
    """A base64 field of ``length`` bytes (a 32-byte key, a 64-byte signature)."""
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise RotationError(msg("rotation.not_base64", field=what)) from None
    if len(raw) != length:
        raise RotationError(msg("rotation.wrong_length", field=what, length=length))
    return raw


def _verify(raw_key: bytes, signature: bytes, body: bytes, which: str) -> None:
    """``which``: "old" or "new", the key whose signature this is."""
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(signature, body)
    except (InvalidSignature, ValueError):
        raise RotationError(msg(f"rotation.{which}_signature")) from None


def parse_one(block: list[str]) -> Rotation:
    if not block or block[0] != HEADER:
        raise RotationError(msg("rotation.no_header", header=HEADER))
    f = _fields(block)
    missing = [k for k in (*SIGNED_FIELDS, "Old-Key-Signature", "New-Key-Signature") if k not in f]
    if missing:
        raise RotationError(msg("rotation.missing", fields=missing))
    try:
        day = date.fromisoformat(f["Date"])
    except ValueError:
        raise RotationError(msg("rotation.bad_date", value=f["Date"][:20])) from None
    old_sig = None
    if f["Old-Key-Signature"] != NONE:
        old_sig = _decoded(f["Old-Key-Signature"], "Old-Key-Signature", 64)
    rotation = Rotation(
        day,
        _decoded(f["Old-Key"], "Old-Key", 32),
        _decoded(f["New-Key"], "New-Key", 32),
        f["Reason"],
        old_sig,
        _decoded(f["New-Key-Signature"], "New-Key-Signature", 64),
    )
    body = rotation.body()
    if old_sig is not None:
        _verify(rotation.old, old_sig, body, "old")
    _verify(rotation.new, rotation.new_signature, body, "new")
    return rotation


def parse_chain(data: bytes) -> list[Rotation]:
    """Every statement of a rotations file, oldest first; each one's signatures verified."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise RotationError(msg("rotation.not_utf8")) from None
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            blocks[-1].append(line.rstrip("\r"))
        elif blocks[-1]:
            blocks.append([])
    return [parse_one(block) for block in blocks if block]


def chain_text(chain: list[Rotation]) -> bytes:
    return b"\n".join(r.text() for r in chain)


def handed_over_from(chain: list[Rotation], signer: str, trusted: set[str]) -> str | None:
    """The trusted key from which signed statements lead to ``signer`` (64-hex fingerprints),
    or None. Only statements signed by their old key pass trust on."""
    current = signer
    seen = {current}
    for rotation in reversed(chain):
        if rotation.new_fingerprint != current or not rotation.endorsed:
            continue
        current = rotation.old_fingerprint
        if current in trusted:
            return current
        if current in seen:
            return None
        seen.add(current)
    return None
