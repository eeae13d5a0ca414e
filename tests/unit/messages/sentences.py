"""Find sentences for a person built in code instead of taken from the message catalog.

DESIGN.md, "Messages are data": the core hands over a message key and its arguments; the
wording lives in the catalog. This helper reads Python source with ``ast`` and reports where a
sentence is put where a message belongs (test_no_sentences.py says which packages it runs on):

* an exception: ``X(...)`` of an exception class, raised or kept (every argument: the
  message, ``hint=``, the elements of a problems list, the values of a fields dict), and any
  raised call of a CapWords name;
* ``print(...)``;
* a list of problems, errors, warnings or notes: ``.append(x)``, ``.extend([...])``,
  ``.insert(i, x)``, and ``problems[field] = x``;
* a field problem given to ``raise_if``: the second element of each ``(field, problem)`` pair;
* argparse's ``help=`` and ``description=``;
* the arguments of ``msg(...)``, ``plain(...)``, ``as_message(...)`` and ``Message(...)``
  (after the key): a message whose argument is a sentence built in code is the same thing one
  step removed;
* the fields of result values that a UI, a PDF or the CLI prints (:attr:`Rules.fields`).

A text is a *sentence* when a literal part of it holds a word: two Latin letters in a row, or
a Chinese character. The literal parts are those of a string literal, an f-string, a
``"..." + x`` / ``"..." % x`` / ``"...".format()`` / ``"...".join()`` expression, either side
of ``a if c else b``, and each element of a list, tuple, set, dict or comprehension given
there. Text without words (an indent, ": ", a newline, a separator) is layout. Anything else
(a ``msg(...)`` call, a variable, an attribute such as ``rule.text``) passes.

Allowed by rule, not one by one:

* pydantic's ``Field(description=...)``: schema documentation (``evaldesk rubrics schema``),
  read by rubric authors in the schema, never shown as a message;
* ``RuntimeError``, ``AssertionError`` and ``TypeError``: raised for programming errors (a
  caller that broke a contract), which end in the crash report, never in front of a clerk;
* logging, JSON and data written into files (the PDF's Chinese, a ledger note): not messages,
  so not among the places above.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import evaldesk.errors

WORD = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]")
#: Exceptions raised for programming errors: their text is for a developer.
PROGRAMMING_ERRORS = frozenset({"RuntimeError", "AssertionError", "TypeError"})
MESSAGE_MAKERS = frozenset({"msg", "plain", "as_message", "Message"})
#: The makers whose first argument is the message's key, not text.
KEYED = frozenset({"msg", "Message"})


@dataclass(frozen=True)
class Rules:
    #: names of lists that collect problems for a person
    lists: frozenset[str] = frozenset({"problems", "errors", "warnings", "notes"})
    #: callee -> (keyword names, positional indices) that must be messages
    fields: Mapping[str, tuple[tuple[str, ...], tuple[int, ...]]] = field(default_factory=dict)
    #: (file relative to the scanned root, enclosing function) -> why text is fine there
    allowed: Mapping[tuple[str, str], str] = field(default_factory=dict)


@dataclass(frozen=True)
class Finding:
    where: str  # file:line, the file relative to the scanned root
    function: str  # the enclosing function ("<module>" at the top level)
    place: str  # what the text is given to
    code: str  # the expression, as written

    @property
    def file(self) -> str:
        return self.where.rsplit(":", 1)[0]

    def __str__(self) -> str:
        return f"{self.where} (in {self.function}): {self.place}: {self.code}"


def literal_parts(node: ast.AST) -> list[str] | None:
    """The literal text of an expression that builds a str; None when it builds none."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        left, right = literal_parts(node.left), literal_parts(node.right)
        if isinstance(node.op, ast.Mod):
            return left
        if left is None and right is None:
            return None
        return (left or []) + (right or [])
    if isinstance(node, ast.IfExp):
        body, orelse = literal_parts(node.body), literal_parts(node.orelse)
        if body is None and orelse is None:
            return None
        return (body or []) + (orelse or [])
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join")
    ):
        return literal_parts(node.func.value)
    return None


def _pieces(node: ast.AST) -> Iterator[ast.AST]:
    """``node`` itself, or each element when it is a collection or a comprehension."""
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        for element in node.elts:
            yield from _pieces(element)
    elif isinstance(node, ast.ListComp | ast.GeneratorExp | ast.SetComp):
        yield from _pieces(node.elt)
    elif isinstance(node, ast.Dict):
        for value in node.values:
            yield from _pieces(value)
    elif isinstance(node, ast.Starred):
        yield from _pieces(node.value)
    else:
        yield node


