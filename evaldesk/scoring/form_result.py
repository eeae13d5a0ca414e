"""The result of one report-form check and the comparison rule shared by every check.

A stated figure is compared at the precision it is written with: a percentage printed as
"9%" is right when the computed 9.02% rounds to 9, because a whole-percent figure cannot say
more. What is left is the difference; within the form's tolerance it is shown but accepted.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from evaldesk.messages import Lang, Message, msg

CheckStatus = Literal["ok", "within_tolerance", "mismatch", "not_filled", "not_applicable"]
CheckKind = Literal["sum", "ratio", "indicator", "score", "grade"]
STATUSES: tuple[CheckStatus, ...] = (
    "ok",
    "within_tolerance",
    "mismatch",
    "not_filled",
    "not_applicable",
)


def status_message(status: str) -> Message:
    """相符, 不符, 未填写 ...: the wording of a check's status (``form.status.*``)."""
    return msg(f"form.status.{status}")


class _ChineseStatus(Mapping[str, str]):
    """The statuses in Chinese, for the PDF report (written in Chinese whatever the UI's
    language); read from the catalog, so there is one wording."""

    def __getitem__(self, status: str) -> str:
        if status not in STATUSES:
            raise KeyError(status)
        return status_message(status).text("zh")

    def __iter__(self) -> Iterator[str]:
        return iter(STATUSES)

    def __len__(self) -> int:
        return len(STATUSES)


STATUS_TEXT: Mapping[str, str] = _ChineseStatus()
_MARKS = {"ok": "✓", "within_tolerance": "≈", "not_applicable": "－"}


@dataclass(frozen=True, slots=True)
class FormCheckResult:
    """One check: its wording, the computed and the stated value and how they differ.

    ``wording`` says what is checked (the rubric's own text, or a catalog message), ``reason``
    what was found; ``text`` and ``detail`` are the two in the current language.
    ``difference`` is computed minus stated, measured at the stated figure's precision.
    ``cells`` are what the check reads (the stated cell first); ``missing`` the ones left
    blank that make it "not filled"; ``zeroed`` blank cells the rubric lets count as 0.
    ``computed_text`` / ``stated_text`` are ready to print ("27.45%", "优").
    """

    id: str
    kind: CheckKind
    wording: Message
    status: CheckStatus
    computed: Decimal | None = None
    stated: Decimal | None = None
    difference: Decimal | None = None
    unit: str = ""
    cells: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    zeroed: tuple[str, ...] = ()
    reason: Message | None = None
    computed_text: str = ""
    stated_text: str = ""

    @property
    def text(self) -> str:
        return self.wording.text()

    @property
    def detail(self) -> str:
        return self.reason.text() if self.reason is not None else ""

    @property
    def ok(self) -> bool:
        """False when the form is wrong or incomplete here; a difference within tolerance is ok."""
        return self.status in ("ok", "within_tolerance", "not_applicable")

    @property
    def reported(self) -> bool:
        """True when a reader must look: any difference (even within tolerance), any blank."""
        return self.status not in ("ok", "not_applicable")

    def line(self, lang: Lang | None = None) -> str:
        """ "✓ 支出合计=各项之和〔相符〕：…", in ``lang`` or the current language."""
        tail = msg("form.tail", detail=self.reason) if self.reason is not None else ""
        shown = msg(
            "form.line",
            mark=_MARKS.get(self.status, "✗"),
            check=self.wording,
            status=status_message(self.status),
            tail=tail,
        )
        return shown.text(lang)

    def to_json(self) -> dict[str, Any]:
        def num(value: Decimal | None) -> str | None:
            return None if value is None else format(value, "f")

        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.wording.text("zh"),
            "wording": self.wording.to_json(),
            "status": self.status,
            "ok": self.ok,
            "computed": num(self.computed),
            "stated": num(self.stated),
            "difference": num(self.difference),
            "unit": self.unit,
            "cells": list(self.cells),
            "missing": list(self.missing),
            "zeroed": list(self.zeroed),
            "detail": self.reason.text("zh") if self.reason is not None else "",
            "reason": self.reason.to_json() if self.reason is not None else None,
            "computed_text": self.computed_text,
            "stated_text": self.stated_text,
            "line": self.line("zh"),
        }


def places(value: Decimal) -> int:
    """Decimal places a figure is written with (9 -> 0, 22.6 -> 1, 27.45 -> 2)."""
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def at_places(value: Decimal, n: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def compare(
    computed: Decimal, stated: Decimal, tolerance: Decimal, *, at_stated_precision: bool = True
) -> tuple[CheckStatus, Decimal]:
    """Status and difference (computed − stated).

    With ``at_stated_precision`` the computed value is first rounded to the stated figure's
    decimals (rounded report figures); without it the two are compared as they are (scores).
    """
    n = places(stated)
    if at_stated_precision and places(computed) > n:
        computed = at_places(computed, n)
    difference = computed - stated
    if difference == 0:
        return "ok", difference
    if abs(difference) <= tolerance:
        return "within_tolerance", difference
    return "mismatch", difference


def text_of(value: Decimal | None, unit: str = "") -> str:
    return "" if value is None else f"{format(value, 'f')}{unit}"
