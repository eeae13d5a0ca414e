"""Errors of the core shown in Chinese: every English message the store, export, rubrics and
scoring can still raise is in the pattern catalog (read from their source with ``ast``),
variable parts pass through unchanged, and the places that show an error (the error dialog, a
field's message) show the Chinese; in English the original text is shown. A catalog message
(the services') is worded in the interface language without any pattern."""

from __future__ import annotations

import logging
import re
from datetime import date

import pytest
from error_messages import Message, all_messages
from PySide6.QtCore import QCoreApplication

from evaldesk.errors import InputError, Locked, PermissionDenied, StoreError
from evaldesk.messages import msg
from evaldesk.ui import i18n
from evaldesk.ui.dialogs.error import ErrorDialog
from evaldesk.ui.error_text import error_text, find_template, message_text, templates
from evaldesk.ui.error_text.template import CONTEXT

#: Three or more English words in a row: an untranslated sentence.
ENGLISH_RUN = re.compile(r"[A-Za-z]+(?:[ ,]+[A-Za-z]+){2,}")

#: Messages left in English on purpose: (file, a piece of the message). By text, not by line,
#: so an edit elsewhere in the file does not move an exclusion onto another message.
EXCLUDED = {
    # only the command line can produce these (its options are named in them)
    ("export/keys.py", "no terminal to ask for it"),  # set ... or --passphrase-file
    ("scoring/subsidies.py", "score with --unit"),  # `evaldesk score --unit`
    ("scoring/facts.py", "invalid JSON"),  # a facts JSON file given to `evaldesk score`
    # developer tooling: alembic migrations run by scripts/new_migration.py
    ("store/migrations/env.py", ""),
}


def _excluded(message: Message) -> bool:
    path = message.where.split(":")[0]
    return any(path == where and piece in message.text for where, piece in EXCLUDED)


@pytest.fixture
def chinese(qapp):
    i18n.install("zh_CN")
    yield
    i18n.install("en")


def english_left(text: str) -> list[str]:
    return ENGLISH_RUN.findall(text)


def _lines(text: str) -> list[str]:
    # the command line inside the restore hint stays a command
    return [line for line in text.split("\n") if line.strip() and not line.startswith("    ")]


def _covered(message: Message) -> bool:
    return all(find_template(line.strip()) is not None for line in _lines(message.text))


def test_every_message_of_the_core_reads_as_chinese(chinese):
    messages = all_messages()
    # the collector found the raise sites (store, export, rubrics, scoring; the services speak
    # in catalog messages)
    assert len(messages) > 120
    excluded = [m for m in messages if _excluded(m)]
    checked = [m for m in messages if m not in excluded]
    missing = [m for m in checked if not _covered(m)]
    english = [(m, message_text(m.text)) for m in checked if english_left(message_text(m.text))]
    covered = len(checked) - len(missing)
    print(
        f"error messages in Chinese: {covered}/{len(checked)} checked "
        f"({covered / len(checked):.0%}); {len(excluded)} of {len(messages)} excluded on purpose"
    )
    assert not missing, "\n".join(f"{m.where}: {m.text}" for m in missing)
    assert not english, "\n".join(f"{m.where}: {m.text} -> {t}" for m, t in english)


def test_the_check_finds_english_the_catalog_does_not_know(chinese):
    unknown = Message("here:1", "this sentence is not in the catalog")
    assert not _covered(unknown)
    assert english_left(message_text(unknown.text))
    assert not english_left(message_text("the comment is empty"))


def test_variable_parts_and_chinese_inside_pass_through(chinese):
    assert message_text("the file name is 300 characters long; shorten it to at most 255") == (
        "文件名长300个字符，请缩短到255个字符以内"
    )
    assert message_text("ledger entry '督导整改' names unknown rubric item 九.9") == (
        "台账事项“督导整改”关联了不存在的评分项目九.9"
    )
    locked = (
        "ledger entry #12 cannot be changed: quarter 1 of 2025 was approved by 李建国 on "
        "2025-04-02 and is locked; a head (负责人) must unlock it first"
    )
    assert message_text(locked) == (
        "2025年第1季度已由李建国于2025-04-02审核锁定，不能修改台账事项 #12；需由负责人解锁后才能修改"
    )
    written = "cannot write D:/报送/包.zip: [Errno 28] No space left on device; nothing was written"
    assert message_text(written) == "无法写入D:/报送/包.zip：磁盘空间不足；未生成任何文件"
    damaged = StoreError(
        "The EvalDesk database is damaged and was not opened: /d/evaldesk.db is damaged: "
        "database disk image is malformed; /d/evaldesk.db is not a database (its header is "
        "damaged)",
        hint="The restore keeps the damaged file in the backups folder.",
    )
    assert error_text(damaged) == (
        "EvalDesk 数据库已损坏，未能打开：/d/evaldesk.db已损坏：数据库文件已损坏；"
        "/d/evaldesk.db不是数据库（文件头已损坏）\n恢复时会把损坏的文件保留在备份文件夹中。"
    )


