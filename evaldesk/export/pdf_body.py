"""The report's content: summary, score table, ledger, dispatch, evidence index, sign-off.

Assembled in order by :func:`evaldesk.export.pdf.build_story`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    TableStyle,
)

from evaldesk.decimals import fmt_points
from evaldesk.export.content import (
    MARK,
    SCORE_HEADERS,
    TAIL_HEADERS,
    date_text,
    dispatch_status,
    ledger_summary,
    points_text,
    score_columns,
    score_summary,
)
from evaldesk.export.pdf_review import signature_text
from evaldesk.export.pdf_style import BLOCK_W, ReportContext, Styles
from evaldesk.export.pdf_table import DATE_BLANK, GAP, Section, table
from evaldesk.export.snapshot import ExportSnapshot
from evaldesk.messages import glossary as g


def summary(snapshot: ExportSnapshot, s: Styles, sec: Section) -> list[Flowable]:
    report = snapshot.report
    flow: list[Flowable] = [sec.heading("自评总体情况")]
    text = (
        f"{snapshot.office.name}依据《{snapshot.rubric.title}》对{snapshot.year}年度工作开展自评，"
        f"自评得分{score_summary(report)}。"
    )
    if report.grade_cap:
        text += f"因触发否决性条款，等次不得高于“{report.grade_cap}”。"
    if report.vetoed:
        text += "因触发一票否决，总分计为0分。"
    flow.append(s.p(text))
    rows: list[list[Any]] = [[s.p(h, s.cell_h) for h in ("部分", "满分", "自评分", "其中加分")]]
    for section in report.sections:
        rows.append(
            [
                s.p(f"{section.code} {section.title}", s.cell),
                s.p(points_text(section.max) + (MARK if section.interpretations else ""), s.cell_c),
                s.p(fmt_points(section.score + section.bonus), s.cell_c),
                s.p(fmt_points(section.bonus) if section.bonus else "", s.cell_c),
            ]
        )
    rows.append(
        [
            s.p("合计", s.cell_b),
            s.p(points_text(report.max) + (MARK if report.total_interpretations else ""), s.cell_c),
            s.p(fmt_points(report.total), s.cell_c),
            s.p(fmt_points(report.bonus) if report.bonus else "", s.cell_c),
        ]
    )
    flow += [
        Spacer(1, 3 * mm),
        table(s, rows, [86 * mm, 22 * mm, 24 * mm, 24 * mm], shade=[len(rows) - 1]),
    ]
    if report.parts:
        flow.append(s.p("（一）综合得分构成", s.h2))
        parts: list[list[Any]] = [
            [s.p(h, s.cell_h) for h in ("组成部分", "权重", "得分", "折算得分")]
        ]
        for part in report.parts:
            parts.append(
                [
                    s.p(part.title + (MARK if part.interpretations else ""), s.cell),
                    s.p(f"{fmt_points(part.weight * 100)}%", s.cell_c),
                    s.p(fmt_points(part.score), s.cell_c),
                    s.p(fmt_points(part.weighted), s.cell_c),
                ]
            )
        parts.append(
            [
                s.p("综合得分", s.cell_b),
                s.p("", s.cell),
                s.p("", s.cell),
                s.p(fmt_points(report.total), s.cell_c),
            ]
        )
        flow.append(table(s, parts, [70 * mm, 26 * mm, 30 * mm, 30 * mm], shade=[len(parts) - 1]))
    if report.bonus and report.bonus_added != report.bonus:
        flow.append(
            s.p(
                f"加分{fmt_points(report.bonus)}分计入所在部分，按权重折算后计入综合得分"
                f"{fmt_points(report.bonus_added)}分。",
                s.plain,
            )
        )
    losses = report.largest_losses(5)
    if losses:
        flow.append(s.p("（二）主要失分事项" if report.parts else "（一）主要失分事项", s.h2))
        for i, item in enumerate(losses, start=1):
            flow.append(
                s.p(f"{i}. {item.code} {item.title}：失{fmt_points(item.loss)}分。", s.plain)
            )
    return flow


def score_table(
    snapshot: ExportSnapshot,
    ctx: ReportContext,
    s: Styles,
    sec: Section,
    *,
    title: str = "评分明细",
) -> list[Flowable]:
    cols = score_columns(snapshot.rubric)
    extra = len(cols) - 1
    # The turned block is 225 mm wide. 内容 and 评分标准 hold the rubric's long wording, so
    # they get most of it (the rows' height is theirs); reviewer columns take their room.
    widths = [26, 60 - 6 * extra, 10, 62 - 6 * extra, *([12] * len(cols)), 37, 18]
    widths = [w * mm for w in widths]
    head = [
        s.p(h, s.dense_h) for h in (*SCORE_HEADERS, *(label for _, label in cols), *TAIL_HEADERS)
    ]
    data: list[list[Any]] = [head]
    shade = []
    for row in ctx.rows:
        strong = row.kind != "item"
        cell = s.dense_b if strong else s.dense
        values = [
            s.p(row.project, cell),
            s.p(row.content, s.dense),
            s.p(points_text(row.points) + row.mark, s.dense_c),
            s.p(row.criteria, s.dense),
            *(s.p(points_text(row.scores.get(cid)), s.dense_c) for cid, _ in cols),
            s.p("\n".join(row.reasons), s.dense),
            s.p(row.evidence, s.dense),
        ]
        if strong:
            shade.append(len(data))
        data.append(values)
    return [
        NextPageTemplate("landscape"),
        PageBreak(),
        sec.heading(title),
        table(s, data, widths, shade=shade),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]


def ledger(snapshot: ExportSnapshot, s: Styles, sec: Section) -> list[Flowable]:
    summary_ = ledger_summary(snapshot)
    counts, total, overdue = summary_.totals
    flow: list[Flowable] = [CondPageBreak(60 * mm), sec.heading("工作台账情况")]
    flow.append(
        s.p(
            f"本年度共登记台账事项{total}件，其中逾期未按时办结{overdue}件。详细台账见报送包中的 ledger.xlsx。"
        )
    )
    head = ["来源", *summary_.statuses, "合计", "逾期"]
    n = len(head)
    rest = (BLOCK_W - 40 * mm) / (n - 1)
    rows: list[list[Any]] = [[s.p(h, s.cell_h) for h in head]]
    for source, per, row_total, row_overdue in summary_.rows:
        rows.append(
            [
                s.p(source, s.cell),
                *(s.p(str(c), s.cell_c) for c in per),
                s.p(str(row_total), s.cell_c),
                s.p(str(row_overdue), s.cell_c),
            ]
        )
    rows.append(
        [
            s.p("合计", s.cell_b),
            *(s.p(str(c), s.cell_c) for c in counts),
            s.p(str(total), s.cell_c),
            s.p(str(overdue), s.cell_c),
        ]
    )
    flow += [
        Spacer(1, 3 * mm),
        table(s, rows, [40 * mm, *([rest] * (n - 1))], shade=[len(rows) - 1]),
    ]
    late = [r for r in snapshot.ledger if r.overdue]
    if late:
        flow.append(s.p("（一）逾期事项清单", s.h2))
        terms = (g.NUMBER, g.TITLE, g.SOURCE, g.RESPONSIBLE, g.DEADLINE, g.DONE_DATE, g.ITEM_LINK)
        head = [term.chinese for term in terms]
        rows = [[s.p(h, s.cell_h) for h in head]]
        for i, r in enumerate(
            sorted(late, key=lambda r: (r.deadline or r.received, r.title)), start=1
        ):
            rows.append(
                [
                    s.p(str(i), s.cell_c),
                    s.p(r.title, s.cell),
                    s.p(r.source, s.cell),
                    s.p(r.responsible, s.cell),
                    s.p(date_text(r.deadline), s.cell_c),
                    s.p(date_text(r.done, "未办结"), s.cell_c),
                    s.p(r.item_code or "", s.cell_c),
                ]
            )
        flow.append(table(s, rows, [w * mm for w in (10, 46, 22, 18, 21, 21, 18)]))
    return flow


def dispatch(snapshot: ExportSnapshot, s: Styles, sec: Section) -> list[Flowable]:
    flow: list[Flowable] = [CondPageBreak(60 * mm), sec.heading("季度调度情况")]
    rows: list[list[Any]] = [
        [s.p(h, s.cell_h) for h in ("季度", "截止日期", "报送日期", "状态", "进展摘要")]
    ]
    for d in sorted(snapshot.dispatch, key=lambda d: d.quarter):
        gist = "\n".join(
            f"{area}：{_clip(text, 120)}" if area else _clip(text, 120) for area, text in d.progress
        )
        rows.append(
            [
                s.p(d.label, s.cell_c),
                s.p(date_text(d.due), s.cell_c),
                s.p(date_text(d.submitted, "—"), s.cell_c),
                s.p(dispatch_status(d.status), s.cell_c),
                s.p(gist, s.cell),
            ]
        )
    flow.append(table(s, rows, [w * mm for w in (18, 22, 22, 18, 76)]))
    flow.append(s.p("各季度调度报告全文见报送包中的“季度调度”材料。", s.small))
    return flow


def evidence(ctx: ReportContext, s: Styles, sec: Section) -> list[Flowable]:
    flow: list[Flowable] = [CondPageBreak(60 * mm), sec.heading("佐证资料目录")]
    rows: list[list[Any]] = [
        [s.p(h, s.cell_h) for h in ("编号", "原文件名", "关联事项", "大小", "SHA-256（前16位）")]
    ]
    for ev in ctx.plan:
        linked = "、".join((*ev.file.items, *ev.file.entries))
        rows.append(
            [
                s.p(ev.ref, s.cell_c),
                s.p(ev.file.original_name, s.cell),
                s.p(linked, s.cell),
                s.p(_size(ev.file.size), s.cell_c),
                s.p(ev.file.sha256[:16], s.cell),
            ]
        )
    flow.append(table(s, rows, [w * mm for w in (12, 56, 30, 18, 40)]))
    flow.append(s.p("各文件在报送包中的位置和完整摘要见包内的佐证资料清单和校验清单。", s.small))
    return flow


def signoff(snapshot: ExportSnapshot, s: Styles, sec: Section) -> list[Flowable]:
    """评价人员 table and the default sign-off lines (points and rating rubrics)."""
    so = snapshot.signoff
    flow: list[Flowable] = [CondPageBreak(90 * mm), sec.heading("评价人员及签章")]
    people = [(ev.name, ev.title, ev.unit, "") for ev in so.evaluators]
    flow.append(people_table(s, (f"姓{GAP}名", "职务/职称", f"单{GAP}位", f"签{GAP}字"), people, 3))
    flow += sign_block(s, "评价组组长（签字）：" + so.leader)
    flow += sign_block(s, "部门（单位）负责人（签章）：" + signature_text(snapshot))
    if so.filled_by or so.phone:
        flow += [
            Spacer(1, 6 * mm),
            s.p(f"填报人（签名）：{so.filled_by}{GAP * 4}联系电话：{so.phone}", s.plain),
        ]
    return flow


def people_table(
    s: Styles, headers: Sequence[str], rows: Sequence[Sequence[str]], blank_rows: int
) -> Flowable:
    """A table of names with room to sign: at least ``blank_rows`` rows, as the printed form has."""
    data: list[list[Any]] = [[s.p(h, s.cell_h) for h in headers]]
    data += [[s.p(v, s.cell_c) for v in row] for row in rows]
    while len(data) < blank_rows + 1:
        data.append([""] * len(headers))
    width = BLOCK_W / len(headers)
    t = table(s, data, [width] * len(headers))
    t.setStyle(TableStyle([("MINROWHEIGHT", (0, 1), (-1, -1), 9 * mm)]))
    return t


def sign_block(
    s: Styles, label: str, *, opinion: str | None = None, signer: str = "", date: str | None = ""
) -> list[Flowable]:
    """A signature block: optional opinion text (or room for it), the signature line, the date."""
    parts: list[Flowable] = [Spacer(1, 6 * mm), s.p(label, s.plain)]
    if opinion is not None:
        parts += [s.p(opinion, s.body)] if opinion else [Spacer(1, 16 * mm)]
    if signer:
        parts += [Spacer(1, 4 * mm), s.p(signer, _right(s))]
    if date is not None:
        parts += [Spacer(1, 8 * mm), s.p(date or DATE_BLANK, _right(s))]
    return [KeepTogether(parts)]


def _right(s: Styles) -> Any:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("right", parent=s.plain, alignment=TA_RIGHT)


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _size(n: int) -> str:
    for unit, step in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= step:
            return f"{n / step:.1f} {unit}"
    return f"{n} B"


INTERPRETATION_KINDS = {
    "derived": "推算",
    "assumed": "假定",
    "other_document": "取自其他文件",
    "addition": "增补",
    "office": "单位设定",
    "suggested": "建议（未确认）",
}


def interpretations(snapshot: ExportSnapshot, s: Styles, sec: Section) -> list[Flowable]:
    """解释口径说明: every value the source document does not print, why, and on what."""
    report = snapshot.report
    flow: list[Flowable] = [
        sec.heading("解释口径说明"),
        s.p(
            f"以下数值或条款原文未印，是本报告对《{snapshot.rubric.title}》的解释口径；"
            f"报告中凡涉及这些数值之处均标注“{MARK}”。"
        ),
    ]
    rows: list[list[Any]] = [
        [s.p(h, s.cell_h) for h in ("解释口径", "类别", "取值", "理由及原文依据")]
    ]
    for use in report.interpretations:
        kind = INTERPRETATION_KINDS["office" if use.set_by_office else use.kind]
        reason = use.reason
        if use.document:
            reason += f"（依据：{use.document}）"
        if use.source:
            reason += f"　原文：“{use.source}”"
        rows.append(
            [
                s.p(f"{MARK}{use.title}", s.cell),
                s.p(kind, s.cell_c),
                s.p(points_text(use.value), s.cell_c),
                s.p(reason, s.cell),
            ]
        )
    flow.append(table(s, rows, [40 * mm, 20 * mm, 16 * mm, 80 * mm]))
    return flow
