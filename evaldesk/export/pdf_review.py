"""审核情况: what the head approved, as the package records it (evaldesk.export.approval).

Each quarter's and the year's approval (who, when, the comment), approvals lifted again, the
review comments and whether each was resolved, the interpretations in force, and a head's
acceptance of data that differed from its audit log. The sign-off line and the draft marks on
every page read the same record, so the report cannot look signed when the year is not approved.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from evaldesk.export.approval import QUARTERS, YEAR, local_time, suggested
from evaldesk.export.pdf_style import Styles
from evaldesk.export.pdf_table import Section, table
from evaldesk.export.snapshot import ExportSnapshot

SCOPE_NAMES = {1: "第一季度", 2: "第二季度", 3: "第三季度", 4: "第四季度", YEAR: "全年"}


def status_sentence(snapshot: ExportSnapshot) -> str:
    """定稿 with who approved the year and when, or 草稿 with why."""
    year = snapshot.review.year
    if not snapshot.draft and year is not None:
        return (
            f"本报送包为定稿：{snapshot.year}年度自评已由负责人{year.name}"
            f"于{local_time(year.at)}审核确认全年。"
        )
    reasons = "；".join(m.text("zh") for m in snapshot.draft_reasons)
    return f"本报送包为草稿（{reasons}），不作为正式报送材料。"


def signature_text(snapshot: ExportSnapshot) -> str:
    """What follows 部门（单位）负责人（签章）：the approver and the date, or that nobody approved."""
    year = snapshot.review.year
    if year is None:
        return "（全年未经负责人审核，本报告为草稿）"
    return f"{year.name}（{local_time(year.at)[:10]}审核确认全年）"


def review_section(snapshot: ExportSnapshot, s: Styles, sec: Section) -> list[Flowable]:
    flow: list[Flowable] = [
        CondPageBreak(60 * mm),
        sec.heading("审核情况"),
        s.p(status_sentence(snapshot)),
        *_subheading(s, "（一）季度及全年审核"),
        _approvals(snapshot, s),
    ]
    for lifted in snapshot.review.lifted:
        flow.append(
            s.p(
                f"{SCOPE_NAMES.get(lifted.quarter, str(lifted.quarter))}曾由{lifted.name}"
                f"于{local_time(lifted.at)}审核，后由{lifted.unlocked_name or lifted.unlocked_by}"
                f"于{local_time(lifted.unlocked_at or '')}解除锁定，原因：{lifted.unlock_reason}。",
                s.small,
            )
        )
    flow += [*_subheading(s, "（二）审核意见及处理情况"), *_comments(snapshot, s)]
    flow += [*_subheading(s, "（三）解释口径"), s.p(_interpretations(snapshot), s.plain)]
    override = snapshot.check_override
    if override is not None:
        flow += [
            *_subheading(s, "（四）数据核对例外"),
            s.p(
                f"导出时数据与审计日志不一致，负责人{override.by}于{local_time(override.at)}"
                f"决定照此导出，理由：{override.reason}",
                s.plain,
            ),
        ]
        if override.problems:
            flow.append(s.p("核对发现的问题：", s.small))
            flow += [s.p(f"{n}. {p}", s.small) for n, p in enumerate(override.problems, start=1)]
    return flow


def _subheading(s: Styles, text: str) -> list[Flowable]:
    """A subheading is never the last line of a page: what it heads follows it."""
    return [CondPageBreak(40 * mm), s.p(text, s.h2)]


def _approvals(snapshot: ExportSnapshot, s: Styles) -> Flowable:
    rows: list[list[Any]] = [
        [s.p(h, s.cell_h) for h in ("审核范围", "状态", "审核人", "审核时间", "审核意见")]
    ]
    for quarter in (*QUARTERS, YEAR):
        mark = snapshot.review.approval(quarter)
        rows.append(
            [
                s.p(SCOPE_NAMES[quarter], s.cell_c),
                s.p("已审核" if mark else "未审核", s.cell_c),
                s.p(mark.name if mark else "", s.cell_c),
                s.p(local_time(mark.at) if mark else "", s.cell_c),
                s.p(mark.comment if mark else "", s.cell),
            ]
        )
    return table(s, rows, [w * mm for w in (22, 18, 24, 32, 60)], shade=[len(rows) - 1])


def _comments(snapshot: ExportSnapshot, s: Styles) -> list[Flowable]:
    comments = snapshot.review.comments
    if not comments:
        return [s.p("本年度无审核意见。", s.plain)]
    still_open = len(snapshot.review.open_comments)
    summary = (
        f"共{len(comments)}条审核意见，已处理{len(comments) - still_open}条，未处理{still_open}条。"
    )
    rows: list[list[Any]] = [
        [s.p(h, s.cell_h) for h in ("序号", "细则", "审核意见", "提出人及时间", "处理情况")]
    ]
    for n, c in enumerate(comments, start=1):
        item = snapshot.rubric.item(c.item_code)
        state = (
            f"已处理（{c.resolved_name or c.resolved_by}，{local_time(c.resolved_at)}）"
            if c.resolved_at is not None
            else "未处理"
        )
        rows.append(
            [
                s.p(str(n), s.cell_c),
                s.p(f"{c.item_code} {item.title}" if item else c.item_code, s.cell),
                s.p(c.text, s.cell),
                s.p(f"{c.name}\n{local_time(c.at)}", s.cell_c),
                s.p(state, s.cell_c),
            ]
        )
    return [
        s.p(summary, s.plain),
        table(s, rows, [w * mm for w in (10, 28, 56, 30, 32)]),
    ]


def _interpretations(snapshot: ExportSnapshot) -> str:
    uses = snapshot.report.interpretations
    if not uses:
        return "本考核细则没有原文未印、需要解释的数值。"
    by_office = sum(1 for u in uses if u.set_by_office)
    unconfirmed = suggested(snapshot.report)
    text = f"评分所用解释口径共{len(uses)}项，其中单位设定取值{by_office}项"
    if unconfirmed:
        titles = "、".join(u.title for u in unconfirmed)
        text += f"，未经确认的建议口径{len(unconfirmed)}项（{titles}），因此本报送包只能作为草稿"
    return text + "，详见“解释口径说明”。"