def test_every_translation_keeps_the_parts_of_its_source(chinese):
    placeholder = re.compile(r"\{(\w+)\}")
    dropped_on_purpose = {"errno"}  # "[Errno 28] No space left on device" -> 磁盘空间不足
    for template in templates():
        chinese_text = QCoreApplication.translate(CONTEXT, template.source)
        assert chinese_text != template.source, template.source
        source_parts = set(placeholder.findall(template.source))
        parts = set(placeholder.findall(chinese_text))
        assert parts <= source_parts, template.source
        assert source_parts - parts <= dropped_on_purpose, template.source


def test_an_unknown_message_is_shown_as_it_is_and_logged_once(chinese, caplog):
    caplog.set_level(logging.DEBUG, logger="evaldesk.ui.error_text")
    exc = InputError("a message nobody has translated yet (id 7)")
    assert error_text(exc) == str(exc)
    assert error_text(exc) == str(exc)
    logged = [r for r in caplog.records if "nobody has translated" in r.getMessage()]
    assert len(logged) == 1


def test_a_short_phrase_does_not_swallow_an_unknown_message(chinese):
    """The phrase "quarter {quarter} of {year}" is in the catalog; an unknown sentence that
    starts like it must not come out half translated ("… 年第1季度")."""
    text = "quarter 1 of 2025 is under review by the county office since 2025-04-02"
    assert error_text(Locked(text)) == text
    assert message_text("quarter 1 of 2025") == "2025年第1季度"


def test_a_catalog_message_is_worded_in_the_interface_language_without_patterns(qapp, qtbot):
    """A converted service's error carries its key: the dialog shows its wording in the
    interface language, and no pattern of the old catalog is involved."""
    exc = InputError(msg("users.password_short", n=10))
    assert find_template(exc.msg.text("en")) is None  # the services' patterns are gone
    i18n.install("zh_CN")
    try:
        assert error_text(exc) == "密码太短，至少需要10个字符"
        dialog = ErrorDialog(exc)
        qtbot.addWidget(dialog)
        assert dialog.message.text() == "密码太短，至少需要10个字符"
    finally:
        i18n.install("en")
    assert error_text(exc) == "the password is too short; use at least 10 characters"


def test_in_english_the_original_text_is_shown(qapp, qtbot):
    i18n.install("en")
    exc = Locked(
        "the facts cannot be changed: the year 2025 was approved by user:head on 2025-04-02 "
        "and is locked; a head (负责人) must unlock it first"
    )
    assert error_text(exc) == str(exc)
    dialog = ErrorDialog(exc)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == str(exc)


def test_a_clerk_approving_is_refused_in_chinese(open_ctx, qtbot, shown_errors, chinese):
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


def test_editing_an_entry_of_a_locked_quarter_is_refused_in_chinese(open_ctx, chinese):
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
    message = try_apply(
        ctx,
        "改标题",
        lambda: (
            ledger.edit_entry(ctx.store, ctx.actor, entry.id, {"title": "改一个标题"}),
            NOTHING,
        )[1],
    )
    assert message is not None
    # a catalog message now (evaldesk/store/wording.py), worded in Chinese directly
    assert message.startswith(f"台账事项 #{entry.id} 不能修改：{ctx.year}年第1季度已由")
    assert message.endswith("如需修改，须由负责人先解锁")
    assert not english_left(message)


def test_a_non_number_typed_in_the_rubric_tree_is_refused_in_chinese(
    open_ctx, qtbot, shown_errors, chinese
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


def test_ledger_field_problems_are_chinese_beside_the_fields(qtbot, ctx, chinese):
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
