"""The office's keys: its own signing key over its life, and the keys it trusts (a receiving
office). Used by `evaldesk keys ...` and `evaldesk verify --data-dir`.

The signing key's life (docs/package-format.md, "The office's key"):

* made at the first export (evaldesk.export.keys.load_or_create);
* ``rotate``: a new key, and a statement signed by the old and the new key that hands over from
  one to the other (evaldesk.export.rotation). Every later package carries the statements, so
  a receiving office that trusts the old key accepts the new one;
* ``replace``: the passphrase is lost, so the old key cannot sign; a new key and a statement
  signed by the new key only, with the reason. The receiving office must register the new
  fingerprint by phone or letter. Both are audited; the old key files are kept in
  ``keys/retired/``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from evaldesk.errors import InputError, NotFound
from evaldesk.export import keys as keyfiles
from evaldesk.export import rotation
from evaldesk.export.trust import TrustList, grouped, plain_fingerprint
from evaldesk.messages import msg
from evaldesk.services.actor import Actor
from evaldesk.services.roles import require
from evaldesk.store import Store
from evaldesk.store.clock import now_iso
from evaldesk.store.paths import DataPaths, read_only_uri

RETIRED = "retired"


# ---------------------------------------------------------------------- trusted keys


def office_trust(data_dir: Path) -> TrustList:
    """The keys the office in ``data_dir`` trusts (read-only; an older folder trusts none)."""
    paths = DataPaths(Path(data_dir))
    trust = TrustList(str(paths.root))
    if not paths.db.is_file():
        raise NotFound(msg("keys.no_office", path=str(paths.root)))
    conn = sqlite3.connect(read_only_uri(paths.db), uri=True, timeout=15)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "trusted_keys" in names:
            for fpr, label in conn.execute(
                "SELECT fingerprint, label FROM trusted_keys WHERE removed_at IS NULL"
            ):
                trust.keys[str(fpr)] = str(label)
    finally:
        conn.close()
    return trust


def key_of(value: bytes | str) -> tuple[str, str | None]:
    """(64-hex fingerprint, PEM text or None) of a PEM public key or a fingerprint."""
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    if "BEGIN PUBLIC KEY" in text:
        key = keyfiles.load_public_pem(text.encode("utf-8"), "key")
        pem = keyfiles.public_pem(key).decode("ascii")
        return plain_fingerprint(keyfiles.fingerprint(key)) or "", pem
    fpr = plain_fingerprint(text)
    if fpr is None:
        raise InputError(msg("keys.not_a_key", value=text.strip()[:80]))
    return fpr, None


def add_trusted(store: Store, actor: Actor, key: bytes | str, label: str) -> str:
    """Trust a unit's key (a PEM public key or its fingerprint); returns the fingerprint."""
    require(actor, "office.manage")  # the office's keys are its profile
    if not label.strip():
        raise InputError(msg("keys.label_needed"))
    fpr, pem = key_of(key)
    with store.write(actor.name) as tx:
        store.trust.add(tx, fpr, label.strip(), pem)
    return fpr


def remove_trusted(store: Store, actor: Actor, key: bytes | str, reason: str = "") -> None:
    require(actor, "office.manage")  # the office's keys are its profile
    fpr, _ = key_of(key)
    with store.write(actor.name) as tx:
        store.trust.remove(tx, fpr, reason.strip())


@dataclass(frozen=True)
class Trusted:
    fingerprint: str  # grouped
    label: str
    added_at: str
    added_by: str


def list_trusted(store: Store) -> list[Trusted]:
    return [
        Trusted(grouped(r.fingerprint), r.label, r.added_at, r.added_by) for r in store.trust.list()
    ]


# ---------------------------------------------------------------------- the office's own key


@dataclass(frozen=True)
class OfficeKey:
    fingerprint: str | None  # grouped; None when no key was made yet
    private_file: Path
    public_file: Path
    rotations: list[rotation.Rotation]


def rotations_file(data_dir: Path) -> Path:
    return Path(data_dir) / keyfiles.KEY_DIR / rotation.FILE_NAME


def rotations_bytes(data_dir: Path) -> bytes:
    """What every package carries as key-rotation.txt (empty before the first rotation)."""
    path = rotations_file(data_dir)
    return path.read_bytes() if path.is_file() else b""


def show(data_dir: Path) -> OfficeKey:
    data_dir = Path(data_dir)
    public = keyfiles.public_key_path(data_dir)
    fpr = None
    if public.is_file():
        fpr = keyfiles.fingerprint(keyfiles.load_public_pem(public.read_bytes(), str(public)))
    data = rotations_bytes(data_dir)
    chain = rotation.parse_chain(data) if data else []
    return OfficeKey(fpr, keyfiles.private_key_path(data_dir), public, chain)


