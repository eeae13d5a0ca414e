"""Fixtures for the store and services tests (helpers live in storekit.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from storekit import CHEAP_HASHER, Office, make_office

from evaldesk.services import users


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2, cheap parameters: the tests hash many passwords."""
    monkeypatch.setattr(users, "_hasher", CHEAP_HASHER)


@pytest.fixture
def office(data_dir: Path) -> Iterator[Office]:
    made = make_office(data_dir)
    yield made
    made.store.close()
