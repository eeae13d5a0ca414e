"""The views of the main window, in navigation order, each imported when first shown (start-up
stays quick); a view that cannot be imported is a bug, and fails like one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from evaldesk.ui.context import AppContext


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
