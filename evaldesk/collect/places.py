"""Places: the order of the units by their final score, and the places each rank award gives.

如皋 2021 pays three awards by place: "全面完成…任务的镇（区、街道），按得分高低选前六名",
"…全面完成任务且得分前三名", "按考核得分取前三名". The source does not say whether a unit that
does not meet an award's condition takes a place; here the places of an award are counted among
the units that meet its conditions (collect interpretation ``award-places-among-eligible``), by
the score the award names (the final total, or a part's score); equal scores share a place and
the next place is skipped (as interpretation ``ranking-ties`` reads the source's rankings).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from evaldesk.rubrics import model_money as mm
from evaldesk.scoring.report import ScoreReport


def places(scores: Mapping[str, Decimal]) -> dict[str, int]:
    """1 + the number of units with a higher score; equal scores share a place."""
    return {u: 1 + sum(1 for other in scores.values() if other > s) for u, s in scores.items()}


def ranked_score(report: ScoreReport, ref: mm.ScoreRef) -> Decimal | None:
    """The score an award ranks by: the total, a part's, a section's or an item's."""
    if ref.scope == "total":
        return report.total
    if ref.scope == "part":
        part = next((p for p in report.parts if p.id == ref.id), None)
        return part.score if part is not None else None
    if ref.scope == "section":
        sec = next((s for s in report.sections if s.code == ref.id), None)
        return sec.score + sec.bonus if sec is not None else None
    item = report.item(ref.id or "")
    return item.score if item is not None else None
