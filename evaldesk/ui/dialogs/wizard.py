"""The first-run wizard: office, rubric and unit, year, the first administrator account, and
(if the person wants) the head's and a clerk's accounts.

Nothing is written until the last page is confirmed; then the services create the store
(``services.setup.create_office``) and the accounts (``services.users.create_first_admin``,
then ``services.users.add_user`` as that administrator, who is then signed in: ``actor``).
Every refusal is shown on the page, which stays open so the person can fix it.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from evaldesk.errors import EvalDeskError
from evaldesk.ui import theme
from evaldesk.ui.message_text import error_text
from evaldesk.ui.permissions import role_name


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.BAD.name()};")
    label.hide()
    return label


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(
            self.tr("EvalDesk keeps one office's ledger, evidence and self-assessment.")
        )
        self.name = QLineEdit()
        self.name.setObjectName("wizardOfficeName")
        self.name.setPlaceholderText(self.tr("e.g. 某某县人力资源和社会保障局"))
        self.region = QLineEdit()
        self.region.setObjectName("wizardRegion")
        self.contact = QLineEdit()
        self.contact.setObjectName("wizardContact")
        self.message = _message_label()
        self.as_unit = QRadioButton(self.tr("An office that assesses itself"))
        self.as_unit.setObjectName("wizardKindUnit")
        self.as_unit.setChecked(True)
        self.as_receiving = QRadioButton(
            self.tr("A receiving office: collects, checks and ranks the units' packages")
        )
        self.as_receiving.setObjectName("wizardKindReceiving")
        kind = QButtonGroup(self)
        kind.addButton(self.as_unit)
        kind.addButton(self.as_receiving)
        kinds = QVBoxLayout()
        kinds.addWidget(self.as_unit)
        kinds.addWidget(self.as_receiving)
        form = QFormLayout(self)
        form.addRow(self.tr("This office is"), kinds)
        form.addRow(self.tr("Office name"), self.name)
        form.addRow(self.tr("Region (optional)"), self.region)
        form.addRow(self.tr("Contact (optional)"), self.contact)
        form.addRow(self.message)
        self.name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


class RubricPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evaldesk.rubrics.registry import builtins

        self.setTitle(self.tr("Rubric and year"))
        self.setSubTitle(self.tr("Choose the scheme your office is assessed by."))
        self.rubrics = dict(sorted(builtins().items()))
        self.rubric = QComboBox()
        self.rubric.setObjectName("wizardRubric")
        for rid, loaded in self.rubrics.items():
            r = loaded.rubric
            doc = f"（{r.doc_number}）" if r.doc_number else ""
            self.rubric.addItem(f"{r.title}{doc}", rid)
        self.about = QLabel()
        self.about.setObjectName("wizardRubricAbout")
        self.about.setWordWrap(True)
        self.unit = QComboBox()
        self.unit.setObjectName("wizardUnit")
        self.unit_label = QLabel(self.tr("Your unit"))
        self.year = QSpinBox()
        self.year.setObjectName("wizardYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.message = _message_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Rubric"), self.rubric)
        form.addRow("", self.about)
        form.addRow(self.unit_label, self.unit)
        form.addRow(self.tr("Assessment year"), self.year)
        form.addRow(self.message)
        self.rubric.currentIndexChanged.connect(self._rubric_changed)
        default = self.rubric.findData("hunan-rsxczx-2021")
        self.rubric.setCurrentIndex(max(0, default))
        self._rubric_changed()

    def chosen(self) -> Any:
        return self.rubrics[str(self.rubric.currentData())].rubric

    def initializePage(self) -> None:
        self._rubric_changed()

    def nextId(self) -> int:
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard) and wizard.receiving:
            return SetupWizard.UNITS
        return SetupWizard.ACCOUNT

    @property
    def receiving(self) -> bool:
        wizard = self.wizard()
        return isinstance(wizard, SetupWizard) and wizard.receiving

    def _rubric_changed(self) -> None:
        r = self.chosen()
        facts = [r.issuer, f"{len(r.items())} " + self.tr("items")]
        if r.total is not None:
            facts.append(self.tr("{points} points").replace("{points}", str(r.total)))
        if r.kind == "rating":
            facts.append(self.tr("rated (no points)"))
        self.about.setText("　".join(f for f in facts if f))
        self.unit.clear()
        if r.units and not r.targets:
            self.unit.addItem(self.tr("(not one of the listed units)"), None)
        for unit in r.units:
            self.unit.addItem(unit.name, unit.id)
        # A receiving office takes every unit's package: it is none of them.
        self.unit.setVisible(bool(r.units) and not self.receiving)
        self.unit_label.setVisible(bool(r.units) and not self.receiving)
        if r.year:
            self.year.setToolTip(
                self.tr("The rubric was issued for {year}.").replace("{year}", str(r.year))
            )


class AccountPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Administrator account"))
        self.setSubTitle(
            self.tr(
                "The administrator sets the office up and manages the accounts "
                "(File → User accounts…). Nobody, not even the administrator, can read a "
                "password back: keep it somewhere safe."
            )
        )
        self.username = QLineEdit("admin")
        self.username.setObjectName("wizardUser")
        self.display = QLineEdit()
        self.display.setObjectName("wizardDisplayName")
        self.password = QLineEdit()
        self.password.setObjectName("wizardPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("wizardPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = _message_label()
        self.message.setObjectName("wizardAccountMessage")
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        form.addRow(self.message)

    def validatePage(self) -> bool:
        from evaldesk.services import users

        if self.password.text() != self.again.text():
            return self._say(self.tr("The two passwords differ; type the same password twice."))
        try:
            users.check_username(self.username.text().strip())
            users.check_password(self.password.text())
        except EvalDeskError as exc:
            return self._say(error_text(exc))
        self.message.hide()
        return True

    def _say(self, text: str) -> bool:
        self.message.setText(text)
        self.message.show()
        return False


class AccountBox(QGroupBox):
    """One optional account (the head's or a clerk's): ticked, it is created with the office."""

    def __init__(self, title: str, role: str, username: str) -> None:
        super().__init__(title)
        self.role = role
        self.setObjectName(f"wizard_{role}")
        self.setCheckable(True)
        self.setChecked(False)
        self.username = QLineEdit(username)
        self.display = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)


class TeamPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("The head's and the clerk's accounts"))
        self.setSubTitle(
            self.tr(
                "Tick an account to create it now, or add accounts later under "
                "File → User accounts…"
            )
        )
        self.head = AccountBox(self.tr("The head (reviews and approves)"), "head", "head")
        self.clerk = AccountBox(self.tr("A clerk (keeps the ledger and scores)"), "clerk", "clerk")
        self.reviewer = AccountBox(
            self.tr("A reviewer (enters the initial and final review scores)"),
            "reviewer",
            "reviewer",
        )
        self.reviewer.hide()
        self.message = _message_label()
        self.message.setObjectName("wizardTeamMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.clerk)
        layout.addWidget(self.reviewer)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        receiving = self._wizard.receiving
        self.reviewer.setVisible(receiving)
        self.clerk.setTitle(
            self.tr("A clerk (imports the packages and enters the ballots)")
            if receiving
            else self.tr("A clerk (keeps the ledger and scores)")
        )

    def chosen(self) -> list[AccountBox]:
        boxes = [self.head, self.clerk]
        if self._wizard.receiving:
            boxes.append(self.reviewer)
        return [box for box in boxes if box.isChecked()]

    def validatePage(self) -> bool:
        from evaldesk.services import users

        names = {self._wizard.account.username.text().strip()}
        for box in self.chosen():
            name = box.username.text().strip()
            if box.password.text() != box.again.text():
                return self._say(
                    self.tr("{title}: the two passwords differ.").replace("{title}", box.title())
                )
            if name in names:
                return self._say(
                    self.tr("{title}: the user name {name} is already taken.")
                    .replace("{title}", box.title())
                    .replace("{name}", name)
                )
            names.add(name)
            try:
                users.check_username(name)
                users.check_password(box.password.text())
            except EvalDeskError as exc:
                return self._say(f"{box.title()}: {error_text(exc)}")
        self.message.hide()
        return True

    def _say(self, text: str) -> bool:
        self.message.setText(text)
        self.message.show()
        return False


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _account(username: QLineEdit, display: QLineEdit) -> str:
    """ "wang（王管理）": the user name to sign in with, and whose account it is."""
    name, person = username.text().strip(), display.text().strip()
    return f"{name}（{person}）" if name and person else name


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Create the office"))
        self.summary = QLabel()
        self.summary.setObjectName("wizardSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.message = _message_label()
        self.message.setObjectName("wizardCreateMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._wizard = wizard

    def initializePage(self) -> None:
        w = self._wizard
        receiving = w.receiving
        rows = [
            (
                self.tr("Kind"),
                self.tr("Receiving office") if receiving else self.tr("Self-assessing office"),
            ),
            (self.tr("Office"), w.office.name.text().strip()),
            (self.tr("Rubric"), w.rubric.rubric.currentText()),
            # The rubric page is hidden by now: ask the list, not the widget's visibility.
            (
                self.tr("Assessed unit"),
                w.rubric.unit.currentText() if w.rubric.unit.count() and not receiving else "",
            ),
            (
                self.tr("Units received from"),
                str(len(w.units.drafts())) if receiving else "",
            ),
            (self.tr("Year"), str(w.rubric.year.value())),
            (self.tr("Administrator"), _account(w.account.username, w.account.display)),
            # Role names are lower case in English (they are used inside sentences).
            *(
                (_capital(role_name(box.role)), _account(box.username, box.display))
                for box in w.team.chosen()
            ),
            (self.tr("Data folder"), str(w.data_dir)),
        ]
        self.summary.setText(
            "<table>"
            + "".join(
                f"<tr><td><b>{html.escape(k)}</b>　</td><td>{html.escape(v)}</td></tr>"
                for k, v in rows
                if v
            )
            + "</table><p>"
            + html.escape(self.tr("After Create you are signed in as the administrator."))
            + "</p>"
        )

    def validatePage(self) -> bool:
        try:
            self._wizard.create_office()
        except EvalDeskError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        return True


class SetupWizard(QWizard):
    OFFICE, RUBRIC, UNITS, ACCOUNT, TEAM, CONFIRM = range(6)

    @property
    def receiving(self) -> bool:
        """The person chose to set up a receiving office (issue 18)."""
        return self.office.as_receiving.isChecked()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.data_dir = data_dir
        self.store: Any = None
        self.actor: Any = None  # the administrator, signed in once the office is created
        self.setWindowTitle(self.tr("EvalDesk — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        from evaldesk.ui.dialogs.wizard_receiving import UnitsPage

        self.office = OfficePage()
        self.rubric = RubricPage()
        self.units = UnitsPage(self)
        self.account = AccountPage()
        self.team = TeamPage(self)
        self.confirm = ConfirmPage(self)
        for page_id, page in (
            (self.OFFICE, self.office),
            (self.RUBRIC, self.rubric),
            (self.UNITS, self.units),
            (self.ACCOUNT, self.account),
            (self.TEAM, self.team),
            (self.CONFIRM, self.confirm),
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create"))
        self.setMinimumSize(640, 460)

    def create_office(self) -> None:
        """Create the store and the accounts through the services."""
        from evaldesk.services import users
        from evaldesk.services.actor import system_actor
        from evaldesk.services.data_folder import open_unfinished_office
        from evaldesk.services.setup import OfficeSetup, create_office

        setup = OfficeSetup(
            name=self.office.name.text().strip(),
            rubric=str(self.rubric.rubric.currentData()),
            year=self.rubric.year.value(),
            unit=(
                self.rubric.unit.currentData()
                if self.rubric.unit.count() and not self.receiving
                else None
            ),
            region=self.office.region.text().strip(),
            contact=self.office.contact.text().strip(),
        )
        store = open_unfinished_office(self.data_dir)
        if store is None and self.receiving:
            from evaldesk.services.collect_setup import ReceivingSetup, create_receiving_office

            store = create_receiving_office(
                self.data_dir,
                system_actor("setup"),
                ReceivingSetup(
                    name=setup.name,
                    rubric=setup.rubric,
                    year=setup.year,
                    units=tuple(self.units.drafts()),
                    region=setup.region,
                    contact=setup.contact,
                ),
            )
        elif store is None:
            store = create_office(self.data_dir, system_actor("setup"), setup)
        try:
            name, password = self.account.username.text().strip(), self.account.password.text()
            taken = {u.username for u in users.list_users(store)}
            if taken:  # a second try after a refusal: the administrator was made then
                admin = users.login(store, name, password)
            else:
                admin = users.create_first_admin(
                    store, name, self.account.display.text().strip(), password
                )
            for box in self.team.chosen():
                name = box.username.text().strip()
                if name not in taken:  # a second try after a refusal keeps what was made
                    users.add_user(
                        store, admin, name, box.display.text(), box.role, box.password.text()
                    )
        except BaseException:
            store.close()
            raise
        self.store = store
        self.actor = admin
