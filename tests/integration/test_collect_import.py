"""Importing the units' packages into the receiving office (issue 18, slice b): verified with
the existing verifier, keys confirmed on a unit's first package, later packages supersede
earlier ones (both kept), refusals with their reasons, evidence stored once across units."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from collectkit import PASSPHRASE, UnitSpec, export_unit, make_unit, receiving
from refusals import says

from evaldesk.collect.packages import order_text
from evaldesk.errors import Cancelled
from evaldesk.export import bag
from evaldesk.export.keys import load_private, private_key_path
from evaldesk.export.trust import plain_fingerprint
from evaldesk.messages import msg
from evaldesk.rubrics.registry import get
from evaldesk.services import approvals, collect_import, facts, interpretations, maintenance
from evaldesk.services.actor import Actor, system_actor
from evaldesk.services.collect_setup import UnitDraft
from evaldesk.store import Store, open_store

RUGAO = "rugao-rsks-2021"
R_TITLE = get(RUGAO).rubric.title
HUNAN = "hunan-rsxczx-2021"


def spec(unit: str, name: str, zhibao: int) -> UnitSpec:
    return UnitSpec(unit, name, {"一.1.1": {"1": {"actual": zhibao}}}, seed=len(unit))


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("units")
    out: dict[str, Path] = {}
    for unit, name, value in (
        ("gongyeyuan", "如皋工业园区（如城街道）", 2700),
        ("dongchen", "东陈镇", 1000),
    ):
        folder = make_unit(root / unit, RUGAO, spec(unit, name, value))
        out[unit] = export_unit(folder, root / f"{unit}.zip", today=date(2022, 1, 10))
        out[unit + "-folder"] = folder
    # 东陈镇 corrects a figure (its head unlocks the year and approves it again) and sends
    # again five days later
    from evaldesk.services import approvals, facts
    from evaldesk.store import open_store

    with open_store(out["dongchen-folder"]) as store:
        unit = system_actor("unit")
        approvals.unlock(store, unit, 2021, 0, "更正一.1.1实际数")
        facts.set_rule_fact(store, unit, 2021, "一.1.1", "1", {"actual": 1010})
        approvals.approve(store, unit, 2021, 0, "更正后重新审核")
    out["dongchen-later"] = export_unit(
        out["dongchen-folder"], root / "dongchen-later.zip", today=date(2022, 1, 15)
    )
    # the same unit id in another data folder: another key
    other = make_unit(root / "impostor", RUGAO, spec("dongchen", "东陈镇", 1200), filler=False)
    out["impostor"] = export_unit(other, root / "impostor.zip")
    year2022 = make_unit(
        root / "y2022", RUGAO, spec("baipu", "白蒲镇", 1500), year=2022, filler=False
    )
    out["wrong-year"] = export_unit(year2022, root / "y2022.zip", year=2022)
    hunan = make_unit(root / "hunan", HUNAN, UnitSpec("changsha", "长沙市人社局", {}), filler=False)
    out["wrong-rubric"] = export_unit(hunan, root / "hunan.zip")
    return out


def rewrite(package: Path, out: Path, change, key_folder: Path | None = None) -> Path:
    """A copy of ``package`` with its files changed by ``change(name, data) -> data``; with
    ``key_folder`` the tag manifest is signed again with that unit's key (a genuine package
    the unit signed), else left as it was (tampering)."""
    with zipfile.ZipFile(package) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    top = next(iter(entries)).split("/", 1)[0]
    entries = {n: change(n[len(top) + 1 :], d) for n, d in entries.items()}
    if key_folder is not None:
        tags = {name: entries[f"{top}/{name}"] for name in (bag.BAGIT, bag.BAG_INFO, bag.MANIFEST)}
        tagmanifest = bag.manifest_bytes(
            (name, hashlib.sha256(data).hexdigest()) for name, data in tags.items()
        )
        key = load_private(private_key_path(key_folder), PASSPHRASE.encode())
        entries[f"{top}/{bag.TAGMANIFEST}"] = tagmanifest
        entries[f"{top}/{bag.SIGNATURE}"] = key.sign(tagmanifest)
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return out


def older_head(package: Path) -> str:
    """The audit position a package's export order shows (bag-info's EvalDesk-Audit-Head)."""
    with zipfile.ZipFile(package) as zf:
        info = next(n for n in zf.namelist() if n.endswith("/" + bag.BAG_INFO))
        for line in zf.read(info).decode("utf-8").splitlines():
            if line.startswith("EvalDesk-Audit-Head:"):
                return line.split(":", 1)[1].split()[0]
    raise AssertionError("no EvalDesk-Audit-Head")


def confirmed(store: Store, clerk: Actor, package: Path) -> collect_import.ImportOutcome:
    """A unit's first package imported: asked, its fingerprint compared, accepted."""
    [asked] = collect_import.import_packages(store, clerk, [package])
    assert asked.status == "confirm", asked.message.text("en")
    [done] = collect_import.import_packages(
        store, clerk, [package], accept={asked.fingerprint or "": None}
    )
    return done


