"""自评: the rubric as a tree with tick boxes and values, the wording and the score beside it.

Every edit goes through the services as the logged-in user (``undo.record_row``), so it
is audited, refused with a reason when the role or a lock forbids it, and undoable. The score
updates within the frame: the store reports the change, the AppContext rescores only the
item that changed, and the model repaints only the rows whose results moved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from evaldesk.scoring.report import ScoreReport
from evaldesk.ui import permissions, theme
from evaldesk.ui.context import AppContext
from evaldesk.ui.errors import guarded, show_error
from evaldesk.ui.models import rubric_filter as rf
from evaldesk.ui.models.rubric_model import RubricModel
from evaldesk.ui.models.rubric_rows import (
    EVIDENCE,
    ITEM,
    MAX,
    SCORE,
    TITLE,
    VALUE,
    ChoicesRole,
    CodeRole,
    KindRole,
)
from evaldesk.ui.widgets.fact_delegate import FactDelegate, chips_width
from evaldesk.ui.widgets.item_detail import ItemDetail
from evaldesk.ui.widgets.ranking_group import RankingGroupEditor
from evaldesk.ui.widgets.title_delegate import TitleDelegate


class RubricView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rubricView")

        self.search = QLineEdit()
        self.search.setObjectName("rubricSearch")
        self.search.setPlaceholderText(self.tr("Search items (code, title, wording)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)

        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        self.filter_buttons: dict[str, QPushButton] = {}
        for mode, text in (
            (rf.ALL, self.tr("&All")),
            (rf.LOSING, self.tr("Losing &points")),
            (rf.NOT_ASSESSED, self.tr("&Not assessed")),
            (rf.MISSING_EVIDENCE, self.tr("&Missing evidence")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"filter_{mode}")
            button.setCheckable(True)
            button.setChecked(mode == rf.ALL)
            button.clicked.connect(lambda _c=False, m=mode: self.set_filter(m))
            self.filters.addButton(button)
            self.filter_buttons[mode] = button
            bar.addWidget(button)
        self.rating = QComboBox()
        self.rating.setObjectName("ratingChoice")
        self.rating.activated.connect(self._rating_chosen)
        self.rating_label = QLabel(self.tr("Rating:"))
        bar.addWidget(self.rating_label)
        bar.addWidget(self.rating)
        self.shown = QLabel()
        self.shown.setObjectName("rubricShown")
        bar.addWidget(self.shown)

        self.banner = QLabel()
        self.banner.setObjectName("rubricReadOnly")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            f"background:#fff4e5; color:{theme.WARN.darker(140).name()}; padding:6px;"
            "border-radius:3px;"
        )
        self.banner.hide()

        self.tree = QTreeView()
        self.tree.setObjectName("rubricTree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setIndentation(16)  # three levels: every pixel left of a title is one less in it
        self.values = FactDelegate(self.tree)
        self.tree.setItemDelegateForColumn(VALUE, self.values)
        self.tree.setItemDelegateForColumn(TITLE, TitleDelegate(self.tree))
        self.tree.installEventFilter(self)
        self.tree.viewport().installEventFilter(self)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.detail = ItemDetail(ctx)
        self.ranking = RankingGroupEditor(ctx)
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setObjectName("rubricSide")
        self.side.addWidget(self.detail)
        self.side.addWidget(self.ranking)
        self.side.setStretchFactor(0, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("rubricSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.side)
        # The tree gets most of the width: its titles are what the clerk reads while ticking;
        # the detail wraps, so it reads in less than a third of it.
        self.splitter.setStretchFactor(0, 7)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([700, 300])
        self.detail.setMinimumWidth(260)

        self.items_page = QWidget()
        page = QVBoxLayout(self.items_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(bar)
        page.addWidget(self.banner)
        page.addWidget(self.splitter, 1)
        # Other pages of the year's rubric (报告表, 补助测算) share the view as tabs.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rubricTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.items_page, "")
        self.pages: dict[str, QWidget] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs, 1)

        self.model: RubricModel | None = None
        self._value_need = 0
        self.proxy = rf.RubricFilter(self)
        self.tree.setModel(self.proxy)
        self._build_model()
        self._build_pages()
        ctx.score_changed.connect(self._on_score)
        ctx.changed.connect(self._on_changed)

    # ----------------------------------------------------------------- model

    def _build_model(self) -> None:
        old = self.model
        self.model = RubricModel(self.ctx.rubric, self.ctx.live.unit, self)
        self.model.on_edit = self._record
        self.model.on_error = lambda exc: show_error(self, exc)
        self.model.update(self.ctx.report(), self.ctx.facts())
        self.proxy.setSourceModel(self.model)
        if old is not None:
            old.deleteLater()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.tree.expandToDepth(0)
        # Sized once, not ResizeToContents: that mode re-measures every row on each change,
        # which alone would take a whole frame per tick.
        metrics = self.tree.fontMetrics()
        for column in (VALUE, SCORE, MAX, EVIDENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")]
            texts += self._column_texts(column)
            widest = max(metrics.horizontalAdvance(t) for t in texts) + 12
            if column == VALUE:
                self._value_need = max(widest, self._widest_choices(metrics))
                continue
            header.resizeSection(column, min(widest, metrics.horizontalAdvance("0") * 10))
        # A rated rubric (中农) gives items no points: columns of zeros would only mislead
        # (seen at 1366×768); its rating shows in the strip and the rating box.
        rated = self.ctx.rubric.kind == "rating"
        for column in (SCORE, MAX):
            self.tree.setColumnHidden(column, rated)
        self._fit_columns()
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self._update_rating()
        self._update_permissions()
        self._update_count()
        self.detail.show_item(None, None)

    def _build_pages(self) -> None:
        """The tabs beside the tree for this year's rubric (rebuilt when the year changes)."""
        from evaldesk.ui.views import rubric_pages

        for widget in self.pages.values():
            self.tabs.removeTab(self.tabs.indexOf(widget))
            widget.deleteLater()
        self.pages = {}
        before = rubric_pages.pages_before(self.ctx, self)
        for n, (title, widget) in enumerate(before):
            self.tabs.insertTab(n, widget, title)
            self.pages[widget.objectName()] = widget
        for title, widget in rubric_pages.pages_after(self.ctx, self):
            self.tabs.addTab(widget, title)
            self.pages[widget.objectName()] = widget
        self.tabs.setTabText(self.tabs.indexOf(self.items_page), rubric_pages.items_title(self.ctx))
        self.tabs.tabBar().setVisible(self.tabs.count() > 1)
        self.tabs.setCurrentIndex(0)

    def page(self, name: str) -> QWidget | None:
        """A tab beside the tree by object name (reportFormView, subsidyPanel), if shown."""
        return self.pages.get(name)

    def _fit_columns(self) -> None:
        """The Recorded column gets what its values need, but never so much that an item's
        code and the first ten characters of its title stop fitting: the titles come first.
        A value cut short is whole in its tooltip; choice words fall back to the chosen one."""
        metrics = self.tree.fontMetrics()
        others = sum(
            self.tree.columnWidth(c)
            for c in (SCORE, MAX, EVIDENCE)
            if not self.tree.isColumnHidden(c)
        )
        title = metrics.horizontalAdvance("二.2.12　" + "国" * 11) + 3 * self.tree.indentation()
        room = self.tree.viewport().width() - others - title
        least = metrics.horizontalAdvance("0") * 16
        self.tree.header().resizeSection(VALUE, max(least, min(self._value_need, room)))

    def _widest_choices(self, metrics: QFontMetrics) -> int:
        """The width the choice words of the status and event rows need."""
        assert self.model is not None
        widths = [0]
        for inode in self.model.by_code.values():
            for cnode in inode.children if inode.kind == ITEM else []:
                index = self.model.createIndex(cnode.row, VALUE, cnode)
                words = index.data(ChoicesRole)
                if words:
                    widths.append(chips_width(metrics, [w for _v, w in words]))
        return max(widths)

    def _column_texts(self, column: int) -> list[str]:
        """Every row's text in ``column``, collapsed rows included (sized once per build)."""
        assert self.model is not None
        texts: list[str] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, column, parent)
                texts.append(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
                pending.append(self.model.index(row, 0, parent))
        return texts

    def _record(self, row: Any, value: Any) -> bool:
        from evaldesk.ui.undo import record_row

        record_row(self.ctx, row, value)
        return True

    def _on_score(self, report: ScoreReport) -> None:
        if self.model is None:
            return
        self.model.update(report, self.ctx.facts())
        if self.proxy.active:
            self.proxy.refilter()
            self._update_count()
        self._show_selected()

    def _on_changed(self, kinds: set[str]) -> None:
        if "year" in kinds:
            self._build_model()
            self._build_pages()
        elif kinds & {"approval", "users"}:
            self._update_permissions()

    # ----------------------------------------------------------------- keyboard

    KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_Delete: 2}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a status or event row, 1 / 2 / 3 pick its words (Delete: not assessed) and
        Enter or Space opens the list of them; on any row with a value F2 or Enter edits it. A resized tree refits its Recorded column."""
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if (
            watched is self.tree
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            index = self.tree.currentIndex().siblingAtColumn(VALUE)
            words = index.data(ChoicesRole) if index.isValid() else None
            if words and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                if event.key() in self.KEYS:
                    if index.flags() & Qt.ItemFlag.ItemIsEditable:
                        self.proxy.setData(index, words[self.KEYS[Qt.Key(event.key())]][0])
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                    self.tree.setCurrentIndex(index)
                    self.tree.edit(index)
                    return True
            # F2 or Enter on any row with a value (a count, a target, a score): edit the value,
            # whichever column the cursor is in (Qt's own F2 edits the current cell, the title).
            if (
                event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers()
                in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
                and index.isValid()
                and index.flags() & Qt.ItemFlag.ItemIsEditable
            ):
                self.tree.setCurrentIndex(index)
                self.tree.edit(index)
                return True
        return super().eventFilter(watched, event)

    # ----------------------------------------------------------------- read-only

    def _update_permissions(self) -> None:
        assert self.model is not None
        reason = permissions.facts_read_only(self.ctx)
        self.model.read_only_reason = reason
        self.banner.setText(reason or "")
        self.banner.setVisible(reason is not None)
        self.rating.setEnabled(reason is None)
        self.ranking.set_read_only(reason)

    def _update_rating(self) -> None:
        rubric = self.ctx.rubric
        rated = rubric.rating is not None
        self.rating.setVisible(rated)
        self.rating_label.setVisible(rated)
        self.rating.clear()
        if rubric.rating is None:
            return
        self.rating.addItem(self.tr("(not chosen)"), None)
        for level in rubric.rating.levels:
            self.rating.addItem(level, level)
        current = self.ctx.facts().rating
        self.rating.setCurrentIndex(max(0, self.rating.findData(current)))

    def _rating_chosen(self, index: int) -> None:
        from evaldesk.services import facts as facts_service
        from evaldesk.ui.undo import apply

        store, actor, year = self.ctx.store, self.ctx.actor, self.ctx.year
        old, new = self.ctx.facts().rating, self.rating.itemData(index)
        if old == new:
            return
        with guarded(self):
            apply(
                self.ctx,
                self.tr("Choose the rating"),
                lambda: facts_service.set_rating(store, actor, year, new),
            )
            return
        self.rating.setCurrentIndex(max(0, self.rating.findData(old)))

    # ----------------------------------------------------------------- filters

    def set_filter(self, mode: str) -> None:
        self.proxy.set_mode(mode)
        self.filter_buttons[mode].setChecked(True)
        self._after_filter()

    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        if self.proxy.active:
            self.tree.expandAll()
            self._collapse_criteria()
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(0)
        self._update_count()

    def _collapse_criteria(self) -> None:
        for row in range(self.proxy.rowCount()):
            section = self.proxy.index(row, 0)
            for item_row in range(self.proxy.rowCount(section)):
                self.tree.collapse(self.proxy.index(item_row, 0, section))

    def visible_items(self) -> list[str]:
        """Codes of the items the filters let through, in order (for tests and the count)."""
        codes = []
        for row in range(self.proxy.rowCount()):
            section = self.proxy.index(row, 0)
            for item_row in range(self.proxy.rowCount(section)):
                codes.append(str(self.proxy.index(item_row, 0, section).data(CodeRole)))
        return codes

    def _update_count(self) -> None:
        total = sum(len(s.items) for s in self.ctx.report().sections)
        shown = len(self.visible_items())
        text = (
            self.tr("{n} items").replace("{n}", str(total))
            if shown == total
            else self.tr("{shown} of {n} items")
            .replace("{shown}", str(shown))
            .replace("{n}", str(total))
        )
        self.shown.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ----------------------------------------------------------------- selection

    def show_item(self, code: str) -> bool:
        """Select and show the item ``code`` (clearing filters that hide it)."""
        assert self.model is not None
        source = self.model.index_of(code)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            self.set_filter(rf.ALL)
            index = self.proxy.mapFromSource(source)
        self.tabs.setCurrentWidget(self.items_page)
        self.tree.expand(index.parent())
        self.tree.expand(index)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show_selected()
        return True

    def show_section(self, code: str) -> bool:
        assert self.model is not None
        source = self.model.index_of(f"section:{code}")
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.tabs.setCurrentWidget(self.items_page)
        self.tree.expand(index)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        return True

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _selected_item_code(self) -> str | None:
        index: QModelIndex = self.tree.currentIndex()
        while index.isValid() and index.data(KindRole) != ITEM:
            index = index.parent()
        return None if not index.isValid() else str(index.data(CodeRole))

    def _show_selected(self) -> None:
        code = self._selected_item_code()
        item = self.ctx.rubric.item(code) if code else None
        result = self.ctx.report().item(code) if code else None
        self.detail.show_item(item, result)
        self.ranking.show_item(item)

    def save_state(self, settings: Any) -> None:
        """Called by the main window when it saves its layout."""
        from evaldesk.ui import settings as cfg

        settings.set(cfg.RUBRIC_SPLITTER, bytes(self.splitter.saveState().data()))

    def restore_state(self, settings: Any) -> None:
        from evaldesk.ui import settings as cfg

        state = settings.get(cfg.RUBRIC_SPLITTER)
        if state:
            self.splitter.restoreState(state)

    def refresh(self) -> None:
        self._update_permissions()
        self._on_score(self.ctx.report())
