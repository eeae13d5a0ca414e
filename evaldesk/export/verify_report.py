"""The result of verifying a package, and its documented ``--json`` layout."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from evaldesk.export import bag
from evaldesk.export.zipsafe import Problem

CHECKS = (
    "zip_safety",
    "structure",
    "completeness",
    "hashes",
    "oxum",
    "signature",
    "expected_key",
    "content_digest",
)
VERIFY_JSON_VERSION = 1


@dataclass
class VerifyReport:
    package: str
    problems: list[Problem] = field(default_factory=list)
    bag: str | None = None
    info: dict[str, str] = field(default_factory=dict)
    fingerprint: str | None = None
    expected_key: bool | None = None
    files: int = 0
    bytes: int = 0
    ran: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, check: str, code: str, path: str, message: str) -> None:
        self.problems.append(Problem(check, code, path, message))

    def status(self, check: str) -> str:
        if any(p.check == check for p in self.problems):
            return "failed"
        return "ok" if check in self.ran else "skipped"

    def to_json(self) -> dict[str, Any]:
        """The documented ``--json`` layout (docs/package-format.md)."""
        info = self.info
        return {
            "format": "evaldesk-verify",
            "version": VERIFY_JSON_VERSION,
            "package": self.package,
            "valid": self.ok,
            "bag": self.bag,
            "package_id": info.get("External-Identifier"),
            "office": info.get("Source-Organization"),
            "year": info.get("EvalDesk-Year"),
            "rubric": {
                "id": info.get("EvalDesk-Rubric-Id"),
                "doc_number": info.get("EvalDesk-Rubric-Doc-Number"),
            },
            "self_score": info.get("EvalDesk-Self-Score"),
            "grade": info.get("EvalDesk-Grade") or None,
            "content_sha256": info.get(bag.CONTENT_DIGEST_FIELD),
            "key_fingerprint": self.fingerprint,
            "expected_key": self.expected_key,
            "payload": {"files": self.files, "bytes": self.bytes},
            "checks": {check: self.status(check) for check in CHECKS},
            "problems": [p.to_json() for p in self.problems],
        }
