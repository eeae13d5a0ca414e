"""The rubric authoring screens (issue 20), driven as an administrator drives them.

The import preview: a column the guess missed is mapped by hand, the suggestions appear beside
their sentences, and the same layout next time comes back mapped. The editor: a suggestion is
confirmed, a rule's parameter changed, an item scored by hand, points typed and per-unit
targets pasted (the office's numbers, marked), a broken edit shown with the words of
`evaldesk rubrics validate`, and the result saved as a new version beside the old one.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QLineEdit, QPushButton

from evaldesk.rubrics import authoring
from evaldesk.rubrics.model import Rubric
from evaldesk.services import rubric_files, rubric_import
from evaldesk.ui.dialogs.rubric_editor import RubricEditorDialog
from evaldesk.ui.dialogs.rubric_import import RubricImportDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_rubric_loader import run_cli

ROWS: list[list[object]] = [
    ["一、基础工作（8分）"],
    ["1", "台账管理", 5, "建立工作台账。", "未建立台账的，扣3分；台账不全的，扣2分。"],
    ["2", "信息报送", 3, "按时报送信息。", "每少报1次扣1分，扣完为止。"],
    ["二、重点工作（6分）"],
    ["1", "就业任务", 4, "完成就业任务。", "完成得满分，未完成按比例得分，未达70%不得分。"],
    ["2", "对接活动", 2, "开展对接活动。", "未开展对接活动的，不得分并倒扣1分。"],
]


def _table(path: Path, criteria_header: str = "评分标准", rows: list[list[object]] = ROWS) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2025年度县人社局工作考核细则"])
    sheet.append(["序号", "考核项目", "分值", "考核内容", criteria_header])
    for row in rows:
        sheet.append(row)
        if len(row) == 1:
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=5
            )
    book.save(path)
    return path


def _node(tree, code):  # type: ignore[no-untyped-def]
    for top in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(top)
        for n in range(section.childCount()):
            if section.child(n).text(0) == code:
                return section.child(n)
    raise AssertionError(code)


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(i).text() for i in range(widget.count())]


def test_import_preview_maps_a_column_and_remembers_the_layout(open_ctx, qtbot, tmp_path) -> None:
    ctx = open_ctx("admin")
    # "打分说明" is no header the guess knows: the criteria are not read until mapped
    path = _table(tmp_path / "细则.xlsx", "打分说明")
    dialog = RubricImportDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    criteria = dialog.columns["criteria"]
    assert criteria.currentData() is None
    assert _node(dialog.preview, "一.2").text(4) == ""

    criteria.setCurrentIndex(criteria.findData(4))
    entry = _node(dialog.preview, "一.2")
    assert entry.text(4) == "每少报1次扣1分，扣完为止。"  # the sentence, verbatim
    assert entry.text(3).startswith("※")  # beside it, the suggested kind, marked
    assert entry.toolTip(4) == "每少报1次扣1分，扣完为止。"
    dialog.rubric_id.setText("county-2025")
    dialog.rubric_id.editingFinished.emit()
    assert dialog.save_button.isEnabled(), _texts(dialog.problems)
    dialog.save_button.click()
    assert dialog.saved is not None
    rubric = dialog.saved.rubric
    assert (rubric.id, rubric.version) == ("county-2025", 1)
    assert rubric.item("一.2").criteria == "每少报1次扣1分，扣完为止。"  # type: ignore[union-attr]
    assert authoring.suggested_items(rubric) == ["一.1", "一.2", "二.1", "二.2"]

    # next year's table from the same sender: the same columns, mapped as last time
    again = RubricImportDialog(ctx, path=_table(tmp_path / "细则2026.xlsx", "打分说明", ROWS[:3]))
    qtbot.addWidget(again)
    assert again.columns["criteria"].currentData() == 4
    assert _node(again.preview, "一.1").text(4).startswith("未建立台账的")


def test_the_editor_confirms_edits_checks_and_saves_a_new_version(
    open_ctx, qtbot, tmp_path
) -> None:
    ctx = open_ctx("admin")
    _grids, grid, layout = rubric_import.tables(_table(tmp_path / "细则.xlsx"))
    made = rubric_import.draft(grid, layout, "细则.xlsx", rubric_id="county-2025")
    first = rubric_import.save_draft(ctx.store, ctx.actor, made)
    first_file = rubric_files.folder(ctx.store) / authoring.file_name(first.rubric)
    first_bytes = first_file.read_bytes()

    editor = RubricEditorDialog(ctx, first)
    qtbot.addWidget(editor)
    tree = editor.tree
    assert all(_node(tree, c).text(1).startswith("※") for c in ("一.1", "一.2", "二.1", "二.2"))
    assert "4 item(s) have suggested rules (※) to confirm." in _texts(editor.problems)
    assert not editor.save_button.isEnabled()  # nothing changed yet
    assert editor.preview.text().startswith("Preview score with the current facts: ")

    # confirm 一.2's suggestion as it is
    tree.setCurrentItem(_node(tree, "一.2"))
    assert editor.suggestion.text() == "※ Suggested from the sentence: 每少报1次扣1分，扣完为止。"
    editor.findChild(QPushButton, "confirmSuggestion").click()
    assert not _node(tree, "一.2").text(1).startswith("※")
    assert editor.suggestion.text() == ""

    # change a parameter of its rule through the kind's own row: 0.5 a time is the office's
    (box,) = editor.rule_boxes
    _param, widget = box.params["points_each"]
    assert isinstance(widget, QLineEdit) and widget.text() == "1"
    widget.setText("0.5")
    widget.editingFinished.emit()
    assert editor.rubric.item("一.2").rules[0].points_each == Decimal("0.5")  # type: ignore[union-attr]

    # 二.2 scored by hand instead
    tree.setCurrentItem(_node(tree, "二.2"))
    next(
        b for b in editor.findChildren(QPushButton) if b.text() == "Score by &hand instead"
    ).click()
    assert [r.kind for r in editor.rubric.item("二.2").rules] == ["manual"]  # type: ignore[union-attr]
    assert authoring.suggested_items(editor.rubric) == ["一.1", "二.1"]

    # points typed: the office's number, marked, and the rubric still checks clean
    tree.setCurrentItem(_node(tree, "二.1"))
    editor.item_points.setText("5")
    editor.item_points.editingFinished.emit()
    assert editor.rubric.item("二.1").points == 5  # type: ignore[union-attr]
    assert _node(tree, "二.1").text(2) == "5"
    assert not [t for t in _texts(editor.problems) if t.startswith("Error")], _texts(
        editor.problems
    )
    marks = [i for i in editor.rubric.interpretations if i.kind == "office"]
    assert ["item[二.1].points"] in [m.applies_to for m in marks]

    # per-unit targets pasted from Excel: the units are added, the values marked as well
    editor.target_key.setText("jobs")
    editor.target_title.setText("就业目标")
    editor.target_paste.setPlainText("单位\t目标\n东城区\t120\n西城区\t1,080\n")
    next(b for b in editor.findChildren(QPushButton) if b.text() == "Set per-unit tar&gets").click()
    assert [u.name for u in editor.rubric.units] == ["东城区", "西城区"]
    assert editor.rubric.targets["jobs"].values == {"u1": Decimal(120), "u2": Decimal(1080)}
    assert not [t for t in _texts(editor.problems) if t.startswith("Error")]

    # a code another item has: refused in the words of `evaldesk rubrics validate`, nothing changed
    before = editor.rubric
    editor.item_code.setText("二.2")
    editor.item_code.editingFinished.emit()
    assert editor.rubric is before
    refused = editor.problems.item(0).text()
    assert refused.startswith("Not applied: ")
    data = before.model_dump(mode="python")
    data["sections"][1]["items"][0]["code"] = "二.2"
    twice = Rubric.model_validate(data)
    broken = tmp_path / authoring.file_name(twice)
    authoring.write_yaml(twice, broken)
    validated = run_cli("rubrics", "validate", str(broken))
    assert validated.returncode != 0
    said = validated.stdout + validated.stderr
    lines = refused.removeprefix("Not applied: ").splitlines()
    assert "item 二.2: the code is used 2 times" in lines[0]
    for line in lines:  # the same words; the command line adds the line number
        assert line.split(".yaml: ", 1)[1] in said, (line, said)
    editor.item_code.setText("二.1")
    assert editor.save_button.isEnabled(), _texts(editor.problems)

    editor.save_button.click()
    assert editor.saved is not None
    assert editor.saved.rubric.version == 2
    assert first_file.read_bytes() == first_bytes  # version 1 stays as it was
    files = sorted(p.name for p in rubric_files.folder(ctx.store).glob("*.yaml"))
    assert files == ["county-2025.v1.yaml", "county-2025.v2.yaml"]
    reread = next(c for c in rubric_files.saved(ctx.store) if c.rubric.version == 2).rubric
    assert reread.item("二.1").points == 5  # type: ignore[union-attr]
    assert authoring.suggested_items(reread) == ["一.1", "二.1"]
    assert editor.problems.item(0).text().startswith("Saved as version 2")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_rubric_dialogs_have_access_keys_none_twice(open_ctx, qtbot, tmp_path, lang) -> None:
    """Issue 17: access keys on buttons, in the rarer dialogs too (the editor, the table import,
    the new year)."""
    from access_keys import assert_every_button_has_its_own_key

    from evaldesk.ui import i18n
    from evaldesk.ui.dialogs.new_year import NewYearDialog

    i18n.install(lang)
    try:
        ctx = open_ctx("admin")
        path = _table(tmp_path / "细则.xlsx")
        _grids, grid, layout = rubric_import.tables(path)
        made = rubric_import.save_draft(
            ctx.store, ctx.actor, rubric_import.draft(grid, layout, "细则.xlsx", rubric_id="c-1")
        )
        dialogs = [
            RubricEditorDialog(ctx, made),
            RubricImportDialog(ctx, path=path),
            NewYearDialog(ctx),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            assert_every_button_has_its_own_key(dialog)
    finally:
        i18n.install("en")
