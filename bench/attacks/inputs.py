"""Families ``bad-facts``, ``bad-rubrics`` and ``cli-args``: input a person or a file gives.

Each must be refused with a message (exit 1 when a check fails, 2 when the input is wrong) and
never crash: no exit 3, no traceback, no hang. The command-line cases run `evaldesk` as a child
process (what a clerk sees on the terminal, and a hang can be stopped).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

from core import Outcome, Result, cli, judge_refusal
from workspace import PASSPHRASE, Workspace

RUBRIC = "hunan-rsxczx-2021"

BAD_FACTS: list[tuple[str, object]] = [
    ("tiny target", {"items": {"三.1": {"actual": "985", "target": "1e-999999"}}}),
    ("huge actual", {"items": {"三.1": {"actual": "1e999999", "target": "1000"}}}),
    ("10**400 bonus occurrences", {"items": {"加分.1": {"occurrences": {"national": 10**400}}}}),
    ("unknown key under counts", {"counts": {"ledger_overdeu": 3}}),
    ("true as a count", {"counts": {"ledger_overdue": True}}),
    ("negative count", {"counts": {"ledger_overdue": -1}}),
    ("NaN actual", {"items": {"三.1": {"actual": "NaN", "target": "1000"}}}),
    ("Infinity target", {"items": {"三.1": {"actual": "1", "target": "Infinity"}}}),
    ("5,000-digit actual", {"items": {"三.1": {"actual": "9" * 5000, "target": "1000"}}}),
    ("unknown item", {"items": {"九.9": {"actual": 1}}}),
    ("a list instead of an object", [1, 2, 3]),
]

GOOD_RUBRIC = """
id: attack-rubric
version: 1
title: 攻击测试细则
issuer: 测试厅
doc_number: 测〔2024〕1号
year: 2024
kind: points
total: 10
sections:
  - code: 一
    title: 部分
    points: 10
    items:
      - code: 一.1
        title: 项目
        points: 10
        rules:
          - {id: "1", kind: checklist, text: 未制定方案扣2分, lines: [{id: "1", text: 未制定方案, deduct: 2}]}
"""

BAD_RUBRICS: list[tuple[str, str, str]] = [
    (
        "negative item points",
        "        points: 10\n        rules",
        "        points: -10\n        rules",
    ),
    ("precision 0", "total: 10\n", "total: 10\nprecision: 0\n"),
    ("total 1e400", "total: 10\n", "total: 1e400\n"),
    ("5,000-digit total", "total: 10\n", "total: " + "9" * 5000 + "\n"),
    ("duplicate YAML key", "version: 1\n", "version: 1\nversion: 2\n"),
    ("version -1", "version: 1\n", "version: -1\n"),
    ("year 10^20", "year: 2024\n", "year: 100000000000000000000\n"),
    ("not YAML", "sections:", "sections: [: :"),
]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def bad_facts(ws: Workspace, size: int | None, seed: int) -> Iterator[Result]:
    folder = ws.scratch("bad-facts")
    for name, facts in BAD_FACTS[:size]:
        path = _write(folder, "facts.json", json.dumps(facts))
        run = cli(["--lang", "en", "score", "--rubric", RUBRIC, "--facts", str(path)])
        yield judge_refusal(run, name)


def bad_rubrics(ws: Workspace, size: int | None, seed: int) -> Iterator[Result]:
    folder = ws.scratch("bad-rubrics")
    good = textwrap.dedent(GOOD_RUBRIC).lstrip()
    for name, old, new in BAD_RUBRICS[:size]:
        assert old in good, name
        path = _write(folder, "rubric.yaml", good.replace(old, new, 1))
        run = cli(["--lang", "en", "rubrics", "validate", str(path)])
        yield judge_refusal(run, f"validate: {name}")
        facts = _write(folder, "facts.json", "{}")
        run = cli(["--lang", "en", "score", "--rubric", str(path), "--facts", str(facts)])
        yield judge_refusal(run, f"score: {name}")


MEMORY = 2 << 30  # a child that reads /dev/zero into memory stops here, not at the machine's end


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _child(args: list[str], timeout: float = 30.0, env: dict[str, str] | None = None) -> Result:
    name = " ".join(a if len(a) < 40 else a[:12] + "…" for a in args)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "evaldesk", "--lang", "en", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            env={**os.environ, **(env or {})},
            preexec_fn=_limit_memory if sys.platform != "win32" else None,
        )
    except subprocess.TimeoutExpired:
        return Result(name, Outcome.CRASHED, f"no answer within {timeout:.0f} s")
    if done.returncode == 3 or "Traceback" in done.stderr:
        return Result(name, Outcome.CRASHED, (done.stderr.strip().splitlines() or ["exit 3"])[-1])
    if done.returncode in (1, 2) and (done.stdout.strip() or done.stderr.strip()):
        return Result(name, Outcome.CAUGHT)
    return Result(name, Outcome.WRONG, f"exit {done.returncode}: {done.stderr[-200:]}")


def cli_args(ws: Workspace, size: int | None, seed: int) -> Iterator[Result]:
    folder = ws.scratch("cli-args")
    office = ws.copy_office("cli-args")
    out = str(folder / "out.zip")
    garbage = folder / "garbage.pem"
    garbage.write_bytes(os.urandom(1 << 20) * 20)
    env = {"EVALDESK_PASSPHRASE": PASSPHRASE}
    big = "99999999999999999999"
    cases: list[tuple[list[str], dict[str, str] | None]] = [
        (["export", "--data-dir", str(office), "--year", big, "--out", out], env),
        (["export", "--data-dir", str(office), "--year", "-1", "--out", out], env),
        (["export", "--data-dir", str(office), "--year", "0", "--out", out], env),
        (["export", "--data-dir", str(office), "--year", "2025", "--out", str(folder)], env),
        (
            [
                "export",
                "--data-dir",
                str(office),
                "--year",
                "2025",
                "--out",
                str(folder / ("x" * 300 + ".zip")),
            ],
            env,
        ),
        (
            [
                "export",
                "--data-dir",
                str(office),
                "--year",
                "2025",
                "--out",
                out,
                "--passphrase-file",
                "/dev/zero",
            ],
            None,
        ),
        (
            [
                "export",
                "--data-dir",
                str(office),
                "--year",
                "2025",
                "--out",
                out,
                "--passphrase-file",
                str(folder),
            ],
            None,
        ),
        (["score", "--data-dir", str(office), "--year", big], None),
        (["score", "--data-dir", str(office), "--year", "-5"], None),
        (["demo", "--data-dir", str(folder / "demo1"), "--year", big], None),
        (["demo", "--data-dir", str(folder / "demo2"), "--year", "1"], None),
        (["verify", str(ws.package), "--pubkey", str(garbage)], None),
        (["verify", str(ws.package), "--pubkey", "/dev/zero"], None),
        (["verify", str(ws.package), "--pubkey", str(folder)], None),
        (["verify", str(folder)], None),
        (["verify", "/dev/zero"], None),
        (["score", "--rubric", RUBRIC, "--facts", "/dev/zero"], None),
        (["score", "--rubric", RUBRIC, "--facts", str(folder)], None),
        (["rubrics", "validate", str(folder)], None),
        (["rubrics", "validate", "/dev/zero"], None),
        (["check", "--data-dir", str(garbage)], None),
        (["restore", "--data-dir", str(folder / "r"), "/dev/zero"], None),
    ]
    for args, extra in cases[:size]:
        yield _child(args, env=extra)
