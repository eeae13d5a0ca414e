"""Issue 18, done: the 14 units of 如皋 (and the 14 cities and two departments of 湘人社发〔2021〕
46号) export their packages; the receiving office imports them, enters ballots, ranks,
finalises and publishes from the command line; each unit imports its result package and sees
its final score. The rankings and the averages are worked out here by hand from the sources'
wording.

The units are demo offices (`evaldesk demo --unit`): one is built per rubric and copied for the
other units (the office's unit and name changed, each then gets its own signing key at its
export), which keeps the test to a minute or two; the figures the rankings read are set on top.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from evaldesk.rubrics.registry import get
from evaldesk.services import approvals, collect_scores, facts, results, users
from evaldesk.services.actor import system_actor
from evaldesk.services.export import export_year
from evaldesk.store import open_store

RUGAO, HUNAN = "rugao-rsks-2021", "hunan-rsxczx-2021"
UNIT_PASS = "the unit's passphrase"
OFFICE_PASS = "the receiving office's passphrase"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evaldesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "LANG": "C.UTF-8", "EVALDESK_PASSPHRASE": OFFICE_PASS},
        stdin=subprocess.DEVNULL,
        timeout=600,
    )


def demo_units(
    root: Path, rubric: str, units: list[tuple[str, str, str]], figures: dict[str, dict[str, Any]]
) -> dict[str, Path]:
    """(folder name, rubric unit, office name) -> its exported package."""
    from evaldesk.demo import build_demo

    template = root / "template"
    build_demo(template, rubric=rubric, year=2021, unit=units[0][1], seed=11)
    system = system_actor("unit")
    packages = {}
    for folder_name, unit, name in units:
        folder = root / folder_name
        shutil.copytree(template, folder)
        with open_store(folder) as store:
            with store.write(system.name) as tx:
                store.office.update(tx, unit=unit, name=name)
            for code, fact in figures.get(folder_name, {}).items():
                facts.set_rule_fact(store, system, 2021, code, "1", fact)
            approvals.approve(store, system, 2021, 0, "年度自评已审核")
        out = root / f"{folder_name}.zip"
        export_year(folder, 2021, out, UNIT_PASS, today=date(2022, 1, 20))
        packages[folder_name] = out
    return packages


def import_all(office: Path, folder: Path) -> list[dict[str, Any]]:
    first = cli("collect", "import", "--data-dir", str(office), str(folder), "--json")
    assert first.returncode == 1, first.stderr  # every unit's first package waits
    waiting = json.loads(first.stdout)["files"]
    assert {f["code"] for f in waiting} == {"confirm-key"}
    accepts = []
    for f in waiting:
        accepts += ["--accept", f["fingerprint"].replace(" ", "")]
    done = cli("collect", "import", "--data-dir", str(office), str(folder), *accepts, "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)["files"]


def units_take_their_results(
    folders: dict[str, Path], published: dict[str, Any], finals: dict[str, D]
) -> None:
    clerk = system_actor("unit")
    for code, package in published["packages"].items():
        with open_store(folders[code]) as store:
            asked = results.import_result(store, clerk, Path(package))
            assert asked.code == "confirm-key"
            assert asked.fingerprint == published["fingerprint"]
            done = results.import_result(store, clerk, Path(package), accept=asked.fingerprint)
            assert done.status == "imported", done.message.text("en")
            rec = results.latest(store, 2021)
            assert rec is not None and D(rec.final_score or "0") == finals[code]
            assert rec.result["self"]["total"] is not None  # beside its self-score


# ====================================================================== 如皋 2021

R = get(RUGAO).rubric
#: 一.1.1 / 一.1.3: new insured (tasks in 附件1: 2607, 2252, 1388, 1981 | 995, 737, 1578, 946,
#: 1051, 996, 999, 1321, 1453, 1696)
ZHIBAO = dict(
    gongyeyuan=2800, jingkaiqu=2252, gaoxinqu=1500, changjiang=1900,
    dongchen=1194, dingyan=737, baipu=1736, xiayuan=900, jiuhua=1051,
    shizhuang=1100, wuyao=998, motou=1400, jiangan=1453, banjing=2000,
)  # fmt: skip
#: 一.2.1 / 一.2.3: 居民养老保险缴费人数 (tasks 18770, 28740, 16110, 21180 | 20500, 9900, 27800,
#: 15960, 19300, 17850, 16610, 19610, 25650, 32020)
JUBAO = dict(
    gongyeyuan=18770, jingkaiqu=29000, gaoxinqu=16110, changjiang=21000,
    dongchen=20500, dingyan=10000, baipu=27800, xiayuan=16000, jiuhua=19000,
    shizhuang=18000, wuyao=16610, motou=20000, jiangan=25650, banjing=32020,
)  # fmt: skip
#: 一.2.2: payers at 1200 yuan or more, against the same task
PAY1200 = dict(
    gongyeyuan=5631, jingkaiqu=5748, gaoxinqu=8055, changjiang=9000,
    dongchen=6150, dingyan=4950, baipu=8340, xiayuan=3192, jiuhua=10000,
    shizhuang=7140, wuyao=4983, motou=5883, jiangan=2565, banjing=16010,
)  # fmt: skip
#: 三.2: households lent to (助保贷款放款户数)
LOANS = dict(
    gongyeyuan=30, dongchen=30, jingkaiqu=25, gaoxinqu=20, changjiang=20, banjing=12,
    jiuhua=0, dingyan=5, baipu=5, xiayuan=5, shizhuang=5, wuyao=5, motou=5, jiangan=5,
)  # fmt: skip

# Worked out by hand from the source ("排名第一的…得满分，其后的…依次递减"; ties as the rubric's
# interpretation ranking-ties: the same place, the next one skipped).
# 一.1.3 (5 points; 主功能区 −0.5, 镇 −0.25; only units that completed their task):
#   主功能区: 高新区 108.07% 1st 5; 工业园区 107.40% 2nd 4.5; 开发区 100% 3rd 4; 长江 95.9%: 0.
#   镇: 东陈 120% 5; 搬经 117.9% 4.75; 石庄 110.4% 4.5; 白蒲 110.0% 4.25; 磨头 106.0% 4;
#       丁堰, 九华, 江安 100% share 6th: 3.75; 下原 95.1%, 吴窑 99.9%: 0.
EXPECT_113 = dict(
    gaoxinqu="5", gongyeyuan="4.5", jingkaiqu="4", changjiang="0",
    dongchen="5", banjing="4.75", shizhuang="4.5", baipu="4.25", motou="4",
    dingyan="3.75", jiuhua="3.75", jiangan="3.75", xiayuan="0", wuyao="0",
)  # fmt: skip
# 一.2.3 (5 points; completion of the 居保 task, only those who completed it):
#   主功能区: 开发区 100.9% 5; 工业园区 and 高新区 100% share 2nd: 4.5; 长江 99.2%: 0.
#   镇: 磨头 101.99% 5; 丁堰 101.01% 4.75; 石庄 100.84% 4.5; 下原 100.25% 4.25; 东陈, 白蒲,
#       吴窑, 江安, 搬经 100% share 5th: 4; 九华 98.4%: 0.
EXPECT_123 = dict(
    jingkaiqu="5", gongyeyuan="4.5", gaoxinqu="4.5", changjiang="0",
    motou="5", dingyan="4.75", shizhuang="4.5", xiayuan="4.25", dongchen="4",
    baipu="4", wuyao="4", jiangan="4", banjing="4", jiuhua="0",
)  # fmt: skip
# 一.2.2 (10 points; 1200+ payers / task; 主功能区 −1, 镇 −0.5; only those who completed 居保):
#   主功能区: 高新区 50% 10; 工业园区 30% 9; 开发区 20% 8; 长江 (not completed) 0.
#   镇: 丁堰 and 搬经 50% share 1st: 10; 石庄 40% 3rd 9; 东陈, 白蒲, 吴窑, 磨头 30% share 4th:
#       8.5; 下原 20% 8th: 6.5; 江安 10% 9th: 6; 九华 (not completed) 0.
EXPECT_122 = dict(
    gaoxinqu="10", gongyeyuan="9", jingkaiqu="8", changjiang="0",
    dingyan="10", banjing="10", shizhuang="9", dongchen="8.5", baipu="8.5", wuyao="8.5",
    motou="8.5", xiayuan="6.5", jiangan="6", jiuhua="0",
)  # fmt: skip
# 三.2 (1 point; all 14 together, −0.05 a place; none lent: 0): 工业园区 and 东陈 30 share 1st: 1;
#   开发区 25 3rd: 0.9; 高新区, 长江 20 share 4th: 0.85; 搬经 12 6th: 0.75; seven at 5 share 7th:
#   0.7; 九华 0: 0.
EXPECT_32 = dict(
    gongyeyuan="1", dongchen="1", jingkaiqu="0.9", gaoxinqu="0.85", changjiang="0.85",
    banjing="0.75", dingyan="0.7", baipu="0.7", xiayuan="0.7", shizhuang="0.7", wuyao="0.7",
    motou="0.7", jiangan="0.7", jiuhua="0",
)  # fmt: skip


@pytest.fixture(scope="module")
def rugao(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("rugao")
    figures = {
        u.id: {
            "一.1.1": {"actual": ZHIBAO[u.id]},
            "一.1.3": {"actual": ZHIBAO[u.id]},
            "一.2.1": {"actual": JUBAO[u.id]},
            "一.2.3": {"actual": JUBAO[u.id]},
            "一.2.2": {"actual": PAY1200[u.id]},
            "三.2": {"value": LOANS[u.id]},
        }
        for u in R.units
    }
    units = [(u.id, u.id, f"{u.name}人力资源和社会保障所") for u in R.units]
    packages = demo_units(root / "units", RUGAO, units, figures)
    inbox = root / "inbox"
    inbox.mkdir()
    for path in packages.values():
        shutil.copy(path, inbox)
    return {"root": root, "inbox": inbox, "folders": {u.id: root / "units" / u.id for u in R.units}}


def test_rugao_collected_ranked_published_and_returned(rugao: dict[str, Any]) -> None:
    office = rugao["root"] / "office"
    made = cli("collect", "init", "--data-dir", str(office), "--rubric", RUGAO, "--year", "2021",
               "--name", "如皋市人力资源和社会保障局考核办公室")  # fmt: skip
    assert made.returncode == 0, made.stderr
    imported = import_all(office, rugao["inbox"])
    assert len(imported) == 14 and {f["unit"] for f in imported} == {u.id for u in R.units}
    assert all(f["flags"] == {} for f in imported)

    # 东陈镇's head lifts the year's approval and the unit exports again: a draft, refused
    # with the reason; everything imported stays as it was (the rankings below are unchanged)
    late = rugao["root"] / "late"
    shutil.copytree(rugao["folders"]["dongchen"], late / "dongchen")
    with open_store(late / "dongchen") as store:
        approvals.unlock(store, system_actor("unit"), 2021, 0, "再核对一遍")
    draft = late / "dongchen-draft.zip"
    export_year(late / "dongchen", 2021, draft, UNIT_PASS, today=date(2022, 1, 25))
    refused = cli("collect", "import", "--data-dir", str(office), str(draft), "--json")
    assert refused.returncode == 1, refused.stderr
    [file] = json.loads(refused.stdout)["files"]
    assert (file["status"], file["code"]) == ("refused", "draft")
    assert file["message"]["key"] == "collect.import.draft"
    assert "草稿" in file["message"]["text"] and "未导入" in file["message"]["text"]
    assert [p["key"] for p in file["problems"]] == ["package.draft.not_approved"]
    with open_store(office) as store:
        assert len(store.collect_packages.all()) == 14

    ranked = cli("collect", "rank", "--data-dir", str(office), "--json")
    assert ranked.returncode == 0, ranked.stderr
    rank = json.loads(ranked.stdout)
    by_item = {
        r["item"]: {row["unit"]: row["points"] for row in r["rows"]} for r in rank["rankings"]
    }
    assert by_item["一.1.3"] == EXPECT_113
    assert by_item["一.2.3"] == EXPECT_123
    assert by_item["一.2.2"] == EXPECT_122
    assert by_item["三.2"] == EXPECT_32

    # a reviewer marks one item down, with the reason; a head approves and publishes
    with open_store(office) as store:
        system = system_actor("test")
        users.add_user(store, system, "ping", "评审甲", "reviewer", "correct horse battery")
        reviewer = users.login(store, "ping", "correct horse battery")
        collect_scores.set_review(store, reviewer, "dongchen", "一.1.3", "final", "4", "台账核减")
        approvals.approve(store, system, 2021, 0, "考核结果已审定")
    finals = json.loads(cli("collect", "rank", "--data-dir", str(office), "--json").stdout)[
        "finals"
    ]
    # 东陈镇's 一.1.3 from 5 to 4: 社会保险工作 counts 60%, so 0.6 less than computed before
    before = D(rank["finals"]["dongchen"]["total"])
    assert D(finals["dongchen"]["total"]) == before - D("0.6")
    totals = {u: D(f["total"]) for u, f in finals.items()}
    for unit, final in finals.items():  # places by final total, equal totals share a place
        assert final["place"] == 1 + sum(1 for t in totals.values() if t > totals[unit])

    out = rugao["root"] / "published"
    out.mkdir()
    published = cli("collect", "publish", "--data-dir", str(office), "--out", str(out), "--json")
    assert published.returncode == 0, published.stdout + published.stderr
    done = json.loads(published.stdout)
    assert len(done["packages"]) == 14
    for package in done["packages"].values():
        assert cli("verify", package).returncode == 0
    units_take_their_results(rugao["folders"], done, totals)
    assert cli("check", "--data-dir", str(office)).returncode == 0


# ====================================================================== 湘人社发〔2021〕46号

H = get(HUNAN).rubric
CITIES = [u.id for u in H.units if u.group == "city"]
DEPTS = [("dept-jy", "就业促进和失业保险处"), ("dept-nm", "农民工工作处")]


def leader_ballot(k: int) -> dict[str, str]:
    """Leader k gives A to four cities from 3k on, C to the next three, B to the other seven
    (4 + 7 + 3: the office decided to round the quotas half up)."""
    grades = dict.fromkeys(CITIES, "B")
    for i in range(4):
        grades[CITIES[(3 * k + i) % 14]] = "A"
    for i in range(4, 7):
        grades[CITIES[(3 * k + i) % 14]] = "C"
    return grades


@pytest.fixture(scope="module")
def hunan(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("hunan")
    units = [
        (c, c, f"{n}人力资源和社会保障局")
        for c, n in ((u.id, u.name) for u in H.units if u.group == "city")
    ]
    units += [(code, "dept", name) for code, name in DEPTS]
    packages = demo_units(root / "units", HUNAN, units, {})
    inbox = root / "inbox"
    inbox.mkdir()
    for path in packages.values():
        shutil.copy(path, inbox)
    return {"root": root, "inbox": inbox, "folders": {c: root / "units" / c for c, _u, _n in units}}


def test_hunan_ballots_averaged_and_results_returned(hunan: dict[str, Any]) -> None:
    office = hunan["root"] / "office"
    listing = hunan["root"] / "units.csv"
    rows = ["code,name,rubric_unit"] + [
        f"{u.id},{u.name}人力资源和社会保障局,{u.id}" for u in H.units if u.group == "city"
    ]
    rows += [f"{code},{name},dept" for code, name in DEPTS]
    listing.write_text("\n".join(rows) + "\n", encoding="utf-8")
    made = cli("collect", "init", "--data-dir", str(office), "--rubric", HUNAN, "--year", "2021",
               "--name", "湖南省人社厅乡村振兴工作领导小组办公室", "--units", str(listing))  # fmt: skip
    assert made.returncode == 0, made.stderr
    imported = import_all(office, hunan["inbox"])
    assert {f["unit"] for f in imported} == {*CITIES, "dept-jy", "dept-nm"}

    system = system_actor("test")
    with open_store(office) as store:
        # To the letter, 20% of 14 is 2.8: three C are over the quota, so no ballot can grade
        # all 14 cities; the ballot is refused until the office decides how to count.
        with pytest.raises(Exception) as refused:
            collect_scores.enter_ballot(store, system, "评议.1/1/city", "厅领导1", leader_ballot(0))
        assert refused.value.msg.key == "kind.graded_votes.over_quota"
        for rule in ("评议.1", "评议.2"):
            collect_scores.decide_quota(store, system, rule, "1", "half_up", "领导小组会议决定")
        five_a = leader_ballot(0) | dict.fromkeys(CITIES[4:5], "A")
        with pytest.raises(Exception) as over:
            collect_scores.enter_ballot(store, system, "评议.1/1/city", "厅领导1", five_a)
        assert over.value.msg.args["grade"] == "A"
        for k in range(5):
            collect_scores.enter_ballot(
                store, system, "评议.1/1/city", f"厅领导{k + 1}", leader_ballot(k)
            )
            # on the two departments: one A and one B each (30% and 50% of 2, rounded)
            first = "dept-jy" if k in (0, 1, 3) else "dept-nm"
            other = "dept-nm" if first == "dept-jy" else "dept-jy"
            collect_scores.enter_ballot(
                store, system, "评议.1/1/dept", f"厅领导{k + 1}", {first: "A", other: "B"}
            )
        for n, city in enumerate(CITIES):
            first = "dept-jy" if n < 9 else "dept-nm"
            other = "dept-nm" if first == "dept-jy" else "dept-jy"
            collect_scores.enter_ballot(
                store, system, "评议.2/1/dept", city, {first: "A", other: "B"}
            )
        approvals.approve(store, system, 2021, 0, "审定")

    rank = json.loads(cli("collect", "rank", "--data-dir", str(office), "--json").stdout)
    sheets = {s["sheet"]: s["units"] for s in rank["ballots"]}
    # "A、B、C等次分别计10分、6分、0分 … 汇总计算…平均得分": each city's average by hand
    for city in CITIES:
        grades = [leader_ballot(k)[city] for k in range(5)]
        points = grades.count("A") * 10 + grades.count("B") * 6
        expected = (D(points) / 5).quantize(D("0.01"))
        assert D(sheets["评议.1/1/city"][city]["average"]) == expected
    # 长沙 (city 0): leaders 1-5 give A to cities 0-3, 3-6, 6-9, 9-12 and 12, 13, 0, 1, and C
    # to 4-6, 7-9, 10-12, 13-1 and 2-4: A, B, B, C, A → (10 + 6 + 6 + 0 + 10) / 5 = 6.4
    assert sheets["评议.1/1/city"]["changsha"]["average"] == "6.4"
    # departments: by the leaders 就业处 A,A,B,A,B = 42 / 5 = 8.4; by the cities 9 A and 5 B:
    # (9 × 5 + 5 × 3) / 14 = 60 / 14 = 4.29; 农民工处 B,B,A,B,A = 38 / 5 = 7.6; 5 A, 9 B: 52/14 = 3.71
    assert sheets["评议.1/1/dept"]["dept-jy"]["average"] == "8.4"
    assert sheets["评议.2/1/dept"]["dept-jy"]["average"] == "4.29"
    assert sheets["评议.1/1/dept"]["dept-nm"]["average"] == "7.6"
    assert sheets["评议.2/1/dept"]["dept-nm"]["average"] == "3.71"

    out = hunan["root"] / "published"
    out.mkdir()
    published = cli("collect", "publish", "--data-dir", str(office), "--out", str(out), "--json")
    assert published.returncode == 0, published.stdout + published.stderr
    done = json.loads(published.stdout)
    assert len(done["packages"]) == 16
    finals = {u: D(f["total"]) for u, f in rank["finals"].items()}
    units_take_their_results(hunan["folders"], done, finals)
