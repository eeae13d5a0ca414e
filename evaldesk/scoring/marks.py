"""The interpretations a report carries: the rubric with the office's values in force, and for
every item, section, part and the total, the interpretations bearing on what it shows.

Both are worked out once per rubric (and set of office values) and kept: a rubric never changes
once loaded, and a rescore must not walk every number of it again.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from evaldesk.rubrics import model as m
from evaldesk.rubrics.addresses import address_names, worded
from evaldesk.rubrics.interpretations import bearing_on, default_values, with_office_values
from evaldesk.scoring.report import InterpretationUse

_MAX_KEPT = 32
_effective: dict[tuple[int, tuple[tuple[str, Decimal], ...]], tuple[m.Rubric, m.Rubric]] = {}
_marks: dict[int, tuple[m.Rubric, dict[str, tuple[str, ...]]]] = {}
_uses: dict[
    tuple[int, tuple[tuple[str, Decimal], ...]], tuple[m.Rubric, tuple[InterpretationUse, ...]]
] = {}


def in_force(rubric: m.Rubric, office: Mapping[str, Decimal]) -> m.Rubric:
    """``rubric`` with the office's values for its settable interpretations."""
    if not office:
        return rubric
    key = (id(rubric), tuple(sorted(office.items())))
    hit = _effective.get(key)
    if hit is not None and hit[0] is rubric:  # the rubric is kept, so its id is not reused
        return hit[1]
    if len(_effective) >= _MAX_KEPT:
        _effective.clear()
    effective = with_office_values(rubric, office)
    _effective[key] = (rubric, effective)
    return effective


def marks(rubric: m.Rubric) -> dict[str, tuple[str, ...]]:
    """Place (``item:一.1``, ``section:五``, ``part:dispatch``, ``total``) -> interpretation ids."""
    hit = _marks.get(id(rubric))
    if hit is not None and hit[0] is rubric:
        return hit[1]
    if len(_marks) >= _MAX_KEPT:
        _marks.clear()
    found = {place: tuple(ids) for place, ids in bearing_on(rubric).items()}
    _marks[id(rubric)] = (rubric, found)
    return found


def uses(rubric: m.Rubric, office: Mapping[str, Decimal]) -> tuple[InterpretationUse, ...]:
    """Every interpretation of ``rubric`` (the file's), with the value in force."""
    key = (id(rubric), tuple(sorted(office.items())))
    hit = _uses.get(key)
    if hit is not None and hit[0] is rubric:
        return hit[1]
    if len(_uses) >= _MAX_KEPT:
        _uses.clear()
    defaults = default_values(rubric)  # one walk of the rubric's numbers, not one per entry
    names = address_names(rubric)
    found = tuple(
        InterpretationUse(
            id=i.id,
            kind=i.kind,
            title=i.title,
            # A reason may name the file's own fields ("eligible_min 100"): shown in words.
            reason=worded(i.reason, "zh", names),
            source=i.source,
            document=i.document,
            applies_to=tuple(i.applies_to),
            settable=i.settable,
            value=office[i.id] if i.id in office else defaults[i.id],
            set_by_office=i.id in office,
        )
        for i in rubric.interpretations
    )
    _uses[key] = (rubric, found)
    return found
