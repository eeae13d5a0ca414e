"""Shared test harness: offscreen Qt, a fresh data folder per test, inline rubrics and facts."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault(
    "EVALDESK_LOG_DIR", str(Path(os.environ.get("TMPDIR", "/tmp")) / "evaldesk-test-logs")
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder (the SQLite store and evidence live here)."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def rubric_from():
    """Load a rubric from inline YAML text: ``rubric_from('''id: x ...''')``."""
    from evaldesk.rubrics.loader import load_text

    def make(text: str, name: str = "inline.yaml"):
        return load_text(textwrap.dedent(text), name).rubric

    return make


@pytest.fixture(autouse=True)
def _messages_in_chinese():
    """Messages default to Chinese (the product's language); a test that runs the CLI in-process
    may switch them to the locale's, which must not leak into the next test."""
    from evaldesk import messages

    messages.set_language("zh")
    yield
    messages.set_language("zh")


@pytest.fixture
def chinese_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the command line as under a Chinese desktop: it answers in Chinese."""
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.fixture
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the command line as under a C or English locale: it answers in English."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
