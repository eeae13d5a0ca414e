"""The PDF report parsed back with poppler: text, fonts, page numbers, QR code, the report form."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from evaldesk.export.snapshot import FormData

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is not installed"
)


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def compact(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def report_pdf(exported, tmp_path_factory) -> Path:
    import zipfile

    folder = tmp_path_factory.mktemp("pdf")
    with zipfile.ZipFile(exported.path) as zf:
        name = next(n for n in zf.namelist() if n.endswith("data/report.pdf"))
        (folder / "report.pdf").write_bytes(zf.read(name))
    return folder / "report.pdf"


def test_report_text_is_extractable_chinese(report_pdf: Path, exported) -> None:
    text = compact(pdf_text(report_pdf))
    assert "靖州县人力资源和社会保障局" in text
    assert "湘人社发〔2021〕46号" in text
    # item wording from the rubric, the score and the reason of each deduction
    assert "成立人社领域乡村振兴工作领导小组" in text
    assert "未制定年度工作方案并及时报送，扣2分" in text
    assert "工作机制运行不畅，扣1分−1" in text
    assert "完成率每少一个百分点扣1分" in text and "−5（完成95%）" in text
    for header in ("项目", "内容", "分值", "评分标准", "自评分", "省厅初评分", "扣分原因", "佐证"):
        assert header in text
    assert "94分（满分100分），等次：优" in text
    assert "整改培训台账不规范问题" in text  # overdue ledger entry
    assert "逾期报送" in text  # dispatch summary
    assert "会议纪要:第1次?.docx" in text  # evidence index keeps the original name
    assert "评价组组长（签字）" in text and "部门（单位）负责人（签章）" in text
    assert exported.result.package_id in text
    assert exported.result.fingerprint.replace(" ", "") in text
    assert "WenQuanYi" in text or "STSong" in text  # the colophon names the font


def test_page_numbers_count_the_pages_after_the_cover(report_pdf: Path, exported) -> None:
    pages = pdf_text(report_pdf).split("\f")
    pages = [p for p in pages if p.strip()]
    total = exported.result.pages - 1
    assert "第 1 页" not in compact(pages[0])  # the cover carries no number
    for n, page in enumerate(pages[1:], start=1):
        assert f"第{n}页共{total}页" in compact(page)


def test_the_font_is_an_embedded_truetype_subset(report_pdf: Path) -> None:
    fonts = pdf_fonts(report_pdf)
    assert fonts, "no fonts listed"
    assert all(row[-5] == "yes" for row in fonts), fonts  # emb column: nothing left unembedded
    assert any("TrueType" in row for row in fonts)


def test_pages_are_a4_with_the_score_table_turned(report_pdf: Path) -> None:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(report_pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    sizes = [
        line.split(":", 1)[1].split("pts")[0].strip()
        for line in out.splitlines()
        if line.startswith("Page") and "size" in line
    ]
    assert sizes[0].startswith("595.276 x 841.89")
    assert any(s.startswith("841.89 x 595.276") for s in sizes)  # landscape score table


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools is not installed")
def test_cover_qr_code_holds_the_content_digest(report_pdf: Path, exported, tmp_path: Path) -> None:
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "150",
            "-f",
            "1",
            "-l",
            "1",
            str(report_pdf),
            str(tmp_path / "cover"),
        ],
        check=True,
    )
    (png,) = tmp_path.glob("cover*.png")
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=False
    ).stdout.strip()
    fields = out.split("|")
    assert fields[0] == "EVALDESK1"
    assert fields[1] == exported.result.package_id
    assert fields[2] == exported.result.content_digest
    assert fields[3] == exported.result.fingerprint.replace(" ", "")


def test_missing_fonts_fall_back_to_stsong_with_a_warning(
    make_snapshot, signing_key, tmp_path: Path
) -> None:
    from evaldesk.export.fonts import find_fonts
    from evaldesk.export.package import export_package

    empty = tmp_path / "no-fonts"
    empty.mkdir()
    kit = find_fonts(system=False, bundled_dir=empty)
    result = export_package(make_snapshot(), tmp_path / "pkg.zip", signing_key, fonts=kit)
    assert [w.key for w in result.warnings] == ["export.font_fallback"]
    assert all("STSong-Light" in result.warnings[0].text(lang) for lang in ("zh", "en"))
    assert "STSong-Light" in result.fonts


def test_a_bundled_font_is_used_when_the_system_has_none(make_snapshot, tmp_path: Path) -> None:
    from evaldesk.export.fonts import KNOWN_PATHS, find_fonts

    wqy = next((Path(p) for p in KNOWN_PATHS if Path(p).exists()), None)
    if wqy is None:
        pytest.skip("no WenQuanYi font to bundle")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy(wqy, bundle / "EvalDeskCJK.ttc")
    kit = find_fonts(system=False, bundled_dir=bundle)
    assert kit.face("body").file is not None
    assert kit.face("body").file.path.parent == bundle
    assert kit.warnings == []


def test_rare_characters_fall_back_per_character_or_are_reported(
    make_snapshot, signing_key, tmp_path: Path
) -> None:
    import zipfile

    from evaldesk.export.package import export_package
    from evaldesk.export.snapshot import Evaluator, SignOff

    # 𠮷 (CJK Extension B) is missing from most CJK fonts; ⚖ is missing from WenQuanYi but in DejaVu.
    snapshot = make_snapshot(
        signoff=SignOff((Evaluator("𠮷田一郎", "科员", "⚖法规股"),), leader="赵七")
    )
    result = export_package(snapshot, tmp_path / "pkg.zip", signing_key)
    with zipfile.ZipFile(result.path) as zf:
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(zf.read(next(n for n in zf.namelist() if n.endswith("report.pdf"))))
    text = compact(pdf_text(pdf))
    for ch in "𠮷⚖":
        reported = any(ch in w.text() for w in result.warnings)
        assert (ch in text) != reported, (
            f"{ch} must be printed by a fallback font or reported, not both"
        )
        if reported:
            assert "〓田一郎" in text or ch != "𠮷"
    if "⚖" in text:  # printed by a second embedded font
        assert len({row[0].split("+")[-1] for row in pdf_fonts(pdf)}) >= 2


REPORT_RUBRIC = """
id: test-report-form
title: 部门（单位）整体支出绩效评价自评报告
issuer: 靖州县财政局
kind: report
total: 100
grades: [{min: 90, grade: 优}, {min: 80, grade: 良}, {min: 60, grade: 中}, {min: 0, grade: 差}]
sections:
  - code: 产出
    title: 产出目标
    items:
      - code: 产出.质量
        title: 质量指标
        points: 50
        content: 指标1：享受人员就业率及准确率
        criteria: 职业培训补贴发放准确率为100%
        evidence_required: false
        rules: [{kind: manual, text: 评价组按完成情况评分}]
      - code: 产出.数量
        title: 数量指标
        points: 50
        content: 指标1：开发就业岗位鼓励吸纳就业
        criteria: LONG_TEXT
        evidence_required: false
        rules: [{kind: manual, text: 评价组按完成情况评分}]
