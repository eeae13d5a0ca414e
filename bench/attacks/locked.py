"""Family ``locked-period``: every mutating service function against approved (locked) data.

An approved quarter may change in one way only: an entry still open at the approval may be
marked done, on a date no earlier than the approval. Anything else must be refused with
``Locked`` and leave the data as it was. The ledger, dispatch and evidence cases work on the
demo office with quarter 1 approved (an open entry and linked evidence added before); the
facts, review and evidence cases on the whole year approved, in the demo office and in the
release fixtures whose rubrics have report forms (dept-spending), ranking groups and
subsidies (rugao) and a rating (zhongnong).
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from core import Outcome, Result
from workspace import YEAR, Workspace

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "release-0.1.0"
BACKDATED = date(YEAR, 2, 20)


@dataclass
class Ctx:
    store: Any
    clerk: Any
    head: Any
    year: int
    ids: dict[str, int] = field(default_factory=dict)
    folder: Path = Path()

    def fact(
        self, scope: str, pick: Callable[[str, str, Any], bool] = lambda c, k, v: True
    ) -> tuple[str, str, Any]:
        conn = sqlite3.connect(self.folder / "evaldesk.sqlite3")
        try:
            rows = conn.execute(
                "SELECT code, key, value FROM facts WHERE scope = ? ORDER BY id", (scope,)
            ).fetchall()
        finally:
            conn.close()
        for code, key, value in rows:
            parsed = json.loads(value)
            if pick(code, key, parsed):
                return code, key, parsed
        raise LookupError(f"no {scope} fact to use")


def _actors(store: Any) -> tuple[Any, Any]:
    from evaldesk.services.actor import user_actor

    users = {u.username: u for u in store.users.list()}
    clerk = next(u for u in users.values() if u.role == "clerk")
    head = next(u for u in users.values() if u.role == "head")
    return user_actor(clerk), user_actor(head)


def _prepare_quarter(ws: Workspace) -> Path:
    """The demo office, quarter 1 unlocked, an open entry and linked evidence added, approved again."""
    from evaldesk.services import approvals, evidence, ledger
    from evaldesk.services.evidence import dispatch_link, ledger_link
    from evaldesk.store import LedgerFields, open_store

    folder = ws.root / "prepared-quarter"
    if folder.exists():
        return folder
    shutil.copytree(ws.office, folder)
    store = open_store(folder)
    try:
        clerk, head = _actors(store)
        approvals.unlock(store, head, YEAR, 1, "补录一季度未办结事项")
        entry = ledger.add_entry(
            store,
            clerk,
            YEAR,
            LedgerFields(
                source="assigned",
                title="一季度未办结事项",
                received_date=date(YEAR, 2, 10),
                deadline=date(YEAR, 2, 28),
            ),
        )
        q1 = store.dispatch.get(YEAR, 1)
        evidence.attach_stream(
            store,
            clerk,
            YEAR,
            io.BytesIO(b"evidence for entry"),
            "办理记录.txt",
            links=[ledger_link(entry.id), dispatch_link(q1.id)],
        )
        approvals.approve(store, head, YEAR, 1, "一季度审核通过")
    finally:
        store.close()
    return folder


def _prepare_year(source: Path, folder: Path) -> Path:
    from evaldesk.services import approvals
    from evaldesk.store import open_store

    if folder.exists():
        return folder
    shutil.copytree(source, folder, ignore=shutil.ignore_patterns(".evaldesk.lock"))
    store = open_store(folder)
    try:
        _, head = _actors(store)
        year = store.years.latest().year
        approvals.approve(store, head, year, 0, "全年审核通过")
    finally:
        store.close()
    return folder


def _ids(store: Any, year: int) -> dict[str, int]:
    from evaldesk.store import LedgerQuery

    entries = store.ledger.search(LedgerQuery(year=year, limit=None))
    out: dict[str, int] = {}
    for e in entries:
        if e.received_date.month <= 3 and e.status in ("open", "in_progress"):
            out["open_q1"] = e.id
        if (
            e.received_date.month <= 3
            and e.status == "done"
            and e.done_date
            and e.done_date > e.deadline
        ):
            out["late_q1"] = e.id
        if e.received_date.month >= 10 and e.status in ("open", "in_progress"):
            out["open_q4"] = e.id
    for ev in store.evidence.list(year):
        for link in ev.links:
            if link.kind == "ledger" and link.ledger_id == out.get("open_q1"):
                out["ev_q1_entry"] = ev.id
            if link.kind == "dispatch":
                out["ev_dispatch"] = ev.id
            if link.kind == "item":
                out["ev_item"] = ev.id
        out.setdefault("ev_any", ev.id)
    out["dispatch_q1"] = store.dispatch.get(year, 1).id
    return out


def _q1_entry() -> Any:
    from evaldesk.store import LedgerFields

    return LedgerFields(
        source="assigned",
        title="补录一季度事项",
        received_date=date(YEAR, 3, 1),
        deadline=date(YEAR, 3, 20),
    )


def _import_rows(c: Ctx) -> Any:
    from evaldesk.services import ledger_xlsx
    from evaldesk.services.ledger_import import RowCheck

    preview = ledger_xlsx.ImportPreview(Path("import.xlsx"), [RowCheck(2, _q1_entry(), {})], 0)
    return ledger_xlsx.import_rows(c.store, c.clerk, c.year, preview)


def _ledger_cases() -> list[tuple[str, Callable[[Ctx], Any]]]:
    from evaldesk.services import dispatch, evidence, ledger, ledger_import
    from evaldesk.services.evidence import dispatch_link, item_link, ledger_link

    today = date.today()
    return [
        (
            "add_entry received in the locked quarter",
            lambda c: ledger.add_entry(c.store, c.clerk, c.year, _q1_entry()),
        ),
        (
            "edit_entry title",
            lambda c: ledger.edit_entry(
                c.store, c.clerk, c.ids["open_q1"], {"title": "改过的标题"}
            ),
        ),
        (
            "edit_entry status cancelled",
            lambda c: ledger.edit_entry(
                c.store, c.clerk, c.ids["open_q1"], {"status": "cancelled"}
            ),
        ),
        (
            "edit_entry status in_progress",
            lambda c: ledger.edit_entry(
                c.store, c.clerk, c.ids["open_q1"], {"status": "in_progress"}
            ),
        ),
        (
            "edit_entry done, backdated",
            lambda c: ledger.edit_entry(
                c.store, c.clerk, c.ids["open_q1"], {"status": "done", "done_date": BACKDATED}
            ),
        ),
        (
            "edit_entry deadline",
            lambda c: ledger.edit_entry(
                c.store, c.clerk, c.ids["open_q1"], {"deadline": date(YEAR, 12, 31)}
            ),
        ),
        (
            "close_entry backdated",
            lambda c: ledger.close_entry(c.store, c.clerk, c.ids["open_q1"], BACKDATED),
        ),
        (
            "cancel_entry",
            lambda c: ledger.cancel_entry(c.store, c.clerk, c.ids["open_q1"], "录入错误"),
        ),
        (
            "done entry's done date moved before its deadline",
            lambda c: ledger.edit_entry(
                c.store, c.clerk, c.ids["late_q1"], {"done_date": date(YEAR, 3, 1)}
            ),
        ),
        ("reopen_entry", lambda c: ledger.reopen_entry(c.store, c.clerk, c.ids["late_q1"])),
        (
            "ledger_import.add_entries",
            lambda c: ledger_import.add_entries(c.store, c.clerk, c.year, [_q1_entry()]),
        ),
        ("ledger_xlsx.import_rows", _import_rows),
        (
            "dispatch.save_progress",
            lambda c: dispatch.save_progress(c.store, c.clerk, c.year, 1, {"一": "改写"}),
        ),
        (
            "dispatch.submit",
            lambda c: dispatch.submit(
                c.store,
                c.clerk,
                c.year,
                1,
                {"一": "改写"},
                submitted_date=date(YEAR, 3, 20),
                today=today,
            ),
        ),
        ("dispatch.withdraw", lambda c: dispatch.withdraw(c.store, c.clerk, c.year, 1)),
        (
            "evidence.attach_stream to a locked entry",
            lambda c: evidence.attach_stream(
                c.store,
                c.clerk,
                c.year,
                io.BytesIO(b"x"),
                "x.txt",
                links=[ledger_link(c.ids["open_q1"])],
            ),
        ),
        (
            "evidence.attach_file to a locked entry",
            lambda c: _attach_file(c, [ledger_link(c.ids["open_q1"])]),
        ),
        (
            "evidence.link to a locked entry",
            lambda c: evidence.link(
                c.store, c.clerk, c.ids["ev_any"], ledger_link(c.ids["open_q1"])
            ),
        ),
        (
            "evidence.detach from a locked entry",
            lambda c: evidence.detach(
                c.store, c.clerk, c.ids["ev_q1_entry"], ledger_link(c.ids["open_q1"])
            ),
        ),
        (
            "evidence.link to a locked quarter's dispatch",
            lambda c: evidence.link(
                c.store, c.clerk, c.ids["ev_any"], dispatch_link(c.ids["dispatch_q1"])
            ),
        ),
        (
            "evidence.detach from a locked quarter's dispatch",
            lambda c: evidence.detach(
                c.store, c.clerk, c.ids["ev_dispatch"], dispatch_link(c.ids["dispatch_q1"])
            ),
        ),
        (
            "evidence.attach_stream to a locked dispatch",
            lambda c: evidence.attach_stream(
                c.store,
                c.clerk,
                c.year,
                io.BytesIO(b"y"),
                "y.txt",
                links=[dispatch_link(c.ids["dispatch_q1"])],
            ),
        ),
        (
            "evidence.attach to an item and a locked entry",
            lambda c: evidence.attach_stream(
                c.store,
                c.clerk,
                c.year,
                io.BytesIO(b"z"),
                "z.txt",
                links=[item_link("一.1"), ledger_link(c.ids["open_q1"])],
            ),
        ),
    ]


def _attach_file(c: Ctx, links: list[Any]) -> Any:
    from evaldesk.services import evidence

    path = c.folder.parent / "attach-me.txt"
    path.write_bytes(b"attach me")
    return evidence.attach_file(c.store, c.clerk, c.year, path, links=links)


def _year_cases() -> list[tuple[str, str, Callable[[Ctx], Any]]]:
    """(office, name, call) with the whole year approved."""
    from evaldesk.services import evidence, facts, ledger, review, subsidies
    from evaldesk.services.evidence import item_link

    def ranking(c: Ctx) -> Any:
        from evaldesk.services.rubric import year_rubric

        rubric = year_rubric(c.store, c.year).rubric
        for item in rubric.items():
            for i, rule in enumerate(item.rules, 1):
                if rule.kind == "ranking":
                    unit = rubric.units[0].id
                    return facts.set_group_values(
                        c.store, c.head, c.year, item.code, rule.id or str(i), {unit: "1"}
                    )
        raise LookupError("no ranking rule")

    def subsidy(kind: str) -> Callable[[Ctx], Any]:
        def call(c: Ctx) -> Any:
            from evaldesk.services.rubric import year_rubric

            block = year_rubric(c.store, c.year).rubric.subsidies
            assert block is not None
            if kind == "flag":
                spec = next(i for i in block.inputs if i.kind == "flag")
                return subsidies.set_flag(c.store, c.head, c.year, spec.id, True)
            if kind == "count":
                spec = next(i for i in block.inputs if i.kind == "count")
                return subsidies.set_count(c.store, c.head, c.year, spec.id, 3)
            return subsidies.set_place(c.store, c.head, c.year, block.rank_awards[0].id, 1)

        return call

    def rule_fact(c: Ctx) -> Any:
        code, key, value = c.fact("item")
        return facts.set_rule_fact(c.store, c.clerk, c.year, code, key, value)

    def line(c: Ctx) -> Any:
        code, key, value = c.fact("item", lambda c_, k, v: "lines" in v)
        line_id = next(iter(value["lines"]))
        return facts.tick_line(c.store, c.clerk, c.year, code, key, line_id, "met")

    def status(c: Ctx) -> Any:
        code, key, _ = c.fact("item", lambda c_, k, v: "status" in v)
        return facts.tick(c.store, c.clerk, c.year, code, key, "not_met")

    def table(c: Ctx) -> Any:
        code, key, value = c.fact("table")
        row, col = key.split(".", 1)
        return facts.set_table_cell(c.store, c.clerk, c.year, code, row, col, value)

    def profile(c: Ctx) -> Any:
        _, key, value = c.fact("profile")
        return facts.set_profile_field(c.store, c.clerk, c.year, key, value)

    def indicators(c: Ctx) -> Any:
        code, _, value = c.fact("indicators")
        return facts.set_indicators(c.store, c.clerk, c.year, code, value)

    def texts(c: Ctx) -> Any:
        code, _, value = c.fact("texts")
        return facts.set_text_rows(c.store, c.clerk, c.year, code, value)

    def rating(c: Ctx) -> Any:
        from evaldesk.services.rubric import year_rubric

        levels = year_rubric(c.store, c.year).rubric.rating.levels  # type: ignore[union-attr]
        return facts.set_rating(c.store, c.clerk, c.year, levels[0])

    def updated(c: Ctx) -> Any:
        code, key, value = c.fact("item")
        return facts.update_rule_fact(c.store, c.clerk, c.year, code, key, lambda _old: value)

    def replayed(c: Ctx) -> Any:
        from evaldesk.store.changes import Changes, FactChange

        code, key, value = c.fact("item")  # undo of its last change: the fact cleared again
        undo = Changes((FactChange(c.year, "item", code, key, value, None),))
        return facts.replay(c.store, c.clerk, undo)

    def admin(c: Ctx) -> Any:
        from evaldesk.services.actor import user_actor

        return user_actor(next(u for u in c.store.users.list() if u.role == "admin"))

    def office_value(c: Ctx) -> Any:
        from evaldesk.services import interpretations

        return interpretations.set_value(c.store, admin(c), c.year, "dispatch-full-score", "90")

    def office_values_file(c: Ctx) -> Any:
        from evaldesk.services import interpretations

        path = c.folder.parent / "office-values.json"
        path.write_text('{"dispatch-full-score": 95}', encoding="utf-8")
        return interpretations.import_file(c.store, admin(c), c.year, path)

    def review_score(c: Ctx) -> Any:
        from evaldesk.services.rubric import year_rubric

        rubric = year_rubric(c.store, c.year).rubric
        column = next(col.id for col in rubric.columns if col.id != "self")
        item = next(i for i in rubric.items() if i.points)
        return review.set_review_score(c.store, c.head, c.year, item.code, column, "0")

    return [
        ("demo", "facts.set_rule_fact", rule_fact),
        ("demo", "facts.tick_line", line),
        ("demo", "facts.update_rule_fact", updated),
        ("demo", "facts.replay (undo)", replayed),
        ("demo", "interpretations.set_value", office_value),
        ("demo", "interpretations.import_file", office_values_file),
        ("rugao-rsks-2021", "facts.tick", status),
        ("rugao-rsks-2021", "facts.set_group_values", ranking),
        ("rugao-rsks-2021", "subsidies.set_flag", subsidy("flag")),
        ("rugao-rsks-2021", "subsidies.set_count", subsidy("count")),
        ("rugao-rsks-2021", "subsidies.set_place", subsidy("place")),
        ("zhongnong-dingdian-2021", "facts.set_rating", rating),
        ("dept-spending-selfeval", "facts.set_table_cell", table),
        ("dept-spending-selfeval", "facts.set_profile_field", profile),
        ("dept-spending-selfeval", "facts.set_indicators", indicators),
        ("dept-spending-selfeval", "facts.set_text_rows", texts),
        (
            "demo",
            "review.add_comment",
            lambda c: review.add_comment(c.store, c.head, c.year, "一.1", "补充意见"),
        ),
        ("demo", "review.set_review_score", review_score),
        (
            "demo",
            "review.resolve_comment",
            lambda c: review.resolve_comment(
                c.store, c.head, c.year, c.store.comments.list(c.year)[0].id
            ),
        ),
        (
            "demo",
            "evidence.attach_stream to an item",
            lambda c: evidence.attach_stream(
                c.store, c.clerk, c.year, io.BytesIO(b"w"), "w.txt", links=[item_link("一.1")]
            ),
        ),
        (
            "demo",
            "evidence.set_note",
            lambda c: evidence.set_note(c.store, c.clerk, c.ids["ev_any"], "改备注"),
        ),
        (
            "demo",
            "evidence.link to an item",
            lambda c: evidence.link(c.store, c.clerk, c.ids["ev_any"], item_link("一.2")),
        ),
        (
            "demo",
            "evidence.detach from an item",
            lambda c: evidence.detach(
                c.store,
                c.clerk,
                c.ids["ev_item"],
                next(k for k in c.store.evidence.get(c.ids["ev_item"]).links if k.kind == "item"),
            ),
        ),
        (
            "demo",
            "add_entry in the locked year",
            lambda c: ledger.add_entry(
                c.store,
                c.clerk,
                c.year,
                replace(_q1_entry(), received_date=date(YEAR, 11, 1), deadline=date(YEAR, 11, 20)),
            ),
        ),
        (
            "demo",
            "close_entry backdated in the locked year",
            lambda c: ledger.close_entry(c.store, c.clerk, c.ids["open_q4"], date(YEAR, 12, 20)),
        ),
        (
            "demo",
            "edit_entry cancelled in the locked year",
            lambda c: ledger.edit_entry(
                c.store, c.clerk, c.ids["open_q4"], {"status": "cancelled"}
            ),
        ),
    ]


def _attempt(folder: Path, name: str, call: Callable[[Ctx], Any]) -> Result:
    from evaldesk.errors import EvalDeskError, Locked
    from evaldesk.store import open_store

    store = open_store(folder)
    try:
        clerk, head = _actors(store)
        year = store.years.latest().year
        ctx = Ctx(store, clerk, head, year, _ids(store, year), folder)
        before = store.audit.last_seq()
        try:
            call(ctx)
        except Locked:
            changed = store.audit.last_seq() != before
            return Result(
                name,
                Outcome.WRONG if changed else Outcome.CAUGHT,
                "refused, but data changed" if changed else "",
            )
        except EvalDeskError as exc:
            return Result(name, Outcome.MISNAMED, f"{type(exc).__name__}: {exc}"[:300])
        except Exception as exc:  # the runner reports any escape as a crash
            return Result(name, Outcome.CRASHED, f"{type(exc).__name__}: {exc}"[:300])
        return Result(name, Outcome.WRONG, "the change was accepted")
    finally:
        store.close()


def locked_period(ws: Workspace, size: int | None, seed: int) -> Iterator[Result]:
    quarter = _prepare_quarter(ws)
    cases = _ledger_cases()
    for n, (name, call) in enumerate(cases[:size]):
        folder = ws.root / "copies" / f"locked-q-{n}"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(quarter, folder)
        yield _attempt(folder, f"quarter: {name}", call)
    year_cases = _year_cases()
    offices = {"demo": ws.office} | {
        p.name: p / "data" for p in FIXTURES.iterdir() if (p / "data").is_dir()
    }
    prepared: dict[str, Path] = {}
    for n, (office, name, call) in enumerate(year_cases[:size]):
        if office not in prepared:
            prepared[office] = _prepare_year(offices[office], ws.root / f"prepared-year-{office}")
        folder = ws.root / "copies" / f"locked-y-{n}"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(prepared[office], folder)
        yield _attempt(folder, f"year: {name}", call)
