"""Families ``package-flips`` (one byte of the package file changed) and ``bag-flips`` (one
byte of one file inside the bag changed, then zipped again as EvalDesk zips).

A flipped package that `evaldesk verify` accepts is judged by outside tools: when `unzip -t`
passes and `unzip` extracts the same names and bytes as from the original, the byte was in a
field no reader uses (harmless); otherwise verify accepted a changed package (wrong).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from core import Outcome, Result, cli, judge_refusal
from workspace import Workspace


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _unzipped(package: Path) -> dict[str, bytes] | None:
    """What `unzip` extracts, or None when `unzip -t` reports a problem."""
    if shutil.which("unzip") is None:
        with zipfile.ZipFile(package) as zf:
            return {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}
    test = subprocess.run(["unzip", "-tqq", str(package)], capture_output=True, timeout=60)
    if test.returncode != 0:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            ["unzip", "-qq", "-o", str(package), "-d", tmp], capture_output=True, timeout=60
        )
        if done.returncode != 0:
            return None
        return _tree(Path(tmp))


def judge_accepted_flip(original: Path, flipped: Path, case: str) -> Result:
    before = _unzipped(original)
    after = _unzipped(flipped)
    if after is not None and after == before:
        return Result(case, Outcome.HARMLESS)
    why = "unzip -t fails" if after is None else "unzip extracts different content"
    return Result(case, Outcome.WRONG, f"verify said OK but {why}")


def package_flips(ws: Workspace, size: int, seed: int) -> Iterator[Result]:
    rnd = random.Random(seed)
    data = ws.fixed_package.read_bytes()
    folder = ws.scratch("package-flips")
    for n in range(size):
        pos = rnd.randrange(len(data))
        xor = rnd.randrange(1, 256)
        changed = bytearray(data)
        changed[pos] ^= xor
        path = folder / f"flip-{n}.zip"
        path.write_bytes(bytes(changed))
        case = f"byte {pos} ^ {xor:#04x}"
        run = cli(["verify", str(path)])
        if run.code == 0 and not run.crashed:
            yield judge_accepted_flip(ws.fixed_package, path, case)
        else:
            yield judge_refusal(run, case)
        path.unlink()


def bag_flips(ws: Workspace, size: int, seed: int) -> Iterator[Result]:
    rnd = random.Random(seed)
    with zipfile.ZipFile(ws.fixed_package) as zf:
        entries = [(info, zf.read(info)) for info in zf.infolist()]
    candidates = [i for i, (_, content) in enumerate(entries) if content]
    folder = ws.scratch("bag-flips")
    for n in range(size):
        index = rnd.choice(candidates)
        info, content = entries[index]
        pos = rnd.randrange(len(content))
        xor = rnd.randrange(1, 256)
        changed = bytearray(content)
        changed[pos] ^= xor
        path = folder / f"bag-{n}.zip"
        with zipfile.ZipFile(path, "w", allowZip64=True) as out:
            for i, (other, data) in enumerate(entries):
                out.writestr(other, bytes(changed) if i == index else data)
        name = info.filename.split("/", 1)[-1]
        case = f"{name} byte {pos} ^ {xor:#04x}"
        run = cli(["verify", str(path)])
        if run.code == 0 and not run.crashed:
            yield Result(case, Outcome.WRONG, "verify said OK for a changed file")
        else:
            yield judge_refusal(run, case)
        path.unlink()
