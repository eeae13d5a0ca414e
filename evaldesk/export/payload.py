"""The small payload files made in memory (score.json, evidence index, dispatch texts) and the
bag-info fields."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from evaldesk.decimals import fmt_points
from evaldesk.export import approval, bag
from evaldesk.export.content import dispatch_status
from evaldesk.export.names import PlannedEvidence
from evaldesk.export.rotation import Rotation
from evaldesk.export.snapshot import ExportSnapshot
from evaldesk.messages import glossary as g

#: 2: score.json names the signing key (key_fingerprint) and the audit head; bag-info carries
#: EvalDesk-Audit-Head, and may carry EvalDesk-Check-Override and the key rotation tag file.
#: 3: data/approval.json (approvals, review comments, interpretations in force, draft or
#: final); bag-info summarises it (EvalDesk-Status, -Approval-*, -Review-Comments ...).
PACKAGE_FORMAT = "3"


def score_json(snapshot: ExportSnapshot, fingerprint: str) -> bytes:
    data: dict[str, Any] = snapshot.report.to_json()
    rubric = snapshot.rubric
    data["rubric"] = {
        **data["rubric"],
        "title": rubric.title,
        "doc_number": rubric.doc_number,
        "sha256": snapshot.rubric_sha256,
    }
    data["year"] = snapshot.year
    data["office"] = {
        "name": snapshot.office.name,
        "unit": snapshot.office.unit,
        "region": snapshot.office.region,
    }
    data["export_date"] = snapshot.export_date.isoformat()
    data["generator"] = snapshot.generator
    data["key_fingerprint"] = fingerprint
    head = snapshot.audit_head
    data["audit_head"] = None if head is None else {"seq": head.seq, "hash": head.hash}
    override = snapshot.check_override
    if override is not None:
        data["check_override"] = {
            "by": override.by,
            "at": override.at,
            "reason": override.reason,
            "problems": list(override.problems),
        }
    if snapshot.facts is not None:
        # docs/facts-format.md's layout: a receiving office scores the unit again from it.
        data["facts"] = snapshot.facts.model_dump(mode="json", exclude_defaults=True)
    if snapshot.subsidy_inputs:
        data["subsidy_inputs"] = dict(snapshot.subsidy_inputs)
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def evidence_index(plan: list[PlannedEvidence]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [
            "编号",
            "包内路径",
            "原文件名",
            "SHA-256",
            "字节数",
            "类型",
            g.ITEM_LINK.chinese,
            "关联事项",
        ]
    )
    for ev in plan:
        f = ev.file
        writer.writerow(
            [
                ev.ref,
                ev.arcname,
                f.original_name,
                f.sha256,
                f.size,
                f.mime,
                " ".join(f.items),
                "；".join(f.entries),
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # BOM: Excel opens it as UTF-8


def dispatch_texts(snapshot: ExportSnapshot) -> list[tuple[str, bytes]]:
    out = []
    for d in sorted(snapshot.dispatch, key=lambda d: d.quarter):
        lines = [
            f"{snapshot.office.name} {snapshot.year}年{d.label}调度报告",
            f"截止日期：{d.due.isoformat()}",
            f"报送日期：{d.submitted.isoformat() if d.submitted else '未报送'}",
            f"状态：{dispatch_status(d.status)}",
            "",
        ]
        for area, text in d.progress:
            if area:
                lines.append(f"【{area}】")
            lines += [text, ""]
        out.append(
            (f"{snapshot.year}-Q{d.quarter}.txt", ("\r\n".join(lines) + "\r\n").encode("utf-8"))
        )
    return out


def bag_info_fields(
    snapshot: ExportSnapshot,
    package_id: str,
    digest: str,
    fpr: str,
    fonts: str,
    sizes: list[int],
    last_rotation: Rotation | None = None,
) -> list[tuple[str, str]]:
    report, rubric, office = snapshot.report, snapshot.rubric, snapshot.office
    head = snapshot.audit_head
    override = snapshot.check_override
    rotated = ""
    if last_rotation is not None:
        rotated = (
            f"{last_rotation.old_fingerprint} -> {last_rotation.new_fingerprint} "
            f"{last_rotation.day.isoformat()} ({bag.ROTATION})"
        )
    return [
        ("Source-Organization", office.name),
        ("Organization-Address", office.region),
        ("Contact-Name", office.contact),
        ("Contact-Phone", office.phone),
        ("External-Description", f"{snapshot.year}年度自评报送包：{rubric.title}"),
        ("External-Identifier", package_id),
        ("Bagging-Date", snapshot.export_date.isoformat()),
        ("Bag-Software-Agent", snapshot.generator),
        ("Payload-Oxum", bag.payload_oxum(sizes)),
        ("EvalDesk-Package-Format", PACKAGE_FORMAT),
        ("EvalDesk-Year", str(snapshot.year)),
        ("EvalDesk-Rubric-Id", rubric.id),
        ("EvalDesk-Rubric-Version", str(rubric.version)),
        ("EvalDesk-Rubric-Title", rubric.title),
        ("EvalDesk-Rubric-Doc-Number", rubric.doc_number),
        ("EvalDesk-Rubric-SHA256", snapshot.rubric_sha256),
        ("EvalDesk-Unit", office.unit or ""),
        ("EvalDesk-Self-Score", fmt_points(report.total)),
        ("EvalDesk-Max-Score", fmt_points(report.max) if report.max is not None else ""),
        ("EvalDesk-Grade", report.grade or ""),
        (bag.CONTENT_DIGEST_FIELD, digest),
        ("EvalDesk-Key-Fingerprint", fpr.replace(" ", "")),
        (
            "EvalDesk-Signature",
            f"{bag.SIGNATURE} (Ed25519 over {bag.TAGMANIFEST}, key {bag.PUBLIC_KEY})",
        ),
        ("EvalDesk-Report-Font", fonts),
        (bag.AUDIT_HEAD_FIELD, head.text() if head is not None else ""),
        ("EvalDesk-Key-Rotation", rotated),
        (
            "EvalDesk-Check-Override",
            f"{override.at} {override.by}: {override.reason}" if override is not None else "",
        ),
        *approval.bag_info_fields(snapshot.review, report),
    ]
