"""The rubric as a tree: sections -> items -> criteria (one row per rule / checklist line).

A thin QAbstractItemModel over plain nodes (STYLE.md habit 5): the structure comes from the
rubric, the values from the latest ScoreReport and Facts (``update``). Custom roles start at
``UserRole + 1``; edits (``setData`` on a criterion's value or tick box) go to ``on_edit``, which
the view connects to the services through the undo stack. Tested without a view.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush

from evaldesk.decimals import fmt_points
from evaldesk.kinds import rows as row_values
from evaldesk.kinds.base import Row
from evaldesk.kinds.per_count import COUNTED_FROM
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import Facts, RuleFact
from evaldesk.scoring.report import ItemResult, ScoreReport, SectionResult
from evaldesk.ui import theme
from evaldesk.ui.models.rubric_rows import (
    COUNTED_TEXT,
    EVIDENCE,
    HEADERS,
    ITEM,
    MAX,
    SCORE,
    SECTION,
    STATUS_TEXT,
    TITLE,
    VALUE,
    ChoicesRole,
    CodeRole,
    CriterionRole,
    EditorRole,
    Index,
    KindRole,
    LossRole,
    MissingEvidenceRole,
    Node,
    ScoreRole,
    SearchRole,
    StatusRole,
    TitleRole,
    ValueRole,
    _t,
    build_tree,
    choices,
    chosen,
    signed,
)
from evaldesk.ui.widgets.interpretation_marks import marked, on_points, tooltip


class RubricModel(QAbstractItemModel):
    def __init__(self, rubric: m.Rubric, unit: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rubric = rubric
        self.unit = unit
        self.report: ScoreReport | None = None
        self.facts: Facts | None = None
        #: Called with (row, what was typed or picked) for an edit; True when it was recorded.
        self.on_edit: Callable[[Row, Any], bool] | None = None
        #: Called with a refused edit's error (bad number, PermissionDenied, Locked). Errors
        #: cannot propagate: setData is called from C++ (views, proxies). None re-raises.
        self.on_error: Callable[[Exception], None] | None = None
        #: When set, nothing is editable (the reason is shown by the view).
        self.read_only_reason: str | None = None
        self._items: dict[str, ItemResult] = {}
        self._sections: dict[str, SectionResult] = {}
        self.roots: list[Node] = []
        self.by_code: dict[str, Node] = {}
        self._build()

    # ----------------------------------------------------------------- structure

    def _build(self) -> None:
        self.roots, self.by_code = build_tree(self.rubric, self.unit)

    def node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        found: Node = index.internalPointer()
        return found

    def index_of(self, code: str, column: int = 0) -> QModelIndex:
        """The index of an item (by code) or a section (``section:<code>``)."""
        found = self.by_code.get(code)
        if found is None:
            return QModelIndex()
        return self.createIndex(found.row, column, found)

    # ----------------------------------------------------------------- values

    def update(self, report: ScoreReport, facts: Facts) -> None:
        """New score and facts: tell the views which rows changed (explicit roles)."""
        old_items, old_sections = self._items, self._sections
        first = self.report is None
        self.report, self.facts = report, facts
        self._items = {i.code: i for i in report.items()}
        self._sections = {s.code: s for s in report.sections}
        roles = [
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.EditRole,
            StatusRole,
            LossRole,
            MissingEvidenceRole,
            ValueRole,
            ScoreRole,
            ChoicesRole,
        ]
        # Titles do not move with the score (but a continued line's colour, which follows its
        # value): a tick signals the value-to-evidence cells of the rows that moved. (Measured:
        # no faster than whole rows — the titles' elision is not where a repaint goes.)
        first_col = TITLE if first else VALUE
        for snode in self.roots:
            if first or _section_shown(old_sections.get(snode.code)) != _section_shown(
                self._sections.get(snode.code)
            ):
                # Only a section whose figures moved is repainted: a tick must not repaint
                # every section row of the tree (measured: most of a tick's painting).
                self._cells_changed(snode, first_col, roles)
            for inode in snode.children:
                if not first and old_items.get(inode.code) == self._items.get(inode.code):
                    continue  # nothing moved: the row is not repainted
                self._cells_changed(inode, first_col, roles)
                for cnode in inode.children:
                    self._cells_changed(cnode, TITLE if cnode.continued else first_col, roles)

    def _cells_changed(self, node: Node, first: int, roles: list[int]) -> None:
        self.dataChanged.emit(
            self.createIndex(node.row, first, node),
            self.createIndex(node.row, EVIDENCE, node),
            roles,
        )

    def item_result(self, code: str) -> ItemResult | None:
        return self._items.get(code)

    def fact_of(self, c: Row) -> RuleFact | None:
        if self.facts is None:
            return None
        return self.facts.items.get(c.item_code, {}).get(c.rule_id)

    def value_of(self, c: Row) -> Any:
        if c.source is not None:
            return None if self.report is None else self.report.counts.get(c.source)
        return row_values.value_of(c, self.fact_of(c))

    def effect_of(self, c: Row) -> Decimal | None:
        """The points this row moves now, from the item's explanation lines."""
        result = self._items.get(c.item_code)
        if result is None:
            return None
        lines = [e for e in result.explanations if e.rule == c.rule_id]
        if c.key is not None and c.field in ("lines", "occurrences"):
            lines = [e for e in lines if e.text == c.text]
        if not lines:
            return None
        return sum((e.effect for e in lines), Decimal(0))

    # ----------------------------------------------------------------- Qt model

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column > EVIDENCE:
            return QModelIndex()
        children = self._children(parent)
        if 0 <= row < len(children):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        found = self.node(index)
        if found is None or found.parent is None:
            return QModelIndex()
        up = found.parent
        return self.createIndex(up.row, 0, up)

    def _children(self, parent: Index) -> list[Node]:
        found = self.node(parent)
        return self.roots if found is None else found.children

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return EVIDENCE + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = self.node(index)
        if found is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        c = found.criterion
        if c is None or self.read_only_reason is not None or c.editor in ("readonly", "group"):
            return flags
        if index.column() == VALUE and self._editable(found, c):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _editable(self, found: Node, c: Row) -> bool:
        """A target the rubric gives is not the office's to change: only one recorded there
        before can be cleared."""
        return c.fixed_by is None or self.value_of(c) is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.node(index)
        if found is None:
            return None
        if role == KindRole:
            return found.kind
        if role == CodeRole:
            return found.code
        if role == SearchRole:
            return found.search
        if role == TitleRole:
            return self._title(found)
        if found.kind == SECTION:
            return self._section_data(found, index.column(), role)
        if found.kind == ITEM:
            return self._item_data(found, index.column(), role)
        return self._criterion_data(found, index.column(), role)

    def _marks_tooltip(self, ids: tuple[str, ...]) -> str | None:
        """What the mark beside a value means (None where there is no mark)."""
        if self.report is None or not ids:
            return None
        return tooltip(self.report, ids) or None

    def _section_data(self, found: Node, column: int, role: int) -> Any:
        result = self._sections.get(found.code)
        if role == ScoreRole:
            return None if result is None else result.score + result.bonus
        if role == Qt.ItemDataRole.ToolTipRole and result is not None and column in (SCORE, MAX):
            return self._marks_tooltip(self._marks(result, "section", column))
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return f"{found.code}　{found.title}"
        if role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.FontRole and column == TITLE:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            return None
        if column == TITLE:
            return f"{found.code}　{found.title}"
        if result is None:
            return None
        if column == SCORE:
            shown = fmt_points(result.score + result.bonus)
            return marked(shown, self._marks(result, "section", SCORE))
        if column == MAX:
            shown = "" if result.max is None or result.is_bonus else fmt_points(result.max)
            return marked(shown, self._marks(result, "section", MAX))
        return None

    def _marks(self, result: ItemResult | SectionResult, kind: str, column: int) -> tuple[str, ...]:
        """The maximum is marked for what decides it; the score for the rest (a derived cap,
        an assumed rule)."""
        if self.report is None:
            return ()
        on_max = on_points(self.report, kind, result.code)
        if column == MAX:
            return on_max
        return tuple(i for i in result.interpretations if i not in on_max)

    def _item_data(self, found: Node, column: int, role: int) -> Any:
        result = self._items.get(found.code)
        if role == StatusRole:
            return None if result is None else result.status
        if role == LossRole:
            return Decimal(0) if result is None else result.loss
        if role == MissingEvidenceRole:
            return False if result is None else result.missing_evidence
        if role == ScoreRole:
            return None if result is None else result.score
        if role == Qt.ItemDataRole.ToolTipRole and column in (SCORE, MAX) and result is not None:
            marks = self._marks(result, "item", column)
            if marks:
                return self._marks_tooltip(marks)
        if role == Qt.ItemDataRole.ToolTipRole and (column == TITLE or result is not None):
            why = [e.line() for e in result.explanations] if result is not None else []
            head = [f"{found.code}　{found.title}"] if column == TITLE else []
            return "\n".join(head + why) or None
        if role == Qt.ItemDataRole.ForegroundRole and result is not None and column == SCORE:
            colour = {"met": theme.GOOD, "not_met": theme.BAD}.get(result.status, theme.WARN)
            return QBrush(colour)
        if role == Qt.ItemDataRole.ForegroundRole and column == EVIDENCE and result is not None:
            return QBrush(theme.BAD if result.missing_evidence else theme.MUTED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == TITLE:
            return f"{found.code}　{found.title}"
        if result is None:
            return None
        if column == VALUE:
            return _t(STATUS_TEXT[result.status])
        if column == SCORE:
            return marked(fmt_points(result.score), self._marks(result, "item", SCORE))
        if column == MAX:
            if result.bonus:
                return marked(_t("bonus"), self._marks(result, "item", MAX))
            shown = "" if result.max is None else fmt_points(result.max)
            return marked(shown, self._marks(result, "item", MAX))
        if column == EVIDENCE:
            if result.missing_evidence:
                return _t("missing")
            return str(result.evidence_attached) if result.evidence_attached else ""
        return None

    def _title(self, found: Node) -> str:
        c = found.criterion
        if c is None:
            return found.title
        if c.editor == "group":
            return QCoreApplication.translate("RubricModel", "Figures of the other units")
        if not found.continued:
            return c.text
        label = c.label.text() if c.label else ""
        if c.field == "target":
            return f"{label}：{self._target_source(c)}"
        return label

    def _target_source(self, c: Row) -> str:
        """Where the target in force comes from, as the title of a target row says it."""
        recorded = self.value_of(c)
        if c.fixed_by is None:
            return QCoreApplication.translate("RubricModel", "entered by the office")
        if recorded is None:
            return c.fixed_by.text()
        return (
            QCoreApplication.translate(
                "RubricModel",
                "entered by the office, but {source} gives {target}: clear it to use that",
            )
            .replace("{source}", c.fixed_by.text())
            .replace("{target}", f"{fmt_points(c.target or Decimal(0))}{c.unit_label}")
        )

    def overridden(self, c: Row) -> bool:
        """A target recorded by the office where the rubric gives another one."""
        return c.field == "target" and c.fixed_by is not None and self.value_of(c) is not None

    def _criterion_data(self, found: Node, column: int, role: int) -> Any:
        c = found.criterion
        assert c is not None
        if role == CriterionRole:
            return c
        if role == EditorRole:
            return c.editor
        value = self.value_of(c)
        if role == ValueRole:
            return value
        if role == ChoicesRole:
            return choices(c) if c.editor in ("status", "event") else None
        if role == Qt.ItemDataRole.EditRole and column == VALUE:
            if c.editor in ("status", "event"):
                return chosen(c, value)
            return row_values.display(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == VALUE and c.field == "target":
                return self._title(found)
            if column == TITLE and found.continued:
                return f"{self._title(found)}\n{c.text}"
            if column == VALUE and c.editor in ("status", "event"):
                return self._value_hint(c)
            if column == VALUE:
                return f"{self._value_text(c, value, found.continued)}\n{c.text}"
            return c.text
        if role == Qt.ItemDataRole.ForegroundRole and column == VALUE:
            if self.overridden(c):
                return QBrush(theme.WARN)
            if value is None or c.fixed_by is not None:
                return QBrush(theme.MUTED)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == TITLE and found.continued:
            return QBrush(theme.WARN if self.overridden(c) else theme.MUTED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == TITLE:
            return self._title(found)
        if column == VALUE:
            return self._value_text(c, value, found.continued)
        if column == SCORE:
            effect = None if c.editor == "group" or found.continued else self.effect_of(c)
            return None if effect is None or effect == 0 else signed(effect)
        if column == MAX:
            if c.effect is None:
                return None
            each = _t(" each") if c.editor == "int" else ""
            return f"{signed(c.effect)}{each}"
        return None

    def _value_hint(self, c: Row) -> str:
        return QCoreApplication.translate(
            "RubricModel", "{text}\nClick a choice, or press 1, 2 or 3 (Delete: not assessed)"
        ).replace("{text}", c.text)

    def _value_text(self, c: Row, value: Any, continued: bool = False) -> str:
        if c.editor in ("status", "event"):
            picked = chosen(c, value)
            return next(word for key, word in choices(c) if key == picked)
        if c.editor == "group":
            entered = len(value) if isinstance(value, dict) else 0
            return (
                QCoreApplication.translate("RubricModel", "{n} of {m} entered beside")
                .replace("{n}", str(entered))
                .replace("{m}", str(c.peers))
            )
        label = c.label.text() + " " if c.label and not continued else ""
        if c.source is not None:
            counted = _t(COUNTED_TEXT[COUNTED_FROM[c.source]])
            shown = "" if value is None else f"{value}{c.unit_label}"
            return f"{shown}（{counted}）"
        if c.field == "target" and value is None and c.target is not None:
            return f"{label}{fmt_points(c.target)}{c.unit_label}"
        if c.field == "target" and value is None:
            return QCoreApplication.translate("RubricModel", "not entered yet")
        text = row_values.display(value) or "—"
        if c.target is not None and c.field != "target":
            return f"{label}{text} / {fmt_points(c.target)}{c.unit_label}"
        return f"{label}{text}{c.unit_label if value is not None else ''}"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Record what was typed or picked in the Recorded column: a number, or for a status
        or event row one of its choices ("met", "not_met", "not_assessed"; True / False)."""
        found = self.node(index)
        if found is None or found.criterion is None or self.on_edit is None:
            return False
        if self.read_only_reason is not None or found.criterion.editor in ("readonly", "group"):
            return False
        if role != Qt.ItemDataRole.EditRole or index.column() != VALUE:
            return False
        try:
            return self.on_edit(found.criterion, value)
        except Exception as exc:
            if self.on_error is None:
                raise
            self.on_error(exc)
            return False


def _section_shown(result: SectionResult | None) -> tuple[Decimal, Decimal | None] | None:
    """What a section's row shows (its score with bonus, and its max)."""
    return None if result is None else (result.score + result.bonus, result.max)
