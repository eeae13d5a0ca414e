"""The demo office: a realistic office on a built-in rubric, made through the services.

A report-form rubric with a sample (evaldesk.demo.sample_form) gets that real form's
data instead of random facts, and its year by default.

Everything goes through the same use cases the GUI uses, acting as the demo's own users, so
the audit log reads like a real year: the clerk records entries and evidence, the head
approves quarters. A year's worth of ledger entries (some overdue), four quarters of dispatch
(one late), generated evidence files, a mix of ticks and values.

A program on top of the core, like the UI and the commands: no core package imports it, so the
demo's file making (reportlab, Pillow) stays out of the services.
"""

from __future__ import annotations

import contextlib
import random
import secrets
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from evaldesk.demo import files, texts
from evaldesk.demo.rule_facts import demo_facts
from evaldesk.demo.sample_form import fill_form, sample_facts
from evaldesk.demo.timeline import Timeline, moment, spread
from evaldesk.errors import EvalDeskError, InputError, NotFound
from evaldesk.messages import msg
from evaldesk.services import approvals, dispatch, evidence, facts, ledger, review, setup, users
from evaldesk.services.actor import Actor, system_actor
from evaldesk.services.live import LiveScore
from evaldesk.store import LedgerFields, Store
from evaldesk.store.dates import dispatch_due

PREFERRED_UNIT = "huaihua"


@dataclass(frozen=True)
class Profile:
    """Who the demo office is for a rubric: the kind of office its units are, and where."""

    name: str  # {unit}: the unit's name
    region: str
    contact: str


#: Per built-in rubric (by the units it assesses); others get the first one's shape.
PROFILES = {
    "hunan-rsxczx-2021": Profile(
        "{unit}人力资源和社会保障局", "湖南省{unit}", "王小红 0745-1234567"
    ),
    # 如皋's rubric assesses its towns and districts (镇、区) and their HR service centres.
    "rugao-rsks-2021": Profile(
        "{unit}人力资源和社会保障服务中心", "江苏省如皋市{unit}", "王小红 0513-87512345"
    ),
    # The province's single-item table assesses its cities.
    "employment-single-item": Profile(
        "示范市人力资源和社会保障局", "示范省示范市", "王小红 0731-84561234"
    ),
    # 中农组发〔2021〕9号 rates central units on their designated-county support.
    "zhongnong-dingdian-2021": Profile(
        "示范中央单位定点帮扶工作领导小组办公室", "北京市", "王小红 010-68123456"
    ),
}


@dataclass
class DemoResult:
    office: str
    year: int
    rubric_title: str
    entries: int = 0
    overdue: int = 0
    evidence: int = 0
    total: str = ""
    grade: str | None = None
    accounts: list[tuple[str, str, str, str]] = field(default_factory=list)


def demo_unit(rubric: Any, chosen: str | None = None) -> tuple[str | None, str]:
    """The unit the demo office is (``chosen``, else 怀化 for the 湖南 rubric, else the rubric's
    first), and its name; (None, "") for a rubric without units."""
    units = rubric.units
    wanted = chosen or PREFERRED_UNIT
    unit = next((u for u in units if u.id == wanted), units[0] if units else None)
    return (unit.id, unit.name) if unit is not None else (None, "")


def _password() -> str:
    return secrets.token_urlsafe(9)


def _title(source: str, rnd: random.Random, words: texts.Vocabulary) -> str:
    return rnd.choice(words.templates[source]).format(
        topic=rnd.choice(words.topics),
        place=rnd.choice(words.places),
        village=rnd.choice(words.villages),
    )


def _entries(
    year: int, codes: list[str], rnd: random.Random, words: texts.Vocabulary
) -> list[LedgerFields]:
    """About twelve entries a month; five end up not done in time."""
    sources = list(texts.SOURCE_WEIGHTS)
    weights = list(texts.SOURCE_WEIGHTS.values())
    start = date(year, 1, 4)
    out = []
    for n in range(150):
        received = start + timedelta(days=int(n * 350 / 150) + rnd.randint(0, 2))
        deadline = min(
            received + timedelta(days=rnd.choice([7, 10, 15, 20, 30])), date(year, 12, 31)
        )
        source = rnd.choices(sources, weights)[0]
        status = "done"
        done: date | None = received + timedelta(days=rnd.randint(0, (deadline - received).days))
        if n in (23, 61, 97):  # done, but after the deadline
            done = min(deadline + timedelta(days=rnd.randint(3, 12)), date(year, 12, 31))
        if n in (130, 144):  # never done: overdue at year end
            status, done = "in_progress", None
        if n == 120:
            status, done = "cancelled", None
        out.append(
            LedgerFields(
                source=source,
                title=_title(source, rnd, words),
                received_date=received,
                deadline=deadline,
                description=texts.DESCRIPTIONS[source],
                responsible=rnd.choice(texts.PEOPLE[:6]),
                status=status,
                done_date=done,
                item_code=rnd.choice(codes) if codes and rnd.random() < 0.7 else None,
            )
        )
    return out


