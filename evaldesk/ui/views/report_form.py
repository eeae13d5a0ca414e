"""报告表: a report-template rubric's form (``kind: report``), filled in as on paper.

Laid out from the rubric's ``form`` alone, in the order the PDF prints it: the profile fields
(基本概况), each number table with the results of its sum and ratio checks right beneath it,
the indicator table (per category: the office's own indicators, the category's score and its
check), the overall score and grade against the computed ones, the text tables (评价人员) and
the sign-off blocks. Every value is saved through the services as the signed-in user
(``FormEdits``: undoable, audited, refused with a message on the field when it is not a number
or a date); the checks and the score follow at once from the live score.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.form_result import FormCheckResult
from evaldesk.scoring.forms import check_form
from evaldesk.scoring.indicator_scores import manual_rule_id
from evaldesk.ui import permissions, theme
from evaldesk.ui.models.form_rows import RowColumn
from evaldesk.ui.views.form_edits import FormEdits
from evaldesk.ui.widgets.form_checks import CheckList, tally
from evaldesk.ui.widgets.form_field import FieldEdit
from evaldesk.ui.widgets.form_indicators import IndicatorBox
from evaldesk.ui.widgets.form_tables import GridBox, RowsBox

if TYPE_CHECKING:
    from evaldesk.ui.context import AppContext

LONG_LABEL = 12  # labels longer than this take a whole row, like the PDF's grid
LABEL_WIDTH = 170  # long labels wrap rather than widen the label column
SHORT_FIELD = 360  # signature and date lines need no more


def _home(result: FormCheckResult) -> str:
    """Where a check is shown: its first cell's table, ``indicators:<code>`` or ``result``."""
    if result.kind in ("sum", "ratio"):
        return result.cells[0].split(".", 1)[0]
    if result.kind == "indicator":
        return result.id
    return "result"


