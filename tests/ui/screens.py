"""Run a UI test on a screen of a given size: the test session's offscreen screen is 800×800
and cannot change, so the test runs again in a child pytest on an offscreen screen of that
size (Qt's offscreen platform reads its screens from a JSON file).

``on_screen(request, tmp_path, width, height)`` in a test returns None in the child (go on and
test) and the finished child in the parent (assert it passed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD = "EVALDESK_TEST_SCREEN"

#: What a maximised window's contents get on Windows 10 at 1366×768: the screen less the
#: 40 px taskbar and the 30 px title bar.
MAXIMISED_1366 = (1366, 768 - 40 - 30)


def on_screen(
    request: pytest.FixtureRequest, tmp_path: Path, width: int, height: int
) -> subprocess.CompletedProcess[str] | None:
    if os.environ.get(CHILD) == f"{width}x{height}":
        return None
    config = tmp_path / "screen.json"
    screen = {"name": "test", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}))
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", request.node.nodeid],
        env={
            **os.environ,
            CHILD: f"{width}x{height}",
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        },
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=ROOT,
    )
