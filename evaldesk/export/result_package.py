"""A unit's result package: what the receiving office sends back, signed like a unit's package.

The same BagIt + Ed25519 layout as the report package (docs/package-format.md), so `evaldesk
verify`, a BagIt validator and openssl check it the same way; bag-info says what it is
(``EvalDesk-Package-Kind: result``) and whom it answers::

    <name>/bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt(.sig),
           public-key.pem (the receiving office's key)
    <name>/data/result.json   the unit's final score, per item (自评 / 初评 / 审定 / final, with
                              the reviewers' reasons and how each number came about), its
                              place, rankings, votes, awards, the office's decisions
    <name>/data/report.pdf    the same, printed (it carries the content digest and the key)

Small: written in memory, then to a temporary file renamed into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from evaldesk.collect.packages import KIND_FIELD, RESULT_KIND
from evaldesk.decimals import fmt_points
from evaldesk.errors import StoreError
from evaldesk.export import bag
from evaldesk.export.deflate import deflate_data
from evaldesk.export.fonts import FontKit
from evaldesk.export.keys import fingerprint, public_pem
from evaldesk.export.names import safe_component
from evaldesk.export.result_content import UnitResult
from evaldesk.export.result_pdf import render_unit_result
from evaldesk.export.zipdet import zip_info
from evaldesk.messages import msg

RESULT_JSON = "data/result.json"


@dataclass(frozen=True, slots=True)
class WrittenResult:
    path: Path
    package_id: str
    content_digest: str
    fingerprint: str


def _num(value: object) -> str:
    from decimal import Decimal

    return fmt_points(value) if isinstance(value, Decimal) else ""


def write_result_package(
    result: UnitResult, out: Path, key: Ed25519PrivateKey, fonts: FontKit | None = None
) -> WrittenResult:
    fpr = fingerprint(key.public_key())
    data = result.to_json(fpr)
    result_json = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    hashes = {RESULT_JSON: hashlib.sha256(result_json).hexdigest()}
    digest = bag.content_digest(bag.manifest_bytes(hashes.items()))
    package_id = "-".join(digest[i : i + 4].upper() for i in range(0, 16, 4))
    report = render_unit_result(result, package_id, digest, fpr, fonts)
    hashes[bag.REPORT] = hashlib.sha256(report).hexdigest()
    payload = {RESULT_JSON: result_json, bag.REPORT: report}
    info = bag.bag_info_bytes(
        [
            ("Source-Organization", result.issuer.name),
            ("Organization-Address", result.issuer.region),
            ("External-Description", f"{result.year}年度考核结果：{result.unit_name}"),
            ("External-Identifier", package_id),
            ("Bagging-Date", result.issuer.issued.isoformat()),
            ("Bag-Software-Agent", result.issuer.generator),
            ("Payload-Oxum", bag.payload_oxum(len(d) for d in payload.values())),
            ("EvalDesk-Package-Format", "2"),
            (KIND_FIELD, RESULT_KIND),
            ("EvalDesk-Year", str(result.year)),
            ("EvalDesk-Rubric-Id", result.rubric_id),
            ("EvalDesk-Rubric-Title", result.rubric_title),
            ("EvalDesk-Rubric-Doc-Number", result.doc_number),
            ("EvalDesk-Rubric-SHA256", result.rubric_sha256),
            ("EvalDesk-Unit", result.rubric_unit or ""),
            ("EvalDesk-Recipient", result.unit_name),
            ("EvalDesk-Answers", result.answers_package),
            ("EvalDesk-Self-Score", _num(result.self_total)),
            ("EvalDesk-Final-Score", _num(result.final_total)),
            ("EvalDesk-Max-Score", _num(result.max)),
            ("EvalDesk-Grade", result.grade or ""),
            ("EvalDesk-Place", f"{result.place}/{result.of_units}" if result.place else ""),
            (bag.CONTENT_DIGEST_FIELD, digest),
            ("EvalDesk-Key-Fingerprint", fpr.replace(" ", "")),
            (
                "EvalDesk-Signature",
                f"{bag.SIGNATURE} (Ed25519 over {bag.TAGMANIFEST}, key {bag.PUBLIC_KEY})",
            ),
        ]
    )
    tags = {
        bag.BAGIT: bag.BAGIT_TXT,
        bag.BAG_INFO: info,
        bag.MANIFEST: bag.manifest_bytes(hashes.items()),
    }
    tagmanifest = bag.manifest_bytes(
        (name, hashlib.sha256(blob).hexdigest()) for name, blob in tags.items()
    )
    entries = {
        **payload,
        **tags,
        bag.TAGMANIFEST: tagmanifest,
        bag.SIGNATURE: key.sign(tagmanifest),
        bag.PUBLIC_KEY: public_pem(key.public_key()),
    }
    _write(out, entries, result)
    return WrittenResult(out, package_id, digest, fpr)


def _write(out: Path, entries: dict[str, bytes], result: UnitResult) -> None:
    top = safe_component(out.stem, "result")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise StoreError(msg("results.write_failed", path=str(out), error=str(exc))) from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w+b") as raw:
            with zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
                for arcname in sorted(entries, key=lambda n: n.encode("utf-8")):
                    data = entries[arcname]
                    compress = arcname != bag.SIGNATURE and arcname != bag.REPORT
                    info = zip_info(
                        f"{top}/{arcname}",
                        result.issuer.issued,
                        compress=compress and deflate_data(data),
                    )
                    zf.writestr(info, data)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StoreError(msg("results.write_failed", path=str(out), error=str(exc))) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