def blobs(folder: Path) -> int:
    return sum(1 for p in (folder / "evidence").glob("??/*") if p.is_file())


def test_a_units_first_package_waits_for_its_fingerprint_then_is_imported(
    made: dict[str, Path], data_dir: Path
) -> None:
    store = receiving(data_dir, RUGAO)
    clerk = system_actor("test")
    try:
        first = collect_import.import_packages(store, clerk, [made["gongyeyuan"]])
        [asked] = first
        assert (asked.status, asked.code, asked.unit) == ("confirm", "confirm-key", "gongyeyuan")
        says(asked.message, "collect.import.confirm_key", unit="如皋工业园区（如城街道）")
        assert store.collect_packages.all() == [] and blobs(data_dir) == 0
        fpr = plain_fingerprint(asked.fingerprint or "")
        [done] = collect_import.import_packages(
            store, clerk, [made["gongyeyuan"]], accept={asked.fingerprint or "": None}
        )
        assert (done.status, done.code) == ("imported", "imported")
        assert [k.fingerprint for k in store.trust.list()] == [fpr]
        assert store.collect.unit_keys() == {fpr: "gongyeyuan"}
        [package] = store.collect_packages.all()
        paths = {f.path for f in store.collect_packages.files(package.id)}
        assert {"data/report.pdf", "data/score.json", "data/scores.xlsx"} <= paths
        assert package.flags == {}
    finally:
        store.close()
    assert maintenance.check(data_dir).ok


def test_a_later_package_supersedes_an_earlier_one_and_both_are_kept(
    made: dict[str, Path], data_dir: Path
) -> None:
    store = receiving(data_dir, RUGAO)
    clerk = system_actor("test")
    try:
        asked = collect_import.import_packages(store, clerk, [made["dongchen-later"]])
        accept = {asked[0].fingerprint or "": None}
        [later] = collect_import.import_packages(
            store, clerk, [made["dongchen-later"]], accept=accept
        )
        assert later.code == "imported"
        # the earlier package arriving after the later one is kept, but does not supersede it
        [older] = collect_import.import_packages(store, clerk, [made["dongchen"]])
        assert (older.status, older.code, older.replaced) == ("imported", "older", None)
        says(
            older.message,
            "collect.import.older",
            package_id=older.package_id,
            current=later.package_id,
            date="2022-01-10 #" + older_head(made["dongchen"]),
        )
        assert store.collect_packages.current()["dongchen"].package_id == later.package_id
        assert len(store.collect_packages.all("dongchen")) == 2
        [again] = collect_import.import_packages(store, clerk, [made["dongchen-later"]])
        assert (again.status, again.code) == ("refused", "duplicate")
        says(again.message, "collect.import.duplicate", package_id=later.package_id)
    finally:
        store.close()
    # in the other order the earlier one is taken first and then superseded
    other = data_dir.parent / "other"
    store = receiving(other, RUGAO)
    try:
        asked = collect_import.import_packages(store, clerk, [made["dongchen"]])
        accept = {asked[0].fingerprint or "": None}
        collect_import.import_packages(store, clerk, [made["dongchen"]], accept=accept)
        [later] = collect_import.import_packages(store, clerk, [made["dongchen-later"]])
        assert (later.code, later.replaced) == ("superseded", asked[0].package_id)
        kept = store.collect_packages.all("dongchen")
        assert len(kept) == 2
        assert store.collect_packages.current()["dongchen"].package_id == later.package_id
    finally:
        store.close()
    assert maintenance.check(other).ok