class ReportFormView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportFormView")
        form = ctx.rubric.form
        assert form is not None, "a report form view needs a rubric with a form"
        self.form: m.Form = form
        self.edits = FormEdits(ctx)
        self.fields: dict[str, FieldEdit] = {}
        self.grids: dict[str, GridBox] = {}
        self.categories: dict[str, IndicatorBox] = {}
        self.text_tables: dict[str, RowsBox] = {}

        self.banner = QLabel()
        self.banner.setObjectName("formReadOnly")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff4e5; padding:6px; border-radius:3px;")
        self.banner.hide()
        self.summary = QLabel()
        self.summary.setObjectName("formSummary")
        self.summary.setWordWrap(True)
        self.all_checks = QCheckBox(self.tr("Also list the checks that do not apply"))
        self.all_checks.setObjectName("formAllChecks")
        self.all_checks.toggled.connect(self._show_inapplicable)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.all_checks)

        page = QWidget()
        page.setObjectName("reportFormPage")
        column = QVBoxLayout(page)
        title = QLabel(ctx.rubric.title)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        title.setStyleSheet("font-size:16pt; font-weight:bold; margin:8px;")
        column.addWidget(title)
        column.addWidget(self._profile_box())
        for table in form.tables:
            grid = GridBox(table, partial(self.edits.cell, table.id))
            self.grids[table.id] = grid
            column.addWidget(grid)
        if form.indicators is not None:
            column.addWidget(self._indicator_box(form.indicators))
        column.addWidget(self._result_box())
        for spec in form.text_tables:
            column.addWidget(self._text_table_box(spec))
        if form.signoff:
            column.addWidget(self._signoff_box())
        column.addStretch(1)

        self.scroller = QScrollArea()
        self.scroller.setObjectName("reportFormScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.scroller, 1)

        self.update_permissions()
        self.refresh()
        ctx.score_changed.connect(lambda _report: self.refresh())
        ctx.changed.connect(self._on_changed)

    # ----------------------------------------------------------------- building

    def _field(self, field_id: str, kind: str, *, lines: int = 4) -> FieldEdit:
        field = FieldEdit(
            field_id, kind, lambda text: self.edits.profile(field_id, text), lines=lines
        )
        self.fields[field_id] = field
        return field

    def _profile_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Basic information"))
        box.setObjectName("formProfile")
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        shown_elsewhere = {self.form.overall_score, self.form.grade_field}
        row, col = 0, 0
        for spec in self.form.profile:
            if spec.id in shown_elsewhere:
                continue
            label = QLabel(spec.label)
            label.setWordWrap(True)
            label.setMaximumWidth(LABEL_WIDTH)
            field = self._field(spec.id, spec.type)
            whole_row = spec.type == "multiline" or len(spec.label) > LONG_LABEL
            if whole_row:
                if col:
                    row, col = row + 1, 0
                grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(field, row, 1, 1, 3)
                row += 1
                continue
            grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(field, row, col + 1)
            col += 2
            if col == 4:
                row, col = row + 1, 0
        return box

    def _indicator_box(self, spec: m.IndicatorTable) -> QGroupBox:
        box = QGroupBox(spec.title)
        box.setObjectName("formIndicators")
        layout = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Under each category list your own indicators with their target and what was "
                "done. Enter the category's score, or a score for every indicator: their sum "
                "then counts as the category's score."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color:{theme.MUTED.name()};")
        layout.addWidget(hint)
        for section in self.ctx.rubric.sections:
            for item in section.items:
                category = IndicatorBox(
                    section,
                    item,
                    spec,
                    partial(self.edits.indicators, item.code),
                    partial(self.edits.category_score, item.code),
                )
                self.categories[item.code] = category
                layout.addWidget(category)
        return box

    def _result_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Overall self-score and grade"))
        box.setObjectName("formResult")
        rows = QFormLayout(box)
        labels = {p.id: p.label for p in self.form.profile}
        self.computed = QLabel()
        self.computed.setObjectName("formComputed")
        rows.addRow(self.tr("Computed from the categories"), self.computed)
        for field_id in (self.form.overall_score, self.form.grade_field):
            if field_id is not None:
                kind = "number" if field_id == self.form.overall_score else "text"
                rows.addRow(labels.get(field_id, field_id), self._field(field_id, kind))
        self.result_checks = CheckList()
        rows.addRow(self.result_checks)
        return box

    def _text_table_box(self, spec: m.TextTable) -> QGroupBox:
        box = QGroupBox(spec.title)
        box.setObjectName(f"formText_{spec.id}")
        columns = [RowColumn(c.id, c.title) for c in spec.columns]
        rows = RowsBox(
            spec.id,
            columns,
            partial(self.edits.text_rows, spec.id),
            printed_rows=spec.printed_rows,
        )
        self.text_tables[spec.id] = rows
        QVBoxLayout(box).addWidget(rows)
        return box

    def _signoff_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sign-off"))
        box.setObjectName("formSignoff")
        layout = QVBoxLayout(box)
        for block in self.form.signoff:
            if isinstance(block, str):
                layout.addWidget(QLabel(block))
                continue
            part = QGroupBox(block.title)
            part.setObjectName(f"signoff_{block.id}")
            rows = QFormLayout(part)
            if block.opinion:
                rows.addRow(
                    self.tr("Opinion"), self._field(f"{block.id}.opinion", "multiline", lines=3)
                )
            rows.addRow(
                block.signer or self.tr("Signed by"), self._field(f"{block.id}.signer", "text")
            )
            if block.dated:
                rows.addRow(self.tr("Date"), self._field(f"{block.id}.date", "date"))
            layout.addWidget(part)
        return box

    # ----------------------------------------------------------------- values

    def refresh(self) -> None:
        """Show the stored values and the checks of the current facts."""
        ctx = self.ctx
        facts = ctx.facts()
        report = ctx.report()
        results = check_form(ctx.rubric, facts)
        self.results = results
        by_home: dict[str, list[FormCheckResult]] = {}
        for result in results:
            by_home.setdefault(_home(result), []).append(result)
        for field_id, field in self.fields.items():
            field.show_value(facts.profile.get(field_id, ""))
        for table_id, grid in self.grids.items():
            grid.show_values(facts.tables.get(table_id, {}), by_home.get(table_id, []))
        for code, category in self.categories.items():
            item = ctx.rubric.item(code)
            rid = manual_rule_id(item) if item is not None else None
            fact = facts.items.get(code, {}).get(rid or "")
            entered = "" if fact is None or fact.score is None else fmt_points(fact.score)
            category.show_values(
                list(facts.indicators.get(code, [])),
                entered,
                report.item(code),
                by_home.get(f"indicators:{code}", []),
            )
        for table_id, rows in self.text_tables.items():
            rows.set_rows([dict(r) for r in facts.texts.get(table_id, [])])
        unscored = [i.title for s in report.sections for i in s.items if i.status == "not_assessed"]
        text = (
            self.tr("{score} points, grade {grade}")
            .replace("{score}", fmt_points(report.total))
            .replace("{grade}", report.grade or "—")
        )
        if unscored:
            text += self.tr(" (not scored yet: {items})").replace("{items}", "、".join(unscored))
        self.computed.setText(text)
        self.result_checks.show_results(by_home.get("result", []))
        look = [r for r in results if r.reported]
        colour = theme.GOOD if not look else theme.WARN
        self.summary.setText(
            f"<b style='color:{colour.name()}'>{tally(results)}</b>　"
            + self.tr("{n} to look at (differences and blanks are tinted in the tables).").replace(
                "{n}", str(len(look))
            )
        )

    def check_lists(self) -> list[CheckList]:
        return [
            self.result_checks,
            *(g.checks for g in self.grids.values()),
            *(c.checks for c in self.categories.values()),
        ]

    def _show_inapplicable(self, show: bool) -> None:
        for checks in self.check_lists():
            checks.set_show_inapplicable(show)

    def update_permissions(self) -> None:
        reason = permissions.facts_read_only(self.ctx)
        self.banner.setText(reason or "")
        self.banner.setVisible(reason is not None)
        read_only = reason is not None
        for field in self.fields.values():
            field.set_read_only(read_only)
        for grid in self.grids.values():
            grid.set_read_only(read_only)
        for category in self.categories.values():
            category.set_read_only(read_only)
        for rows in self.text_tables.values():
            rows.set_read_only(read_only)

    def _on_changed(self, kinds: set[str]) -> None:
        if kinds & {"approval", "users"}:
            self.update_permissions()

    def field(self, field_id: str) -> FieldEdit:
        return self.fields[field_id]
