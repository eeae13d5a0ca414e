"""Issue 17, sub-finding 3: no internal name on screen in Chinese.

Every view of the main window (the demo office as its clerk and as its head, and the 如皋 office
whose interpretations name per-unit targets and subsidies), the ledger entry dialog and the
set-up wizard are rendered in zh_CN, and every text a person can read there — labels, buttons,
headers, tooltips, the cells of trees, tables and lists — is scanned for snake_case
identifiers, MIME types, "user:" actors, file names of the package and the rubric files' field
names (tests/leaks.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from forms_data import RUGAO_YEAR, context, rugao_office
from leaks import leaks
from visible_texts import visible_texts

from evaldesk.rubrics.addresses import address_names
from evaldesk.rubrics.registry import builtins, get
from evaldesk.scoring.marks import uses
from evaldesk.ui import settings as cfg
from evaldesk.ui.main_window import VIEWS, MainWindow
from evaldesk.ui.widgets.item_detail import item_html, labels


def every_view(ctx: Any, qtbot: Any) -> list[tuple[str, str]]:
    window = MainWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    texts: list[tuple[str, str]] = []
    for spec in VIEWS:
        view: Any = window.show_view(spec.key)
        if spec.key == "evidence" and view.model.rowCount():
            view.list.setCurrentIndex(view.model.index(0, 0))  # its details: kind, who added it
            assert view.details.text()
        texts += [(f"{spec.key} {where}", text) for where, text in visible_texts(view)]
    texts += visible_texts(window.strip)
    texts += visible_texts(window.score)
    return texts


@pytest.mark.parametrize("user", ["clerk", "head"])
def test_17_3_every_view_in_chinese_shows_no_internal_name(
    open_ctx, qtbot, chinese_ui, user
) -> None:
    texts = every_view(open_ctx(user), qtbot)
    assert len(texts) > 500  # the scan reached the trees and tables
    assert any("PDF 文件" in text or "图片" in text for _where, text in texts)
    assert leaks(texts) == []


def test_17_3_interpretations_name_targets_and_subsidies_in_words(
    tmp_path: Path, qtbot, chinese_ui, shown_errors
) -> None:
    """如皋's interpretations apply to per-unit targets (target[laowu_jidi]), ranking steps and
    the subsidies (subsidies.rank_awards[...]): their "applies to" is in words."""
    store, actor = rugao_office(tmp_path / "data")
    ctx = context(tmp_path / "data", store, actor, RUGAO_YEAR)
    try:
        texts = every_view(ctx, qtbot)
        applies = [text for where, text in texts if where.startswith("interpretations")]
        assert any("名次奖励" in text for text in applies)
        assert leaks(texts) == []
    finally:
        ctx.close()
        store.close()


def test_17_3_ledger_dialog_and_wizard_show_no_internal_name(
    open_ctx, tmp_path: Path, qtbot, chinese_ui
) -> None:
    from evaldesk.ui.dialogs.ledger_entry import LedgerEntryDialog
    from evaldesk.ui.dialogs.wizard import SetupWizard

    dialog = LedgerEntryDialog(open_ctx("clerk"), None)
    qtbot.addWidget(dialog)
    wizard = SetupWizard(tmp_path / "new")
    qtbot.addWidget(wizard)
    texts = [*visible_texts(dialog)]
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        texts += [("wizard title", page.title()), ("wizard subtitle", page.subTitle())]
        texts += visible_texts(page)
    assert leaks(texts) == []


def test_17_3_the_scan_finds_what_the_issue_saw() -> None:
    """The patterns catch each leak the issue reported (so the scans above can fail)."""
    seen = [
        "dispatch_missing",
        "ledger_overdue",
        "12 KB · application/pdf · 2025-03-01 · user:clerk",
        "目标值 target",
        "actual",
        "facts",
        "与报送包中的评分表和 score.json 同源",
    ]
    assert len(leaks(("seen", text) for text in seen)) >= len(seen)
    assert leaks([("fine", "12 KB · PDF 文件 · 2025-03-01 · 王经办")]) == []


@pytest.mark.parametrize("rubric_id", sorted(builtins()))
def test_17_3_item_details_read_in_words(rubric_id: str, chinese_ui) -> None:
    """The 解读说明 under an item (the rubric file's note) names the facts in words: "目标值为省
    当年平均通过率" for the file's "target 为省当年平均通过率", "未报送调度的季度数" for
    dispatch_missing; so do the interpretations' reasons ("参加排名的最低值 100")."""
    rubric = get(rubric_id).rubric
    names = address_names(rubric)
    texts = [
        (item.code, re.sub(r"<[^>]+>", "", item_html(item, None, labels(), names)))
        for item in rubric.items()
    ]
    texts += [(use.id, use.reason) for use in uses(rubric, {})]
    assert leaks(texts) == []
