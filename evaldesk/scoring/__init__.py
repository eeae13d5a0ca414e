"""The pure scoring engine: (rubric, facts) -> ScoreReport with explanations. No I/O, no Qt, no SQL."""

from evaldesk.scoring.engine import describe_total, score
from evaldesk.scoring.facts import Facts, RuleFact, facts_from_data, facts_from_json
from evaldesk.scoring.report import Explanation, ItemResult, PartResult, ScoreReport, SectionResult

__all__ = [
    "Explanation",
    "Facts",
    "ItemResult",
    "PartResult",
    "RuleFact",
    "ScoreReport",
    "SectionResult",
    "describe_total",
    "facts_from_data",
    "facts_from_json",
    "score",
]
