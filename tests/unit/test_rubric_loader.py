"""The loader names file, line and item code for every problem, and keeps warnings.

Problems are messages: the tests check the problem's key and arguments and where it is
(file, line, item), and read the text in a stated language where the wording matters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from decimal import Decimal

import pytest
from messages.expect import found, keys

from evaldesk.errors import RubricError
from evaldesk.messages import Message
from evaldesk.rubrics.loader import load_file, load_text
from evaldesk.rubrics.registry import builtins, json_schema
from evaldesk.rubrics.where import problem_of

GOOD = """
id: sample
title: 样例细则
total: 8
quotes: [评估细则（总分8分）]
sections:
  - code: 一
    title: 统筹推进
    quote: 一、统筹推进（8分）
    points: 8
    items:
      - code: 一.1
        title: 机制健全
        quote: 1. 机制健全 4
        points: 4
        rules:
          - kind: checklist
            lines:
              - {id: "1", text: 未制定年度工作方案并及时报送，扣2分, deduct: 2}
      - code: 一.2
        title: 工作督导
        points: 4
        rules:
          - {kind: per_count, text: 每个问题扣0.5分，4分扣完为止, points_each: 0.5, cap: 4}
"""


def load(text: str, name: str = "sample.yaml"):
    return load_text(textwrap.dedent(text), name)


def problems_of(text: str, name: str = "sample.yaml") -> list[Message]:
    with pytest.raises(RubricError) as info:
        load(text, name)
    return info.value.problem_messages


def line_of(text: str, line: int | None) -> str:
    assert line is not None
    return textwrap.dedent(text).splitlines()[line - 1]


def test_good_file_loads_with_exact_decimals():
    loaded = load(GOOD)
    rule = loaded.rubric.item("一.2").rules[0]
    assert rule.points_each == Decimal("0.5") and isinstance(rule.points_each, Decimal)
    assert loaded.warnings == []
    assert len(loaded.sha256) == 64


def test_missing_parameter_names_file_line_item_and_rule():
    text = GOOD.replace("points_each: 0.5, ", "")
    (problem,) = problems_of(text, "hunan-2021.yaml")
    assert problem.origin is not None
    assert (problem.origin.file, problem.origin.item) == ("hunan-2021.yaml", "一.2")
    assert "per_count" in line_of(text, problem.origin.line)
    assert problem.origin.field == "sections[0].items[1].rules[0].points_each"
    assert problem_of(problem).key == "value.owner_needs"
    assert problem_of(problem).args["field"] == "points_each"
    line = problem.origin.line
    assert problem.text("en") == (
        f"hunan-2021.yaml:{line}: item 一.2: rule 1 (per_count) needs 'points_each'"
    )
    assert (
        problem.text("zh")
        == f"hunan-2021.yaml:{line}：项目 一.2：规则 1（per_count）：缺少 points_each"
    )


def test_yaml_syntax_error_gives_line_and_column():
    text = GOOD.replace("title: 工作督导", "title: [工作督导")
    (problem,) = problems_of(text)
    assert problem_of(problem).key == "rubric.yaml_syntax"
    assert problem.origin is not None and problem.origin.file == "sample.yaml"
    assert problem.origin.line is not None and problem.origin.line > 1
    assert problem.text("zh").startswith(f"sample.yaml:{problem.origin.line}:")
    assert "YAML 语法错误" in problem.text("zh") and "YAML syntax error" in problem.text("en")


def test_our_own_yaml_refusals_are_messages():
    (twice,) = problems_of(
        GOOD.replace("title: 工作督导", "title: 工作督导\n        title: 又一个")
    )
    assert problem_of(twice).key == "rubric.yaml_duplicate_key"
    assert problem_of(twice).args == {"key": "title"}
    assert twice.text("zh").endswith("同一映射中键“title”出现了两次")


def test_unknown_rule_kind_lists_known_kinds():
    (problem,) = problems_of(GOOD.replace("kind: per_count", "kind: per_cuont"))
    unknown = problem_of(problem)
    assert unknown.key == "kind.unknown" and unknown.args["kind"] == "per_cuont"
    assert "checklist" in unknown.args["known"]
    assert problem.origin is not None and problem.origin.item == "一.2"


def test_a_rule_without_kind_is_named_by_its_id():
    (problem,) = problems_of(GOOD.replace("- kind: checklist", "- text: 无类型"))
    assert problem_of(problem).key == "kind.missing"
    assert "项目 一.1：规则 1：规则缺少 kind" in problem.text("zh")


def test_unknown_field_is_named():
    (problem,) = problems_of(GOOD.replace("cap: 4}", "cap: 4, capp: 3}"))
    assert problem_of(problem).key == "value.unknown_field"
    assert problem_of(problem).args["field"] == "capp"
    assert problem.origin is not None and problem.origin.item == "一.2"
    assert "unknown field 'capp'" in problem.text("en")
    assert "未知字段“capp”" in problem.text("zh")


def test_letters_where_a_number_belongs():
    text = GOOD.replace(
        "points: 4\n        rules:\n          - {kind: per_count",
        "points: 四\n        rules:\n          - {kind: per_count",
    )
    (problem,) = problems_of(text)
    assert problem_of(problem).key == "value.not_a_number"
    assert problem_of(problem).args == {"input": "四"}
    assert problem.origin is not None and problem.origin.item == "一.2"
    assert "points: 四" in line_of(text, problem.origin.line)
    assert problem.text("zh").endswith("项目 一.2：points：应为数字，实际是“四”")


def test_pydantic_english_never_reaches_a_chinese_reader():
    """Bounds, patterns, lists and literals of the schema each have their own key."""
    cases = {
        GOOD.replace("id: sample", "id: Sample"): "value.id_chars",
        GOOD.replace("total: 8", "total: -8"): "value.not_negative",
        GOOD.replace("total: 8", "total: 1e16"): "number.too_large",
        GOOD.replace("total: 8", "total: 0.0000001"): "number.too_precise",
        GOOD.replace("title: 样例细则", "title: 样例细则\nkind: scores"): "value.not_one_of",
        GOOD.replace("title: 样例细则", "title: 样例细则\nyear: 1800"): "value.at_least",
        GOOD.replace("title: 样例细则", "title: 样例细则\nrules: 3"): "value.not_list",
        GOOD.replace("title: 样例细则", "title: 样例细则\nform: {checks: [{kind: avg}]}"): (
            "value.unknown_tag"
        ),
    }
    for text, key in cases.items():
        (problem,) = problems_of(text)
        assert problem_of(problem).key == key, problem.text("en")
        assert "Input should" not in problem.text("zh"), problem.text("zh")
    (pattern,) = problems_of(GOOD.replace("id: sample", "id: Sample"))
    assert "[a-z" not in pattern.text("zh") and "只能用小写英文字母" in pattern.text("zh")
    literal = problems_of(GOOD.replace("title: 样例细则", "title: 样例细则\nkind: scores"))[0]
    assert problem_of(literal).args["expected"] == ["points", "rating", "report"]


def test_every_problem_is_reported_not_only_the_first():
    text = GOOD.replace("points_each: 0.5, ", "").replace("deduct: 2", "deduct: x")
    problems = problems_of(text)
    assert keys(problems) == ["value.not_a_number", "value.owner_needs"]
    assert [p.origin.item for p in problems if p.origin] == ["一.1", "一.2"]


def test_semantic_errors_duplicate_codes_and_unknown_refs():
    text = GOOD.replace("code: 一.2", "code: 一.1")
    reused = found(problems_of(text), "rubric.code_reused", n=2)
    assert reused.origin is not None and reused.origin.item == "一.1"
    assert "一.1" in line_of(text, reused.origin.line)  # the second use
    assert reused.origin.field == "sections[0].items[1]"
    assert (
        reused.text("en")
        == f"sample.yaml:{reused.origin.line}: item 一.1: the code is used 2 times"
    )
    text = GOOD.replace("{kind: per_count,", "{kind: proportional, target: {key: nope},").replace(
        ", points_each: 0.5, cap: 4", ""
    )
    nope = found(problems_of(text), "kind.unknown_target_key", key="nope")
    assert nope.origin is not None and nope.origin.item == "一.2"
    assert "proportional" in line_of(text, nope.origin.line)
    assert nope.text("zh").endswith(
        "项目 一.2：规则 1（proportional）：目标分解表 nope 不在 targets 中"
    )


def test_warnings_for_suspicious_data():
    text = GOOD.replace("points: 8\n    items", "points: 16\n    items").replace(
        "total: 8", "total: 16"
    )
    loaded = load(text)
    section = found(loaded.warnings, "rubric.items_vs_section")
    assert problem_of(section).args == {"total": Decimal(8), "points": Decimal(16)}
    assert section.origin is not None and "code: 一" in line_of(text, section.origin.line)
    assert "items add up to 8 but the section is 16" in section.text("en")
    assert loaded.warning_texts("zh") == [section.text("zh")]
    over = GOOD.replace(
        "{kind: per_count, text: 每个问题扣0.5分，4分扣完为止, points_each: 0.5, cap: 4}",
        "{kind: all_or_nothing, text: 达到省要求的得5分, points: 5}",
    )
    rule = found(load(over).warnings, "rubric.rule_over_item")
    assert problem_of(rule).args == {"top": Decimal(5), "points": Decimal(4)}
    assert rule.origin is not None and rule.origin.item == "一.2"
    assert "can award 5 points but the item has 4" in rule.text("en")
    assert "最多可得5分，但本项目只有4分" in rule.text("zh")


def test_targets_that_do_not_add_up_are_warned():
    text = """
    id: t
    title: 分解表
    units: [{id: a, name: 甲镇}, {id: b, name: 乙镇}]
    targets:
      jobs: {title: 城镇新增就业, total: 100, values: {a: 60, b: 39}}
    sections:
      - code: 一
        title: 就业
        items:
          - {code: A, title: 就业, points: 3, rules: [{kind: all_or_nothing, text: 未完成不得分, target: {key: jobs}}]}
    """
    (warning,) = load(text).warnings
    assert problem_of(warning).key == "rubric.targets_vs_total"
    assert problem_of(warning).args == {"total": Decimal(99), "stated": Decimal(100)}
    assert "units add up to 99 but 合计 is 100" in warning.text("en")
    assert warning.origin is not None and warning.origin.field == "targets.jobs.total"


def test_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(RubricError) as missing:
        load_file(tmp_path / "missing.yaml")
    assert problem_of(missing.value.msg).key == "rubric.no_such_file"
    assert missing.value.msg.origin is not None
    assert missing.value.msg.origin.file == str(tmp_path / "missing.yaml")
    bad = tmp_path / "gbk.yaml"
    bad.write_bytes("id: x\ntitle: 细则\n".encode("gbk"))
    with pytest.raises(RubricError) as undecodable:
        load_file(bad)
    assert problem_of(undecodable.value.msg).key == "rubric.not_utf8"
    assert str(undecodable.value).startswith("gbk.yaml：不是 UTF-8 文本")


def test_builtins_load_and_schema_is_json():
    assert builtins(), "at least one built-in rubric"
    schema = json.loads(json_schema())
    assert "per_count" in json.dumps(schema)


def run_cli(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    """The command line under the locale ``lang`` (English unless it is a Chinese one)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "evaldesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
    )


