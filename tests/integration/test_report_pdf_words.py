"""Issue 17, sub-finding 3, the printed side: the unit report PDF (text extracted with
pdftotext) names no internal name — no "dispatch 文件夹", no score.json, no snake_case field,
MIME type or "user:" actor (tests/leaks.py, the patterns the screens are scanned with).

The colophon's verification command (``grep -v ' data/report.pdf$' manifest-sha256.txt |
sha256sum``) is what the receiving authority types: it is kept verbatim and left out of the scan.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from leaks import leaks

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is not installed"
)

COMMAND = re.compile(r"grep -v .*?sha256sum", re.S)


def report_text(exported, folder: Path) -> str:
    with zipfile.ZipFile(exported.path) as zf:
        name = next(n for n in zf.namelist() if n.endswith("data/report.pdf"))
        (folder / "report.pdf").write_bytes(zf.read(name))
    return subprocess.run(
        ["pdftotext", "-raw", str(folder / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_17_3_the_unit_report_pdf_names_no_internal_name(exported, tmp_path: Path) -> None:
    text = report_text(exported, tmp_path)
    compact = "".join(text.split())
    assert "报送包中的“季度调度”材料" in compact
    assert "机读评分数据" in compact
    assert "dispatch文件夹" not in compact and "score.json" not in compact
    assert "evidence-index.csv" not in compact  # 佐证资料清单
    assert COMMAND.search(text)  # the verification command is still printed, whole
    # The evidence index prints each file by the name the office gave it (会议纪要.docx, CON.txt):
    # those are the office's own words, not the program's.
    own = [e.original_name for e in exported.snapshot.evidence]
    shown = COMMAND.sub("", text)
    for name in own:
        shown = shown.replace(name, "")
    lines = [(f"line {n}", line) for n, line in enumerate(shown.splitlines())]
    assert leaks(lines) == []
