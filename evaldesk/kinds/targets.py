"""What the kinds that compare an actual value with a target share: its rows, checks, wording."""

from __future__ import annotations

from decimal import Decimal

from evaldesk.kinds.base import (
    Row,
    RowContext,
    RubricFacts,
    RuleModel,
    Target,
    TargetRef,
    field_label,
    in_force,
)
from evaldesk.messages import Message, msg


def describe_target(target: Target | None) -> Message | str:
    if target is None:
        return ""
    if isinstance(target, TargetRef):
        return msg("kind.describe.target_table", key=target.key)
    return msg("kind.describe.target", target=target)


def target_problems(target: Target | None, rubric: RubricFacts) -> list[Message]:
    if isinstance(target, TargetRef) and target.key not in rubric.target_keys:
        return [msg("kind.unknown_target_key", key=target.key)]
    return []


def target_in_force(target: Target | None, ctx: RowContext) -> Decimal | None:
    """The number the rubric gives the rule for this unit (None when the office must enter it)."""
    return in_force(target, None, ctx.targets).value


def fixed_by(target: Target | None, ctx: RowContext) -> Message | None:
    """Where the rubric's target for this unit comes from (None: the office enters it)."""
    if target_in_force(target, ctx) is None:
        return None
    if isinstance(target, TargetRef):
        return msg("kind.target.from_table", table=ctx.target_titles.get(target.key, target.key))
    return msg("kind.target.from_rule")


def target_row_fields(
    kind: str,
    rule: RuleModel,
    target: Target | None,
    code: str,
    rule_id: str,
    ctx: RowContext,
    field: str = "actual",
    label: Message | None = None,
) -> list[Row]:
    """The actual value's row and the target's row, always both: the target the score uses is
    shown beside the actual, whether the rubric gives it (read-only, with where it comes from)
    or the office enters it."""
    unit_label = ctx.target_units.get(target.key, "") if isinstance(target, TargetRef) else ""
    given = target_in_force(target, ctx)
    actual = field_label(rule, field, label or msg("kind.field.actual"))
    return [
        Row(code, rule_id, kind, field, None, rule.text, "decimal", actual, None, unit_label),
        Row(
            code,
            rule_id,
            kind,
            "target",
            None,
            rule.text,
            "decimal",
            field_label(rule, "target", msg("kind.field.target")),
            given,
            unit_label,
            fixed_by=fixed_by(target, ctx),
        ),
    ]