def _accounts(store: Store, admin_actor: Actor, result: DemoResult) -> dict[str, Actor]:
    people = [
        ("admin", "系统管理员", "admin"),
        ("head", "李建国", "head"),
        ("clerk", "王小红", "clerk"),
        ("clerk2", "张伟", "clerk"),
    ]
    actors = {}
    for username, display, role in people:
        password = _password()
        users.add_user(store, admin_actor, username, display, role, password)
        actors[username] = users.login(store, username, password)
        result.accounts.append((username, role, display, password))
    return actors


def _evidence(
    store: Store,
    clerk: Actor,
    year: int,
    office: str,
    entry_ids: list[int],
    codes: list[str],
    rnd: random.Random,
    words: texts.Vocabulary,
) -> int:
    count = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = [
            (
                files.write_pdf(
                    folder / f"{year}年度{words.plan}.pdf",
                    f"{year}年度{words.plan}",
                    list(words.plan_lines),
                    org=office,
                ),
                [evidence.item_link(codes[0])] if codes else [],
            ),
            (
                files.write_scan_png(
                    folder / "关于开展督导检查的通知（扫描件）.png", rnd.randint(0, 999)
                ),
                [],
            ),
            (
                files.write_photo_png(
                    folder / f"督导现场照片（{words.villages[0]}）.png", rnd.randint(0, 999)
                ),
                [],
            ),
            (files.write_photo_jpeg(folder / "就业帮扶车间现场.jpg", rnd.randint(0, 999)), []),
            (
                files.write_photo_jpeg(
                    folder / "技能培训开班仪式.jpg", rnd.randint(0, 999), caption_box=False
                ),
                [],
            ),
            (files.write_scan_png(folder / "整改销号表（第二批）.png", rnd.randint(0, 999)), []),
        ]
        for n, (path, links) in enumerate(plan):
            extra = list(links)
            if codes:
                extra.append(evidence.item_link(codes[(n * 3 + 1) % len(codes)]))
            if entry_ids:
                extra.append(evidence.ledger_link(entry_ids[(n * 17) % len(entry_ids)]))
            evidence.attach_file(store, clerk, year, path, links=extra, note="演示资料")
            count += 1
        # The same photo attached twice is stored once (content-addressed).
        evidence.attach_file(
            store,
            clerk,
            year,
            folder / f"督导现场照片（{words.villages[0]}）.png",
            name="督导现场照片（副本）.png",
            links=[evidence.ledger_link(entry_ids[-1])] if entry_ids else [],
        )
        count += 1
        count += _item_evidence(store, clerk, year, office, folder, rnd)
        for rec in store.dispatch.list(year):
            report = files.write_pdf(
                folder / f"第{rec.quarter}季度工作调度报告.pdf",
                f"{year}年第{rec.quarter}季度{words.area}工作调度报告",
                [f"{office}：", "本季度各项工作按计划推进，具体情况见各板块进展。"],
                org=office,
            )
            evidence.attach_file(store, clerk, year, report, links=[evidence.dispatch_link(rec.id)])
            count += 1
    return count


def _item_evidence(
    store: Store, clerk: Actor, year: int, office: str, folder: Path, rnd: random.Random
) -> int:
    """For most items that need evidence, a file named after the evidence the rubric expects
    (its 佐证资料), or after the item where the rubric names none."""
    from evaldesk.services.rubric import year_rubric
    from evaldesk.store.names import safe_filename

    count = 0
    for item in year_rubric(store, year).rubric.items():
        names = item.evidence or ([f"{item.title}工作资料"] if item.evidence_required else [])
        if not names or rnd.random() < 0.25:
            continue
        name = names[0]
        path = folder / safe_filename(f"{item.code} {name}.pdf")
        files.write_pdf(
            path,
            name,
            [f"评估项目：{item.code} {item.title}", item.content[:300], f"{office}  {year}年"],
            org=office,
        )
        evidence.attach_file(
            store, clerk, year, path, name=f"{name}.pdf", links=[evidence.item_link(item.code)]
        )
        count += 1
    return count


