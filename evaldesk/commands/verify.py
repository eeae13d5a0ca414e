"""`evaldesk verify PACKAGE.zip [--pubkey KEY.pem] [--json]`: check a signed report package.

Exit 0 when the package is intact and signed (by the expected key, with --pubkey), 1 when any
check fails (each failure is named), 2 when the package or the key cannot be read at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evaldesk.commands.common import print_json
from evaldesk.errors import InputError


def register(sub: Any) -> None:
    p = sub.add_parser(
        "verify", help="verify a signed report package (zip safety, BagIt hashes, signature)"
    )
    p.add_argument("package", type=Path, metavar="PACKAGE.zip")
    p.add_argument(
        "--pubkey", type=Path, metavar="KEY.pem", help="the office's registered public key"
    )
    p.add_argument(
        "--json", action="store_true", help="machine-readable result (docs/package-format.md)"
    )
    p.set_defaults(handler=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> int:
    from evaldesk.export.keys import load_public_pem
    from evaldesk.export.verify import CHECKS, verify_package

    expected = None
    if args.pubkey is not None:
        try:
            data = args.pubkey.read_bytes()
        except OSError as exc:
            raise InputError(f"{args.pubkey}: cannot read the public key ({exc})") from None
        expected = load_public_pem(data, str(args.pubkey))
    report = verify_package(args.package, expected)
    if args.json:
        print_json(report.to_json())
        return 0 if report.ok else 1
    info = report.info
    if info:
        print(
            f"报送包：{info.get('Source-Organization', '?')} {info.get('EvalDesk-Year', '?')}年度  编号 {info.get('External-Identifier', '?')}"
        )
        print(
            f"评价依据：{info.get('EvalDesk-Rubric-Title', '')} {info.get('EvalDesk-Rubric-Doc-Number', '')}".rstrip()
        )
        print(
            f"自评分：{info.get('EvalDesk-Self-Score', '?')}  等次：{info.get('EvalDesk-Grade') or '—'}"
        )
    if report.fingerprint:
        print(f"签名公钥指纹：{report.fingerprint}")
    print(f"载荷：{report.files} 个文件，{report.bytes} 字节")
    for check in CHECKS:
        print(f"  {check:<15} {report.status(check)}")
    if report.ok:
        print(f"{args.package}: OK")
        return 0
    for p in report.problems:
        where = f"{p.path}: " if p.path else ""
        print(f"FAILED [{p.code}] {where}{p.message}")
    print(f"{args.package}: {len(report.problems)} problem(s); the package must not be trusted.")
    return 1
