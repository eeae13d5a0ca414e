"""The receiving office's PDFs, in the unit report's official style (GB/T 9704 page, 仿宋 body,
黑体 headings, ruled tables; evaldesk.export.pdf_style): a unit's result (in its result
package) and the year's summary. Chinese, whatever the interface language.

The unit's result carries its package's content digest and the office's key fingerprint in
its metadata, as the unit's report does, so `evaldesk verify` ties the PDF to its package.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from evaldesk.decimals import fmt_points
from evaldesk.export.fonts import FontKit, find_fonts
from evaldesk.export.pdf import _canvas_class, _templates
from evaldesk.export.pdf_cover import cover_fields
from evaldesk.export.pdf_style import BLOCK_H, Styles, cn_date
from evaldesk.export.pdf_table import Section, table
from evaldesk.export.result_content import Summary, UnitResult

MARK = "※"


def _n(value: Decimal | None) -> str:
    return "" if value is None else fmt_points(value)


def _doc(
    buffer: io.BytesIO, title: str, author: str, subject: str, keywords: str, creator: str
) -> BaseDocTemplate:
    return BaseDocTemplate(
        buffer,
        pageTemplates=_templates(),
        title=title,
        author=author,
        subject=subject,
        keywords=keywords,
        creator=creator,
        producer=creator,
        invariant=1,
        lang="zh-CN",
    )


def _head(s: Styles, org: str, title: str, subtitle: str) -> list[Flowable]:
    flow: list[Flowable] = [Spacer(1, 4 * mm), s.p(org, s.title), s.p(title, s.title)]
    if subtitle:
        flow += [Spacer(1, 2 * mm), s.p(subtitle, s.subtitle)]
    return [*flow, Spacer(1, 6 * mm)]


def _cover(
    s: Styles, org: str, title: str, subtitle: str, fields: Sequence[tuple[str, str]]
) -> list[Flowable]:
    """A cover as the unit report has one: who, what, the identity of the file."""
    info = cover_fields(s, fields)
    flow = _head(s, org, title, subtitle)
    return [*flow, Spacer(1, 6 * mm), info, NextPageTemplate("portrait"), PageBreak()]


def _place(result: UnitResult) -> str:
    return f"第{result.place}名（共{result.of_units}个单位）" if result.place else "未排名"


# --------------------------------------------------------------------------- one unit


def unit_story(
    result: UnitResult, package_id: str, digest: str, fpr: str, s: Styles
) -> list[Flowable]:
    sec = Section(s)
    basis = f"《{result.rubric_title}》" + (f"（{result.doc_number}）" if result.doc_number else "")
    flow = _cover(
        s,
        result.issuer.name,
        f"{result.year}年度考核结果",
        result.unit_name,
        [
            ("单位名称", result.unit_name),
            ("考核年度", f"{result.year}年度"),
            ("评价依据", basis),
            ("自评得分", _n(result.self_total)),
            ("最终得分", _n(result.final_total) + (f"（{result.grade}）" if result.grade else "")),
            ("名次", _place(result)),
            ("发布日期", cn_date(result.issuer.issued)),
            ("结果包编号", package_id),
            ("签名公钥指纹", fpr),
        ],
    )
    text = (
        f"{result.unit_name}：依据{basis}，经审核，你单位{result.year}年度自评得分"
        f"{_n(result.self_total) or '—'}分，考核最终得分{_n(result.final_total) or '—'}分"
        + (f"（满分{_n(result.max)}分）" if result.max is not None else "")
        + (f"，等次：{result.grade}" if result.grade else "")
        + f"，{_place(result)}。"
    )
    flow += [sec.heading("考核结果"), s.p(text)]
    if result.parts:
        rows: list[list[Any]] = [[s.p(h, s.cell_h) for h in ("部分", "权重", "自评分", "最终得分")]]
        for part in result.parts:
            rows.append(
                [
                    s.p(part.title, s.cell),
                    s.p(f"{(part.weight * 100).normalize():f}%", s.cell_c),
                    s.p(_n(part.self_score), s.cell_c),
                    s.p(_n(part.final), s.cell_c),
                ]
            )
        flow.append(table(s, rows, [76 * mm, 20 * mm, 30 * mm, 30 * mm]))
    flow += [NextPageTemplate("landscape"), PageBreak(), sec.heading("逐项得分")]
    head = ["项目", "分值", "自评分", "初评分", "审定分", "最终得分", "计分说明及评审理由"]
    rows = [[s.p(h, s.dense_h) for h in head]]
    for item in result.items:
        why = "；".join(item.lines)  # a reviewer's line, with the reason, comes first
        rows.append(
            [
                s.p(f"{item.code} {item.title}", s.dense),
                s.p(_n(item.max), s.dense_c),
                s.p(_n(item.self_score), s.dense_c),
                s.p(_n(item.initial), s.dense_c),
                s.p(_n(item.final_review), s.dense_c),
                s.p(_n(item.final), s.dense_c),
                s.p(why, s.dense),
            ]
        )
    widths = [52 * mm, 14 * mm, 16 * mm, 16 * mm, 16 * mm, 16 * mm]
    flow.append(table(s, rows, [*widths, BLOCK_H - sum(widths)]))
    flow += [NextPageTemplate("portrait"), PageBreak()]
    if result.rankings:
        flow.append(sec.heading("位次考核"))
        rows = [[s.p(h, s.cell_h) for h in ("项目", "数值", "名次", "得分", "说明")]]
        for r in result.rankings:
            rows.append(
                [
                    s.p(f"{r.item} {r.title}", s.cell),
                    s.p(_n(r.value), s.cell_c),
                    s.p(str(r.place or "—"), s.cell_c),
                    s.p(_n(r.points), s.cell_c),
                    s.p(r.detail, s.cell),
                ]
            )
        flow.append(table(s, rows, [46 * mm, 22 * mm, 14 * mm, 16 * mm, 58 * mm]))
    if result.votes:
        flow.append(sec.heading("等次评价"))
        rows = [[s.p(h, s.cell_h) for h in ("评价", "各等次票数", "投票人数", "平均得分")]]
        for v in result.votes:
            counts = "，".join(f"{g}{n}票" for g, n in v.counts.items())
            rows.append(
                [
                    s.p(v.sheet, s.cell),
                    s.p(counts, s.cell),
                    s.p(str(v.voters), s.cell_c),
                    s.p(_n(v.average), s.cell_c),
                ]
            )
        flow.append(table(s, rows, [66 * mm, 46 * mm, 20 * mm, 24 * mm]))
    if result.awards:
        flow.append(sec.heading("绩效考核补助和工作经费补助"))
        rows = [[s.p(h, s.cell_h) for h in ("项目", "金额（元）", "依据")]]
        for a in result.awards:
            rows.append(
                [
                    s.p(a.title, s.cell),
                    s.p(_n(a.amount) + ("（待定）" if a.pending else ""), s.cell_c),
                    s.p(a.basis, s.cell),
                ]
            )
        rows.append([s.p("合计", s.cell_b), s.p(_n(result.award_total), s.cell_c), s.p("", s.cell)])
        flow.append(table(s, rows, [52 * mm, 26 * mm, 78 * mm]))
    if result.differences or result.decisions:
        flow.append(sec.heading("解释口径"))
        for line in result.decisions:
            flow.append(s.p(f"{MARK}{line}", s.plain))
        if result.differences:
            flow.append(
                s.p("你单位报送时使用的下列解释口径与本办公室不同，以本办公室的为准：", s.plain)
            )
            flow += [s.p(line, s.plain) for line in result.differences]
    flow += _colophon(
        s,
        result.issuer.generator,
        result.issuer.issued,
        [
            f"本结果回应你单位报送包 {result.answers_package}（导出日期 {result.answers_exported}）。",
            f"结果包编号 {package_id}；签名公钥指纹（SHA-256）：{fpr}。",
            f"结果包内容摘要（SHA-256，本文件以外全部材料的清单摘要）：{digest}。",
            f"审定：{result.issuer.approved_by}，{result.issuer.approved_at[:10]}。",
        ],
    )
    return flow


def _colophon(s: Styles, generator: str, when: date, lines: Sequence[str]) -> list[Flowable]:
    body = [s.p(f"本文件由 {generator} 于{cn_date(when)}生成。", s.small)]
    body += [s.p(line, s.small) for line in lines]
    body.append(s.p(f"字体：{s.kit.describe()}。", s.small))
    return [CondPageBreak(40 * mm), Spacer(1, 8 * mm), s.p("说明", s.h2), *body]


def render_unit_result(
    result: UnitResult, package_id: str, digest: str, fpr: str, kit: FontKit | None = None
) -> bytes:
    kit = kit or find_fonts()
    styles = Styles(kit)
    buffer = io.BytesIO()
    doc = _doc(
        buffer,
        f"{result.unit_name}{result.year}年度考核结果",
        result.issuer.name,
        f"{result.rubric_title} {result.doc_number}".strip(),
        # ASCII, found by `evaldesk verify` in the raw file: ties the PDF to its package
        f"evaldesk-package:{package_id} evaldesk-content-sha256:{digest} "
        f"evaldesk-key-sha256:{fpr.replace(' ', '').lower()}",
        result.issuer.generator,
    )
    story = [*unit_story(result, package_id, digest, fpr, styles)]
    doc.build(story, canvasmaker=_canvas_class(kit, result.issuer.issued, draft=False))
    return buffer.getvalue()


# --------------------------------------------------------------------------- the summary


def summary_story(summary: Summary, s: Styles) -> list[Flowable]:
    sec = Section(s)
    basis = f"《{summary.rubric_title}》" + (
        f"（{summary.doc_number}）" if summary.doc_number else ""
    )
    flow = _cover(
        s,
        summary.issuer.name,
        f"{summary.year}年度考核结果汇总",
        basis,
        [
            ("发布单位", summary.issuer.name),
            ("考核年度", f"{summary.year}年度"),
            (
                "单位数",
                f"{len(summary.units) + len(summary.missing)}个（得出最终得分{len(summary.units)}个）",
            ),
            ("审定", f"{summary.issuer.approved_by}　{summary.issuer.approved_at[:10]}"),
            ("发布日期", cn_date(summary.issuer.issued)),
            ("签名公钥指纹", summary.fingerprint),
        ],
    )
    scored = len(summary.units)
    flow += [
        sec.heading("总体情况"),
        s.p(
            f"依据{basis}，本办公室收到并核验各单位报送包，计算排名、汇总评价，"
            f"{scored}个单位得出最终得分，"
            + (
                f"{len(summary.missing)}个单位未得出（{'、'.join(summary.missing)}）。"
                if summary.missing
                else "全部单位均已得出。"
            )
            + f"结果经{summary.issuer.approved_by}于{summary.issuer.approved_at[:10]}审定。"
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        sec.heading("得分与名次"),
    ]
    head = ["名次", "单位", "分组", "自评分", *summary.parts, "最终得分", "等次", "补助（元）"]
    rows: list[list[Any]] = [[s.p(h, s.dense_h) for h in head]]
    for unit in summary.units:
        finals = {p.title: p.final for p in unit.parts}
        rows.append(
            [
                s.p(str(unit.place or ""), s.dense_c),
                s.p(unit.unit_name, s.dense),
                s.p(unit.group, s.dense),
                s.p(_n(unit.self_total), s.dense_c),
                *(s.p(_n(finals.get(title)), s.dense_c) for title in summary.parts),
                s.p(_n(unit.final_total), s.dense_c),
                s.p(unit.grade or "", s.dense_c),
                s.p(_n(unit.award_total) if unit.awards else "", s.dense_c),
            ]
        )
    fixed = [12 * mm, 56 * mm, 26 * mm, 18 * mm]
    tail = [20 * mm, 14 * mm, 22 * mm]
    rest = BLOCK_H - sum(fixed) - sum(tail)
    per = rest / max(1, len(summary.parts))
    flow.append(table(s, rows, [*fixed, *([per] * len(summary.parts)), *tail]))
    for ranking in summary.rankings:
        flow += [CondPageBreak(40 * mm), sec.heading(f"位次考核：{ranking.item} {ranking.title}")]
        rows = [[s.p(h, s.dense_h) for h in ("单位", "分组", "数值", "名次", "得分", "说明")]]
        for name, group, value, place, points, detail in ranking.rows:
            rows.append(
                [
                    s.p(name, s.dense),
                    s.p(group, s.dense),
                    s.p(_n(value), s.dense_c),
                    s.p(str(place or "—"), s.dense_c),
                    s.p(_n(points), s.dense_c),
                    s.p(detail, s.dense),
                ]
            )
        widths = [60 * mm, 28 * mm, 22 * mm, 14 * mm, 16 * mm]
        flow.append(table(s, rows, [*widths, BLOCK_H - sum(widths)]))
    for vote in summary.votes:
        flow += [CondPageBreak(40 * mm), sec.heading(f"等次评价：{vote.sheet}")]
        rows = [[s.p(h, s.dense_h) for h in ("单位", *vote.grades, "平均得分")]]
        for name, counts, average in vote.rows:
            rows.append(
                [
                    s.p(name, s.dense),
                    *(s.p(str(n), s.dense_c) for n in counts),
                    s.p(_n(average), s.dense_c),
                ]
            )
        widths = [70 * mm, *([20 * mm] * len(vote.grades)), 26 * mm]
        flow.append(table(s, rows, widths))
        if vote.voters:
            flow.append(s.p(f"投票人（{len(vote.voters)}）：{'、'.join(vote.voters)}", s.small))
    flow += [NextPageTemplate("portrait"), PageBreak()]
    if summary.decisions:
        flow.append(sec.heading("解释口径"))
        flow += [s.p(f"{MARK}{line}", s.plain) for line in summary.decisions]
    flow += _colophon(
        s,
        summary.issuer.generator,
        summary.issuer.issued,
        [f"签名公钥指纹（SHA-256）：{summary.fingerprint}。", *summary.notes],
    )
    return flow


def render_summary(summary: Summary, kit: FontKit | None = None) -> bytes:
    kit = kit or find_fonts()
    styles = Styles(kit)
    buffer = io.BytesIO()
    doc = _doc(
        buffer,
        f"{summary.year}年度考核结果汇总",
        summary.issuer.name,
        f"{summary.rubric_title} {summary.doc_number}".strip(),
        f"evaldesk-summary:{summary.year}",
        summary.issuer.generator,
    )
    doc.build(
        summary_story(summary, styles),
        canvasmaker=_canvas_class(kit, summary.issuer.issued, draft=False),
    )
    return buffer.getvalue()
