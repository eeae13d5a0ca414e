"""The package's sheets printed by LibreOffice Calc (issue 17, "sheets that print"): every row's
full text is on the page, inside its own row (nothing spills into the row below), the header is
repeated on every page, pages are numbered, and the text is not shrunk to fit one page.

The words' positions come from ``pdftotext -bbox``: a row starts where its key (项目's code, or
序号) stands; each word of the long column belongs to the row above it; a row's words, joined,
must be exactly that row's text, so text spilling (or clipped) past the row's bottom fails.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

pytestmark = [
    pytest.mark.skipif(
        shutil.which("soffice") is None,
        reason="LibreOffice is not installed (Debian: libreoffice-calc-nogui, scripts/dev.py)",
    ),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    text: str


def cli(*args: str) -> None:
    env = {**os.environ, "EVALDESK_PASSPHRASE": "sheets-print-test", "LANG": "C.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-m", "evaldesk", *args], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """name -> (the package's xlsx, the PDF LibreOffice printed from it)."""
    folder = tmp_path_factory.mktemp("sheets")
    cli("demo", "--data-dir", str(folder / "data"), "--year", "2025")
    cli(
        "export",
        "--data-dir",
        str(folder / "data"),
        "--year",
        "2025",
        "--out",
        str(folder / "p.zip"),
    )
    out: dict[str, tuple[Path, Path]] = {}
    with zipfile.ZipFile(folder / "p.zip") as zf:
        for name in ("scores.xlsx", "ledger.xlsx"):
            member = next(n for n in zf.namelist() if n.endswith(f"data/{name}"))
            (folder / name).write_bytes(zf.read(member))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "pdf"),
            str(folder / "scores.xlsx"),
            str(folder / "ledger.xlsx"),
        ],
        capture_output=True,
        check=True,
        timeout=600,
    )
    for name in ("scores", "ledger"):
        out[name] = (folder / f"{name}.xlsx", folder / "pdf" / f"{name}.pdf")
    return out


def words(pdf: Path) -> tuple[list[Word], float]:
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ElementTree.fromstring(xhtml)
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    found, height = [], 0.0
    for number, page in enumerate(root.iterfind(".//h:page", ns)):
        height = float(page.get("height", 0))
        for w in page.iterfind("h:word", ns):
            found.append(
                Word(
                    number,
                    float(w.get("xMin", 0)),
                    float(w.get("yMin", 0)),
                    float(w.get("xMax", 0)),
                    w.text or "",
                )
            )
    return found, height


def flat(text: object) -> str:
    return re.sub(r"\s+", "", str(text or ""))


def check_rows(
    pdf: Path,
    rows: list[tuple[str, str]],
    *,
    key_header: str,
    left: str,
    right: str,
    right_values: frozenset[str] = frozenset(),
) -> dict[int, list[str]]:
    """``rows``: (key, long text) in sheet order; the long text's column lies between the
    headers ``left`` and ``right`` (and before any of ``right_values``, the left-aligned
    values of the column on its right). Returns page -> the keys printed on it."""
    found, page_height = words(pdf)
    pages = sorted({w.page for w in found if w.text == key_header})
    assert pages, f"no page shows the header {key_header}"
    assert pages == list(range(pages[0], pages[-1] + 1))
    tops: list[tuple[int, float, str]] = []  # (page, top, key) of each row, in order
    keys = iter(rows)
    key, _ = next(keys)
    for page in pages:
        on_page = sorted((w for w in found if w.page == page), key=lambda w: (w.y0, w.x0))
        head = next(w for w in on_page if w.text == key_header)  # repeated print titles
        for w in on_page:
            if w.y0 > head.y0 + 5 and w.x0 < head.x1 + 40 and w.text == key:
                tops.append((page, w.y0, key))
                key = next(keys, (None, None))[0]
                if key is None:
                    break
    assert len(tops) == len(rows), f"rows found in order: {len(tops)} of {len(rows)}"
    by_page: dict[int, list[str]] = {}
    for i, ((page, top, key), (_k, text)) in enumerate(zip(tops, rows, strict=True)):
        bottom = page_height - 60  # above the footer
        if i + 1 < len(tops) and tops[i + 1][0] == page:
            bottom = tops[i + 1][1] - 1
        on_page = [w for w in found if w.page == page]
        hi = min(w.x0 for w in on_page if w.text == right or w.text in right_values)
        # The column's left edge: where its lines start (the numbers on its left are short).
        after = next(w for w in on_page if w.text == left).x1
        lo = min(w.x0 for w in on_page if after < w.x0 < hi and len(w.text) >= 6) - 0.5
        inside = sorted(
            (w for w in on_page if lo <= w.x0 < hi and top - 1 <= w.y0 < bottom),
            key=lambda w: (w.y0, w.x0),
        )
        assert "".join(w.text for w in inside) == flat(text), f"row {key} on page {page + 1}"
        by_page.setdefault(page, []).append(key)
    footers = [w.text for w in found if w.y0 > page_height - 60]
    assert "".join(footers).count("页共") >= len(pages), "page numbers in the footer"
    return by_page


def test_every_criterion_prints_whole_inside_its_row(printed) -> None:
    xlsx, pdf = printed["scores"]
    ws = load_workbook(xlsx)["评分表"]
    rows = []
    for project, _content, _points, criteria, *_ in ws.iter_rows(min_row=3, values_only=True):
        if project is None:
            break  # the notes under the table
        rows.append((str(project).split()[0], criteria or ""))
    assert len(rows) >= 30 and len([r for r in rows if r[1]]) >= 15  # the demo's rubric
    by_page = check_rows(pdf, rows, key_header="项目", left="分值", right="自评得分")
    # Fit to width only: more than one page, and no page holding a row or two of giant text.
    assert len(by_page) >= 3
    assert all(len(keys) >= 2 for keys in by_page.values())
    found, _h = words(pdf)
    first = next(w for w in found if w.text.startswith("1.季度工作推进情况"))
    assert first.x1 - first.x0 > 120  # 17 characters: about 8.5 pt each, not shrunk to ~5


def test_every_ledger_entry_prints_whole_inside_its_row(printed) -> None:
    xlsx, pdf = printed["ledger"]
    ws = load_workbook(xlsx)["台账"]
    table = list(ws.iter_rows(min_row=3, values_only=True))
    rows = [(str(r[0]), r[2]) for r in table]
    assert len(rows) >= 100
    names = frozenset(str(r[3]) for r in table if r[3])
    by_page = check_rows(
        pdf, rows, key_header="序号", left="来源", right="责任人", right_values=names
    )
    assert len(by_page) >= 3


def test_sheets_ask_for_a4_fit_to_width_and_repeat_their_header(printed) -> None:
    for xlsx, _pdf in printed.values():
        for ws in load_workbook(xlsx).worksheets:
            assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.fitToHeight == 0
            assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
            assert ws.print_title_rows and "&P" in ws.oddFooter.center.text
            assert {
                c.font.name for row in ws.iter_rows(min_row=2) for c in row if c.value is not None
            } == {"宋体"}
            heights = [d.height for r, d in ws.row_dimensions.items() if r >= 2]
            assert heights and all(h and h >= 14 for h in heights)
