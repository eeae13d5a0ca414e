"""The pages the 自评 view shows beside the rubric tree, depending on the year's rubric.

A report-template rubric (a ``form``) gets its form first (报告表), the tree of scored
categories second; a rubric that pays subsidies gets a 补助测算 page after the tree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from evaldesk.ui.context import AppContext


translate = QCoreApplication.translate


def items_title(ctx: AppContext) -> str:
    return (
        translate("RubricPages", "Scored categories")
        if ctx.rubric.form is not None
        else translate("RubricPages", "Rubric items")
    )


def pages_before(ctx: AppContext, parent: QWidget) -> list[tuple[str, QWidget]]:
    """Pages shown before the tree (the first is where the view opens)."""
    if ctx.rubric.form is None:
        return []
    from evaldesk.ui.views.report_form import ReportFormView

    return [(translate("RubricPages", "Report form"), ReportFormView(ctx, parent))]


def pages_after(ctx: AppContext, parent: QWidget) -> list[tuple[str, QWidget]]:
    if ctx.rubric.subsidies is None:
        return []
    from evaldesk.ui.widgets.subsidy_panel import SubsidyPanel

    return [(translate("RubricPages", "Subsidies"), SubsidyPanel(ctx, parent))]
