"""A report-form office end to end: the wizard makes one, the demo fills one, the app opens it."""

from __future__ import annotations

from evaldesk.cli import main
from evaldesk.services.actor import system_actor
from evaldesk.ui import settings as cfg
from evaldesk.ui.app import AppController
from evaldesk.ui.context import AppContext
from evaldesk.ui.dialogs.wizard import SetupWizard
from evaldesk.ui.views.report_form import ReportFormView
from evaldesk.ui.views.rubric import RubricView


def test_the_wizard_creates_an_office_on_the_report_template(tmp_path, qtbot, shown_errors):
    folder = tmp_path / "office"
    wizard = SetupWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office.name.setText("靖州县人力资源和社会保障局")
    wizard.next()
    wizard.rubric.rubric.setCurrentIndex(wizard.rubric.rubric.findData("dept-spending-selfeval"))
    assert not wizard.rubric.unit.isVisible()  # a report template has no units
    wizard.rubric.year.setValue(2023)
    wizard.next()
    wizard.account.password.setText("first-admin-1")
    wizard.account.again.setText("first-admin-1")
    wizard.next()
    wizard.next()  # no head's or clerk's account now
    wizard.accept()
    assert wizard.store is not None, wizard.confirm.message.text()
    store = wizard.store
    ctx = AppContext(folder, store, system_actor("test"), 2023)
    try:
        view = RubricView(ctx)
        qtbot.addWidget(view)
        form = view.page("reportFormView")
        assert isinstance(form, ReportFormView)
        assert form.fields["dept_name"].text() == ""
        assert form.results and all(r.status != "mismatch" for r in form.results)
        assert {r.status for r in form.result_checks.results} == {"not_filled"}
        field = form.fields["dept_name"]
        field.set_text("靖州县人力资源和社会保障局")
        with qtbot.waitSignal(ctx.score_changed, timeout=2000):
            assert field.commit()
        assert ctx.facts().profile["dept_name"] == "靖州县人力资源和社会保障局"
    finally:
        ctx.close()
        store.close()
    assert shown_errors == []


def test_the_demo_fills_a_report_form_office_that_the_app_opens(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "demo"
    demo = ["demo", "--rubric", "dept-spending-selfeval", "--data-dir", str(folder)]
    assert main([*demo, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "靖州县人力资源和社会保障局 — 2022, " in out and "live score: 100 (优)" in out
    password = next(
        line.split()[2] for line in out.splitlines() if line.strip().startswith("clerk  ")
    )
    monkeypatch.setenv("EVALDESK_AUTOLOGIN", "clerk")
    monkeypatch.setenv("EVALDESK_AUTOLOGIN_PASSWORD", password)
    controller = AppController(folder, cfg.Settings(), "en")
    try:
        assert controller.start() and controller.wait_loaded()
        window = controller.window
        rubric = window.show_view("rubric")
        form = rubric.page("reportFormView")
        assert isinstance(form, ReportFormView)
        assert rubric.tabs.currentWidget() is form
        assert form.fields["budget_code"].text() == "518"
        assert form.grids["income"].model.index(1, 0).data() == "1209.14"
        assert window.ctx.report().total == 100
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()
