"""The core's messages on the screen, in the interface language (issue 13).

The UI renders message values (evaldesk/ui/message_text.py); nothing matches their text. A
store refusal, a field problem with its label, a list of problems and a hint read as Chinese in
the Chinese interface and as English in the English one, wherever the error is shown: the error
dialog, a field's message, an inline label. tests/unit/messages/test_no_parsing.py keeps text
matching out; tests/unit/messages/test_catalog.py keeps every key worded in both languages.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from evaldesk import messages
from evaldesk.errors import CheckFailed, NotFound, PermissionDenied, RubricError, StoreError
from evaldesk.messages import msg
from evaldesk.services.validation import InvalidFields
from evaldesk.ui import i18n
from evaldesk.ui.dialogs.error import ErrorDialog
from evaldesk.ui.message_text import error_text, field_problems, message_text

#: Three or more English words in a row: an English sentence left in the Chinese interface.
ENGLISH_RUN = re.compile(r"[A-Za-z]+(?:[ ,]+[A-Za-z]+){2,}")


def test_a_store_error_follows_the_interface_language(chinese_ui: None) -> None:
    exc = NotFound(msg("years.no_such", year=2031, years=[2024, 2025]))
    assert error_text(exc) == "本单位没有2031考核年度（已有年度：2024、2025）"
    i18n.install("en")
    assert error_text(exc) == "there is no assessment year 2031 in this office (years: 2024, 2025)"


def test_the_interface_language_decides_not_the_messages_default(chinese_ui: None) -> None:
    """A command run in the same process may leave messages in English: the GUI still shows
    Chinese, because it renders in its own language."""
    messages.set_language("en")
    assert message_text(msg("comments.empty")) == "审核意见为空"


def test_a_hint_comes_on_its_own_line(chinese_ui: None, tmp_path: Path) -> None:
    hint = msg("store.no_backup", path=str(tmp_path / "backups"))
    exc = StoreError(msg("store.empty_database", path="evaldesk.sqlite3"), hint=hint)
    first, second = error_text(exc).split("\n")
    assert first.startswith("evaldesk.sqlite3 是空文件（0 字节）")
    assert second.startswith(f"在{tmp_path / 'backups'}中没有找到备份")


def test_field_problems_carry_the_catalog_labels(chinese_ui: None) -> None:
    problems = {"title": msg("ledger.title_empty"), "deadline": msg("ledger.no_file", path="x")}
    assert field_problems(problems.items(), "; ").startswith("事项：")
    assert "; 办理时限：" in field_problems(problems.items(), "; ")
    assert error_text(InvalidFields(problems)).split("\n")[0].startswith("事项：")
    i18n.install("en")
    assert field_problems(problems.items()).split("\n")[1].startswith("deadline: ")


def test_the_dialog_lists_the_problems_of_a_rubric_file_naming_the_file_once(
    qtbot, tmp_path: Path, chinese_ui: None
) -> None:
    from evaldesk.rubrics.loader import load_file

    bad = tmp_path / "示范县考核细则.yaml"
    bad.write_text(
        "id: Bad\ntitle: 示范\nsections:\n  - code: 一\n    title: 一\n    items:\n"
        "      - {code: 一.1, title: 一, points: x, rules: []}\n",
        encoding="utf-8",
    )
    with pytest.raises(RubricError) as caught:
        load_file(bad)
    dialog = ErrorDialog(caught.value)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "请检查输入"
    assert dialog.message.text() == "示范县考核细则.yaml 中有 2 处问题，逐条列在下面："
    lines = dialog.details.toPlainText().split("\n")
    assert lines[0].startswith("第 1 行：id：“Bad”不能作编号：只能用小写英文字母")
    assert lines[1] == "第 7 行：项目 一.1：points：应为数字，实际是“x”"
    i18n.install("en")
    dialog = ErrorDialog(caught.value)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == "2 problems in 示范县考核细则.yaml, each listed below:"
    assert dialog.details.toPlainText().split("\n")[1] == (
        "line 7: item 一.1: points: expected a number, got 'x'"
    )


def test_a_failed_check_keeps_its_own_message_above_its_problems(qtbot, chinese_ui: None) -> None:
    problems = [msg("comments.empty"), msg("office.none")]
    dialog = ErrorDialog(CheckFailed(msg("cli.check.failed", n=2, path="D:/台账"), problems))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "检查未通过"
    assert dialog.message.text() == "在D:/台账中发现2个问题"
    assert dialog.details.toPlainText() == "审核意见为空\n该数据文件夹中还没有单位，请先创建单位"


def test_a_clerk_approving_is_refused_in_chinese(open_ctx, qtbot, shown_errors, chinese_ui):
    from evaldesk.ui.views.review import ReviewView

    ctx = open_ctx("clerk")
    view = ReviewView(ctx)
    qtbot.addWidget(view)
    assert not view.approvals.approve(4, comment="")
    exc = shown_errors[-1]
    assert isinstance(exc, PermissionDenied)
    dialog = ErrorDialog(exc)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "无权操作"
    assert dialog.message.text() == (
        f"审核季度或年度需要负责人角色；{ctx.actor.display_name}的角色是经办人"
    )


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_editing_an_entry_of_a_locked_quarter_is_refused_in_the_interface_language(
    open_ctx, lang: str
) -> None:
    from evaldesk.services import approvals, ledger
    from evaldesk.services.changes import NOTHING
    from evaldesk.services.ledger_table import LedgerQuery
    from evaldesk.ui.undo import try_apply

    ctx = open_ctx("clerk")
    assert 1 in approvals.locked(ctx.store, ctx.year)  # the demo approved quarters 1-3
    entry = next(
        e
        for e in ctx.store.ledger.search(LedgerQuery(year=ctx.year, limit=None))
        if e.received_date < date(ctx.year, 4, 1) and e.received_date.year == ctx.year
    )
    i18n.install(lang)
    try:
        message = try_apply(
            ctx,
            "改标题",
            lambda: (
                ledger.edit_entry(ctx.store, ctx.actor, entry.id, {"title": "改一个标题"}),
                NOTHING,
            )[1],
        )
    finally:
        i18n.install("en")
    assert message is not None
    if lang == "en":
        assert message.startswith(f"ledger entry #{entry.id} cannot be changed: quarter 1 of")
        assert message.endswith("a head (负责人) must unlock it first")
    else:
        assert message.startswith(f"台账事项 #{entry.id} 不能修改：{ctx.year}年第1季度已由")
        assert message.endswith("如需修改，须由负责人先解锁")
        assert not ENGLISH_RUN.findall(message)


def test_a_non_number_typed_in_the_rubric_tree_is_refused_in_chinese(
    open_ctx, qtbot, shown_errors, chinese_ui
):
    from PySide6.QtCore import Qt

    from evaldesk.ui.models.rubric_rows import VALUE, CriterionRole
    from evaldesk.ui.views.rubric import RubricView

    ctx = open_ctx("clerk")
    view = RubricView(ctx)
    qtbot.addWidget(view)
    model = view.model
    assert model is not None
    parent = model.index_of("一.3")
    row = next(
        model.index(r, VALUE, parent)
        for r in range(model.rowCount(parent))
        if model.data(model.index(r, 0, parent), CriterionRole).editor == "int"
    )
    assert not model.setData(row, "abc", Qt.ItemDataRole.EditRole)
    dialog = ErrorDialog(shown_errors[-1])
    qtbot.addWidget(dialog)
    assert dialog.message.text() == "一.3：“abc”不是数字"


def test_ledger_field_problems_are_chinese_beside_the_fields(qtbot, ctx, chinese_ui):
    from PySide6.QtCore import QDate, Qt

    from evaldesk.ui.views.ledger import LedgerView

    view = LedgerView(ctx, today=date(ctx.year, 12, 31))
    qtbot.addWidget(view)
    dialog = view.new_entry()
    dialog.title_edit.setText("   ")
    dialog.received_edit.setDate(QDate(ctx.year, 5, 10))
    dialog.deadline_edit.setDate(QDate(ctx.year, 5, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None
    assert dialog.error_text("title") == "事项为空，请用几个字说明是什么事项"
    assert dialog.error_text("deadline") == (
        f"办理时限{ctx.year}-05-01早于接收日期{ctx.year}-05-10"
    )


def test_an_evidence_file_refused_by_the_store_is_named_in_chinese(
    ctx, qtbot, tmp_path: Path, chinese_ui
):
    """The store's own refusal (a folder given as evidence) reaches the attach result in the
    interface language."""
    from evaldesk.ui.widgets.attach import attach_files

    folder = tmp_path / "扫描件"
    folder.mkdir()
    seen = []
    op = attach_files(None, ctx, [folder], [], on_done=seen.append, quiet=True)
    qtbot.waitUntil(lambda: op.finished, timeout=10_000)
    assert seen and seen[0].refused == [(folder, f"{folder}是文件夹，请选择其中的文件")]
