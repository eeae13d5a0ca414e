#!/usr/bin/env python3
"""Screenshots of the receiving office (issue 18) on one screen, in one language: the
overview (a unit's items and the reviewer's entry beside them), the ballot entry, an import's
result, the key confirmation, the ranking and finals, the publish dialog after publishing, and
the wizard's page for the units. Run it under Xvfb at each screen size:

    env -u QT_QPA_PLATFORM PYTHONPATH=$PWD xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python scripts/screenshots_collect.py --lang zh_CN --out shots/1366x768/zh_CN

The offices are made once into ``--work`` (reused by later runs) through the real services,
with the test helpers of tests/integration/collectkit.py: 如皋 (rugao-rsks-2021) with five
towns' packages imported and a few reviewers' scores; 000 (hunan-rsxczx-2021) with three
leaders' ballots on the cities.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from screenshots import maximise, save, wait  # noqa: E402

PASSWORD = "correct horse"
TOWNS = (
    ("gaoxinqu", "高新区（城南街道）", 1500),
    ("dongchen", "东陈镇", 1194),
    ("baipu", "白蒲镇", 1320),
    ("jiuhua", "九华镇", 980),
    ("banjing", "搬经镇", 1410),
)


def _people(store: Any) -> None:
    from evaldesk.services import users
    from evaldesk.services.actor import system_actor

    for name, role, shown in (
        ("clerk", "clerk", "李经办"),
        ("ping", "reviewer", "王评审"),
        ("head", "head", "张负责"),
        ("admin", "admin", "赵管理"),
    ):
        users.add_user(store, system_actor("demo"), name, shown, role, PASSWORD)


def make_rugao(work: Path) -> Path:
    from collectkit import UnitSpec, export_unit, make_unit, receiving

    from evaldesk.services import collect_import, collect_scores, users
    from evaldesk.services.collect_overview import item_rows
    from evaldesk.services.collect_results import collect_state

    office = work / "rugao-office"
    if office.exists():
        return office
    packages = []
    known = {
        u.id
        for u in __import__("evaldesk.rubrics.registry")
        .rubrics.registry.get("rugao-rsks-2021")
        .rubric.units
    }
    for n, (unit, name, figure) in enumerate(TOWNS):
        if unit not in known:
            continue
        spec = UnitSpec(
            unit,
            name,
            {"一.1.1": {"1": {"actual": figure}}, "一.1.3": {"1": {"actual": figure}}},
            seed=n + 1,
        )
        folder = make_unit(work / unit, "rugao-rsks-2021", spec)
        packages.append(export_unit(folder, work / f"{unit}.zip", today=date(2022, 1, 12)))
    store = receiving(office, "rugao-rsks-2021")
    try:
        _people(store)
        clerk = users.login(store, "clerk", PASSWORD)
        asked = collect_import.import_packages(store, clerk, packages)
        collect_import.import_packages(
            store, clerk, packages, accept={o.fingerprint or "": None for o in asked}
        )
        reviewer = users.login(store, "ping", PASSWORD)
        for row in item_rows(collect_state(store), "dongchen")[:3]:
            if row.self_score is not None:
                collect_scores.set_review(
                    store,
                    reviewer,
                    "dongchen",
                    row.code,
                    "initial",
                    row.self_score,
                    "与台账核对一致",
                )
    finally:
        store.close()
    return office


def make_hunan(work: Path) -> Path:
    from collectkit import receiving

    from evaldesk.services import collect_scores, users
    from evaldesk.services.collect_desk import sheet_views

    office = work / "hunan-office"
    if office.exists():
        return office
    store = receiving(office, "hunan-rsxczx-2021")
    try:
        _people(store)
        head = users.login(store, "head", PASSWORD)
        collect_scores.decide_quota(
            store, head, "评议.1", "1", "half_up", "14个市州按四舍五入确定各等次个数"
        )
        clerk = users.login(store, "clerk", PASSWORD)
        sheet = next(v.sheet for v in sheet_views(store) if v.sheet.key == "评议.1/1/city")
        for shift, voter in enumerate(("张厅长", "李副厅长", "王副厅长")):
            order = sheet.units[shift:] + sheet.units[:shift]
            grades = dict(zip(order, ["A"] * 4 + ["B"] * 7 + ["C"] * 3, strict=True))
            collect_scores.enter_ballot(store, clerk, sheet.key, voter, grades)
    finally:
        store.close()
    return office


def window_for(folder: Path, user: str, lang: str) -> Any:
    from evaldesk.ui import settings as cfg
    from evaldesk.ui.app import AppController

    os.environ["EVALDESK_AUTOLOGIN"] = user
    os.environ["EVALDESK_AUTOLOGIN_PASSWORD"] = PASSWORD
    controller = AppController(folder, cfg.Settings(), lang)
    assert controller.start() and controller.wait_loaded(), f"{folder} did not open"
    return controller


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots" / "collect")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--work", type=Path, default=Path("/tmp/evaldesk-collect-shots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    args.work.mkdir(parents=True, exist_ok=True)
    os.environ["EVALDESK_SETTINGS"] = str(args.work / f"settings-{args.lang}.ini")
    os.environ.setdefault("EVALDESK_LOG_DIR", str(args.work / "logs"))
    from evaldesk.ui import i18n
    from evaldesk.ui.app import create_application

    app = create_application()
    i18n.install(args.lang)
    rugao = make_rugao(args.work)
    hunan = make_hunan(args.work)
    out = args.out

    # the overview, as the reviewer sees it, a unit and an item chosen
    scratch = args.work / f"rugao-{args.lang}"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(rugao, scratch)
    controller = window_for(scratch, "ping", args.lang)
    window = controller.window
    maximise(window)
    view = window.overview
    view.select_unit("dongchen")
    view.select_item(view.items_model.rows[1].code)
    view.review_kind.setCurrentIndex(1)  # 审定, changed once: the form lists both entries
    for value, reason in (("0", "佐证不全"), ("1", "补交佐证后复核")):
        view.review_value.setText(value)
        view.review_reason.setText(reason)
        view.save_review()
    save(window, out, "collect-1-overview")
    view.show_choice.setCurrentIndex(1)
    view.units.sortByColumn(3, __import__("PySide6.QtCore").QtCore.Qt.SortOrder.DescendingOrder)
    save(window, out, "collect-2-overview-missing-sorted")
    view.show_choice.setCurrentIndex(0)
    ranking = window.show_ranking()
    save(ranking, out, "collect-3-ranking-finals")
    ranking.tabs.setCurrentIndex(1)
    save(ranking, out, "collect-4-ranking-items")
    ranking.close()
    window.close()
    controller.shutdown()

    # import: a result with refusals (duplicates and a broken file), as the clerk
    controller = window_for(scratch, "clerk", args.lang)
    window = controller.window
    maximise(window)
    broken = args.work / "损坏的报送包.zip"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    op = window.import_paths([broken, *sorted(args.work.glob("*.zip"))[:2]])
    op.wait(120_000)
    wait(300)
    save(window.last_result, out, "collect-5-import-result")
    window.last_result.close()
    window.close()
    controller.shutdown()

    # a unit's first key: the fingerprint to confirm
    fresh = args.work / f"fresh-{args.lang}"
    shutil.rmtree(fresh, ignore_errors=True)
    from collectkit import receiving

    store = receiving(fresh, "rugao-rsks-2021")
    _people(store)
    store.close()
    controller = window_for(fresh, "clerk", args.lang)
    window = controller.window
    maximise(window)
    op = window.import_paths(sorted(args.work.glob("*.zip"))[:3])
    op.wait(120_000)
    wait(300)
    if window.last_confirm is not None:
        save(window.last_confirm, out, "collect-6-confirm-keys")
        window.last_confirm.reject()
        wait(200)
    keys = window.trusted_keys()
    save(keys, out, "collect-7-trusted-keys")
    keys.close()
    window.close()
    controller.shutdown()

    # the ballots, as the clerk
    scratch_h = args.work / f"hunan-{args.lang}"
    shutil.rmtree(scratch_h, ignore_errors=True)
    shutil.copytree(hunan, scratch_h)
    controller = window_for(scratch_h, "clerk", args.lang)
    window = controller.window
    maximise(window)
    ballots = window.enter_ballots()
    ballots.choose_sheet("评议.1/1/city")
    ballots.voter.setCurrentText("赵副厅长")
    units = ballots.view.sheet.units
    ballots.set_grades(dict(zip(units, ["A"] * 5 + ["B"] * 6 + ["C"] * 2, strict=False)))
    save(ballots, out, "collect-8-ballot-over-quota")
    ballots.save()
    save(ballots, out, "collect-9-ballot-refused")
    ballots.ballot_list.setCurrentRow(0)
    ballots.withdraw("誊录有误，按原始选票重新录入")
    save(ballots, out, "collect-9b-ballot-withdrawn")
    ballots.close()
    window.close()
    controller.shutdown()

    # publishing, as the head
    controller = window_for(scratch, "head", args.lang)
    window = controller.window
    maximise(window)
    dialog = window.publish()
    save(dialog, out, "collect-10-publish-not-approved")
    dialog.approve_note.setText("经考核领导小组审定")
    dialog.approve()
    target = args.work / f"results-{args.lang}"
    shutil.rmtree(target, ignore_errors=True)
    dialog.folder.setText(str(target))
    dialog.passphrase.setText("office passphrase 1")
    op = dialog.publish()
    if op is not None:
        op.wait(120_000)
    wait(300)
    save(dialog, out, "collect-11-publish-done")
    dialog.close()
    window.close()
    controller.shutdown()

    # the wizard's page for the units
    from evaldesk.ui.dialogs.wizard import SetupWizard

    wizard = SetupWizard(args.work / f"wizard-{args.lang}")
    wizard.show()
    wizard.office.as_receiving.setChecked(True)
    wizard.office.name.setText("湖南省人力资源和社会保障厅")
    save(wizard, out, "collect-12-wizard-office")
    wizard.next()
    wizard.rubric.rubric.setCurrentIndex(wizard.rubric.rubric.findData("hunan-rsxczx-2021"))
    wizard.next()
    save(wizard, out, "collect-13-wizard-units")
    wizard.close()
    app.processEvents()
    office_screens(args.work, rugao, out, args.lang)
    return 0


def dept_package(work: Path) -> Path:
    """A department's package naming itself by a name not on the office's list, scored with
    a 季度调度满分 of 80 where the rubric has 100."""
    from collectkit import UnitSpec, export_unit, make_unit

    from evaldesk.services import approvals, interpretations
    from evaldesk.services.actor import system_actor
    from evaldesk.store import open_store

    package = work / "fgc.zip"
    if package.exists():
        return package
    unit = make_unit(
        work / "fgc",
        "hunan-rsxczx-2021",
        UnitSpec("dept", "厅法规处", {}),
        filler=False,
        approved=False,
    )
    with open_store(unit) as store:
        interpretations.set_value(store, system_actor("u"), 2021, "dispatch-full-score", "80")
        approvals.approve(store, system_actor("u"), 2021, 0, "全年自评已审核")
    return export_unit(unit, package)


def rotated_package(work: Path) -> Path:
    """高新区's later package, signed by a new key with a rotation signed by its old one."""
    from collectkit import PASSPHRASE

    from evaldesk.services import keys
    from evaldesk.services.actor import system_actor
    from evaldesk.services.export import export_year
    from evaldesk.store import open_store

    package = work / "gaoxinqu-rotated.zip"
    if package.exists():
        return package
    unit = work / "gaoxinqu-rotated"
    shutil.copytree(work / "gaoxinqu", unit)
    with open_store(unit) as store:
        keys.rotate(store, system_actor("unit"), PASSPHRASE.encode(), b"another passphrase")
    export_year(unit, 2021, package, "another passphrase", today=date(2022, 2, 1))
    return package


