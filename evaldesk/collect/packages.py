"""What a receiving office reads off a verified package before it takes it in: is it for this
year and rubric, which unit sent it, is it later than the one it has, and do the
unit's interpretations in force differ from the office's. Pure: bag-info fields and score.json
data in, answers (and messages) out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from evaldesk.messages import Message, msg
from evaldesk.scoring.report import InterpretationUse

#: bag-info field naming what a package is: absent for a unit's report, "result" for what a
#: receiving office sends back (evaldesk.export.result_package).
KIND_FIELD = "EvalDesk-Package-Kind"
RESULT_KIND = "result"
#: An export time finer than the day, if a package carries one (``HH:MM:SS`` or ISO).
TIME_FIELD = "EvalDesk-Export-Time"


def export_order(bag_info: Mapping[str, str]) -> str:
    """The package's signed export time as one sortable text: the export date (Bagging-Date),
    then an export time if given, then the unit's audit head (every export records one more
    audit row, so a later export of the same office has a larger number)."""
    day = bag_info.get("Bagging-Date", "").strip()
    time = bag_info.get(TIME_FIELD, "").strip()
    head = bag_info.get("EvalDesk-Audit-Head", "").split(" ", 1)[0]
    seq = int(head) if head.isdigit() else 0
    return f"{day}|{time}|{seq:012d}"


def order_text(order: str) -> str:
    """An export order as people read it: ``2025-01-15 (audit row 412)``."""
    day, time, seq = [*order.split("|"), "", "", "0"][:3]
    shown = f"{day} {time}".strip()
    return f"{shown} #{int(seq)}" if seq.strip("0") else shown


@dataclass(frozen=True, slots=True)
class Expected:
    """What this receiving office takes: one year of one rubric."""

    year: int
    rubric_id: str
    rubric_title: str


def refusal(bag_info: Mapping[str, str], expected: Expected) -> tuple[str, Message] | None:
    """(code, reason) when the package is not one this office takes, else None."""
    if bag_info.get(KIND_FIELD, "").strip() == RESULT_KIND:
        return "result-package", msg("collect.refused.result_package")
    rubric = bag_info.get("EvalDesk-Rubric-Id", "")
    if rubric != expected.rubric_id:
        title = bag_info.get("EvalDesk-Rubric-Title", "") or rubric
        return "wrong-rubric", msg(
            "collect.refused.rubric", found=title, expected=expected.rubric_title
        )
    year = bag_info.get("EvalDesk-Year", "")
    if year != str(expected.year):
        return "wrong-year", msg("collect.refused.year", found=year, expected=expected.year)
    return None


# ---------------------------------------------------------------------- which unit


class UnitLike(Protocol):
    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def rubric_unit(self) -> str | None: ...


def candidates(bag_info: Mapping[str, str], units: Sequence[UnitLike]) -> list[str]:
    """The units on the list a package may come from, by what it says of itself: its rubric
    unit (EvalDesk-Unit), narrowed by its office name when several units are scored as the
    same rubric unit (000's departments); by name alone when it names no rubric unit."""
    said = bag_info.get("EvalDesk-Unit", "").strip()
    name = bag_info.get("Source-Organization", "").strip()
    if said:
        same = [u for u in units if u.rubric_unit == said]
        if len(same) > 1:
            named = [u for u in same if u.name == name]
            return [u.code for u in (named or same)]
        return [u.code for u in same]
    return [u.code for u in units if u.name == name]


def unit_mismatch(bag_info: Mapping[str, str], unit: UnitLike) -> Message | None:
    """A package signed by a unit's key that says it is another rubric unit's."""
    said = bag_info.get("EvalDesk-Unit", "").strip()
    if said and unit.rubric_unit is not None and said != unit.rubric_unit:
        return msg("collect.refused.unit_mismatch", unit=unit.name, said=said)
    return None


# ---------------------------------------------------------------------- interpretations


def _number(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def interpretation_differences(
    package: Iterable[Mapping[str, Any]], office: Iterable[InterpretationUse]
) -> list[dict[str, Any]]:
    """Where the interpretations the unit scored with differ from the office's in force:
    one entry per interpretation id (``package``/``office`` values as text, ``None`` when
    that side does not have it). The office's are the ones that count."""
    theirs = {str(p.get("id")): p for p in package if isinstance(p, Mapping)}
    ours = {u.id: u for u in office}
    out: list[dict[str, Any]] = []
    for iid in sorted(set(theirs) | set(ours)):
        mine, other = ours.get(iid), theirs.get(iid)
        if mine is None or other is None:
            title = mine.title if mine is not None else str((other or {}).get("title", ""))
            out.append(
                {
                    "id": iid,
                    "title": title,
                    "package": None if other is None else _shown(other.get("value")),
                    "office": None if mine is None else _shown(mine.value),
                    "set_by_unit": bool(other and other.get("set_by_office")),
                    "missing": "package" if other is None else "office",
                }
            )
            continue
        a, b = _number(other.get("value")), mine.value
        if a != b:
            out.append(
                {
                    "id": iid,
                    "title": mine.title,
                    "package": _shown(other.get("value")),
                    "office": _shown(b),
                    "set_by_unit": bool(other.get("set_by_office")),
                    "missing": None,
                }
            )
    return out


def _shown(value: Any) -> str | None:
    number = _number(value)
    if number is None:
        return None if value is None else str(value)
    from evaldesk.decimals import fmt_points

    return fmt_points(number)


def difference_line(diff: Mapping[str, Any]) -> Message:
    """One difference, for people: "季度调度满分100分：单位 80，本办公室 100"."""
    if diff.get("missing") == "package":
        return msg("collect.interp.missing_in_package", title=diff["title"], id=diff["id"])
    if diff.get("missing") == "office":
        return msg("collect.interp.missing_in_office", title=diff["title"], id=diff["id"])
    return msg(
        "collect.interp.differs",
        title=diff["title"],
        package=diff.get("package") or "—",
        office=diff.get("office") or "—",
    )
