"""The result of verifying a package, and its documented ``--json`` layout (version 2).

Two answers are kept apart: whether the package is *intact* (every byte as signed, by the key
it carries) and who signed it: ``trusted`` (on the trust list, or handed over to by a trusted
key), ``untrusted`` (a trust list was given and the key is not on it) or ``unverified`` (no
trust list: compare the fingerprint by phone or letter). A package is accepted (``valid``,
exit 0) when it is intact and its signer is not untrusted. Apart from both: whether it is a
draft (草稿) or final, as it says (format 3 on), checked to agree in every place it is said.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from evaldesk.export import bag
from evaldesk.export.trust import SignerStatus
from evaldesk.export.zipsafe import Problem
from evaldesk.messages import Message

CHECKS = (
    "zip_safety",
    "structure",
    "completeness",
    "hashes",
    "oxum",
    "signature",
    "expected_key",
    "content_digest",
    "approval",
    "trust",
)
#: 3: ``draft``, ``approval`` and the ``approval`` check (package format 3).
VERIFY_JSON_VERSION = 3


@dataclass(frozen=True, slots=True)
class RotationSeen:
    old: str  # grouped fingerprints
    new: str
    day: str
    endorsed: bool
    reason: str


@dataclass
class VerifyReport:
    package: str
    problems: list[Problem] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    bag: str | None = None
    info: dict[str, str] = field(default_factory=dict)
    fingerprint: str | None = None
    expected_key: bool | None = None
    signer: SignerStatus = "unverified"
    signer_label: str | None = None
    via_rotation: str | None = None  # the trusted old key a rotation chain leads from
    trust_source: str | None = None
    rotations: list[RotationSeen] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    ran: set[str] = field(default_factory=set)
    #: ``draft`` or ``final`` (bag-info's EvalDesk-Status, format 3 on); None when not recorded
    package_status: str | None = None
    draft_reasons: list[Message] = field(default_factory=list)
    #: from approval.json: the year's approval ({name, at, comment, ...}) and comment counts
    year_approval: dict[str, Any] | None = None
    comments: int | None = None
    comments_open: int | None = None

    @property
    def draft(self) -> bool | None:
        return None if self.package_status is None else self.package_status == "draft"

    #: (path, SHA-256, size) of every payload file whose hash matched (not in the JSON)
    payload_files: list[tuple[str, str, int]] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not any(p.check not in ("trust", "expected_key") for p in self.problems)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, check: str, code: str, path: str, message: Message) -> None:
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
            "intact": self.intact,
            "signer": {
                "status": self.signer,
                "fingerprint": self.fingerprint,
                "label": self.signer_label,
                "via_rotation": self.via_rotation,
                "trust_list": self.trust_source,
            },
            "bag": self.bag,
            "package_format": info.get("EvalDesk-Package-Format"),
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
            "audit_head": info.get(bag.AUDIT_HEAD_FIELD),
            "key_fingerprint": self.fingerprint,
            "expected_key": self.expected_key,
            "key_rotations": [
                {
                    "old": r.old,
                    "new": r.new,
                    "date": r.day,
                    "signed_by_old_key": r.endorsed,
                    "reason": r.reason,
                }
                for r in self.rotations
            ],
            "draft": self.draft,
            "approval": None
            if self.package_status is None
            else {
                "status": self.package_status,
                "draft_reasons": [m.to_json() for m in self.draft_reasons],
                "year": self.year_approval,
                "comments": self.comments,
                "comments_open": self.comments_open,
            },
            "payload": {"files": self.files, "bytes": self.bytes},
            "checks": {check: self.status(check) for check in CHECKS},
            "problems": [p.to_json() for p in self.problems],
            "notes": [n.to_json() for n in self.notes],
        }
