"""What the report says, as plain rows shared by the PDF and the Excel files.

Both outputs print the same rows, so their totals and reasons cannot drift apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from evaldesk.decimals import fmt_points
from evaldesk.export.names import PlannedEvidence
from evaldesk.export.snapshot import DISPATCH_STATUS_TEXT, ExportSnapshot
from evaldesk.rubrics.model import Rubric
from evaldesk.scoring.report import Explanation, ScoreReport

SCORE_HEADERS = ("项目", "内容", "分值", "评分标准")

#: Beside a value the source does not print (see 解释口径说明).
MARK = "※"
TAIL_HEADERS = ("扣分原因", "佐证")


@dataclass(frozen=True, slots=True)
class ScoreRow:
    kind: Literal["section", "item", "total"]
    project: str  # 项目: code and title
    content: str  # 内容
    points: Decimal | None  # 分值
    criteria: str  # 评分标准
    scores: dict[str, Decimal | None]  # column id -> score (self, initial, final)
    reasons: tuple[str, ...]  # 扣分原因 (explanation lines)
    evidence: str  # 佐证: count and references
    #: MARK when an interpretation bears on the row's values, else ""
    mark: str = ""


def score_columns(rubric: Rubric) -> list[tuple[str, str]]:
    """(column id, label) of the score columns the rubric carries; 自评分 always first."""
    cols: list[tuple[str, str]] = [(c.id, c.label) for c in rubric.columns]
    if not any(cid == "self" for cid, _ in cols):
        cols.insert(0, ("self", "自评分"))
    return cols


def reason_lines(explanations: tuple[Explanation, ...]) -> tuple[str, ...]:
    """The explanation lines that moved the score (or are still pending), as the engine wrote them."""
    return tuple(e.line("zh") for e in explanations if e.effect != 0 or e.pending)


def evidence_refs(plan: list[PlannedEvidence]) -> dict[str, list[str]]:
    refs: dict[str, list[str]] = {}
    for ev in plan:
        for code in ev.file.items:
            refs.setdefault(code, []).append(ev.ref)
    return refs


def score_rows(snapshot: ExportSnapshot, plan: list[PlannedEvidence]) -> list[ScoreRow]:
    rubric, report = snapshot.rubric, snapshot.report
    refs = evidence_refs(plan)
    rows: list[ScoreRow] = []
    for section in report.sections:
        rows.append(
            ScoreRow(
                kind="section",
                project=f"{section.code} {section.title}",
                content="",
                points=section.max,
                criteria="",
                scores={"self": section.score + section.bonus, **_review(section.columns)},
                reasons=reason_lines(section.explanations)
                + (("本部分被一票否决",) if section.vetoed else ()),
                evidence="",
                mark=MARK if section.interpretations else "",
            )
        )
        for result in section.items:
            item = rubric.item(result.code)
            attached = refs.get(result.code, [])
            if attached:
                evidence = f"{len(attached)}件：{'、'.join(attached)}"
            elif result.evidence_required:
                evidence = "缺佐证"
            else:
                evidence = ""
            rows.append(
                ScoreRow(
                    kind="item",
                    project=f"{result.code} {result.title}",
                    content=item.content if item else "",
                    points=result.max,
                    criteria=item.criteria if item else "",
                    scores={
                        "self": result.score,
                        "initial": result.columns.get("initial"),
                        "final": result.columns.get("final"),
                    },
                    reasons=reason_lines(result.explanations),
                    evidence=evidence,
                    mark=MARK if result.interpretations else "",
                )
            )
    rows.append(
        ScoreRow(
            kind="total",
            project="合计",
            content="",
            points=report.max,
            criteria="",
            scores={"self": report.total, **_review(report.columns)},
            reasons=reason_lines(report.explanations),
            evidence=f"{len(plan)}件" if plan else "",
            mark=MARK if report.total_interpretations else "",
        )
    )
    return rows


def _review(columns: dict[str, Decimal | None]) -> dict[str, Decimal | None]:
    return {"initial": columns.get("initial"), "final": columns.get("final")}


def points_text(value: Decimal | None) -> str:
    return "" if value is None else fmt_points(value)


def score_summary(report: ScoreReport) -> str:
    """自评分 88.5 分（满分 100），等次：良."""
    text = f"{fmt_points(report.total)}分"
    if report.max is not None:
        mark = MARK if report.total_interpretations else ""
        text += f"（满分{fmt_points(report.max)}分{mark}）"
    if report.bonus:
        text += f"，其中加分{fmt_points(report.bonus)}分"
    if report.grade:
        text += f"，等次：{report.grade}"
    return text


# --------------------------------------------------------------------------- ledger


@dataclass(frozen=True, slots=True)
class LedgerSummary:
    statuses: list[str]  # column order
    rows: list[tuple[str, list[int], int, int]]  # source, counts per status, total, overdue
    totals: tuple[list[int], int, int]


def ledger_summary(snapshot: ExportSnapshot) -> LedgerSummary:
    statuses = sorted({r.status for r in snapshot.ledger})
    sources = sorted({r.source for r in snapshot.ledger})
    counts = Counter((r.source, r.status) for r in snapshot.ledger)
    overdue = Counter(r.source for r in snapshot.ledger if r.overdue)
    rows = []
    for source in sources:
        per = [counts[(source, s)] for s in statuses]
        rows.append((source, per, sum(per), overdue[source]))
    col_totals = [sum(counts[(src, s)] for src in sources) for s in statuses]
    return LedgerSummary(statuses, rows, (col_totals, len(snapshot.ledger), sum(overdue.values())))


def date_text(value: date | None, empty: str = "") -> str:
    return value.isoformat() if value is not None else empty


def dispatch_status(status: str) -> str:
    return DISPATCH_STATUS_TEXT.get(status, status)
