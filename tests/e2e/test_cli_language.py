"""The command line answers in the locale's language, and ``--lang`` forces one (issue 13).

Real subprocesses, as a clerk runs them: ``LANG=zh_CN.UTF-8 evaldesk ...`` answers in Chinese,
``LANG=C.UTF-8`` in English — argparse's own usage errors and help included. Each check names
words of one language and makes sure the other language's words are absent, so a message left
untranslated, or translated only once, fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ZH = "zh_CN.UTF-8"
EN = "C.UTF-8"

#: A built-in rubric that loads without a warning, and a file with three mistakes.
GOOD = Path(__file__).resolve().parents[2] / "evaldesk/rubrics/data/zhongnong-dingdian-2021.yaml"
BAD = """\
id: broken
title: 坏的细则
sections:
  - code: 一
    items:
      - {code: 一.1, rules: [{kind: per_count}]}
"""


def cli(locale: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    done = subprocess.run(
        [sys.executable, "-m", "evaldesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "LANG": locale},
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done


# --------------------------------------------------------------------------- usage errors

USAGE_ERRORS = [
    # (arguments, Chinese words, English words)
    (["score", "--year", "x"], "参数 --year：“x”不是年份", "argument --year: 'x' is not a year"),
    (["export", "--year", "2024"], "缺少必需的参数：--out", "the following arguments are required: --out"),
    (["frobnicate"], "无效的选择：'frobnicate'（可选：", "invalid choice: 'frobnicate' (choose from"),
    (["check", "--bogus"], "无法识别的参数：--bogus", "unrecognized arguments: --bogus"),
    (["rubrics"], "缺少必需的参数：ACTION", "the following arguments are required: ACTION"),
    (["demo", "--data-dir"], "参数 --data-dir：需要一个值", "argument --data-dir: expected one argument"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "chinese", "english"), USAGE_ERRORS, ids=lambda a: str(a))
def test_usage_errors_answer_in_the_locales_language(
    args: list[str], chinese: str, english: str
) -> None:
    zh = cli(ZH, *args)
    assert zh.returncode == 2
    assert chinese in zh.stderr and zh.stderr.startswith("用法：evaldesk")
    assert "：错误：" in zh.stderr
    assert english not in zh.stderr and "usage:" not in zh.stderr and "error:" not in zh.stderr
    en = cli(EN, *args)
    assert en.returncode == 2
    assert english in en.stderr and en.stderr.startswith("usage: evaldesk")
    assert chinese not in en.stderr and "用法" not in en.stderr


def test_lang_forces_the_language_wherever_it_stands() -> None:
    wrong = ["score", "--year", "x"]
    assert "'x' is not a year" in cli(ZH, "--lang", "en", *wrong).stderr
    assert "'x' is not a year" in cli(ZH, *wrong, "--lang", "en").stderr
    assert "“x”不是年份" in cli(EN, "--lang=zh", *wrong).stderr
    assert "“x”不是年份" in cli(EN, "score", "--lang", "zh", "--year", "x").stderr
    given = cli(EN, "score", "--lang", "zh")  # accepted after the subcommand too
    assert given.returncode == 2 and given.stderr.startswith("evaldesk：请给出 --rubric ID")


def test_help_is_worded_in_both_languages() -> None:
    zh = cli(ZH, "demo", "--help")
    assert zh.returncode == 0 and zh.stdout.startswith("用法：evaldesk demo")
    assert (
        "显示此帮助信息并退出" in zh.stdout and "考核年度（默认：上一年，完整的一年）" in zh.stdout
    )
    assert "assessment year" not in zh.stdout
    en = cli(EN, "demo", "--help")
    assert en.returncode == 0 and en.stdout.startswith("usage: evaldesk demo")
    assert "show this help message and exit" in en.stdout
    assert "assessment year (default: last year, a full year)" in en.stdout
    top = cli(ZH, "--help").stdout
    assert (
        "计算自评得分并说明依据" in top and "在空的数据文件夹中创建一个带示例数据的演示单位" in top
    )


# --------------------------------------------------------------------------- demo, check, backup


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """One demo office made under each locale, with what `evaldesk demo` printed."""
    made = {}
    for locale in (ZH, EN):
        folder = tmp_path_factory.mktemp("demo") / "data"
        done = cli(locale, "demo", "--data-dir", str(folder), "--year", "2024")
        assert done.returncode == 0, done.stderr
        made[locale] = (folder, done.stdout)
    return made


def test_demo_says_what_it_made_in_the_locales_language(
    demos: dict[str, tuple[Path, str]],
) -> None:
    folder, zh = demos[ZH]
    assert zh.startswith(f"演示单位已创建：{folder}\n")
    assert "— 2024年，湖南省人社领域乡村振兴工作评估办法" in zh
    assert "台账事项：150件（逾期：" in zh and "实时得分：" in zh
    assert "账户（密码只显示这一次，请记下来）：" in zh
    roles = [line.split()[0] for line in zh.splitlines() if line.startswith("  ")][2:]
    assert roles == ["管理员", "负责人", "经办人", "经办人"]
    assert "demo office created" not in zh and "accounts" not in zh
    folder, en = demos[EN]
    assert en.startswith(f"demo office created in {folder}\n")
    assert "— 2024, 湖南省人社领域乡村振兴工作评估办法" in en
    assert "ledger entries: 150 (overdue: " in en and "live score: " in en
    assert "accounts (the passwords are shown only this once; write them down):" in en
    roles = [line.split()[0] for line in en.splitlines() if line.startswith("  ")][2:]
    assert roles == ["admin", "head", "clerk", "clerk"]
    assert "演示单位" not in en and "账户" not in en


def test_demo_refusals_answer_in_the_locales_language(
    demos: dict[str, tuple[Path, str]], tmp_path: Path
) -> None:
    folder = demos[ZH][0]
    zh = cli(ZH, "demo", "--data-dir", str(folder))
    assert zh.returncode == 2
    assert (
        zh.stderr
        == f"evaldesk：{folder}中已有 EvalDesk 单位数据；请选择一个空文件夹（未做任何修改）\n"
    )
    en = cli(EN, "demo", "--data-dir", str(folder))
    assert en.returncode == 2
    assert en.stderr == (
        f"evaldesk: {folder} already holds an EvalDesk office; choose an empty folder "
        "(nothing was changed)\n"
    )
    missing = cli(ZH, "demo", "--data-dir", str(tmp_path / "d"), "--rubric", "no-such")
    assert missing.returncode == 2
    assert missing.stderr.startswith(
        "evaldesk：演示单位需要考核细则“no-such”，但此版本未包含该细则："
    )


def test_check_answers_in_the_locales_language(
    demos: dict[str, tuple[Path, str]], tmp_path: Path
) -> None:
    folder = demos[ZH][0]
    zh = cli(ZH, "check", "--data-dir", str(folder))
    assert zh.returncode == 0
    assert zh.stdout.startswith(f"正常：{folder}：数据库完好，") and "个佐证资料文件" in zh.stdout
    en = cli(EN, "check", "--data-dir", str(folder))
    assert en.returncode == 0
    assert en.stdout.startswith(f"ok: {folder}: database intact, audit chain of ")
    broken = tmp_path / "broken"
    shutil.copytree(folder, broken)
    victim = next(broken.glob("evidence/??/*"))
    victim.chmod(0o644)
    victim.write_bytes(b"changed")
    zh = cli(ZH, "check", "--data-dir", str(broken))
    assert zh.returncode == 1
    assert any(line.startswith("问题：") for line in zh.stdout.splitlines())
    assert re.fullmatch(rf"evaldesk：在{re.escape(str(broken))}中发现\d+个问题\n", zh.stderr)
    en = cli(EN, "check", "--data-dir", str(broken))
    assert en.returncode == 1
    assert any(line.startswith("problem: ") for line in en.stdout.splitlines())
    assert re.fullmatch(
        rf"evaldesk: \d+ problem\(s\) found in {re.escape(str(broken))}\n", en.stderr
    )


def test_check_names_each_problem_and_note_in_the_locales_language(
    demos: dict[str, tuple[Path, str]], tmp_path: Path
) -> None:
    folder = demos[ZH][0]
    zh = cli(ZH, "check", "--data-dir", str(folder)).stdout
    assert "注意：数据与审计日志一致：按审计日志重建的" in zh
    assert "note:" not in zh and "audit log" not in zh
    en = cli(EN, "check", "--data-dir", str(folder)).stdout
    assert "note: the data matches its audit log: the " in en
    assert "注意" not in en and "审计日志" not in en
    broken = tmp_path / "broken"
    shutil.copytree(folder, broken)
    victim = next(broken.glob("evidence/??/*"))
    victim.chmod(0o644)
    victim.write_bytes(b"changed")
    rel = victim.relative_to(broken).as_posix()
    zh = cli(ZH, "check", "--data-dir", str(broken)).stdout.splitlines()
    (problem,) = [line for line in zh if line.startswith("问题：")]
    assert problem.startswith("问题：佐证 #") and f"：文件 {rel} 被改动（其 SHA-256 现为" in problem
    assert problem.endswith("…）；请从备份恢复")
    assert not re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", problem)  # no English sentence in it
    en = cli(EN, "check", "--data-dir", str(broken)).stdout.splitlines()
    (problem,) = [line for line in en if line.startswith("problem: ")]
    assert problem.startswith("problem: evidence #")
    assert f": its file {rel} was altered (its SHA-256 is now " in problem
    assert "佐证" not in problem and "被改动" not in problem


def test_check_json_carries_message_objects_whatever_the_locale(
    demos: dict[str, tuple[Path, str]],
) -> None:
    folder = demos[EN][0]
    outputs = [
        json.loads(cli(locale, "check", "--data-dir", str(folder), "--json").stdout)
        for locale in (ZH, EN)
    ]
    assert outputs[0] == outputs[1]
    data = outputs[0]
    assert data["format"] == "evaldesk-check" and data["version"] == 2 and data["ok"] is True
    notes = {note["key"]: note for note in data["notes"]}
    assert notes["check.state.compared"]["text"].startswith("数据与审计日志一致")
    assert isinstance(notes["check.state.compared"]["args"]["rows"], int)


def test_store_refusals_answer_in_the_locales_language(tmp_path: Path) -> None:
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    zh = cli(ZH, "backup", "--data-dir", str(empty))
    assert zh.returncode == 2 and zh.stderr == f"evaldesk：{empty}中没有可备份的 EvalDesk 数据\n"
    en = cli(EN, "backup", "--data-dir", str(empty))
    assert en.returncode == 2
    assert en.stderr == f"evaldesk: there is no EvalDesk data in {empty} to back up\n"
    zh = cli(ZH, "check", "--data-dir", str(empty))
    assert zh.returncode == 1 and zh.stdout == f"问题：没有数据库 {empty / 'evaldesk.sqlite3'}\n"
    en = cli(EN, "check", "--data-dir", str(empty))
    assert en.returncode == 1
    assert en.stdout == f"problem: there is no database {empty / 'evaldesk.sqlite3'}\n"
    zh = cli(ZH, "restore", "--data-dir", str(empty), str(tmp_path / "无.zip"))
    assert zh.returncode == 2 and zh.stderr == f"evaldesk：{tmp_path / '无.zip'}：备份文件不存在\n"


def test_backup_answers_in_the_locales_language(
    demos: dict[str, tuple[Path, str]], tmp_path: Path
) -> None:
    folder = demos[EN][0]
    zh = cli(ZH, "backup", "--data-dir", str(folder), "--out", str(tmp_path / "a.zip"))
    assert zh.returncode == 0 and zh.stdout == f"备份已写入：{tmp_path / 'a.zip'}\n"
    en = cli(EN, "backup", "--data-dir", str(folder), "--out", str(tmp_path / "b.zip"))
    assert en.returncode == 0 and en.stdout == f"backup written: {tmp_path / 'b.zip'}\n"


# --------------------------------------------------------------------------- score


def test_score_answers_in_the_locales_language(tmp_path: Path) -> None:
    zh = cli(ZH, "score")
    assert zh.returncode == 2
    assert zh.stderr == (
        "evaldesk：请给出 --rubric ID --facts FACTS.json，或用 --data-dir DIR 为已保存的单位计分\n"
    )
    en = cli(EN, "score")
    assert en.returncode == 2
    assert en.stderr == (
        "evaldesk: give --rubric ID --facts FACTS.json, or --data-dir DIR to score a stored "
        "office\n"
    )
    missing = tmp_path / "facts.json"
    zh = cli(ZH, "score", "--rubric", "hunan-rsxczx-2021", "--facts", str(missing))
    assert zh.returncode == 2 and zh.stderr == f"evaldesk：{missing}：填报数据文件不存在\n"
    en = cli(EN, "score", "--rubric", "hunan-rsxczx-2021", "--facts", str(missing))
    assert en.returncode == 2 and en.stderr == f"evaldesk: {missing}: no such facts file\n"
    zh = cli(ZH, "score", "--facts", str(missing))
    assert zh.stderr == "evaldesk：--facts 需要同时给出 --rubric ID|FILE\n"


# --------------------------------------------------------------------------- rubrics


@pytest.fixture
def bad_rubric(tmp_path: Path) -> Path:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD, encoding="utf-8")
    return bad


def test_rubrics_validate_answers_in_the_locales_language(bad_rubric: Path) -> None:
    zh = cli(ZH, "rubrics", "validate", str(GOOD))
    assert zh.returncode == 0
    assert zh.stdout == (
        "正常：zhongnong-dingdian-2021 中央单位定点帮扶工作成效考核评价办法：5个部分，19个项目，"
        "0个警告\n"
    )
    en = cli(EN, "rubrics", "validate", str(GOOD))
    assert en.returncode == 0
    assert en.stdout == (
        "ok: zhongnong-dingdian-2021 中央单位定点帮扶工作成效考核评价办法: 5 sections, "
        "19 items, 0 warning(s)\n"
    )
    zh = cli(ZH, "rubrics", "validate", str(bad_rubric))
    assert zh.returncode == 1
    lines = zh.stdout.splitlines()
    assert len(lines) == 4 and all(line.startswith("错误：bad.yaml:") for line in lines[:3])
    assert lines[3] == "3个错误，考核细则未加载。"
    en = cli(EN, "rubrics", "validate", str(bad_rubric))
    assert en.returncode == 1
    lines = en.stdout.splitlines()
    assert len(lines) == 4 and all(line.startswith("error: bad.yaml:") for line in lines[:3])
    assert lines[3] == "3 error(s); the rubric was not loaded."


def test_rubrics_list_answers_in_the_locales_language() -> None:
    zh = cli(ZH, "rubrics", "list").stdout.splitlines()
    en = cli(EN, "rubrics", "list").stdout.splitlines()
    hunan_zh = next(line for line in zh if line.startswith("hunan-rsxczx-2021 "))
    hunan_en = next(line for line in en if line.startswith("hunan-rsxczx-2021 "))
    assert hunan_zh.endswith("（湘人社发〔2021〕46号）100分，24项")
    assert hunan_en.endswith(" (湘人社发〔2021〕46号) 100 points, 24 items")


def test_machine_output_carries_key_arguments_and_chinese_text_in_any_locale(
    bad_rubric: Path,
) -> None:
    outputs = [
        json.loads(cli(locale, "rubrics", "validate", str(bad_rubric), "--json").stdout)
        for locale in (ZH, EN)
    ]
    assert outputs[0] == outputs[1]  # the same whatever the language
    errors = outputs[0]["errors"]
    assert len(errors) == 3 and all({"key", "args", "text"} <= set(error) for error in errors)


# --------------------------------------------------------------------------- verify

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def packages(
    demos: dict[str, tuple[Path, str]], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path]:
    """A package exported from the demo office, and a copy whose score.json was changed."""
    folder = tmp_path_factory.mktemp("packages")
    package = folder / "怀化市-2024.zip"
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    args = ["--year", "2024", "--out", str(package)]
    done = subprocess.run(
        [sys.executable, "-m", "evaldesk", "export", "--data-dir", str(demos[EN][0]), *args],
        capture_output=True,
        text=True,
        env={**env, "LANG": EN, "EVALDESK_PASSPHRASE": PASSPHRASE},
        stdin=subprocess.DEVNULL,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    tampered = folder / "tampered.zip"
    with zipfile.ZipFile(package) as zin, zipfile.ZipFile(tampered, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith("/data/score.json"):
                data = data.replace(b'"version": 2', b'"version": 3', 1)
            zout.writestr(info, data)
    return package, tampered


def test_verify_answers_in_the_locales_language(packages: tuple[Path, Path]) -> None:
    package, _ = packages
    zh = cli(ZH, "verify", str(package))
    assert zh.returncode == 0
    lines = zh.stdout.splitlines()
    assert lines[0].startswith("报送包：怀化市") and "  压缩包安全　　通过" in lines
    assert "  备案公钥　　　未检查" in lines
    # the package was exported without the head's approval: a draft, said after the verdict
    assert (
        lines[-2]
        == f"{package}：完整，签名者未核实。请通过电话或公函与报送单位核对上面的签名公钥指纹"
    )
    assert lines[-1] == "注意：这是草稿（见上），不是正式报送材料"
    assert not re.search(r"\b(ok|skipped|intact|zip_safety|package|payload)\b", zh.stdout)
    en = cli(EN, "verify", str(package))
    assert en.returncode == 0
    lines = en.stdout.splitlines()
    assert lines[0].startswith("package: 怀化市") and "  zip_safety      ok" in lines
    assert "  expected_key    skipped" in lines
    assert lines[-2].startswith(f"{package}: intact, signer not verified. Compare the signing")
    assert "DRAFT" in lines[-1]
    assert not re.search("通过|未检查|报送包|载荷|签名", en.stdout)


def test_a_tampered_package_is_refused_in_the_locales_language(
    packages: tuple[Path, Path],
) -> None:
    _, tampered = packages
    zh = cli(ZH, "verify", str(tampered))
    assert zh.returncode == 1
    lines = zh.stdout.splitlines()
    assert "  哈希　　　　　不通过" in lines
    assert "不通过 [hash-mismatch] data/score.json：SHA-256 与清单不符：文件被改动过" in lines
    assert lines[-1] == f"{tampered}：发现 1 个问题，报送包不可采信"
    assert "FAILED" not in zh.stdout and "failed" not in zh.stdout
    en = cli(EN, "verify", str(tampered))
    assert en.returncode == 1
    lines = en.stdout.splitlines()
    assert "  hashes          failed" in lines
    assert (
        "FAILED [hash-mismatch] data/score.json: SHA-256 differs from the manifest: the file "
        "was changed" in lines
    )
    assert lines[-1] == f"{tampered}: 1 problem(s); the package must not be trusted"
    assert "不通过" not in en.stdout and "清单" not in en.stdout


def test_verify_json_and_help(packages: tuple[Path, Path]) -> None:
    _, tampered = packages
    zh, en = (json.loads(cli(loc, "verify", str(tampered), "--json").stdout) for loc in (ZH, EN))
    # A problem's "message" is in the answer's language (docs/package-format.md); the rest, its
    # key, arguments and Chinese text included, is the same whatever the locale.
    assert zh["problems"][0].pop("message") == "SHA-256 与清单不符：文件被改动过"
    assert (
        en["problems"][0].pop("message")
        == "SHA-256 differs from the manifest: the file was changed"
    )
    assert zh == en
    (problem,) = zh["problems"]
    assert problem["code"] == "hash-mismatch" and problem["key"] == "verify.hash.payload"
    assert problem["text"] == "SHA-256 与清单不符：文件被改动过"
    zh = cli(ZH, "verify", "--help").stdout
    assert "核验签名的报送包" not in zh  # the subcommand's own help shows its options
    assert "报送单位备案的公钥" in zh and "受信任的密钥：PEM 公钥或指纹" in zh
    assert "registered public key" not in zh
    en = cli(EN, "verify", "--help").stdout
    assert "the office's registered public key" in en and "备案" not in en
    top = cli(ZH, "--help").stdout
    assert "核验签名的报送包（zip 安全、BagIt 哈希、签名、签名者）" in top
    assert "本单位的签名密钥及其信任的密钥" in top
