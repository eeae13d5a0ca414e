"""Translations: Chinese by default, English on request and at run time, every string in the
.ts translated, and a pseudo-translation (longer strings) that must not clip the window."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from evaldesk.ui import i18n
from evaldesk.ui import settings as cfg
from evaldesk.ui.app import AppController

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_translations  # noqa: E402


@pytest.fixture
def signed_in(demo, monkeypatch):
    monkeypatch.setenv("EVALDESK_AUTOLOGIN", "clerk")
    monkeypatch.setenv("EVALDESK_AUTOLOGIN_PASSWORD", demo.passwords["clerk"])
    started: list[AppController] = []

    def start(lang: str) -> AppController:
        i18n.install(lang)
        controller = AppController(demo.folder, cfg.Settings(), lang)
        assert controller.start()
        assert controller.wait_loaded()
        started.append(controller)
        return controller

    yield start
    for controller in started:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()
    i18n.install("en")


def _nav(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_chinese_by_default_and_english_after_a_switch(signed_in, qtbot):
    assert i18n.normalise(None) == "zh_CN"
    controller = signed_in(i18n.DEFAULT)
    window = controller.window
    assert _nav(window) == ["自评", "台账", "季度调度", "佐证资料", "审核", "解释口径", "导出"]
    assert (
        window.view("rubric").filter_buttons["losing"].text() == "失分项(&P)"
    )  # with its access key
    window.show_view("review")
    controller.switch_language("en")
    english = controller.window
    assert english is not window
    assert _nav(english) == [
        "Self-assessment", "Ledger", "Quarterly dispatch", "Evidence", "Review",
        "Interpretations", "Export",
    ]  # fmt: skip
    assert english.current_key() == "review"  # the same place, in the other language
    assert english.view("rubric").filter_buttons["losing"].text() == "Losing &points"
    assert cfg.Settings().get(cfg.LANGUAGE) == "en"  # remembered for the next start


def test_every_string_of_the_interface_is_translated(tmp_path):
    """lupdate over evaldesk/ui finds no string missing from the .ts, and none unfinished."""
    ts = tmp_path / "check_zh_CN.ts"
    shutil.copy(i18n.ts_path("zh_CN"), ts)
    build_translations.update(ts)
    assert build_translations.problems(ts) == []
    sources = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    assert "Losing &points" in sources and "{n} items" in sources


def _pseudo_ts(source: Path, target: Path) -> None:
    """Every translation replaced by its English source made 40% longer (placeholders kept)."""
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        pseudo = f"[{text}{'~' * max(2, len(text) * 2 // 5)}]"
        forms = translation.findall("numerusform")  # a %n message: text only in its forms
        for form in forms:
            form.text = pseudo
        if not forms:
            translation.text = pseudo
    tree.write(target, encoding="utf-8", xml_declaration=True)


def test_pseudo_translation_does_not_clip_the_window(signed_in, tmp_path, qtbot, monkeypatch):
    pseudo = tmp_path / "evaldesk_zh_CN.ts"
    _pseudo_ts(i18n.ts_path("zh_CN"), pseudo)
    subprocess.run(
        [build_translations.tool("pyside6-lrelease"), "-silent", str(pseudo)], check=True
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    controller = signed_in("zh_CN")
    window = controller.window
    assert window.nav.item(0).text().startswith("[Self-assessment~")
    for key in ("rubric", "review"):
        window.show_view(key)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    # A laptop screen still holds the whole window with 40% longer strings.
    assert window.minimumSizeHint().width() <= 1366
    clipped = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not widget.isVisibleTo(window) or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        needed = widget.minimumSizeHint().width()
        if widget.width() + 1 < needed:
            clipped.append((widget.objectName() or type(widget).__name__, widget.text()))
    assert clipped == []
    # the navigation shows the longest pseudo title whole
    nav = window.nav
    widest = max(
        nav.fontMetrics().horizontalAdvance(nav.item(i).text()) for i in range(nav.count())
    )
    assert widest <= nav.viewport().width()