def office_screens(work: Path, rugao: Path, out: Path, lang: str) -> None:
    """The unit list, a package's unit chosen, a key rotation, interpretations that differ."""
    from collectkit import receiving

    from evaldesk.services.collect_setup import UnitDraft

    # the unit list, as the administrator, one unit removed
    scratch = work / f"rugao-units-{lang}"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(rugao, scratch)
    controller = window_for(scratch, "admin", lang)
    window = controller.window
    maximise(window)
    dialog = window.edit_units()
    dialog.code.setText("kaifaqu")
    dialog.name.setText("如皋经济技术开发区")
    dialog.add_unit()
    dialog.reason.setText("并入城南街道，不再单独考核")
    dialog.remove_unit()
    dialog.select("dongchen")
    save(dialog, out, "collect-14-unit-list")
    dialog.select("banjing")
    dialog.table.scrollToBottom()
    save(dialog, out, "collect-14-unit-list-removed")
    dialog.close()
    window.close()
    controller.shutdown()

    # a key rotation, as the clerk
    controller = window_for(scratch, "clerk", lang)
    window = controller.window
    maximise(window)
    op = window.import_paths([rotated_package(work)])
    op.wait(120_000)
    wait(300)
    save(window.last_confirm, out, "collect-15-confirm-rotation")
    window.last_confirm.reject()
    wait(200)
    if window.last_result is not None:
        window.last_result.close()
    window.close()
    controller.shutdown()

    # a department's package: its unit chosen, then its interpretations that differ
    depts = work / f"depts-{lang}"
    shutil.rmtree(depts, ignore_errors=True)
    store = receiving(
        depts,
        "hunan-rsxczx-2021",
        [
            UnitDraft("changsha", "长沙市", "changsha"),
            UnitDraft("bgs", "厅办公室", "dept"),
            UnitDraft("fgc", "政策法规处", "dept"),
        ],
    )
    _people(store)
    store.close()
    controller = window_for(depts, "clerk", lang)
    window = controller.window
    maximise(window)
    op = window.import_paths([dept_package(work)])
    op.wait(120_000)
    wait(300)
    confirm = window.last_confirm
    save(confirm, out, "collect-16-choose-unit-empty")
    confirm.choose(0, "fgc")
    confirm.boxes[0].setChecked(True)
    save(confirm, out, "collect-17-choose-unit")
    confirm.accept()
    for _ in range(600):
        if window.last_result is not None:
            break
        wait(100)
    result = window.last_result
    save(result, out, "collect-18-import-differences")
    shown = result.show_differences()
    save(shown, out, "collect-19-differences")
    shown.close()
    result.close()
    window.overview.refresh()
    window.overview.select_unit("fgc")
    save(window, out, "collect-20-overview-differences")
    window.close()
    controller.shutdown()


if __name__ == "__main__":
    sys.exit(main())
