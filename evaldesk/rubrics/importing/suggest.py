"""Rules suggested from the wording of 评分标准, never decided: each is a ``suggested``
interpretation until a person confirms it.

The criteria are cut into clauses (numbered points, "；", "。", line breaks); each clause is
read for the phrasings the source documents use, and gives at most one rule whose ``text`` is
the clause itself, so the suggestion is shown beside the sentence it came from:

======================================  =====================================================
"不得分并倒扣5分"                          negative, penalty 5
"一票否决", "该项不得分"                    veto of the item
"按比例得分", "未达70%不得分"                proportional, floor 0.7
"达到10%的得1分 … 达到50%的得5分"            tiers
"每少10人扣1分", "每低一个百分点扣1分"         shortfall (units / completion %)
"每…扣0.5分，4分扣完为止", "1例扣0.2分"       per_count, cap 4
"得2分，否则不得分", "未完成不得分"            all_or_nothing
"A、B、C等次分别计10分、6分、0分"             graded_votes
"加3分"                                   bonus
"未…的，扣2分"                            checklist lines (consecutive clauses, one rule)
======================================  =====================================================

An item none of these fits is left as a manual score (``manual``). The parameters read from
the text are numbers the clause prints; which kind it is, and anything not printed, is what
the person confirms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from evaldesk.rubrics.importing.numbering import CIRCLED, cn_value

NUM = r"([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]+)"
_FULL = str.maketrans("０１２３４５６７８９．％：，；（）", "0123456789.%:,;()")
_SPLIT = re.compile(
    r"(?:\n|；|;|。(?!$)|(?<=[^0-9])(?=[0-9]{1,2}[.、．](?![0-9]))|(?=[" + CIRCLED + r"]))"
)
_LEAD = re.compile(
    r"^\s*(?:[0-9]{1,2}\s*[.、．]|[(（][0-9一二三四五六七八九十]+[)）]|[" + CIRCLED + r"])\s*"
)
_COUNTERS = "个件例次项起处人家村户名季度批条篇期所"


def number(text: str) -> Decimal:
    text = text.strip()
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text):
        return Decimal(text)
    value = cn_value(text)
    return Decimal(value if value is not None else 0)


@dataclass
class Suggestion:
    """One suggested rule (rubric data) and the clause it was read from."""

    rule: dict[str, Any]
    clause: str


@dataclass
class ItemSuggestions:
    rules: list[Suggestion] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return [s.rule["kind"] for s in self.rules]


def clauses(criteria: str) -> list[str]:
    """The criteria cut into clauses, each verbatim (only outer spaces trimmed)."""
    parts = [p.strip() for p in _SPLIT.split(criteria) if p and p.strip()]
    return [p for p in parts if re.search(r"[\u4e00-\u9fffA-Za-z0-9]", p)]


def _norm(clause: str) -> str:
    return re.sub(r"\s+", "", clause.translate(_FULL))


def _line_text(clause: str) -> str:
    """A checklist line: the clause without its number and its "，扣2分"."""
    text = _LEAD.sub("", clause).strip()
    text = re.sub(
        r"[，,；;。.]*\s*(?:的)?[，,]?\s*(?:分别|各)?扣\s*[0-9.一二三四五六七八九十]+\s*分.*$",
        "",
        text,
    )
    return text.strip(" ，,；;。") or clause.strip()


def _cap(c: str) -> Decimal | None:
    found = re.search(NUM + r"分扣完为止|扣完" + NUM + r"分为止|最多扣" + NUM + r"分", c)
    if not found:
        return None
    return number(next(g for g in found.groups() if g))


def _budget(c: str) -> Decimal | None:
    """ "…得2分，每有一个…扣1分": the clause's own budget."""
    found = re.search(r"得" + NUM + r"分", c)
    return number(found.group(1)) if found else None


