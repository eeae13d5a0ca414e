"""Original names become safe file names only when they must (exports, "save as")."""

from __future__ import annotations

import pytest

from evaldesk.errors import InputError
from evaldesk.store.names import clean_original_name, safe_filename


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("会议纪要.pdf", "会议纪要.pdf"),
        ('a<b>c:d"e/f\\g|h?i*j.png', "a_b_c_d_e_f_g_h_i_j.png"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("NUL.tar.gz", "_NUL.tar.gz"),
        ("COM1.jpg", "_COM1.jpg"),
        ("LPT9", "_LPT9"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("报告. . .", "报告"),
        ("..", "file"),
        ("", "file"),
        ("tab\there", "tab_here"),
    ],
)
def test_safe_filename(name: str, safe: str) -> None:
    assert safe_filename(name) == safe


def test_long_chinese_names_fit_in_bytes_and_keep_the_extension() -> None:
    name = "长" * 300 + ".pdf"
    safe = safe_filename(name)
    assert safe.endswith(".pdf")
    assert len(safe.encode("utf-8")) <= 180
    assert safe.startswith("长" * 50)


def test_original_names_are_kept_except_control_characters() -> None:
    assert clean_original_name("  CON  ") == "CON"
    assert clean_original_name("a\x00b\x07c.pdf") == "abc.pdf"
    assert clean_original_name("e\u0301.pdf") == "\u00e9.pdf"  # NFC
    with pytest.raises(InputError) as err:
        clean_original_name(" \t ")
    assert err.value.msg.key == "evidence_file.no_name"
