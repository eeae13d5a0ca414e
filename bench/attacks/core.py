"""What an attack's outcome is, how outcomes are counted, and running the CLI in-process."""

from __future__ import annotations

import contextlib
import io
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum


class Outcome(Enum):
    CAUGHT = "caught cleanly"
    WRONG = "accepted wrongly"
    CRASHED = "crashed"
    # Accepted, and rightly so: the attack changed nothing any reader uses (a flipped byte in a
    # field no zip reader looks at). Counted apart so "accepted wrongly" stays exact.
    HARMLESS = "accepted, nothing changed"
    # Refused, but for the wrong reason (a truncated file called something else): the person
    # is sent looking for the wrong fault.
    MISNAMED = "refused, misnamed"


@dataclass(frozen=True)
class Result:
    case: str
    outcome: Outcome
    detail: str = ""


@dataclass
class Tally:
    family: str
    counts: Counter[Outcome] = field(default_factory=Counter)
    bad: list[Result] = field(default_factory=list)

    def add(self, result: Result) -> None:
        self.counts[result.outcome] += 1
        if result.outcome in (Outcome.WRONG, Outcome.CRASHED, Outcome.MISNAMED):
            self.bad.append(result)

    @property
    def tried(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class CliRun:
    code: int
    out: str
    err: str
    seconds: float
    escaped: str | None = None  # an exception that escaped main() (a crash)

    @property
    def crashed(self) -> bool:
        return self.escaped is not None or self.code == 3 or "Traceback" in self.err


def cli(argv: Sequence[str]) -> CliRun:
    """``evaldesk ARGV`` in this process, output captured (the CLI's own crash handling runs)."""
    from evaldesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    escaped = None
    code = -1
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        except BaseException as exc:
            escaped = f"{type(exc).__name__}: {exc}"
    return CliRun(code, out.getvalue(), err.getvalue(), time.perf_counter() - start, escaped)


def judge_refusal(run: CliRun, case: str, *, budget: float = 20.0) -> Result:
    """An attack that must be refused: exit 1 or 2 with a message, within ``budget`` seconds."""
    if run.crashed:
        why = run.escaped or (run.err.strip().splitlines() or ["exit 3"])[-1]
        return Result(case, Outcome.CRASHED, why[:300])
    if run.seconds > budget:
        return Result(case, Outcome.CRASHED, f"took {run.seconds:.0f} s (bound {budget:.0f} s)")
    if run.code in (1, 2) and (run.out.strip() or run.err.strip()):
        return Result(case, Outcome.CAUGHT)
    last = (run.out + run.err).strip().splitlines()[-1:] or [""]
    return Result(case, Outcome.WRONG, f"exit {run.code}: {last[0][:200]}")
