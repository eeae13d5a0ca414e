"""Report-template rubrics (``kind: report``): the form laid out as the finance bureau prints it.

Built from the rubric's ``form`` model alone, so a new template is a new rubric file:
基本概况 as a label/value grid (long fields across the row), each table with its own title,
columns and rows, the arithmetic checks with their results, the indicator table (绩效目标 /
完成情况 under each scored category) or the score table, 综合得分 and 等次, the text tables
(评价人员) and the sign-off blocks with their opinions, signers and dates.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from evaldesk.decimals import fmt_points
from evaldesk.export.pdf_body import people_table, score_table, sign_block
from evaldesk.export.pdf_style import BLOCK_W, ReportContext, Styles
from evaldesk.export.pdf_table import NUMERALS, Section, Span, table
from evaldesk.export.snapshot import ExportSnapshot, FormData, FormIndicator
from evaldesk.rubrics.model import Form, SignoffBlock
from evaldesk.scoring.form_result import STATUS_TEXT


def form_story(
    snapshot: ExportSnapshot, ctx: ReportContext, s: Styles, sec: Section
) -> list[Flowable]:
    form = snapshot.rubric.form
    assert form is not None
    data = snapshot.form or FormData()
    flow: list[Flowable] = []
    flow += profile(form, data, snapshot, s, sec)
    if form.tables:
        flow += tables(form, data, s, sec)
    if snapshot.form_checks:
        flow += checks(snapshot, s)
    if form.indicators is not None:
        flow += indicators(form, data, snapshot, s, sec)
    elif snapshot.rubric.items():
        flow += score_table(snapshot, ctx, s, sec, title="绩效自评情况")
    flow += result(form, data, snapshot, s)
    flow += people(form, data, snapshot, s, sec)
    flow += blocks(form, data, s)
    return flow


def profile(
    form: Form, data: FormData, snapshot: ExportSnapshot, s: Styles, sec: Section
) -> list[Flowable]:
    label_w = 30 * mm
    half = (BLOCK_W - 2 * label_w) / 2
    rows: list[list[Any]] = [[s.p("单位名称", s.cell_h), s.p(snapshot.office.name, s.cell), "", ""]]
    spans: list[Span] = [(0, 1, 3)]
    pending: list[Any] = []

    def flush() -> None:
        nonlocal pending
        if pending:
            rows.append([*pending, "", ""])
            spans.append((len(rows) - 1, 1, 3))
            pending = []

    shown_elsewhere = {form.overall_score, form.grade_field}
    for f in form.profile:
        if f.id in shown_elsewhere:
            continue
        value = data.profile.get(f.id, "")
        if f.type == "multiline" or len(value) > 24 or len(f.label) > 12:
            flush()
            rows.append([s.p(f.label, s.cell_h), s.p(value, s.cell), "", ""])
            spans.append((len(rows) - 1, 1, 3))
            continue
        pending += [s.p(f.label, s.cell_h), s.p(value, s.cell)]
        if len(pending) == 4:
            rows.append(pending)
            pending = []
    flush()
    return [
        sec.heading("基本概况"),
        table(s, rows, [label_w, half, label_w, half], header_rows=0, spans=spans),
    ]


def tables(form: Form, data: FormData, s: Styles, sec: Section) -> list[Flowable]:
    flow: list[Flowable] = [CondPageBreak(50 * mm), sec.heading("收支情况")]
    for n, spec in enumerate(form.tables):
        values = data.tables.get(spec.id, {})
        unit = spec.unit_label
        title = spec.title + (f"（{unit}）" if unit and unit not in spec.title else "")
        flow.append(s.p(f"（{NUMERALS[n % 10]}）{title}", s.h2))
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
    return flow


def checks(snapshot: ExportSnapshot, s: Styles) -> list[Flowable]:
    """The count of each outcome, then only the checks a reader must look at."""
    results = snapshot.form_checks
    counts = Counter(c.status for c in results)
    tally = "，".join(f"{STATUS_TEXT.get(k, k)}{n}项" for k, n in sorted(counts.items()))
    flow: list[Flowable] = [
        CondPageBreak(40 * mm),
        s.p("表内数据核对", s.h2),
        s.p(f"共核对{len(results)}项：{tally}。", s.plain),
    ]
    shown = [c for c in results if c.reported]
    if shown:
        rows: list[list[Any]] = [[s.p(h, s.cell_h) for h in ("需注意的核对项", "结果", "说明")]]
        for c in shown:
            rows.append(
                [
                    s.p(c.wording.text("zh"), s.cell),
                    s.p(STATUS_TEXT.get(c.status, c.status), s.cell_c),
                    s.p(c.reason.text("zh") if c.reason is not None else "", s.cell),
                ]
            )
        flow.append(table(s, rows, [84 * mm, 24 * mm, 48 * mm]))
    return flow


def indicators(
    form: Form, data: FormData, snapshot: ExportSnapshot, s: Styles, sec: Section
) -> list[Flowable]:
    spec = form.indicators
    assert spec is not None
    head = ["类别", spec.content_label, spec.target_label, spec.completion_label, spec.score_label]
    rows: list[list[Any]] = [[s.p(h, s.cell_h) for h in head]]
    for section in snapshot.report.sections:
        first_of_section = True
        for result in section.items:
            lines: list[FormIndicator | None] = [*data.indicators.get(result.code, ())] or [None]
            label = result.title
            if result.max is not None:
                label += f"（{fmt_points(result.max)}分，自评{fmt_points(result.score)}分）"
            for k, line in enumerate(lines):
                rows.append(
                    [
                        s.p(section.title if first_of_section else "", s.cell),
                        s.p(label if k == 0 else "", s.cell),
                        s.p(line.target if line else "", s.cell),
                        s.p(line.completion if line else "", s.cell),
                        s.p(_money(line.score) if line else "", s.cell_c),
                    ]
                )
                first_of_section = False
    widths = [w * mm for w in (24, 26, 36, 56, 14)]
    return [
        CondPageBreak(60 * mm),
        sec.heading("绩效自评情况"),
        s.p(spec.title, s.h2),
        table(s, rows, widths),
    ]


def result(form: Form, data: FormData, snapshot: ExportSnapshot, s: Styles) -> list[Flowable]:
    report = snapshot.report
    score = fmt_points(report.total)
    stated_score = data.profile.get(form.overall_score or "", "").strip()
    if stated_score and stated_score != score:
        score += f"（表内填报：{stated_score}）"
    grade = report.grade or ""
    stated_grade = data.profile.get(form.grade_field or "", "").strip()
    if stated_grade and stated_grade != grade:
        grade += f"（表内填报：{stated_grade}）"
    rows = [
        [s.p("绩效自评综合得分", s.cell_h), s.p(score, s.cell_c)],
        [s.p("评价等次", s.cell_h), s.p(grade, s.cell_c)],
    ]
    return [
        KeepTogether(
            [Spacer(1, 4 * mm), table(s, rows, [60 * mm, BLOCK_W - 60 * mm], header_rows=0)]
        )
    ]


def people(
    form: Form, data: FormData, snapshot: ExportSnapshot, s: Styles, sec: Section
) -> list[Flowable]:
    flow: list[Flowable] = []
    for spec in form.text_tables:
        title = spec.title.lstrip(NUMERALS).lstrip("、") or spec.title
        rows = [[row.get(c.id, "") for c in spec.columns] for row in data.texts.get(spec.id, ())]
        headers = [c.title for c in spec.columns]
        flow += [
            CondPageBreak(60 * mm),
            sec.heading(title),
            people_table(s, headers, rows, spec.printed_rows),
        ]
    if not form.text_tables:
        people_rows = [(e.name, e.title, e.unit, "") for e in snapshot.signoff.evaluators]
        flow += [
            CondPageBreak(60 * mm),
            sec.heading("评价人员"),
            people_table(s, ("姓名", "职务/职称", "单位", "签字"), people_rows, 3),
        ]
    return flow


def blocks(form: Form, data: FormData, s: Styles) -> list[Flowable]:
    flow: list[Flowable] = []
    for block in form.signoff:
        if isinstance(block, str):
            flow += sign_block(s, block)
            continue
        flow += _block(block, data, s)
    return flow


def _block(block: SignoffBlock, data: FormData, s: Styles) -> list[Flowable]:
    get = data.profile.get
    signer_name = get(f"{block.id}.signer", "")
    opinion = get(f"{block.id}.opinion", "") if block.opinion else None
    date = get(f"{block.id}.date", "") if block.dated else None
    if block.signer:
        return sign_block(
            s,
            f"{block.title}：",
            opinion=opinion,
            signer=f"{block.signer}：{signer_name}",
            date=date,
        )
    return sign_block(s, f"{block.title}：{signer_name}", opinion=opinion, date=date)


def _money(value: Decimal | None) -> str:
    return "" if value is None else fmt_points(value)
