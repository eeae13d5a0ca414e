"""`evaldesk rubrics import` and `evaldesk rubrics diff` (issue 20), run as a person runs them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sender_tables import USUAL, write_usual_docx, write_usual_xlsx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_rubric_loader import run_cli

from evaldesk.rubrics.authoring import set_item_rules, write_yaml
from evaldesk.rubrics.loader import load_file


def test_import_writes_a_rubric_that_validates(tmp_path: Path) -> None:
    table, out = tmp_path / "细则.docx", tmp_path / "county.yaml"
    write_usual_docx(table)
    done = run_cli("rubrics", "import", str(table), "--out", str(out), "--id", "county-2024")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "5 item(s) suggested" in done.stdout
    checked = run_cli("rubrics", "validate", str(out), "--json")
    assert checked.returncode == 0
    assert json.loads(checked.stdout)["items"] == 5
    rubric = load_file(out).rubric
    assert rubric.id == "county-2024" and rubric.version == 1


def test_import_of_a_malformed_table_writes_nothing(tmp_path: Path) -> None:
    rows = list(USUAL)
    rows[2] = (None, "2", "宣传推介", "4", "开展主题宣传活动。", "每少1次扣1分。")
    table, out = tmp_path / "bad.xlsx", tmp_path / "bad.yaml"
    write_usual_xlsx(table, rows)
    done = run_cli("rubrics", "import", str(table), "--out", str(out), lang="zh_CN.UTF-8")
    assert done.returncode == 2
    assert "标明8分，其下各项合计9分" in done.stdout
    assert "没有写入任何文件" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xlsx"]
    as_json = run_cli("rubrics", "import", str(table), "--out", str(out), "--json")
    assert as_json.returncode == 2
    body = json.loads(as_json.stdout)
    assert body["imported"] is False
    assert [e["key"] for e in body["errors"]] == ["import.sum_differs"]
    assert not out.exists()


def test_import_with_a_column_map(tmp_path: Path) -> None:
    table, out = tmp_path / "t.xlsx", tmp_path / "t.yaml"
    write_usual_xlsx(table)
    done = run_cli("rubrics", "import", str(table), "--out", str(out), "--map", "points=E")
    assert done.returncode == 2  # the criteria are not points: each such row is named
    assert "row 4: the points" in done.stdout
    done = run_cli(
        "rubrics", "import", str(table), "--out", str(out), "--map", "points=分值,criteria=5"
    )
    assert done.returncode == 0, done.stdout


def test_diff_names_what_changed(tmp_path: Path) -> None:
    table, old_path, new_path = tmp_path / "t.xlsx", tmp_path / "old.yaml", tmp_path / "new.yaml"
    write_usual_xlsx(table)
    assert run_cli("rubrics", "import", str(table), "--out", str(old_path)).returncode == 0
    old = load_file(old_path).rubric
    changed = set_item_rules(old, "一.2", [{"kind": "manual", "text": "人工评分"}], "admin")
    data = changed.model_dump(mode="python")
    data["version"] = 2
    first = data["sections"][0]
    first["items"][0]["title"] = "工作机制健全"
    first["items"].append({**first["items"][1], "code": "一.3", "title": "新项目", "rules": []})
    first["items"][1]["points"] = 2
    from evaldesk.rubrics.model import Rubric

    write_yaml(Rubric.model_validate(data), new_path)
    done = run_cli("rubrics", "diff", str(old_path), str(new_path), "--json")
    assert done.returncode == 0, done.stderr
    kinds = sorted((c["kind"], c["code"]) for c in json.loads(done.stdout)["changes"])
    assert kinds == [("added", "一.3"), ("points", "一.2"), ("renamed", "一.1"), ("rules", "一.2")]
    text = run_cli("rubrics", "diff", str(old_path), str(new_path), lang="zh_CN.UTF-8")
    assert "改名：一.1 “机制健全” → “工作机制健全”" in text.stdout
    same = run_cli("rubrics", "diff", str(old_path), str(old_path))
    assert "the same items, points and rules" in same.stdout


def test_a_rule_whose_parameters_changed_is_named_with_them(tmp_path: Path) -> None:
    from decimal import Decimal

    from evaldesk.rubrics.diff import diff
    from evaldesk.rubrics.importing import import_table

    table = tmp_path / "t.xlsx"
    write_usual_xlsx(table)
    old = import_table(table).loaded.rubric  # type: ignore[union-attr]
    rule = old.item("二.2.1").rules[0].model_dump(mode="python", exclude_none=True)  # type: ignore[union-attr]
    new = set_item_rules(old, "二.2.1", [{**rule, "points_each": Decimal(1)}], "admin")
    (change,) = [c for c in diff(old, new) if c.kind == "rules"]
    assert change.message is not None
    # the same kind on both sides: which parameter changed, not "按次扣分 → 按次扣分"
    assert change.message.text("zh") == "计分规则参数改变：二.2.1 按次扣分（每次扣分）"
    manual = set_item_rules(old, "二.2.1", [{"kind": "manual", "text": "人工评分"}], "admin")
    (change,) = [c for c in diff(old, manual) if c.kind == "rules"]
    assert change.message is not None
    assert change.message.text("zh") == "计分规则改变：二.2.1 按次扣分 → 评定分数"
