"""The loader names file, line and item code for every problem, and keeps warnings."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from decimal import Decimal

import pytest

from evaldesk.errors import RubricError
from evaldesk.rubrics.loader import load_file, load_text
from evaldesk.rubrics.registry import builtins, json_schema

GOOD = """
id: sample
title: 样例细则
total: 8
sections:
  - code: 一
    title: 统筹推进
    points: 8
    items:
      - code: 一.1
        title: 机制健全
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


def problems_of(text: str, name: str = "sample.yaml") -> list[str]:
    with pytest.raises(RubricError) as info:
        load(text, name)
    return info.value.problems


def test_good_file_loads_with_exact_decimals():
    loaded = load(GOOD)
    rule = loaded.rubric.item("一.2").rules[0]
    assert rule.points_each == Decimal("0.5") and isinstance(rule.points_each, Decimal)
    assert loaded.warnings == []
    assert len(loaded.sha256) == 64


def test_missing_parameter_names_file_line_item_and_rule():
    text = GOOD.replace("points_each: 0.5, ", "")
    (problem,) = problems_of(text, "hunan-2021.yaml")
    assert problem.startswith("hunan-2021.yaml:")
    line = int(problem.split(":")[1])
    assert "per_count" in textwrap.dedent(text).splitlines()[line - 1]
    assert "item 一.2" in problem
    assert "needs 'points_each'" in problem


def test_yaml_syntax_error_gives_line_and_column():
    text = GOOD.replace("title: 工作督导", "title: [工作督导")
    (problem,) = problems_of(text)
    assert problem.startswith("sample.yaml:")
    assert "YAML syntax error" in problem
    assert int(problem.split(":")[1]) > 1


def test_unknown_rule_kind_lists_known_kinds():
    (problem,) = problems_of(GOOD.replace("kind: per_count", "kind: per_cuont"))
    assert "unknown rule kind 'per_cuont'" in problem and "checklist" in problem


def test_unknown_field_is_named():
    (problem,) = problems_of(GOOD.replace("cap: 4}", "cap: 4, capp: 3}"))
    assert "unknown field 'capp'" in problem and "item 一.2" in problem


def test_letters_where_a_number_belongs():
    (problem,) = problems_of(
        GOOD.replace(
            "points: 4\n        rules:\n          - {kind: per_count",
            "points: 四\n        rules:\n          - {kind: per_count",
        )
    )
    assert "expected a number" in problem and "'四'" in problem and "item 一.2" in problem


def test_every_problem_is_reported_not_only_the_first():
    text = GOOD.replace("points_each: 0.5, ", "").replace("deduct: 2", "deduct: x")
    problems = problems_of(text)
    assert len(problems) == 2


def test_semantic_errors_duplicate_codes_and_unknown_refs():
    text = GOOD.replace("code: 一.2", "code: 一.1")
    assert any("item 一.1: the code is used 2 times" in p for p in problems_of(text))
    text = GOOD.replace("{kind: per_count,", "{kind: proportional, target: {key: nope},").replace(
        ", points_each: 0.5, cap: 4", ""
    )
    assert any("target key 'nope'" in p for p in problems_of(text))


def test_warnings_for_suspicious_data():
    text = GOOD.replace("points: 8\n    items", "points: 16\n    items").replace(
        "total: 8", "total: 16"
    )
    loaded = load(text)
    assert any("items add up to 8 but the section is 16" in w for w in loaded.warnings)
    over = GOOD.replace(
        "{kind: per_count, text: 每个问题扣0.5分，4分扣完为止, points_each: 0.5, cap: 4}",
        "{kind: all_or_nothing, text: 达到省要求的得5分, points: 5}",
    )
    assert any("can award 5 points but the item has 4" in w for w in load(over).warnings)


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
    assert "units add up to 99 but 合计 is 100" in warning


def test_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(RubricError, match="no such file"):
        load_file(tmp_path / "missing.yaml")
    bad = tmp_path / "gbk.yaml"
    bad.write_bytes("id: x\ntitle: 细则\n".encode("gbk"))
    with pytest.raises(RubricError, match="not UTF-8"):
        load_file(bad)


def test_builtins_load_and_schema_is_json():
    assert builtins(), "at least one built-in rubric"
    schema = json.loads(json_schema())
    assert "per_count" in json.dumps(schema)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    # English whatever the machine's locale: the answers are matched in English below.
    return subprocess.run(
        [sys.executable, "-m", "evaldesk", *args, "--lang", "en"],
        capture_output=True,
        text=True,
        encoding="utf-8",
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
