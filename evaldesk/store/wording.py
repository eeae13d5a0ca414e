"""Wording of the store's messages: locks, `evaldesk check`'s findings (the database, the audit
log and its anchors, the evidence files, the links), the data folder's diagnosis, the clock.

The records' messages (no such entry, a year that exists already), evidence files and backups
are in wording_records.py. Where the GUI showed a message in Chinese before it became data, the
Chinese is that wording (resources/translations, context ErrorText)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ locks
    "lock.refused": (
        "{what}：{scope}已由{head}于{date}审批锁定；{why}",
        "{what}: {scope} was approved by {head} on {date} and is locked; {why}",
    ),
    "lock.scope.year": ("{year}年度", "the year {year}"),
    "lock.scope.quarter": ("{year}年第{quarter}季度", "quarter {quarter} of {year}"),
    "lock.why.locked": ("如需修改，须由负责人先解锁", "a head (负责人) must unlock it first"),
    "lock.why.only_close": (
        "锁定期内只能把审批时尚未办结的事项标记为办结，其他修改须由负责人先解锁",
        "in a locked period an entry still open at the approval may only be marked done; "
        "anything else needs a head (负责人) to unlock it first",
    ),
    "lock.why.backdated": (
        "办结日期不得早于审批日期 {date}",
        "its done date may not be earlier than the approval on {date}",
    ),
    "lock.why.cancel": (
        "已锁定的事项不能撤销；确需撤销的，须由负责人先解锁",
        "an entry in a locked period cannot be cancelled; a head (负责人) must unlock it first",
    ),
    "lock.why.reopen": (
        "已锁定的事项不能重新打开或改变状态；须由负责人先解锁",
        "an entry in a locked period cannot be reopened or change its status; a head "
        "(负责人) must unlock it first",
    ),
    "lock.why.moved_in": (
        "不能把事项移入已锁定的季度；须由负责人先解锁",
        "an entry cannot be moved into a locked quarter; a head (负责人) must unlock it first",
    ),
    "lock.why.attachments": (
        "已锁定事项的佐证不能添加或移除；须由负责人先解锁",
        "evidence cannot be attached to or detached from an entry in a locked period; a head "
        "(负责人) must unlock it first",
    ),
    "lock.what.entry_add": (
        "不能添加该季度收到的事项",
        "an entry received in this quarter cannot be added",
    ),
    "lock.what.entry_add_year": ("不能添加事项", "an entry cannot be added"),
    "lock.what.entry_change": ("台账事项 #{id} 不能修改", "ledger entry #{id} cannot be changed"),
    "lock.what.dispatch": (
        "第{quarter}季度调度记录不能修改",
        "the dispatch record of quarter {quarter} cannot be changed",
    ),
    "lock.what.facts": ("评分事实不能修改", "the facts cannot be changed"),
    "lock.what.evidence_add": ("不能添加佐证", "evidence cannot be added"),
    "lock.what.evidence_note": ("佐证备注不能修改", "the evidence note cannot be changed"),
    "lock.what.attach": ("佐证不能关联到 {target}", "evidence cannot be attached to {target}"),
    "lock.what.detach": ("佐证不能从 {target} 移除", "evidence cannot be detached from {target}"),
    "lock.what.comment": ("不能再添加审核意见", "review comments cannot be added"),
    "lock.what.comment_state": (
        "审核意见的处理状态不能修改",
        "whether a review comment is resolved cannot be changed",
    ),
    "comments.no_such": (
        "{year}年度没有编号为 {id} 的审核意见",
        "the year {year} has no review comment #{id}",
    ),
    # ------------------------------------------------------------------ check: data vs log
    "check.kind.office": ("单位信息", "office profile"),
    "check.kind.year": ("考核年度", "assessment year"),
    "check.kind.user": ("用户", "user"),
    "check.kind.ledger": ("台账事项", "ledger entry"),
    "check.kind.dispatch": ("季度调度", "dispatch record"),
    "check.kind.evidence": ("佐证", "evidence"),
    "check.kind.fact": ("评分事实", "fact"),
    "check.kind.approval": ("审批", "approval"),
    "check.kind.comment": ("审核意见", "review comment"),
    "check.kind.trusted_key": ("受信任的密钥", "trusted key"),
    "check.kind.collect_office": ("接收单位设置", "receiving office"),
    "check.kind.collect_unit": ("接收名单中的单位", "unit on the receiving list"),
    "check.kind.collect_unit_key": ("单位密钥归属", "unit's key"),
    "check.kind.collect_package": ("已导入的报送包", "imported package"),
    "check.kind.collect_review": ("评审分", "review score"),
    "check.kind.collect_ballot": ("选票", "ballot"),
    "check.kind.collect_decision": ("评估办公室口径", "assessing office's decision"),
    "check.kind.received_result": ("收到的结果包", "received result package"),
    "check.state.some_fields": ("内容", "its content"),
    "check.state.changed": (
        "{what} {key}：表中的{fields}与审计日志记录的不同（在 EvalDesk 之外被修改）",
        "{what} {key}: the table differs from the audit log in {fields} (changed outside EvalDesk)",
    ),
    "check.state.inserted": (
        "{what} {key} 在表中，但审计日志中没有（在 EvalDesk 之外被插入）",
        "{what} {key} is in the table but not in the audit log (inserted outside EvalDesk)",
    ),
    "check.state.deleted": (
        "{what} {key} 在审计日志中，但表中没有（在 EvalDesk 之外被删除）",
        "{what} {key} is in the audit log but not in the table (deleted outside EvalDesk)",
    ),
    "check.state.more": ("另有 {count} 处不同未列出", "{count} more difference(s) not listed"),
    "check.state.locked_change": (
        "审计日志第 {seq} 行（{action}，{actor}，{at}）记录了对已审批锁定数据的修改（{why}）："
        "EvalDesk 会拒绝这样的修改，该行是在 EvalDesk 之外写入的",
        "audit row {seq} ({action} by {actor} at {at}) records a change to locked data "
        "({why}): EvalDesk refuses such a change, so the row was written outside EvalDesk",
    ),
    "check.state.compared": (
        "数据与审计日志一致：按审计日志重建的 {rows} 行与表中相同",
        "the data matches its audit log: the {rows} rows rebuilt from the log are the tables'",
    ),
    "check.state.no_baseline": (
        "未比对数据与审计日志：此数据文件夹尚未由新版 EvalDesk 打开过（首次打开时建立比对基准）",
        "the data was not compared with its audit log: this data folder has not yet been "
        "opened by this version of EvalDesk (the first open sets the baseline to compare from)",
    ),
    "check.state.baseline": (
        "审计日志中第 {seq} 行（{date}）之前的记录早于此功能，不逐行重建；当时的每一行按其指纹比对",
        "the audit rows before row {seq} ({date}) predate this feature and are not replayed; "
        "the rows as they were then are compared by their fingerprints",
    ),
    "check.state.accepted": (
        "{date} {who} 接受了与审计日志不符的数据并导出（理由：{reason}）",
        "on {date} {who} accepted data that differed from the audit log and exported it "
        "(reason: {reason})",
    ),
    "check.state.unknown_actions": (
        "审计日志含本版本不认识的操作（{actions}），其记录未比对",
        "the audit log holds actions this version does not know ({actions}); they were not "
        "compared",
    ),
    # ------------------------------------------------------------------ check: anchors
    "check.anchor.differs": (
        "审计日志第 {seq} 行与 {what}（{date}）中记录的不同：日志在 EvalDesk 之外被改写",
        "audit row {seq} differs from the one recorded in {what} ({date}): the log was "
        "rewritten outside EvalDesk",
    ),
    "check.anchor.missing": (
        "审计日志只到第 {last} 行，但 {what}（{date}）记录到第 {seq} 行：末尾的记录在 EvalDesk 之外被删除",
        "the audit log ends at row {last}, but {what} ({date}) recorded row {seq}: rows were "
        "removed from its end outside EvalDesk",
    ),
    "check.anchor.none": (
        "审计日志末尾未与外部副本比对：没有自动备份，也没有导出或备份记录的锚点",
        "the end of the audit log was not compared with an outside copy: there is no "
        "automatic backup and no anchor from an export or a backup",
    ),
    "check.anchor.compared": (
        "审计日志与 {count} 个外部锚点一致（最新：{what}，{date}，第 {seq} 行）",
        "the audit log agrees with {count} outside anchor(s) (newest: {what}, {date}, row {seq})",
    ),
    "check.anchor.unreadable": (
        "锚点文件 {path} 无法读取（{error}），已跳过",
        "the anchor file {path} cannot be read ({error}); skipped",
    ),
    "check.anchor.bad_line": ("不是锚点记录", "not an anchor"),
    "check.anchor.package": ("报送包 {name}", "package {name}"),
    "check.anchor.backup": ("备份 {name}", "backup {name}"),
    "check.anchor.given": ("{path}", "{path}"),
    "check.anchor.not_anchor": (
        "{path} 不含审计锚点（较早版本的报送包或备份？）",
        "{path} holds no audit anchor (a package or backup of an earlier version?)",
    ),
    "check.key.differs": (
        "办公室签名公钥 {found} 与审计日志记录的 {recorded} 不同：密钥在 EvalDesk 之外被替换",
        "the office's signing key {found} is not the one the audit log records ({recorded}): "
        "the key was replaced outside EvalDesk",
    ),
    # ------------------------------------------------------------------ the folder
    "store.read_only": (
        "数据文件夹 {path} 是只读的（{error}）：EvalDesk 需要在其中写入。数据没有损坏；"
        "请让此文件夹可写，或把整个文件夹复制到可写的位置后再打开",
        "the data folder {path} is read-only ({error}): EvalDesk needs to write there. The "
        "data is not damaged; make the folder writable, or copy the whole folder to a "
        "writable place and open the copy",
    ),
    "store.cannot_open": (
        "无法打开 {path}（{error}）",
        "cannot open {path} ({error})",
    ),
    "store.empty_database": (
        "{path} 是空文件（0 字节）：数据不在其中。请不要在此新建；请从备份恢复",
        "{path} is empty (0 bytes): the data is not in it. Nothing was created there; "
        "restore it from a backup",
    ),
    # ------------------------------------------------------------------ check: the database
    "check.no_database": ("没有数据库 {path}", "there is no database {path}"),
    "check.no_schema": (
        "数据库不是 EvalDesk 数据（没有数据结构版本）",
        "the database is not an EvalDesk store (no schema version)",
    ),
    "check.schema_differs": (
        "数据结构版本 {found} 与本版 EvalDesk 的 {head} 不同；打开时会先自动备份，再升级",
        "schema version {found} differs from this EvalDesk's {head}; opening the store "
        "upgrades it (after an automatic backup)",
    ),
    "check.trigger_missing": (
        "安全触发器 {name} 不见了：数据库在 EvalDesk 之外被改动",
        "the safety trigger {name} is missing: the database was altered outside EvalDesk",
    ),
    "check.foreign_key": (
        "{table} 表第 {rowid} 行指向不存在的 {parent} 记录",
        "{table} row {rowid} points to a missing {parent} row",
    ),
    "check.read_to_end": (
        "{path} 无法读到末尾：{error}",
        "{path} could not be read to the end: {error}",
    ),
    "check.search_index": (
        "文本检索索引与台账事项不符（{error}）：索引在 EvalDesk 之外被改动，按文字查找可能漏掉事项；"
        "请恢复最新的备份",
        "the text search index does not match the ledger entries ({error}): it was changed "
        "outside EvalDesk, and text searches may miss entries; restore the newest backup",
    ),
    "check.tmp_left": (
        "evidence/.tmp 中有上次中断留下的未完成副本，下次打开时会清除",
        "unfinished copies in evidence/.tmp (from an interruption) are removed on the next open",
    ),
    # ------------------------------------------------------------------ check: the audit chain
    "check.audit.missing_row": (
        "审计日志：第 {expected} 行缺失（下一行是第 {seq} 行）；有记录被删除",
        "audit log: row {expected} is missing (next row is {seq}); rows were removed",
    ),
    "check.audit.broken_link": (
        "审计日志：第 {seq} 行与第 {prev} 行接不上（前一行的哈希不符）；有记录被删除、插入或改动",
        "audit log: row {seq} does not follow row {prev} (previous hash differs); rows were "
        "removed, inserted or edited",
    ),
    "check.audit.row_changed": (
        "审计日志：第 {seq} 行（{action} {entity} {entity_id}，{actor}，{at}）写入后被改动"
        "（哈希与内容不符）",
        "audit log: row {seq} ({action} {entity} {entity_id} by {actor} at {at}) was changed "
        "after it was written (its hash does not match its content)",
    ),
    "check.audit.more": ("审计日志：其余问题未列出", "audit log: further problems not listed"),
    "check.tail.unreadable": (
        "自动备份 {name} 无法读取（{error}），已跳过",
        "the automatic backup {name} cannot be read ({error}); skipped",
    ),
    "check.tail.cut": (
        "审计日志只到第 {last} 行，但 {when} 的自动备份记录到第 {seq} 行：末尾的记录在 EvalDesk "
        "之外被删除；请与该备份（{name}）比对，如有记录缺失请恢复该备份",
        "the audit log ends at row {last}, but the automatic backup of {when} holds rows up to "
        "{seq}: rows were removed from its end outside EvalDesk; compare with that backup "
        "({name}) and restore it if records are missing",
    ),
    "check.tail.rewritten": (
        "审计日志第 {seq} 行与 {when} 的自动备份不同：日志在 EvalDesk 之外被改写；"
        "请与该备份（{name}）比对",
        "audit row {seq} differs from the automatic backup of {when}: the log was rewritten "
        "outside EvalDesk; compare with that backup ({name})",
    ),
    # ------------------------------------------------------------------ check: evidence files
    "check.evidence.who": ("佐证 #{id}“{name}”（{year}年度）", "evidence #{id} “{name}” ({year})"),
    "check.evidence.and_more": ("{who}等 {more} 条记录", "{who} and {more} more"),
    "check.collect.who": (
        "{unit} 的报送包 {package}：{path}",
        "package {package} of {unit}: {path}",
    ),
    "check.collect.result_who": (
        "结果包 {package}：data/report.pdf",
        "result package {package}: data/report.pdf",
    ),
    "check.evidence.missing": ("{who}：文件 {path} 不见了", "{who}: its file {path} is missing"),
    "check.evidence.altered": (
        "{who}：文件 {path} 被改动（其 SHA-256 现为 {sha}…）；请从备份恢复",
        "{who}: its file {path} was altered (its SHA-256 is now {sha}…); restore it from a backup",
    ),
    "check.evidence.size": (
        "{who}：记录的大小 {size} 与文件的大小 {actual} 不同",
        "{who}: recorded size {size} differs from the file's {actual}",
    ),
    "check.evidence.orphans": (
        "佐证文件夹中有 {count} 个文件不属于任何记录（已保留，无害）",
        "{count} file(s) in the evidence folder belong to no record (kept; harmless)",
    ),
    # ------------------------------------------------------------------ check: links
    "check.rubric.hash": (
        "{year}年度：保存的考核细则 {rubric} 与固定时的哈希不符",
        "year {year}: the stored copy of rubric {rubric} does not match its pinned hash",
    ),
    "check.rubric.unreadable": (
        "{year}年度：保存的考核细则 {rubric} 无法读取",
        "year {year}: the stored rubric {rubric} cannot be read",
    ),
    "check.link.unknown_item": (
        "{year}年度：{what} #{id} 关联的评分项目“{code}”在考核细则 {rubric} 中没有",
        "year {year}: {what} #{id} refers to item '{code}', which rubric {rubric} does not have",
    ),
    "check.kind.evidence_link": ("佐证关联", "evidence link"),
    # ------------------------------------------------------------------ the database file
    "store.why.no_write": ("没有写入权限", "no write permission"),
    "store.why.file_read_only": ("文件为只读", "the file is read-only"),
    "store.unreadable": ("无法读取{path}：{error}", "{path} cannot be read: {error}"),
    "store.not_a_database": (
        "{path}不是数据库（文件头已损坏）",
        "{path} is not a database (its header is damaged)",
    ),
    "store.damaged": ("{path}已损坏：{error}", "{path} is damaged: {error}"),
    "store.db_cannot_open": ("无法打开{path}：{error}", "{path} cannot be opened: {error}"),
    "store.damaged_not_opened": (
        "EvalDesk 数据库已损坏，未能打开：{problems}",
        "The EvalDesk database is damaged and was not opened: {problems}",
    ),
    "store.damaged_unreadable": (
        "EvalDesk 数据库已损坏，无法继续读取：{problems}",
        "The EvalDesk database is damaged and cannot be read any further: {problems}",
    ),
    "store.damaged_daily": (
        "EvalDesk 数据库已损坏：{problems}",
        "The EvalDesk database is damaged: {problems}",
    ),
    "store.no_backup": (
        "在{path}中没有找到备份。请不要删除该文件；请把整个数据文件夹复制到安全的位置，并请技术支持"
        "人员帮助恢复。",
        "No backup was found in {path}. Do not delete the file; copy the whole data folder "
        "somewhere safe and ask for help recovering it.",
    ),
    "store.newest_backup": (
        "最新的备份是{path}（生成于{when}）。可以用以下命令恢复：\n"
        '    evaldesk restore --data-dir "{root}" "{path}"\n'
        "恢复时会把损坏的文件保留在备份文件夹中。",
        "The newest backup is {path} (made {when}). Restore it with:\n"
        '    evaldesk restore --data-dir "{root}" "{path}"\n'
        "The restore keeps the damaged file in the backups folder.",
    ),
    "store.check_stopped": ("数据库检查已停止", "the database check was stopped"),
    "store.backup_failed_today": (
        "今天的自动备份未能完成：{error}",
        "Today's automatic backup could not be made: {error}",
    ),
    # ------------------------------------------------------------------ opening the folder
    "store.in_use": (
        "数据文件夹{path}已在 EvalDesk（或另一个 evaldesk 命令）中打开，请关闭后再试",
        "the data folder {path} is open in EvalDesk (or in another evaldesk command); close it "
        "and try again",
    ),
    "store.maintenance_running": (
        "每日检查和备份正在进行中",
        "the daily check and backup are already running",
    ),
    "store.cannot_create": (
        "无法创建数据文件夹{path}：{error}",
        "cannot create the data folder {path}: {error}",
    ),
    "store.no_data": (
        "{path}中没有 EvalDesk 数据（缺少{db}）；请通过首次使用向导创建单位，或运行"
        "“evaldesk demo --data-dir 文件夹”试用演示单位",
        "there is no EvalDesk data in {path} (no {db}); create an office with the app's "
        "first-run wizard, or try `evaldesk demo --data-dir DIR`",
    ),
    "store.cannot_open_db": (
        "无法打开{path}：{error}（文件夹是否只读，或磁盘已满？）",
        "cannot open {path}: {error} (is the folder read-only, or the disk full?)",
    ),
    "store.refused": (
        "数据库拒绝了此次修改：{error}",
        "the change was refused by the database: {error}",
    ),
    "store.write_failed": ("无法写入数据库：{error}", "the database could not be written: {error}"),
    "store.foreign_tables": (
        "该数据库中已有数据表（{tables}），但不是 EvalDesk 数据；请选择空文件夹或 EvalDesk 数据文件夹",
        "the database has tables ({tables}) but is not an EvalDesk store; choose an empty "
        "folder or an EvalDesk data folder",
    ),
    "store.newer_schema": (
        "该数据文件夹由更新版本的 EvalDesk 写入（数据结构版本{revision}），请安装该版本或更新的版本后再打开",
        "the data folder was written by a newer EvalDesk (schema {revision}); install that "
        "version or newer to open it",
    ),
    "store.migration_broken_keys": (
        "升级数据结构后有 {count} 处外键指向不存在的记录（{rows}）；升级未完成",
        "the schema upgrade left {count} broken foreign key(s) ({rows}); it was not completed",
    ),
    "store.network_share": (
        "{path} 位于网络共享（{share}）",
        "{path} is on a network share ({share})",
    ),
    "store.network_share_unc": ("{path} 位于网络共享", "{path} is on a network share"),
    "store.network_drive": (
        "驱动器 {drive} 是映射的网络驱动器",
        "drive {drive} is a mapped network drive",
    ),
    "store.network_fs": (
        "{path} 位于网络文件系统（{fs}，挂载于 {mount}）",
        "{path} is on a network filesystem ({fs} mounted at {mount})",
    ),
    "store.rollback_journal": (
        "{reason}；WAL 在网络位置上无法工作，因此改用较慢的回滚日志。为了安全和速度，请把数据文件夹放在本地磁盘上。",
        "{reason}; WAL does not work there, so the slower rollback journal is used. Keep the "
        "data folder on a local disk for safety and speed.",
    ),
    # what SQLite says, by its result code (the {error} of the messages above)
    "sqlite.corrupt": ("数据库文件已损坏", "database disk image is malformed"),
    "sqlite.not_a_database": ("不是数据库文件", "file is not a database"),
    "sqlite.busy": ("数据库被占用", "database is locked"),
    "sqlite.read_only": ("数据库为只读", "attempt to write a readonly database"),
    "sqlite.cannot_open": ("无法打开数据库文件", "unable to open database file"),
    "sqlite.io": ("读写磁盘出错", "disk I/O error"),
    # ------------------------------------------------------------------ the clock
    "clock.before_log": (
        "电脑时钟显示 {now}，早于审计日志中最新的记录（{newest}）：日期可能设置错误。"
        "逾期计算、审批和签名都使用这个日期，请先校正时钟",
        "the computer's clock says {now}, earlier than the newest audit record ({newest}): "
        "the date is probably wrong. Overdue counts, approvals and signatures all read it; "
        "set the clock right first",
    ),
    "clock.far_from_year": (
        "电脑时钟显示 {now}，与正在填报的{year}年度相差太远：日期可能设置错误，请核对",
        "the computer's clock says {now}, far from the year {year} being worked on: the date "
        "may be wrong; please check it",
    ),
    # ------------------------------------------------------------------ the receiving office
    "collect.store.not_receiving": (
        "此数据文件夹不是接收单位（汇总单位）",
        "this data folder is not a receiving office",
    ),
    "collect.store.already_receiving": (
        "此数据文件夹已设为接收单位",
        "this data folder is already a receiving office",
    ),
    "collect.store.what_units": ("修改单位名单", "Changing the list of units"),
    "collect.store.what_import": ("导入报送包", "Importing a package"),
    "collect.store.what_review": ("录入评审分", "Entering a review score"),
    "collect.store.what_ballot": ("录入或撤回选票", "Entering or withdrawing a ballot"),
    "collect.store.what_decision": (
        "设定评估办公室的口径",
        "Setting an assessing office's decision",
    ),
    "collect.store.unit_exists": (
        "单位编号 {code} 已在名单中",
        "the unit code {code} is already on the list",
    ),
    "collect.store.no_unit": ("名单中没有单位 {code}", "there is no unit {code} on the list"),
    "collect.store.unit_removed": (
        "单位 {code} 已从名单中移除",
        "the unit {code} was already taken off the list",
    ),
    "collect.store.unit_on_list": (
        "单位 {code} 在名单中，无须恢复",
        "the unit {code} is on the list: there is nothing to put back",
    ),
    "collect.store.key_bound": (
        "密钥 {fingerprint} 已属于单位 {unit}，不能再归属其他单位",
        "the key {fingerprint} already belongs to the unit {unit}",
    ),
    "collect.store.duplicate": (
        "报送包 {package_id} 已经导入过",
        "the package {package_id} was already imported",
    ),
    "collect.store.review_kind": (
        "评审分只有初评（initial）和审定（final）两栏，没有 {kind}",
        "review scores are initial (初评) or final (审定), not {kind}",
    ),
    "collect.store.no_ballot": ("没有编号为 {id} 的有效选票", "there is no ballot {id} in force"),
    "results.store.duplicate": (
        "结果包 {package_id} 已经导入过",
        "the result package {package_id} was already imported",
    ),
}
