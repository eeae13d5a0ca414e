"""The rule kinds, one module each, in one ordered registry.

Adding a kind is one module (see docs/rubric-format.md, "Adding a rule kind"), a line in
:data:`REGISTRY`, its docs and its tests. Everything that treats rules by kind reads the
registry: the rubric model (which kinds a rubric file may use), the validator, the renderer, the
facts check, the UI's editors, the demo office and the benchmark rubric.

This package sits below both ``rubrics`` and ``scoring`` and imports neither.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BeforeValidator, SerializeAsAny

from evaldesk.kinds import (
    all_or_nothing,
    bonus,
    checklist,
    fact,
    graded_votes,
    growth,
    manual,
    measures,
    minimum,
    negative,
    nested_caps,
    per_count,
    proportional,
    ranking,
    rows,
    shortfall,
    tiers,
    veto,
)
from evaldesk.kinds.base import RuleKind, RuleModel
from evaldesk.kinds.fact import refused
from evaldesk.messages import catalog, msg

#: Every kind, in the order editors and documentation list them.
REGISTRY: list[RuleKind[Any]] = [
    checklist.KIND,
    per_count.KIND,
    proportional.KIND,
    shortfall.KIND,
    tiers.KIND,
    growth.KIND,
    all_or_nothing.KIND,
    ranking.KIND,
    bonus.KIND,
    veto.KIND,
    negative.KIND,
    nested_caps.KIND,
    graded_votes.KIND,
    manual.KIND,
    minimum.KIND,
]

_BY_NAME: dict[str, RuleKind[Any]] = {k.name: k for k in REGISTRY}


def get(name: str) -> RuleKind[Any]:
    """The kind called ``name``; KeyError if no kind has that name."""
    return _BY_NAME[name]


def of(rule: RuleModel) -> RuleKind[Any]:
    return _BY_NAME[rule.kind]


def names() -> list[str]:
    return [k.name for k in REGISTRY]


def register(kind: RuleKind[Any]) -> None:
    """Add a kind at run time (a plug-in, or a test's toy kind); its name must be new."""
    if kind.name in _BY_NAME:
        raise ValueError(f"a rule kind called {kind.name!r} exists already")
    REGISTRY.append(kind)
    _BY_NAME[kind.name] = kind
    catalog.reset()  # its wording joins the catalog


def unregister(name: str) -> None:
    kind = _BY_NAME.pop(name)
    REGISTRY.remove(kind)
    catalog.reset()


def parse_rule(data: Any) -> Any:
    """Rule data -> the model of its kind (pydantic reports errors under the rule's index)."""
    if not isinstance(data, dict):
        return data
    name = data.get("kind")
    if name is None:
        raise refused(msg("kind.missing", known=names()))
    kind = _BY_NAME.get(str(name))
    if kind is None:
        raise refused(msg("kind.unknown", kind=str(name), known=names()))
    return kind.model.model_validate(data)


if TYPE_CHECKING:
    Rule = RuleModel
else:
    #: A rule of any registered kind, as it appears in a rubric model.
    Rule = Annotated[SerializeAsAny[RuleModel], BeforeValidator(parse_rule)]


#: Wording shared by several kinds.
MESSAGES: dict[str, tuple[str, str]] = {
    "kind.missing": ("规则缺少 kind（可用的类型：{known}）", "a rule needs 'kind' ({known})"),
    "kind.unknown": (
        "未知的规则类型“{kind}”；可用的类型：{known}",
        "unknown rule kind {kind!r}; known kinds: {known}",
    ),
    "kind.capped": ("扣完为止", "deductions stop here"),
    "kind.not_assessed": ("未评估", "not assessed"),
    "kind.actual_missing": ("未填报完成数", "the actual figure is not recorded"),
    "kind.target_missing": ("缺少目标值", "the target is missing"),
    "kind.target_missing_pick_unit": (
        "缺少目标值（请选择单位或填写目标）",
        "the target is missing (choose the unit or enter the target)",
    ),
    "kind.unknown_target_key": (
        "目标分解表 {key} 不在 targets 中",
        "target key {key!r} is not in 'targets'",
    ),
    "kind.label_not_a_field": (
        "labels 的 {field} 不是事实字段（可用：{known}）",
        "labels: {field!r} is not a fact field ({known})",
    ),
    "kind.target.from_table": ("细则分解表“{table}”", "the rubric's table “{table}”"),
    "kind.target.from_rule": ("细则规定", "set by the rubric"),
    "kind.field.actual": ("实际完成数", "actual"),
    "kind.field.target": ("目标值", "target"),
    "kind.field.value": ("数值", "value"),
    "kind.field.status": ("是否达到", "met or not"),
    "kind.field.this_year": ("本年数", "this year"),
    "kind.field.last_year": ("上年数", "last year"),
    "kind.field.precondition": ("前提条件", "precondition"),
    "kind.field.triggered": ("是否发生", "happened or not"),
    "kind.param.cap": ("最多扣分", "most points deducted"),
    "kind.param.target": ("目标值", "target"),
    "kind.param.gate": ("前提条件", "precondition"),
    "kind.describe.budget": ("（本条{points}分）", " ({points} points)"),
    "kind.describe.cap": ("，最多扣{cap}分", ", at most {cap} deducted"),
    "kind.describe.until_zero": ("，扣完为止", ", until nothing is left"),
    "kind.describe.target": ("，目标{target}", ", target {target}"),
    "kind.describe.target_table": ("，目标取分解表“{key}”", ", target from the table “{key}”"),
    "kind.describe.line_award": ("{line}. +{points}", "{line}. +{points}"),
    "kind.describe.line_deduct": ("{line}. −{points}", "{line}. −{points}"),
}


def MESSAGE_MEMBERS() -> Iterator[tuple[str, dict[str, tuple[str, str]]]]:
    """The wording each kind module holds, for the message catalog."""
    yield "fact", fact.MESSAGES
    yield "measures", measures.MESSAGES
    yield "rows", rows.MESSAGES
    for kind in REGISTRY:
        yield kind.name, kind.messages


__all__ = ["REGISTRY", "Rule", "RuleKind", "RuleModel", "get", "names", "of", "register"]
