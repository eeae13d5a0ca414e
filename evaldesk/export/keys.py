"""The office's Ed25519 signing key: made at the first export, stored encrypted.

The private key lives in ``<data dir>/keys/office-signing-key.pem`` as PKCS#8 encrypted with the
passphrase (``BestAvailableEncryption``); the public key beside it in ``office-signing-key.pub.pem``
so the fingerprint can be shown without the passphrase. The fingerprint is the SHA-256 of the raw
32-byte public key, shown as 8 groups of 8 hex digits; the authority registers it once and
compares it with the one printed on each report's cover.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from evaldesk.errors import InputError, StoreError
from evaldesk.messages import Message, msg
from evaldesk.messages.os_error import os_error

KEY_DIR = "keys"
PRIVATE_NAME = "office-signing-key.pem"
PUBLIC_NAME = "office-signing-key.pub.pem"
PASSPHRASE_ENV = "EVALDESK_PASSPHRASE"
MIN_PASSPHRASE = 8


def private_key_path(data_dir: Path) -> Path:
    return data_dir / KEY_DIR / PRIVATE_NAME


def public_key_path(data_dir: Path) -> Path:
    return data_dir / KEY_DIR / PUBLIC_NAME


def has_key(data_dir: Path) -> bool:
    return private_key_path(data_dir).exists()


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw public key, 8 groups of 8 hex digits."""
    digest = hashlib.sha256(raw_public(key)).hexdigest()
    return " ".join(digest[i : i + 8] for i in range(0, 64, 8))


def load_public_pem(data: bytes, what: str = "public key") -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(data)
    # A damaged key names an algorithm nobody has (UnsupportedAlgorithm), not only bad PEM.
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise InputError(msg("key.not_pem", what=what, error=str(exc)[:200])) from None
    if not isinstance(key, Ed25519PublicKey):
        raise InputError(msg("key.not_ed25519", what=what))
    return key


def load_or_create(data_dir: Path, passphrase: bytes) -> tuple[Ed25519PrivateKey, bool]:
    """The office's key, made on first use. Returns (key, created)."""
    path = private_key_path(data_dir)
    if path.exists():
        return load_private(path, passphrase), False
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError(msg("keys.short_passphrase", least=MIN_PASSPHRASE))
    key = Ed25519PrivateKey.generate()
    blob = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    write_new(path, blob, private=True)
    write_new(public_key_path(data_dir), public_pem(key.public_key()), private=False)
    return key, True


def load_private(path: Path, passphrase: bytes) -> Ed25519PrivateKey:
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise StoreError(msg("keys.key_unreadable", path=str(path), error=os_error(exc))) from None
    try:
        key = serialization.load_pem_private_key(blob, password=passphrase)
    except ValueError:
        raise InputError(
            msg("keys.wrong_passphrase"),
            hint=msg("keys.key_file", path=str(path)),
        ) from None
    except (TypeError, UnsupportedAlgorithm) as exc:
        raise InputError(msg("keys.key_unreadable", path=str(path), error=str(exc))) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(msg("key.not_ed25519", what=str(path)))
    return key


def write_new(path: Path, data: bytes, *, private: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600 if private else 0o644)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(msg("keys.cannot_write", path=str(path), error=os_error(exc))) from None


MAX_PASSPHRASE_FILE = 64 << 10


def read_small_file(path: Path, limit: int, not_fit: Message) -> bytes:
    """A regular file of at most ``limit`` bytes (never /dev/zero, a folder or a huge file):
    ``not_fit`` is the InputError's message otherwise."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            raise InputError(not_fit)
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(
            msg("keys.file_unreadable", path=str(path), error=exc.strerror or str(exc))
        ) from None
    if len(data) > limit:
        raise InputError(not_fit)
    return data


def _passphrase_text(path: Path) -> str:
    """The passphrase file's text: a regular file of at most 64 KiB."""
    not_fit = msg("keys.passphrase_file", path=str(path))
    try:
        return read_small_file(path, MAX_PASSPHRASE_FILE, not_fit).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(not_fit) from None


def passphrase_from_cli(
    passphrase_file: Path | None,
    *,
    creating: bool,
    env: Mapping[str, str] | None = None,
    stdin: TextIO | None = None,
) -> bytes:
    """The passphrase for the command line: ``--passphrase-file``, ``EVALDESK_PASSPHRASE``, or a
    prompt on a terminal. With none of them and no terminal: exit 2 saying what to do."""
    env = os.environ if env is None else env
    stdin = sys.stdin if stdin is None else stdin
    if passphrase_file is not None:
        text = _passphrase_text(passphrase_file)
        line = text.splitlines()[0] if text.splitlines() else ""
        if not line:
            raise InputError(msg("keys.passphrase_empty", path=str(passphrase_file)))
        return line.encode("utf-8")
    if env.get(PASSPHRASE_ENV):
        return env[PASSPHRASE_ENV].encode("utf-8")
    if stdin is None or not stdin.isatty():
        raise InputError(msg("keys.no_terminal", env=PASSPHRASE_ENV))
    first = getpass.getpass("签名密钥口令 (passphrase): ")
    if creating:
        again = getpass.getpass("再次输入口令 (repeat): ")
        if again != first:
            raise InputError(msg("keys.passphrases_differ"))
    return first.encode("utf-8")
