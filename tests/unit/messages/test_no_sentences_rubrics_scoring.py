"""The rubric loader and validator, the rule kinds and the scoring package build no sentence for a
person outside the message catalog (issue 13): no text in a raised error, in a list of
problems, or in a report-form check's or a subsidy line's wording (helper: sentences.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from messages.sentences import Rules, builds_text, scan, scan_source

ROOT = Path(__file__).resolve().parents[3] / "evaldesk"
PACKAGES = ("rubrics", "scoring", "kinds")

RULES = Rules(
    fields={
        # the report-form check: what is checked and what was found (evaldesk/scoring/form_*.py)
        "FormCheckResult": (("wording", "reason", "text", "detail"), (2,)),
        "replace": (("wording", "reason", "text", "detail"), ()),
        # a subsidy line's basis (evaldesk/scoring/subsidies.py)
        "SubsidyLine": (("reason", "basis"), (5,)),
    },
    allowed={
        # a plug-in author's mistake (two kinds with one name), never a clerk's
        ("kinds/__init__.py", "register"): "programming error",
    },
)


def files() -> list[Path]:
    return [p for package in PACKAGES for p in (ROOT / package).rglob("*.py")]


def test_no_sentence_is_built_outside_the_catalog() -> None:
    found = scan(ROOT, files(), RULES)
    assert not found, "\n".join(str(f) for f in found)


def test_the_scan_covers_every_module_of_the_packages() -> None:
    scanned = {p.relative_to(ROOT).as_posix() for p in files()}
    assert {"rubrics/loader.py", "rubrics/validate.py", "scoring/forms.py"} <= scanned
    assert "scoring/subsidies.py" in scanned and "kinds/__init__.py" in scanned


BAD = """
def load(name, problems, errors, found):
    raise RubricError(f"{name}: no such file")
    raise FactsError("unknown count", hint="check the spelling")
    raise InputError(plain(f"{name} is wrong"))
    raise NotFound("no rubric " + name)
    problems.append(f"{name}: bad")
    errors.extend(f"{e}: bad" for e in name)
    self.warnings.append("suspicious")
    FormCheckResult(id="1", kind="sum", wording=plain("各项之和" + name), status="ok")
    replace(base, reason="未填写：" + name)
    SubsidyLine("a", "lump_sum", "t", 1, "x", "{}元".format(name))
"""

GOOD = """
def load(name, problems, rule):
    raise RubricError(msg("rubric.no_such_file", Origin(file=name)))
    raise FactsError(problems[0], problems)
    raise KeyError(name)
    problems.append(locator.place(spot, msg("facts.no_item", rubric=name)))
    out.append(f"  {name}")  # a line of printed text built from messages: not a problem list
    FormCheckResult(id="1", kind="sum", wording=plain(check.text), status="ok")
    replace(base, reason=msg("form.row_not_filled"))
    SubsidyLine("a", "lump_sum", "t", 1, "x", msg("subsidy.all_reached"))
"""


def test_the_scan_finds_each_kind_of_sentence() -> None:
    found = scan_source(BAD, "bad.py", RULES)
    lines = [int(f.where.split(":")[1]) for f in found]
    assert sorted(set(lines)) == list(range(3, 13)), "\n".join(str(f) for f in found)
    assert lines.count(4) == 2  # the message and its hint


def test_messages_and_quoted_words_pass() -> None:
    assert scan_source(GOOD, "good.py", RULES) == []


def test_an_allowed_function_is_skipped_and_only_it() -> None:
    source = "def register(k):\n    raise ValueError(f'{k} twice')\n"
    allowed = Rules(allowed={("kinds/__init__.py", "register"): "programming error"})
    assert scan_source(source, "kinds/__init__.py", allowed) == []
    assert len(scan_source(source, "kinds/other.py", allowed)) == 1


@pytest.mark.parametrize(
    ("expression", "text"),
    [
        ("'abc'", True),
        ("''", False),
        ("f'{x}'", True),
        ("'a' % x", True),
        ("', '.join(x)", True),
        ("x.join(y)", False),
        ("plain(rule.text)", False),
        ("plain('a' + x)", True),
        ("msg('k', a='b')", False),
        ("x if y else 'z'", True),
    ],
)
def test_what_counts_as_text(expression: str, text: bool) -> None:
    node = ast.parse(expression, mode="eval").body
    assert builds_text(node) is text
