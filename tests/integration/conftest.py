"""Fixtures for the store, services and export tests (store helpers live in storekit.py).

Export fixtures use a real rubric (inline YAML), a real score() result and evidence files on disk.
"""

from __future__ import annotations

import dataclasses
import hashlib
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from storekit import CHEAP_HASHER, Office, make_office

from evaldesk.services import users


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    """Catalog messages render in English here (the tests match the English wording)."""
    from evaldesk.messages import language, set_language

    before = language()
    set_language("en")
    yield
    set_language(before)


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2, cheap parameters: the tests hash many passwords."""
    monkeypatch.setattr(users, "_hasher", CHEAP_HASHER)


@pytest.fixture
def office(data_dir: Path) -> Iterator[Office]:
    made = make_office(data_dir)
    yield made
    made.store.close()


RUBRIC_YAML = """
id: test-export
title: 湖南省人社领域乡村振兴工作评估办法
issuer: 湖南省人力资源和社会保障厅
doc_number: 湘人社发〔2021〕46号
year: 2024
total: 100
columns:
  - {id: self, label: 自评分}
  - {id: initial, label: 省厅初评分}
  - {id: final, label: 省厅审定考核分}
parts:
  - {id: dispatch, title: 季度调度, weight: 0.4, points: 100}
  - {id: comprehensive, title: 综合评估, weight: 0.6, points: 100}
grades: [{min: 90, grade: 优}, {min: 80, grade: 良}, {min: 60, grade: 中}, {min: 0, grade: 差}]
sections:
  - code: 调度
    title: 季度调度
    part: dispatch
    points: 100
    items:
      - code: 调度.1
        title: 按时报送季度调度
        points: 50
        content: 每季度最后一个月25日前报送本季度工作推进情况
        criteria: 未按时报送的，每季度扣2分
        evidence_required: false
        rules:
          - {kind: per_count, text: 未按时报送的，每季度扣2分, points_each: 2, source: dispatch_not_on_time, unit_label: 季度}
      - code: 调度.2
        title: 台账事项按时办结
        points: 50
        content: 上级交办事项、督导发现问题按时办结销号
        criteria: 台账事项未及时落实的，每件扣2分
        evidence_required: false
        rules:
          - {kind: per_count, text: 台账事项未及时落实的，每件扣2分, points_each: 2, source: ledger_overdue, unit_label: 件}
  - code: 一
    title: 统筹推进
    part: comprehensive
    points: 100
    items:
      - code: 一.1
        title: 机制健全
        points: 60
        content: 成立人社领域乡村振兴工作领导小组，制定年度工作方案，明确责任部门和联络员
        criteria: 未制定年度工作方案并及时报送，扣2分；工作机制运行不畅，扣1分
        evidence: [年度工作方案, 领导小组文件]
        rules:
          - kind: checklist
            lines:
              - {id: "1", text: 未制定年度工作方案并及时报送，扣2分, deduct: 2}
              - {id: "2", text: 工作机制运行不畅，扣1分, deduct: 1}
      - code: 一.2
        title: 技能培训
        points: 40
        content: 开展脱贫劳动力职业技能培训，完成年度培训任务
        criteria: 完成率每少一个百分点扣1分
        rules:
          - {kind: shortfall, text: 完成率每少一个百分点扣1分, measure: completion_pct, target: 100, points_each: 1, step: 1}
