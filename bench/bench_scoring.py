"""Scoring in plain Python: each built-in rubric's cold full rescore, against a baseline.

The baseline, measured in the same run and in interleaved blocks (a busy stretch of this shared
machine slows all of them alike), walks the same facts once: the least any scorer must do. Real
rubrics have 8 to 150 items; a full rescore of one is what every tick costs (the engine never
reuses an earlier report), so it must stay far below a frame (16 ms): it is a fraction of a
millisecond. The synthetic rubric (bench/synthetic.py, every kind) at 150 items is printed too.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from synthetic import random_facts, synthetic_rubric

from evaldesk.rubrics import registry
from evaldesk.scoring import facts_from_data, score

TARGET_MS = 1.0  # far below a frame; the tick benchmark (bench_ui.py) measures the whole path


def _walk(facts: Any) -> int:
    return sum(1 for rules in facts.items.values() for fact in rules.values() if fact is not None)


def _times_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter_ns()
        fn()
        times.append((time.perf_counter_ns() - t0) / 1e6)
    return times


def _medians_ms(fns: list[Callable[[], object]], repeat: int, rounds: int = 10) -> list[float]:
    """Each function's median over ``rounds`` interleaved blocks of ``repeat // rounds`` runs."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for fn, out in zip(fns, times, strict=True):
            out.extend(_times_ms(fn, max(1, repeat // rounds)))
    return [statistics.median(t) for t in times]


def cases() -> list[tuple[str, Any, Any, str | None]]:
    out = []
    for rid, loaded in sorted(registry.builtins().items()):
        rubric = loaded.rubric
        unit = rubric.units[0].id if rubric.units else None
        facts = facts_from_data({**random_facts(rubric, 7), "unit": None})
        out.append((rid, rubric, facts, unit))
    rubric = synthetic_rubric(150)
    out.append(
        ("synthetic-150", rubric, facts_from_data({**random_facts(rubric, 7), "unit": None}), "t2")
    )
    return out


def main() -> int:
    worst = 0.0
    print(f"  {'rubric':28} {'items':>5} {'baseline':>9} {'cold rescore':>13} {'ratio':>6}")
    for name, rubric, facts, unit in cases():
        score(rubric, facts, unit)
        baseline, cold = _medians_ms(
            [lambda f=facts: _walk(f), lambda r=rubric, f=facts, u=unit: score(r, f, u)], 400
        )
        worst = max(worst, cold)
        print(
            f"  {name:28} {len(rubric.items()):5d} {baseline:7.4f}ms {cold:11.3f}ms {cold / baseline:5.0f}×"
        )
    print(f"  slowest cold rescore {worst:.3f} ms (target < {TARGET_MS} ms)")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
