"""`evaldesk export` on a real demo office, checked by `evaldesk verify`, bagit-python and openssl."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery staple"


def cli(*args: str, env: dict[str, str] | None = None, stdin: int | None = subprocess.DEVNULL):
    return subprocess.run(
        [sys.executable, "-m", "evaldesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        stdin=stdin,
    )


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("export-e2e") / "office"
    made = cli("demo", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    year = json.loads(cli("score", "--data-dir", str(folder), "--json").stdout)["year"]
    return folder, year


@pytest.fixture(scope="module")
def package(office: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder, year = office
    out = tmp_path_factory.mktemp("pkg") / f"怀化市-{year}.zip"
    done = cli(
        "export",
        "--data-dir",
        str(folder),
        "--year",
        str(year),
        "--out",
        str(out),
        env={"EVALDESK_PASSPHRASE": PASSPHRASE},
    )
    assert done.returncode == 0, done.stderr
    assert "package id" in done.stdout
    return out


def test_package_verifies_with_evaldesk(package: Path) -> None:
    checked = cli("verify", str(package), "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert json.loads(checked.stdout)["valid"] is True


def test_package_verifies_with_outside_tools(package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(package) as zf:
        zf.extractall(tmp_path)
    (bag,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    valid = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(bag)], capture_output=True, text=True
    )
    assert valid.returncode == 0, valid.stderr
    if shutil.which("openssl"):
        pem = next(bag.glob("*.pem"))
        sig = subprocess.run(
            [
                "openssl",
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                str(pem),
                "-rawin",
                "-in",
                str(bag / "tagmanifest-sha256.txt"),
                "-sigfile",
                str(bag / "tagmanifest-sha256.txt.sig"),
            ],
            capture_output=True,
            text=True,
        )
        assert sig.returncode == 0 and "Verified Successfully" in sig.stdout


def test_package_score_matches_the_live_score(office: tuple[Path, int], package: Path) -> None:
    folder, _ = office
    live = json.loads(cli("score", "--data-dir", str(folder), "--json").stdout)
    with zipfile.ZipFile(package) as zf:
        name = next(n for n in zf.namelist() if n.endswith("data/score.json"))
        packed = json.loads(zf.read(name))
    assert packed["total"] == live["total"]
    assert packed["items"].keys() == live["items"].keys()
    # the demo's evidence travels in the package
    with zipfile.ZipFile(package) as zf:
        assert any("/data/evidence/" in n for n in zf.namelist())


def test_the_score_table_keeps_several_items_a_page(package: Path, tmp_path: Path) -> None:
    """湖南's 内容 and 评分标准 are long: the turned score table must still hold a readable
    number of items per page (at 五号 in the old widths it was about two), with every item there."""
    with zipfile.ZipFile(package) as zf:
        name = next(n for n in zf.namelist() if n.endswith("data/report.pdf"))
        (tmp_path / "report.pdf").write_bytes(zf.read(name))
        items = json.loads(zf.read(name.replace("report.pdf", "score.json")))["items"]
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(tmp_path / "report.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    sizes = [line.split(":", 1)[1] for line in info.splitlines() if " size:" in line]
    turned = [n + 1 for n, size in enumerate(sizes) if size.strip().startswith("841.89 x 595")]
    assert turned == list(range(turned[0], turned[-1] + 1))  # one run of landscape pages
    text = subprocess.run(
        [
            "pdftotext",
            "-f",
            str(turned[0]),
            "-l",
            str(turned[-1]),
            str(tmp_path / "report.pdf"),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.replace(" ", "")
    assert all(code in text for code in items)
    assert len(items) / len(turned) >= 4, (len(items), len(turned))


def test_export_is_recorded_in_the_audit_log(office: tuple[Path, int], package: Path) -> None:
    from evaldesk.store import open_store

    folder, _ = office
    with open_store(folder) as store:
        rows = [r for r in store.audit.rows() if r.action == "export"]
    assert rows and rows[-1].new["file"] == package.name


def test_no_passphrase_and_no_terminal_exits_2(office: tuple[Path, int], tmp_path: Path) -> None:
    folder, year = office
    env = {k: v for k, v in os.environ.items() if k != "EVALDESK_PASSPHRASE"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "evaldesk",
            "export",
            "--data-dir",
            str(folder),
            "--year",
            str(year),
            "--out",
            str(tmp_path / "p.zip"),
        ],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert "EVALDESK_PASSPHRASE" in done.stderr
    assert not (tmp_path / "p.zip").exists()


def test_wrong_passphrase_leaves_nothing(
    office: tuple[Path, int], package: Path, tmp_path: Path
) -> None:
    folder, year = office
    out = tmp_path / "again.zip"
    done = cli(
        "export",
        "--data-dir",
        str(folder),
        "--year",
        str(year),
        "--out",
        str(out),
        env={"EVALDESK_PASSPHRASE": "wrong passphrase"},
    )
    assert done.returncode == 2, done.stderr
    assert "passphrase" in done.stderr.lower()
    assert list(tmp_path.iterdir()) == []
