"""The ranking workbook of the receiving office: values, not formulas; A4 set up for printing
with the header repeated and frozen; 宋体 named, which WPS and Excel both know (the same
helpers as the unit's score sheet, evaldesk.export.xlsx). Chinese, whatever the interface.

Sheets: 排名 (every unit: place, claims, parts, final, grade, money), one 位次考核 sheet per
ranking item, 等次评价 (the ballots' tallies), 补助 (every subsidy line with its basis), 说明
(the office's decisions and readings, ※).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from evaldesk.export.result_content import Summary
from evaldesk.export.sheet_print import FONT
from evaldesk.export.xlsx import _cells, _finish, _header, _save, _title


def ranking_xlsx(summary: Summary) -> bytes:
    wb = Workbook()
    stamp = datetime(
        summary.issuer.issued.year, summary.issuer.issued.month, summary.issuer.issued.day
    )
    props = wb.properties
    props.created = props.modified = stamp
    props.creator = props.lastModifiedBy = summary.issuer.generator
    props.title = f"{summary.year}年度考核结果排名"
    props.subject = f"{summary.rubric_title} {summary.doc_number}".strip()
    ws = wb.active
    assert ws is not None
    ws.title = "排名"
    headers = ["名次", "单位", "分组", "自评分", *(f"{p}（最终）" for p in summary.parts)]
    headers += ["最终得分", "等次", "补助合计（元）"]
    _title(ws, f"{summary.issuer.name} {summary.year}年度考核结果排名", len(headers))
    _header(ws, 2, headers)
    row = 3
    for unit in summary.units:
        finals = {p.title: p.final for p in unit.parts}
        values: list[Any] = [unit.place, unit.unit_name, unit.group, unit.self_total]
        values += [finals.get(title) for title in summary.parts]
        values += [unit.final_total, unit.grade or "", unit.award_total if unit.awards else None]
        _cells(ws, row, values)
        row += 1
    for name in summary.missing:
        _cells(
            ws, row, [None, name, "", None, *([None] * len(summary.parts)), None, "未得出", None]
        )
        row += 1
    _finish(
        ws, [6, 30, 14, 10, *([12] * len(summary.parts)), 10, 8, 14], landscape=True, header_row=2
    )

    for ranking in summary.rankings:
        sheet = wb.create_sheet(f"位次{ranking.item}"[:31])
        heads = ["单位", "分组", "数值", "名次", "得分", "说明"]
        _title(sheet, f"{ranking.item} {ranking.title}", len(heads))
        _header(sheet, 2, heads)
        for r, ranked in enumerate(ranking.rows, start=3):
            _cells(sheet, r, list(ranked))
        _finish(sheet, [30, 12, 12, 6, 8, 50], landscape=True, header_row=2)

    if summary.votes:
        sheet = wb.create_sheet("等次评价")
        r = 1
        for vote in summary.votes:
            heads = ["单位", *vote.grades, "平均得分"]
            sheet.cell(r, 1, vote.sheet).font = Font(name=FONT, bold=True)
            _header(sheet, r + 1, heads)
            r += 2
            for name, counts, average in vote.rows:
                _cells(sheet, r, [name, *counts, average])
                r += 1
            voters = "、".join(vote.voters)
            sheet.cell(r, 1, f"投票人（{len(vote.voters)}）：{voters}").font = Font(name=FONT)
            r += 2
        _finish(sheet, [30, 8, 8, 8, 10], landscape=False, header_row=2)

    lines = [(u, a) for u in summary.units for a in u.awards]
    if lines:
        sheet = wb.create_sheet("补助")
        heads = ["单位", "项目", "金额（元）", "依据"]
        _title(sheet, f"{summary.year}年度绩效考核补助和工作经费补助", len(heads))
        _header(sheet, 2, heads)
        for r, (unit, award) in enumerate(lines, start=3):
            _cells(sheet, r, [unit.unit_name, award.title, award.amount, award.basis])
        _finish(sheet, [26, 40, 12, 60], landscape=True, header_row=2)

    notes = wb.create_sheet("说明")
    _title(notes, "解释口径与说明", 1)
    r = 2
    for line in [*(f"※{d}" for d in summary.decisions), *summary.notes]:
        _cells(notes, r, [line], border=False)
        r += 1
    notes.column_dimensions["A"].width = 120
    return _save(wb, summary.issuer.issued)