def test_refusals_say_why_and_keep_what_was_imported(
    made: dict[str, Path], data_dir: Path, tmp_path: Path
) -> None:
    store = receiving(data_dir, RUGAO)
    clerk = system_actor("test")
    try:
        confirmed(store, clerk, made["dongchen"])
        before = blobs(data_dir)
        tampered = rewrite(
            made["gongyeyuan"],
            tmp_path / "tampered.zip",
            lambda n, d: d.replace(b'"total"', b'"totaL"') if n == "data/score.json" else d,
        )
        not_a_zip = tmp_path / "notes.zip"
        not_a_zip.write_text("not a package", encoding="utf-8")
        found = collect_import.import_packages(
            store,
            clerk,
            [
                tampered,
                made["impostor"],
                made["wrong-year"],
                made["wrong-rubric"],
                made["dongchen"],
                not_a_zip,
            ],
        )
        codes = [(o.file.name, o.status, o.code) for o in found]
        assert codes == [
            ("tampered.zip", "refused", "tampered"),
            ("impostor.zip", "refused", "unknown-key"),
            ("y2022.zip", "refused", "wrong-year"),
            ("hunan.zip", "refused", "wrong-rubric"),
            ("dongchen.zip", "refused", "duplicate"),
            ("notes.zip", "refused", "not-a-package"),
        ]
        says(found[0].message, "collect.import.not_intact", count=len(found[0].problems))
        assert [p.key for p in found[0].problems] == ["verify.hash.payload"]  # what changed
        says(found[1].message, "collect.import.unknown_key", unit="东陈镇")
        says(found[2].message, "collect.refused.year", found="2022", expected=2021)
        says(
            found[3].message,
            "collect.refused.rubric",
            found="湖南省人社领域乡村振兴工作评估办法",
            expected=R_TITLE,
        )
        says(found[4].message, "collect.import.duplicate", package_id=found[4].package_id)
        assert len(store.collect_packages.all()) == 1
        assert blobs(data_dir) == before  # nothing of a refused package stays
        assert not list((data_dir / "evidence" / ".tmp").glob("*"))
        refused = [r for r in store.audit.rows() if r.action == "collect.refused"]
        assert len(refused) == 6
    finally:
        store.close()
    assert maintenance.check(data_dir).ok


def unapproved_export(folder: Path, copy: Path) -> Path:
    """A copy of a unit's folder whose head lifted the year's approval, exported: a draft
    signed with the unit's own key."""
    import shutil

    shutil.copytree(folder, copy)
    with open_store(copy) as store:
        approvals.unlock(store, system_actor("unit"), 2021, 0, "再核对一遍")
    return export_unit(copy, copy.with_suffix(".zip"), today=date(2022, 1, 20))


def test_a_draft_is_refused_with_its_reasons_and_nothing_is_lost(
    made: dict[str, Path], data_dir: Path, tmp_path: Path
) -> None:
    store = receiving(data_dir, RUGAO)
    clerk = system_actor("test")
    try:
        first = confirmed(store, clerk, made["dongchen"])
        before = blobs(data_dir)
        # real drafts: the unit's head lifted the year's approval, the unit exported again
        draft = unapproved_export(made["dongchen-folder"], tmp_path / "dongchen-draft")
        [took] = collect_import.import_packages(store, clerk, [draft])
        assert (took.status, took.code, took.unit) == ("refused", "draft", None)
        says(took.message, "collect.import.draft", office="东陈镇", package_id=took.package_id)
        assert "未导入" in took.message.text("zh") and "not imported" in took.message.text("en")
        # why it is a draft, as the package's signed approval.json says
        assert [p.key for p in took.problems] == ["package.draft.not_approved"]
        assert store.collect_packages.current()["dongchen"].package_id == first.package_id
        assert len(store.collect_packages.all()) == 1
        assert blobs(data_dir) == before  # nothing of the draft stays
        # a unit's first package that is a draft is refused at once: no fingerprint is asked
        # for, no key trusted
        only = unapproved_export(made["gongyeyuan-folder"], tmp_path / "gongyeyuan-draft")
        [took] = collect_import.import_packages(store, clerk, [only])
        assert (took.status, took.code) == ("refused", "draft")
        says(took.message, "collect.import.draft", office="如皋工业园区（如城街道）")
        assert (
            len(store.trust.list()) == 1 and "gongyeyuan" not in store.collect.unit_keys().values()
        )
        refused = [r for r in store.audit.rows() if r.action == "collect.refused"]
        assert [r.new["code"] for r in refused] == ["draft", "draft"]
        # the head approves, the unit exports again: the approved package supersedes
        with open_store(tmp_path / "dongchen-draft") as unit_store:
            approvals.approve(unit_store, system_actor("unit"), 2021, 0, "再次审核")
        final = export_unit(
            tmp_path / "dongchen-draft", tmp_path / "dongchen-final.zip", today=date(2022, 1, 21)
        )
        [took] = collect_import.import_packages(store, clerk, [final])
        assert (took.code, took.replaced) == ("superseded", first.package_id)
        assert store.collect_packages.current()["dongchen"].package_id == took.package_id
        assert len(store.collect_packages.all("dongchen")) == 2
    finally:
        store.close()
    assert maintenance.check(data_dir).ok


