"""Data folders and packages made by earlier releases keep working.

``tests/fixtures/release-<version>/<rubric>/`` holds what that release's ``evaldesk demo``
(year 2025, seed 7) and ``evaldesk export`` made: the data folder, the signed package, and what
``score --json`` and ``verify --json`` answered then. The current code opens, checks, scores,
exports and verifies them and must give the same scores. Add a directory per release; never
regenerate an old one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = sorted(p for p in FIXTURES.glob("release-*/*") if (p / "data").is_dir())


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evaldesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "LANG": "C.UTF-8", **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def numbers(report: dict[str, Any]) -> dict[str, Any]:
    """What must not change: every total, section and item score of a ``score --json`` answer."""

    def num(value: Any) -> Decimal | None:
        return None if value is None else Decimal(str(value))

    items = report["items"]
    return {
        "total": num(report["total"]),
        "attainable": num(report["attainable"]),
        "grade": report["grade"],
        "sections": {s["code"]: (num(s["score"]), num(s["best"])) for s in report["sections"]},
        "items": {
            code: (num(i["score"]), num(i["best"]), i["status"]) for code, i in items.items()
        },
        "counts": report["counts"],
    }


@pytest.fixture(params=CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def case(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, Path]:
    """The fixture copied: tests must never change the committed folder."""
    source: Path = request.param
    folder = tmp_path / "data"
    shutil.copytree(source / "data", folder)
    return source, folder


def test_there_are_fixtures() -> None:
    assert len(CASES) >= 5, CASES


def test_old_folder_checks_scores_exports_and_verifies(
    case: tuple[Path, Path], tmp_path: Path
) -> None:
    source, folder = case
    checked = cli("check", "--data-dir", str(folder))
    assert checked.returncode == 0, checked.stdout + checked.stderr

    scored = cli("score", "--data-dir", str(folder), "--year", "2025", "--json")
    assert scored.returncode == 0, scored.stderr
    expected = json.loads((source / "expected-score.json").read_text(encoding="utf-8"))
    assert numbers(json.loads(scored.stdout)) == numbers(expected)

    out = tmp_path / "again.zip"
    passphrase = (source / "PASSPHRASE.txt").read_text(encoding="utf-8").strip()
    exported = cli(
        "export",
        "--data-dir",
        str(folder),
        "--year",
        "2025",
        "--out",
        str(out),
        env={"EVALDESK_PASSPHRASE": passphrase},
    )
    assert exported.returncode == 0, exported.stdout + exported.stderr
    verified = cli("verify", str(out), "--json")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    answer = json.loads(verified.stdout)
    assert answer["valid"] is True
    assert Decimal(answer["self_score"]) == Decimal(expected["total"])
    # the demo left the year unapproved: the package made now is a draft, and says so
    assert answer["package_format"] == "3" and answer["draft"] is True
    assert answer["checks"]["approval"] == "ok"


def test_old_package_still_verifies(case: tuple[Path, Path]) -> None:
    source, _ = case
    verified = cli("verify", str(source / "package.zip"), "--json")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    answer = json.loads(verified.stdout)
    then = json.loads((source / "expected-verify.json").read_text(encoding="utf-8"))
    assert answer["valid"] is True
    for key in ("package_id", "office", "year", "self_score", "content_sha256", "key_fingerprint"):
        assert answer[key] == then[key], key
    # made before packages recorded their approval: neither draft nor final, nothing failed
    assert answer["draft"] is None and answer["checks"]["approval"] == "skipped"
    assert {k: v for k, v in answer["checks"].items() if k != "approval"} == then["checks"] | {
        "trust": "skipped"
    }
