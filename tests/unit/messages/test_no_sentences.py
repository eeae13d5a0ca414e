"""No sentence for a person is built outside the message catalog (issue 13).

Every package and module of ``evaldesk`` except ``ui`` (which words its own text with Qt's
``tr()``) hands words to people only as catalog messages (``msg("key", ...)``), never as a str
built in the code. What counts as a sentence, where it is looked for and what is allowed by
rule (schema documentation, programming errors) is in sentences.py.

ALLOWED names the few functions left on purpose, each with why; an entry that matches nothing
any more fails, so the list can only shrink. PENDING packages are being converted on other
branches: their findings are reported (a warning in the test summary) but do not fail.
"""

from __future__ import annotations

import ast
import warnings
from pathlib import Path

import pytest

from messages.sentences import Finding, Rules, is_sentence, scan, scan_source

PACKAGE = Path(__file__).resolve().parents[3] / "evaldesk"

#: Packages and modules whose messages are all catalog messages: all of evaldesk but ``ui``.
CONVERTED: tuple[str, ...] = (
    "__init__.py",
    "__main__.py",
    "cli.py",
    "collect",
    "commands",
    "decimals.py",
    "demo",
    "errors.py",
    "export",
    "input_method.py",
    "kinds",
    "logs.py",
    "messages",
    "resources.py",
    "rubrics",
    "scoring",
    "services",
    "store",
)
#: Packages being converted on other branches: their findings are reported, not failed, until
#: the lead moves them to CONVERTED. None left (the export and the rule kinds joined CONVERTED).
PENDING: tuple[str, ...] = ()
#: Words its text with Qt's tr() (the .ts translations), not with the message catalog.
NOT_CHECKED: tuple[str, ...] = ("ui",)

RULES = Rules(
    fields={
        # the report-form check: what is checked and what was found (evaldesk/scoring/form_*.py)
        "FormCheckResult": (("wording", "reason", "text", "detail"), (2,)),
        "replace": (("wording", "reason", "text", "detail"), ()),
        # a subsidy line's basis (evaldesk/scoring/subsidies.py)
        "SubsidyLine": (("reason", "basis"), (5,)),
    },
    allowed={
        # (file, function) -> why its text stays a str
        ("kinds/__init__.py", "register"): (
            "two rule kinds with one name: a plug-in author's mistake, never a clerk's"
        ),
    },
)


class PendingSentences(UserWarning):
    """Sentences in a package still being converted (PENDING)."""


