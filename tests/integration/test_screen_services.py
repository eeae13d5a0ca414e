"""The services the screens read through (the UI never calls the store's parts itself): which
data folder opens, the accounts, the years and the links to a quarter."""

from __future__ import annotations

from pathlib import Path

import pytest
from platformdirs import user_data_dir
from storekit import SMALL_RUBRIC, YEAR, Office

from evaldesk.errors import NotFound
from evaldesk.services import evidence_browse, records_lookup, setup, users
from evaldesk.services.actor import system_actor
from evaldesk.services.data_folder import default_data_dir, open_office, open_unfinished_office


def test_the_default_data_folder_is_the_users_data_folder() -> None:
    assert default_data_dir() == Path(user_data_dir("EvalDesk", appauthor=False))


def test_an_office_with_accounts_opens_for_sign_in(office: Office) -> None:
    office.store.close()
    store = open_office(office.data_dir)
    assert store is not None
    try:
        assert records_lookup.office_name(store) == "测试县人社局"
        assert open_unfinished_office(office.data_dir) is None  # it is finished
    finally:
        store.close()


def test_an_empty_folder_opens_nothing_and_creates_nothing(tmp_path: Path) -> None:
    assert open_office(tmp_path) is None
    assert open_unfinished_office(tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_an_office_a_wizard_left_without_an_account_is_unfinished(tmp_path: Path) -> None:
    made = setup.create_office(
        tmp_path, system_actor("setup"), setup.OfficeSetup("测试局", SMALL_RUBRIC, YEAR)
    )
    made.close()
    assert open_office(tmp_path) is None  # no one could sign in
    store = open_unfinished_office(tmp_path)
    assert store is not None
    try:
        users.create_first_admin(store, "admin", "管理员", "correct horse")
    finally:
        store.close()
    finished = open_office(tmp_path)
    assert finished is not None
    finished.close()


def test_accounts_are_listed_and_named(office: Office) -> None:
    listed = users.list_users(office.store)
    assert [(u.username, u.role) for u in listed] == [
        ("admin", "admin"),
        ("head", "head"),
        ("clerk", "clerk"),
    ]
    head = users.get_user(office.store, listed[1].id)
    assert head.display_name == "head名"
    assert users.display_name(office.store, "user:head") == "head名"
    with pytest.raises(NotFound):
        users.get_user(office.store, 999)


def test_years_and_the_rubric_each_is_scored_with(office: Office) -> None:
    setup.add_year(office.store, office.admin, YEAR + 1, SMALL_RUBRIC)
    assert records_lookup.years(office.store) == [YEAR, YEAR + 1]
    assert records_lookup.latest_year(office.store) == YEAR + 1
    year = records_lookup.year_record(office.store, YEAR)
    assert (year.year, year.rubric_id, year.rubric_title) == (YEAR, "test-small", "测试细则")
    assert len(year.rubric_sha256) == 64


def test_a_link_to_a_quarter_names_its_dispatch_record(office: Office) -> None:
    link = evidence_browse.quarter_link(office.store, YEAR, 3)
    assert link.kind == "dispatch" and link.dispatch_id is not None
    assert evidence_browse.dispatch_quarter(office.store, link.dispatch_id) == 3
    with pytest.raises(NotFound):
        evidence_browse.quarter_link(office.store, YEAR, 5)
