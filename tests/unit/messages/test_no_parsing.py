"""Nothing parses message text back (issue 13; STYLE.md: "Error handling by matching
substrings of messages" is a thing to avoid).

A message is data: code that needs to know what went wrong reads the exception's class or its
message's key and arguments. This test reads every module of evaldesk with ``ast`` and fails on
text matching over an error's text: a regular expression, ``in``, ``startswith`` and the like
applied to ``str(exc)``, ``exc.message``, ``exc.hint``, ``exc.args`` or ``exc.msg.text()``
(``exc`` bound by ``except ... as exc``). The UI, which only renders messages
(evaldesk/ui/message_text.py), does not import ``re`` at all.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "evaldesk"

MATCHERS = frozenset(
    {"startswith", "endswith", "find", "rfind", "index", "rindex", "partition", "split", "count"}
)
TEXT_ATTRIBUTES = frozenset({"message", "hint", "args", "problems"})


def _caught(tree: ast.AST) -> set[str]:
    return {h.name for h in ast.walk(tree) if isinstance(h, ast.ExceptHandler) and h.name}


def _root(node: ast.AST) -> ast.AST:
    while isinstance(node, ast.Attribute | ast.Subscript | ast.Call):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node


def is_error_text(node: ast.AST, caught: set[str]) -> bool:
    """``str(exc)``, ``exc.message``, ``exc.args[0]``, ``exc.msg.text()`` ..."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str":
        return bool(node.args) and _is_error_part(node.args[0], caught, bare=True)
    return _is_error_part(node, caught)


def _is_error_part(node: ast.AST, caught: set[str], bare: bool = False) -> bool:
    root = _root(node)
    if not (isinstance(root, ast.Name) and root.id in caught):
        return False
    if node is root:
        return bare
    names = {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
    return bool(names & TEXT_ATTRIBUTES) or "text" in names or "msg" in names


def parsing(tree: ast.AST) -> Iterator[tuple[int, str]]:
    caught = _caught(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            func = node.func
            receiver = func.value
            if isinstance(receiver, ast.Name) and receiver.id == "re":
                if any(is_error_text(arg, caught) for arg in node.args[1:]):
                    yield node.lineno, ast.unparse(node)
            elif func.attr in MATCHERS and is_error_text(receiver, caught):
                yield node.lineno, ast.unparse(node)
        elif isinstance(node, ast.Compare) and _membership(node, caught):
            yield node.lineno, ast.unparse(node)


def _membership(node: ast.Compare, caught: set[str]) -> bool:
    """``"..." in str(exc)``: a piece of an error's text looked for."""
    tests_membership = any(isinstance(op, ast.In | ast.NotIn) for op in node.ops)
    return tests_membership and any(is_error_text(c, caught) for c in node.comparators)


def _modules() -> Iterator[tuple[str, ast.AST]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        yield rel, ast.parse(path.read_text(encoding="utf-8"), rel)


def test_no_module_matches_text_of_an_error() -> None:
    found = [f"{rel}:{line}: {code}" for rel, tree in _modules() for line, code in parsing(tree)]
    assert found == []


def test_the_interface_imports_no_regular_expressions() -> None:
    """The UI renders messages; it has nothing to parse (ui/error_text's patterns are gone)."""
    importing = []
    for rel, tree in _modules():
        if not rel.startswith("ui/"):
            continue
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if "re" in names or "regex" in names:
                importing.append(f"{rel}:{node.lineno}")
    assert importing == []
    assert not (PACKAGE / "ui" / "error_text").exists()


BAD = """
import re

def f():
    try:
        g()
    except InputError as exc:
        if "is locked" in str(exc):
            pass
        found = re.search(r"row (\\d+)", exc.message)
        if exc.msg.text("en").startswith("the year"):
            pass
        if "locked" not in exc.args[0]:
            pass
"""

GOOD = """
import re

def f(text):
    try:
        g()
    except InputError as exc:
        if exc.msg.key == "lock.refused":
            pass
        show(str(exc))
    if re.match(r"\\d{4}", text) and "x" in text:
        pass
"""


def test_the_check_finds_text_matching_and_only_it() -> None:
    assert [line for line, _ in parsing(ast.parse(BAD))] == [8, 10, 11, 13]
    assert list(parsing(ast.parse(GOOD))) == []
