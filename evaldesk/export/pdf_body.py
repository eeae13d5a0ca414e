"""The report's content: cover, summary, score table, ledger, dispatch, evidence, sign-off."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Paragraph,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from evaldesk.decimals import fmt_points
from evaldesk.export.content import (
    SCORE_HEADERS,
    TAIL_HEADERS,
    date_text,
    dispatch_status,
    ledger_summary,
    points_text,
    score_columns,
    score_summary,
)
from evaldesk.export.pdf import BLOCK_H, BLOCK_W, ReportContext, Styles, cn_date
from evaldesk.export.snapshot import ExportSnapshot

GRID = colors.HexColor("#555555")
SHADE = colors.HexColor("#EEEEEE")
NUMERALS = "一二三四五六七八九十"
GAP = "\u3000"  # an ideographic space: Paragraph collapses ASCII runs of spaces
DATE_BLANK = f"{GAP * 3}年{GAP * 2}月{GAP * 2}日"


PAD = 3
MAX_ROW = 120 * mm  # a taller row is cut into continuation rows (fits the turned block with its header)


def table(
    s: Styles, data: list[list[Any]], widths: list[float], *, header_rows: int = 1, shade: list[int] | None = None
) -> Table:
    """A ruled table whose header repeats on each page; rows taller than a page are cut into
    continuation rows here, because ReportLab's own in-row splitting repeats headers endlessly."""
    rows, shaded = _fit_rows(data, widths, header_rows, set(shade or []))
    t = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    cmds: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), s.kit.name("body")),  # plain-string cells: not Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    for r in sorted(shaded):
        cmds.append(("BACKGROUND", (0, r), (-1, r), SHADE))
    t.setStyle(TableStyle(cmds))
    return t


def _fit_rows(
    data: list[list[Any]], widths: list[float], header_rows: int, shade: set[int]
) -> tuple[list[list[Any]], set[int]]:
    out: list[list[Any]] = []
    shaded: set[int] = set()
    for r, row in enumerate(data):
        pieces = [
            _cut(cell, w - 2 * PAD) if r >= header_rows and isinstance(cell, Paragraph) else [cell]
            for cell, w in zip(row, widths, strict=True)
        ]
        for k in range(max(len(p) for p in pieces)):
            if r in shade:
                shaded.add(len(out))
            out.append([p[k] if k < len(p) else "" for p in pieces])
    return out, shaded


def _cut(cell: Paragraph, width: float) -> list[Any]:
    pieces: list[Any] = []
    rest: Any = cell
    while True:
        _, height = rest.wrap(width, 10 * MAX_ROW)
        if height <= MAX_ROW:
            pieces.append(rest)
            return pieces
        parts = rest.split(width, MAX_ROW)
        if len(parts) < 2:
            pieces.append(rest)
            return pieces
        pieces.append(parts[0])
        rest = parts[1]