def export_public(data_dir: Path, out: Path) -> str:
    """Write the office's public key (PEM) to ``out``; returns its fingerprint."""
    public = keyfiles.public_key_path(Path(data_dir))
    if not public.is_file():
        raise NotFound(msg("keys.no_key", path=str(data_dir)))
    key = keyfiles.load_public_pem(public.read_bytes(), str(public))
    Path(out).write_bytes(keyfiles.public_pem(key))
    return keyfiles.fingerprint(key)


def _retire(data_dir: Path, old_fpr: str) -> None:
    short = (plain_fingerprint(old_fpr) or "unknown")[:16]
    folder = Path(data_dir) / keyfiles.KEY_DIR / RETIRED / f"{date.today():%Y%m%d}-{short}"
    folder.mkdir(parents=True, exist_ok=True)
    for path in (keyfiles.private_key_path(data_dir), keyfiles.public_key_path(data_dir)):
        if path.exists():
            shutil.move(str(path), folder / path.name)


def _install(
    data_dir: Path, key: Ed25519PrivateKey, passphrase: bytes, statement: rotation.Rotation
) -> None:
    if len(passphrase) < keyfiles.MIN_PASSPHRASE:
        raise InputError(msg("keys.short_passphrase", least=keyfiles.MIN_PASSPHRASE))
    old_fpr = keyfiles.fingerprint(Ed25519PublicKey.from_public_bytes(statement.old))
    _retire(data_dir, old_fpr)
    blob = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    keyfiles.write_new(keyfiles.private_key_path(data_dir), blob, private=True)
    keyfiles.write_new(
        keyfiles.public_key_path(data_dir), keyfiles.public_pem(key.public_key()), private=False
    )
    chain_file = rotations_file(data_dir)
    before = chain_file.read_bytes() if chain_file.is_file() else b""
    joined = (before.rstrip(b"\n") + b"\n\n" if before.strip() else b"") + statement.text()
    tmp = chain_file.with_name(chain_file.name + ".tmp")
    tmp.write_bytes(joined)
    os.replace(tmp, chain_file)


def _audit(store: Store, actor: Actor, action: str, statement: rotation.Rotation) -> None:
    detail = {
        "old": grouped(statement.old_fingerprint),
        "new": grouped(statement.new_fingerprint),
        "date": statement.day.isoformat(),
        "reason": statement.reason,
        "signed_by_old_key": statement.endorsed,
        "at": now_iso(),
    }
    with store.write(actor.name) as tx:
        store.audit.record(tx, action, "signing_key", statement.new_fingerprint[:16], detail)


def rotate(
    store: Store,
    actor: Actor,
    old_passphrase: bytes,
    new_passphrase: bytes,
    *,
    reason: str = "",
    today: date | None = None,
) -> rotation.Rotation:
    """A new signing key, handed over to by the old one (which the passphrase unlocks)."""
    require(actor, "office.manage")  # the office's keys are its profile
    data_dir = store.data_dir
    path = keyfiles.private_key_path(data_dir)
    if not path.is_file():
        raise NotFound(msg("keys.no_key", path=str(data_dir)))
    old = keyfiles.load_private(path, old_passphrase)
    new = Ed25519PrivateKey.generate()
    statement = rotation.make_rotation(
        old, new, today or date.today(), reason.strip() or "定期更换"
    )
    _audit(store, actor, "key.rotate", statement)
    _install(data_dir, new, new_passphrase, statement)
    return statement


def replace_lost(
    store: Store,
    actor: Actor,
    new_passphrase: bytes,
    reason: str,
    *,
    today: date | None = None,
) -> rotation.Rotation:
    """The passphrase is lost: a new key, with a statement the old key cannot sign."""
    require(actor, "office.manage")  # the office's keys are its profile
    if not reason.strip():
        raise InputError(msg("keys.reason_needed"))
    data_dir = store.data_dir
    public = keyfiles.public_key_path(data_dir)
    if not public.is_file():
        raise NotFound(msg("keys.no_key", path=str(data_dir)))
    old_public = keyfiles.load_public_pem(public.read_bytes(), str(public))
    new = Ed25519PrivateKey.generate()
    statement = rotation.make_rotation(old_public, new, today or date.today(), reason.strip())
    _audit(store, actor, "key.replace", statement)
    _install(data_dir, new, new_passphrase, statement)
    return statement