def twin_exports(folder: Path, root: Path) -> tuple[Path, Path]:
    """Two packages of one unit (one key) with the same signed export time and different
    content: two copies of its folder, each corrected once (same audit rows), exported the
    same day."""
    import shutil

    out = []
    for n, value in ((1, 1020), (2, 1030)):
        copy = root / f"twin-{n}"
        shutil.copytree(folder, copy)
        with open_store(copy) as store:
            unit = system_actor("unit")
            approvals.unlock(store, unit, 2021, 0, "更正一.1.1实际数")
            facts.set_rule_fact(store, unit, 2021, "一.1.1", "1", {"actual": value})
            approvals.approve(store, unit, 2021, 0, "更正后重新审核")
        out.append(export_unit(copy, root / f"twin-{n}.zip", today=date(2022, 1, 25)))
    return out[0], out[1]


def test_a_package_with_the_same_export_time_is_a_duplicate(
    made: dict[str, Path], data_dir: Path, tmp_path: Path
) -> None:
    one, two = twin_exports(made["dongchen-folder"], tmp_path)
    store = receiving(data_dir, RUGAO)
    clerk = system_actor("test")
    try:
        took = confirmed(store, clerk, one)
        assert took.code == "imported"
        [again] = collect_import.import_packages(store, clerk, [two])
        assert again.package_id != took.package_id  # not the same content
        assert (again.status, again.code) == ("refused", "duplicate")
        held = store.collect_packages.current()["dongchen"]
        says(again.message, "collect.import.same_time", unit="东陈镇", package_id=again.package_id)
        assert again.message.args["time"] == order_text(held.export_order)
        assert [p.package_id for p in store.collect_packages.all()] == [took.package_id]
    finally:
        store.close()


def test_a_refusal_mid_batch_loses_nothing(
    made: dict[str, Path], data_dir: Path, tmp_path: Path
) -> None:
    """Refusals between packages of one batch: what came before stays, what comes after is
    imported, and the data folder checks clean."""
    store = receiving(data_dir, RUGAO)
    clerk = system_actor("test")
    try:
        asked = collect_import.import_packages(store, clerk, [made["gongyeyuan"], made["dongchen"]])
        accept = {a.fingerprint or "": None for a in asked}
        tampered = rewrite(
            made["dongchen-later"],
            tmp_path / "tampered.zip",
            lambda n, d: d.replace(b"1010", b"1011") if n == "data/score.json" else d,
        )
        draft = unapproved_export(made["gongyeyuan-folder"], tmp_path / "gongyeyuan-draft")
        found = collect_import.import_packages(
            store,
            clerk,
            [made["gongyeyuan"], tampered, draft, made["wrong-year"], made["dongchen"]],
            accept=accept,
        )
        assert [(o.status, o.code) for o in found] == [
            ("imported", "imported"),
            ("refused", "tampered"),
            ("refused", "draft"),
            ("refused", "wrong-year"),
            ("imported", "imported"),
        ]
        held = store.collect_packages.all()
        assert sorted(p.unit_code for p in held) == ["dongchen", "gongyeyuan"]
        stored = {f.sha256 for p in held for f in store.collect_packages.files(p.id)}
        assert {p.parent.name + p.name for p in (data_dir / "evidence").glob("??/*")} >= stored
        assert not list((data_dir / "evidence" / ".tmp").glob("*"))
    finally:
        store.close()
    assert maintenance.check(data_dir).ok


def test_cancelling_while_the_next_package_is_read_keeps_the_one_before(
    made: dict[str, Path], data_dir: Path
) -> None:
    """The package before is taken in (its files land while the next one is read): cancelling
    the next one leaves that one out, whole, and keeps the one before, rows and files."""
    store = receiving(data_dir, RUGAO)
    clerk = system_actor("test")
    files = [made["gongyeyuan"], made["dongchen"]]

    def cancel_second(done: int, total: int, name: str) -> None:
        if name == made["dongchen"].name:
            raise Cancelled(msg("ledger.import_cancelled_after", done=1, total=2))

    try:
        asked = collect_import.import_packages(store, clerk, files)
        accept = {o.fingerprint or "": None for o in asked}
        with pytest.raises(Cancelled):
            collect_import.import_packages(
                store, clerk, files, accept=accept, progress=cancel_second
            )
        [kept] = store.collect_packages.all()
        assert kept.unit_code == "gongyeyuan"
        stored = {f.sha256 for f in store.collect_packages.files(kept.id)}
        on_disk = {p.parent.name + p.name for p in (data_dir / "evidence").glob("??/*")}
        assert on_disk == stored  # nothing of the cancelled package stays
        assert not list((data_dir / "evidence" / ".tmp").glob("*"))
    finally:
        store.close()
    assert maintenance.check(data_dir).ok


