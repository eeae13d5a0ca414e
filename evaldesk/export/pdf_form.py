"""Report-template rubrics (``kind: report``): the form laid out as the finance bureau prints it.

Built from the rubric's ``form`` model alone (profile fields, tables, checks, sign-off blocks),
so a new template is a new rubric file: 基本概况 as a label/value grid, each table with its own
title, columns and rows, the arithmetic checks, the scored indicators with 综合得分 and 等次,
then the evaluators and the sign-off blocks.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from evaldesk.decimals import fmt_points
from evaldesk.export.pdf import BLOCK_W, ReportContext, Styles
from evaldesk.export.pdf_body import score_table, signoff
from evaldesk.export.pdf_table import Section, table
from evaldesk.export.snapshot import ExportSnapshot, FormData
from evaldesk.rubrics.model import Form

CHINESE_SUB = "一二三四五六七八九十"


def form_story(
    snapshot: ExportSnapshot, ctx: ReportContext, s: Styles, sec: Section
) -> list[Flowable]:
    form = snapshot.rubric.form
    assert form is not None
    data = snapshot.form or FormData()
    flow: list[Flowable] = []
    if form.profile:
        flow += profile(form, data, snapshot, s, sec)
    if form.tables:
        flow += tables(form, data, snapshot, s, sec)
    if snapshot.rubric.items():
        flow += score_table(snapshot, ctx, s, sec, title="绩效自评情况")
    flow += result(snapshot, s)
    flow += signoff(snapshot, s, sec, blocks=list(form.signoff) or None)
    return flow


def profile(
    form: Form, data: FormData, snapshot: ExportSnapshot, s: Styles, sec: Section
) -> list[Flowable]:
    label_w = 30 * mm
    half = (BLOCK_W - 2 * label_w) / 2
    rows: list[list[Any]] = [
        [s.p("单位名称", s.cell_h), s.p(snapshot.office.name, s.cell), "", ""],
    ]
    spans: list[tuple[int, int, int]] = [(0, 1, 3)]  # (row, first col, last col)
    pending: list[Any] = []
    for f in form.profile:
        value = data.profile.get(f.id, "")
        if f.type == "multiline" or len(value) > 24:
            if pending:
                rows.append([*pending, "", ""])
                spans.append((len(rows) - 1, 1, 3))
                pending = []
            rows.append([s.p(f.label, s.cell_h), s.p(value, s.cell), "", ""])
            spans.append((len(rows) - 1, 1, 3))
            continue
        pending += [s.p(f.label, s.cell_h), s.p(value, s.cell)]
        if len(pending) == 4:
            rows.append(pending)
            pending = []
    if pending:
        rows.append([*pending, "", ""])
        spans.append((len(rows) - 1, 1, 3))
    t = table(s, rows, [label_w, half, label_w, half], header_rows=0)
    t.setStyle([("SPAN", (a, r), (b, r)) for r, a, b in spans])
    return [sec.heading("基本概况"), t]


def tables(
    form: Form, data: FormData, snapshot: ExportSnapshot, s: Styles, sec: Section
) -> list[Flowable]:
    flow: list[Flowable] = [sec.heading("收支情况")]
    for n, spec in enumerate(form.tables):
        values = data.tables.get(spec.id, {})
        title = spec.title + (
            f"（{spec.unit_label}）"
            if spec.unit_label and spec.unit_label not in spec.title
            else ""
        )
        flow.append(s.p(f"（{CHINESE_SUB[n % 10]}）{title}", s.h2))
        head = [s.p("项目", s.cell_h), *(s.p(c.title, s.cell_h) for c in spec.columns)]
        rows: list[list[Any]] = [head]
        for row in spec.rows:
            cells = values.get(row.id, {})
            rows.append(
                [
                    s.p(row.title, s.cell),
                    *(s.p(_money(cells.get(c.id)), s.cell_c) for c in spec.columns),
                ]
            )
        first = 34 * mm
        rest = (BLOCK_W - first) / len(spec.columns)
        flow.append(table(s, rows, [first, *([rest] * len(spec.columns))]))
    if snapshot.form_checks:
        flow.append(s.p("表内数据核对：", s.h2))
        for check in snapshot.form_checks:
            mark = "相符" if check.ok else "不符"
            detail = f"（{check.detail}）" if check.detail else ""
            flow.append(s.p(f"{check.text}：{mark}{detail}", s.plain))
    return flow


def result(snapshot: ExportSnapshot, s: Styles) -> list[Flowable]:
    report = snapshot.report
    rows = [
        [s.p("绩效自评综合得分", s.cell_h), s.p(fmt_points(report.total), s.cell_c)],
        [s.p("评价等次", s.cell_h), s.p(report.grade or "", s.cell_c)],
    ]
    return [Spacer(1, 4 * mm), table(s, rows, [60 * mm, BLOCK_W - 60 * mm], header_rows=0)]


def _money(value: Decimal | None) -> str:
    return "" if value is None else fmt_points(value)
