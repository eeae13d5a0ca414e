"""Importing a sender's table (issue 20): the usual Word and Excel layouts, a malformed table,
and the round trip of the five built-in rubrics through a plain five-column table."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from sender_tables import HEADER, USUAL, write_usual_docx, write_usual_xlsx

from evaldesk.errors import InputError
from evaldesk.rubrics import registry
from evaldesk.rubrics.importing import import_table, pick, read
from evaldesk.rubrics.importing.columns import find_header, parse_map
from evaldesk.rubrics.importing.numbering import parse, points_cell, strip_points
from evaldesk.rubrics.importing.table_out import write_xlsx

BUILTINS = sorted(registry.builtins())


def shape(rubric):  # type: ignore[no-untyped-def]
    return [
        (
            s.code,
            s.title,
            s.points,
            s.content,
            [(i.code, i.title, i.points, i.content, i.criteria) for i in s.items],
        )
        for s in rubric.sections
    ]


# ----------------------------------------------------------------- numbering


@pytest.mark.parametrize(
    ("text", "style", "code", "rest"),
    [
        ("一、统筹推进（20分）", "cn", "一", "统筹推进（20分）"),
        ("（一）劳务协作", "cn_paren", "一", "劳务协作"),
        ("1.机制健全", "arabic", "1", "机制健全"),
        ("2、宣传", "arabic", "2", "宣传"),
        ("（3）培训", "arabic_paren", "3", "培训"),
        ("①未制定", "circled", "1", "未制定"),
        ("一.1.2", "dotted", "一.1.2", ""),
        ("十二、加分", "cn", "十二", "加分"),
    ],
)
def test_numbering_styles(text: str, style: str, code: str, rest: str) -> None:
    number, left = parse(text)
    assert number is not None
    assert (number.style, number.code, left) == (style, code, rest)


def test_points_read_from_cells_and_titles() -> None:
    assert points_cell("5分") == (Decimal(5), True)
    assert points_cell(" 4 ") == (Decimal(4), True)
    assert points_cell("0.5") == (Decimal("0.5"), True)
    assert points_cell("若干") == (None, False)
    assert strip_points("统筹推进（20分）") == ("统筹推进", Decimal(20))
    assert strip_points("宣传推介") == ("宣传推介", None)


# ----------------------------------------------------------------- the usual layouts


@pytest.mark.parametrize("writer", [write_usual_xlsx, write_usual_docx], ids=["xlsx", "docx"])
def test_usual_layout_is_read_into_sections_and_items(writer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / ("细则.xlsx" if writer is write_usual_xlsx else "细则.docx")
    writer(path)
    draft = import_table(path)
    assert draft.ok, [e.text("en") for e in draft.errors]
    rubric = draft.loaded.rubric  # type: ignore[union-attr]
    assert rubric.title == "2024年度县人社局工作考核细则"
    got = [
        (s.code, s.title, s.points, [(i.code, i.title, i.points) for i in s.items])
        for s in rubric.sections
    ]
    assert got == [
        ("一", "统筹推进", 8, [("一.1", "机制健全", 5), ("一.2", "宣传推介", 3)]),
        ("二.1", "劳务协作", 6, [("二.1.1", "劳务协作协议", 4), ("二.1.2", "对接活动", 2)]),
        ("二.2", "稳定就业", 4, [("二.2.1", "稳岗返还", 4)]),
    ]
    # the group heading above （一）（二） is kept with its sections
    assert "二、就业帮扶（10分）" in (rubric.sections[1].note or "")
    first = rubric.sections[0].items[0]
    # multi-line cells verbatim
    assert first.content == "1.制定工作方案；\n2.健全工作机制。"
    assert first.criteria == "1.未制定年度工作方案的，扣2分；\n2.工作机制运行不畅的，扣1分。"
    kinds = {i.code: [r.kind for r in i.rules] for i in rubric.items()}
    assert kinds == {
        "一.1": ["checklist"],
        "一.2": ["shortfall"],
        "二.1.1": ["proportional"],
        "二.1.2": ["negative"],
        "二.2.1": ["per_count"],
    }
    # every rule is a suggestion, marked, beside the clause it came from
    marked = {a for i in rubric.interpretations if i.kind == "suggested" for a in i.applies_to}
    assert marked == {f"item[{i.code}].rules[{r.id}]" for i in rubric.items() for r in i.rules}
    proportional = rubric.item("二.1.1").rules[0]  # type: ignore[union-attr]
    assert proportional.floor_ratio == Decimal("0.7")  # type: ignore[attr-defined]
    assert proportional.text == "完成得满分，未完成按比例得分，未达70%不得分。"
    per_count = rubric.item("二.2.1").rules[0]  # type: ignore[union-attr]
    assert (per_count.points_each, per_count.cap) == (Decimal("0.5"), Decimal(2))  # type: ignore[attr-defined]


def test_a_category_column_merged_down_makes_the_sections(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["考核类别", "考核指标", "分值", "评分标准"])
    sheet.append(["一、基础工作（5分）", "台账管理", 3, "未建立台账的，扣3分。"])
    sheet.append([None, "信息报送", 2, "每少报一次扣1分。"])
    sheet.append(["二、重点工作（4分）", "就业任务", 4, "完成得满分，未完成按比例得分。"])
    sheet.merge_cells("A2:A3")
    path = tmp_path / "categories.xlsx"
    book.save(path)
    draft = import_table(path)
    assert draft.ok, [e.text("en") for e in draft.errors]
    rubric = draft.loaded.rubric  # type: ignore[union-attr]
    assert [(s.code, s.points, [i.title for i in s.items]) for s in rubric.sections] == [
        ("一", 5, ["台账管理", "信息报送"]),
        ("二", 4, ["就业任务"]),
    ]


def test_columns_can_be_mapped_by_letter_number_or_header() -> None:
    headers = ("序号", "项目名称", "分数", "要求", "办法")
    assert parse_map("title=B,points=3,criteria=办法", headers) == {
        "title": 1,
        "points": 2,
        "criteria": 4,
    }
    with pytest.raises(InputError) as caught:
        parse_map("points=Z", headers)
    assert "points=Z" in caught.value.message


# ----------------------------------------------------------------- malformed tables


def test_no_points_column_is_named_and_nothing_is_made(tmp_path: Path) -> None:
    path = tmp_path / "no-points.xlsx"
    rows = [(h, c, t, p, co, cr) for h, c, t, p, co, cr in USUAL]
    write_usual_xlsx(
        path,
        [(h, c, t, co, cr, "") for h, c, t, _p, co, cr in rows],
        ["序号", "考核项目", "考核内容", "评分标准"],
    )
    draft = import_table(path)
    assert draft.loaded is None and draft.data is None
    assert [e.key for e in draft.errors] == ["import.no_points_column"]
    assert "分值" in draft.errors[0].text("zh")


def test_points_that_do_not_add_up_and_an_empty_item(tmp_path: Path) -> None:
    rows = list(USUAL)
    rows[2] = (
        None,
        "2",
        "宣传推介",
        "4",
        "开展主题宣传活动。",
        "每少1次扣1分，扣完为止。",
    )  # 5+4 != 8
    rows.insert(3, (None, "3", "", "2", "", ""))  # numbered, points, nothing else
    path = tmp_path / "bad.docx"
    write_usual_docx(path, rows)
    draft = import_table(path)
    assert draft.loaded is None and draft.data is None
    by_key = {e.key: e for e in draft.errors}
    assert set(by_key) == {"import.sum_differs", "import.empty_item"}
    assert by_key["import.sum_differs"].text("en") == (
        "bad.docx #1 row 2: 一 '统筹推进' states 8 points, its items add up to 9"
    )
    assert by_key["import.empty_item"].args["row"] == 5
    # accepted on purpose, the difference is kept as a warning and a note; the empty item is not
    again = import_table(path, allow_sums=True)
    assert [e.key for e in again.errors] == ["import.empty_item"]


def test_points_that_do_not_add_up_may_be_accepted(tmp_path: Path) -> None:
    rows = list(USUAL)
    rows[2] = (None, "2", "宣传推介", "4", "开展主题宣传活动。", "每少1次扣1分，扣完为止。")
    path = tmp_path / "sums.xlsx"
    write_usual_xlsx(path, rows)
    assert import_table(path).loaded is None
    draft = import_table(path, allow_sums=True)
    assert draft.ok
    assert [w.key for w in draft.warnings][:1] == ["import.sum_differs"]
    assert any("合计9分" in n for n in draft.loaded.rubric.notes)  # type: ignore[union-attr]


def test_a_points_cell_that_is_not_a_number(tmp_path: Path) -> None:
    rows = list(USUAL)
    rows[2] = (None, "2", "宣传推介", "若干", "开展主题宣传活动。", "每少1次扣1分。")
    path = tmp_path / "words.xlsx"
    write_usual_xlsx(path, rows)
    draft = import_table(path)
    assert draft.loaded is None
    assert "若干" in draft.errors[0].text("zh")


def test_a_file_that_is_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(InputError) as caught:
        import_table(path)
    assert caught.value.msg.key == "import.unreadable"
    with pytest.raises(InputError):
        import_table(tmp_path / "rubric.pdf")


# ----------------------------------------------------------------- the round trip


@pytest.mark.parametrize("rubric_id", BUILTINS)
def test_builtin_round_trip_through_a_plain_table(rubric_id: str, tmp_path: Path) -> None:
    original = registry.builtins()[rubric_id].rubric
    path = tmp_path / f"{rubric_id}.xlsx"
    write_xlsx(original, path)
    _assert_plain(path, original.title)
    draft = import_table(path)
    assert draft.ok, [e.text("en") for e in draft.errors]
    back = draft.loaded.rubric  # type: ignore[union-attr]
    assert shape(back) == shape(original)
    assert back.title == original.title


def _assert_plain(path: Path, title: str) -> None:
    """Nothing in the file but the title row and the five columns: no hidden column or row,
    no comment, no custom property, one sheet."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    assert len(book.worksheets) == 1
    sheet = book.worksheets[0]
    assert sheet.max_column == 5
    assert [c.value for c in sheet[2]] == HEADER
    assert sheet.cell(1, 1).value == title
    assert not any(d.hidden for d in sheet.column_dimensions.values())
    assert not any(d.hidden for d in sheet.row_dimensions.values())
    assert not any(cell.comment for row in sheet.iter_rows() for cell in row)
    assert len(book.custom_doc_props) == 0
    assert not list(book.defined_names)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert "docProps/custom.xml" not in names
    assert not [n for n in names if "comment" in n.lower() or "vba" in n.lower()]


def test_pick_finds_the_header_below_a_title(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_usual_xlsx(path)
    grid, layout = pick(read(path))
    assert layout is not None and layout.header_row == 1
    assert find_header(grid) == layout
