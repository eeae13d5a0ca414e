"""Wording of the store's messages about its records (years, the office, users, ledger entries,
dispatch records, evidence and their links, approvals, comments), evidence files, and backups.

``key -> (中文, English)``; where the GUI showed a message in Chinese before it became data, the
Chinese is that wording (resources/translations, context ErrorText).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ years and the office
    "years.no_such": (
        "本单位没有{year}考核年度（已有年度：{years}）",
        "there is no assessment year {year} in this office (years: {years})",
    ),
    "years.none_yet": ("尚无", "none yet"),
    "years.none": (
        "本单位还没有考核年度，请先新建考核年度",
        "this office has no assessment year yet; create one first",
    ),
    "years.implausible": (
        "{year}不是有效的考核年度（应在2000至2100之间）",
        "year {year} is not a plausible assessment year (2000-2100)",
    ),
    "years.exists": ("{year}考核年度已存在", "the assessment year {year} already exists"),
    "office.none": (
        "该数据文件夹中还没有单位，请先创建单位",
        "this data folder has no office yet; create one first",
    ),
    "office.exists": ("该数据文件夹中已有单位", "this data folder already has an office"),
    # ------------------------------------------------------------------ users, comments
    "users.no_such": ("没有编号为 #{id} 的用户", "there is no user #{id}"),
    "users.name_taken": (
        "用户名“{name}”已被使用，请换一个",
        "the user name '{name}' is taken; choose another",
    ),
    "comments.empty": ("审核意见为空", "the comment is empty"),
    # ------------------------------------------------------------------ approvals
    "approvals.bad_quarter": (
        "季度须为1至4，全年为0（收到的是{quarter}）",
        "quarter must be 1-4, or 0 for the whole year (got {quarter})",
    ),
    "approvals.already": ("{scope}已审核通过", "{scope} is already approved"),
    "approvals.unlock_reason": (
        "解锁需要填写原因（将记入审计日志）",
        "an unlock needs a reason (it is recorded in the audit log)",
    ),
    "approvals.not_approved": (
        "{scope}尚未审核，没有锁定",
        "{scope} is not approved, so it is not locked",
    ),
    # ------------------------------------------------------------------ ledger and dispatch
    "ledger.no_entry": ("没有台账事项 #{id}", "there is no ledger entry #{id}"),
    "ledger.no_entry_in_year": (
        "{year}年度没有台账事项 #{id}",
        "there is no ledger entry #{id} in {year}",
    ),
    "ledger.overdue_needs_day": (
        "逾期筛选需要指定判断日期（as_of）",
        "the overdue filter needs the day to judge at (as_of)",
    ),
    "ledger.bad_sort": (
        "台账不能按“{sort}”排序（可用的列：{columns}）",
        "cannot sort the ledger by '{sort}' (columns: {columns})",
    ),
    "ledger.keyset_page": ("按键分页需要 search_queries()", "a keyset page needs search_queries()"),
    "ledger.page_both": (
        "台账分页只能指定起始行或偏移量之一，不能同时指定",
        "a ledger page is either after a row or at an offset, not both",
    ),
    "ledger.page_key_null": (
        "台账的每一行都有{column}，但分页键中没有",
        "a ledger row always has a {column}; the page key has none",
    ),
    "dispatch.no_record": (
        "没有{year}年第{quarter}季度的调度记录",
        "there is no dispatch record for quarter {quarter} of {year}",
    ),
    "dispatch.no_record_id": ("没有编号为 #{id} 的调度记录", "there is no dispatch record #{id}"),
    "dispatch.no_record_in_year": (
        "{year}年度没有编号为 #{id} 的调度记录",
        "there is no dispatch record #{id} in {year}",
    ),
    "dispatch.bad_quarter": (
        "季度须为1至4（收到的是{quarter}）",
        "quarter must be 1-4 (got {quarter})",
    ),
    "facts.unknown_scope": (
        "未知的填报范围“{scope}”（可用范围：{scopes}）",
        "unknown fact scope '{scope}' (scopes: {scopes})",
    ),
    # ------------------------------------------------------------------ evidence records
    "evidence_rec.no_such": ("没有编号为 #{id} 的佐证资料", "there is no evidence #{id}"),
    "evidence_rec.no_file": (
        "佐证资料文件夹中没有文件{sha}…",
        "the file {sha}… is not in the evidence folder",
    ),
    "evidence_rec.bad_link": (
        "未知的关联类型“{kind}”（应为 item、ledger 或 dispatch）",
        "unknown link kind '{kind}' (item, ledger or dispatch)",
    ),
    "evidence_rec.not_attached": (
        "佐证资料 #{id} 没有关联到{target}",
        "evidence #{id} is not attached to {target}",
    ),
    "evidence_rec.link_item": ("评分项目 {code}", "rubric item {code}"),
    "evidence_rec.link_ledger": ("台账事项 #{id}", "ledger entry #{id}"),
    "evidence_rec.link_dispatch": ("调度记录 #{id}", "dispatch record #{id}"),
    # ------------------------------------------------------------------ evidence files
    "evidence_file.too_big_size": (
        "{name}大小为{size}，超过了单个佐证资料文件{limit}的上限；请拆分或压缩（如降低扫描分辨率），"
        "未保存任何内容",
        "{name} is {size}, larger than the limit of {limit} for one evidence file; split or "
        "compress it (e.g. scan at a lower resolution); nothing was stored",
    ),
    "evidence_file.too_big": (
        "{name}超过了单个佐证资料文件{limit}的上限；请拆分或压缩（如降低扫描分辨率），未保存任何内容",
        "{name} is larger than the limit of {limit} for one evidence file; split or compress "
        "it (e.g. scan at a lower resolution); nothing was stored",
    ),
    "evidence_file.no_file": (
        "{path}：文件不存在（是否已被移动或删除？）",
        "{path}: no such file (was it moved or deleted?)",
    ),
    "evidence_file.unreadable": ("{path}：无法读取（{error}）", "{path}: cannot be read ({error})"),
    "evidence_file.is_folder": (
        "{path}是文件夹，请选择其中的文件",
        "{path} is a folder; choose the files inside it",
    ),
    "evidence_file.not_regular": ("{path}不是普通文件", "{path} is not a regular file"),
    "evidence_file.permission": (
        "{path}：没有访问权限，EvalDesk 无法读取该文件（请检查文件权限，或先把它复制到可以读取的位置）",
        "{path}: permission denied; EvalDesk cannot read this file (check its permissions, or "
        "copy it somewhere readable first)",
    ),
    "evidence_file.no_space": (
        "磁盘空间不足，无法保存{name}（需要{size}，数据文件夹所在磁盘只剩{free}）",
        "not enough free disk space for {name} ({size}; {free} free on the data folder's disk)",
    ),
    "evidence_file.cancelled": (
        "已取消添加{name}，未保存任何内容",
        "adding {name} was cancelled; nothing was stored",
    ),
    "evidence_file.read_failed": (
        "{name}：读取{size}后出错（{error}），未保存任何内容",
        "{name}: reading failed after {size} ({error}); nothing was stored",
    ),
    "evidence_file.disk_full": (
        "保存{name}时磁盘已满；请腾出空间后重新添加（未保存任何内容）",
        "the disk is full while storing {name}; free some space and add it again (nothing was "
        "stored)",
    ),
    "evidence_file.store_failed": ("无法保存{name}：{error}", "could not store {name}: {error}"),
    "evidence_file.no_name": (
        "佐证资料文件需要名称（给出的名称为空）",
        "the evidence file needs a name (the given name is empty)",
    ),
    "evidence_file.name_long": (
        "文件名长{n}个字符，请缩短到{max}个字符以内",
        "the file name is {n} characters long; shorten it to at most {max}",
    ),
    # ------------------------------------------------------------------ backups
    "backup.no_data": (
        "{path}中没有可备份的 EvalDesk 数据",
        "there is no EvalDesk data in {path} to back up",
    ),
    "backup.exists": (
        "{path}已存在，请换一个文件名",
        "{path} already exists; choose another file name",
    ),
    "backup.write_failed": (
        "无法写入备份{path}：{error}",
        "could not write the backup {path}: {error}",
    ),
    "backup.copy_failed": (
        "无法将{name}备份到{path}：{error}",
        "could not back up {name} to {path}: {error}",
    ),
    "backup.stopped": ("自动备份已停止", "the automatic backup was stopped"),
    "backup.stopped_before": ("已在备份前停止", "stopped before the backup"),
    # ------------------------------------------------------------------ restore
    "restore.no_file": ("{path}：备份文件不存在", "{path}: no such backup file"),
    "restore.damaged": (
        "{what}已损坏，未恢复：{problem}",
        "{what} is damaged and was not restored: {problem}",
    ),
    "restore.not_a_database": ("{what}不是数据库：{error}", "{what} is not a database: {error}"),
    "restore.not_evaldesk": ("{what}不是 EvalDesk 数据库", "{what} is not an EvalDesk database"),
    "restore.zip_not_backup": (
        "{path}是 zip 文件，但不是 EvalDesk 备份（缺少 manifest.json）",
        "{path} is a zip but not an EvalDesk backup (no manifest.json)",
    ),
    "restore.not_archive": (
        "{path}不是 EvalDesk 备份包",
        "{path} is not an EvalDesk backup archive",
    ),
    "restore.manifest_mismatch": (
        "{path}：其中的数据库与清单不符（备份包已损坏）",
        "{path}: the database inside does not match its manifest (damaged archive)",
    ),
    "restore.neither": (
        "{path}既不是 EvalDesk 备份包（.zip），也不是数据库备份",
        "{path} is neither an EvalDesk backup archive (.zip) nor a database backup",
    ),
    "restore.skipped_key": (
        "已跳过 {name}：不是密钥文件名",
        "skipped {name}: not a key file name",
    ),
    "restore.skipped_evidence": (
        "已跳过 {name}：不是佐证文件名",
        "skipped {name}: not an evidence file name",
    ),
    "restore.evidence_damaged": (
        "备份包中的 {name} 已损坏，未恢复",
        "{name} in the archive is damaged; not restored",
    ),
    "restore.evidence_missing": (
        "恢复的数据库中有 {count} 个佐证文件不在佐证文件夹中；请恢复包含这些文件的备份包（.zip），"
        "然后运行 evaldesk check",
        "{count} evidence file(s) of the restored database are not in the evidence folder; "
        "restore a backup archive (.zip) that holds them, then run `evaldesk check`",
    ),
}
