"""The report says what the source does not print: a 解释口径说明 section and the mark ※ beside
the values, found in the PDF's extracted text and in the package's score.json (issue 14)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

#: rubric -> what its report must show (from the issue's findings)
FINDINGS = {
    "hunan-rsxczx-2021": [
        "季度调度满分",
        "工伤预防4分",
        "综合评估总分为各项得分相加",
        "满分106分※",
    ],
    "zhongnong-dingdian-2021": ["增补的否决情形", "计量单位万元、人次、个为本文件所定"],
    "dept-spending-selfeval": ["财预〔2020〕10号"],
    "rugao-rsks-2021": [
        "主功能区为附件表头前四个单位",
        "一.2.2、一.2.3参加排名的前提是一.2.1完成任务",
        "按本单位职保总任务数判断",
    ],
    "employment-single-item": ["数据利用的四项", "可扣至本项5分", "以分值4分为满分"],
}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EVALDESK_PASSPHRASE": "interpretations-test", "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "evaldesk", *args], capture_output=True, text=True, env=env
    )


@pytest.fixture(scope="module", params=sorted(FINDINGS))
def package(request, tmp_path_factory) -> tuple[str, Path]:
    rubric = request.param
    folder = tmp_path_factory.mktemp(rubric)
    made = cli("demo", "--data-dir", str(folder / "data"), "--rubric", rubric, "--year", "2025")
    assert made.returncode == 0, made.stderr
    out = folder / "package.zip"
    done = cli("export", "--data-dir", str(folder / "data"), "--year", "2025", "--out", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    return rubric, out


def test_the_pdf_explains_and_marks_them(package, tmp_path) -> None:
    rubric, path = package
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith("data/report.pdf"))
        (tmp_path / "report.pdf").write_bytes(zf.read(name))
    text = "".join(
        subprocess.run(
            ["pdftotext", "-raw", str(tmp_path / "report.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    )
    assert "解释口径说明" in text
    for finding in FINDINGS[rubric]:
        assert finding in text, finding


def test_score_json_carries_them(package) -> None:
    _rubric, path = package
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith("data/score.json"))
        data = json.loads(zf.read(name))
    ids = {i["id"] for i in data["interpretations"]}
    assert ids and all(i["reason"] for i in data["interpretations"])
    marked = {i for item in data["items"].values() for i in item["interpretations"]}
    assert marked <= ids
