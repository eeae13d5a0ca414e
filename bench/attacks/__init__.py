"""The attacks of issue 15 as a runnable suite (fixed seeds; see run.py).

Each family module has ``run(ws, size, seed) -> Iterator[Result]``: it tries ``size`` attacks
(or its fixed set) against the real code and says, per attack, whether EvalDesk caught it
cleanly (a named failure, exit 1 or 2), accepted it wrongly (exit 0 or a stored change where it
must refuse), or crashed (exit 3, a traceback, an exception escaping the code, or work beyond
its bound). ``python bench/attacks/run.py`` runs the full set; tests/integration/test_attacks.py
runs a bounded subset of each family in CI.
"""