def build_demo(
    data_dir: Path,
    *,
    rubric: str,
    year: int | None = None,
    seed: int = 2021,
    unit: str | None = None,
) -> DemoResult:
    """Create the demo office in ``data_dir`` (refused when it already holds an office);
    ``unit``: which of the rubric's units it is (by default 怀化市, else the first)."""
    from evaldesk.rubrics.registry import get

    try:
        loaded = get(rubric)
    except NotFound as exc:
        raise InputError(msg("demo.no_rubric", rubric=rubric, error=exc.msg)) from None
    sample = sample_facts(loaded.rubric.id)  # a report form filled with a real office's data
    chosen_year = year or (sample.year if sample and sample.year else date.today().year - 1)
    rnd = random.Random(seed)
    if unit is not None and loaded.rubric.unit(unit) is None:
        units = [u.id for u in loaded.rubric.units]
        raise InputError(msg("demo.no_unit", unit=unit, known=units))
    unit, unit_name = demo_unit(loaded.rubric, unit)
    profile = PROFILES.get(loaded.rubric.id, Profile("{unit}人力资源和社会保障局", "{unit}", ""))
    place = unit_name or "示范县"
    office = profile.name.format(unit=place)
    if sample is not None:
        office = sample.profile.get("dept_name", office)
    system = system_actor()
    past = chosen_year < date.today().year
    today = date(chosen_year + 1, 1, 15) if past else date.today()
    timeline = Timeline(enabled=past)
    with timeline.at(moment(date(chosen_year, 1, 4), 9)):
        store = setup.create_office(
            Path(data_dir),
            system,
            setup.OfficeSetup(
                name=office,
                rubric=rubric,
                year=chosen_year,
                unit=unit,
                region=profile.region.format(unit=unit_name),
                contact=profile.contact or "王小红 0745-1234567",
            ),
        )
    try:
        result = DemoResult(office, chosen_year, loaded.rubric.title)
        with timeline.at(moment(date(chosen_year, 1, 4), 9, 30)):
            actors = _accounts(store, system, result)
        clerk, head = actors["clerk"], actors["head"]
        rubric_obj = loaded.rubric
        codes = [
            i.code
            for i in rubric_obj.items()
            if not i.bonus and any(r.kind in ("checklist", "per_count") for r in i.rules)
        ]
        # The year as it happened: each entry on the day it came in, the facts of the rubric
        # filled in over the year, each quarter's dispatch on the day it was sent.
        ids: list[int] = []
        words = texts.vocabulary(rubric_obj.id)
        for n, entry in enumerate(_entries(chosen_year, codes, rnd, words)):
            actor = clerk if n % 3 else actors["clerk2"]

            def add(actor: Actor = actor, entry: LedgerFields = entry) -> None:
                ids.append(ledger.add_entry(store, actor, chosen_year, entry, today=today).id)

            timeline.add(entry.received_date, add, hour=9)
        if sample is not None:
            # A report form is written after its year, from the year's accounts.
            timeline.add(
                date(chosen_year + 1, 1, 10), lambda: fill_form(store, clerk, chosen_year, sample)
            )
        rule_facts = [] if sample else demo_facts(rubric_obj, rnd, unit, seed)
        days = spread(len(rule_facts), date(chosen_year, 2, 15), date(chosen_year, 12, 20))
        for day, (scope, code, rule_id, fact) in zip(days, rule_facts, strict=True):

            def record(
                scope: str = scope, code: str = code, rule_id: str = rule_id, fact: Any = fact
            ) -> None:
                # A shape the generator does not know is refused; the item stays not assessed.
                with contextlib.suppress(EvalDeskError):
                    facts.set_rule_fact(store, clerk, chosen_year, code, rule_id, fact, scope=scope)

            timeline.add(day, record, hour=15)
        sections = [s for s in rubric_obj.sections if not s.bonus]
        for quarter in (1, 2, 3, 4):
            progress = {
                s.code: rnd.choice(texts.PROGRESS).format(title=s.title, n=rnd.randint(2, 9))
                for s in sections
            }
            due = dispatch_due(chosen_year, quarter)
            sent = (
                due + timedelta(days=3) if quarter == 2 else due - timedelta(days=rnd.randint(1, 5))
            )

            def send(
                quarter: int = quarter, progress: dict[str, str] = progress, sent: date = sent
            ) -> None:
                dispatch.submit(
                    store, clerk, chosen_year, quarter, progress, submitted_date=sent, today=today
                )

            timeline.add(sent, send, hour=16)
        timeline.play()
        with timeline.at(moment(min(today, date(chosen_year, 12, 28)), 10)):
            result.evidence = _evidence(store, clerk, chosen_year, office, ids, codes, rnd, words)
        with timeline.at(moment(min(today, date(chosen_year, 12, 30)), 11)):
            for code in codes[:2]:
                review.add_comment(
                    store, head, chosen_year, code, "佐证资料基本齐全，请补充会议纪要。"
                )
        if rubric_obj.rating is not None:
            # A rated rubric's self-assessment ends with the rating the office claims: the best
            # its facts still allow.
            with timeline.at(moment(min(today, date(chosen_year, 12, 30)), 16)):
                with LiveScore(store, chosen_year, today=lambda: today) as live:
                    best = live.score().rating_ceiling or rubric_obj.rating.levels[0]
                facts.set_rating(store, clerk, chosen_year, best)
        # The head signs off the first three quarters after the year ends (the fourth and the
        # year are left for the person trying the demo).
        with timeline.at(moment(today - timedelta(days=5), 14)):
            for quarter in (1, 2, 3):
                approvals.approve(store, head, chosen_year, quarter, "已审核")
        with LiveScore(store, chosen_year, today=lambda: today) as live:
            report = live.score()
            result.overdue = live.counts()["ledger_overdue"]
        result.entries = len(ids)
        from evaldesk.decimals import fmt_points

        result.total = fmt_points(report.total)
        result.grade = report.grade
    finally:
        store.close()
    return result
