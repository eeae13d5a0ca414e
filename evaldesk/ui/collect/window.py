"""The receiving office's main window (issue 18): the overview of the units in the middle, a
tool bar and menus for what the office does (import packages, its trusted unit keys, ballots,
the ranking and finals, publishing), and packages dropped on it imported.

What a role may not do is disabled with the reason as its tooltip (the services refuse it
anyway): the clerk imports and enters ballots, the reviewer scores items, the head publishes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QWidget

from evaldesk.services.records_lookup import office_name
from evaldesk.ui import i18n, ops
from evaldesk.ui import settings as cfg
from evaldesk.ui.collect.fit import bracketed
from evaldesk.ui.permissions import reason as why_not
from evaldesk.ui.permissions import role_name
from evaldesk.ui.views.collect_overview import CollectOverview
from evaldesk.ui.widgets.file_drop import dropped_paths

#: The one "view" of this window (the app asks for the current view when it re-creates it).
KEY = "collect"


def is_receiving(store: Any) -> bool:
    from evaldesk.services.collect_desk import is_receiving as receiving

    return receiving(store)


class CollectWindow(QMainWindow):
    language_requested = Signal(str)
    switch_user_requested = Signal()

    def __init__(self, ctx: Any, settings: cfg.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("collectWindow")
        self.setWindowTitle(
            self.tr("EvalDesk — receiving office: {name}").replace("{name}", office_name(ctx.store))
        )
        self.overview = CollectOverview(ctx)
        self.setCentralWidget(self.overview)
        self.setAcceptDrops(True)
        #: The latest import's work, key confirmation and result (tests and scripts wait on them).
        self.last_import: Any = None
        self.last_confirm: Any = None
        self.last_result: Any = None
        self._build_actions()
        self._build_menus()
        self.who = QLabel(
            ctx.actor.display_name
            + bracketed(role_name(ctx.actor.role))
            + "　"
            + self.tr("Year {year}").replace("{year}", str(ctx.year))
        )
        self.statusBar().addPermanentWidget(self.who)
        ctx.changed.connect(lambda _kinds: self.overview.refresh())
        geometry = settings.get(cfg.GEOMETRY, "collect")
        if not geometry or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(min(1400, screen.width()), min(860, screen.height()))

    def _action(self, text: str, slot: Any, permission: str | None, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        denied = why_not(self.ctx.actor, permission) if permission else None
        if denied:
            action.setEnabled(False)
            action.setToolTip(denied)
            action.setStatusTip(denied)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(
            self.tr("Import packages…"), self.import_packages, "collect.import", "collectImport"
        )
        self.keys_action = self._action(
            self.tr("Trusted unit keys…"), self.trusted_keys, None, "collectKeys"
        )
        self.ballots_action = self._action(
            self.tr("Ballots…"), self.enter_ballots, None, "collectBallots"
        )
        self.ranking_action = self._action(
            self.tr("Ranking and finals…"), self.show_ranking, None, "collectRanking"
        )
        self.publish_action = self._action(
            self.tr("Publish results…"), self.publish, "collect.publish", "collectPublish"
        )
        self.units_action = self._action(
            self.tr("Units of the office…"), self.edit_units, "office.manage", "collectUnitList"
        )
        bar = QToolBar(self.tr("Receiving office"))
        bar.setObjectName("collectToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.import_action,
            self.keys_action,
            self.ballots_action,
            self.ranking_action,
            self.publish_action,
        ):
            bar.addAction(action)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.keys_action)
        file_menu.addSeparator()
        switch = file_menu.addAction(self.tr("Switch user…"))
        switch.triggered.connect(self.switch_user_requested)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.triggered.connect(self.close)
        work = bar.addMenu(self.tr("&Office"))
        work.addAction(self.ballots_action)
        work.addAction(self.ranking_action)
        work.addAction(self.publish_action)
        work.addSeparator()
        work.addAction(self.units_action)
        view = bar.addMenu(self.tr("&View"))
        find = view.addAction(self.tr("&Find"))
        find.triggered.connect(self.overview.focus_filter)
        refresh = view.addAction(self.tr("&Refresh"))
        refresh.setShortcut("F5")
        refresh.triggered.connect(self.overview.refresh)
        language = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(i18n.current() == code)
            action.triggered.connect(lambda _c=False, code=code: self.language_requested.emit(code))
            group.addAction(action)

    # ----------------------------------------------------------------- what the app asks

    def current_key(self) -> str:
        return KEY

    def show_view(self, _key: str) -> QWidget:
        return self.overview

    # What a language switch reads and fills to carry typed text over (ui.typed_text), as of
    # the unit's window: this window has the one view.
    @property
    def views(self) -> dict[str, QWidget]:
        return {KEY: self.overview}

    def view(self, _key: str) -> QWidget:
        return self.overview

    def save_state(self) -> None:
        self.settings.set(cfg.GEOMETRY, bytes(self.saveGeometry().data()), "collect")
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not ops.may_close(self):
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

    # ----------------------------------------------------------------- the office's work

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.import_action.isEnabled() and dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths and self.import_action.isEnabled():
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_packages(self) -> None:
        from evaldesk.ui.dialogs.collect_import import choose_packages

        paths = choose_packages(self)
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[Any]) -> Any:
        from evaldesk.ui.dialogs.collect_import import run_import

        return run_import(self, self.ctx, paths)

    def trusted_keys(self) -> Any:
        from evaldesk.ui.dialogs.trusted_keys import TrustedKeysDialog

        dialog = TrustedKeysDialog(self.ctx, self)
        dialog.open()
        return dialog

    def enter_ballots(self) -> Any:
        from evaldesk.ui.dialogs.ballot_entry import BallotDialog

        dialog = BallotDialog(self.ctx, self)
        dialog.open()
        return dialog

    def show_ranking(self) -> Any:
        from evaldesk.ui.dialogs.collect_ranking import RankingDialog

        dialog = RankingDialog(self.ctx, self)
        dialog.open()
        return dialog

    def publish(self) -> Any:
        from evaldesk.ui.dialogs.collect_publish import PublishDialog

        dialog = PublishDialog(self.ctx, self)
        dialog.open()
        return dialog

    def edit_units(self) -> Any:
        from evaldesk.ui.dialogs.collect_units import UnitListDialog

        dialog = UnitListDialog(self.ctx, self)
        # the overview hears the store's changes too; this makes it sure when the dialog closes
        dialog.finished.connect(lambda _r: self.overview.refresh())
        dialog.open()
        return dialog
