"""Wording of the ledger's and the quarterly dispatch's messages: an entry's field problems,
imports and exports of the ledger workbook, a dispatch report's problems and its lock.

``key -> (中文, English)``; the Chinese is what the GUI showed for these messages before they
became data (resources/translations, contexts ErrorText and DispatchView).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # an entry's fields
    "ledger.unknown_source": (
        "来源“{value}”无效，请选择上级交办、督导发现、群众反映或其他",
        "unknown source '{value}'; choose 上级交办, 督导发现, 群众反映 or 其他",
    ),
    "ledger.unknown_status": (
        "状态“{value}”无效，请选择待办、办理中、已办结或已撤销",
        "unknown status '{value}'; choose 待办, 办理中, 已办结 or 已撤销",
    ),
    "ledger.title_empty": (
        "事项为空，请用几个字说明是什么事项",
        "the title is empty; say in a few words what the task is",
    ),
    "ledger.title_long": (
        "事项有{n}个字符，请控制在{max}个字符以内，详细情况写在办理内容中",
        "the title is {n} characters; keep it under {max} and put details in the description",
    ),
    "ledger.deadline_before_received": (
        "办理时限{deadline}早于接收日期{received}",
        "the deadline {deadline} is before the received date {received}",
    ),
    "ledger.deadline_other_year": (
        "办理时限{deadline}不在{year}考核年度内；请将该事项记入{other}年度台账，或填写{year}年内的"
        "办理时限",
        "the deadline {deadline} is not in the assessment year {year}; record the entry in the "
        "{other} ledger, or give a deadline in {year}",
    ),
    "ledger.received_future": (
        "接收日期{date}晚于今天（今天是{today}）",
        "the received date {date} is in the future (today is {today})",
    ),
    "ledger.done_needs_date": (
        "已办结的事项须填写办结日期",
        "an entry marked done (已办结) needs the date it was done",
    ),
    "ledger.done_date_not_done": (
        "只有已办结的事项才填写办结日期；该事项的状态是{status}",
        "a done date is only for entries marked done (已办结); this one is {status}",
    ),
    "ledger.done_before_received": (
        "办结日期{date}早于接收日期{received}",
        "the done date {date} is before the received date {received}",
    ),
    "ledger.done_future": (
        "办结日期{date}晚于今天（今天是{today}）",
        "the done date {date} is in the future (today is {today})",
    ),
    # changing entries
    "ledger.no_such_fields": (
        "台账事项没有以下字段：{fields}",
        "ledger entries have no field(s) {fields}",
    ),
    "ledger.cancel_needs_reason": (
        "请填写撤销该事项的原因（原因将随事项一并保存）",
        "say why the entry is cancelled (the reason is kept with it)",
    ),
    # importing many entries
    "ledger.import_year_locked": (
        "{year}年度已由{who}审核锁定；需由负责人解锁后才能新增该年度接收的事项",
        "the year {year} was approved by {who} and is locked; a head (负责人) must unlock it "
        "before entries received then are added",
    ),
    "ledger.import_quarter_locked": (
        "{year}年第{quarter}季度已由{who}审核锁定；需由负责人解锁后才能新增该季度接收的事项",
        "quarter {quarter} of {year} was approved by {who} and is locked; a head (负责人) must "
        "unlock it before entries received then are added",
    ),
    "ledger.import_cancelled_after": (
        "已取消导入（已处理{done}/{total}行），未添加任何事项",
        "import cancelled after {done} of {total} rows; nothing was added",
    ),
    "ledger.import_cancelled": (
        "已取消导入，未添加任何事项",
        "import cancelled; nothing was added",
    ),
    "ledger.nothing_to_import": (
        "{path}：没有可以导入的行，请修改所列的行后重试",
        "{path}: no row can be imported; fix the rows listed and try again",
    ),
    # the ledger workbook (.xlsx)
    "ledger.xlsx_name": (
        "{path}：文件名必须以 .xlsx 结尾",
        "{path}: the file name must end in .xlsx",
    ),
    "ledger.no_folder": ("{path}：文件夹不存在", "{path}: no such folder"),
    "ledger.export_cancelled": (
        "已取消导出台账，未生成文件",
        "ledger export cancelled; no file was written",
    ),
    "ledger.cannot_write": ("无法写入{path}：{error}", "cannot write {path}: {error}"),
    "ledger.no_file": ("{path}：文件不存在", "{path}: no such file"),
    "ledger.no_permission": (
        "{path}：没有访问权限，EvalDesk 无法读取该文件",
        "{path}: permission denied; EvalDesk cannot read this file",
    ),
    "ledger.not_xlsx": (
        "{path}无法作为 Excel 工作簿（.xlsx）读取：{error}；请在 Excel 或 WPS 中另存为 .xlsx "
        "格式后重试",
        "{path} cannot be read as an Excel workbook (.xlsx): {error}; save it from Excel or "
        "WPS as .xlsx and try again",
    ),
    "ledger.sheet_empty": ("{path}：第一个工作表是空的", "{path}: the first sheet is empty"),
    "ledger.missing_columns": (
        "{path}：第一行缺少“{missing}”列；第一行必须是列名（{columns}）",
        "{path}: the first row has no column {missing}; the first row must name the columns "
        "({columns})",
    ),
    "ledger.too_many_rows": (
        "{path}超过{max}行，请拆分后再导入",
        "{path} has more than {max} rows; split it",
    ),
    "ledger.cell_empty": ("{heading}为空", "the {heading} is empty"),
    "ledger.source_empty": (
        "来源为空，请填写上级交办、督导发现、群众反映或其他",
        "the source (来源) is empty; write 上级交办, 督导发现, 群众反映 or 其他",
    ),
    "ledger.cell_not_date": (
        "“{value}”不是日期，请按“2024-03-15”的格式填写",
        "'{value}' is not a date; write it as 2024-03-15",
    ),
    "ledger.cell_not_a_day": (
        "“{value}”不是日历上存在的日期",
        "'{value}' is not a real day of the calendar",
    ),
    # quarterly dispatch
    "dispatch.no_area": (
        "考核细则{rubric}中没有“{codes}”这部分工作（现有：{listed}）",
        "there is no area (section) {codes} in {rubric} (areas: {listed})",
    ),
    "dispatch.submitted_future": (
        "报送日期{date}晚于今天（今天是{today}）",
        "the submitted date {date} is in the future (today is {today})",
    ),
    "dispatch.submitted_early": (
        "报送日期{date}早于{year}年第{quarter}季度的开始日期",
        "the submitted date {date} is before quarter {quarter} of {year} began",
    ),
    "dispatch.no_progress": (
        "报送前请至少填写一项工作的进展",
        "write the progress of at least one area before submitting",
    ),
    "dispatch.year_locked": (
        "{year} 年度已由{who}于{date}审核并锁定；如需修改，须由负责人先解锁。",
        "The year {year} was approved by {who} on {date} and is locked; a head (负责人) must "
        "unlock it before it can be changed.",
    ),
    "dispatch.quarter_locked": (
        "第 {quarter} 季度已由{who}于{date}审核并锁定；如需修改，须由负责人先解锁。",
        "Quarter {quarter} was approved by {who} on {date} and is locked; a head (负责人) must "
        "unlock it before it can be changed.",
    ),
}