def is_sentence(node: ast.AST) -> bool:
    """True when ``node`` (or an element of it) is text with a word, built in code."""
    for piece in _pieces(node):
        parts = literal_parts(piece)
        if parts is not None and any(WORD.search(part) for part in parts):
            return True
    return False


def exception_names() -> frozenset[str]:
    """Every exception class a module can name: Python's and EvalDesk's."""
    found = {
        name
        for source in (vars(builtins), vars(evaldesk.errors))
        for name, value in source.items()
        if isinstance(value, type) and issubclass(value, BaseException)
    }
    return frozenset(found)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_exception(name: str, known: frozenset[str]) -> bool:
    # InvalidFields is an error; a record of fields (LedgerFields) is not
    return name in known or name.endswith(("Error", "Exception")) or name == "InvalidFields"


def _arguments(call: ast.Call) -> Iterator[tuple[str, ast.expr]]:
    name = _name(call.func)
    for arg in call.args:
        yield f"{name}()", arg
    for keyword in call.keywords:
        yield f"{name}({keyword.arg or '**'}=)", keyword.value


def given_texts(
    call: ast.Call, rules: Rules, known: frozenset[str], *, raised: bool
) -> Iterator[tuple[str, ast.AST]]:
    """(what the text is given to, the expression) for each place of one call."""
    name = _name(call.func)
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
    if name in PROGRAMMING_ERRORS:
        return
    if _is_exception(name, known) or (raised and name[:1].isupper()) or name == "print":
        yield from _arguments(call)
    elif name in ("append", "extend", "insert") and receiver is not None:
        if _name(receiver) in rules.lists:
            for arg in call.args[-1:]:
                yield f"{_name(receiver)}.{name}()", arg
    elif name == "raise_if":
        for sub in ast.walk(call):
            if isinstance(sub, ast.Tuple) and len(sub.elts) == 2:
                yield "raise_if() field problem", sub.elts[1]
    elif name in MESSAGE_MAKERS:
        args = call.args[1:] if name in KEYED else call.args
        for arg in args:
            yield f"{name}() argument", arg
        for keyword in call.keywords:
            yield f"{name}({keyword.arg}=)", keyword.value
    elif name in rules.fields:
        keywords, positions = rules.fields[name]
        for keyword in call.keywords:
            if keyword.arg in keywords:
                yield f"{name}({keyword.arg}=)", keyword.value
        for i, arg in enumerate(call.args):
            if i in positions:
                yield f"{name}() field {i}", arg
    if name not in MESSAGE_MAKERS and name != "Field" and not _is_exception(name, known):
        for keyword in call.keywords:
            if keyword.arg in ("help", "description"):
                yield f"{name}({keyword.arg}=)", keyword.value


class _Visitor(ast.NodeVisitor):
    def __init__(self, rel: str, rules: Rules) -> None:
        self.rel = rel
        self.rules = rules
        self.known = exception_names()
        self.function = "<module>"
        self.found: list[Finding] = []
        self._raised: set[int] = set()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        outer, self.function = self.function, node.name
        self.generic_visit(node)
        self.function = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Raise(self, node: ast.Raise) -> None:
        if isinstance(node.exc, ast.Call):
            self._raised.add(id(node.exc))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        raised = id(node) in self._raised
        for place, given in given_texts(node, self.rules, self.known, raised=raised):
            self._add(place, given)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        self._subscripts(node.targets, node.value)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._subscripts([node.target], node.value)
        self.generic_visit(node)

    def _subscripts(self, targets: Iterable[ast.expr], value: ast.expr) -> None:
        for target in targets:
            if isinstance(target, ast.Subscript) and _name(target.value) in self.rules.lists:
                self._add(f"{_name(target.value)}[...] =", value)

    def _add(self, place: str, node: ast.AST) -> None:
        if (self.rel, self.function) in self.rules.allowed or not is_sentence(node):
            return
        line = getattr(node, "lineno", 0)
        self.found.append(Finding(f"{self.rel}:{line}", self.function, place, ast.unparse(node)))


def scan_source(text: str, rel: str, rules: Rules) -> list[Finding]:
    visitor = _Visitor(rel, rules)
    visitor.visit(ast.parse(text, rel))
    return sorted(visitor.found, key=lambda f: int(f.where.rsplit(":", 1)[1]))


def scan(root: Path, files: Iterable[Path], rules: Rules) -> list[Finding]:
    """Every finding in ``files`` (paths under ``root``, named relative to it)."""
    found: list[Finding] = []
    for path in sorted(files):
        rel = path.relative_to(root).as_posix()
        found += scan_source(path.read_text(encoding="utf-8"), rel, rules)
    return found
