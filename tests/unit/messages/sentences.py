"""Find sentences for a person built in code instead of taken from the message catalog.

DESIGN.md, "Messages are data": the core hands over a message key and its arguments; the
wording lives in the catalog. This helper reads Python source with ``ast`` and reports the
places where text is put where a message belongs:

* an argument, positional or keyword (``hint=``), of an exception raised where it is made:
  ``raise RubricError(...)``, ``raise NotFound(...)`` (a raised call of a CapWords name);
* what is appended to a list of problems (``problems.append(...)``, ``errors.extend(...)``,
  ``warnings.insert(...)``: the list's name is in :attr:`Rules.sinks`);
* the fields of result values that a UI, a PDF or the CLI prints (:attr:`Rules.fields`: the
  callee's name -> the keyword names and positions that must be messages).

"Text" is a string literal, an f-string, a ``"..." + x`` / ``"..." % x`` / ``"...".format()``
/ ``"...".join()`` expression, or such text wrapped in ``plain()`` / ``as_message()`` (which
exist to quote a file's own words, not to smuggle a sentence past this check). Anything else
(a ``msg(...)`` call, a variable, an attribute such as ``rule.text``) passes.

Each package's test gives its own :class:`Rules` and file list; the helper is shared.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: Calls whose argument is quoted as it is: text inside them is text all the same.
WRAPPERS = ("plain", "as_message")


@dataclass(frozen=True)
class Rules:
    #: names of lists that collect problems for a person
    sinks: frozenset[str] = frozenset({"problems", "errors", "warnings"})
    #: callee -> (keyword names, positional indices) that must be messages
    fields: Mapping[str, tuple[tuple[str, ...], tuple[int, ...]]] = field(default_factory=dict)
    #: (file relative to the scanned root, enclosing function) -> why text is fine there
    allowed: Mapping[tuple[str, str], str] = field(default_factory=dict)


@dataclass(frozen=True)
class Finding:
    where: str  # file:line
    function: str
    what: str  # the offending expression

    def __str__(self) -> str:
        return f"{self.where} (in {self.function}): {self.what}"


def builds_text(node: ast.AST | None) -> bool:
    """True when ``node`` is text made in code (see the module's docstring)."""
    if node is None:
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return builds_text(node.left) or builds_text(node.right)
    if isinstance(node, ast.IfExp):
        return builds_text(node.body) or builds_text(node.orelse)
    if isinstance(node, ast.Starred):
        return builds_text(node.value)
    if isinstance(node, ast.ListComp | ast.GeneratorExp | ast.SetComp):
        return builds_text(node.elt)
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return any(builds_text(e) for e in node.elts)
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("format", "join"):
            return builds_text(func.value)
        if _name(node) in WRAPPERS:
            return any(builds_text(a) for a in node.args)
    return False


def _last_name(node: ast.expr) -> str:
    """``x`` -> ``x``, ``self.problems`` -> ``problems``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _name(call: ast.Call) -> str:
    return _last_name(call.func)


def _receiver(call: ast.Call) -> str:
    """``self.problems.append`` -> ``problems``."""
    return _last_name(call.func.value) if isinstance(call.func, ast.Attribute) else ""


def _arguments(call: ast.Call) -> Iterable[ast.expr]:
    yield from call.args
    yield from (k.value for k in call.keywords)


def _offending(call: ast.Call, rules: Rules, raised: bool) -> list[ast.expr]:
    name = _name(call)
    if raised and name[:1].isupper():
        return [a for a in _arguments(call) if builds_text(a)]
    if name in ("append", "extend", "insert") and _receiver(call) in rules.sinks:
        return [a for a in call.args if builds_text(a)]
    if name in rules.fields:
        keywords, positions = rules.fields[name]
        chosen = [k.value for k in call.keywords if k.arg in keywords]
        chosen += [a for i, a in enumerate(call.args) if i in positions]
        return [a for a in chosen if builds_text(a)]
    return []


class _Visitor(ast.NodeVisitor):
    def __init__(self, rel: str, rules: Rules) -> None:
        self.rel = rel
        self.rules = rules
        self.function = "<module>"
        self.found: list[Finding] = []

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        outer, self.function = self.function, node.name
        self.generic_visit(node)
        self.function = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Raise(self, node: ast.Raise) -> None:
        if isinstance(node.exc, ast.Call):
            self._check(node.exc, raised=True)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        self._check(node, raised=False)
        self.generic_visit(node)

    def _check(self, call: ast.Call, *, raised: bool) -> None:
        if (self.rel, self.function) in self.rules.allowed:
            return
        for bad in _offending(call, self.rules, raised):
            where = f"{self.rel}:{bad.lineno}"
            self.found.append(Finding(where, self.function, ast.unparse(bad)))


def scan_source(text: str, rel: str, rules: Rules) -> list[Finding]:
    visitor = _Visitor(rel, rules)
    visitor.visit(ast.parse(text, rel))
    # a raise's call is seen twice (as the raise and as a call): keep each finding once
    return list(dict.fromkeys(visitor.found))


def scan(root: Path, files: Iterable[Path], rules: Rules) -> list[Finding]:
    """Every finding in ``files`` (paths under ``root``, named relative to it)."""
    found: list[Finding] = []
    for path in sorted(files):
        rel = path.relative_to(root).as_posix()
        found += scan_source(path.read_text(encoding="utf-8"), rel, rules)
    return found
