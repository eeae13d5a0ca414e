"""Benchmark: a receiving office imports 200 packages, against verifying the same packages.

    python bench/bench_collect.py [--units 200] [--size-mb 20] [--dir TMPDIR] [--keep]
    python bench/bench_collect.py --units 1 --size-mb 3072   # one package of 3 GB

Makes ``--units`` signed packages of about ``--size-mb`` each (13 departments' worth of the
湘人社发〔2021〕46号 rubric each, scored as its ``dept`` unit: every package its own key and its
own evidence, random bytes so nothing shrinks or repeats, plus one small notice every unit
attaches), once; with ``--keep`` they stay in ``--dir`` for the next run. Then, each in a child
process of its own so its peak memory is its own (``ru_maxrss``), in the same run:

* **a plain SHA-256 read** of every package file, 8 MB at a time on one thread (the floor:
  every byte read and hashed once, nothing else);
* **verify alone** (the issue's baseline): ``verify_package`` over every package, trusting their keys;
* **import**: a new receiving office imports the folder with ``evaldesk.services.collect_import``
  (the same verification, every payload file into the content-addressed folder, the database
  rows), the units' first keys confirmed up front;
* the import again into a data folder on ``/dev/shm`` (memory), to tell the cost of writing
  4 GB to this machine's disk from the rest.

Target (issue 18): import within 1.3x verify alone; peak memory under 300 MB (the anonymous
memory, RssAnon: see _AnonPeak; ru_maxrss is printed too).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET, MEMORY_MB = 1.3, 300
HUNAN = "hunan-rsxczx-2021"
NOTICE = b"%PDF-1.4\n% a notice every unit attaches\n" + b"n" * 200_000


def generate(folder: Path, units: int, size: int) -> dict[str, str]:
    """The packages (skipped when already there); unit code -> key fingerprint."""
    from datetime import date

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from evaldesk.export.approval import ApprovalMark, Review
    from evaldesk.export.keys import fingerprint
    from evaldesk.export.package import export_package
    from evaldesk.export.snapshot import EvidenceFile, ExportSnapshot, Office
    from evaldesk.rubrics.registry import get
    from evaldesk.scoring import facts_from_data, score

    index = folder / "keys.json"
    if index.is_file():
        return dict(json.loads(index.read_text(encoding="utf-8")))
    folder.mkdir(parents=True, exist_ok=True)
    loaded = get(HUNAN)
    keys: dict[str, str] = {}
    scratch = folder / "scratch"
    # the head approved each unit's year: a draft is refused (issue 18)
    approved = Review(
        (ApprovalMark(0, "user:head", "负责人", "2022-01-14T08:00:00+00:00", "同意报送"),)
    )
    for n in range(1, units + 1):
        code = f"dept-{n:03d}"
        scratch.mkdir(exist_ok=True)
        files = []
        notice = scratch / "notice.pdf"
        notice.write_bytes(NOTICE)
        files.append((notice, "关于做好年度评估工作的通知.pdf"))
        parts = 4
        for k in range(parts):
            path = scratch / f"photo-{k}.jpg"
            path.write_bytes(os.urandom(size // parts))
            files.append((path, f"现场照片{k + 1}.jpg"))
        import hashlib

        evidence = tuple(
            EvidenceFile(
                p,
                name,
                hashlib.sha256(p.read_bytes()).hexdigest(),
                p.stat().st_size,
                "image/jpeg",
                ("一.1",),
                (),
            )
            for p, name in files
        )
        facts = facts_from_data({"unit": "dept", "items": {"一.1": {"1": {"lines": {"1": "met"}}}}})
        snapshot = ExportSnapshot(
            office=Office(f"厅机关处室{n:03d}", unit="dept"),
            year=2021,
            rubric=loaded.rubric,
            rubric_sha256=loaded.sha256,
            report=score(loaded.rubric, facts, "dept"),
            export_date=date(2022, 1, 15),
            evidence=evidence,
            facts=facts,
            review=approved,
        )
        key = Ed25519PrivateKey.generate()
        export_package(snapshot, folder / f"{code}.zip", key)
        keys[code] = fingerprint(key.public_key())
        shutil.rmtree(scratch)
        if n % 20 == 0:
            print(f"  made {n} packages", flush=True)
    index.write_text(json.dumps(keys), encoding="utf-8")
    return keys


def child_verify(folder: Path) -> None:
    from evaldesk.export.trust import TrustList, plain_fingerprint
    from evaldesk.export.verify import verify_package

    keys = json.loads((folder / "keys.json").read_text(encoding="utf-8"))
    trust = TrustList("bench", {plain_fingerprint(f) or "": c for c, f in keys.items()})
    start = _start()
    for package in sorted(folder.glob("*.zip")):
        report = verify_package(package, trust=trust)
        if not report.ok:
            why = "; ".join(p.message.text("en") for p in report.problems)
            raise SystemExit(f"{package} does not verify: {why}")
    _report(time.perf_counter() - start)


def child_sha(folder: Path) -> None:
    import hashlib

    start = _start()
    for package in sorted(folder.glob("*.zip")):
        digest = hashlib.sha256()
        with open(package, "rb") as fh:
            while chunk := fh.read(8 << 20):
                digest.update(chunk)
    _report(time.perf_counter() - start)


def child_copy(folder: Path, target: Path) -> None:
    """The floor of what import writes: every package file copied into ``target`` once, 8 MB
    at a time, each made durable (fsync), as import makes the evidence it stores. Verify
    alone writes nothing; an import cannot take less than this on the same disk."""
    target.mkdir(parents=True, exist_ok=True)
    start = _start()
    for package in sorted(folder.glob("*.zip")):
        with open(package, "rb") as src, open(target / package.name, "wb") as dst:
            while chunk := src.read(8 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    _report(time.perf_counter() - start)


def child_import(folder: Path, data_dir: Path) -> None:
    from evaldesk.services.actor import system_actor
    from evaldesk.services.collect_import import import_packages
    from evaldesk.services.collect_setup import ReceivingSetup, UnitDraft, create_receiving_office

    keys = json.loads((folder / "keys.json").read_text(encoding="utf-8"))
    units = tuple(UnitDraft(c, f"厅机关处室{c[5:]}", "dept") for c in sorted(keys))
    setup = ReceivingSetup(name="基准接收单位", rubric=HUNAN, year=2021, units=units)
    store = create_receiving_office(data_dir, system_actor("bench"), setup)
    try:
        start = _start()
        done = import_packages(
            store, system_actor("bench"), [folder], accept={f: c for c, f in keys.items()}
        )
        took = time.perf_counter() - start
    finally:
        store.close()
    bad = [o for o in done if o.status != "imported"]
    if bad:
        raise SystemExit(f"{len(bad)} not imported: {bad[0].code} {bad[0].message.text('en')}")
    _report(took, reused=sum(o.reused_files for o in done))


class _AnonPeak:
    """The peak of the process's anonymous memory (RssAnon), sampled every 20 ms. ru_maxrss
    also counts the pages of a memory-mapped package that are resident (verify maps each
    package): a 3 GB package read through counts 3 GB there, though it is the page cache's,
    given back under pressure. RssAnon is what the process itself holds."""

    def __init__(self) -> None:
        import threading

        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @staticmethod
    def now() -> int:
        try:
            with open("/proc/self/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("RssAnon:"):
                        return int(line.split()[1])  # KiB
        except OSError:
            pass
        return 0

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self.now())

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return max(self.peak, self.now()) / 1024


ANON = _AnonPeak() if "--child" in sys.argv else None


_CPU_AT_START = 0.0


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def _start() -> float:
    """The start of a timed part: wall clock, and the process's CPU time so far (all threads).
    The CPU seconds a part used are less disturbed than its wall time by the other work on a
    shared machine, so they are reported beside it."""
    global _CPU_AT_START
    _CPU_AT_START = _cpu()
    return time.perf_counter()


def _report(seconds: float, **extra: object) -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    anon = ANON.stop() if ANON is not None else 0.0
    cpu = _cpu() - _CPU_AT_START
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "anon_mb": anon, **extra}))


def _child(*args: str, code: Path = ROOT) -> dict[str, float]:
    """One part in a process of its own, importing EvalDesk from ``code`` (a checkout)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(
        [sys.executable, str(Path(__file__)), *args], capture_output=True, text=True, env=env
    )
    if done.returncode != 0:
        raise SystemExit(f"{args[1]} failed: {done.stderr.strip().splitlines()[-1:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _warm(folder: Path) -> None:
    """Read every package once, so each timing finds them in the page cache alike."""
    for package in folder.glob("*.zip"):
        with open(package, "rb") as fh:
            while fh.read(8 << 20):
                pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--size-mb", type=int, default=20)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument(
        "--before",
        type=Path,
        default=None,
        help="another checkout (e.g. main's) whose import is timed too, in the same run",
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args()
    sys.path.insert(0, str(ROOT))
    if args.child:
        kind, *rest = args.child
        if kind == "verify":
            child_verify(Path(rest[0]))
        elif kind == "sha":
            child_sha(Path(rest[0]))
        elif kind == "copy":
            child_copy(Path(rest[0]), Path(rest[1]))
        else:
            child_import(Path(rest[0]), Path(rest[1]))
        return 0
    base = args.dir or Path(tempfile.gettempdir())
    packages = base / f"evaldesk-bench-collect-{args.units}x{args.size_mb}-approved"
    work = Path(tempfile.mkdtemp(prefix="evaldesk-bench-collect-", dir=base))
    shm = (
        Path(tempfile.mkdtemp(prefix="evaldesk-bench-collect-", dir="/dev/shm"))
        if Path("/dev/shm").is_dir()
        else None
    )
    try:
        print(f"packages: {args.units} x {args.size_mb} MB in {packages}", flush=True)
        generate(packages, args.units, args.size_mb << 20)
        total = sum(p.stat().st_size for p in packages.glob("*.zip"))
        print(f"  {total / (1 << 30):.2f} GiB in all")
        _warm(packages)
        sha = _child("--child", "sha", str(packages))
        _warm(packages)
        verify = _child("--child", "verify", str(packages))
        _warm(packages)
        imported = _child("--child", "import", str(packages), str(work / "office"))
        _warm(packages)
        again = _child("--child", "verify", str(packages))
        _warm(packages)
        copy = _child("--child", "copy", str(packages), str(work / "copy"))
        shutil.rmtree(work / "copy", ignore_errors=True)
        base_s = min(verify["seconds"], again["seconds"])
        base_cpu = min(verify["cpu"], again["cpu"])
        ratio = imported["seconds"] / base_s
        plain = sha["seconds"]
        print(f"plain sha256 read: {plain:.1f} s ({total / (1 << 20) / plain:.0f} MB/s)")
        print(
            f"verify alone: {verify['seconds']:.1f} s, {again['seconds']:.1f} s = "
            f"{base_s / plain:.2f}x the sha256 read (peak {verify['peak_mb']:.0f} MB, "
            f"anonymous {verify['anon_mb']:.0f} MB)"
        )
        print(
            f"durable copy of the package files (disk, what import must write at least): "
            f"{copy['seconds']:.1f} s = {copy['seconds'] / base_s:.2f}x verify"
        )
        print(
            f"import (disk): {imported['seconds']:.1f} s = {ratio:.2f}x verify, "
            f"{imported['seconds'] / copy['seconds']:.2f}x the durable copy; CPU "
            f"{imported['cpu']:.1f} s = {imported['cpu'] / base_cpu:.2f}x verify's "
            f"{base_cpu:.1f} s; {imported['seconds'] / plain:.2f}x the sha256 read "
            f"(peak {imported['peak_mb']:.0f} MB, anonymous {imported['anon_mb']:.0f} MB; stored content reused for {imported['reused']:.0f} files)"
        )
        memory_ok = imported["anon_mb"] < MEMORY_MB
        if shm is not None:
            in_memory = _child("--child", "import", str(packages), str(shm / "office"))
            shutil.rmtree(shm / "office", ignore_errors=True)  # 4 GB of memory given back
            print(
                f"import (data folder in memory, /dev/shm): {in_memory['seconds']:.1f} s = "
                f"{in_memory['seconds'] / base_s:.2f}x verify (CPU "
                f"{in_memory['cpu'] / base_cpu:.2f}x), "
                f"{in_memory['seconds'] / plain:.2f}x the sha256 read "
                f"(peak {in_memory['peak_mb']:.0f} MB, anonymous {in_memory['anon_mb']:.0f} MB)"
            )
        if args.before is not None:
            for label, folder in (("disk", work), ("in memory", shm)):
                if folder is None:
                    continue
                _warm(packages)
                old = _child(
                    "--child", "import", str(packages), str(folder / "before"), code=args.before
                )
                shutil.rmtree(folder / "before", ignore_errors=True)
                print(
                    f"import by {args.before} ({label}): {old['seconds']:.1f} s = "
                    f"{old['seconds'] / base_s:.2f}x verify"
                    + (f", CPU {old['cpu'] / base_cpu:.2f}x" if "cpu" in old else "")
                )
        ok = ratio <= TARGET and memory_ok
        print(
            f"target: import <= {TARGET}x verify alone, anonymous peak < {MEMORY_MB} MB: "
            f"{'met' if ok else 'MISSED'}"
        )
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if shm is not None:
            shutil.rmtree(shm, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(packages, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
