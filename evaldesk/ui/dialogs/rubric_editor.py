"""The rubric editor (administrators): sections, items, points, wording, rules with their
parameters (each kind's own parameter list), units and per-unit targets pasted from Excel,
parts and weights, grade bands.

Every change makes a new rubric value (evaldesk/rubrics/authoring.py) and is checked at once
by the loader that `evaldesk rubrics validate` uses, so the messages are the same, with their
places. The live preview scores the edited rubric with the year's current facts. Saving writes
a new version in the data folder: a version a year scores with is never changed.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk import kinds
from evaldesk.decimals import fmt_points
from evaldesk.errors import EvalDeskError, RubricError
from evaldesk.kinds.base import Param
from evaldesk.rubrics import authoring
from evaldesk.rubrics.dump import flow
from evaldesk.rubrics.loader import parse_yaml
from evaldesk.rubrics.model import Rubric
from evaldesk.services.rubric_files import RubricChoice
from evaldesk.ui.context import AppContext
from evaldesk.ui.message_text import error_text
from evaldesk.ui.widgets.screen_fit import resize_within_screen

MARK = "※"
CodeRole = Qt.ItemDataRole.UserRole


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return fmt_points(value)
    if isinstance(value, (list, dict)):
        return flow(value)
    return str(value)


def _decimal(text: str) -> Decimal | None:
    text = text.strip()
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None


class RuleBox(QGroupBox):
    """One rule: its kind, its clause and its kind's parameters."""

    def __init__(self, rule: dict[str, Any], on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_change = on_change
        self.kind = QComboBox()
        for kind in kinds.REGISTRY:
            self.kind.addItem(f"{kind.title.text()} ({kind.name})", kind.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(rule.get("kind"))))
        self.text = QLineEdit(str(rule.get("text", "")))
        self.points = QLineEdit(_text(rule.get("points")))
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Clause (评分标准)"), self.text)
        self.form.addRow(self.tr("Budget (points)"), self.points)
        self.params: dict[str, tuple[Param, QWidget]] = {}
        self.rule = rule
        self._params()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.text.editingFinished.connect(self.on_change)
        self.points.editingFinished.connect(self.on_change)

    def _kind_changed(self) -> None:
        self._params()
        self.on_change()

    def _params(self) -> None:
        for _param, old in self.params.values():
            self.form.removeRow(old)
        self.params.clear()
        kind = kinds.get(str(self.kind.currentData()))
        for param in kind.params:
            value = self.rule.get(param.name) if self.rule.get("kind") == kind.name else None
            widget: QWidget
            if param.type == "choice":
                combo = QComboBox()
                combo.addItem("", None)
                for choice in param.choices:
                    combo.addItem(choice, choice)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.currentIndexChanged.connect(self.on_change)
                widget = combo
            elif param.type == "bool":
                check = QCheckBox()
                check.setChecked(bool(value))
                check.toggled.connect(self.on_change)
                widget = check
            else:
                edit = QLineEdit(_text(value))
                edit.editingFinished.connect(self.on_change)
                widget = edit
            label = param.label.text() + (" *" if param.required else "")
            self.form.addRow(label, widget)
            self.params[param.name] = (param, widget)

    def value(self) -> dict[str, Any]:
        """The rule as rubric data; ValueError naming a field that does not read."""
        rule: dict[str, Any] = {"kind": self.kind.currentData(), "text": self.text.text().strip()}
        if self.rule.get("id"):
            rule["id"] = self.rule["id"]
        points = _decimal(self.points.text())
        if points is not None:
            rule["points"] = points
        for name, (param, widget) in self.params.items():
            if isinstance(widget, QComboBox):
                if widget.currentData() is not None:
                    rule[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                if widget.isChecked():
                    rule[name] = True
            elif isinstance(widget, QLineEdit) and widget.text().strip():
                text = widget.text().strip()
                if param.type in ("decimal",):
                    rule[name] = _decimal(text)
                elif param.type == "int":
                    rule[name] = int(text)
                elif param.type == "text":
                    rule[name] = text
                else:
                    rule[name], _node = parse_yaml(text, param.label.text())
        return rule


class RubricEditorDialog(QDialog):
    def __init__(
        self, ctx: AppContext, choice: RubricChoice, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = choice.rubric
        self.rubric: Rubric = choice.rubric
        self.saved: RubricChoice | None = None
        self.code: str | None = None  # the item shown
        self.setWindowTitle(self.tr("Rubric editor"))
        resize_within_screen(self, 1200, 720)

        self.title = QLineEdit(self.rubric.title)
        self.title.editingFinished.connect(self._title_changed)
        self.version = QLabel()
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Title")))
        head.addWidget(self.title, 1)
        head.addWidget(self.version)

        self.tree = QTreeWidget()
        self.tree.setObjectName("editorTree")
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Item"), self.tr("Points")])
        self.tree.setColumnWidth(0, 110)  # codes such as 二.1.10 under their section
        self.tree.setColumnWidth(1, 200)
        self.tree.currentItemChanged.connect(self._selected)
        add_item = QPushButton(self.tr("Add &item"))
        add_item.clicked.connect(self._add_item)
        add_section = QPushButton(self.tr("Add s&ection"))
        add_section.clicked.connect(self._add_section)
        remove = QPushButton(self.tr("&Remove item"))
        remove.clicked.connect(self._remove_item)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        for b in (add_section, add_item, remove):
            buttons.addWidget(b)
        left_box.addLayout(buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._item_tab(), self.tr("Item"))
        self.tabs.addTab(self._rubric_tab(), self.tr("Parts, grades, units"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setSizes([420, 780])

        self.problems = QListWidget()
        self.problems.setObjectName("editorProblems")
        self.problems.setMaximumHeight(110)
        self.preview = QLabel()
        self.preview.setObjectName("editorPreview")
        self.save_button = QPushButton(self.tr("&Save as a new version"))
        self.save_button.clicked.connect(self._save)
        export_yaml = QPushButton(self.tr("Export &YAML…"))
        export_yaml.clicked.connect(self._export_yaml)
        export_xlsx = QPushButton(self.tr("Export &table (.xlsx)…"))
        export_xlsx.clicked.connect(self._export_xlsx)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview, 1)
        for b in (export_yaml, export_xlsx, self.save_button, close):
            bottom.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)
        self._changed(self.rubric, rebuild=True)

    # ---------------------------------------------------------------- building the tabs

    def _item_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.item_code = QLineEdit()
        self.item_title = QLineEdit()
        self.item_points = QLineEdit()
        self.item_content = QPlainTextEdit()
        self.item_criteria = QPlainTextEdit()
        for text_edit in (self.item_content, self.item_criteria):
            text_edit.setFixedHeight(64)
        for edit in (self.item_code, self.item_title, self.item_points):
            edit.editingFinished.connect(self._item_changed)
        form.addRow(self.tr("Code"), self.item_code)
        form.addRow(self.tr("Title"), self.item_title)
        form.addRow(self.tr("Points"), self.item_points)
        form.addRow(self.tr("Content (考核内容)"), self.item_content)
        form.addRow(self.tr("Criteria (评分标准)"), self.item_criteria)
        apply_text = QPushButton(self.tr("Apply &wording"))
        apply_text.clicked.connect(self._item_changed)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet("color:#8a5a00")
        confirm = QPushButton(self.tr("C&onfirm the suggested rules"))
        confirm.setObjectName("confirmSuggestion")
        confirm.clicked.connect(self._confirm)
        manual = QPushButton(self.tr("Score by &hand instead"))
        manual.clicked.connect(self._manual)
        add_rule = QPushButton(self.tr("Add r&ule"))
        add_rule.clicked.connect(self._add_rule)
        row = QHBoxLayout()
        for b in (apply_text, confirm, manual, add_rule):
            row.addWidget(b)
        row.addStretch(1)
        self.rules_box = QVBoxLayout()
        rules_widget = QWidget()
        rules_widget.setLayout(self.rules_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rules_widget)
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(self.suggestion)
        box.addLayout(row)
        box.addWidget(scroll, 1)
        self.rule_boxes: list[RuleBox] = []
        return page

    def _rubric_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.parts = QLineEdit()
        self.grades = QLineEdit()
        self.units = QLineEdit()
        for edit in (self.parts, self.grades, self.units):
            edit.editingFinished.connect(self._structure_changed)
        form.addRow(self.tr("Parts and weights"), self.parts)
        form.addRow(self.tr("Grade bands"), self.grades)
        form.addRow(self.tr("Units"), self.units)
        self.target_key = QLineEdit()
        self.target_key.setPlaceholderText(self.tr("key, e.g. jobs"))
        self.target_title = QLineEdit()
        self.target_paste = QPlainTextEdit()
        self.target_paste.setPlaceholderText(self.tr("Paste two columns from Excel: unit, target"))
        paste = QPushButton(self.tr("Set per-unit tar&gets"))
        paste.clicked.connect(self._targets)
        form.addRow(self.tr("Target table key"), self.target_key)
        form.addRow(self.tr("Target table title"), self.target_title)
        form.addRow(self.tr("Targets"), self.target_paste)
        form.addRow("", paste)
        return page

    # ---------------------------------------------------------------- one change

    def _changed(self, rubric: Rubric, *, rebuild: bool = False) -> None:
        """Take a new rubric value: check it as `rubrics validate` does, show the preview."""
        self.rubric = rubric
        self.problems.clear()
        valid = True
        try:
            loaded = authoring.check(rubric, authoring.file_name(rubric))
        except RubricError as exc:
            valid = False
            for problem in exc.problem_messages:
                self.problems.addItem(self.tr("Error: %1").replace("%1", problem.text()))
                self.problems.item(self.problems.count() - 1).setForeground(
                    QBrush(QColor("#c62828"))
                )
        else:
            for warning in loaded.warnings:
                self.problems.addItem(self.tr("Warning: %1").replace("%1", warning.text()))
        pending = authoring.suggested_items(rubric)
        if valid and not pending and self.problems.count() == 0:
            self.problems.addItem(self.tr("Checked: no problem found."))
        if pending:
            self.problems.addItem(
                self.tr("%1 item(s) have suggested rules (%2) to confirm.")
                .replace("%1", str(len(pending)))
                .replace("%2", MARK)
            )
        self.save_button.setEnabled(valid and rubric != self.original)
        self.version.setText(self.tr("version %1").replace("%1", str(rubric.version)))
        self._show_preview(rubric if valid else None)
        self._show_structure()
        if rebuild:
            self._fill_tree()
        else:
            self._mark_tree()

    def _try(self, make: Any) -> None:
        """Apply one change; a number typed that the source does not print becomes the
        office's, marked (authoring.mark_edits), as the rules confirmed here are."""
        try:
            rubric = authoring.mark_edits(self.rubric, make(), self._who())
        except (ValidationError, ValueError, KeyError, EvalDeskError) as exc:
            text = error_text(exc) if isinstance(exc, EvalDeskError) else str(exc).splitlines()[0]
            self.problems.insertItem(0, self.tr("Not applied: %1").replace("%1", text))
            self.problems.item(0).setForeground(QBrush(QColor("#c62828")))
            return
        rebuild = [(s.code, [i.code for i in s.items]) for s in rubric.sections] != [
            (s.code, [i.code for i in s.items]) for s in self.rubric.sections
        ]
        self._changed(rubric, rebuild=rebuild)

    def _show_preview(self, rubric: Rubric | None) -> None:
        from evaldesk.services.rubric_files import preview

        report = preview(self.ctx.live, rubric) if rubric is not None else None
        if report is None:
            self.preview.setText(self.tr("Preview score: —"))
            return
        self.preview.setText(
            self.tr("Preview score with the current facts: %1").replace(
                "%1", fmt_points(report.total)
            )
        )

    # ---------------------------------------------------------------- the tree

    def _fill_tree(self) -> None:
        current = self.code
        self.tree.blockSignals(True)
        self.tree.clear()
        for section in self.rubric.sections:
            top = QTreeWidgetItem([section.code, section.title, _text(section.points)])
            top.setData(0, CodeRole, ("section", section.code))
            self.tree.addTopLevelItem(top)
            for item in section.items:
                child = QTreeWidgetItem([item.code, item.title, _text(item.points)])
                child.setData(0, CodeRole, ("item", item.code))
                top.addChild(child)
                if item.code == current:
                    self.tree.setCurrentItem(child)
            top.setExpanded(True)
        self.tree.blockSignals(False)
        self._mark_tree()
        if self.tree.currentItem() is None and self.rubric.items():
            first = self.tree.topLevelItem(0)
            if first is not None and first.childCount():
                self.tree.setCurrentItem(first.child(0))  # type: ignore[arg-type]

    def _mark_tree(self) -> None:
        pending = set(authoring.suggested_items(self.rubric))
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            assert top is not None
            for n in range(top.childCount()):
                child = top.child(n)
                if child is None:
                    continue
                _kind, code = child.data(0, CodeRole)
                item = self.rubric.item(code)
                if item is None:
                    continue
                child.setText(1, f"{MARK} {item.title}" if code in pending else item.title)
                child.setText(2, _text(item.points))

    def _selected(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        kind, code = current.data(0, CodeRole)
        if kind == "item":
            self.code = code
            self._show_item()

    # ---------------------------------------------------------------- the item

    def _show_item(self) -> None:
        item = self.rubric.item(self.code or "")
        if item is None:
            return
        self.item_code.setText(item.code)
        self.item_title.setText(item.title)
        self.item_points.setText(_text(item.points))
        self.item_content.setPlainText(item.content)
        self.item_criteria.setPlainText(item.criteria)
        found = authoring.suggestion_of(self.rubric, item.code)
        self.suggestion.setText(
            self.tr("%1 Suggested from the sentence: %2")
            .replace("%1", MARK)
            .replace("%2", found.source)
            if found is not None
            else ""
        )
        for box in self.rule_boxes:
            box.setParent(None)
            box.deleteLater()
        self.rule_boxes = []
        for rule in item.rules:
            data = rule.model_dump(mode="python", exclude_none=True)
            box = RuleBox(data, self._rules_changed)
            self.rules_box.addWidget(box)
            self.rule_boxes.append(box)

    def _item_changed(self) -> None:
        code = self.code
        if code is None:
            return
        new_code = self.item_code.text().strip()
        changes: dict[str, Any] = {
            "code": new_code,
            "title": self.item_title.text(),
            "points": _decimal(self.item_points.text())
            if self.item_points.text().strip()
            else None,
            "content": self.item_content.toPlainText(),
            "criteria": self.item_criteria.toPlainText(),
        }
        item = self.rubric.item(code)
        if item is None or all(getattr(item, k) == v for k, v in changes.items()):
            return
        self._try(lambda: authoring.with_item(self.rubric, code, changes))
        if self.rubric.item(new_code) is not None:
            self.code = new_code

    def _rules_changed(self) -> None:
        if self.code is None:
            return
        code = self.code
        self._try(
            lambda: authoring.set_item_rules(
                self.rubric, code, [b.value() for b in self.rule_boxes], self._who()
            )
        )
        self._show_item()

    def _who(self) -> str:
        return str(getattr(self.ctx.actor, "display_name", "") or self.ctx.actor.name)

    def _confirm(self) -> None:
        if self.code is not None:
            code = self.code
            self._try(lambda: authoring.confirm_item(self.rubric, code, self._who()))
            self._show_item()

    def _manual(self) -> None:
        if self.code is not None:
            code = self.code
            item = self.rubric.item(code)
            text = item.criteria if item is not None else ""
            self._try(
                lambda: authoring.set_item_rules(
                    self.rubric, code, [{"kind": "manual", "text": text}], self._who()
                )
            )
            self._show_item()

    def _add_rule(self) -> None:
        box = RuleBox({"kind": "manual"}, self._rules_changed)
        self.rules_box.addWidget(box)
        self.rule_boxes.append(box)
        self._rules_changed()

    def _add_item(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        _kind, code = current.data(0, CodeRole)
        section = next(
            s
            for s in self.rubric.sections
            if s.code == code or any(i.code == code for i in s.items)
        )
        new_code = f"{section.code}.{len(section.items) + 1}"
        while self.rubric.item(new_code) is not None:
            new_code += "b"
        self.code = new_code
        self._try(
            lambda: authoring.add_item(self.rubric, section.code, new_code, self.tr("New item"))
        )
        self._show_item()

    def _add_section(self) -> None:
        code = str(len(self.rubric.sections) + 1)
        self._try(lambda: authoring.add_section(self.rubric, code, self.tr("New section")))

    def _remove_item(self) -> None:
        if self.code is not None:
            code = self.code
            self.code = None
            self._try(lambda: authoring.remove_item(self.rubric, code))

    # ---------------------------------------------------------------- the rubric

    def _title_changed(self) -> None:
        title = self.title.text().strip()
        if title and title != self.rubric.title:
            self._try(lambda: authoring.with_fields(self.rubric, title=title))

    def _show_structure(self) -> None:
        dumped = self.rubric.model_dump(mode="python", exclude_defaults=True)
        for edit, name in ((self.parts, "parts"), (self.grades, "grades"), (self.units, "units")):
            if not edit.hasFocus():
                edit.setText(flow(dumped.get(name, [])))

    def _structure_changed(self) -> None:
        def make() -> Rubric:
            changes: dict[str, Any] = {}
            for edit, name in (
                (self.parts, "parts"),
                (self.grades, "grades"),
                (self.units, "units"),
            ):
                value, _node = parse_yaml(edit.text() or "[]", name)
                changes[name] = value or []
            return authoring.with_fields(self.rubric, **changes)

        self._try(make)

    def _targets(self) -> None:
        key = self.target_key.text().strip()
        if not key:
            return
        title = self.target_title.text().strip() or key
        text = self.target_paste.toPlainText()
        self._try(lambda: authoring.targets_from_paste(self.rubric, key, title, text))

    # ---------------------------------------------------------------- saving

    def _save(self) -> None:
        from evaldesk.services import rubric_files

        try:
            self.saved = rubric_files.save(self.ctx.store, self.ctx.actor, self.rubric)
        except EvalDeskError as exc:
            self.problems.insertItem(0, error_text(exc))
            return
        self.original = self.saved.rubric
        self._changed(self.saved.rubric)
        self.problems.insertItem(
            0,
            self.tr("Saved as version %1 (%2).")
            .replace("%1", str(self.saved.rubric.version))
            .replace("%2", self.saved.key.split(":", 1)[1]),
        )

    def _export_yaml(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the rubric"), f"{self.rubric.id}.yaml", "YAML (*.yaml)"
        )
        if chosen:
            authoring.write_yaml(self.rubric, Path(chosen))

    def _export_xlsx(self) -> None:
        from evaldesk.rubrics.importing.table_out import write_xlsx

        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the table"), f"{self.rubric.id}.xlsx", "Excel (*.xlsx)"
        )
        if chosen:
            write_xlsx(self.rubric, Path(chosen))
