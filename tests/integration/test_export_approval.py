"""Approval is part of what is signed (issue 15, finding 1).

Real office (SQLite file), real export, the package unzipped and read back: bag-info.txt,
data/approval.json, score.json, the PDF's text (pdftotext), and `evaldesk verify`'s answer in
Chinese, English and JSON. A package exported before the head approved the full year is a
draft (草稿); the final one carries the approval, the review comments and whether each was
resolved, and the interpretations in force.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from storekit import SMALL_RUBRIC, TODAY, YEAR, Office, make_office

from evaldesk.errors import CheckFailed, InputError, Locked, PermissionDenied
from evaldesk.services import approvals, interpretations, review
from evaldesk.services.export import export_year
from evaldesk.services.maintenance import check

PASS = "approval-passphrase"


@pytest.fixture
def office(data_dir: Path) -> Any:
    made = make_office(data_dir)
    yield made
    made.store.close()


def export(o: Office, out: Path, **kwargs: Any) -> Any:
    return export_year(
        o.data_dir,
        YEAR,
        out,
        PASS,
        store=o.store,
        actor=kwargs.pop("actor", o.clerk),
        today=TODAY,
        **kwargs,
    )


def bag_info(zf: zipfile.ZipFile, top: str) -> dict[str, str]:
    text = zf.read(f"{top}/bag-info.txt").decode("utf-8")
    return dict(line.split(": ", 1) for line in text.splitlines())


def read_package(path: Path) -> tuple[dict[str, str], dict[str, Any], dict[str, Any], list[str]]:
    """bag-info fields, approval.json, score.json and the PDF's pages as text."""
    top = path.stem
    with zipfile.ZipFile(path) as zf:
        info = bag_info(zf, top)
        approval = json.loads(zf.read(f"{top}/data/approval.json"))
        score = json.loads(zf.read(f"{top}/data/score.json"))
        pdf = zf.read(f"{top}/data/report.pdf")
    pdf_path = path.with_suffix(".pdf")
    pdf_path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, check=True, text=True
    ).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    return info, approval, score, pages


