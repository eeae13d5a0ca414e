"""Every error message of the core layers not yet converted to catalog messages, read from
their source with ``ast``.

Used by test_error_text.py to check that the UI can render each of them in Chinese. The
services speak in catalog messages (``msg("key", ...)``, worded in Chinese and English in
evaldesk/services/wording*.py, and tests/unit/messages/test_no_sentences.py keeps them so):
they are not read here. A package leaves PACKAGES when it is converted. What is collected
(each rendered with sample values for its placeholders: a number for numeric-looking names, a
Chinese word otherwise, so Chinese parts and numbers must pass through the catalog):

* the first positional argument (a string, an f-string or ``"text" + ...``) of every call of an
  EvalDeskError subclass in the PACKAGES — ``raise X(...)`` and ``return X(...)`` alike — and
  its ``hint=`` when that is a string;
* the messages built by helpers: the problems of the data file and the way back
  (store/health.py, shown in the error dialog when it is damaged), the export snapshot's
  problems (``out.append(...)`` in export/snapshot.py);
* messages assembled at run time, made by calling the real code: the lock message of
  store/locks.py for every ``what`` passed to ``ensure_unlocked``/``ensure_entry_editable``,
  ``IN_USE``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import evaldesk.errors as errors_module

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("store", "export", "rubrics", "scoring")

CHINESE = "示例"
NUMBER = "3"
YEAR = "2025"

_NUMERIC = re.compile(
    r"(^|[._\[(])(n|i|done|total|size|count|least|quarter|year|revision|lineno|colno|start|"
    r"points|actual|entry_id|evidence_id|dispatch_id|user_id|ledger_id|max_\w+|min_\w+|"
    r"len\(.*\)|human_size\(.*\)|\w*_id)($|[.\]) ])",
    re.IGNORECASE,
)

#: Placeholders whose sample must be a real phrase of the code, not a Chinese word:
#: (file, expression) -> sample.
SPECIAL: dict[tuple[str, str], str] = {
    ("store/blobs.py", "what"): "is 3 MB, larger",
    ("store/health.py", "what"): "was not opened",
    ("store/parts/approvals.py", "scope_name(year, quarter)"): "quarter 3 of 2025",
}


#: Functions whose returned strings are messages: the problems of the data file and the way
#: back (shown in the error dialog when it is damaged).
FIELD_CHECKS: dict[str, tuple[str, ...]] = {
    "store/health.py": ("quick_problems", "problems", "restore_hint"),
}


@dataclass(frozen=True)
class Message:
    where: str  # file:line
    text: str  # rendered with sample values
    field: bool = False  # a field problem (shown beside a form field), not an exception


def error_class_names() -> set[str]:
    names = {
        name
        for name, value in vars(errors_module).items()
        if isinstance(value, type) and issubclass(value, errors_module.EvalDeskError)
    }
    return names | {"InvalidFields"}


def sample_for(expr: str, rel: str) -> str:
    if (rel, expr) in SPECIAL:
        return SPECIAL[(rel, expr)]
    if re.search(r"(^|\W)year($|\W)|\.year\b", expr) and "rubric" not in expr:
        return YEAR
    if _NUMERIC.search(expr) or expr.isupper():
        return NUMBER
    return CHINESE


def render(node: ast.expr, rel: str) -> str | None:
    """The text of a string expression with samples for its variable parts (None: not text)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            elif isinstance(part, ast.FormattedValue):
                sample = sample_for(ast.unparse(part.value), rel)
                out.append(repr(sample) if part.conversion == ord("r") else sample)
        return "".join(out)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = render(node.left, rel), render(node.right, rel)
        if left is None and right is None:
            return None
        return (left if left is not None else CHINESE) + (right if right is not None else CHINESE)
    if isinstance(node, ast.IfExp):
        return render(node.body, rel)
    return None


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


#: Messages the UI itself raises as EvalDeskErrors (values typed into the rubric tree).
UI_FILES: tuple[str, ...] = ()


def _sources() -> Iterator[tuple[str, ast.Module]]:
    base = ROOT / "evaldesk"
    paths = [p for package in PACKAGES for p in sorted((base / package).rglob("*.py"))]
    for path in [*paths, *(base / f for f in UI_FILES)]:
        rel = path.relative_to(base).as_posix()
        yield rel, ast.parse(path.read_text(encoding="utf-8"))


def from_source() -> tuple[list[Message], list[str]]:
    """(messages, lock ``what`` phrases) found in the source."""
    names = error_class_names()
    found: list[Message] = []
    whats: list[str] = []
    for rel, tree in _sources():

        def add(node: ast.expr, field: bool = False, rel: str = rel) -> None:
            text = render(node, rel)
            if text is not None:
                found.append(Message(f"{rel}:{node.lineno}", text, field))

        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _call_name(node)
                if name in names and node.args:
                    add(node.args[0])
                    for kw in node.keywords:
                        if kw.arg == "hint":
                            add(kw.value)
                elif (
                    name in ("ensure_unlocked", "ensure_entry_editable", "_guard_link")
                    and node.args
                ):
                    text = render(node.args[-1], rel)
                    if text is not None:
                        whats.append(text)
                elif name == "append" and rel == "export/snapshot.py" and node.args:
                    add(node.args[0])
            elif isinstance(node, ast.FunctionDef) and node.name in FIELD_CHECKS.get(rel, ()):
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Return) and sub.value is not None:
                        value = sub.value
                        if isinstance(value, ast.List):
                            for element in value.elts:
                                add(element, field=True)
                        elif isinstance(value, ast.ListComp):
                            add(value.elt, field=True)
                        else:
                            add(value, field=True)
            if isinstance(node, ast.Assign) and rel.startswith("store/parts"):
                target = node.targets[0]
                if isinstance(target, ast.Name) and target.id == "what":
                    text = render(node.value, rel)
                    if text is not None:
                        whats.append(text)
    return found, whats


def assembled(whats: list[str]) -> list[Message]:
    """Messages put together at run time, made by the real helpers."""
    from evaldesk.store.inuse import IN_USE

    out: list[Message] = []
    # Role refusals, unknown items and lock refusals are catalog messages
    # (evaldesk/services/wording.py, evaldesk/store/wording.py): nothing to match.
    out.append(Message("IN_USE", IN_USE.format(root="D:/自评台账")))
    return out


def all_messages() -> list[Message]:
    found, whats = from_source()
    return found + assembled(sorted(set(whats)))
