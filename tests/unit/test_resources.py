"""resource_path() from the source tree; the frozen side is tests/e2e/test_frozen.py, which
runs the built bundle and reads the built-in rubrics through the same function."""

from __future__ import annotations

from pathlib import Path

from evaldesk import resources
from evaldesk.rubrics.registry import builtin_dir, builtins

ROOT = Path(__file__).resolve().parents[2]


def test_source_base_is_the_project_root() -> None:
    assert not resources.is_frozen()
    assert resources.base_dir() == ROOT
    assert resources.resource_path("evaldesk", "rubrics", "data") == ROOT / "evaldesk/rubrics/data"


def test_builtin_rubrics_are_read_through_resource_path() -> None:
    assert builtin_dir() == resources.resource_path("evaldesk", "rubrics", "data")
    files = sorted(p.name for p in builtin_dir().glob("*.yaml"))
    assert files, "no built-in rubric files found"
    assert sorted(lr.path.name for lr in builtins().values() if lr.path) == files