def verify(path: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evaldesk", "--lang", lang, "verify", str(path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def flat(text: str) -> str:
    return "".join(text.split())


def test_a_package_before_the_year_is_approved_is_a_draft_everywhere(
    office: Office, tmp_path: Path
) -> None:
    o = office
    q1_at = approvals.approve(o.store, o.head, YEAR, 1, "一季度材料齐全").approved_at
    review.add_comment(o.store, o.head, YEAR, "一.1", "请补充领导小组文件")
    result = export(o, tmp_path / "draft.zip")
    assert result.draft
    assert [m.key for m in result.draft_reasons] == ["package.draft.not_approved"]

    info, approval, score, pages = read_package(tmp_path / "draft.zip")
    assert info["EvalDesk-Package-Format"] == "3"
    assert info["EvalDesk-Status"] == "draft 草稿"
    assert info["EvalDesk-Draft-Reason"] == "全年未经负责人审核"
    assert info["EvalDesk-Approval-Year"] == "not approved 未审核"
    assert info["EvalDesk-Approval-Q1"] == f"{q1_at} head名 (user:head): 一季度材料齐全"
    assert info["EvalDesk-Review-Comments"] == "1 total, 1 open"

    assert approval["status"] == "draft" and approval["draft"] is True
    assert approval["draft_reasons"][0]["key"] == "package.draft.not_approved"
    assert approval["approvals"]["year"] is None
    assert approval["approvals"]["quarters"]["1"]["name"] == "head名"
    assert approval["approvals"]["quarters"]["1"]["comment"] == "一季度材料齐全"
    assert approval["approvals"]["quarters"]["2"] is None
    (comment,) = approval["comments"]
    assert comment["item"] == "一.1" and comment["text"] == "请补充领导小组文件"
    assert comment["resolved"] is False and comment["name"] == "head名"
    assert approval["comments_open"] == 1
    assert approval["interpretations"]["in_force"] == [i["id"] for i in score["interpretations"]]

    # 草稿 on every page, the head's line not signed, the 审核 section with quarter 1
    assert len(pages) > 3
    for n, page in enumerate(pages, start=1):
        assert "草稿" in page, f"page {n} is not marked as a draft"
    text = flat("\n".join(pages))
    assert "审核状态草稿（全年未经负责人审核）" in text  # the cover
    assert "部门（单位）负责人（签章）：（全年未经负责人审核，本报告为草稿）" in text
    assert "负责人（签章）：head名" not in text
    assert "审核情况" in text and "本报送包为草稿（全年未经负责人审核）" in text
    assert "第一季度已审核head名" in text and "一季度材料齐全" in text
    assert "全年未审核" in text
    assert "请补充领导小组文件" in text and "未处理" in text

    answer = verify(tmp_path / "draft.zip", "--json")
    assert answer.returncode == 0, answer.stdout + answer.stderr
    data = json.loads(answer.stdout)
    assert data["draft"] is True and data["valid"] is True
    assert data["checks"]["approval"] == "ok"
    assert data["approval"]["status"] == "draft"
    assert data["approval"]["draft_reasons"][0]["text"] == "全年未经负责人审核"
    assert data["approval"]["comments"] == 1 and data["approval"]["comments_open"] == 1
    english = verify(tmp_path / "draft.zip", lang="en").stdout
    assert "DRAFT: the full year is not approved by the head" in english
    assert "review comments: 1, 1 still open" in english
    chinese = verify(tmp_path / "draft.zip", lang="zh").stdout
    assert "草稿：全年未经负责人审核。这不是定稿" in chinese
    assert "审核意见：共 1 条，未处理 1 条" in chinese


def test_the_final_package_carries_the_heads_approval_and_the_comments_state(
    office: Office, tmp_path: Path
) -> None:
    o = office
    first = review.add_comment(o.store, o.head, YEAR, "一.1", "请补充领导小组文件")
    review.add_comment(o.store, o.head, YEAR, "二.1", "培训台账缺签到表")
    review.resolve_comment(o.store, o.head, YEAR, first.id)
    for quarter in (1, 2):
        approvals.approve(o.store, o.head, YEAR, quarter, f"第{quarter}季度已审核")
    approvals.approve(o.store, o.head, YEAR, 0, "同意报送")
    result = export(o, tmp_path / "final.zip")
    assert not result.draft and result.year_approval is not None

    info, approval, _score, pages = read_package(tmp_path / "final.zip")
    assert info["EvalDesk-Status"] == "final 定稿"
    assert "EvalDesk-Draft-Reason" not in info
    assert "head名 (user:head): 同意报送" in info["EvalDesk-Approval-Year"]
    assert info["EvalDesk-Approval-Q3"] == "not approved 未审核"
    assert info["EvalDesk-Review-Comments"] == "2 total, 1 open"
    assert approval["status"] == "final" and approval["draft"] is False
    year = approval["approvals"]["year"]
    assert year["name"] == "head名" and year["comment"] == "同意报送" and year["by"] == "user:head"
    resolved, still_open = approval["comments"]
    assert resolved["resolved"] is True and resolved["resolved_name"] == "head名"
    assert resolved["resolved_at"] is not None
    assert still_open["resolved"] is False and still_open["resolved_at"] is None

    for page in pages:
        assert "草稿" not in page
    text = flat("\n".join(pages))
    assert "审核状态定稿（head名于" in text
    assert "本报送包为定稿" in text and "同意报送" in text
    day = year["at"][:10]
    assert f"部门（单位）负责人（签章）：head名（{day}审核确认全年）" in text
    assert "共2条审核意见，已处理1条，未处理1条" in text
    assert "已处理（head名" in text and "培训台账缺签到表" in text

    answer = json.loads(verify(tmp_path / "final.zip", "--json").stdout)
    assert answer["draft"] is False and answer["valid"] is True
    assert answer["approval"]["year"]["comment"] == "同意报送"
    assert "final: the full year was approved by head名" in verify(tmp_path / "final.zip").stdout
    assert "定稿：全年已由 head名 于" in verify(tmp_path / "final.zip", lang="zh").stdout


def test_final_export_is_refused_before_the_year_is_approved(
    office: Office, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "p.zip"
    with pytest.raises(InputError) as refused:
        export(office, out, final=True)
    assert refused.value.msg.key == "export.not_final"
    assert "the full year is not approved" in str(refused.value)
    assert list(folder.iterdir()) == []
    approvals.approve(office.store, office.head, YEAR, 0, "")
    assert not export(office, out, final=True).draft


def test_the_cli_says_draft_and_refuses_final(office: Office, tmp_path: Path) -> None:
    office.store.close()
    env_cli = [sys.executable, "-m", "evaldesk", "--lang", "en", "export"]
    args = ["--data-dir", str(office.data_dir), "--year", str(YEAR)]
    env = {"EVALDESK_PASSPHRASE": PASS, "PATH": "/usr/bin:/bin"}
    run = subprocess.run(
        [*env_cli, *args, "--out", str(tmp_path / "d.zip")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "this package is a DRAFT (the full year is not approved by the head)" in run.stdout
    refused = subprocess.run(
        [*env_cli, *args, "--out", str(tmp_path / "f.zip"), "--final"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert refused.returncode == 2
    assert "cannot export a final package, only a draft" in refused.stderr
    assert not (tmp_path / "f.zip").exists()


def test_suggested_interpretations_keep_any_package_a_draft(data_dir: Path, tmp_path: Path) -> None:
    rubric = tmp_path / "suggested.yaml"
    text = Path(SMALL_RUBRIC).read_text(encoding="utf-8")
    text = text.replace("id: test-small", "id: test-suggested")
    text = text.replace(
        "  - id: training-target\n    kind: assumed", "  - id: training-target\n    kind: suggested"
    )
    rubric.write_text(text, encoding="utf-8")
    o = make_office(data_dir, str(rubric))
    try:
        approvals.approve(o.store, o.head, YEAR, 0, "同意")
        with pytest.raises(InputError) as refused:
            export(o, tmp_path / "f.zip", final=True)
        assert "suggested interpretations not confirmed yet: 培训任务以完成100%为目标" in str(
            refused.value
        )
        result = export(o, tmp_path / "d.zip")
    finally:
        o.store.close()
    assert [m.key for m in result.draft_reasons] == ["package.draft.suggested"]
    info, approval, score, pages = read_package(tmp_path / "d.zip")
    assert info["EvalDesk-Status"] == "draft 草稿"
    assert "培训任务以完成100%为目标" in info["EvalDesk-Draft-Reason"]
    assert approval["interpretations"]["suggested"] == ["training-target"]
    assert approval["approvals"]["year"]["comment"] == "同意"  # approved, and still a draft
    assert any(i["kind"] == "suggested" for i in score["interpretations"])
    text = flat("\n".join(pages))
    assert all("草稿" in page for page in pages)
    assert "未经确认的建议口径1项（培训任务以完成100%为目标）" in text
    answer = json.loads(verify(tmp_path / "d.zip", "--json").stdout)
    assert answer["draft"] is True
    assert answer["approval"]["draft_reasons"][0]["key"] == "package.draft.suggested"


def test_office_values_in_force_are_recorded_and_referenced(office: Office, tmp_path: Path) -> None:
    interpretations.set_value(office.store, office.admin, YEAR, "dispatch-full-score", "90")
    export(office, tmp_path / "p.zip")
    info, approval, score, _pages = read_package(tmp_path / "p.zip")
    used = {i["id"]: i for i in score["interpretations"]}
    assert used["dispatch-full-score"]["set_by_office"] is True
    assert used["dispatch-full-score"]["value"] == "90"
    assert approval["interpretations"]["set_by_office"] == {"dispatch-full-score": "90"}
    assert set(approval["interpretations"]["in_force"]) == set(used)
    assert approval["interpretations"]["see"] == "score.json#/interpretations"
    assert (
        info["EvalDesk-Interpretations"]
        == f"{len(used)} in force, 1 set by the office, 0 suggested"
    )


def test_a_heads_override_is_printed_in_the_pdf(office: Office, tmp_path: Path) -> None:
    conn = sqlite3.connect(office.data_dir / "evaldesk.sqlite3")
    with conn:
        conn.execute("UPDATE office SET name = '改过的名字'")
    conn.close()
    with pytest.raises(CheckFailed):
        export(office, tmp_path / "p.zip")
    with pytest.raises(PermissionDenied):
        export(office, tmp_path / "p.zip", override_reason="经核实无误")  # a clerk may not
    export(office, tmp_path / "p.zip", actor=office.head, override_reason="经核实无误")
    _info, approval, _score, pages = read_package(tmp_path / "p.zip")
    assert approval["check_override"]["reason"] == "经核实无误"
    assert approval["check_override"]["by"] == "head名"
    text = flat("\n".join(pages))
    assert "（四）数据核对例外" in text
    assert "负责人head名于" in text and "决定照此导出，理由：经核实无误" in text
    assert "核对发现的问题" in text


def test_resolving_a_comment_is_audited_checked_and_locked_with_the_year(
    office: Office,
) -> None:
    o = office
    comment = review.add_comment(o.store, o.head, YEAR, "一.1", "请补充")
    with pytest.raises(PermissionDenied):
        review.resolve_comment(o.store, o.clerk, YEAR, comment.id)
    done = review.resolve_comment(o.store, o.head, YEAR, comment.id)
    assert done.resolved and done.resolved_by == "user:head"
    assert review.open_comments(o.store, YEAR) == []
    assert [r.action for r in o.store.audit.rows(limit=1)] == ["comment.resolve"]
    again = review.resolve_comment(o.store, o.head, YEAR, comment.id, resolved=False)
    assert not again.resolved
    review.resolve_comment(o.store, o.head, YEAR, comment.id)
    assert check(o.data_dir).ok
    with pytest.raises(InputError):
        review.resolve_comment(o.store, o.head, YEAR, 9999)
    approvals.approve(o.store, o.head, YEAR, 0, "")
    with pytest.raises(Locked):
        review.resolve_comment(o.store, o.head, YEAR, comment.id, resolved=False)

    # resolved (or reopened) outside EvalDesk: check names the comment
    conn = sqlite3.connect(o.data_dir / "evaldesk.sqlite3")
    with conn:
        conn.execute("UPDATE comments SET resolved_at = NULL, resolved_by = NULL")
    conn.close()
    report = check(o.data_dir)
    assert not report.ok
    assert any(
        "review comment" in p.text("en") and str(comment.id) in p.text("en")
        for p in report.problems
    )


def test_open_points_list_what_the_year_still_lacks(office: Office) -> None:
    o = office
    review.add_comment(o.store, o.head, YEAR, "一.1", "请补充")
    points = approvals.open_points(o.store, YEAR)
    assert {i.code for i in points.unassessed} >= {"一.1"}
    assert {i.code for i in points.missing_evidence} >= {"一.1"}
    assert [c.text for c in points.open_comments] == ["请补充"]
    assert points.suggested == ()
    assert points.count == (len(points.unassessed) + len(points.missing_evidence) + 1)


def test_verify_names_a_status_that_disagrees_with_the_record(
    make_snapshot, signing_key, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A package whose bag-info says final while approval.json and the PDF say draft (made by
    a faulty or forging writer holding the key) is not intact."""
    from evaldesk.export import approval, package
    from evaldesk.export.verify import verify_package

    real = approval.bag_info_fields

    def claims_final(review_: Any, report: Any) -> Any:
        for label, value in real(review_, report):
            yield label, approval.STATUS_TEXT["final"] if label == approval.STATUS_FIELD else value

    monkeypatch.setattr(approval, "bag_info_fields", claims_final)
    out = tmp_path / "forged.zip"
    package.export_package(make_snapshot(), out, signing_key)
    result = verify_package(out)
    assert not result.intact and result.draft is False
    codes = {(p.code, p.path) for p in result.problems}
    assert ("approval-mismatch", "data/approval.json") in codes
    assert ("approval-mismatch", "data/report.pdf") in codes


def test_a_release_package_has_no_approval_record_and_still_verifies(tmp_path: Path) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1.0"
    package = fixtures / "hunan-rsxczx-2021" / "package.zip"
    shutil.copy(package, tmp_path / "old.zip")
    answer = verify(tmp_path / "old.zip", "--json")
    assert answer.returncode == 0
    data = json.loads(answer.stdout)
    assert data["draft"] is None and data["approval"] is None
    assert data["checks"]["approval"] == "skipped"
    text = verify(tmp_path / "old.zip").stdout
    assert "approval: a format 1 package does not record its approval (draft or final)" in text
    chinese = verify(tmp_path / "old.zip", lang="zh")
    assert chinese.returncode == 0
    assert "审核状态：格式 1 的报送包不记录审核情况（草稿或定稿）" in chinese.stdout
    assert "草稿：" not in chinese.stdout and "定稿：" not in chinese.stdout


def test_a_rubric_imported_from_a_table_keeps_the_package_a_draft(
    data_dir: Path, tmp_path: Path
) -> None:
    """Issue 20 with issue 15: every rule an import suggests is a `suggested` interpretation
    until someone confirms it, so the year's package cannot be final, even once approved."""
    from evaldesk.rubrics.authoring import write_yaml
    from evaldesk.rubrics.importing import import_table
    from evaldesk.rubrics.importing.table_out import write_xlsx
    from evaldesk.rubrics.loader import load_file

    table = tmp_path / "细则.xlsx"
    write_xlsx(load_file(Path(SMALL_RUBRIC)).rubric, table)
    draft = import_table(table, rubric_id_="imported-small")
    assert draft.ok and draft.loaded is not None, [e.text("en") for e in draft.errors]
    imported = tmp_path / "imported.yaml"
    write_yaml(draft.loaded.rubric, imported)
    o = make_office(data_dir, str(imported))
    try:
        approvals.approve(o.store, o.head, YEAR, 0, "同意")
        with pytest.raises(InputError):
            export(o, tmp_path / "f.zip", final=True)
        result = export(o, tmp_path / "d.zip")
    finally:
        o.store.close()
    assert [m.key for m in result.draft_reasons] == ["package.draft.suggested"]
    info, approval, _score, _pages = read_package(tmp_path / "d.zip")
    assert info["EvalDesk-Status"] == "draft 草稿"
    assert approval["interpretations"]["suggested"]
