"""Wording of importing a sender's table, suggesting rules and comparing rubric versions."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # reading the file
    "import.unknown_suffix": (
        "{path}：只能导入 {suffixes} 文件",
        "{path}: only {suffixes} files can be imported",
    ),
    "import.no_file": ("{path}：文件不存在", "{path}: no such file"),
    "import.unreadable": (
        "{path}：无法读取（{error}）；请确认它是 Word 或 Excel 文件，且没有损坏或加密",
        "{path}: cannot be read ({error}); check it is a Word or Excel file, not damaged or encrypted",
    ),
    "import.no_table": ("{path}：没有找到表格", "{path}: no table found"),
    "import.no_header": (
        "{table}：没有找到表头（序号、考核项目、分值、考核内容、评分标准等）；请指定各列（--map）",
        "{table}: no header row found (序号, 考核项目, 分值, 考核内容, 评分标准 ...); "
        "say which column holds what (--map)",
    ),
    "import.bad_map": (
        "--map 中的“{part}”看不懂：应写成 字段=列，字段为 {fields}",
        "cannot read {part!r} in --map: write field=column, fields are {fields}",
    ),
    "import.bad_map_column": (
        "--map 中的“{part}”：没有这一列（列可写字母、从1起的序号或表头文字：{headers}）",
        "{part!r} in --map: no such column (a letter, a number from 1 or a header: {headers})",
    ),
    # the columns
    "import.no_points_column": (
        "表中没有“分值”列（表头：{headers}）；请指定哪一列是分值",
        "the table has no 分值 (points) column (headers: {headers}); say which column holds the points",
    ),
    "import.no_title_column": (
        "表中没有“考核项目”或“考核内容”列（表头：{headers}）；请指定",
        "the table has no 考核项目 (title) or 考核内容 (content) column (headers: {headers}); say which",
    ),
    # the rows
    "import.bad_points": (
        "{table} 第{row}行：分值“{text}”不是数字（可写“5”或“5分”）",
        "{table} row {row}: the points {text!r} are not a number (write 5 or 5分)",
    ),
    "import.heading_points_differ": (
        "{table} 第{row}行：“{title}”的分值列为{cell}分，标题中写的是{stated}分",
        "{table} row {row}: {title!r} has {cell} in the points column but {stated} in its title",
    ),
    "import.code_reused": (
        "{table} 第{row}行：编号 {code} 已用过；请检查序号",
        "{table} row {row}: the code {code} is used already; check the numbering",
    ),
    "import.empty_item": (
        "{table} 第{row}行：考核项目、考核内容和评分标准都是空的（{text}）",
        "{table} row {row}: the title, content and criteria are all empty ({text})",
    ),
    "import.no_headings": (
        "{table}：第{row}行之前没有部分标题，所有考核项目放在一个部分中",
        "{table}: no section heading before row {row}; all items are put in one section",
    ),
    "import.no_items": ("{table}：没有读到任何考核项目", "{table}: no item was read"),
    "import.empty_section": (
        "{table} 第{row}行：部分 {code} 下没有考核项目",
        "{table} row {row}: section {code} has no items",
    ),
    "import.sum_differs": (
        "{table} 第{row}行：{code}“{title}”标明{points}分，其下各项合计{total}分",
        "{table} row {row}: {code} {title!r} states {points} points, its items add up to {total}",
    ),
    "import.total_differs": (
        "表中合计为{points}分，各部分合计{total}分",
        "the table's total is {points}, its sections add up to {total}",
    ),
    "import.note.group": ("所属上级标题：{groups}", "under the heading(s): {groups}"),
    "import.note.source": (
        "由 EvalDesk 从“{file}”导入；计分规则为建议，确认前标为“建议（未确认）”。",
        "imported by EvalDesk from {file!r}; the rules are suggestions, marked until confirmed.",
    ),
    "import.note.rating": (
        "表中没有分值：按评定等次（好/较好/一般）处理，请在编辑器中按原文改正等次。",
        "the table has no points: read as a rated rubric (好/较好/一般); correct the levels in the editor.",
    ),
    "import.failed": (
        "导入未完成，发现{n}个问题，没有写入任何文件",
        "nothing imported: {n} problem(s) found, no file written",
    ),
    # suggestions
    "import.suggested.title": (
        "{code}的计分规则为建议：{kinds}",
        "the rules of {code} are suggested: {kinds}",
    ),
    "import.suggested.reason": (
        "由评分标准的措辞推断，尚未确认；确认、修改或改为人工评分后此标记去掉。",
        "read from the wording of the criteria and not confirmed yet; confirm, change or "
        "score by hand to remove this mark.",
    ),
    "import.manual.reason": (
        "评分标准的措辞不对应任何计分规则，暂按人工评分（在0和本项分值之间）。",
        "the wording of the criteria fits no rule kind; scored by hand for now (0 to the item's points).",
    ),
    "import.confirmed.title": ("{code}的计分规则已确认", "the rules of {code} are confirmed"),
    "import.confirmed.reason": (
        "由{who}确认；原文未印出的数值按确认的规则取值。",
        "confirmed by {who}; values the source does not print are as confirmed.",
    ),
    "import.edited.title": ("{what}由单位设定", "{what} set by the office"),
    "import.edited.reason": (
        "由{who}在考核细则编辑器中填写，原文未印出此数值。",
        "entered by {who} in the rubric editor; the source does not print this value.",
    ),
    # comparing versions
    "diff.added": ("新增：{code} {title}", "added: {code} {title}"),
    "diff.removed": ("删除：{code} {title}", "removed: {code} {title}"),
    "diff.renamed": ("改名：{code} “{old}” → “{new}”", "renamed: {code} {old!r} -> {new!r}"),
    "diff.moved": ("编号改变：{old} → {new} {title}", "code changed: {old} -> {new} {title}"),
    "diff.points": ("分值：{code} {old} → {new}", "points: {code} {old} -> {new}"),
    "diff.rules": ("计分规则改变：{code} {old} → {new}", "rules changed: {code} {old} -> {new}"),
    "diff.rule_params": (
        "计分规则参数改变：{code} {kinds}（{fields}）",
        "rule parameters changed: {code} {kinds} ({fields})",
    ),
    "diff.wording": ("措辞改变：{code} {field}", "wording changed: {code} {field}"),
    "diff.section_points": (
        "部分分值：{code} {old} → {new}",
        "section points: {code} {old} -> {new}",
    ),
    "diff.section_added": ("新增部分：{code} {title}", "section added: {code} {title}"),
    "diff.section_removed": ("删除部分：{code} {title}", "section removed: {code} {title}"),
    "diff.same": (
        "两个版本的考核项目、分值和规则相同",
        "the two versions have the same items, points and rules",
    ),
    "diff.none": ("无", "none"),
    "diff.field.content": ("考核内容", "content"),
    "diff.field.criteria": ("评分标准", "criteria"),
    "diff.field.method": ("考核方法", "method"),
}