def test_cli_validate_exit_codes(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(textwrap.dedent(GOOD), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(textwrap.dedent(GOOD).replace("points_each: 0.5, ", ""), encoding="utf-8")
    ok = run_cli("rubrics", "validate", str(good))
    assert ok.returncode == 0 and ok.stdout.startswith("ok: sample")
    failed = run_cli("rubrics", "validate", str(bad))
    assert failed.returncode == 1
    assert "bad.yaml:" in failed.stdout and "needs 'points_each'" in failed.stdout
    assert "Traceback" not in failed.stdout + failed.stderr
    as_json = json.loads(run_cli("rubrics", "validate", str(bad), "--json").stdout)
    assert as_json["valid"] is False and as_json["errors"]


def test_cli_usage_errors_exit_2_with_a_message(tmp_path):
    missing = run_cli("score", "--rubric", "no-such-rubric", "--facts", str(tmp_path / "f.json"))
    assert missing.returncode == 2 and "no rubric 'no-such-rubric'" in missing.stderr
    facts = tmp_path / "facts.json"
    facts.write_text('{"items": {"一.2": {"count": -1}}}', encoding="utf-8")
    rubric = tmp_path / "r.yaml"
    rubric.write_text(textwrap.dedent(GOOD), encoding="utf-8")
    negative = run_cli("score", "--rubric", str(rubric), "--facts", str(facts))
    assert negative.returncode == 2 and "must not be negative" in negative.stderr
    facts.write_text('{"items": {"九.9": {"count": 1}}}', encoding="utf-8")
    unknown = run_cli("score", "--rubric", str(rubric), "--facts", str(facts))
    assert unknown.returncode == 2 and "no such item" in unknown.stderr
    assert run_cli("score").returncode == 2
    assert run_cli("no-such-command").returncode == 2
