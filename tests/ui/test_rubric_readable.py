"""Issue 16, sub-finding 1 (the 自评 tree): every code, item title and rule text is readable at
1366×768 in the window's default state, with the demo of each of the five built-in rubrics.

"Readable" is measured as it is painted: for every row of the tree (all items expanded), the
title delegate gives the text for the row's real text box (the column's width less the row's
indentation, from the view's visualRect); that text must show the first 8 characters of the
title or rule wording (all of it when shorter), the code whole, and fit its box, so the style
does not cut it again. A cut must also leave the whole text in the row's tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from evaldesk.rubrics.registry import builtins
from evaldesk.ui.models.rubric_rows import (
    CRITERION,
    MAX,
    SCORE,
    TITLE,
    CodeRole,
    KindRole,
    TitleRole,
)

#: a 1366×768 screen less a 40-pixel task bar: what a maximised window gets
AVAILABLE = QRect(0, 0, 1366, 728)
FIRST = 8


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """The demo office (`evaldesk demo --rubric ID`) of every built-in rubric."""
    from evaldesk.demo import build_demo

    made = {}
    for rubric in sorted(builtins()):
        folder = tmp_path_factory.mktemp(rubric) / "data"
        result = build_demo(folder, rubric=rubric)
        passwords = {user: password for user, _r, _d, password in result.accounts}
        made[rubric] = (folder, passwords["clerk"])
    return made


def rows(tree: Any, parent: QModelIndex) -> Iterator[QModelIndex]:
    model = tree.model()
    for row in range(model.rowCount(parent)):
        index = model.index(row, TITLE, parent)
        yield index
        yield from rows(tree, index)


def shown_text(tree: Any, index: QModelIndex) -> tuple[str, int, QFontMetricsF]:
    """The text the title cell of ``index`` paints, the width the style gives it (its text box
    less the style's margins) and the font it is painted in."""
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    delegate = tree.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    style = tree.style()
    box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree)
    return option.text, box.width() - 2 * (margin + 1), QFontMetricsF(option.font)


@pytest.mark.parametrize("rubric", sorted(builtins()))
def test_every_title_and_rule_text_is_readable_at_1366x768(
    demos: dict[str, tuple[Path, str]], rubric: str, qapp: Any, qtbot: Any
) -> None:
    from evaldesk.services import users
    from evaldesk.services.records_lookup import latest_year
    from evaldesk.store import open_store
    from evaldesk.ui import settings as cfg
    from evaldesk.ui.context import AppContext
    from evaldesk.ui.main_window import MainWindow

    folder, password = demos[rubric]
    store = open_store(folder)
    ctx = AppContext(folder, store, users.login(store, "clerk", password), latest_year(store))
    window = MainWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(AVAILABLE)
    view = window.show_view("rubric")
    view.tabs.setCurrentWidget(view.items_page)  # a report form opens on its form tab
    qtbot.waitUntil(lambda: view.tree.viewport().width() > 0)
    tree = view.tree
    tree.expandAll()
    checked = 0
    unreadable = []
    for index in rows(tree, QModelIndex()):
        title = str(index.data(TitleRole) or "")
        text, width, fm = shown_text(tree, index)
        code = "" if index.data(KindRole) == CRITERION else f"{index.data(CodeRole)}　"
        wanted = code + (title if len(title) <= FIRST else title[:FIRST])
        if not text.startswith(wanted) or math.ceil(fm.horizontalAdvance(text)) > width:
            unreadable.append(f"{code}{title!r} shows {text!r} in {width} px")
        if text != code + title:  # cut: the whole text is one hover away
            assert title in str(index.data(Qt.ItemDataRole.ToolTipRole) or ""), title
        checked += 1
    assert checked > 5
    assert not unreadable, "\n".join(unreadable[:20])
    assert not tree.horizontalScrollBar().isVisible()
    # a rated rubric gives items no points: no columns of zeros beside its items
    rated = ctx.rubric.kind == "rating"
    assert [tree.isColumnHidden(c) for c in (SCORE, MAX)] == [rated, rated]
    panel = window.score  # nor section bars of 0/0 and a flat year in its score details
    panel.only_when_shown = False
    panel.show_report()
    assert [panel.bars.isHidden(), panel.trend.isHidden()] == [rated, rated]
    ctx.close()
    store.close()
