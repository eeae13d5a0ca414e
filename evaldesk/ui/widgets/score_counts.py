"""The counts that cost points, as the score strip and the score panel show them.

Each count names what stands behind it (``source``): a ledger or dispatch count of the live
score (evaldesk.services.drilldown lists its rows), or the items not assessed / missing
evidence (the rubric view filters them). ``scored`` says whether a rule of the rubric deducts
for it; a count no rule reads is still shown, muted, as "(not scored)".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from evaldesk.rubrics.model import Rubric
    from evaldesk.scoring.report import ScoreReport

CONTEXT = "ScoreCounts"
#: Not a count of the live score: the rubric view's filters of the same names.
NOT_ASSESSED, MISSING_EVIDENCE = "not_assessed", "missing_evidence"

#: source, the panel's label, the strip's short label
LABELS = (
    (
        "ledger_overdue",
        QT_TRANSLATE_NOOP("ScoreCounts", "Overdue ledger entries"),
        QT_TRANSLATE_NOOP("ScoreCounts", "Overdue"),
    ),
    (
        "dispatch_late",
        QT_TRANSLATE_NOOP("ScoreCounts", "Quarters reported late"),
        QT_TRANSLATE_NOOP("ScoreCounts", "Late quarters"),
    ),
    (
        "dispatch_missing",
        QT_TRANSLATE_NOOP("ScoreCounts", "Quarters not reported"),
        QT_TRANSLATE_NOOP("ScoreCounts", "Unreported quarters"),
    ),
    (
        NOT_ASSESSED,
        QT_TRANSLATE_NOOP("ScoreCounts", "Items not assessed yet"),
        QT_TRANSLATE_NOOP("ScoreCounts", "Not assessed"),
    ),
    (
        MISSING_EVIDENCE,
        QT_TRANSLATE_NOOP("ScoreCounts", "Items missing evidence"),
        QT_TRANSLATE_NOOP("ScoreCounts", "No evidence"),
    ),
)


@dataclass(frozen=True)
class CountRow:
    source: str
    label: str  # translated
    short: str  # translated
    value: int
    scored: bool


def count_rows(rubric: Rubric, report: ScoreReport, scored: frozenset[str]) -> list[CountRow]:
    """The five counts of ``report``; ``scored`` is ``counted_sources(rubric)``."""
    items = report.items()
    values = {
        **{k: int(v) for k, v in report.counts.items()},
        NOT_ASSESSED: sum(1 for i in items if i.status == "not_assessed"),
        MISSING_EVIDENCE: sum(1 for i in items if i.missing_evidence),
    }
    return [
        CountRow(
            source,
            QCoreApplication.translate(CONTEXT, label),
            QCoreApplication.translate(CONTEXT, short),
            values.get(source, 0),
            source in (NOT_ASSESSED, MISSING_EVIDENCE) or source in scored,
        )
        for source, label, short in LABELS
    ]


def counted_sources(rubric: Rubric) -> frozenset[str]:
    """The ledger and dispatch counts some rule of ``rubric`` reads (its deductions)."""
    found: set[str] = set()
    rules = [r for item in rubric.items() for r in item.rules]
    rules += [r for section in rubric.sections for r in section.rules]
    for rule in rules:
        source = getattr(rule, "source", "fact")
        if source == "dispatch_not_on_time":
            found |= {"dispatch_late", "dispatch_missing"}
        elif source != "fact":
            found.add(source)
    return frozenset(found)


def label_of(source: str) -> str:
    """The panel's label of ``source``, translated ("" for a source it does not show)."""
    found = next((label for src, label, _short in LABELS if src == source), "")
    return QCoreApplication.translate(CONTEXT, found) if found else ""


def not_scored_text() -> str:
    return QCoreApplication.translate("ScoreCounts", " (not scored)")
