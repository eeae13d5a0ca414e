"""What the kinds that compare an actual value with a target share: its rows, checks, wording."""

from __future__ import annotations

from decimal import Decimal

from evaldesk.kinds.base import Row, RowContext, RubricFacts, RuleModel, Target, TargetRef
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
    """The number the rule compares with for this unit (None when the office must enter it)."""
    if target is None or isinstance(target, Decimal):
        return target
    return ctx.targets.get(target.key)


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
    """The actual value's row, showing the target in force; and a row to enter the target
    when neither the rule nor the unit's target table gives one."""
    unit_label = ctx.target_units.get(target.key, "") if isinstance(target, TargetRef) else ""
    in_force = target_in_force(target, ctx)
    rows = [
        Row(
            code,
            rule_id,
            kind,
            field,
            None,
            rule.text,
            "decimal",
            label or msg("kind.field.actual"),
            target=in_force,
            unit_label=unit_label,
        )
    ]
    if in_force is None:
        rows.append(
            Row(code, rule_id, kind, "target", None, rule.text, "decimal", msg("kind.field.target"))
        )
    return rows
