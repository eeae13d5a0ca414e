"""The values of the other units of a ranking rule's group (RuleFact.group), beside the tree.

A ranking rule ("排名第一的镇得满分，其后的镇依次递减0.25分") can only place the office once the
other units' figures are known (announced by the assessing office). For the selected item this
panel lists the units ranked with this one (its group, or all units for ``pool: all``) with a
cell for each unit's figure in the rule's measure (completion rate in %, or the value), this
unit's own figure on top, and the result line the engine gives (rank, or what it still waits
for). Each figure is saved through the services (undoable) and the rank follows at once.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.decimals import fmt_points, quantize
from evaldesk.errors import EvalDeskError, InputError
from evaldesk.kinds.ranking import Ranking
from evaldesk.rubrics import model as m
from evaldesk.rubrics.rows import peer_units, ranking_rule, unit_target
from evaldesk.services.form_values import parse_number
from evaldesk.ui import theme
from evaldesk.ui.message_text import error_text

if TYPE_CHECKING:
    from evaldesk.ui.context import AppContext

translate = QCoreApplication.translate

UnitRole = Qt.ItemDataRole.UserRole + 1


class RankingGroupEditor(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("RankingGroup", "Figures of the other units"), parent)
        self.setObjectName("rankingGroup")
        self.ctx = ctx
        self.code: str | None = None
        self.rule_id: str | None = None
        self.rule: Ranking | None = None
        self.read_only_reason: str | None = None
        self._filling = False
        self._refused: set[str] = set()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color:{theme.MUTED.name()};")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("rankingGroupTable")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._on_item_changed)
        self.result = QLabel()
        self.result.setObjectName("rankingResult")
        self.result.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("rankingMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color:{theme.BAD.name()};")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.result)
        self.hide()

    # ----------------------------------------------------------------- showing

    def show_item(self, item: m.Item | None) -> None:
        """Show the group of ``item``'s ranking rule (hidden for other items)."""
        found = ranking_rule(item)
        if item is None or found is None:
            self.code = self.rule_id = self.rule = None
            self.hide()
            return
        rid, rule = found
        if (item.code, rid) != (self.code, self.rule_id):
            self.code, self.rule_id, self.rule = item.code, rid, rule
            self.message.hide()
            self._refused.clear()
            self._build(rule)
        self._fill()
        self.show()

    def _measure(self) -> str:
        assert self.rule is not None
        return (
            translate("RankingGroup", "Completion rate (%)")
            if self.rule.measure == "completion_pct"
            else translate("RankingGroup", "Value")
        )

    def _build(self, rule: Ranking) -> None:
        ctx = self.ctx
        units = peer_units(ctx.rubric, ctx.live.unit, rule)
        own = ctx.rubric.unit(ctx.live.unit) if ctx.live.unit else None
        scope = (
            translate("RankingGroup", "all units")
            if rule.pool == "all"
            else translate("RankingGroup", "the units of your group")
        )
        self.intro.setText(
            translate(
                "RankingGroup",
                "{item} ranks {scope}. Enter each unit's figure as announced by the assessing "
                "office; units left empty are not counted.",
            )
            .replace("{item}", f"{self.code}")
            .replace("{scope}", scope)
        )
        self._filling = True
        self.table.setRowCount(0)
        self.table.setHorizontalHeaderLabels([translate("RankingGroup", "Unit"), self._measure()])
        rows = ([own] if own is not None else []) + units
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, unit in enumerate(rows):
            name = QTableWidgetItem(unit.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            value = QTableWidgetItem("")
            value.setData(UnitRole, unit.id)
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if own is not None and row == 0:
                name.setText(
                    translate("RankingGroup", "{unit} (this unit)").replace("{unit}", unit.name)
                )
                name.setFont(bold)
                value.setFlags(Qt.ItemFlag.ItemIsEnabled)
                value.setFont(bold)
                value.setToolTip(
                    translate("RankingGroup", "From this unit's own figures in the rubric tree")
                )
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, value)
        self._filling = False
        self._apply_read_only()

    def _own_value(self) -> Decimal | None:
        assert self.rule is not None and self.code is not None and self.rule_id is not None
        fact = self.ctx.facts().items.get(self.code, {}).get(self.rule_id)
        if fact is None:
            return None
        if self.rule.measure == "value":
            return fact.value if fact.value is not None else fact.actual
        target = fact.target or unit_target(self.ctx.rubric, self.rule.target, self.ctx.live.unit)
        if fact.actual is None or not target:
            return None
        return quantize(fact.actual * 100 / target, Decimal("0.01"))

    def _cells(self) -> list[QTableWidgetItem]:
        cells = [self.table.item(row, 1) for row in range(self.table.rowCount())]
        return [c for c in cells if c is not None]

    def _fill(self) -> None:
        assert self.code is not None and self.rule_id is not None
        fact = self.ctx.facts().items.get(self.code, {}).get(self.rule_id)
        group = (fact.group if fact is not None else None) or {}
        own = self.ctx.live.unit
        self._filling = True
        for cell in self._cells():
            unit_id = cell.data(UnitRole)
            if unit_id == own:
                value = self._own_value()
                cell.setText("—" if value is None else fmt_points(value))
            elif unit_id not in self._refused:  # a refused figure stays for correcting
                value = group.get(unit_id)
                cell.setText("" if value is None else fmt_points(value))
        self._filling = False
        self._show_result()

    def _show_result(self) -> None:
        """What the engine made of it: the rank, or what it still waits for."""
        result = self.ctx.report().item(self.code or "")
        lines = [e for e in (result.explanations if result else []) if e.rule == self.rule_id]
        if not lines:
            self.result.setText(translate("RankingGroup", "Ranked first: full points."))
            self.result.setStyleSheet(f"color:{theme.GOOD.name()};")
            return
        pending = any(e.pending for e in lines)
        texts = []
        for e in lines:
            effect = (
                "" if not e.effect else f"{'+' if e.effect > 0 else '−'}{fmt_points(abs(e.effect))}"
            )
            texts.append(f"{'〔待评〕' if e.pending else ''}{e.detail or e.text} {effect}".strip())
        self.result.setText("\n".join(texts))
        self.result.setStyleSheet(f"color:{(theme.WARN if pending else theme.MUTED).name()};")

    def filled_units(self) -> dict[str, str]:
        """Unit id -> the figure shown (for tests and the tree's summary)."""
        out = {}
        for cell in self._cells():
            if cell.data(UnitRole) != self.ctx.live.unit and cell.text():
                out[str(cell.data(UnitRole))] = cell.text()
        return out

    # ----------------------------------------------------------------- editing

    def set_read_only(self, reason: str | None) -> None:
        self.read_only_reason = reason
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        editable = self.read_only_reason is None
        for cell in self._cells():
            if cell.data(UnitRole) == self.ctx.live.unit:
                continue
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            cell.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
            cell.setToolTip("" if editable else self.read_only_reason or "")

    def set_figure(self, unit_id: str, text: str) -> bool:
        """Save one unit's figure (empty clears it); False with a message when refused."""
        from evaldesk.services import facts as facts_service
        from evaldesk.ui.undo import apply

        assert self.code is not None and self.rule_id is not None
        ctx, code, rid = self.ctx, self.code, self.rule_id
        unit = ctx.rubric.unit(unit_id)
        name = unit.name if unit is not None else unit_id
        try:
            new: Any = fmt_points(parse_number(text, name)) if text.strip() else None
        except InputError:
            self._message(
                translate("RankingGroup", "{unit}: “{text}” is not a number; it was not saved.")
                .replace("{unit}", name)
                .replace("{text}", text.strip())
            )
            return False
        store, actor, year = ctx.store, ctx.actor, ctx.year
        try:
            apply(
                ctx,
                translate("RankingGroup", "Figure of {unit} for {code}")
                .replace("{unit}", name)
                .replace("{code}", code),
                lambda: facts_service.set_group_values(
                    store, actor, year, code, rid, {unit_id: new}
                ),
            )
        except EvalDeskError as exc:
            self._message(error_text(exc))
            return False
        self.message.hide()
        return True

    def _message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() != 1 or self.code is None:
            return
        unit_id = str(cell.data(UnitRole))
        if not self.set_figure(unit_id, cell.text()):
            self._refused.add(unit_id)
            cell.setForeground(QBrush(theme.BAD))
        else:
            self._refused.discard(unit_id)
            cell.setForeground(QBrush())
