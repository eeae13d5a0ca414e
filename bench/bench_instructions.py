"""Instructions per cold full rescore of the 1,000-item synthetic rubric, counted by callgrind.

Wall-clock medians on this shared machine move by a factor of two with what the neighbours
do; an instruction count does not (valgrind --tool=callgrind counts, it does not time). Each
engine is run twice under callgrind, scoring 0 and then N times after the same set-up; the
difference divided by N is what one rescore costs. Both engines are counted: the compiled one
(when this install has it) and the pure-Python fallback. Needs valgrind; slow (about a minute).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCORES = 30
_SCRIPT = """
import sys
from evaldesk.rubrics.synthetic import random_facts, synthetic_rubric
from evaldesk.scoring import compile_rubric, facts_from_data, native, score
rubric = synthetic_rubric(1000)
compile_rubric(rubric)
facts = facts_from_data(random_facts(rubric, 7))
score(rubric, facts)
for _ in range(int(sys.argv[1])):
    score(rubric, facts)
print(native.describe())
"""


def _instructions(script: Path, scores: int, env: dict[str, str], out: Path) -> tuple[int, str]:
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(script),
            str(scores),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = re.search(r"refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count from callgrind: {done.stderr[-500:]}")
    return int(found.group(1).replace(",", "")), done.stdout.strip()


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: skipped (apt-get install valgrind)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "score_n.py"
        script.write_text(_SCRIPT, encoding="utf-8")
        for pure in (False, True):
            env = {k: v for k, v in os.environ.items() if k != "EVALDESK_PURE_PYTHON"}
            if pure:
                env["EVALDESK_PURE_PYTHON"] = "1"
            none, engine = _instructions(script, 0, env, Path(tmp) / "none.out")
            many, _ = _instructions(script, SCORES, env, Path(tmp) / "many.out")
            per_score = (many - none) / SCORES
            print(f"{engine}: {per_score / 1e6:.2f} M instructions per cold rescore")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
