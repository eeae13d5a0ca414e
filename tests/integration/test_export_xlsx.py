"""The Excel files reopened with openpyxl: same scores as score.json, reviewer columns, layout."""

from __future__ import annotations

import io
import json
import time
import zipfile
from decimal import Decimal

from openpyxl import load_workbook


def payload(exported, name: str) -> bytes:
    with zipfile.ZipFile(exported.path) as zf:
        return zf.read(next(n for n in zf.namelist() if n.endswith(f"data/{name}")))


def test_score_sheet_gives_the_scores_of_score_json(exported) -> None:
    scores = json.loads(payload(exported, "score.json"))
    wb = load_workbook(io.BytesIO(payload(exported, "scores.xlsx")), data_only=True)
    ws = wb["评分表"]
    header = [c.value for c in ws[2]]
    assert header == [
        "项目",
        "内容",
        "分值",
        "评分标准",
        "自评分",
        "省厅初评分",
        "省厅审定考核分",
        "扣分原因",
        "佐证",
    ]
    rows = {r[0]: r for r in ws.iter_rows(min_row=3, values_only=True) if r[0]}
    for code, item in scores["items"].items():
        row = rows[f"{code} {item['title']}"]
        assert Decimal(str(row[4])) == Decimal(item["score"]), code
        assert Decimal(str(row[2])) == Decimal(item["max"])
        assert row[5] is None and row[6] is None  # left for the reviewers
    assert Decimal(str(rows["合计"][4])) == Decimal(scores["total"])
    reasons = rows["一.2 技能培训"][7]
    assert "完成率每少一个百分点扣1分" in reasons and "−5" in reasons


def test_score_sheet_layout_for_print_and_reading(exported) -> None:
    ws = load_workbook(io.BytesIO(payload(exported, "scores.xlsx")))["评分表"]
    assert ws.freeze_panes == "A3"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 == "9"
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$2:$2"
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    assert widths["B"] >= 20 and widths["C"] <= 10  # 内容 is wide, 分值 narrow


def test_ledger_and_dispatch_sheets(exported) -> None:
    wb = load_workbook(io.BytesIO(payload(exported, "ledger.xlsx")))
    assert wb.sheetnames == ["台账", "季度调度"]
    ledger = list(wb["台账"].iter_rows(min_row=3, values_only=True))
    assert len(ledger) == len(exported.snapshot.ledger)
    assert ledger[1][2] == "整改培训台账不规范问题" and ledger[1][9] == "逾期"
    assert ledger[1][5].date().isoformat() == "2024-06-30"
    dispatch = [r for r in wb["季度调度"].iter_rows(min_row=3, values_only=True)]
    assert [r[3] for r in dispatch] == ["按时报送", "按时报送", "逾期报送", "按时报送", "按时报送"]
    assert wb["台账"].freeze_panes == "A3"


def test_xlsx_bytes_are_fixed_by_the_export_date(make_snapshot) -> None:
    from evaldesk.export.content import score_rows
    from evaldesk.export.names import plan_evidence
    from evaldesk.export.xlsx import ledger_xlsx, scores_xlsx

    snapshot = make_snapshot()
    rows = score_rows(snapshot, plan_evidence(snapshot.rubric, snapshot.evidence))
    first = scores_xlsx(snapshot, rows), ledger_xlsx(snapshot)
    time.sleep(2.1)  # the zip clock has a 2 s resolution
    assert (scores_xlsx(snapshot, rows), ledger_xlsx(snapshot)) == first
    core = zipfile.ZipFile(io.BytesIO(first[0])).read("docProps/core.xml").decode()
    assert "2025-01-15T00:00:00Z" in core