class Section:
    """Numbers the report's headings 一、二、 in the order they are added."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.n = 0

    def heading(self, text: str) -> Flowable:
        self.n += 1
        return self.styles.p(f"{NUMERALS[self.n - 1]}、{text}", self.styles.h1)


def build_story(snapshot: ExportSnapshot, ctx: ReportContext, s: Styles) -> list[Flowable]:
    from evaldesk.export.pdf_form import form_story

    story: list[Flowable] = cover(snapshot, ctx, s)
    story += [NextPageTemplate("portrait"), PageBreak()]
    sec = Section(s)
    if snapshot.rubric.kind == "report" and snapshot.rubric.form is not None:
        story += form_story(snapshot, ctx, s, sec)
    else:
        story += summary(snapshot, s, sec)
        story += score_table(snapshot, ctx, s, sec)
    if snapshot.ledger:
        story += ledger(snapshot, s, sec)
    if snapshot.dispatch:
        story += dispatch(snapshot, s, sec)
    if ctx.plan:
        story += evidence(ctx, s, sec)
    if not (snapshot.rubric.kind == "report" and snapshot.rubric.form is not None):
        story += signoff(snapshot, s, sec)
    story += colophon(snapshot, ctx, s)
    return story


def cover(snapshot: ExportSnapshot, ctx: ReportContext, s: Styles) -> list[Flowable]:
    rubric, report, office = snapshot.rubric, snapshot.report, snapshot.office
    if rubric.kind == "report":
        title = f"{office.region}{snapshot.year}年度{rubric.title}"
        subtitle = rubric.doc_number
    else:
        title = f"{snapshot.year}年度自评报告"
        # The 文号 on its own line: CJK wrapping would otherwise break inside its digits.
        subtitle = f"依据《{rubric.title}》" + (f"\n（{rubric.doc_number}）" if rubric.doc_number else "")
    basis = rubric.title + (f"\n{rubric.doc_number}" if rubric.doc_number else "")
    fields = [
        ("单位名称", office.name),
        ("所在地区", office.region),
        ("考核年度", f"{snapshot.year}年度"),
        ("评价依据", basis),
        ("自评得分", score_summary(report)),
        ("报告日期", cn_date(snapshot.export_date)),
        ("报送包编号", ctx.package_id),
        ("签名公钥指纹", ctx.fingerprint),
    ]
    rows = [[s.p(k, s.cover_label), s.p(v, s.cover)] for k, v in fields if v]
    info = Table(rows, colWidths=[34 * mm, BLOCK_W - 34 * mm], hAlign="CENTER")
    info.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), s.kit.name("body")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (1, 0), (1, -1), 0.4, GRID),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    size = 38 * mm
    qr = QrCodeWidget(ctx.qr_text, barLevel="M", barWidth=size, barHeight=size)
    drawing = Drawing(size, size)
    drawing.initialFontName = s.kit.name("body")  # else the renderer references Helvetica
    drawing.add(qr)
    caption = s.p(
        "扫描二维码或核对下列摘要，可将纸质报告与电子报送包对应（内容摘要 SHA-256，"
        f"核对方法见报告说明）：{ctx.content_digest}",
        s.small,
    )
    qr_row = Table([[drawing, caption]], colWidths=[size + 6 * mm, BLOCK_W - size - 6 * mm])
    qr_row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), s.kit.name("body"))]))
    flow: list[Flowable] = [Spacer(1, 4 * mm), s.p(office.name, s.title), s.p(title, s.title)]
    if subtitle:
        flow += [Spacer(1, 2 * mm), s.p(subtitle, s.subtitle)]
    flow += [Spacer(1, 10 * mm), info, Spacer(1, 8 * mm), qr_row]
    return flow


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
                s.p(points_text(section.max), s.cell_c),
                s.p(fmt_points(section.score + section.bonus), s.cell_c),
                s.p(fmt_points(section.bonus) if section.bonus else "", s.cell_c),
            ]
        )
    rows.append([s.p("合计", s.cell_b), s.p(points_text(report.max), s.cell_c), s.p(fmt_points(report.total), s.cell_c), s.p(fmt_points(report.bonus) if report.bonus else "", s.cell_c)])
    flow += [Spacer(1, 3 * mm), table(s, rows, [86 * mm, 22 * mm, 24 * mm, 24 * mm], shade=[len(rows) - 1])]
    if report.parts:
        flow.append(s.p("（一）综合得分构成", s.h2))
        parts: list[list[Any]] = [[s.p(h, s.cell_h) for h in ("组成部分", "权重", "得分", "折算得分")]]
        for part in report.parts:
            parts.append(
                [
                    s.p(part.title, s.cell),
                    s.p(f"{fmt_points(part.weight * 100)}%", s.cell_c),
                    s.p(fmt_points(part.score), s.cell_c),
                    s.p(fmt_points(part.weighted), s.cell_c),
                ]
            )
        parts.append([s.p("综合得分", s.cell_b), s.p("", s.cell), s.p("", s.cell), s.p(fmt_points(report.total), s.cell_c)])
        flow.append(table(s, parts, [70 * mm, 26 * mm, 30 * mm, 30 * mm], shade=[len(parts) - 1]))
    losses = report.largest_losses(5)
    if losses:
        flow.append(s.p("（二）主要失分事项" if report.parts else "（一）主要失分事项", s.h2))
        for i, item in enumerate(losses, start=1):
            flow.append(s.p(f"{i}. {item.code} {item.title}：失{fmt_points(item.loss)}分。", s.plain))
    return flow


def score_table(snapshot: ExportSnapshot, ctx: ReportContext, s: Styles, sec: Section, *, title: str = "评分明细") -> list[Flowable]:
    cols = score_columns(snapshot.rubric)
    extra = len(cols) - 1
    # The turned block is 225 mm wide; reviewer columns take their room from 内容 and 评分标准.
    widths = [30, 48 - 6 * extra, 11, 52 - 7 * extra, *([13] * len(cols)), 49, 22]
    widths = [w * mm for w in widths]
    head = [s.p(h, s.cell_h) for h in (*SCORE_HEADERS, *(label for _, label in cols), *TAIL_HEADERS)]
    data: list[list[Any]] = [head]
    shade = []
    for row in ctx.rows:
        strong = row.kind != "item"
        cell = s.cell_b if strong else s.cell
        values = [
            s.p(row.project, cell),
            s.p(row.content, s.cell),
            s.p(points_text(row.points), s.cell_c),
            s.p(row.criteria, s.cell),
            *(s.p(points_text(row.scores.get(cid)), s.cell_c) for cid, _ in cols),
            s.p("\n".join(row.reasons), s.cell),
            s.p(row.evidence, s.cell),
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
    flow.append(s.p(f"本年度共登记台账事项{total}件，其中逾期未按时办结{overdue}件。详细台账见报送包中的 ledger.xlsx。"))
    head = ["来源", *summary_.statuses, "合计", "逾期"]
    n = len(head)
    rest = (BLOCK_W - 40 * mm) / (n - 1)
    rows: list[list[Any]] = [[s.p(h, s.cell_h) for h in head]]
    for source, per, row_total, row_overdue in summary_.rows:
        rows.append([s.p(source, s.cell), *(s.p(str(c), s.cell_c) for c in per), s.p(str(row_total), s.cell_c), s.p(str(row_overdue), s.cell_c)])
    rows.append([s.p("合计", s.cell_b), *(s.p(str(c), s.cell_c) for c in counts), s.p(str(total), s.cell_c), s.p(str(overdue), s.cell_c)])
    flow += [Spacer(1, 3 * mm), table(s, rows, [40 * mm, *([rest] * (n - 1))], shade=[len(rows) - 1])]
    late = [r for r in snapshot.ledger if r.overdue]
    if late:
        flow.append(s.p("（一）逾期事项清单", s.h2))
        head = ["序号", "事项", "来源", "责任人", "办理期限", "办结日期", "关联细则"]
        rows = [[s.p(h, s.cell_h) for h in head]]
        for i, r in enumerate(sorted(late, key=lambda r: (r.deadline or r.received, r.title)), start=1):
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
    rows: list[list[Any]] = [[s.p(h, s.cell_h) for h in ("季度", "截止日期", "报送日期", "状态", "进展摘要")]]
    for d in sorted(snapshot.dispatch, key=lambda d: d.quarter):
        gist = "\n".join(f"{area}：{_clip(text, 120)}" if area else _clip(text, 120) for area, text in d.progress)
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
    flow.append(s.p("各季度调度报告全文见报送包 dispatch 文件夹。", s.small))
    return flow


def evidence(ctx: ReportContext, s: Styles, sec: Section) -> list[Flowable]:
    flow: list[Flowable] = [CondPageBreak(60 * mm), sec.heading("佐证资料目录")]
    rows: list[list[Any]] = [[s.p(h, s.cell_h) for h in ("编号", "原文件名", "关联事项", "大小", "SHA-256（前16位）")]]
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
    flow.append(s.p("包内路径与完整摘要见 data/evidence-index.csv 与 manifest-sha256.txt。", s.small))
    return flow


def signoff(snapshot: ExportSnapshot, s: Styles, sec: Section, blocks: list[str] | None = None) -> list[Flowable]:
    so = snapshot.signoff
    flow: list[Flowable] = [CondPageBreak(90 * mm), sec.heading("评价人员及签章")]
    rows: list[list[Any]] = [[s.p(h, s.cell_h) for h in (f"姓{GAP}名", "职务/职称", f"单{GAP}位", f"签{GAP}字")]]
    evaluators = list(so.evaluators) or []
    for ev in evaluators:
        rows.append([s.p(ev.name, s.cell_c), s.p(ev.title, s.cell_c), s.p(ev.unit, s.cell_c), ""])
    while len(rows) < 4:
        rows.append(["", "", "", ""])
    t = table(s, rows, [30 * mm, 36 * mm, 56 * mm, 34 * mm])
    t.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]), ("MINROWHEIGHT", (0, 1), (-1, -1), 9 * mm)]))
    flow.append(t)
    default = ["评价组组长（签字）：" + so.leader, "部门（单位）负责人（签章）：" + so.head]
    for label in blocks or default:
        flow.append(
            KeepTogether([Spacer(1, 6 * mm), s.p(label, s.plain), Spacer(1, 10 * mm), s.p(DATE_BLANK, _right(s))])
        )
    if so.filled_by or so.phone:
        flow += [Spacer(1, 6 * mm), s.p(f"填报人（签名）：{so.filled_by}{GAP * 4}联系电话：{so.phone}", s.plain)]
    return flow


def colophon(snapshot: ExportSnapshot, ctx: ReportContext, s: Styles) -> list[Flowable]:
    lines = [
        f"本报告由 {snapshot.generator} 于{cn_date(snapshot.export_date)}生成，与报送包（编号 {ctx.package_id}）中的评分表、台账、佐证资料和 score.json 同源。",
        f"签名公钥指纹（SHA-256）：{ctx.fingerprint}。",
        f"报送包内容摘要（SHA-256，除 report.pdf 外全部载荷文件的清单摘要）：{ctx.content_digest}。"
        "核对方法：在解压后的报送包文件夹中执行 grep -v ' data/report.pdf$' manifest-sha256.txt | sha256sum，结果应与上值及封面二维码一致。",
        f"评价依据：{snapshot.rubric.title} {snapshot.rubric.doc_number}（{snapshot.rubric.id} 第{snapshot.rubric.version}版，SHA-256 {snapshot.rubric_sha256[:16]}…）。",
    ]
    body = [s.p(line, s.small) for line in lines]
    # Last: the fonts used, including any fallback found while marking up the text above.
    body.append(s.p(f"字体：{s.kit.describe()}。", s.small))
    if s.kit.missing:
        body.append(s.p(f"缺字：{s.kit.missing_report()}，以〓代替。", s.small))
    if any(not f.embedded for f in s.kit.roles.values()):
        body.append(s.p("注意：未找到可嵌入的中文字体，本报告使用未嵌入的 STSong-Light 字体。", s.small))
    return [CondPageBreak(50 * mm), Spacer(1, 8 * mm), s.p("报告说明", s.h2), *body]


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


__all__ = ["BLOCK_H", "build_story", "signoff"]
