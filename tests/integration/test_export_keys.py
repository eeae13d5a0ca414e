"""The office signing key: encrypted at rest, made once, fingerprinted; passphrase sources."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from evaldesk.errors import InputError
from evaldesk.export import keys


def test_key_is_made_once_and_stored_encrypted(data_dir: Path) -> None:
    key, created = keys.load_or_create(data_dir, b"correct horse")
    assert created
    pem = keys.private_key_path(data_dir).read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    again, created = keys.load_or_create(data_dir, b"correct horse")
    assert not created
    assert keys.raw_public(again.public_key()) == keys.raw_public(key.public_key())
    pub = keys.load_public_pem(keys.public_key_path(data_dir).read_bytes())
    assert keys.fingerprint(pub) == keys.fingerprint(key.public_key())


def test_wrong_or_short_passphrase_is_refused(data_dir: Path) -> None:
    with pytest.raises(InputError, match="at least 8"):
        keys.load_or_create(data_dir, b"short")
    assert not keys.has_key(data_dir)
    keys.load_or_create(data_dir, b"correct horse")
    with pytest.raises(InputError, match="wrong passphrase"):
        keys.load_or_create(data_dir, b"battery staple")


def test_fingerprint_is_eight_groups_of_eight_hex(data_dir: Path) -> None:
    key, _ = keys.load_or_create(data_dir, b"correct horse")
    assert re.fullmatch(r"([0-9a-f]{8} ){7}[0-9a-f]{8}", keys.fingerprint(key.public_key()))


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return False


def test_passphrase_sources(tmp_path: Path) -> None:
    f = tmp_path / "pass.txt"
    f.write_text("from the file\nignored\n", encoding="utf-8")
    assert keys.passphrase_from_cli(f, creating=False, env={}, stdin=_Tty()) == b"from the file"
    env = {"EVALDESK_PASSPHRASE": "from the env"}
    assert keys.passphrase_from_cli(None, creating=False, env=env, stdin=_Tty()) == b"from the env"
    with pytest.raises(InputError, match="EVALDESK_PASSPHRASE") as err:
        keys.passphrase_from_cli(None, creating=True, env={}, stdin=_Tty())
    assert err.value.exit_code == 2
    with pytest.raises(InputError, match="cannot read"):
        keys.passphrase_from_cli(tmp_path / "missing", creating=False, env={}, stdin=_Tty())
