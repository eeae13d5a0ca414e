"""The cover (identity of the package, QR code) and the closing colophon (fonts, digests)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from evaldesk.export.approval import local_time
from evaldesk.export.content import score_summary
from evaldesk.export.pdf_draft import DRAFT_MARK
from evaldesk.export.pdf_style import BLOCK_W, ReportContext, Styles, cn_date
from evaldesk.export.pdf_table import GRID
from evaldesk.export.snapshot import ExportSnapshot


def cover(snapshot: ExportSnapshot, ctx: ReportContext, s: Styles) -> list[Flowable]:
    rubric, report, office = snapshot.rubric, snapshot.report, snapshot.office
    if rubric.kind == "report":
        # A template titled for its year and county (靖州县2022年度…) is printed as it is.
        title = rubric.title
        if str(snapshot.year) not in title:
            title = f"{office.region}{snapshot.year}年度{title}"
        subtitle = rubric.doc_number
    else:
        title = f"{snapshot.year}年度自评报告"
        # The 文号 on its own line: CJK wrapping would otherwise break inside its digits.
        subtitle = f"依据《{rubric.title}》" + (
            f"\n（{rubric.doc_number}）" if rubric.doc_number else ""
        )
    basis = rubric.title + (f"\n{rubric.doc_number}" if rubric.doc_number else "")
    fields = [
        ("单位名称", office.name),
        ("所在地区", office.region),
        ("考核年度", f"{snapshot.year}年度"),
        ("评价依据", basis),
        ("自评得分", score_summary(report)),
        ("审核状态", cover_status(snapshot)),
        ("报告日期", cn_date(snapshot.export_date)),
        ("报送包编号", ctx.package_id),
        ("签名公钥指纹", ctx.fingerprint),
    ]
    info = cover_fields(s, fields)
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
    qr_row.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), s.kit.name("body")),
            ]
        )
    )
    flow: list[Flowable] = [Spacer(1, 4 * mm), s.p(office.name, s.title), s.p(title, s.title)]
    if subtitle:
        flow += [Spacer(1, 2 * mm), s.p(subtitle, s.subtitle)]
    if snapshot.draft:
        flow += [Spacer(1, 2 * mm), s.p(f"（{DRAFT_MARK}）", s.title)]
    flow += [Spacer(1, 10 * mm), info, Spacer(1, 8 * mm), qr_row]
    return flow


def colophon(snapshot: ExportSnapshot, ctx: ReportContext, s: Styles) -> list[Flowable]:
    lines = [
        f"本报告由 {snapshot.generator} 于{cn_date(snapshot.export_date)}生成，与报送包（编号 {ctx.package_id}）中的评分表、台账、季度调度材料、佐证资料和机读评分数据同源。",
        f"签名公钥指纹（SHA-256）：{ctx.fingerprint}。",
        f"报送包内容摘要（SHA-256，本报告以外全部材料的清单摘要）：{ctx.content_digest}。"
        "核对方法：在解压后的报送包文件夹中执行 grep -v ' data/report.pdf$' manifest-sha256.txt | sha256sum，结果应与上值及封面二维码一致。",
        f"评价依据：{snapshot.rubric.title} {snapshot.rubric.doc_number}（{snapshot.rubric.id} 第{snapshot.rubric.version}版，SHA-256 {snapshot.rubric_sha256[:16]}…）。",
    ]
    body = [s.p(line, s.small) for line in lines]
    # Last: the fonts used, including any fallback found while marking up the text above.
    body.append(s.p(f"字体：{s.kit.describe()}。", s.small))
    if s.kit.missing:
        body.append(s.p(f"缺字：{s.kit.missing_report()}，以〓代替。", s.small))
    if any(not f.embedded for f in s.kit.roles.values()):
        body.append(
            s.p("注意：未找到可嵌入的中文字体，本报告使用未嵌入的 STSong-Light 字体。", s.small)
        )
    return [CondPageBreak(50 * mm), Spacer(1, 8 * mm), s.p("报告说明", s.h2), *body]


def cover_status(snapshot: ExportSnapshot) -> str:
    """定稿 with the approver, or 草稿 with why."""
    year = snapshot.review.year
    if not snapshot.draft and year is not None:
        return f"定稿（{year.name}于{local_time(year.at)[:10]}审核确认全年）"
    return f"{DRAFT_MARK}（" + "；".join(m.text("zh") for m in snapshot.draft_reasons) + "）"


def cover_fields(s: Styles, fields: Sequence[tuple[str, str]]) -> Table:
    """The cover's label–value table (the unit report's and the receiving office's result
    reports'); fields without a value are left out."""
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
    return info
