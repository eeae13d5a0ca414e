"""The main window: navigation between the views, the score strip above them and the score
panel's details beside them on demand, menus, shortcuts.

Views are imported and built the first time they are shown (start-up stays quick); a view
that cannot be imported is a bug, and fails like one. The window fits the screen it opens on,
and its geometry, splitter and score panel are remembered per screen size, the last view per
user (evaldesk.ui.window_fit, evaldesk.ui.settings). Every count that costs points opens what
stands behind it (``show_counted``); a view with a ``count_activated(source)`` signal (an
item's "6件×2分" line) is connected to it too.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evaldesk.ui import i18n, keyboard, last_score, ops, window_fit
from evaldesk.ui import settings as cfg
from evaldesk.ui.view_index import HOME, VIEWS, ViewSpec, view_class
from evaldesk.ui.widgets.score_strip import LOSSES_IN_MENU, ScoreStrip

__all__ = ["HOME", "VIEWS", "MainWindow", "ViewSpec", "view_class"]

if TYPE_CHECKING:
    from evaldesk.scoring.report import ScoreReport
    from evaldesk.ui.context import AppContext
    from evaldesk.ui.widgets.score_panel import ScorePanel
    from evaldesk.ui.widgets.status import StatusBar


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    switch_user_requested = Signal()

    def __init__(
        self,
        ctx: AppContext | None,
        settings: cfg.Settings,
        parent: QWidget | None = None,
        *,
        data_dir: Path | None = None,
    ) -> None:
        """The window; with ``ctx`` None it is a shell (navigation, "opening…", the last score
        kept for ``data_dir``) that ``attach(ctx)`` fills once the data is loaded, so it can be
        painted at once."""
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("EvalDesk 自评台账"))
        self.views: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        for spec in VIEWS:
            entry = QListWidgetItem(_t(spec.title))
            entry.setData(Qt.ItemDataRole.UserRole, spec.key)
            entry.setSizeHint(QSize(0, 36))
            self.nav.addItem(entry)
        widest = max(self.nav.fontMetrics().horizontalAdvance(_t(v.title)) for v in VIEWS)
        self.nav.setFixedWidth(max(100, widest + 36))
        self.stack = QStackedWidget()
        self.stack.setObjectName("views")
        for _spec in VIEWS:
            self.stack.addWidget(QWidget())  # replaced by the real view on first show
        self.loading = QLabel(self.tr("Opening the data folder…"))
        self.loading.setObjectName("loading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.stack.setCurrentWidget(self.loading)
        panel_slot = QWidget()
        panel_slot.hide()

        self.strip = ScoreStrip()
        self.strip.details_toggled.connect(self.set_panel_expanded)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(panel_slot)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.strip)
        column.addWidget(self.splitter, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(right, 1)
        self.setCentralWidget(central)
        self.nav.setEnabled(False)

        screen = window_fit.opening_screen()
        self.screen_key = window_fit.key_of(screen)
        self._panel_choice = str(self.settings.get(cfg.SCORE_PANEL, self.screen_key))
        geometry = self.settings.get(cfg.GEOMETRY, self.screen_key)
        if not geometry or not self.restoreGeometry(geometry):
            rect, maximise = window_fit.first_geometry(screen.availableGeometry())
            self.setGeometry(rect)
            if maximise:
                self.setWindowState(Qt.WindowState.WindowMaximized)
        if data_dir is not None:
            kept = last_score.recall(self.settings, data_dir)
            if kept is not None:
                self.strip.show_last_known(kept)
        self.ctx: AppContext = None  # type: ignore[assignment]  # set by attach()
        self.score: ScorePanel
        self.status: StatusBar
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Fill the window for the signed-in user's data: score strip and panel, status bar,
        menus."""
        from evaldesk.ui.widgets.score_panel import ScorePanel
        from evaldesk.ui.widgets.status import StatusBar

        self.ctx = ctx
        self.score = ScorePanel(ctx)
        self.score.only_when_shown = True
        self.score.setObjectName("scorePanel")
        self.score.show_total_block(False)  # the strip shows the total
        self.score.item_activated.connect(self.open_item)
        self.score.section_activated.connect(self.open_section)
        self.score.count_activated.connect(self.show_counted)
        self.strip.item_activated.connect(self.open_item)
        self.strip.count_activated.connect(self.show_counted)
        old = self.splitter.replaceWidget(1, self.score)
        if old is not None:
            old.deleteLater()
        self.splitter.setSizes(
            [max(1, self.width() - window_fit.PANEL_WIDTH), window_fit.PANEL_WIDTH]
        )
        self.status = StatusBar(ctx)
        self.setStatusBar(self.status)
        self._build_menus()
        self.nav.setEnabled(True)
        self.nav.currentRowChanged.connect(self._show_row)
        self._keep_score = last_score.Keeper(self.settings, ctx.data_dir, self)
        ctx.score_changed.connect(self._show_score)
        self._show_score(ctx.report())
        self._restore()
        self.score.show_report(ctx.report())

    @property
    def attached(self) -> bool:
        return self.ctx is not None

    # ----------------------------------------------------------------- views

    def view(self, key: str) -> QWidget:
        """The view for ``key``, built on first use."""
        found = self.views.get(key)
        if found is not None:
            return found
        row = next(i for i, spec in enumerate(VIEWS) if spec.key == key)
        widget = view_class(key)(self.ctx, self)
        old = self.stack.widget(row)
        self.stack.insertWidget(row, widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.views[key] = widget
        counted = getattr(widget, "count_activated", None)
        if counted is not None:
            counted.connect(self.show_counted)
        restore = getattr(widget, "restore_state", None)
        if restore is not None:
            restore(self.settings)
        return widget

    def show_view(self, key: str) -> QWidget:
        widget = self.view(key)  # built before the switch: an error is raised here, to the caller
        row = next(i for i, spec in enumerate(VIEWS) if spec.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # -> _show_row
        else:
            self._show_row(row)
        return widget

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return VIEWS[row].key if 0 <= row < len(VIEWS) else VIEWS[0].key

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(VIEWS):
            return
        widget = self.view(VIEWS[row].key)
        self.stack.setCurrentWidget(widget)
        self.view_actions[row].setChecked(True)

    def open_item(self, code: str) -> None:
        view = self.show_view("rubric")
        show = getattr(view, "show_item", None)
        if show is not None:
            show(code)

    def open_section(self, code: str) -> None:
        view = self.show_view("rubric")
        show = getattr(view, "show_section", None)
        if show is not None:
            show(code)

    def show_counted(self, source: str) -> Any:
        """What stands behind a count: the entries or quarters it counted (a dialog, returned),
        or the items not assessed / missing evidence (the rubric view, filtered)."""
        from evaldesk.ui.widgets.score_counts import MISSING_EVIDENCE, NOT_ASSESSED

        if source in (NOT_ASSESSED, MISSING_EVIDENCE):
            view = self.show_view("rubric")
            set_filter = getattr(view, "set_filter", None)
            if set_filter is not None:
                set_filter(source)
            return None
        from evaldesk.ui.dialogs.counted import CountedDialog

        dialog = CountedDialog(self.ctx, source, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_in_view.connect(self.show_rows)
        dialog.open()
        return dialog

    def show_rows(self, where: str, target: object = None) -> None:
        """The ledger filtered to its overdue entries (``target``: the one to select), or the
        quarterly dispatch at quarter ``target``."""
        view: Any = self.show_view("ledger" if where == "ledger" else "dispatch")
        if where == "ledger":
            view.show_overdue(target if isinstance(target, int) else None)
            return
        for row, quarter in enumerate(view.quarters):
            if quarter.record.quarter == target:
                view.table.selectRow(row)

    # ----------------------------------------------------------------- score

    def _show_score(self, report: ScoreReport) -> None:
        from evaldesk.ui.widgets.score_panel import split_losses

        self.strip.show_report(self.ctx, report)
        self.strip.show_counts(self.score.count_rows(report))
        self.strip.show_losses(*split_losses(report, LOSSES_IN_MENU))
        self._keep_score.offer(
            last_score.LastScore(
                self.strip.total.text(), self.strip.out_of.text(), self.ctx.year, datetime.now()
            )
        )

    def set_panel_expanded(self, shown: bool, remember: bool = True) -> None:
        """Show or hide the score panel's details beside the views (kept per screen size)."""
        if remember:
            self._panel_choice = "expanded" if shown else "collapsed"
            self.settings.set(cfg.SCORE_PANEL, self._panel_choice, self.screen_key)
        if not self.attached:
            return
        self.score.setVisible(shown)
        self.strip.set_details_shown(shown)
        self.details_action.setChecked(shown)

    @property
    def panel_expanded(self) -> bool:
        return self.attached and not self.score.isHidden()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.attached and not self._panel_choice:
            self.set_panel_expanded(window_fit.panel_shown("", self.width()), remember=False)

    # ----------------------------------------------------------------- menus

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_entry_action = file_menu.addAction(self.tr("&New ledger entry…"))
        self.new_entry_action.setShortcut(keyboard.NEW_ENTRY_KEYS)
        self.new_entry_action.triggered.connect(self.new_ledger_entry)
        file_menu.addSeparator()
        self.switch_user_action = file_menu.addAction(self.tr("Switch user…"))
        self.switch_user_action.triggered.connect(self.switch_user_requested)
        self.users_action = file_menu.addAction(self.tr("User accounts…"))
        self.users_action.triggered.connect(self._manage_users)
        self.year_action = file_menu.addAction(self.tr("New assessment year…"))
        self.year_action.triggered.connect(self._add_year)
        self.import_rubric_action = file_menu.addAction(self.tr("Import a rubric table…"))
        self.import_rubric_action.triggered.connect(self._import_rubric)
        self.edit_rubric_action = file_menu.addAction(self.tr("Edit the rubric…"))
        self.edit_rubric_action.triggered.connect(self._edit_rubric)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.ctx.undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.ctx.undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        # The one Ctrl+F: each view's focus_search() focuses its filter or search field.
        find = edit.addAction(self.tr("&Find"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)

        view_menu = bar.addMenu(self.tr("&View"))
        group = QActionGroup(self)
        self.view_actions: list[QAction] = []
        for row, spec in enumerate(VIEWS):
            action = view_menu.addAction(_t(spec.title))
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _c=False, key=spec.key: self.show_view(key))
            group.addAction(action)
            self.view_actions.append(action)
        view_menu.addSeparator()
        self.details_action = view_menu.addAction(self.tr("Score &details"))
        self.details_action.setCheckable(True)
        self.details_action.setShortcut(QKeySequence("F9"))
        self.details_action.triggered.connect(lambda shown: self.set_panel_expanded(shown))
        # Every count that costs points, for the keyboard: Alt+V, P, Enter opens the first.
        self.counts_menu = view_menu.addMenu(self.tr("What costs &points"))
        self.counts_menu.aboutToShow.connect(self._fill_counts_menu)
        refresh = view_menu.addAction(self.tr("&Refresh"))
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.refresh)

        language = bar.addMenu(self.tr("&Language"))
        lang_group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == i18n.current())
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.language_requested.emit(c))
            lang_group.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = help_menu.addAction(self.tr("&The day's tasks…"))
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self.show_help)
        about = help_menu.addAction(self.tr("&About EvalDesk"))
        about.triggered.connect(self.about)
        self._update_admin_actions()
        keyboard.show_keys_in_tooltips(self.menu_actions())

    def menu_actions(self) -> list[QAction]:
        """Every action of the menu bar, submenus included."""
        # The menus as the menu bar's children, not through QAction.menu(): with PySide6 6.8 the
        # wrapper that call made deleted the menu (and its actions) when it went away.
        found: list[QAction] = list(self.menuBar().actions())
        for menu in self.menuBar().findChildren(QMenu):
            found.extend(menu.actions())
        return found

    def new_ledger_entry(self) -> None:
        """Ctrl+N, from any view: the ledger, with a new entry's dialog open."""
        view: Any = self.show_view("ledger")
        if view.new_button.isEnabled():
            view.new_entry()
        else:  # a head or a locked year: the button's tooltip says why
            self.status.showMessage(view.new_button.toolTip(), 8000)

    def _fill_counts_menu(self) -> None:
        self.counts_menu.clear()
        for row in self.score.count_rows(self.ctx.report()):
            action = self.counts_menu.addAction(f"{row.label}: {row.value}…")
            action.setEnabled(row.value > 0)
            action.triggered.connect(lambda _c=False, s=row.source: self.show_counted(s))

    def _update_admin_actions(self) -> None:
        from evaldesk.ui import permissions

        for action, what in (
            (self.users_action, "users.manage"),
            (self.year_action, "office.manage"),
            (self.import_rubric_action, "office.manage"),
            (self.edit_rubric_action, "office.manage"),
        ):
            reason = permissions.reason(self.ctx.actor, what)
            action.setEnabled(reason is None)
            action.setToolTip(reason or "")
            action.setStatusTip(reason or "")

    def focus_search(self) -> None:
        widget = self.stack.currentWidget()
        target = getattr(widget, "focus_search", None)
        if target is None:
            target = getattr(self.show_view("rubric"), "focus_search", None)
        if target is not None:
            target()

    def refresh(self) -> None:
        """F5: re-read everything (e.g. after another program changed the data folder)."""
        self.ctx.live.counts()  # notices changes made elsewhere and reloads
        self.ctx.changed.emit({"facts", "ledger", "dispatch", "evidence", "review", "approval"})
        self.ctx.rescore()
        for widget in self.views.values():
            refresh = getattr(widget, "refresh", None)
            if refresh is not None:
                refresh()
        self.status.refresh()

    def show_help(self) -> None:
        from evaldesk.ui.dialogs.help import HelpDialog

        HelpDialog(self).exec()

    def about(self) -> None:
        from evaldesk.ui.dialogs.about import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def _manage_users(self) -> None:
        from evaldesk.ui.dialogs.users import UsersDialog

        UsersDialog(self.ctx, self).exec()

    def _add_year(self) -> None:
        from evaldesk.ui.dialogs.new_year import NewYearDialog

        dialog = NewYearDialog(self.ctx, self)
        if dialog.exec() and dialog.created is not None:
            self.ctx.set_year(dialog.created)

    def _import_rubric(self) -> None:
        from evaldesk.ui.dialogs.rubric_import import RubricImportDialog

        RubricImportDialog(self.ctx, self).exec()

    def _edit_rubric(self) -> None:
        from evaldesk.services.rubric_files import year_choice
        from evaldesk.ui.dialogs.rubric_editor import RubricEditorDialog

        RubricEditorDialog(self.ctx, year_choice(self.ctx.store, self.ctx.year), self).exec()

    # ----------------------------------------------------------------- state

    def _restore(self) -> None:
        state = self.settings.get(cfg.WINDOW_STATE)
        if state:
            self.restoreState(state)
        splitter = self.settings.get(cfg.SPLITTER, self.screen_key)
        if splitter:
            self.splitter.restoreState(splitter)
        self.set_panel_expanded(
            window_fit.panel_shown(self._panel_choice, self.width()), remember=False
        )
        last = self.settings.get(cfg.LAST_VIEW, self.ctx.actor.name)
        key = (
            last
            if any(v.key == last for v in VIEWS)
            else HOME.get(self.ctx.actor.role or "", "rubric")
        )
        self.show_view(key)

    def save_state(self) -> None:
        if not self.attached:
            return
        self.settings.set(cfg.GEOMETRY, bytes(self.saveGeometry().data()), self.screen_key)
        self.settings.set(cfg.WINDOW_STATE, bytes(self.saveState().data()))
        if self.panel_expanded:  # a hidden panel's width is no width to keep
            self.settings.set(
                cfg.SPLITTER, bytes(self.splitter.saveState().data()), self.screen_key
            )
        self.settings.set(cfg.LAST_VIEW, self.current_key(), self.ctx.actor.name)
        for widget in self.views.values():
            save = getattr(widget, "save_state", None)
            if save is not None:
                save(self.settings)
        self._keep_score.flush()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not ops.may_close(self):
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
