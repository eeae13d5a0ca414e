"""Plain rows of the receiving office (and of the results a unit received), for services and UI."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from evaldesk.store import jsonval
from evaldesk.store.models import (
    CollectBallot,
    CollectFile,
    CollectPackage,
    CollectReview,
    CollectUnit,
    ReceivedResult,
)


@dataclass(frozen=True, slots=True)
class UnitRec:
    code: str
    name: str
    rubric_unit: str | None
    position: int
    removed: bool = False

    @staticmethod
    def of(row: CollectUnit) -> UnitRec:
        return UnitRec(
            row.code, row.name, row.rubric_unit, row.position, row.removed_at is not None
        )

    def audit(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "rubric_unit": self.rubric_unit,
            "position": self.position,
            "removed": self.removed,
        }


@dataclass(frozen=True, slots=True)
class FileRec:
    path: str
    sha256: str
    size: int

    @staticmethod
    def of(row: CollectFile) -> FileRec:
        return FileRec(row.path, row.sha256, row.size)


def files_digest(files: list[FileRec] | list[tuple[str, str, int]]) -> str:
    """One digest over a package's file list (what the audit row records of it)."""
    rows = sorted((f.path, f.sha256, f.size) if isinstance(f, FileRec) else f for f in files)
    return hashlib.sha256(jsonval.dumps(rows).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class PackageRec:
    id: int
    unit_code: str
    package_id: str
    content_sha256: str
    fingerprint: str
    export_order: str
    file_name: str
    file_size: int
    self_score: str | None
    grade: str | None
    bag_info: dict[str, str]
    flags: dict[str, Any]
    imported_at: str
    imported_by: str

    @property
    def draft(self) -> bool:
        """Imported as a draft, flagged ``draft``, by a build from before drafts were refused
        (evaldesk.services.collect_import): never in force."""
        return bool(self.flags.get("draft"))

    @staticmethod
    def of(row: CollectPackage) -> PackageRec:
        return PackageRec(
            row.id,
            row.unit_code,
            row.package_id,
            row.content_sha256,
            row.fingerprint,
            row.export_order,
            row.file_name,
            row.file_size,
            row.self_score,
            row.grade,
            dict(jsonval.loads(row.bag_info)),
            dict(jsonval.loads(row.flags)),
            row.imported_at,
            row.imported_by,
        )


def package_audit(row: CollectPackage, files: list[FileRec]) -> dict[str, Any]:
    """What the audit log records of an imported package (and check compares)."""
    return {
        "unit_code": row.unit_code,
        "package_id": row.package_id,
        "content_sha256": row.content_sha256,
        "fingerprint": row.fingerprint,
        "export_order": row.export_order,
        "file_name": row.file_name,
        "file_size": row.file_size,
        "self_score": row.self_score,
        "grade": row.grade,
        "bag_info_sha256": hashlib.sha256(row.bag_info.encode("utf-8")).hexdigest(),
        "files": len(files),
        "files_sha256": files_digest(files),
    }


@dataclass(frozen=True, slots=True)
class ReviewRec:
    unit_code: str
    item_code: str
    kind: str  # initial / final
    value: str | None
    reason: str
    updated_at: str
    updated_by: str

    @staticmethod
    def of(row: CollectReview) -> ReviewRec:
        return ReviewRec(
            row.unit_code,
            row.item_code,
            row.kind,
            row.value,
            row.reason,
            row.updated_at,
            row.updated_by,
        )


@dataclass(frozen=True, slots=True)
class BallotRec:
    id: int
    sheet: str
    voter: str
    grades: dict[str, str]
    note: str
    entered_at: str
    entered_by: str
    withdrawn: bool
    #: why it was withdrawn (not part of the audited state: the withdrawal's audit row has it)
    withdraw_reason: str = ""

    @staticmethod
    def of(row: CollectBallot) -> BallotRec:
        return BallotRec(
            row.id,
            row.sheet,
            row.voter,
            dict(jsonval.loads(row.grades)),
            row.note,
            row.entered_at,
            row.entered_by,
            row.withdrawn_at is not None,
            row.withdraw_reason or "",
        )

    def audit(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "voter": self.voter,
            "grades": self.grades,
            "note": self.note,
            "withdrawn": self.withdrawn,
        }


@dataclass(frozen=True, slots=True)
class ResultRec:
    id: int
    year: int
    package_id: str
    content_sha256: str
    issuer: str
    fingerprint: str
    issued_order: str
    final_score: str | None
    grade: str | None
    result: dict[str, Any]
    report_sha256: str | None
    imported_at: str
    imported_by: str

    @staticmethod
    def of(row: ReceivedResult) -> ResultRec:
        return ResultRec(
            row.id,
            row.year,
            row.package_id,
            row.content_sha256,
            row.issuer,
            row.fingerprint,
            row.issued_order,
            row.final_score,
            row.grade,
            dict(jsonval.loads(row.result)),
            row.report_sha256,
            row.imported_at,
            row.imported_by,
        )

    def audit(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "package_id": self.package_id,
            "content_sha256": self.content_sha256,
            "issuer": self.issuer,
            "fingerprint": self.fingerprint,
            "final_score": self.final_score,
            "grade": self.grade,
            "report_sha256": self.report_sha256,
        }