def read_clause(clause: str, item_points: Decimal | None) -> dict[str, Any] | None:
    """The rule one clause suggests, or None."""
    c = _norm(clause)
    found = re.search(r"倒扣" + NUM + r"分", c)
    if found:
        return {"kind": "negative", "penalty": number(found.group(1))}
    if "一票否决" in c or re.search(r"(该|此|本)项(目)?(不得分|全扣|得0分)", c):
        return {"kind": "veto", "scope": "item"}
    grades = re.search(r"([A-Z](?:[、,][A-Z])+)等次?分别(?:计|得)((?:" + NUM + r"分[、,]?)+)", c)
    if grades:
        names = re.split(r"[、,]", grades.group(1))
        values = re.findall(NUM + r"分", grades.group(2))
        if len(names) == len(values):
            rule: dict[str, Any] = {
                "kind": "graded_votes",
                "grades": {n: number(v) for n, v in zip(names, values, strict=True)},
            }
            quotas = dict(re.findall(r"([A-Z])等次?不超过" + r"([0-9]+(?:\.[0-9]+)?)%", c))
            if quotas:
                rule["quotas"] = {k: Decimal(v) / 100 for k, v in quotas.items()}
            return rule
    if re.search(r"按(?:完成|实绩|完成实绩|清欠|任务完成)?(?:实绩)?比例(?:得分|扣分|计分)", c):
        rule = {"kind": "proportional"}
        floor = re.search(r"(?:未达|低于|不足)([0-9]+(?:\.[0-9]+)?)%(?:的)?不得分", c)
        if floor:
            rule["floor_ratio"] = Decimal(floor.group(1)) / 100
        return rule
    tiers = re.findall(r"达到([0-9]+(?:\.[0-9]+)?)%的?得" + NUM + r"分", c)
    if len(tiers) >= 2:
        return {
            "kind": "tiers",
            "measure": "value",
            "tiers": [{"min": Decimal(m), "points": number(p)} for m, p in tiers],
        }
    found = re.search(r"每(?:少|低|降低|下降)" + NUM + r"?个?(?:百分点|%)扣" + NUM + r"分", c)
    if found:
        rule = {
            "kind": "shortfall",
            "step": number(found.group(1) or "1"),
            "points_each": number(found.group(2)),
        }
        target = re.search(r"(?:达到?|达)([0-9]+(?:\.[0-9]+)?)%", c)
        if "率" in c and target:
            rule.update(measure="value", target=Decimal(target.group(1)))
        else:
            rule["measure"] = "completion_pct"
        return _with_budget(rule, c)
    found = re.search(r"每(?:少|缺少|减少)" + NUM + r"([" + _COUNTERS + r"])扣" + NUM + r"分", c)
    if found:
        rule = {
            "kind": "shortfall",
            "measure": "units",
            "step": number(found.group(1)),
            "points_each": number(found.group(3)),
        }
        return _with_budget(rule, c)
    per = _per_count(c)
    if per is not None:
        return per
    found = re.search(r"得" + NUM + r"分[,，]?(?:否则|未[^,，]*?)不得分", c)
    if found or re.search(r"(?:未完成|未达到?要求|未达标)[^,，]*?不得分", c):
        rule = {"kind": "all_or_nothing"}
        if found:
            rule["points"] = number(found.group(1))
        return rule
    found = re.search(r"加" + NUM + r"分", c)
    if found:
        rule = {
            "kind": "bonus",
            "levels": [
                {"id": "1", "text": _LEAD.sub("", clause).strip(), "points": number(found.group(1))}
            ],
        }
        cap = re.search(r"(?:最多|最高|上限)(?:加)?" + NUM + r"分", c)
        if cap:
            rule["cap"] = number(cap.group(1))
        return rule
    found = re.search(r"扣" + NUM + r"分", c)
    if found:
        return {
            "kind": "checklist",
            "lines": [{"id": "1", "text": _line_text(clause), "deduct": number(found.group(1))}],
            "_capped": "扣完为止" in c,
            "_cap": _cap(c),
        }
    if re.search(r"择优|酌情|视情", c):
        return {"kind": "manual"}
    found = re.search(r"得" + NUM + r"分", c)
    if found:
        return {"kind": "all_or_nothing", "points": number(found.group(1))}
    return None


def _with_budget(rule: dict[str, Any], c: str) -> dict[str, Any]:
    cap = _cap(c)
    if cap is not None:
        rule["cap"] = cap
    budget = _budget(c)
    if budget is not None:
        rule["points"] = budget
    return rule


def _per_count(c: str) -> dict[str, Any] | None:
    patterns = (
        r"每(?:有|查实|发现|出现)?(?:一|1)?([" + _COUNTERS + r"]+)[^扣]{0,30}?扣" + NUM + r"分",
        r"(?:1|一)([" + _COUNTERS + r"]{1,2})[^扣。；]{0,30}?扣" + NUM + r"分",
        r"扣" + NUM + r"分/([" + _COUNTERS + r"])",
    )
    for index, pattern in enumerate(patterns):
        found = re.search(pattern, c)
        if not found:
            continue
        if index == 2:
            each, label = found.group(1), found.group(2)
        else:
            label, each = found.group(1), found.group(2)
        rule: dict[str, Any] = {"kind": "per_count", "points_each": number(each)}
        if "季度" in label or ("每季度" in c and "调度" in c) or "每季度扣" in c:
            rule.update(source="dispatch_missing", unit_label="季度")
        elif "未及时落实" in c and label == "件":
            rule.update(source="ledger_overdue", unit_label="件")
        else:
            rule["unit_label"] = label
        return _with_budget(rule, c)
    return None


def suggest(criteria: str, item_points: Decimal | None) -> ItemSuggestions:
    """The rules the wording suggests for one item (consecutive checklist clauses form one
    checklist); none when nothing fits: the caller leaves the item as a manual score."""
    found = ItemSuggestions()
    checklist: dict[str, Any] | None = None
    for clause in clauses(criteria):
        rule = read_clause(clause, item_points)
        if rule is None:
            continue
        if rule["kind"] == "checklist":
            line = rule["lines"][0]
            if checklist is None:
                checklist = {"kind": "checklist", "lines": [], "_clauses": []}
                found.rules.append(Suggestion(checklist, ""))
            line["id"] = str(len(checklist["lines"]) + 1)
            checklist["lines"].append(line)
            checklist["_clauses"].append(clause)
            if rule["_cap"] is not None:
                checklist["cap"] = rule["_cap"]
            elif rule["_capped"] and item_points is not None:
                checklist["cap"] = item_points
            continue
        checklist = None
        found.rules.append(Suggestion(rule, clause))
    for suggestion in found.rules:
        extra = suggestion.rule.pop("_clauses", None)
        if extra is not None:
            suggestion.clause = "".join(_joined(extra))
    _share_budgets(found, item_points)
    return found


def _joined(parts: list[str]) -> list[str]:
    return [p if i == len(parts) - 1 else p + " " for i, p in enumerate(parts)]


def _share_budgets(found: ItemSuggestions, item_points: Decimal | None) -> None:
    """A lone rule whose budget is the item's points needs no budget of its own."""
    scoring = [s for s in found.rules if s.rule["kind"] not in ("veto", "negative")]
    if len(scoring) == 1 and scoring[0].rule.get("points") == item_points:
        scoring[0].rule.pop("points", None)
