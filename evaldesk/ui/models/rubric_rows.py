"""The rows of the rubric tree: node shapes, columns, roles and their display texts.

Plain structure built from the rubric (no Qt model here); evaldesk.ui.models.rubric_model
serves it to views. Texts are marked in the translation context "RubricModel".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from evaldesk.decimals import fmt_points
from evaldesk.kinds.base import Row
from evaldesk.rubrics import model as m
from evaldesk.rubrics.rows import item_rows
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

SECTION, ITEM, CRITERION = "section", "item", "criterion"
TITLE, VALUE, SCORE, MAX, EVIDENCE = range(5)

HEADERS = (
    QT_TRANSLATE_NOOP("RubricModel", "Item"),
    QT_TRANSLATE_NOOP("RubricModel", "Recorded"),
    QT_TRANSLATE_NOOP("RubricModel", "Score"),
    QT_TRANSLATE_NOOP("RubricModel", "Max"),
    QT_TRANSLATE_NOOP("RubricModel", "Evidence"),
)

_U = Qt.ItemDataRole.UserRole
CodeRole = _U + 1  # section or item code
KindRole = _U + 2  # SECTION / ITEM / CRITERION
StatusRole = _U + 3  # item: met / not_met / not_assessed
LossRole = _U + 4  # item: points lost against its maximum (Decimal)
MissingEvidenceRole = _U + 5  # item: required evidence not attached (bool)
CriterionRole = _U + 6  # criterion: the Criterion
ValueRole = _U + 7  # criterion: the recorded value (None when not recorded)
EditorRole = _U + 8  # criterion: editor kind (criteria.STATUS ...)
SearchRole = _U + 9  # text searched by the filter
ScoreRole = _U + 10  # item / section: score (Decimal)
ChoicesRole = _U + 11  # status / event criterion: [(value, word)], good first, 未评估 last
TitleRole = _U + 12  # the whole title (item: its title without the code; criterion: its text)

STATUS_TEXT = {
    "met": QT_TRANSLATE_NOOP("RubricModel", "met"),
    "not_met": QT_TRANSLATE_NOOP("RubricModel", "not met"),
    "not_assessed": QT_TRANSLATE_NOOP("RubricModel", "not assessed"),
}
COUNTED_TEXT = {
    "ledger": QT_TRANSLATE_NOOP("RubricModel", "counted from the ledger"),
    "dispatch": QT_TRANSLATE_NOOP("RubricModel", "counted from the dispatch records"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("RubricModel", text)


@dataclass(eq=False)
class Node:
    kind: str
    code: str
    title: str
    parent: Node | None
    row: int
    children: list[Node] = field(default_factory=list)
    criterion: Row | None = None
    search: str = ""
    #: a criterion row that continues the one above (the same rule's target, last year ...):
    #: its title is what the value is, the rule's wording stands once above it
    continued: bool = False


def build_tree(rubric: m.Rubric, unit: str | None) -> tuple[list[Node], dict[str, Node]]:
    """Sections -> items (those that apply to the unit's group) -> criteria, and an index."""
    roots: list[Node] = []
    by_code: dict[str, Node] = {}
    for s_row, section in enumerate(rubric.sections):
        snode = Node(SECTION, section.code, section.title, None, s_row)
        snode.search = f"{section.code} {section.title}".lower()
        roots.append(snode)
        by_code[f"section:{section.code}"] = snode
        for item in section.items:
            if item.applies_to is not None and not _applies(rubric, unit, item):
                continue
            inode = Node(ITEM, item.code, item.title, snode, len(snode.children))
            inode.search = " ".join(
                (item.code, item.title, item.content, item.criteria, item.method)
            ).lower()
            snode.children.append(inode)
            by_code[item.code] = inode
            above: Row | None = None
            for c_row, criterion in enumerate(item_rows(item, rubric, unit)):
                cnode = Node(
                    CRITERION, item.code, criterion.text, inode, c_row, criterion=criterion
                )
                cnode.search = criterion.text.lower()
                cnode.continued = (
                    above is not None
                    and above.rule_id == criterion.rule_id
                    and above.text == criterion.text
                    and criterion.key is None
                )
                inode.children.append(cnode)
                above = criterion
    return roots, by_code


def _applies(rubric: m.Rubric, unit_id: str | None, item: m.Item) -> bool:
    unit = rubric.unit(unit_id) if unit_id else None
    return unit is not None and unit.group in (item.applies_to or [])


NOT_ASSESSED = QT_TRANSLATE_NOOP("RubricModel", "Not assessed")
#: The words of a status or event row's choices, by how the rule reads (Row.choice): the good
#: outcome, the bad one. They name what the choice does to the score, so they read right next
#: to a rule worded as a failure ("未开展区域间劳务协作，扣2分": 不扣分 / 扣2分 / 未评估).
CHOICE_WORDS = {
    "deduct": (
        QT_TRANSLATE_NOOP("RubricModel", "No loss"),
        QT_TRANSLATE_NOOP("RubricModel", "Lose {n}"),
    ),
    "award": (
        QT_TRANSLATE_NOOP("RubricModel", "Earn {n}"),
        QT_TRANSLATE_NOOP("RubricModel", "Earn 0"),
    ),
    "require": (
        QT_TRANSLATE_NOOP("RubricModel", "Met"),
        QT_TRANSLATE_NOOP("RubricModel", "Not met"),
    ),
    "gate": (
        QT_TRANSLATE_NOOP("RubricModel", "Scores"),
        QT_TRANSLATE_NOOP("RubricModel", "Scores 0"),
    ),
    "event": (
        QT_TRANSLATE_NOOP("RubricModel", "Didn't happen"),
        QT_TRANSLATE_NOOP("RubricModel", "Happened"),
    ),
}
#: Without a number to name ("得分" for a clause whose points are its item's)
CHOICE_PLAIN = {
    "deduct": QT_TRANSLATE_NOOP("RubricModel", "Lose"),
    "award": QT_TRANSLATE_NOOP("RubricModel", "Earn"),
}


def choices(c: Row) -> list[tuple[object, str]]:
    """The choices of a status or event row as (value to record, word), good first."""
    phrasing = c.choice or ("event" if c.editor == "event" else "require")
    good, bad = CHOICE_WORDS[phrasing]
    points = None if c.effect is None else abs(c.effect)
    words = [
        _t(CHOICE_PLAIN[phrasing])
        if "{n}" in template and not points
        else _t(template).replace("{n}", fmt_points(points or Decimal(0)))
        for template in (good, bad)
    ]
    if c.editor == "event":
        return [(False, words[0]), (True, words[1]), ("not_assessed", _t(NOT_ASSESSED))]
    return [("met", words[0]), ("not_met", words[1]), ("not_assessed", _t(NOT_ASSESSED))]


def chosen(c: Row, value: object) -> object:
    """The choice a recorded value stands for (nothing recorded: 未评估)."""
    if c.editor == "event":
        return value if isinstance(value, bool) else "not_assessed"
    return value or "not_assessed"


def tr_header(column: int) -> str:
    return _t(HEADERS[column])


def tr_status(status: str) -> str:
    return _t(STATUS_TEXT[status])


def signed(value: Decimal) -> str:
    if value > 0:
        return f"+{fmt_points(value)}"
    if value < 0:
        return f"−{fmt_points(-value)}"
    return "0"


STRINGS = (QT_TRANSLATE_NOOP("RubricModel", "bonus"), QT_TRANSLATE_NOOP("RubricModel", "missing"))
LABELS = (
    QT_TRANSLATE_NOOP("RubricModel", "count"),
    QT_TRANSLATE_NOOP("RubricModel", "actual"),
    QT_TRANSLATE_NOOP("RubricModel", "this year"),
    QT_TRANSLATE_NOOP("RubricModel", "last year"),
    QT_TRANSLATE_NOOP("RubricModel", "value"),
    QT_TRANSLATE_NOOP("RubricModel", "precondition"),
    QT_TRANSLATE_NOOP("RubricModel", "times"),
    QT_TRANSLATE_NOOP("RubricModel", "deviation %"),
    QT_TRANSLATE_NOOP("RubricModel", "votes"),
    QT_TRANSLATE_NOOP("RubricModel", "score"),
    QT_TRANSLATE_NOOP("RubricModel", " each"),
)
