"""Compile the scoring engine with mypyc where a C compiler is at hand; pure Python otherwise.

Everything else about the package is in pyproject.toml. The compiled modules are an
optimisation only: the same .py files run unchanged when they are absent, and
evaldesk/scoring/native.py falls back to them when the build is older than the sources.
Set EVALDESK_PURE_PYTHON=1 to skip the build.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

# Also in evaldesk/scoring/native.py (COMPILED), which a test keeps in step with this list.
NATIVE_SOURCES = [
    "evaldesk/scoring/engine.py",
    "evaldesk/scoring/plan.py",
    "evaldesk/scoring/totals.py",
    "evaldesk/scoring/report.py",
    "evaldesk/scoring/rule_base.py",
    "evaldesk/scoring/rule_awards.py",
    "evaldesk/scoring/rule_deductions.py",
    "evaldesk/scoring/rule_judged.py",
    "evaldesk/scoring/rules.py",
]


def native_extensions() -> list:
    if os.environ.get("EVALDESK_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print(
            "evaldesk: mypyc is not installed; the scoring engine stays pure Python",
            file=sys.stderr,
        )
        return []
    try:
        extensions = mypycify(NATIVE_SOURCES, group_name="evaldesk.scoring.native", opt_level="3")
    except (Exception, SystemExit) as exc:  # mypyc exits on a type error: install pure instead
        print(f"evaldesk: not compiling the scoring engine ({exc})", file=sys.stderr)
        return []
    for extension in extensions:
        # No C compiler (a plain Windows machine): setuptools skips the module, pure Python runs.
        extension.optional = True
    return extensions


setup(ext_modules=native_extensions())
