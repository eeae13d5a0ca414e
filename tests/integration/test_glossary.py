"""One name per thing (evaldesk/messages/glossary.py): the words it replaced do not come back.

Checked where a person reads them: the Chinese translation of the interface, the core's
Chinese wording, and a real exported package (the PDF parsed back with poppler, every cell of
its sheets, the evidence index). A rubric's own wording is the source's and is left alone, so
a word the rubric itself uses is not counted against the package.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from evaldesk.messages import glossary

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "evaldesk_zh_CN.ts"
#: Where a replaced word is still written on purpose: the glossary itself, and the import
#: aliases that let older files be read (rubric tables say 评分细则 in their headings).
READERS = {
    ROOT / "evaldesk" / "messages" / "glossary.py",
    ROOT / "evaldesk" / "rubrics" / "importing" / "columns.py",
}


def rejected_in(text: str) -> list[str]:
    return sorted(word for word in glossary.rejected_words() if word in text)


def test_the_translation_uses_the_glossary_terms() -> None:
    translations = "\n".join(
        re.findall(r"<translation[^>]*>(.*?)</translation>", TS.read_text("utf-8"), re.S)
    )
    assert rejected_in(translations) == []
    # The ledger's headings on screen are the glossary's words.
    for english, term in (("Deadline", glossary.DEADLINE), ("Received", glossary.RECEIVED)):
        pairs = re.findall(
            rf"<source>{english}</source>\s*<translation>(.*?)</translation>", TS.read_text("utf-8")
        )
        assert pairs and set(pairs) == {term.chinese}, (english, pairs)


def test_the_core_wording_uses_the_glossary_terms() -> None:
    found = {}
    for path in (ROOT / "evaldesk").rglob("*.py"):
        if path in READERS:
            continue
        words = rejected_in(path.read_text("utf-8"))
        if words:
            found[str(path.relative_to(ROOT))] = words
    assert found == {}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_package_pdf_and_sheets_use_the_glossary_terms(exported, unzip, tmp_path: Path) -> None:
    bag = unzip(exported.path, tmp_path)
    source_words = set(rejected_in(exported.snapshot.rubric.model_dump_json()))
    pdf = subprocess.run(
        ["pdftotext", "-raw", str(bag / "data" / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert set(rejected_in(pdf)) <= source_words
    assert glossary.DEADLINE.chinese in "".join(pdf.split())  # the overdue list's heading
    cells = []
    for name in ("ledger.xlsx", "scores.xlsx"):
        wb = load_workbook(bag / "data" / name, read_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells += [str(v) for v in row if v is not None]
        wb.close()
    sheets = "\n".join(cells)
    assert set(rejected_in(sheets)) <= source_words
    for term in (glossary.RECEIVED, glossary.DEADLINE, glossary.ITEM_LINK):
        assert term.chinese in sheets
    index = next((bag / "data").rglob("*.csv"), None)
    if index is not None:
        assert rejected_in(index.read_text("utf-8-sig")) == []
