"""`rubrics validate`, `rubrics show` and `score --facts` answer in the locale's language: Chinese
under a Chinese locale, English otherwise (run as a clerk runs them, in a subprocess)."""

from __future__ import annotations

import json
import textwrap

import pytest
from test_rubric_loader import GOOD, run_cli

ZH, EN = "zh_CN.UTF-8", "C.UTF-8"

#: GOOD with one item whose rule can award more than the item (a warning) and a rule missing
#: its points_each (an error) in BAD.
WARNED = GOOD.replace(
    "{kind: per_count, text: 每个问题扣0.5分，4分扣完为止, points_each: 0.5, cap: 4}",
    "{kind: all_or_nothing, text: 本项4分，达到省要求的得5分, points: 5}",
)
BAD = GOOD.replace("points_each: 0.5, ", "")


@pytest.fixture
def files(tmp_path):
    out = {}
    for name, text in (("warned.yaml", WARNED), ("bad.yaml", BAD), ("good.yaml", GOOD)):
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        out[name] = str(path)
    return out


def test_validate_names_the_problem_in_the_locales_language(files):
    zh = run_cli("rubrics", "validate", files["bad.yaml"], lang=ZH)
    en = run_cli("rubrics", "validate", files["bad.yaml"], lang=EN)
    assert zh.returncode == en.returncode == 1
    assert "项目 一.2：规则 1（per_count）：缺少 points_each" in zh.stdout
    assert "needs" not in zh.stdout
    assert "item 一.2: rule 1 (per_count) needs 'points_each'" in en.stdout
    assert "缺少" not in en.stdout


def test_validate_warnings_in_the_locales_language(files):
    zh = run_cli("rubrics", "validate", files["warned.yaml"], lang=ZH)
    en = run_cli("rubrics", "validate", files["warned.yaml"], lang=EN)
    assert zh.returncode == en.returncode == 0
    assert "warned.yaml:" in zh.stdout and "最多可得5分，但本项目只有4分" in zh.stdout
    assert "can award 5 points but the item has 4" in en.stdout
    assert "最多可得" not in en.stdout


def test_validate_json_carries_the_chinese_text_whatever_the_locale(files):
    for lang in (ZH, EN):
        shown = json.loads(
            run_cli("rubrics", "validate", files["bad.yaml"], "--json", lang=lang).stdout
        )
        (error,) = shown["errors"]
        assert "缺少 points_each" in error["text"]
        assert error["origin"]["item"] == "一.2"
        assert error["origin"]["field"].endswith("rules[0].points_each")


def test_show_labels_follow_the_locale_and_quote_the_rubric(files):
    zh = run_cli("rubrics", "show", files["warned.yaml"], lang=ZH)
    en = run_cli("rubrics", "show", files["warned.yaml"], lang=EN)
    assert zh.returncode == en.returncode == 0
    for line in ("总分 8 分", "【一】统筹推进（8分）", "  一.1 机制健全　4分", "【校验提示】"):
        assert line in zh.stdout.splitlines() or line in zh.stdout, line
    assert "最多可得5分" in zh.stdout
    for line in ("total 8 points", "[一] 统筹推进 (8 points)", "  一.1 机制健全  4 points"):
        assert line in en.stdout, line
    assert "[Validation warnings]" in en.stdout and "can award 5 points" in en.stdout
    # the rubric's own words stay as they are, in both
    assert en.stdout.startswith("样例细则\n") and zh.stdout.startswith("样例细则\n")
    assert "总分" not in en.stdout and "规则1：" not in en.stdout and "rule 1: " in en.stdout


def test_show_of_an_unknown_unit_in_both_languages(files):
    zh = run_cli("rubrics", "show", files["good.yaml"], "--unit", "乙镇", lang=ZH)
    en = run_cli("rubrics", "show", files["good.yaml"], "--unit", "乙镇", lang=EN)
    assert zh.returncode == en.returncode == 2
    assert "考核细则sample中没有考核对象“乙镇”" in zh.stderr
    assert "no unit '乙镇' in rubric sample" in en.stderr


def test_score_with_a_bad_facts_file_answers_in_both(files, tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text('{"items": {"一.2": {"count": -1}, "九.9": {"count": 1}}}', encoding="utf-8")
    args = ("score", "--rubric", files["good.yaml"], "--facts", str(facts))
    zh, en = run_cli(*args, lang=ZH), run_cli(*args, lang=EN)
    assert zh.returncode == en.returncode == 2
    assert "facts.json：项目 一.2：规则 1：count：不能为负数（实际是 -1）" in zh.stderr
    assert "facts.json: item 一.2: rule 1: count: must not be negative (got -1)" in en.stderr
    facts.write_text('{"items": {"九.9": {"count": 1}}}', encoding="utf-8")
    zh, en = run_cli(*args, lang=ZH), run_cli(*args, lang=EN)
    assert "facts.json：项目 九.9：考核细则 sample 中没有这个项目" in zh.stderr
    assert "facts.json: item 九.9: no such item in sample" in en.stderr
    facts.write_text('{"items": {', encoding="utf-8")
    zh, en = run_cli(*args, lang=ZH), run_cli(*args, lang=EN)
    assert "facts.json:1:" in zh.stderr and "JSON 格式错误" in zh.stderr
    assert "invalid JSON" in en.stderr


@pytest.mark.parametrize("action", ["show", "validate"])
def test_json_of_a_rubric_with_warnings(files, action):
    shown = run_cli("rubrics", action, files["warned.yaml"], "--json", lang=EN)
    assert shown.returncode == 0, shown.stderr
    (warning,) = json.loads(shown.stdout)["warnings"]
    assert "最多可得5分" in warning["text"]  # the Chinese text, whatever the locale
    assert warning["origin"]["item"] == "一.2" and warning["key"] == "where.at"
