"""How the command line picks its language and gives argparse its Chinese (commands/language.py).

The subprocess tests (tests/e2e/test_cli_language.py) show the result; these pin the parts: the
pre-scan of ``--lang``, argparse's catalog against argparse's own source, and the hooks put back.
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

from evaldesk.cli import main
from evaldesk.commands import wording
from evaldesk.commands.language import argparse_chinese, argparse_speaking, choose, lang_given

#: argparse messages only a wrongly defined parser raises (a bug of ours, never a person's
#: mistake): they stay English and end in the crash report.
PROGRAMMING_ERRORS = frozenset(
    {
        "%r is not callable",
        "'required' is an invalid argument for positionals",
        ".__call__() not defined",
        'argument "-" with mode %r',
        "cannot have multiple subparser arguments",
        "cannot merge actions - two groups are named %r",
        "conflicting option string: %s",
        "conflicting option strings: %s",
        "conflicting subparser alias: %s",
        "conflicting subparser: %s",
        "dest= is required for options like %r",
        "invalid conflict_resolution value: %r",
        "invalid option string %(option)r: must start with a character %(prefix_chars)r",
        "mutually exclusive arguments must be optional",
    }
)


def argparse_msgids() -> set[str]:
    """Every literal argparse hands to gettext (``_("...")``, ``ngettext("...", "...", n)``)."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id in ("_", "ngettext"):
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            found |= {text for text in texts if isinstance(text, str)}
    return found


def test_every_argparse_message_a_person_can_meet_has_chinese() -> None:
    """A newer Python that words a usage error anew fails here until the catalog has it."""
    msgids = argparse_msgids()
    assert "the following arguments are required: %s" in msgids  # the reader works
    assert sorted(msgids - set(argparse_chinese()) - PROGRAMMING_ERRORS) == []
    assert sorted(set(argparse_chinese()) - msgids) == []  # none left over from an old Python


def test_argparse_wordings_keep_argparses_placeholders() -> None:
    placeholder = re.compile(r"%(?:\(\w+\))?[sr]")
    for key, (zh, en) in wording.MESSAGES.items():
        if key.startswith("argparse."):
            assert sorted(placeholder.findall(zh)) == sorted(placeholder.findall(en)), key


@pytest.mark.parametrize(
    ("argv", "given"),
    [
        (["score", "--lang", "zh"], "zh"),
        (["--lang=en", "demo"], "en"),
        (["--lang", "zh", "score", "--lang", "en"], "en"),  # the last one, as argparse takes it
        (["score", "--", "--lang", "zh"], None),  # after "--" it is not an option
        (["score", "--lang"], None),  # no value: argparse will say so
        (["score"], None),
    ],
)
def test_lang_is_found_before_the_parser_is_built(argv: list[str], given: str | None) -> None:
    assert lang_given(argv) == given


def test_lang_wins_over_the_locale_and_the_locale_over_the_default() -> None:
    assert choose(["--lang", "en"], {"LANG": "zh_CN.UTF-8"}) == "en"
    assert choose(["--lang", "zh_CN"], {"LANG": "C.UTF-8"}) == "zh"
    assert choose([], {"LANG": "zh_CN.UTF-8"}) == "zh"
    assert choose([], {"LANG": "C.UTF-8"}) == "en"


def test_argparse_is_given_back_its_own_gettext(capsys: pytest.CaptureFixture[str]) -> None:
    """The hooks are argparse's, shared by the whole process: put back after every run."""
    before = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    with argparse_speaking("zh"):
        assert argparse._("usage: ") == "用法："  # type: ignore[attr-defined]
        assert argparse.ngettext("expected %s argument", "expected %s arguments", 2) == (  # type: ignore[attr-defined]
            "需要 %s 个值"
        )
    assert (argparse._, argparse.ngettext) == before  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):
        main(["--lang", "zh", "nosuch"])
    assert "无效的选择：'nosuch'" in capsys.readouterr().err
    assert (argparse._, argparse.ngettext) == before  # type: ignore[attr-defined]
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]
