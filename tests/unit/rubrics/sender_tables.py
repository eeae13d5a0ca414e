"""Senders' tables written by the tests, in the layouts offices receive (issue 20)."""

from __future__ import annotations

from pathlib import Path

HEADER = ["序号", "考核项目", "分值", "考核内容", "评分标准"]

#: (heading text | None, code, title, points, content, criteria); a heading row is merged across.
USUAL: list[tuple[str | None, str, str, str, str, str]] = [
    ("一、统筹推进（8分）", "", "", "", "", ""),
    (
        None,
        "1",
        "机制健全",
        "5分",
        "1.制定工作方案；\n2.健全工作机制。",
        "1.未制定年度工作方案的，扣2分；\n2.工作机制运行不畅的，扣1分。",
    ),
    (None, "2", "宣传推介", "3", "开展主题宣传活动。", "每少1次扣1分，扣完为止。"),
    ("二、就业帮扶（10分）", "", "", "", "", ""),
    ("（一）劳务协作（6分）", "", "", "", "", ""),
    (
        None,
        "①",
        "劳务协作协议",
        "4分",
        "签订劳务协作协议。",
        "完成得满分，未完成按比例得分，未达70%不得分。",
    ),
    (None, "②", "对接活动", "2", "开展对接活动。", "未开展对接活动的，不得分并倒扣1分。"),
    ("（二）稳定就业（4分）", "", "", "", "", ""),
    (
        None,
        "①",
        "稳岗返还",
        "4",
        "落实稳岗返还政策。",
        "发现问题未整改的，每个问题扣0.5分，2分扣完为止。",
    ),
]


def write_usual_xlsx(
    path: Path,
    rows: list[tuple[str | None, str, str, str, str, str]] = USUAL,
    header: list[str] = HEADER,
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2024年度县人社局工作考核细则"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for heading, *cells in rows:
        if heading is not None:
            sheet.append([heading])
            r = sheet.max_row
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        else:
            values: list[object] = list(cells)[: len(header)]
            points = values[2]
            if isinstance(points, str) and points.isdigit():
                values[2] = int(points)  # a number, as Excel keeps it
            sheet.append(values)
    book.save(path)


def write_usual_docx(
    path: Path,
    rows: list[tuple[str | None, str, str, str, str, str]] = USUAL,
    header: list[str] = HEADER,
) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("2024年度县人社局工作考核细则")
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    for r, (heading, *cells) in enumerate(rows, start=1):
        if heading is not None:
            merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
            merged.text = heading
        else:
            for c, text in enumerate(list(cells)[: len(header)]):
                table.cell(r, c).text = text
    document.save(str(path))
