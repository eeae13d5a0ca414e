"""The main window: navigation between the six views, the live score panel, menus, shortcuts.

Views are imported and built the first time they are shown (start-up stays quick); a view
that cannot be imported is a bug, and fails like one.
Geometry, the splitter and the last view are remembered (evaldesk.ui.settings).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from evaldesk.ui import i18n, ops
from evaldesk.ui import settings as cfg
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from evaldesk.ui.context import AppContext
    from evaldesk.ui.widgets.score_panel import ScorePanel
    from evaldesk.ui.widgets.status import StatusBar


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str  # English source; translated in context "MainWindow"


VIEWS = (
    ViewSpec("rubric", QT_TRANSLATE_NOOP("MainWindow", "Self-assessment")),
    ViewSpec("ledger", QT_TRANSLATE_NOOP("MainWindow", "Ledger")),
    ViewSpec("dispatch", QT_TRANSLATE_NOOP("MainWindow", "Quarterly dispatch")),
    ViewSpec("evidence", QT_TRANSLATE_NOOP("MainWindow", "Evidence")),
    ViewSpec("review", QT_TRANSLATE_NOOP("MainWindow", "Review")),
    ViewSpec("interpretations", QT_TRANSLATE_NOOP("MainWindow", "Interpretations")),
    ViewSpec("export", QT_TRANSLATE_NOOP("MainWindow", "Export")),
)


def view_class(key: str) -> Callable[[AppContext, QWidget], QWidget]:
    """The class of the view ``key``, imported when it is first shown."""
    if key == "rubric":
        from evaldesk.ui.views.rubric import RubricView

        return RubricView
    if key == "ledger":
        from evaldesk.ui.views.ledger import LedgerView

        return LedgerView
    if key == "dispatch":
        from evaldesk.ui.views.dispatch import DispatchView

        return DispatchView
    if key == "evidence":
        from evaldesk.ui.views.evidence import EvidenceView

        return EvidenceView
    if key == "review":
        from evaldesk.ui.views.review import ReviewView

        return ReviewView
    if key == "interpretations":
        from evaldesk.ui.views.interpretations import InterpretationsView

        return InterpretationsView
    if key == "export":
        from evaldesk.ui.views.export import ExportView

        return ExportView
    raise KeyError(f"no view {key!r}")


#: The view each role starts in (until a person has chosen another).
HOME = {"clerk": "rubric", "head": "review", "admin": "rubric"}


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
    ) -> None:
        """The window; with ``ctx`` None it is a shell (navigation, "opening…") that
        ``attach(ctx)`` fills once the data is loaded, so it can be painted at once."""
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
        self.nav.setFixedWidth(max(110, widest + 36))
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
        panel_slot.setMinimumWidth(260)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(panel_slot)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([140, 820, 320])
        self.setCentralWidget(self.splitter)
        self.nav.setEnabled(False)
        geometry = self.settings.get(cfg.GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.ctx: AppContext = None  # type: ignore[assignment]  # set by attach()
        self.score: ScorePanel
        self.status: StatusBar
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Fill the window for the signed-in user's data: score panel, status bar, menus."""
        from evaldesk.ui.widgets.score_panel import ScorePanel
        from evaldesk.ui.widgets.status import StatusBar

        self.ctx = ctx
        self.score = ScorePanel(ctx)
        self.score.item_activated.connect(self.open_item)
        self.score.section_activated.connect(self.open_section)
        old = self.splitter.replaceWidget(2, self.score)
        if old is not None:
            old.deleteLater()
        self.status = StatusBar(ctx)
        self.setStatusBar(self.status)
        self._build_menus()
        self.nav.setEnabled(True)
        self.nav.currentRowChanged.connect(self._show_row)
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

    # ----------------------------------------------------------------- menus

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.switch_user_action = file_menu.addAction(self.tr("Switch user…"))
        self.switch_user_action.triggered.connect(self.switch_user_requested)
        self.users_action = file_menu.addAction(self.tr("User accounts…"))
        self.users_action.triggered.connect(self._manage_users)
        self.year_action = file_menu.addAction(self.tr("New assessment year…"))
        self.year_action.triggered.connect(self._add_year)
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
        find = edit.addAction(self.tr("&Find"))
        find.setShortcut(QKeySequence("Ctrl+F"))
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

    def _update_admin_actions(self) -> None:
        from evaldesk.ui import permissions

        for action, what in (
            (self.users_action, "users.manage"),
            (self.year_action, "office.manage"),
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

    # ----------------------------------------------------------------- state

    def _restore(self) -> None:
        state = self.settings.get(cfg.WINDOW_STATE)
        if state:
            self.restoreState(state)
        splitter = self.settings.get(cfg.SPLITTER)
        if splitter:
            self.splitter.restoreState(splitter)
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
        self.settings.set(cfg.GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(cfg.WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.set(cfg.SPLITTER, bytes(self.splitter.saveState().data()))
        self.settings.set(cfg.LAST_VIEW, self.current_key(), self.ctx.actor.name)
        for widget in self.views.values():
            save = getattr(widget, "save_state", None)
            if save is not None:
                save(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if ops.running():
            answer = QMessageBox.question(
                self,
                self.tr("Work in progress"),
                self.tr("Some work is still running. Stop it and quit?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            ops.cancel_all()
        self.save_state()
        super().closeEvent(event)