def test_evidence_is_stored_once_across_units(made: dict[str, Path], data_dir: Path) -> None:
    store = receiving(data_dir, RUGAO)
    clerk = system_actor("test")
    try:
        files = [made["gongyeyuan"], made["dongchen"]]
        asked = collect_import.import_packages(store, clerk, files)
        accept = {o.fingerprint or "": None for o in asked}
        done = collect_import.import_packages(store, clerk, files, accept=accept)
        assert [o.code for o in done] == ["imported", "imported"]
        assert (done[0].reused_files, done[1].reused_files) == (0, 1)  # not written twice
        shas = [
            {f.sha256 for f in store.collect_packages.files(p.id)}
            for p in store.collect_packages.all()
        ]
        notice = hashlib.sha256(
            (
                made["gongyeyuan-folder"].parent
                / "gongyeyuan-files"
                / "关于做好年度考核工作的通知.pdf"
            ).read_bytes()
        ).hexdigest()
        assert all(notice in s for s in shas)
        assert blobs(data_dir) == len(shas[0] | shas[1])  # the shared file once
    finally:
        store.close()


def test_differing_interpretations_are_flagged(tmp_path: Path) -> None:
    spec = UnitSpec("changsha", "长沙市人社局", {})
    unit = make_unit(tmp_path / "cs", HUNAN, spec, filler=False, approved=False)
    from evaldesk.services import approvals
    from evaldesk.store import open_store

    with open_store(unit) as store:
        interpretations.set_value(store, system_actor("u"), 2021, "dispatch-full-score", "80")
        approvals.approve(store, system_actor("u"), 2021, 0, "全年自评已审核")
    package = export_unit(unit, tmp_path / "cs.zip")
    office = receiving(
        tmp_path / "office", HUNAN, [UnitDraft("changsha", "长沙市人社局", "changsha")]
    )
    clerk = system_actor("test")
    try:
        done = confirmed(office, clerk, package)
        [diff] = done.flags["interpretations"]
        assert (diff["id"], diff["package"], diff["office"]) == ("dispatch-full-score", "80", "100")
        assert diff["set_by_unit"] is True
        assert Decimal(office.collect_packages.all()[0].self_score or "0") >= 0
    finally:
        office.close()


def test_a_key_rotation_signed_by_the_old_key_is_accepted_after_confirmation(
    made: dict[str, Path], tmp_path: Path
) -> None:
    import shutil

    from evaldesk.services import keys
    from evaldesk.store import open_store

    unit = tmp_path / "gongyeyuan"
    shutil.copytree(made["gongyeyuan-folder"], unit)
    office = receiving(tmp_path / "office", RUGAO)
    clerk = system_actor("test")
    try:
        asked = collect_import.import_packages(office, clerk, [made["gongyeyuan"]])
        old = asked[0].fingerprint or ""
        collect_import.import_packages(office, clerk, [made["gongyeyuan"]], accept={old: None})
        with open_store(unit) as store:
            keys.rotate(store, system_actor("unit"), PASSPHRASE.encode(), b"another passphrase")
        from evaldesk.services.export import export_year

        later = tmp_path / "rotated.zip"
        export_year(unit, 2021, later, "another passphrase", today=date(2022, 2, 1))
        [question] = collect_import.import_packages(office, clerk, [later])
        assert (question.status, question.code) == ("confirm", "confirm-rotation")
        assert question.rotated_from == old and question.fingerprint != old
        [done] = collect_import.import_packages(
            office, clerk, [later], accept={question.fingerprint or "": None}
        )
        assert done.code == "superseded"
        assert sorted(office.collect.unit_keys().values()) == ["gongyeyuan", "gongyeyuan"]
    finally:
        office.close()


def test_a_package_made_by_release_0_1_0_is_imported_but_cannot_be_scored_again(
    tmp_path: Path,
) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1.0" / RUGAO
    from evaldesk.services.collect_setup import ReceivingSetup, create_receiving_office

    office = create_receiving_office(
        tmp_path / "office",
        system_actor("test"),
        ReceivingSetup(name="考核办公室", rubric=RUGAO, year=2025),
    )
    clerk = system_actor("test")
    try:
        done = confirmed(office, clerk, fixture / "package.zip")
        assert done.status == "imported"
        assert done.flags["facts"] == "missing"
    finally:
        office.close()
