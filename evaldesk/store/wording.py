"""Wording of the store's messages: locks, `evaldesk check`'s comparison of the data with its
audit log and anchors, the data folder's diagnosis, the clock."""

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
