"""Row heights from wrapped text and A4 column widths (evaldesk/export/sheet_print.py)."""

from __future__ import annotations

from datetime import date

from evaldesk.export.sheet_print import A4_UNITS, LINE_PT, a4_widths, row_height, wrapped_lines


def test_cjk_characters_count_double_when_wrapping() -> None:
    assert wrapped_lines("a" * 19, 20) == 1
    assert wrapped_lines("a" * 20, 20) == 2
    assert wrapped_lines("汉" * 9, 20) == 1  # 18 units
    assert wrapped_lines("汉" * 10, 20) == 2  # 20 units: over the 19 a line holds
    assert wrapped_lines("一\n二\n\n三", 20) == 4  # a blank line still takes a line
    assert wrapped_lines(None, 5) == wrapped_lines(date(2025, 1, 1), 12) == 1


def test_the_tallest_cell_sets_the_row() -> None:
    one = row_height(["短"], [20])
    assert one >= 14  # at least Excel's line for 宋体 11 pt
    tall = row_height(["短", "汉" * 95], [20, 20])  # 190 units over 19 a line: 10 lines
    assert tall - one == 9 * LINE_PT
    assert row_height(["汉" * 10_000], [20]) == 409  # Excel's largest row


def test_widths_are_scaled_to_a4_only_when_too_wide() -> None:
    assert a4_widths([10, 20], landscape=True) == [10, 20]
    wide = a4_widths([100, 100, 4], landscape=False)
    assert sum(wide) <= A4_UNITS["portrait"] + 5 and wide[0] == wide[1] and wide[2] == 5