"""

FACTS: dict[str, Any] = {
    "counts": {"dispatch_not_on_time": 1, "ledger_overdue": 2},
    "items": {"一.1": {"lines": {"1": "met", "2": "not_met"}}, "一.2": {"actual": 95}},
    "evidence": {"一.1": 3, "一.2": 1},
}

EVIDENCE_FILES = [
    # (original name, linked items, size) — names Windows would refuse or confuse on purpose
    ("年度工作方案.pdf", ("一.1",), 30_000),
    ("会议纪要:第1次?.docx", ("一.1",), 12_000),
    ("照片.JPG", ("一.1",), 20_000),
    ("照片.jpg", ("一.2",), 20_000),
    ("CON.txt", (), 5_000),
]


@pytest.fixture(scope="session")
def export_rubric():
    from evaldesk.rubrics.loader import load_text

    return load_text(textwrap.dedent(RUBRIC_YAML), "test-export.yaml")


@pytest.fixture(scope="session")
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def write_blob(folder: Path, data: bytes) -> tuple[Path, str]:
    digest = hashlib.sha256(data).hexdigest()
    path = folder / digest[:2] / digest
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path, digest


def snapshot_factory(folder: Path, loaded: Any):
    """``make(**changes)``: a complete snapshot; evidence blobs live under folder/blobs."""
    from evaldesk.export.snapshot import (
        DispatchRow,
        Evaluator,
        EvidenceFile,
        ExportSnapshot,
        LedgerRow,
        Office,
        SignOff,
    )
    from evaldesk.scoring import facts_from_data, score

    blobs = folder / "blobs"
    evidence = []
    for i, (name, items, size) in enumerate(EVIDENCE_FILES):
        seed = hashlib.sha256(f"{i}:{name}".encode()).digest()
        data = (seed * (size // len(seed) + 1))[:size]
        if name.endswith(".txt"):
            data = ("佐证说明文本。" * (size // 21 + 1)).encode()[:size]
        path, digest = write_blob(blobs, data)
        evidence.append(
            EvidenceFile(path, name, digest, len(data), "application/octet-stream", items, ())
        )

    def make(**changes: Any) -> Any:
        rubric = changes.pop("rubric", loaded.rubric)
        facts = facts_from_data(changes.pop("facts", FACTS))
        base = ExportSnapshot(
            office=Office(
                "靖州县人力资源和社会保障局", None, "湖南省怀化市靖州县", "舒海兰", "0745-8251787"
            ),
            year=2024,
            rubric=rubric,
            rubric_sha256=loaded.sha256,
            report=score(rubric, facts),
            export_date=date(2025, 1, 15),
            ledger=(
                LedgerRow(
                    "上级交办事项",
                    "落实脱贫劳动力就业帮扶",
                    "张三",
                    date(2024, 3, 1),
                    date(2024, 4, 30),
                    "已办结",
                    date(2024, 4, 20),
                    "一.1",
                    False,
                ),
                LedgerRow(
                    "督导发现问题",
                    "整改培训台账不规范问题",
                    "李四",
                    date(2024, 5, 8),
                    date(2024, 6, 30),
                    "已办结",
                    date(2024, 7, 12),
                    "一.2",
                    True,
                ),
                LedgerRow(
                    "群众反映问题",
                    "农民工工资拖欠投诉",
                    "王五",
                    date(2024, 9, 2),
                    date(2024, 9, 30),
                    "办理中",
                    None,
                    None,
                    True,
                ),
            ),
            dispatch=(
                DispatchRow(
                    1,
                    date(2024, 3, 25),
                    date(2024, 3, 20),
                    "on_time",
                    (
                        ("统筹推进", "召开领导小组会议1次，印发年度工作方案。"),
                        ("技能培训", "完成培训320人次。"),
                    ),
                ),
                DispatchRow(
                    2,
                    date(2024, 6, 25),
                    date(2024, 6, 28),
                    "late",
                    (("技能培训", "完成培训410人次。"),),
                ),
                DispatchRow(3, date(2024, 9, 25), date(2024, 9, 24), "on_time", ()),
                DispatchRow(
                    4,
                    date(2024, 12, 25),
                    date(2024, 12, 20),
                    "on_time",
                    (("统筹推进", "完成年度总结。"),),
                ),
            ),
            evidence=tuple(evidence),
            signoff=SignOff(
                (
                    Evaluator("舒海兰", "会计", "靖州县人社局"),
                    Evaluator("吴六", "股长", "靖州县人社局"),
                ),
                leader="赵七",
                filled_by="舒海兰",
                phone="0745-8251787",
            ),
        )
        return dataclasses.replace(base, **changes)

    return make


@pytest.fixture
def make_snapshot(tmp_path: Path, export_rubric):
    return snapshot_factory(tmp_path, export_rubric)


@dataclasses.dataclass
class Exported:
    path: Path
    result: Any
    snapshot: Any
    key: Ed25519PrivateKey


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory, export_rubric, signing_key) -> Exported:
    """One real package, exported once per test session (tests must not modify it)."""
    from evaldesk.export.package import export_package

    folder = tmp_path_factory.mktemp("exported")
    snapshot = snapshot_factory(folder, export_rubric)()
    out = folder / "out" / "靖州县人社局-2024.zip"
    out.parent.mkdir()
    result = export_package(snapshot, out, signing_key)
    return Exported(out, result, snapshot, signing_key)


@pytest.fixture
def unzip():
    """``unzip(package, dest)``: unpack with the standard library, return the bag folder."""
    import zipfile

    def run(path: Path, dest: Path) -> Path:
        with zipfile.ZipFile(path) as zf:
            zf.extractall(dest)
        (bag,) = [p for p in dest.iterdir() if p.is_dir()]
        return bag

    return run
