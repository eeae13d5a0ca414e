"""The message catalog: every key worded in Chinese and English, used keys exist, values render."""

from __future__ import annotations

import ast
import re
import string
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from evaldesk.errors import CheckFailed, InputError, RubricError
from evaldesk.messages import Origin, msg, plain, set_language
from evaldesk.messages import catalog as cat

PACKAGE = Path(__file__).resolve().parents[3] / "evaldesk"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_has_both_wordings_with_the_same_placeholders() -> None:
    problems = []
    for key, (zh, en) in cat.catalog().items():
        if not zh.strip() or not en.strip():
            problems.append(f"{key}: a wording is empty")
        elif placeholders(zh) != placeholders(en):
            problems.append(f"{key}: {sorted(placeholders(zh))} vs {sorted(placeholders(en))}")
    assert problems == []


#: Three or more English words in a row: an English sentence inside the Chinese wording.
ENGLISH_RUN = re.compile(r"[A-Za-z]+(?:[ ,]+[A-Za-z]+){2,}")


def test_the_chinese_wording_has_no_english_sentence() -> None:
    """What a Chinese clerk reads is Chinese; names (EvalDesk, BagIt, SHA-256, a command) pass."""
    english = [
        f"{key}: {zh}"
        for key, (zh, _en) in cat.catalog().items()
        if ENGLISH_RUN.search(string.Formatter().vformat(zh, (), _Blank()))
    ]
    assert english == []


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _msg_calls() -> list[tuple[str, int, str, set[str] | None]]:
    """Every msg("key", ...) in the package: (file, line, key, keyword names or None if **)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if name != "msg" or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            names: set[str] | None = {k.arg for k in node.keywords if k.arg is not None}
            if any(k.arg is None for k in node.keywords):
                names = None  # **kwargs: cannot tell statically
            found.append((str(path.relative_to(PACKAGE.parent)), node.lineno, first.value, names))
    return found


def test_every_message_used_in_code_is_in_the_catalog_with_its_arguments() -> None:
    known = cat.catalog()
    problems = []
    for where, line, key, names in _msg_calls():
        if key not in known:
            problems.append(f"{where}:{line}: {key!r} is not in the catalog")
        elif names is not None and placeholders(known[key][0]) - names:
            missing = placeholders(known[key][0]) - names
            problems.append(f"{where}:{line}: {key!r} needs {sorted(missing)}")
    assert problems == []


def test_the_checker_sees_a_missing_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "evaldesk"
    fake.mkdir()
    (fake / "bad.py").write_text('from evaldesk.messages import msg\nmsg("no.such.key", a=1)\n')
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert [c[2] for c in _msg_calls()] == ["no.such.key"]


def test_a_key_defined_twice_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cat, "SOURCES", (*cat.SOURCES, "evaldesk.messages.common"))
    cat.reset()
    try:
        with pytest.raises(RuntimeError, match="defined twice"):
            cat.catalog()
    finally:
        monkeypatch.undo()
        cat.reset()


def test_arguments_are_written_out_in_the_language_asked() -> None:
    inner = msg("common.interrupted")
    outer = msg("common.internal_error", error=inner, report=Path("/tmp/crash.txt"))
    assert outer.text("zh") == "内部错误：已中断。详细信息已保存到 /tmp/crash.txt"
    assert outer.text("en") == "internal error: interrupted. Details were saved to /tmp/crash.txt"
    listed = msg("text", text=[Decimal("0.50"), Decimal(4)])
    assert listed.text("zh") == "0.5、4"
    assert listed.text("en") == "0.5, 4"


def test_json_carries_key_arguments_chinese_text_and_origin() -> None:
    message = msg("common.internal_error", Origin(file="a.yaml", line=3), error="x", report="r")
    set_language("en")
    try:
        data = message.to_json()
    finally:
        set_language("zh")
    assert data == {
        "key": "common.internal_error",
        "args": {"error": "x", "report": "r"},
        "text": "内部错误：x。详细信息已保存到 r",
        "origin": {"file": "a.yaml", "line": 3},
    }


def test_an_unknown_key_still_shows_what_it_carries() -> None:
    assert msg("no.such.key", n=3).text("zh") == "no.such.key（n=3）"


def test_errors_carry_messages_and_show_them_in_the_current_language() -> None:
    error = InputError(msg("common.interrupted"), hint=plain("try again"))
    set_language("en")
    try:
        assert str(error) == "interrupted\ntry again"
    finally:
        set_language("zh")
    assert error.message == "已中断"
    listed = RubricError("bad rubric", [plain("one"), "two"])
    assert str(listed) == "one\ntwo"
    assert listed.problems == ["one", "two"]
    failed = CheckFailed("package damaged", [plain("hash mismatch")])
    assert str(failed) == "package damaged"
    assert failed.problems == ["hash mismatch"]