form:
  profile:
    - {id: contact, label: 联系人}
    - {id: phone, label: 联络电话}
    - {id: quota, label: 人员编制, type: number}
    - {id: staff, label: 实有人数, type: number}
    - {id: duties, label: 职能职责概述, type: multiline}
  tables:
    - id: spending
      title: 部门（单位）年度支出和结余情况
      unit_label: 万元
      columns:
        - {id: total, title: 支出合计}
        - {id: basic, title: 基本支出}
        - {id: staff, title: 人员支出}
        - {id: public, title: 公用支出}
        - {id: project, title: 项目支出}
        - {id: balance, title: 当年结余}
      rows:
        - {id: bureau, title: 1、局机关}
        - {id: sub1, title: 2、二级机构1}
  checks:
    - {kind: sum, text: 支出合计=基本支出+项目支出, total: spending.bureau.total, parts: [spending.bureau.basic, spending.bureau.project]}
  signoff: [评价组组长（签字）, 部门（单位）意见：部门（单位）负责人（签章）, 财政部门归口业务科室意见：财政部门归口业务科室负责人（签章）]
"""


def test_report_template_lays_out_the_form(make_snapshot, signing_key, tmp_path: Path) -> None:
    import zipfile

    from evaldesk.export.package import export_package
    from evaldesk.rubrics.loader import load_text
    from evaldesk.scoring import facts_from_data, score
    from evaldesk.scoring.forms import check_form

    long_text = (
        "新增公益性岗位援助对象73名，完成政府补贴性职业技能培训1218人次。" * 60
    )  # > one page in its cell
    loaded = load_text(textwrap.dedent(REPORT_RUBRIC).replace("LONG_TEXT", long_text), "form.yaml")
    facts = facts_from_data({"items": {"产出.质量": {"score": 50}, "产出.数量": {"score": 48}}})
    facts_with_tables = facts_from_data(
        {
            "tables": {
                "spending": {"bureau": {"total": "1209.14", "basic": "708.61", "project": "500.53"}}
            }
        }
    )
    report = score(loaded.rubric, facts)
    form = FormData(
        profile={
            "contact": "舒海兰",
            "phone": "0745-8251787",
            "quota": "36",
            "staff": "40",
            "duties": "贯彻执行国家、省、市人力资源和社会保障方针政策和法律法规。",
        },
        tables={
            "spending": {
                "bureau": {
                    "total": Decimal("1209.14"),
                    "basic": Decimal("708.61"),
                    "staff": Decimal("445.69"),
                    "public": Decimal("262.92"),
                    "project": Decimal("500.53"),
                    "balance": Decimal("0"),
                }
            }
        },
    )
    snapshot = make_snapshot(
        rubric=loaded.rubric,
        facts={"items": {"产出.质量": {"score": 50}, "产出.数量": {"score": 48}}},
    )
    snapshot = dataclasses.replace(
        snapshot,
        rubric_sha256=loaded.sha256,
        report=report,
        form=form,
        form_checks=tuple(check_form(loaded.rubric, facts_with_tables)),
        ledger=(),
        dispatch=(),
        evidence=(),
    )
    snapshot = dataclasses.replace(
        snapshot, office=dataclasses.replace(snapshot.office, region="靖州县")
    )
    result = export_package(snapshot, tmp_path / "form.zip", signing_key)
    with zipfile.ZipFile(result.path) as zf:
        pdf = tmp_path / "form.pdf"
        pdf.write_bytes(zf.read(next(n for n in zf.namelist() if n.endswith("report.pdf"))))
    text = compact(pdf_text(pdf))
    assert "靖州县2024年度部门（单位）整体支出绩效评价自评报告" in text
    for expected in (
        "基本概况",
        "联系人",
        "舒海兰",
        "人员编制",
        "36",
        "职能职责概述",
        "部门（单位）年度支出和结余情况（万元）",
        "1、局机关",
        "1209.14",
        "708.61",
        "445.69",
        "500.53",
        "共核对1项：相符1项",
        "绩效自评综合得分",
        "98",
        "评价等次",
        "优",
        "财政部门归口业务科室负责人（签章）",
        "指标1：享受人员就业率及准确率",
    ):
        assert expected in text, expected
    # the long cell was carried over several pages, nothing lost (counted by a character that
    # only it has, because text extraction may interleave the columns of continued rows)
    assert text.count("援") == 60


def test_the_built_in_spending_report_with_its_source_figures(
    make_snapshot, signing_key, tmp_path: Path
) -> None:
    """The 002 template (靖州县2022年度部门整体支出绩效评价自评报告) filled with the source's own
    figures: the form's tables, indicators, checks and sign-off blocks come out in the PDF."""
    import json
    import zipfile

    from evaldesk.export.package import export_package
    from evaldesk.rubrics.registry import builtins
    from evaldesk.scoring import facts_from_data, score
    from evaldesk.scoring.forms import check_form

    loaded = builtins().get("dept-spending-selfeval")
    source = Path(__file__).resolve().parents[2] / "evaldesk/demo/data/jingzhou-2022-facts.json"
    assert loaded is not None
    facts = facts_from_data(json.loads(source.read_text(encoding="utf-8")))
    snapshot = dataclasses.replace(
        make_snapshot(),
        year=2022,
        rubric=loaded.rubric,
        rubric_sha256=loaded.sha256,
        report=score(loaded.rubric, facts),
        form=FormData.from_facts(facts),
        form_checks=tuple(check_form(loaded.rubric, facts)),
        ledger=(),
        dispatch=(),
        evidence=(),
    )
    result = export_package(snapshot, tmp_path / "jingzhou-2022.zip", signing_key)
    with zipfile.ZipFile(result.path) as zf:
        pdf = tmp_path / "jingzhou.pdf"
        pdf.write_bytes(zf.read(next(n for n in zf.namelist() if n.endswith("report.pdf"))))
    text = compact(pdf_text(pdf))
    for expected in (
        "靖州县2022年度部门（单位）整体支出绩效评价自评报告",
        "预算编码",
        "518",
        "职能职责概述",
        "年度收入情况（万元）",
        "1209.14",
        "708.61",
        "445.69",
        "262.92",
        "500.53",
        "7.5",
        "5.18",
        "2.32",
        "1534.99",
        "27.45",
        "22.6",
        "整体支出绩效定量目标及实施计划完成情况",
        "指标1：享受人员就业率及准确率",
        "评价组组长（签字）",
        "财政部门归口业务科室负责人（签章）",
        "舒海兰",
        "表内数据核对",
    ):
        assert expected in text, expected
    # every check a reader must look at is listed with its wording (differences, blanks)
    reported = [c for c in snapshot.form_checks if c.reported]
    assert reported, "the source's own figures have known rounding differences"
    assert f"共核对{len(snapshot.form_checks)}项" in text
    for check in reported:
        assert compact(check.wording.text("zh")) in text, check.wording.text("zh")
