"""The first-run wizard creates an office, driven through its real widgets."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from evaldesk.ui import settings as cfg
from evaldesk.ui.app import AppController
from evaldesk.ui.dialogs.login import LoginDialog
from evaldesk.ui.dialogs.wizard import SetupWizard


def _fill_office(wizard: SetupWizard, name: str) -> None:
    assert not wizard.office.isComplete()  # the office name is required
    wizard.office.name.setText(name)
    assert wizard.office.isComplete()
    wizard.next()


def test_wizard_creates_the_office_and_its_administrator(tmp_path, qtbot):
    folder = tmp_path / "office"
    wizard = SetupWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_office(wizard, "如皋市某镇人社所")
    assert wizard.currentPage() is wizard.rubric
    # a rubric with per-unit targets: the unit picker appears, with no "none" choice
    wizard.rubric.rubric.setCurrentIndex(wizard.rubric.rubric.findData("rugao-rsks-2021"))
    assert wizard.rubric.unit.isVisible()
    units = [wizard.rubric.unit.itemData(i) for i in range(wizard.rubric.unit.count())]
    assert None not in units and len(units) == 14
    wizard.rubric.unit.setCurrentIndex(units.index(units[3]))
    wizard.rubric.year.setValue(2021)
    wizard.next()
    assert wizard.currentPage() is wizard.account
    wizard.account.username.setText("wang")
    wizard.account.display.setText("王管理")
    wizard.account.password.setText("secret-pass-1")
    wizard.account.again.setText("secret-pass-2")
    wizard.next()
    assert wizard.currentPage() is wizard.account  # refused: the passwords differ
    assert "differ" in wizard.account.message.text()
    wizard.account.again.setText("secret-pass-1")
    wizard.account.password.setText("short")
    wizard.account.again.setText("short")
    wizard.next()
    assert wizard.currentPage() is wizard.account  # refused by the services: too short
    assert "8" in wizard.account.message.text()
    wizard.account.password.setText("secret-pass-1")
    wizard.account.again.setText("secret-pass-1")
    wizard.next()
    assert wizard.currentPage() is wizard.team
    wizard.next()  # no other account ticked
    assert wizard.currentPage() is wizard.confirm
    assert "如皋市某镇人社所" in wizard.confirm.summary.text()
    assert wizard.rubric.unit.itemText(3) in wizard.confirm.summary.text()  # the assessed unit
    assert not folder.exists()  # nothing written before the last page
    wizard.accept()
    assert wizard.store is not None
    try:
        store = wizard.store
        office = store.office.require()
        assert office.name == "如皋市某镇人社所"
        assert office.unit == units[3]
        year = store.years.latest()
        assert (year.year, year.rubric_id) == (2021, "rugao-rsks-2021")
        (admin,) = store.users.list()
        assert (admin.username, admin.display_name, admin.role) == ("wang", "王管理", "admin")
        assert wizard.actor.name == "user:wang" and wizard.actor.role == "admin"
    finally:
        wizard.store.close()


def _fill(box, name: str, password: str, again: str | None = None) -> None:
    box.setChecked(True)
    box.username.setText(name)
    box.display.setText(name.upper())
    box.password.setText(password)
    box.again.setText(password if again is None else again)


def test_wizard_creates_the_head_and_clerk_accounts_too(tmp_path, qtbot):
    folder = tmp_path / "office"
    wizard = SetupWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_office(wizard, "示范县人社局")
    wizard.rubric.unit.setCurrentIndex(wizard.rubric.unit.findData("changsha"))
    unit = wizard.rubric.unit.currentText()
    wizard.next()
    wizard.account.password.setText("first-admin-1")
    wizard.account.again.setText("first-admin-1")
    wizard.next()
    assert wizard.currentPage() is wizard.team
    assert "User accounts" in wizard.team.subTitle()  # where to add more later
    _fill(wizard.team.head, "admin", "head-pass-11")
    wizard.next()
    assert wizard.currentPage() is wizard.team  # the administrator's name is taken
    assert "admin" in wizard.team.message.text()
    _fill(wizard.team.head, "lihead", "head-pass-11", "head-pass-12")
    wizard.next()
    assert "differ" in wizard.team.message.text()
    _fill(wizard.team.head, "lihead", "head-pass-11")
    _fill(wizard.team.clerk, "zhangclerk", "short")
    wizard.next()
    assert wizard.currentPage() is wizard.team and "8" in wizard.team.message.text()
    _fill(wizard.team.clerk, "zhangclerk", "clerk-pass-11")
    wizard.team.clerk.display.setText("张经办")
    wizard.next()
    assert wizard.currentPage() is wizard.confirm
    summary = wizard.confirm.summary.text()
    assert unit in summary and "lihead" in summary and "zhangclerk（张经办）" in summary
    # the roles as row titles, not the lower-case words used inside sentences
    assert "<b>Head</b>" in summary and "<b>Clerk</b>" in summary, summary
    assert not folder.exists()
    wizard.accept()
    try:
        users = {u.username: u.role for u in wizard.store.users.list()}
        assert users == {"admin": "admin", "lihead": "head", "zhangclerk": "clerk"}
        from evaldesk.services import users as accounts

        assert accounts.login(wizard.store, "zhangclerk", "clerk-pass-11").role == "clerk"
        assert wizard.actor.role == "admin"
    finally:
        wizard.store.close()


def test_the_wizard_uses_no_internal_words(tmp_path, qtbot, chinese_ui):
    """No argon2, hash or other internal words on any page, in Chinese (and in English)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from evaldesk.ui import i18n

    for lang in ("zh_CN", "en"):
        i18n.install(lang)
        wizard = SetupWizard(tmp_path / lang)
        qtbot.addWidget(wizard)
        texts = [wizard.windowTitle()]
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            texts += [page.title(), page.subTitle()]
            texts += [w.text() for w in page.findChildren(QLabel)]
            texts += [w.title() for w in page.findChildren(QGroupBox)]
            texts += [w.text() for w in page.findChildren(QAbstractButton)]
        shown = "\n".join(texts).lower()
        for word in ("argon2", "hash", "散列", "sqlite", "store", "actor"):
            assert word not in shown, (lang, word)
        if lang == "zh_CN":
            assert "负责人" in shown and "经办人" in shown and "用户账户" in shown


def test_first_start_signs_the_administrator_in(tmp_path, qtbot, shown_errors):
    folder = tmp_path / "fresh"
    steps: list[str] = []

    def drive() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, SetupWizard) and "wizard" not in steps:
            steps.append("wizard")
            widget.office.name.setText("示范县人社局")
            widget.next()
            widget.rubric.unit.setCurrentIndex(widget.rubric.unit.findData("changsha"))
            widget.next()
            widget.account.password.setText("first-admin-1")
            widget.account.again.setText("first-admin-1")
            widget.next()
            widget.next()  # no other account
            widget.accept()
            assert widget.result(), widget.confirm.message.text()
        elif isinstance(widget, LoginDialog) and "login" not in steps:
            steps.append("login")
            widget.reject()  # a second login after 创建 is what this test forbids
        if not controller.window:
            QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    controller = AppController(folder, cfg.Settings(), "en")
    try:
        assert controller.start()
        assert steps == ["wizard"]  # signed in as the administrator, no login box
        window = controller.window
        assert window.ctx.actor.role == "admin"
        # an administrator cannot tick items: the rubric view says why
        rubric = window.view("rubric")
        assert rubric.banner.isVisibleTo(window)
        assert "administrator" in rubric.banner.text()
        assert window.users_action.isEnabled()
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()
    assert shown_errors == []
