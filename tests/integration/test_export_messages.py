"""The export's refusals and findings are catalog messages, worded in both languages (issue 13):
the tag-file and key-rotation parsers, the signing key, the snapshot's problems, the report's
font warnings; a malformed tag file reaches `verify --json` as a nested message object."""

from __future__ import annotations

import dataclasses
import json
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest

from evaldesk.cli import main
from evaldesk.errors import InputError
from evaldesk.export import bag, keys, rotation
from evaldesk.export.snapshot import Office
from evaldesk.export.verify import verify_package
from evaldesk.export.zipdet import zip_info
from evaldesk.messages import Message

HAN = re.compile(r"[\u4e00-\u9fff]")


def both(message: Message) -> tuple[str, str]:
    """The Chinese and the English text; the Chinese has Han characters, the English none."""
    zh, en = message.text("zh"), message.text("en")
    assert HAN.search(zh), zh
    assert not HAN.search(en), en
    return zh, en


@pytest.mark.parametrize(
    ("data", "key", "line"),
    [
        (b"  folded before any label\n", "bag.continuation", "1"),
        (b"Source-Organization: x\nno colon here\n", "bag.not_label", "2"),
    ],
)
def test_a_bad_bag_info_line_is_a_message_naming_file_and_line(
    data: bytes, key: str, line: str
) -> None:
    with pytest.raises(bag.BagFormatError) as err:
        bag.parse_bag_info(data)
    assert err.value.msg.key == key
    zh, en = both(err.value.msg)
    assert zh.startswith(f"bag-info.txt 第 {line} 行：")
    assert en.startswith(f"bag-info.txt line {line}: ")
    assert str(err.value) == en  # the integration tests run in English


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b"only-one-part\n", "bag.not_manifest_line"),
        (b"abc data/x\n", "bag.not_digest"),
        (("0" * 64 + " ../x\n").encode(), "bag.unsafe_path"),
    ],
)
def test_a_bad_manifest_line_is_a_message(data: bytes, key: str) -> None:
    with pytest.raises(bag.BagFormatError) as err:
        bag.parse_manifest(data, bag.MANIFEST)
    assert err.value.msg.key == key
    zh, _ = both(err.value.msg)
    assert zh.startswith("manifest-sha256.txt 第 1 行：")


def test_a_bad_rotation_statement_is_a_message() -> None:
    cases = {
        b"\xff": "rotation.not_utf8",
        b"not a header\n": "rotation.no_header",
        f"{rotation.HEADER}\nDate: 2026-12-04\n".encode(): "rotation.missing",
    }
    for data, key in cases.items():
        with pytest.raises(rotation.RotationError) as err:
            rotation.parse_chain(data)
        assert err.value.msg.key == key
        both(err.value.msg)
    # the missing fields are listed the way each language lists
    assert "Old-Key、New-Key" in err.value.msg.text("zh")
    assert "Old-Key, New-Key" in err.value.msg.text("en")


def test_the_passphrase_refusals_are_messages(tmp_path: Path) -> None:
    class NoTty:
        def isatty(self) -> bool:
            return False

    with pytest.raises(InputError) as err:
        keys.passphrase_from_cli(None, creating=True, env={}, stdin=NoTty())  # type: ignore[arg-type]
    assert err.value.msg.key == "keys.no_terminal"
    zh, en = both(err.value.msg)
    assert keys.PASSPHRASE_ENV in zh and keys.PASSPHRASE_ENV in en
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        keys.passphrase_from_cli(empty, creating=False, env={}, stdin=NoTty())  # type: ignore[arg-type]
    assert err.value.msg.key == "keys.passphrase_empty"
    both(err.value.msg)


def test_a_wrong_passphrase_names_the_key_file_in_its_hint(tmp_path: Path) -> None:
    keys.load_or_create(tmp_path, b"the right passphrase")
    with pytest.raises(InputError) as err:
        keys.load_private(keys.private_key_path(tmp_path), b"a wrong passphrase")
    assert err.value.msg.key == "keys.wrong_passphrase"
    assert err.value.hint_msg is not None
    zh, _ = both(err.value.hint_msg)
    assert str(keys.private_key_path(tmp_path)) in zh


def test_an_unexportable_snapshot_says_every_problem(make_snapshot) -> None:
    snapshot = make_snapshot()
    broken = dataclasses.replace(
        snapshot,
        office=dataclasses.replace(snapshot.office, name=" "),
        year=20245,
        ledger=(dataclasses.replace(snapshot.ledger[0], item_code="九.9"), *snapshot.ledger[1:]),
    )
    assert isinstance(broken.office, Office)
    problems = broken.problems()
    assert [p.key for p in problems] == [
        "export.no_office_name",
        "export.bad_year",
        "export.ledger_unknown_item",
    ]
    with pytest.raises(InputError) as err:
        broken.check()
    assert err.value.msg.key == "export.cannot_export"
    zh, _ = both(err.value.msg)
    assert zh.startswith("无法导出：单位没有名称")
    assert err.value.hint_msg is not None
    hint_zh, hint_en = err.value.hint_msg.text("zh"), err.value.hint_msg.text("en")
    assert hint_zh.startswith("年度 20245 不是四位数的年份；台账事项")
    assert hint_en.startswith("year 20245 is not a four-digit year; ledger entry")


def test_a_malformed_bag_info_reaches_verify_json_as_a_message(
    exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with zipfile.ZipFile(exported.path) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    name = next(n for n in entries if n.endswith("/bag-info.txt"))
    entries[name] = b"no colon here\n" + entries[name]
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for arcname, data in entries.items():
            zf.writestr(zip_info(arcname, date(2025, 1, 15), compress=True), data)
    report = verify_package(path)
    (problem,) = [p for p in report.problems if p.code == "bad-tag-file"]
    assert problem.message.args["detail"].key == "bag.not_label"
    assert main(["verify", str(path), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    (found,) = [p for p in out["problems"] if p["code"] == "bad-tag-file"]
    assert found["args"]["detail"]["key"] == "bag.not_label"
    assert found["args"]["detail"]["args"] == {"file": "bag-info.txt", "line": 1}
    assert found["text"] == "bag-info.txt 第 1 行：应为“标签: 值”"  # Chinese whatever the locale
