"""What changed between two versions of a rubric: items added, removed, renamed, moved to
another code, points, rules or wording changed; sections added, removed, re-pointed.

Items are matched by an explicit mapping first (last year's code -> this year's), then by
code, then by title (an item whose code changed keeps its title): :func:`item_mapping` is
that matching, which a new year uses to carry its ledger entries over.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from evaldesk import kinds
from evaldesk.decimals import fmt_points
from evaldesk.messages import Message, msg
from evaldesk.rubrics.model import Item, Rubric

ChangeKind = Literal[
    "added",
    "removed",
    "renamed",
    "moved",
    "points",
    "rules",
    "wording",
    "section_added",
    "section_removed",
    "section_points",
]


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    code: str  # the code in the new version (the old one for a removal)
    old: str = ""
    new: str = ""
    message: Message | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "code": self.code}
        if self.old:
            out["old"] = self.old
        if self.new:
            out["new"] = self.new
        if self.message is not None:
            out["message"] = self.message.to_json()
        return out


def _points(value: Decimal | None) -> str:
    return "—" if value is None else fmt_points(value)


def rule_summary(item: Item) -> list[dict[str, Any]]:
    """An item's rules as what decides a score (kind and parameters; ids and wording aside)."""
    return [
        rule.model_dump(mode="json", exclude={"id", "text", "note"}, exclude_none=True)
        for rule in item.rules
    ]


def _rule_words(item: Item) -> str:
    return "、".join(kinds.get(r.kind).title.text("zh") for r in item.rules) or "—"


def _params_changed(before: Item, after: Item) -> list[str]:
    """The parameters that differ when the rules keep their kinds in the same order (a list
    that says what to look at instead of "逐项扣分 → 逐项扣分"); empty when a kind changed."""
    if [r.kind for r in before.rules] != [r.kind for r in after.rules]:
        return []
    names: list[str] = []
    for old, new in zip(rule_summary(before), rule_summary(after), strict=True):
        kind = kinds.get(str(new["kind"]))
        labels = {p.name: p.label.text("zh") for p in kind.params}
        for name in sorted(set(old) | set(new), key=lambda n: (n not in labels, n)):
            if old.get(name) != new.get(name):
                label = labels.get(name, name)
                if label not in names:
                    names.append(label)
    return names


def item_mapping(
    old: Rubric, new: Rubric, given: dict[str, str | None] | None = None
) -> dict[str, str | None]:
    """Each old item's code -> its code in ``new`` (None: it has no counterpart)."""
    given = dict(given or {})
    new_codes = {i.code for i in new.items()}
    by_title: dict[str, list[str]] = {}
    for item in new.items():
        by_title.setdefault(item.title.strip(), []).append(item.code)
    taken = {c for c in given.values() if c}
    out: dict[str, str | None] = {}
    old_items = old.items()
    for item in old_items:
        if item.code in given:
            out[item.code] = given[item.code]
        elif item.code in new_codes and item.code not in taken:
            out[item.code] = item.code
            taken.add(item.code)
    for item in old_items:
        if item.code in out:
            continue
        same = [c for c in by_title.get(item.title.strip(), []) if c not in taken]
        out[item.code] = same[0] if same else None
        if same:
            taken.add(same[0])
    return out


def diff(old: Rubric, new: Rubric, mapping: dict[str, str | None] | None = None) -> list[Change]:
    """Every change from ``old`` to ``new``, sections first, then items in the new order."""
    changes: list[Change] = []
    old_sections = {s.code: s for s in old.sections}
    new_sections = {s.code: s for s in new.sections}
    for section in new.sections:
        before = old_sections.get(section.code)
        if before is None:
            changes.append(
                Change(
                    "section_added",
                    section.code,
                    new=section.title,
                    message=msg("diff.section_added", code=section.code, title=section.title),
                )
            )
        elif before.points != section.points:
            old_p, new_p = _points(before.points), _points(section.points)
            changes.append(
                Change(
                    "section_points",
                    section.code,
                    old_p,
                    new_p,
                    msg("diff.section_points", code=section.code, old=old_p, new=new_p),
                )
            )
    for section in old.sections:
        if section.code not in new_sections:
            changes.append(
                Change(
                    "section_removed",
                    section.code,
                    old=section.title,
                    message=msg("diff.section_removed", code=section.code, title=section.title),
                )
            )
    matched = item_mapping(old, new, mapping)
    back = {v: k for k, v in matched.items() if v}
    old_items = {i.code: i for i in old.items()}
    for item in new.items():
        code = back.get(item.code)
        if code is None:
            changes.append(
                Change(
                    "added",
                    item.code,
                    new=item.title,
                    message=msg("diff.added", code=item.code, title=item.title),
                )
            )
            continue
        changes += _item_changes(old_items[code], item)
    for code, to in matched.items():
        if to is None:
            item = old_items[code]
            changes.append(
                Change(
                    "removed",
                    code,
                    old=item.title,
                    message=msg("diff.removed", code=code, title=item.title),
                )
            )
    return changes


def _item_changes(before: Item, after: Item) -> list[Change]:
    found: list[Change] = []
    code = after.code
    if before.code != after.code:
        found.append(
            Change(
                "moved",
                code,
                before.code,
                after.code,
                msg("diff.moved", old=before.code, new=after.code, title=after.title),
            )
        )
    if before.title.strip() != after.title.strip():
        found.append(
            Change(
                "renamed",
                code,
                before.title,
                after.title,
                msg("diff.renamed", code=code, old=before.title, new=after.title),
            )
        )
    if before.points != after.points:
        old_p, new_p = _points(before.points), _points(after.points)
        found.append(
            Change(
                "points", code, old_p, new_p, msg("diff.points", code=code, old=old_p, new=new_p)
            )
        )
    if rule_summary(before) != rule_summary(after):
        old_r, new_r = _rule_words(before), _rule_words(after)
        fields = _params_changed(before, after)
        message = (
            msg("diff.rule_params", code=code, kinds=new_r, fields="、".join(fields))
            if fields
            else msg("diff.rules", code=code, old=old_r, new=new_r)
        )
        found.append(Change("rules", code, old_r, new_r, message))
    for name in ("content", "criteria", "method"):
        if getattr(before, name).strip() != getattr(after, name).strip():
            found.append(
                Change(
                    "wording",
                    code,
                    name,
                    name,
                    msg("diff.wording", code=code, field=msg(f"diff.field.{name}")),
                )
            )
    return found
