"""A new year from last year's (issue 20): the rubric it scores with (last year's, a saved
version), what changed, and the ledger entries proposed again; a rubric in use is never
edited in place."""

from __future__ import annotations

from datetime import date

import pytest
from storekit import TODAY, YEAR, Office

from evaldesk.errors import PermissionDenied
from evaldesk.rubrics.authoring import set_item_rules
from evaldesk.services import ledger, new_year, rubric_files, setup
from evaldesk.services.rubric import year_rubric
from evaldesk.store import LedgerFields, LedgerQuery

NEXT = YEAR + 1
JAN_10 = date(NEXT, 1, 10)


def _entries(office: Office) -> dict[str, int]:
    def add(title: str, received: date, deadline: date, item: str | None, **more: object) -> int:
        fields = LedgerFields("assigned", title, received, deadline, item_code=item, **more)  # type: ignore[arg-type]
        return ledger.add_entry(office.store, office.clerk, YEAR, fields, today=TODAY).id

    ids = {
        "report": add(
            "报送年度工作方案", date(YEAR, 1, 5), date(YEAR, 2, 29), "一.1", repeats_yearly=True
        ),
        "open": add("督导问题整改", date(YEAR, 5, 6), date(YEAR, 6, 20), "一.2"),
        "done": add("已办结的事项", date(YEAR, 3, 1), date(YEAR, 3, 31), "一.2"),
        "training": add(
            "季度培训", date(YEAR, 4, 1), date(YEAR, 6, 30), "二.1", repeats_yearly=True
        ),
    }
    ledger.close_entry(office.store, office.clerk, ids["done"], date(YEAR, 3, 20), today=TODAY)
    return ids


def _changed_rubric(office: Office):  # type: ignore[no-untyped-def]
    """Last year's rubric with 一.2 renumbered 一.3, 二.1 removed, a rule changed."""
    old = year_rubric(office.store, YEAR).rubric
    data = old.model_dump(mode="python")
    data["sections"][1]["items"][1]["code"] = "一.3"
    data["sections"][2]["items"][0]["title"] = "职业技能培训"
    data["sections"][2]["items"][0]["code"] = "二.9"
    data["interpretations"] = [
        {**i, "applies_to": [a.replace("二.1", "二.9") for a in i["applies_to"]]}
        for i in data["interpretations"]
    ]
    from evaldesk.rubrics.model import Rubric

    rubric = Rubric.model_validate(data)
    return set_item_rules(rubric, "一.1", [{"kind": "manual", "text": "人工评分"}], "admin")


def test_new_year_from_last_year_carries_the_confirmed_entries(office: Office) -> None:
    ids = _entries(office)
    changed = _changed_rubric(office)
    saved = rubric_files.save(office.store, office.admin, changed)
    assert saved.rubric.version == 2  # version 1 is pinned by last year: a new version
    assert (office.data_dir / "rubrics" / "test-small.v2.yaml").is_file()

    plan = new_year.plan(office.store, NEXT, saved.rubric, today=JAN_10)
    assert plan.previous == YEAR
    kinds = {(c.kind, c.code) for c in plan.changes}
    assert ("moved", "一.3") in kinds and ("rules", "一.1") in kinds
    assert plan.mapping == {
        "调度.1": "调度.1",
        "一.1": "一.1",
        "一.2": "一.3",
        "二.1": None,
        "加分.1": "加分.1",
    }
    by_title = {p.source.title: p for p in plan.proposals}
    assert set(by_title) == {"报送年度工作方案", "督导问题整改", "季度培训"}  # not the done one
    report = by_title["报送年度工作方案"].fields
    # same month and day; 29 February has no counterpart in 2025; not received in the future
    assert (report.received_date, report.deadline) == (date(NEXT, 1, 5), date(NEXT, 2, 28))
    assert report.status == "open" and report.done_date is None and report.repeats_yearly
    assert report.item_code == "一.1"
    still_open = by_title["督导问题整改"]
    assert still_open.why == "open" and still_open.fields.item_code == "一.3"
    assert still_open.fields.deadline == date(NEXT, 6, 20)
    training = by_title["季度培训"]
    assert training.item_dropped and training.fields.item_code is None
    assert training.fields.received_date == JAN_10  # 1 April has not come yet

    # the clerk drops one; the year is created with the others, in one transaction
    kept = [p.fields for p in plan.proposals if p.source.id != ids["training"]]
    setup.add_year(office.store, office.admin, NEXT, saved, entries=kept, today=JAN_10)
    year = office.store.years.get(NEXT)
    assert (year.rubric_id, year.rubric_version) == ("test-small", 2)
    new_entries = ledger.search(office.store, LedgerQuery(NEXT, limit=None))
    assert sorted(e.title for e in new_entries) == ["报送年度工作方案", "督导问题整改"]
    assert all(e.status == "open" for e in new_entries)
    # last year's entries are untouched; last year still scores with version 1
    old_entries = ledger.search(office.store, LedgerQuery(YEAR, limit=None))
    assert len(old_entries) == 4
    assert office.store.years.get(YEAR).rubric_version == 1


def test_saving_the_same_rubric_again_is_the_same_file(office: Office) -> None:
    changed = _changed_rubric(office)
    first = rubric_files.save(office.store, office.admin, changed)
    again = rubric_files.save(office.store, office.admin, changed)
    assert first.key == again.key
    edited = set_item_rules(first.rubric, "一.3", [{"kind": "manual", "text": "人工"}], "admin")
    third = rubric_files.save(office.store, office.admin, edited)
    assert third.rubric.version == 3
    assert len(rubric_files.saved(office.store)) == 2
    keys = [c.key for c in rubric_files.choices(office.store)]
    assert keys[0] == f"year:{YEAR}" and "file:test-small.v3.yaml" in keys


def test_only_an_administrator_saves_rubrics(office: Office) -> None:
    with pytest.raises(PermissionDenied):
        rubric_files.save(office.store, office.clerk, _changed_rubric(office))


def test_a_year_can_start_from_last_years_pinned_rubric(office: Office) -> None:
    last = rubric_files.choices(office.store)[0]
    assert last.key == f"year:{YEAR}"
    setup.add_year(office.store, office.admin, NEXT, last, today=JAN_10)
    assert office.store.years.get(NEXT).rubric_sha256 == office.store.years.get(YEAR).rubric_sha256
