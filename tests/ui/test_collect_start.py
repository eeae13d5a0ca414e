"""A receiving office's start (issue 18, "scale and speed"): the loading worker computes the
office's state beside the password check and no unit's live score; the window then finds that
state instead of computing it again on the GUI thread."""

from __future__ import annotations

from collect_data import PASSWORD

from evaldesk.services import collect_results, users
from evaldesk.services.actor import system_actor
from evaldesk.services.data_folder import open_office
from evaldesk.ui import settings as cfg
from evaldesk.ui.app import AppController, sign_in_beside_first_work


def _signed_in_once(folder):
    """The test offices' cheap password hashes are renewed at the first sign-in, an audited
    change of the account; at a real office's start a sign-in records only the login."""
    store = open_office(folder)
    assert store is not None
    users.login(store, "clerk", PASSWORD)
    return store


def test_a_receiving_office_loads_its_state_and_no_unit_score(rugao_office, monkeypatch):
    store = _signed_in_once(rugao_office.folder)
    built: list[object] = []
    monkeypatch.setattr(collect_results, "_build", _counting(collect_results._build, built))
    try:
        loaded = sign_in_beside_first_work(store, "clerk", PASSWORD)
        loaded = sign_in_beside_first_work(store, "clerk", PASSWORD)
        assert loaded.actor is not None and loaded.actor.name == "user:clerk"
        assert loaded.live is None
        state = loaded.collect_state
        assert state is not None and len(state.units) == 14
        # computed before the login was recorded, and still the one the window will be given
        assert state.seq == store.audit.last_seq()
        assert len(built) == 1  # not again after the login
        assert collect_results.collect_state(store) is state
    finally:
        store.close()


def test_a_units_office_still_loads_its_live_score(demo):
    store = open_office(demo.folder)
    assert store is not None
    try:
        loaded = sign_in_beside_first_work(store, "clerk", demo.passwords["clerk"])
        assert loaded.live is not None and loaded.collect_state is None
        loaded.live.close()
    finally:
        store.close()


def test_a_refused_sign_in_hands_over_nothing(rugao_office):
    store = open_office(rugao_office.folder)
    assert store is not None
    try:
        loaded = sign_in_beside_first_work(store, "clerk", "not the password")
        assert loaded.actor is None and loaded.collect_state is None
    finally:
        store.close()


def test_a_state_from_before_any_other_write_is_computed_afresh(rugao_office):
    store = _signed_in_once(rugao_office.folder)
    try:
        before = collect_results.collect_state(store)
        users.login(store, "clerk", PASSWORD)
        assert collect_results.still_current(store, before) is not before  # re-stamped
        kept = collect_results.still_current(store, before)
        assert kept.seq == store.audit.last_seq() and kept.computed is before.computed
        users.add_user(store, system_actor("test"), "wang", "王", "clerk", PASSWORD + "!")
        fresh = collect_results.still_current(store, kept)
        assert fresh.computed is not kept.computed
        assert fresh.seq == store.audit.last_seq()
    finally:
        store.close()


def test_the_receiving_window_never_makes_a_unit_live_score(rugao_office, qtbot, monkeypatch):
    monkeypatch.setenv("EVALDESK_AUTOLOGIN", "clerk")
    monkeypatch.setenv("EVALDESK_AUTOLOGIN_PASSWORD", PASSWORD)
    _signed_in_once(rugao_office.folder).close()
    built: list[object] = []
    monkeypatch.setattr(collect_results, "_build", _counting(collect_results._build, built))
    controller = AppController(rugao_office.folder, cfg.Settings(), "en")
    try:
        assert controller.start()
        assert controller.wait_loaded()
        assert controller.window.overview.units_proxy.rowCount() == 14
        assert len(built) == 1  # in the worker; the window took it over
        assert controller.ctx._live is None  # made on first use; nothing used it
    finally:
        controller.window.close()
        controller.shutdown()


def _counting(build, calls):
    def counted(*args):
        calls.append(args)
        return build(*args)

    return counted


def test_the_units_columns_fit_their_text_and_headings(qtbot, rugao_office, office_ctx):
    from evaldesk.ui.models import collect_units as cu
    from evaldesk.ui.views.collect_overview import CollectOverview

    overview = CollectOverview(office_ctx(rugao_office))
    qtbot.addWidget(overview)
    table, header = overview.units, overview.units.horizontalHeader()
    # what Qt measures itself (each cell's size hint), capped as the overview caps it
    wanted = [min(table.sizeHintForColumn(c), 220) for c in range(cu.MISSING_COL)]
    got = [header.sectionSize(c) for c in range(cu.MISSING_COL)]
    assert all(g >= w for g, w in zip(got, wanted, strict=True)), (got, wanted)
    assert all(g >= header.sectionSizeHint(c) for c, g in enumerate(got))  # headings fit too


def test_signing_in_through_the_dialog_finds_the_state_computed_meanwhile(
    rugao_office, qtbot, monkeypatch
):
    """A person signs in through the login dialog (automatic sign-in is for tests and
    scripts): the office's state is computed on a worker while the dialog is open, and the
    window takes it after the login was recorded."""
    import threading

    from evaldesk.ui.collect.window import CollectWindow

    _signed_in_once(rugao_office.folder).close()
    threads: list[str] = []
    build = collect_results._build

    def counted(*args):
        threads.append(threading.current_thread().name)
        return build(*args)

    monkeypatch.setattr(collect_results, "_build", counted)
    # the login as the dialog does it, by the controller's own automatic path (no dialog)
    monkeypatch.setenv("EVALDESK_AUTOLOGIN", "clerk")
    monkeypatch.setenv("EVALDESK_AUTOLOGIN_PASSWORD", PASSWORD)
    controller = AppController(rugao_office.folder, cfg.Settings(), "en")
    try:
        assert controller._start_with_dialogs()
        window = controller.window
        assert isinstance(window, CollectWindow)
        assert window.overview.units_proxy.rowCount() == 14
        assert controller.ctx.actor.name == "user:clerk"
        assert threads == ["evaldesk-op"]  # once, on the worker, not again after the login
    finally:
        controller.window.close()
        controller.shutdown()
