"""Every number of a rubric, with its address and the source wording that may print it.

An address names one value of a rubric file: ``total``, ``part[dispatch].weight``,
``grade[优].min``, ``section[五].points``, ``item[五.3].points``,
``item[一.3].rules[3].cap``, ``item[一.1].rules[1].lines[3b].deduct``,
``item[6.5].rules[1].tiers[2].min``, ``rules[违纪违规]`` (a whole-rubric rule),
``target[jobs].values[rugao]``, ``subsidies.rank_awards[overall].places[1].amount``.
A list element is named by its code, id or grade (its position, from 1, when it has none);
an interpretation that names ``item[6.6]`` covers everything under that item.

A number counts as printed when the wording around it — the entry's own text (title, content,
criteria, method, a rule's clause, a line's text) or a stored ``quote`` of the source — contains
it literally: ``4`` in "扣4分" or "4", a weight 0.4 as "40%", a small whole number also as a
Chinese numeral ("一次").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from pydantic import BaseModel

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m

#: Fields whose value the source prints as a percentage (0.4 -> "40%").
PERCENT_FIELDS = frozenset({"weight", "floor_ratio", "quotas", "ratio"})
#: Numbers that are settings of the file, not values of the source.
NOT_SOURCE = frozenset({"version", "year", "decimals", "printed_rows"})
_CN = {1: "一", 2: "二|两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")


@dataclass(frozen=True, slots=True)
class NumberAt:
    address: str
    value: Decimal
    percent: bool
    #: the wording that may print it
    texts: tuple[str, ...]
    #: the item and section it belongs to (for marks beside them)
    item: str | None = None
    section: str | None = None


def covers(interpretation_address: str, address: str) -> bool:
    """``item[6.6]`` covers ``item[6.6].points``; ``item[6.6]`` does not cover ``item[6.60]``."""
    return address == interpretation_address or address.startswith(
        (interpretation_address + ".", interpretation_address + "[")
    )


def _key(element: Any, position: int) -> str:
    for name in ("code", "id", "grade"):
        value = getattr(element, name, None)
        if isinstance(value, str) and value:
            return value
    return str(position)


_WORDING = ("title", "text", "content", "criteria", "method", "quote", "label", "gate")


def _texts(model: BaseModel) -> list[str]:
    """The wording of an entry and of everything in it (an item's rules and their lines): a
    number is printed for the entry when any of its wording prints it."""
    found = [v for name in _WORDING if isinstance(v := getattr(model, name, None), str) and v]
    for name in type(model).model_fields:
        child = getattr(model, name)
        children = child if isinstance(child, list) else [child]
        for element in children:
            if isinstance(element, BaseModel):
                found += _texts(element)
    return found


def _walk(
    value: Any,
    address: str,
    texts: tuple[str, ...],
    percent: bool,
    where: tuple[str | None, str | None],
) -> Iterator[NumberAt]:
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, Decimal):
        yield NumberAt(address, value, percent, texts, *where)
    elif isinstance(value, BaseModel):
        inner = (*texts, *_texts(value))
        for name in type(value).model_fields:
            if name in NOT_SOURCE:
                continue
            child = getattr(value, name)
            yield from _walk(child, f"{address}.{name}", inner, name in PERCENT_FIELDS, where)
    elif isinstance(value, list):
        for position, element in enumerate(value, start=1):
            yield from _walk(
                element, f"{address}[{_key(element, position)}]", texts, percent, where
            )
    elif isinstance(value, dict):
        for key, element in value.items():
            yield from _walk(element, f"{address}[{key}]", texts, percent, where)


def numbers(rubric: m.Rubric) -> list[NumberAt]:
    """Every number of ``rubric`` that the source is expected to print."""
    top = (rubric.title, rubric.source, *rubric.quotes)
    found: list[NumberAt] = []
    if rubric.total is not None:
        found.append(NumberAt("total", rubric.total, False, top))
    found.append(NumberAt("precision", rubric.precision, False, top))
    for part in rubric.parts:
        found += _walk(part, f"part[{part.id}]", top, False, (None, None))
    for band in rubric.grades:
        found += _walk(band, f"grade[{band.grade}]", top, False, (None, None))
    for key, table in rubric.targets.items():
        found += _walk(table, f"target[{key}]", top, False, (None, None))
    for section in rubric.sections:
        # The section's own wording (its title, content, quote), not its items': an item's
        # points are not printed because another item happens to print the same number.
        own = (*top, *(t for t in (section.title, section.content, section.quote) if t))
        if section.points is not None:
            at = f"section[{section.code}].points"
            found.append(NumberAt(at, section.points, False, own, None, section.code))
        for position, rule in enumerate(section.rules, start=1):
            at = f"section[{section.code}].rules[{_key(rule, position)}]"
            found += _walk(rule, at, own, False, (None, section.code))
        for item in section.items:
            found += _walk(item, f"item[{item.code}]", (), False, (item.code, section.code))
    for position, rule in enumerate(rubric.rules, start=1):
        found += _walk(rule, f"rules[{_key(rule, position)}]", top, False, (None, None))
    if rubric.subsidies is not None:
        found += _walk(rubric.subsidies, "subsidies", top, False, (None, None))
    if rubric.form is not None:
        found += _walk(rubric.form, "form", top, False, (None, None))
    return found


def _normalised(text: str) -> str:
    return re.sub(r"\s+", "", text.translate(_FULL_WIDTH))


def spellings(value: Decimal, percent: bool) -> list[str]:
    """How the source may write ``value``: 4, 0.5, 40 (for 40%), 四."""
    shown = value * 100 if percent else value
    found = [fmt_points(shown)]
    if shown == shown.to_integral_value() and int(shown) in _CN:
        found += _CN[int(shown)].split("|")
    return found


def printed(number: NumberAt) -> bool:
    """True when the wording around ``number`` contains it literally."""
    texts = [_normalised(t) for t in number.texts]
    for spelled in spellings(number.value, number.percent):
        if spelled.isascii():
            pattern = re.compile(rf"(?<![0-9.]){re.escape(spelled)}(?![0-9]|\.[0-9])")
        else:
            pattern = re.compile(re.escape(spelled))
        if any(pattern.search(t) for t in texts):
            return True
    return False


def unmarked(rubric: m.Rubric) -> list[NumberAt]:
    """Numbers neither printed by the source nor covered by an interpretation."""
    marked = [a for i in rubric.interpretations for a in i.applies_to]
    return [
        n
        for n in numbers(rubric)
        if not any(covers(a, n.address) for a in marked) and not printed(n)
    ]


def addresses(rubric: m.Rubric) -> set[str]:
    """Every address a number of ``rubric`` has (and the entries around them)."""
    found: set[str] = set()
    for number in numbers(rubric):
        parts = re.split(r"(?=[.\[])", number.address)
        for end in range(1, len(parts) + 1):
            found.add("".join(parts[:end]))
    found.update(f"item[{i.code}]" for i in rubric.items())
    found.update(f"section[{s.code}]" for s in rubric.sections)
    # Every rule, with or without a number of its own (an added veto is still an entry).
    for section in rubric.sections:
        for position, rule in enumerate(section.rules, start=1):
            found.add(f"section[{section.code}].rules[{_key(rule, position)}]")
        for item in section.items:
            for position, rule in enumerate(item.rules, start=1):
                found.add(f"item[{item.code}].rules[{_key(rule, position)}]")
    for position, rule in enumerate(rubric.rules, start=1):
        found.add(f"rules[{_key(rule, position)}]")
    found.update(optional_numbers(rubric))
    return found


def optional_numbers(rubric: m.Rubric) -> set[str]:
    """Numbers a rubric may leave out and an office may still set (a part's ``scale_to``)."""
    return {f"part[{part.id}].scale_to" for part in rubric.parts}


#: The field at the end of an address, as a person calls it.
FIELD_WORDS: dict[str, tuple[str, str]] = {
    "points": ("分值", "points"),
    "weight": ("权重", "weight"),
    "scale_to": ("折算满分", "scaled full score"),
    "cap": ("扣分上限", "cap"),
    "points_each": ("每次扣分", "points each"),
    "target": ("目标值", "target"),
    "min": ("下限", "minimum"),
    "deduct": ("扣分", "deduction"),
    "award": ("得分", "award"),
    "penalty": ("倒扣分", "penalty"),
    "floor_ratio": ("最低完成比例", "lowest completion"),
    "precision": ("计分精度", "rounding"),
    "total": ("总分", "total"),
    "tolerance": ("容差", "tolerance"),
    "amount": ("金额", "amount"),
    "form": ("报表", "form"),
    "units": ("单位名单", "units"),
    "facts": ("填报数据", "facts"),
    "gate_item": ("前提项目", "gate item"),
    "notes": ("说明", "notes"),
    "ratio": ("完成比例", "completion ratio"),
    "quotas": ("等次比例", "grade quotas"),
    "values": ("分解目标", "per-unit targets"),
    "subsidies": ("补助测算", "subsidies"),
    "rank_awards": ("名次奖励", "awards by rank"),
    "lump_sums": ("定额补助", "fixed sums"),
    "per_person": ("按人数补助", "per person"),
    "places": ("名次", "places"),
    "conditions": ("条件", "condition"),
    "scaled": ("按比例计发", "scaled"),
}


@cache
def _kind_words() -> dict[str, tuple[str, str]]:
    """The names of every rule kind's parameters and fact fields, as its registry words them
    (扣分步长, 入围下限…), for the fields an address may end in that FIELD_WORDS does not name."""
    from evaldesk import kinds
    from evaldesk.messages import msg

    words: dict[str, tuple[str, str]] = {
        name: (msg(f"kind.field.{name}").text("zh"), msg(f"kind.field.{name}").text("en"))
        for name in ("actual", "target", "value", "status", "last_year", "triggered")
    }
    for kind in kinds.REGISTRY:
        for key, said in kind.messages.items():
            head, _, value = key.rpartition(".")
            if head.endswith(".source"):  # where a count comes from: dispatch_missing
                words.setdefault(value, said)
        for param in kind.params:
            words.setdefault(param.name, (param.label.text("zh"), param.label.text("en")))
        for field in kind.fact_fields:
            words.setdefault(field.name, (field.label.text("zh"), field.label.text("en")))
    return words


@cache
def _kind_titles() -> dict[str, tuple[str, str]]:
    from evaldesk import kinds

    return {kind.name: (kind.title.text("zh"), kind.title.text("en")) for kind in kinds.REGISTRY}


_IDENTIFIER = re.compile(r"(?<![\w-])([a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)(?![\w-])")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]")


def worded(text: str, lang: str = "zh", names: dict[str, str] | None = None) -> str:
    """A rubric file's own sentence (an interpretation's reason) with the file's names in it
    put in words: "（eligible_min 100）" -> "（入围最低值 100）", "按 main-areas 的分组" -> "按
    主功能区 的分组", "（manual）" -> "（评估人评定）". Other words are left as written."""
    names = names or {}
    index = 0 if lang == "zh" else 1

    def word(name: str) -> str | None:
        if name in names:
            return names[name]
        for table in (FIELD_WORDS, _kind_words(), _kind_titles()):
            if name in table and ("_" in name or "-" in name or lang == "zh"):
                return table[name][index]
        return None

    shown: list[str] = []
    last = 0
    for found in _IDENTIFIER.finditer(text):
        said = word(found.group(1))
        if said is None:
            continue
        start, end = found.span()
        before = text[last:start]
        # "target 为…" read as Chinese: "目标值为…" (the space was there for the Latin word)
        if lang == "zh" and before.endswith(" ") and _CJK.match(before[-2:-1] or "“"):
            before = before[:-1]
        shown.append(before + said)
        last = end
        if (
            lang == "zh"
            and text[end : end + 1] == " "
            and _CJK.match(text[end + 1 : end + 2] or "”")
        ):
            last = end + 1
    shown.append(text[last:])
    return "".join(shown)


def address_names(rubric: m.Rubric) -> dict[str, str]:
    """What the keys of a rubric's addresses are called: parts, target tables and subsidies by
    their titles (``target[laowu_jidi]`` -> 外引劳务基地)."""
    names = {part.id: part.title for part in rubric.parts}
    names.update({group.id: group.name for group in rubric.unit_groups})
    names.update({use.id: f"“{use.title}”" for use in rubric.interpretations})
    names.update({key: table.title for key, table in rubric.targets.items()})
    if rubric.subsidies is not None:
        money = rubric.subsidies
        names.update({award.id: award.title for award in money.rank_awards})
        names.update({lump.id: lump.title for lump in money.lump_sums})
        names.update({each.id: each.title for each in money.per_person})
    return names


def readable(address: str, lang: str = "zh", names: dict[str, str] | None = None) -> str:
    """``item[五.3].points`` -> "五.3 分值"; ``part[dispatch].points`` -> "季度调度 分值" when
    ``names`` gives the part's title (keys that name something are shown by their name)."""
    names = names or {}
    index = 0 if lang == "zh" else 1
    kinds = {"item", "section", "part", "grade", "target", "rules", "lines", "levels", "tiers"}
    rule = ("规则", "rule ")
    shown: list[str] = []
    for name, key in re.findall(r"([A-Za-z_]+)|\[([^\]]*)\]", address):
        if key:
            key = names.get(key, key)
            shown.append(f"{rule[index]}{key}" if shown and shown[-1] == "rules" else key)
            if len(shown) > 1 and shown[-2] == "rules":
                del shown[-2]
        elif name in FIELD_WORDS:
            shown.append(FIELD_WORDS[name][index])
        elif name == "rules":
            shown.append("rules")
        elif name in _kind_words():
            shown.append(_kind_words()[name][index])
        elif name not in kinds:
            shown.append(name)
    return " ".join(shown)
