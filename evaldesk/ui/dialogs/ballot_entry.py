"""Ballot entry (issue 18, finding 3): each voter's paper ballot transcribed as it is, one
grade per unit, on the sheet it belongs to (000: each leader grades the 14 cities and the
departments; each city grades the departments).

The quota ("A等次不超过30%…") is checked while the clerk clicks (services.collect_desk.
check_ballot, the same check the service makes) and a ballot over it is refused on save with
the reason (services.collect_scores.enter_ballot); a ballot is withdrawn with a reason. The
tallies beside show the grades each unit received and the average of their points (10/6/0,
5/3/0) as the office computes them. When the quotas read literally cannot grade every unit
of a full ballot, the head records how the office counts them (decide_quota), with a reason.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import EvalDeskError
from evaldesk.services import collect_desk, collect_scores
from evaldesk.ui import theme
from evaldesk.ui.collect.fit import bracketed, fit_size, listed, punct
from evaldesk.ui.message_text import error_text, message_text
from evaldesk.ui.models.collect_units import points
from evaldesk.ui.permissions import reason as why_not

NONE = "—"


def _pct(share: Decimal) -> str:
    """A share as people write it: 30%, 38.5% (one decimal at most)."""
    return points((share * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)) + "%"


class BallotDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ballotEntry")
        self.setWindowTitle(self.tr("Ballots"))
        self.views = collect_desk.sheet_views(ctx.store)
        self.groups: dict[str, QButtonGroup] = {}

        self.sheet_choice = QComboBox()
        self.sheet_choice.setObjectName("ballotSheet")
        for view in self.views:
            s = view.sheet
            self.sheet_choice.addItem(f"{s.item} {s.item_title} — {s.group_name}", s.key)
        self.rules = QLabel()
        self.rules.setObjectName("ballotRules")
        self.rules.setWordWrap(True)
        self.fit = QLabel()
        self.fit.setObjectName("ballotFit")
        self.fit.setWordWrap(True)
        self.fit.setStyleSheet(f"color: {theme.WARN.name()};")

        # the head's decision on how the quotas count
        self.rounding = QComboBox()
        self.rounding.setObjectName("ballotRounding")
        self.rounding.addItem(self.tr("As the source words it (不超过, to the letter)"), "exact")
        self.rounding.addItem(self.tr("Number of each grade rounded half up"), "half_up")
        self.rounding_reason = QLineEdit()
        self.rounding_reason.setObjectName("ballotRoundingReason")
        self.rounding_reason.setPlaceholderText(self.tr("Why (printed with the results)"))
        self.rounding_save = QPushButton(self.tr("Record the &decision"))
        self.rounding_save.setObjectName("ballotRoundingSave")
        self.rounding_save.clicked.connect(self.decide)
        self.decision_box = QGroupBox(self.tr("How the quotas are counted"))
        decision = QHBoxLayout(self.decision_box)
        decision.addWidget(self.rounding)
        decision.addWidget(self.rounding_reason, 1)
        decision.addWidget(self.rounding_save)
        denied = why_not(ctx.actor, "collect.decide")
        if denied:
            for widget in (self.rounding, self.rounding_reason, self.rounding_save):
                widget.setEnabled(False)
            self.decision_box.setToolTip(denied)

        # entered ballots
        self.ballot_list = QListWidget()
        self.ballot_list.setObjectName("ballotList")
        self.ballot_list.setWordWrap(True)  # a withdrawn ballot's reason, in a narrow column
        self.ballot_list.currentItemChanged.connect(self._ballot_chosen)
        self.new_button = QPushButton(self.tr("&New ballot"))
        self.new_button.clicked.connect(self.new_ballot)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setObjectName("ballotWithdraw")
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Ballots entered")))
        left_layout.addWidget(self.ballot_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.withdraw_button)
        left_layout.addLayout(row)

        # the paper ballot
        self.voter = QComboBox()
        self.voter.setObjectName("ballotVoter")
        self.voter.setEditable(True)
        self.voter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        voter_line = self.voter.lineEdit()
        assert voter_line is not None
        voter_line.setPlaceholderText(self.tr("The voter, as written on the ballot"))
        voter_line.textChanged.connect(self._check)
        self.note = QLineEdit()
        self.note.setObjectName("ballotNote")
        self.grid = QTableWidget()
        self.grid.setObjectName("ballotGrid")
        self.grid.verticalHeader().hide()
        self.grid.verticalHeader().setDefaultSectionSize(self.grid.fontMetrics().height() + 6)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.live = QLabel()
        self.live.setObjectName("ballotLive")
        self.live.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("ballotMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save the ballot"))
        self.save_button.setObjectName("ballotSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        middle = QWidget()
        form = QFormLayout(middle)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Voter"), self.voter)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.grid)
        form.addRow(self.live)
        form.addRow(self.message)
        form.addRow(self.save_button)
        denied = self._denied = why_not(ctx.actor, "collect.ballots")
        if denied:
            for widget in (self.save_button, self.withdraw_button, self.new_button):
                widget.setEnabled(False)
                widget.setToolTip(denied)

        # the tallies
        self.tally = QTableWidget()
        self.tally.setObjectName("ballotTally")
        self.tally.verticalHeader().hide()
        self.tally.verticalHeader().setDefaultSectionSize(self.tally.fontMetrics().height() + 6)
        self.tally.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.tally_title = QLabel()
        right_layout.addWidget(self.tally_title)
        right_layout.addWidget(self.tally, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Ballot sheet"), self.sheet_choice)
        layout.addLayout(top)
        layout.addWidget(self.rules)
        layout.addWidget(self.fit)
        layout.addWidget(self.decision_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.sheet_choice.currentIndexChanged.connect(self._sheet_changed)
        fit_size(self, 1200, 720)
        if not self.views:
            self.rules.setText(self.tr("This rubric has no ballots."))
            self.save_button.setEnabled(False)
        else:
            self._sheet_changed()

    # ----------------------------------------------------------------- the sheet

    @property
    def view(self) -> collect_desk.SheetView:
        key = self.sheet_choice.currentData()
        return next(v for v in self.views if v.sheet.key == key)

    def choose_sheet(self, key: str) -> None:
        self.sheet_choice.setCurrentIndex(self.sheet_choice.findData(key))

    def _sheet_changed(self) -> None:
        sheet = self.view.sheet
        grade_points = collect_desk.points_of(sheet)
        quotas = collect_desk.quotas_of(sheet)
        worth = punct("，", ", ").join(
            self.tr("{grade} = {points} points")
            .replace("{grade}", g)
            .replace("{points}", points(p))
            for g, p in grade_points.items()
        )
        limits = punct("，", ", ").join(
            self.tr("{grade} at most {pct}").replace("{grade}", g).replace("{pct}", _pct(q))
            for g, q in quotas.items()
        )
        self.rules.setText(
            listed([worth, self.tr("on one ballot: ") + limits]) if limits else worth
        )
        fit = collect_desk.sheet_fit(sheet)
        self.fit.setText(message_text(fit) if fit is not None else "")
        self.fit.setVisible(fit is not None)
        decided = collect_scores.quota_decisions(self.ctx.store).get(sheet.rule_address)
        self.decision_box.setVisible(bool(quotas))
        self.rounding.setCurrentIndex(max(0, self.rounding.findData(decided or "exact")))
        self.voter.clear()
        # Suggestions only: the voters already entered, and where departments are graded the
        # cities (000's 评议.2: each city grades the departments).
        known = sorted({b.voter for b in collect_scores.ballots(self.ctx.store)})
        if sheet.group == "dept":
            known += [u.name for u in self.ctx_units() if u.rubric_unit != "dept"]
        self.voter.addItems(list(dict.fromkeys(known)))
        self.voter.setCurrentText("")
        self._build_grid()
        self._fill_ballots()
        self._fill_tally()
        self._check()

    def ctx_units(self) -> list[Any]:
        from evaldesk.services.collect_setup import units

        return units(self.ctx.store)

    def _build_grid(self) -> None:
        sheet = self.view.sheet
        grades = list(sheet.rule.grades)
        self.grid.clear()
        self.grid.setRowCount(len(sheet.units))
        self.grid.setColumnCount(len(grades) + 2)
        self.grid.setHorizontalHeaderLabels([self.tr("Unit"), *grades, NONE])
        self.groups = {}
        for row, (code, name) in enumerate(zip(sheet.units, sheet.unit_names, strict=True)):
            self.grid.setItem(row, 0, QTableWidgetItem(name))
            group = QButtonGroup(self.grid)
            for column, grade in enumerate([*grades, ""], start=1):
                button = QRadioButton()
                button.setObjectName(f"ballot_{code}_{grade or 'none'}")
                button.setProperty("grade", grade)
                button.setToolTip(f"{name}：{grade or NONE}")
                cell = QWidget()
                box = QHBoxLayout(cell)
                box.setContentsMargins(0, 0, 0, 0)
                box.setAlignment(Qt.AlignmentFlag.AlignCenter)
                box.addWidget(button)
                self.grid.setCellWidget(row, column, cell)
                group.addButton(button)
                if not grade:
                    button.setChecked(True)
            group.buttonToggled.connect(lambda _b, on: on and self._check())
            self.groups[code] = group
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(grades) + 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def grades(self) -> dict[str, str]:
        """Unit -> the grade ticked (units left blank are not on the ballot)."""
        out = {}
        for code, group in self.groups.items():
            checked = group.checkedButton()
            grade = str(checked.property("grade")) if checked is not None else ""
            if grade:
                out[code] = grade
        return out

    def set_grades(self, grades: dict[str, str]) -> None:
        for code, group in self.groups.items():
            wanted = grades.get(code, "")
            for button in group.buttons():
                if str(button.property("grade")) == wanted:
                    button.setChecked(True)
        self._check()

    # ----------------------------------------------------------------- the live check

    def _check(self) -> list[str]:
        if not self.views:
            return []
        sheet = self.view.sheet
        given = self.grades()
        counts = {g: list(given.values()).count(g) for g in sheet.rule.grades}
        quotas = collect_desk.quotas_of(sheet)
        parts = []
        for grade, n in counts.items():
            text = f"{grade} {n}"
            if grade in quotas and given:
                text += bracketed(
                    f"{_pct(Decimal(n) / len(given))}{punct('，', ', ')}≤{_pct(quotas[grade])}"
                )
            parts.append(text)
        graded = (
            self.tr("{n} of {all} units graded")
            .replace("{n}", str(len(given)))
            .replace("{all}", str(len(sheet.units)))
        )
        found = [
            p
            for p in collect_desk.check_ballot(sheet, self.voter.currentText(), given)
            if p.key != "collect.ballot.empty"
        ]
        problems = [message_text(p) for p in found]
        quota_problems = [p for p in found if p.key == "kind.graded_votes.over_quota"]
        gap = punct("　", "   ")
        self.live.setText(gap.join(parts) + gap + graded)
        colour = theme.BAD if quota_problems else theme.GOOD if given else theme.MUTED
        self.live.setStyleSheet(f"color: {colour.name()};")
        self.message.setText("\n".join(problems))
        self.message.setStyleSheet(f"color: {theme.BAD.name()};")
        return problems

    # ----------------------------------------------------------------- entered ballots

    def _fill_ballots(self) -> None:
        self.ballot_list.blockSignals(True)
        self.ballot_list.clear()
        # Withdrawn ballots stay listed, greyed, with the reason: the clerk checking the
        # pile of paper ballots again sees which were taken out and why.
        listed = collect_scores.ballots(self.ctx.store, self.view.sheet.key, withdrawn=True)
        for ballot in sorted(listed, key=lambda b: b.withdrawn):
            text = f"{ballot.voter}　" + self.tr("{n} units").replace(
                "{n}", str(len(ballot.grades))
            )
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, ballot)
            if ballot.withdrawn:
                withdrawn = self.tr("Withdrawn: {reason}").replace(
                    "{reason}", ballot.withdraw_reason
                )
                entry.setText(f"{text}\n{withdrawn}")
                entry.setToolTip(withdrawn)
                entry.setForeground(theme.MUTED)
            self.ballot_list.addItem(entry)
        self.ballot_list.blockSignals(False)

    def _ballot_chosen(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        ballot = current.data(Qt.ItemDataRole.UserRole)
        self.voter.setCurrentText(ballot.voter)
        self.note.setText(ballot.note)
        self.set_grades(dict(ballot.grades))
        # a withdrawn ballot can be looked at, and saved again as entered, not withdrawn twice
        self.withdraw_button.setEnabled(not ballot.withdrawn and not self._denied)

    def new_ballot(self) -> None:
        self.ballot_list.clearSelection()
        self.ballot_list.setCurrentRow(-1)
        self.voter.setCurrentText("")
        self.note.clear()
        self.set_grades({})
        self.voter.setFocus()

    def _fill_tally(self) -> None:
        view = self.view
        sheet = view.sheet
        grades = list(sheet.rule.grades)
        self.tally_title.setText(
            self.tr("As the office computes it: {n} ballots").replace("{n}", str(view.ballots))
        )
        self.tally.clear()
        self.tally.setRowCount(len(sheet.units))
        self.tally.setColumnCount(len(grades) + 2)
        grade_points = collect_desk.points_of(sheet)
        self.tally.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                *(g + bracketed(points(grade_points[g])) for g in grades),
                self.tr("Average"),
            ]
        )
        for row, (code, name) in enumerate(zip(sheet.units, sheet.unit_names, strict=True)):
            tally = view.tallies.get(code)
            cells = [name]
            cells += [str(tally.counts.get(g, 0)) if tally else "0" for g in grades]
            average = tally.average if tally is not None else None
            cells.append(points(average) if average is not None else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.tally.setItem(row, column, item)
        header = self.tally.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(grades) + 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def average(self, unit: str) -> str:
        row = self.view.sheet.units.index(unit)
        cell = self.tally.item(row, self.tally.columnCount() - 1)
        return cell.text() if cell is not None else ""

    def _reload(self) -> None:
        key = self.view.sheet.key
        self.views = collect_desk.sheet_views(self.ctx.store)
        self.choose_sheet(key)
        self._fill_ballots()
        self._fill_tally()

    # ----------------------------------------------------------------- saving

    def save(self) -> bool:
        """Enter the ballot; False (and why, under it) when the service refused it."""
        try:
            collect_scores.enter_ballot(
                self.ctx.store,
                self.ctx.actor,
                self.view.sheet.key,
                self.voter.currentText(),
                self.grades(),
                self.note.text(),
            )
        except EvalDeskError as exc:
            self.message.setText(error_text(exc))
            self.message.setStyleSheet(f"color: {theme.BAD.name()};")
            return False
        voter = self.voter.currentText().strip()
        self._reload()
        self.new_ballot()
        self.message.setText(self.tr("Ballot of {voter} saved.").replace("{voter}", voter))
        self.message.setStyleSheet(f"color: {theme.GOOD.name()};")
        return True

    def withdraw(self, reason: str | None = None) -> bool:
        entry = self.ballot_list.currentItem()
        if entry is None:
            return False
        ballot = entry.data(Qt.ItemDataRole.UserRole)
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Withdraw a ballot"),
                self.tr("Why is the ballot of {voter} withdrawn?").replace("{voter}", ballot.voter),
            )
            if not ok:
                return False
        try:
            collect_scores.withdraw_ballot(self.ctx.store, self.ctx.actor, ballot.id, reason)
        except EvalDeskError as exc:
            self.message.setText(error_text(exc))
            self.message.setStyleSheet(f"color: {theme.BAD.name()};")
            return False
        self._reload()
        return True

    def decide(self) -> bool:
        sheet = self.view.sheet
        rounding = str(self.rounding.currentData())
        try:
            collect_scores.decide_quota(
                self.ctx.store,
                self.ctx.actor,
                sheet.item,
                sheet.rule_id,
                None if rounding == "exact" else rounding,
                self.rounding_reason.text(),
            )
        except EvalDeskError as exc:
            self.message.setText(error_text(exc))
            self.message.setStyleSheet(f"color: {theme.BAD.name()};")
            return False
        key = sheet.key
        self.views = collect_desk.sheet_views(self.ctx.store)
        self.choose_sheet(key)
        self._sheet_changed()
        return True
