"""One category of the indicator table (质量指标, 社会效益 …): the office's own indicators with
their 绩效目标 / 完成情况 / 得分, the category's score and the result of its check."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import IndicatorRow
from evaldesk.scoring.form_result import FormCheckResult
from evaldesk.scoring.report import ItemResult
from evaldesk.ui import theme
from evaldesk.ui.models.form_rows import Row, RowColumn
from evaldesk.ui.widgets.form_checks import CheckList
from evaldesk.ui.widgets.form_field import Commit, FieldEdit
from evaldesk.ui.widgets.form_tables import RowsBox

translate = QCoreApplication.translate


def indicator_rows(rows: list[IndicatorRow]) -> list[Row]:
    return [
        {
            "target": r.target,
            "completion": r.completion,
            "score": "" if r.score is None else fmt_points(r.score),
        }
        for r in rows
    ]


class IndicatorBox(QGroupBox):
    def __init__(
        self,
        section: m.Section,
        item: m.Item,
        spec: m.IndicatorTable,
        on_rows: Callable[[list[Row]], bool],
        on_score: Commit,
        parent: QWidget | None = None,
    ) -> None:
        points = f"（{fmt_points(item.points)}分）" if item.points is not None else ""
        super().__init__(f"{section.title} · {item.title}{points}", parent)
        self.code = item.code
        self.setObjectName(f"indicators_{item.code}")
        columns = [
            RowColumn("target", spec.target_label, weight=2),
            RowColumn("completion", spec.completion_label, weight=3),
            RowColumn("score", spec.score_label, number=True),
        ]
        self.rows = RowsBox(item.code, columns, on_rows, wide_text=("target", "completion"))
        self.score = FieldEdit(f"score_{item.code}", "number", on_commit=on_score)
        self.score.editor.setMaximumWidth(110)
        self.score_label = QLabel(translate("FormIndicators", "Category score"))
        self.result = QLabel()
        self.result.setObjectName(f"categoryResult_{item.code}")
        self.checks = CheckList()
        head = QHBoxLayout()
        head.addWidget(self.score_label)
        head.addWidget(self.score)
        head.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rows)
        layout.addLayout(head)
        layout.addWidget(self.checks)

    def show_values(
        self,
        rows: list[IndicatorRow],
        entered: str,
        result: ItemResult | None,
        checks: list[FormCheckResult],
    ) -> None:
        self.rows.set_rows(indicator_rows(rows))
        self.score.show_value(entered)
        if result is None or result.status == "not_assessed":
            self.result.setText(translate("FormIndicators", "Not scored yet"))
            self.result.setStyleSheet(f"color:{theme.WARN.name()};")
        else:
            top = "" if result.max is None else f" / {fmt_points(result.max)}"
            self.result.setText(
                translate("FormIndicators", "Counts as {score}{max} points")
                .replace("{score}", fmt_points(result.score))
                .replace("{max}", top)
            )
            self.result.setStyleSheet(f"color:{theme.GOOD.name()};")
        self.checks.show_results(checks)

    def set_read_only(self, read_only: bool) -> None:
        self.rows.set_read_only(read_only)
        self.score.set_read_only(read_only)
