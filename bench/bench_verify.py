"""Benchmark: `evaldesk verify` against `openssl dgst -sha256` over the same package file.

    python bench/bench_verify.py [--size-mb 1024] [--rounds 3] [--dir TMPDIR]

Makes a package with about ``--size-mb`` of evidence (bench_export's mix: mostly photos and
scans, stored; a little text, deflated), then times, interleaved in the same run, best of
``--rounds``:

* ``openssl dgst -sha256 PACKAGE`` (the baseline: reading and hashing every byte once, with
  OpenSSL's SHA-256; `sha256sum` is slower and would flatter verify);
* ``evaldesk verify PACKAGE``, the whole command as a receiving office runs it (interpreter
  start and imports included);
* ``verify_package()`` alone, in this process (for the record).

Target (issue 15): the command within 1.1x the baseline. verify hashes on threads (evaldesk/
export/zipread.py: the SHA-256 and the zip CRC-32 of each stored entry are separate passes over
the memory-mapped file, spread over up to four threads); the figures say how many it used.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET = 1.1


def _timed(args: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None)
    args, _ = parser.parse_known_args()
    if shutil.which("openssl") is None:
        print("openssl is needed for the baseline")
        return 2
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT))
    from bench_export import child_export, generate

    from evaldesk.export import zipread
    from evaldesk.export.verify import verify_package

    work = Path(tempfile.mkdtemp(prefix="evaldesk-bench-verify-", dir=args.dir))
    try:
        evidence = work / "evidence"
        evidence.mkdir()
        files = generate(evidence, args.size_mb << 20)
        manifest = work / "evidence.json"
        manifest.write_text(json.dumps(files), encoding="utf-8")
        package = work / "bench.zip"
        child_export(manifest, package)
        shutil.rmtree(evidence)  # only the package is read from here on
        size = package.stat().st_size
        print(f"package: {size / (1 << 20):.0f} MiB, {len(files)} evidence files")
        openssl = ["openssl", "dgst", "-sha256", str(package)]
        command = [sys.executable, "-m", "evaldesk", "verify", str(package)]
        _timed(openssl)  # the page cache holds the package for every timing alike
        base: list[float] = []
        whole: list[float] = []
        inner: list[float] = []
        for n in range(args.rounds):
            base.append(_timed(openssl))
            whole.append(_timed(command))
            start = time.perf_counter()
            report = verify_package(package)
            inner.append(time.perf_counter() - start)
            if not report.ok:
                print("verify failed:", [p.code for p in report.problems])
                return 2
            print(
                f"round {n + 1}: openssl {base[-1]:.2f} s, evaldesk verify {whole[-1]:.2f} s, "
                f"verify_package() {inner[-1]:.2f} s"
            )
        b, w, i = min(base), min(whole), min(inner)
        print(f"openssl dgst -sha256: {size / b / (1 << 20):.0f} MiB/s")
        print(f"verify threads: {zipread.THREADS} (cores: {os.cpu_count()})")
        print(f"verify_package() / openssl  {i / b:5.2f}")
        ok = w / b <= TARGET
        print(
            f"evaldesk verify / openssl   {w / b:5.2f}   target <= {TARGET}   {'ok' if ok else 'MISSED'}"
        )
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
