"""Results going back (issue 18, slice e): approved results published as signed result packages,
a ranking workbook and a summary PDF; each unit imports its result, pins the issuer's key on
the first one, and sees its final score beside its self-score."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from collectkit import UnitSpec, export_unit, make_unit, receiving
from openpyxl import load_workbook
from refusals import refused

from evaldesk.errors import InputError
from evaldesk.export.verify import verify_package
from evaldesk.services import approvals, collect_import, collect_publish, collect_scores, results
from evaldesk.services.actor import system_actor
from evaldesk.services.collect_results import collect_state
from evaldesk.store import open_store

RUGAO = "rugao-rsks-2021"
OFFICE_PASSPHRASE = "the office's own passphrase"


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("publish")
    units = {}
    packages = []
    for unit, name, zhibao in (
        ("gaoxinqu", "高新区（城南街道）", 1500),
        ("gongyeyuan", "如皋工业园区（如城街道）", 2800),
    ):
        spec = UnitSpec(
            unit, name, {"一.1.1": {"1": {"actual": zhibao}}, "一.1.3": {"1": {"actual": zhibao}}}
        )
        units[unit] = make_unit(root / unit, RUGAO, spec)
        packages.append(export_unit(units[unit], root / f"{unit}.zip", today=date(2022, 1, 12)))
    office = root / "office"
    store = receiving(office, RUGAO)
    head = system_actor("test")
    try:
        asked = collect_import.import_packages(store, head, packages)
        collect_import.import_packages(
            store, head, packages, accept={o.fingerprint or "": None for o in asked}
        )
        collect_scores.set_review(store, head, "gongyeyuan", "一.1.3", "final", "4", "数据核减")
        out = root / "out"
        out.mkdir()
        with refused(InputError, "collect.publish.not_approved"):
            collect_publish.publish(store, head, out, OFFICE_PASSPHRASE)
        approvals.approve(store, head, 2021, 0, "审定")
        state = collect_state(store)
        done = collect_publish.publish(store, head, out, OFFICE_PASSPHRASE, today=date(2022, 3, 1))
        finals = {c: state.computed.finals[c].total for c in done.packages}
        selfs = {c: state.claims[c].total for c in done.packages}
    finally:
        store.close()
    return {"root": root, "units": units, "done": done, "finals": finals, "selfs": selfs}


def test_every_unit_with_a_final_gets_a_verifiable_result_package(published: dict) -> None:
    done = published["done"]
    assert set(done.packages) == {"gaoxinqu", "gongyeyuan"}
    assert len(done.not_published) == 12
    for path in done.packages.values():
        report = verify_package(path)
        assert report.ok, [p.message.text("en") for p in report.problems]
        assert report.info["EvalDesk-Package-Kind"] == "result"
    # bagit-python and openssl accept it as they accept a unit's package
    path = done.packages["gaoxinqu"]
    folder = published["root"] / "unzipped"
    with zipfile.ZipFile(path) as zf:
        zf.extractall(folder)
    bag = next(folder.iterdir())
    import bagit

    assert bagit.Bag(str(bag)).is_valid()
    ok = subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            "public-key.pem",
            "-rawin",
            "-in",
            "tagmanifest-sha256.txt",
            "-sigfile",
            "tagmanifest-sha256.txt.sig",
        ],
        cwd=bag,
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr


def test_the_unit_imports_its_result_and_sees_its_final_beside_its_self_score(
    published: dict, tmp_path: Path
) -> None:
    unit = tmp_path / "gongyeyuan"
    shutil.copytree(published["units"]["gongyeyuan"], unit)
    package = published["done"].packages["gongyeyuan"]
    clerk = system_actor("unit")
    with open_store(unit) as store:
        [asked] = [results.import_result(store, clerk, package)]
        assert (asked.status, asked.code) == ("confirm", "confirm-key")
        assert asked.fingerprint == published["done"].fingerprint
        done = results.import_result(store, clerk, package, accept=asked.fingerprint)
        assert done.status == "imported"
        rec = results.latest(store, 2021)
        assert rec is not None
        final = Decimal(rec.final_score or "0")
        assert final == published["finals"]["gongyeyuan"]
        assert Decimal(rec.result["self"]["total"]) == published["selfs"]["gongyeyuan"]
        reviewed = next(i for i in rec.result["items"] if i["code"] == "一.1.3")
        assert reviewed["final"] == "4" and "数据核减" in reviewed["reasons"]
        assert results.import_result(store, clerk, package).code == "duplicate"
        # another unit's result is not this unit's
        other = published["done"].packages["gaoxinqu"]
        assert results.import_result(store, clerk, other).code == "wrong-unit"
        assert [k.label for k in store.trust.list()] == ["考核办公室"]
        pdf = results.report_copy(store, rec)
        assert pdf is not None
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "考核结果" in text and "数据核减" in text.replace("\n", "")


def test_the_workbook_holds_values_and_is_set_up_for_a4(published: dict) -> None:
    wb = load_workbook(published["done"].workbook)
    ws = wb["排名"]
    assert ws.freeze_panes == "A3"
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$2:$2"
    assert ws.cell(3, 2).font.name == "宋体"
    names = [ws.cell(r, 2).value for r in range(3, 5)]
    assert set(names) == {"高新区（城南街道）", "如皋工业园区（如城街道）"}
    for r in range(3, ws.max_row + 1):
        for c in range(1, ws.max_column + 1):
            value = ws.cell(r, c).value
            assert not (isinstance(value, str) and value.startswith("=")), "values, not formulas"
    assert "位次一.1.3" in wb.sheetnames


def test_the_summary_pdf_prints_every_unit_and_the_decisions(published: dict) -> None:
    text = subprocess.run(
        ["pdftotext", str(published["done"].summary), "-"], capture_output=True, text=True
    ).stdout.replace("\n", "")
    assert "考核结果汇总" in text and "高新区（城南街道）" in text
    assert "※最终得分" in text  # the office's reading, marked
