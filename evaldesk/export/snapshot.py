"""What an export is made of: plain frozen data, owned by the exporter.

The services layer builds an :class:`ExportSnapshot` from the store (one office, one year) and
hands it to :func:`evaldesk.export.package.export_package`. Nothing here touches the store, so
the exporter can be tested with a rubric, a real ``score()`` result and files on disk.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal

from evaldesk import __version__
from evaldesk.errors import InputError
from evaldesk.export.approval import Review, draft_reasons
from evaldesk.messages import Message, msg, semicolons
from evaldesk.rubrics.model import Rubric
from evaldesk.scoring.facts import Facts
from evaldesk.scoring.form_result import FormCheckResult
from evaldesk.scoring.report import ScoreReport

DispatchStatus = Literal["on_time", "late", "missing", "pending"]
DISPATCH_STATUS_TEXT: dict[str, str] = {
    "on_time": "按时报送",
    "late": "逾期报送",
    "missing": "未报送",
    "pending": "未到报送期",
}

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class Office:
    name: str
    unit: str | None = None  # the rubric unit whose targets apply (town, district), if any
    region: str = ""  # e.g. 湖南省怀化市靖州县
    contact: str = ""  # 联系人
    phone: str = ""


@dataclass(frozen=True, slots=True)
class LedgerRow:
    source: str  # 上级交办事项 / 督导发现问题 / 群众反映问题 ...
    title: str
    responsible: str
    received: date
    deadline: date | None
    status: str  # as shown to the clerk: 办理中, 已办结 ...
    done: date | None
    item_code: str | None
    overdue: bool  # not done by its deadline ("not done in time")


@dataclass(frozen=True, slots=True)
class DispatchRow:
    quarter: int  # 1..4
    due: date
    submitted: date | None
    status: DispatchStatus
    progress: tuple[tuple[str, str], ...] = ()  # (rubric area, progress text) in order

    @property
    def label(self) -> str:
        return f"第{'一二三四'[self.quarter - 1]}季度"


@dataclass(frozen=True, slots=True)
class EvidenceFile:
    blob: Path  # the stored (content-addressed) file on disk
    original_name: str
    sha256: str  # lowercase hex, as recorded by the store; checked again while copying
    size: int
    mime: str = "application/octet-stream"
    items: tuple[str, ...] = ()  # linked rubric item codes
    entries: tuple[str, ...] = ()  # linked ledger entries / dispatch quarters, as labels


@dataclass(frozen=True, slots=True)
class Evaluator:
    name: str
    title: str = ""  # 职务/职称
    unit: str = ""  # 单位


@dataclass(frozen=True, slots=True)
class SignOff:
    """The people the sign-off page names. The head's line is not here: it shows the year's
    approval (ExportSnapshot.review), so the report never looks signed when it is not."""

    evaluators: tuple[Evaluator, ...] = ()
    leader: str = ""  # 评价组组长
    filled_by: str = ""  # 填报人
    phone: str = ""


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The office's audit chain at export: its newest row. Printed into bag-info.txt and
    score.json (signed), it anchors the chain outside the database (docs/store.md)."""

    seq: int
    hash: str

    def text(self) -> str:
        return f"{self.seq} {self.hash}"


@dataclass(frozen=True, slots=True)
class CheckOverride:
    """The office exported although `evaldesk check` found the data and its audit log apart:
    who decided, when, why, and what differed. Carried in bag-info.txt, score.json and
    approval.json, and printed in the PDF's 审核 section."""

    by: str  # display name of the head who decided
    at: str  # ISO timestamp (UTC)
    reason: str
    problems: tuple[str, ...] = ()  # what check reported, in Chinese


@dataclass(frozen=True, slots=True)
class FormIndicator:
    """One indicator the office lists under a scored category of a report form."""

    target: str  # 绩效目标
    completion: str  # 完成情况
    score: Decimal | None = None