def files(entries: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for entry in entries:
        path = PACKAGE / entry
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def findings(entries: tuple[str, ...]) -> list[Finding]:
    return scan(PACKAGE, files(entries), RULES)


def test_no_sentence_is_built_outside_the_catalog() -> None:
    found = findings(CONVERTED)
    assert not found, "\n".join(str(f) for f in found)


def test_pending_packages_are_reported_not_failed() -> None:
    """Each PENDING package's findings, or that it has none left (then it belongs in
    CONVERTED), in the warnings of the test summary."""
    for entry in PENDING:
        found = findings((entry,))
        if not found:
            text = f"{entry} has no sentence left: move it from PENDING to CONVERTED"
        else:
            text = f"{len(found)} in {entry}:\n" + "\n".join(str(f) for f in found)
        warnings.warn(PendingSentences(text), stacklevel=1)


def test_every_allowed_function_still_has_its_sentence() -> None:
    unallowed = Rules(fields=RULES.fields)
    everything = findings(CONVERTED + PENDING)
    used = {(f.file, f.function) for f in scan(PACKAGE, files(CONVERTED + PENDING), unallowed)}
    assert [key for key in RULES.allowed if key not in used] == []
    assert not any((f.file, f.function) in RULES.allowed for f in everything)


def test_every_part_of_the_package_is_listed_once() -> None:
    listed = CONVERTED + PENDING + NOT_CHECKED
    assert len(set(listed)) == len(listed)
    present = {
        p.name for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()
    }
    assert present == set(listed)
    assert len(files(CONVERTED)) > 150


BAD = """
from evaldesk.errors import InputError, Locked
from evaldesk.services.validation import InvalidFields, raise_if

def f(x, problems, report, args, errors, name):
    raise InputError(f"there is no item {x}")
    error = Locked("the year is approved", hint="ask a head")
    raise InvalidFields({"title": "标题为空"})
    print(f"ok: {x} items")
    print("backup written: " + str(x))
    problems.append("rows %s are bad" % x)
    report.warnings.extend(["a warning", msg("k")])
    problems["out"] = "choose a file"
    raise_if([("deadline", "the deadline is past" if x else None)])
    parser.add_argument("--year", help="assessment year")
    msg("cli.check.failed", n=1, path="in {}".format(x))
    plain("定性评价")
    raise ValueError("{} is not a date".format(x))
    raise NotFound("no rubric " + name)
    errors.extend(f"{e}: bad" for e in name)
    report.notes.insert(0, "suspicious")
    FormCheckResult(id="1", kind="sum", wording=plain("各项之和" + name), status="ok")
    replace(base, reason="未填写：" + name)
    SubsidyLine("a", "lump_sum", "t", 1, "x", "{}元".format(name))
    raise SomethingWrong(detail="it broke")
"""

GOOD = """
from evaldesk.errors import InputError
from evaldesk.messages import msg, plain

def f(x, problems, args, rule, name):
    raise InputError(msg("ledger.no_file", path=x))
    print(msg("cli.backup.written", path=x))
    print("  " + str(x))
    print(f"{x}: {x}")
    problems.append(msg("ledger.sheet_empty", path=x))
    problems["out"] = msg("export_form.choose_out")
    parser.add_argument("--year", help=help_text("cli.help.year"), metavar="YEAR")
    msg("facts.no_cell", table=x, cell=f"{x}.{x}")
    plain(x.title)
    plain(", ".join(x))
    log.warning("the catalog has no %s", x)
    raise KeyError(name)
    out.append(f"  {name}")  # a line of printed text built from messages: not a problem list
    FormCheckResult(id="1", kind="sum", wording=plain(rule.text), status="ok")
    replace(base, reason=msg("form.row_not_filled"))
    Message("text", {"text": x})
    code: str = Field(description="Unique code, e.g. '一.1'.")
    raise RuntimeError(f"message key {x!r} is defined twice")
    raise TypeError(f"not JSON serialisable: {x}")
"""


def test_the_checker_finds_each_kind_of_sentence() -> None:
    found = scan_source(BAD, "bad.py", RULES)
    places = [f.place for f in found]
    assert places == [
        "InputError()",
        "Locked()",
        "Locked(hint=)",
        "InvalidFields()",
        "print()",
        "print()",
        "problems.append()",
        "warnings.extend()",
        "problems[...] =",
        "raise_if() field problem",
        "add_argument(help=)",
        "msg(path=)",
        "plain() argument",
        "ValueError()",
        "NotFound()",
        "errors.extend()",
        "notes.insert()",
        "plain() argument",
        "replace(reason=)",
        "SubsidyLine() field 5",
        "SomethingWrong(detail=)",
    ], "\n".join(map(str, found))


def test_messages_layout_schema_text_and_programming_errors_pass() -> None:
    assert scan_source(GOOD, "good.py", RULES) == []


def test_an_allowed_function_is_skipped_and_only_it() -> None:
    source = "def register(k):\n    raise ValueError(f'{k} twice')\n"
    allowed = Rules(allowed={("kinds/__init__.py", "register"): "programming error"})
    assert scan_source(source, "kinds/__init__.py", allowed) == []
    assert len(scan_source(source, "kinds/other.py", allowed)) == 1


@pytest.mark.parametrize(
    ("expression", "sentence"),
    [
        ("'abc'", True),
        ("'定'", True),
        ("''", False),
        ("'; '", False),
        ("f'{x}'", False),
        ("f'{x} rows'", True),
        ("'rows %s' % x", True),
        ("', '.join(x)", False),
        ("'and '.join(x)", True),
        ("x.join(y)", False),
        ("x if y else 'none'", True),
        ("['ok', msg('k')]", True),
        ("[f'{e}' for e in x]", False),
        ("msg('k', a='b')", False),
        ("rule.text", False),
    ],
)
def test_what_counts_as_a_sentence(expression: str, sentence: bool) -> None:
    assert is_sentence(ast.parse(expression, mode="eval").body) is sentence
