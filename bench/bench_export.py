"""Benchmark: exporting and verifying a package with about 1 GB of evidence.

    python bench/bench_export.py [--size-mb 1024] [--rounds 2] [--dir TMPDIR]

Generates evidence files (mostly photos and scans, which are stored as they are, plus a little
compressible text) in a temporary folder, then times, in the same run and on the same files:

* ``sha256sum`` over the evidence files (the baseline: reading and hashing every byte once);
* ``export_package`` (PDF, Excel, BagIt zip, signature), in a child process whose peak memory
  (ru_maxrss) is reported;
* ``verify_package`` on the result, also in a child process.

Targets (docs/package-format.md): export <= 1.5x sha256sum, peak memory < 200 MB,
verify <= 1.3x sha256sum. Each is the best of ``--rounds``. Exit 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPORT_RATIO, VERIFY_RATIO, PEAK_MB = 1.5, 1.3, 200
# (suffix, size): mostly already-compressed evidence, as offices upload photos and scans.
MIX = [
    (".jpg", 24 << 20),
    (".pdf", 8 << 20),
    (".png", 3 << 20),
    (".docx", 1 << 20),
    (".txt", 256 << 10),
]

RUBRIC = """
id: bench
title: 基准测试细则
doc_number: 测〔2024〕1号
total: 10
sections:
  - code: 一
    title: 部分
    items:
      - code: 一.1
        title: 项目
        points: 10
        content: 佐证资料齐全
        rules: [{kind: checklist, lines: [{id: "1", text: 未提供佐证的，扣2分, deduct: 2}]}]
"""


def generate(folder: Path, total: int) -> list[dict[str, object]]:
    files: list[dict[str, object]] = []
    made = i = 0
    text = "佐证材料说明：本季度完成技能培训四百一十人次，召开工作推进会两次。\n".encode() * 5000
    while made < total:
        suffix, size = MIX[i % len(MIX)]
        size = min(size, total - made)
        data = (text * (size // len(text) + 1))[:size] if suffix == ".txt" else os.urandom(size)
        path = folder / f"evidence-{i:04d}{suffix}"
        path.write_bytes(data)
        files.append(
            {
                "path": str(path),
                "name": path.name,
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": size,
            }
        )
        made += size
        i += 1
    return files


def child_export(manifest: Path, out: Path) -> None:
    from datetime import date

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from evaldesk.export.package import export_package
    from evaldesk.export.snapshot import EvidenceFile, ExportSnapshot, Office
    from evaldesk.rubrics.loader import load_text
    from evaldesk.scoring import facts_from_data, score

    loaded = load_text(textwrap.dedent(RUBRIC), "bench.yaml")
    files = json.loads(manifest.read_text(encoding="utf-8"))
    evidence = tuple(
        EvidenceFile(
            Path(f["path"]),
            f["name"],
            f["sha256"],
            f["size"],
            "application/octet-stream",
            ("一.1",),
            (),
        )
        for f in files
    )
    snapshot = ExportSnapshot(
        office=Office("基准测试局"),
        year=2024,
        rubric=loaded.rubric,
        rubric_sha256=loaded.sha256,
        report=score(loaded.rubric, facts_from_data({"items": {"一.1": {"lines": {"1": "met"}}}})),
        export_date=date(2025, 1, 15),
        evidence=evidence,
    )
    export_package(snapshot, out, Ed25519PrivateKey.generate())


def child_verify(package: Path) -> None:
    from evaldesk.export.verify import verify_package

    report = verify_package(package)
    if not report.ok:
        raise SystemExit(f"verify failed: {report.problems}")


def run_child(args: list[str]) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of one child run."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, *args], env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"child {args[0]} failed")
    peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / (1 << 20)
    return seconds, peak


def baseline(paths: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(["sha256sum", *paths], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument(
        "--dir", type=Path, default=None, help="where to put the evidence and the package"
    )
    args, rest = parser.parse_known_args()
    if rest:
        mode = rest[0]
        if mode == "export":
            child_export(Path(rest[1]), Path(rest[2]))
        elif mode == "verify":
            child_verify(Path(rest[1]))
        return 0
    if shutil.which("sha256sum") is None:
        print("sha256sum is needed for the baseline")
        return 2
    work = Path(tempfile.mkdtemp(prefix="evaldesk-bench-", dir=args.dir))
    try:
        evidence = work / "evidence"
        evidence.mkdir()
        files = generate(evidence, args.size_mb << 20)
        manifest = work / "evidence.json"
        manifest.write_text(json.dumps(files), encoding="utf-8")
        paths = [str(f["path"]) for f in files]
        total = sum(int(str(f["size"])) for f in files)
        print(f"evidence: {len(files)} files, {total / (1 << 20):.0f} MiB in {work}")
        baseline(paths)  # warm the page cache so every timing reads from memory alike
        base: list[float] = []
        exports: list[tuple[float, float]] = []
        verifies: list[tuple[float, float]] = []
        package = work / "bench.zip"
        for round_ in range(args.rounds):
            base.append(baseline(paths))
            package.unlink(missing_ok=True)
            exports.append(run_child(["export", str(manifest), str(package)]))
            verifies.append(run_child(["verify", str(package)]))
            print(
                f"round {round_ + 1}: sha256sum {base[-1]:.2f} s, export {exports[-1][0]:.2f} s "
                f"(peak {exports[-1][1]:.0f} MB), verify {verifies[-1][0]:.2f} s (peak {verifies[-1][1]:.0f} MB)"
            )
        b = min(base)
        e = min(t for t, _ in exports)
        v = min(t for t, _ in verifies)
        peak = max(p for _, p in exports)
        size = package.stat().st_size
        print(f"package: {size / (1 << 20):.0f} MiB")
        results = [
            ("export / sha256sum", e / b, EXPORT_RATIO),
            ("verify / sha256sum", v / b, VERIFY_RATIO),
            ("export peak memory (MB)", peak, PEAK_MB),
        ]
        failed = False
        for label, value, limit in results:
            ok = value <= limit
            failed |= not ok
            print(f"{label:<26} {value:7.2f}   target <= {limit}   {'ok' if ok else 'MISSED'}")
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    raise SystemExit(main())