@dataclass(frozen=True, slots=True)
class FormData:
    """The filled report form of a ``kind: report`` rubric: profile fields (including sign-off
    ``<block>.opinion|signer|date`` keys), table cells, indicator rows and text-table rows."""

    profile: Mapping[str, str] = field(default_factory=dict)
    tables: Mapping[str, Mapping[str, Mapping[str, Decimal | None]]] = field(default_factory=dict)
    indicators: Mapping[str, Sequence[FormIndicator]] = field(default_factory=dict)
    texts: Mapping[str, Sequence[Mapping[str, str]]] = field(default_factory=dict)

    @classmethod
    def from_facts(cls, facts: Facts) -> FormData:
        return cls(
            profile=dict(facts.profile),
            tables=facts.tables,
            indicators={
                code: tuple(FormIndicator(r.target, r.completion, r.score) for r in rows)
                for code, rows in facts.indicators.items()
            },
            texts=facts.texts,
        )


@dataclass(frozen=True, slots=True)
class ExportSnapshot:
    office: Office
    year: int
    rubric: Rubric
    rubric_sha256: str
    report: ScoreReport
    export_date: date
    ledger: tuple[LedgerRow, ...] = ()
    dispatch: tuple[DispatchRow, ...] = ()
    evidence: tuple[EvidenceFile, ...] = ()
    signoff: SignOff = field(default_factory=SignOff)
    form: FormData | None = None
    form_checks: tuple[FormCheckResult, ...] = ()  # evaldesk.scoring.forms.check_form()
    generator: str = f"EvalDesk {__version__}"
    audit_head: AuditHead | None = None
    check_override: CheckOverride | None = None
    #: the year's approvals and review comments (evaldesk.export.approval)
    review: Review = field(default_factory=Review)
    #: What the score was computed from, carried in score.json so a receiving office can score
    #: the unit again with what only it knows (rankings, ballots): the facts, and the inputs
    #: only the money needs (evaldesk.scoring.subsidies.SubsidyInputs as data).
    facts: Facts | None = None
    subsidy_inputs: Mapping[str, object] | None = None

    @property
    def draft_reasons(self) -> tuple[Message, ...]:
        """Why this package is a draft (草稿); empty when it is final."""
        return draft_reasons(self.review, self.report)

    @property
    def draft(self) -> bool:
        return bool(self.draft_reasons)

    def problems(self) -> list[Message]:
        """What makes this snapshot unexportable, each saying what to fix."""
        out: list[Message] = []
        if not self.office.name.strip():
            out.append(msg("export.no_office_name"))
        if not 1900 <= self.year <= 2999:
            out.append(msg("export.bad_year", year=self.year))
        if self.report.rubric_id != self.rubric.id:
            out.append(
                msg("export.other_rubric", scored=self.report.rubric_id, rubric=self.rubric.id)
            )
        if not _SHA256.match(self.rubric_sha256):
            out.append(msg("export.rubric_sha256"))
        codes = {item.code for item in self.rubric.items()}
        for row in self.ledger:
            if row.item_code is not None and row.item_code not in codes:
                out.append(msg("export.ledger_unknown_item", title=row.title, code=row.item_code))
        for d in self.dispatch:
            if not 1 <= d.quarter <= 4:
                out.append(msg("export.bad_quarter", quarter=d.quarter))
        for ev in self.evidence:
            name = ev.original_name
            if not _SHA256.match(ev.sha256):
                out.append(msg("export.evidence_sha256", name=name))
            if ev.size < 0:
                out.append(msg("export.evidence_negative_size", name=name))
            unknown = [c for c in ev.items if c not in codes]
            if unknown:
                out.append(msg("export.evidence_unknown_items", name=name, codes=unknown))
            try:
                actual = ev.blob.stat().st_size
            except OSError:
                out.append(msg("export.evidence_missing", name=name, file=str(ev.blob)))
                continue
            if actual != ev.size:
                out.append(msg("export.evidence_size", name=name, actual=actual, size=ev.size))
        return out

    def check(self) -> None:
        problems = self.problems()
        if problems:
            raise InputError(
                msg("export.cannot_export", problem=problems[0]),
                hint=msg("text", text=semicolons(problems[1:])) if problems[1:] else None,
            )
