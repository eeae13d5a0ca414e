"""Safe evidence names: what Windows and BagIt would refuse never reaches the package."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from evaldesk.export.names import MAX_NAME, safe_component, unique_name


def test_windows_forbidden_and_reserved_names() -> None:
    assert safe_component("会议纪要:第1次?.docx") == "会议纪要_第1次_.docx"
    assert safe_component("CON") == "_CON"
    assert safe_component("con.txt") == "_con.txt"
    assert safe_component("LPT1.tar.gz") == "_LPT1.tar.gz"
    assert safe_component("CONSOLE.txt") == "CONSOLE.txt"
    assert safe_component("report. ") == "report"
    assert safe_component("..") == "file"
    assert safe_component("50%.pdf") == "50_.pdf"  # BagIt manifests would need %25
    assert safe_component("a\u202egpj.exe") == "a_gpj.exe"  # bidi override: a name that lies
    assert safe_component("line\nbreak") == "line_break"


def test_names_are_nfc() -> None:
    assert safe_component("Cafe\u0301.jpg") == "Caf\u00e9.jpg"


def test_long_names_keep_their_extension() -> None:
    name = safe_component("很长的文件名" * 30 + ".pdf")
    assert len(name) <= MAX_NAME and name.endswith(".pdf")


def test_unique_ignores_case() -> None:
    taken: set[str] = set()
    assert unique_name("照片.JPG", taken) == "照片.JPG"
    assert unique_name("照片.jpg", taken) == "照片 (2).jpg"
    assert unique_name("照片.jpg", taken) == "照片 (3).jpg"


@given(st.text(min_size=0, max_size=120))
def test_any_name_becomes_safe(name: str) -> None:
    safe = safe_component(name)
    assert safe and len(safe) <= MAX_NAME
    assert not set(safe) & set('<>:"/\\|?*%')
    assert all(ord(c) >= 32 for c in safe)
    assert not safe.endswith((".", " "))
    assert safe.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}
