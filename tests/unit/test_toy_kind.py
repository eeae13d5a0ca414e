"""Adding a rule kind is one module: a toy kind defined here, registered, and used end to end.

The toy kind ("每满N次得1分，最多得本条分值") is defined in this file only. Registering it is all
it takes for a rubric file to use it, for the validator, the renderer, the facts check, the
editor rows, the message catalog, the JSON schema and the engine to handle it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Literal

import pytest
from messages.expect import found

from evaldesk import kinds
from evaldesk.errors import FactsError, RubricError
from evaldesk.kinds.base import (
    Context,
    FactField,
    Outcome,
    Param,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
    earned,
    unrecorded,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.messages import Message, msg
from evaldesk.rubrics.registry import json_schema
from evaldesk.rubrics.render import describe_rule
from evaldesk.rubrics.rows import item_rows
from evaldesk.scoring import facts_from_data, score
from evaldesk.scoring.check import check_facts


class EveryN(RuleModel):
    kind: Literal["every_n"]
    n: int


class EveryNKind(RuleKind[EveryN]):
    name = "every_n"
    model = EveryN
    role = "award"
    title = msg("kind.every_n.title")
    fact_fields = (FactField("count", msg("kind.every_n.field")),)
    params = (Param("n", "int", msg("kind.every_n.field"), required=True),)
    messages = {
        "kind.every_n.title": ("每满N次得1分", "1 point per N times"),
        "kind.every_n.field": ("次数", "times"),
        "kind.every_n.got": ("{count}次，每满{n}次得1分", "{count} times, 1 point per {n}"),
        "kind.every_n.none": ("未填报次数", "no count"),
        "kind.every_n.describe": ("每满{n}次得1分", "1 point per {n} times"),
    }

    def score(self, rule: EveryN, fact: RuleFact | None, ctx: Context) -> Outcome:
        if fact is None or fact.count is None:
            return unrecorded(rule, ctx, msg("kind.every_n.none"))
        points = min(Decimal(fact.count // rule.n), ctx.budget)
        return earned(rule, ctx, points, msg("kind.every_n.got", count=fact.count, n=rule.n))

    def describe(self, rule: EveryN, rubric: RubricFacts) -> Message:
        return msg("kind.every_n.describe", n=rule.n)

    def rows(self, rule: EveryN, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        return [Row(code, rule_id, self.name, "count", None, rule.text, "int")]

    def demo_fact(self, rule: EveryN, rnd: random.Random) -> dict[str, Any] | None:
        return {"count": rnd.randint(0, 10)}

    def sample(self, n: int) -> dict[str, Any]:
        return {"kind": "every_n", "text": "每满3次得1分", "n": 3}


@pytest.fixture
def toy() -> Iterator[None]:
    kinds.register(EveryNKind())
    yield
    kinds.unregister("every_n")


RUBRIC = """
id: toy
title: 玩具细则
sections:
  - code: 一
    title: 部分
    items:
      - code: A
        title: 开展活动
        points: 3
        rules:
          - {kind: every_n, text: 每开展3次活动得1分，最多3分, n: 3}
"""


def test_a_rubric_cannot_use_an_unknown_kind(rubric_from) -> None:
    with pytest.raises(RubricError) as unknown:
        rubric_from(RUBRIC)
    found(unknown.value.problem_messages, "kind.unknown", kind="every_n")


def test_a_registered_kind_works_everywhere(toy: None, rubric_from) -> None:
    rubric = rubric_from(RUBRIC)
    rule = rubric.items()[0].rules[0]
    assert isinstance(rule, EveryN)

    report = score(rubric, facts_from_data({"items": {"A": {"count": 7}}}))
    item = report.item("A")
    assert item is not None and item.score == 2 and item.status == "not_met"
    assert item.explanations[0].detail == "7次，每满3次得1分"
    assert score(rubric, facts_from_data({"items": {"A": {"count": 30}}})).total == 3
    assert score(rubric, facts_from_data({})).item("A").status == "not_assessed"  # type: ignore[union-attr]

    assert describe_rule(rule, rubric.kind_view()) == "每满3次得1分"
    assert [r.field for r in item_rows(rubric.items()[0], rubric, None)] == ["count"]
    with pytest.raises(FactsError) as unused:
        check_facts(rubric, facts_from_data({"items": {"A": {"actual": 1}}}))
    found(unused.value.problem_messages, "facts.unused_field", kind="every_n", field="actual")
    assert "EveryN" in json.loads(json_schema())["$defs"]
    assert msg("kind.every_n.title").text("en") == "1 point per N times"


def test_the_kind_leaves_when_unregistered(rubric_from) -> None:
    assert "every_n" not in kinds.names()
    assert msg("kind.every_n.title").text() == "kind.every_n.title"
