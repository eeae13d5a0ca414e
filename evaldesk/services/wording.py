"""Wording of the services' messages: accounts, roles, the office, review, facts, evidence,
subsidies and the export form (the ledger and dispatch are in wording_ledger.py).

``key -> (中文, English)``; the Chinese is what the GUI showed for these messages before they
became data (resources/translations, context ErrorText), so offices read the same words.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "services.none": ("无", "none"),
    # fields named in a field problem (InvalidFields)
    "fields.invalid": ("{problems}", "{problems}"),
    "fields.problem": ("{field}：{problem}", "{field}: {problem}"),
    "field.title": ("事项", "title"),
    "field.source": ("来源", "source"),
    "field.status": ("状态", "status"),
    "field.received_date": ("接收日期", "received date"),
    "field.deadline": ("办理时限", "deadline"),
    "field.done_date": ("办结日期", "done date"),
    "field.item_code": ("评分项目", "rubric item"),
    "field.description": ("办理内容", "description"),
    "field.responsible": ("责任人", "responsible"),
    "field.submitted_date": ("报送日期", "submitted date"),
    "field.progress": ("工作进展", "progress"),
    "field.out": ("保存为", "package file"),
    "field.passphrase": ("签名口令", "passphrase"),
    "field.repeat": ("再次输入口令", "repeated passphrase"),
    # rubric items
    "items.unknown_close": (
        "考核细则{rubric}中没有评估项目“{code}”（您要找的是不是{close}？）",
        "there is no item '{code}' in {rubric} (did you mean {close}?)",
    ),
    "items.unknown_some": (
        "考核细则{rubric}中没有评估项目“{code}”（共{n}项，如{codes}）",
        "there is no item '{code}' in {rubric} ({n} items, e.g. {codes})",
    ),
    # accounts
    "users.wrong_login": ("用户名或密码错误", "wrong user name or password"),
    "users.password_short": (
        "密码太短，至少需要{n}个字符",
        "the password is too short; use at least {n} characters",
    ),
    "users.password_spaces": (
        "密码的开头和结尾不能是空格",
        "the password must not start or end with a space",
    ),
    "users.bad_name": (
        "用户名须由1至64个字母、数字、汉字或“.”“_”“-”组成，不能含空格",
        "a user name is 1-64 letters, digits, Chinese characters, '.', '_' or '-' (no spaces)",
    ),
    "users.disabled": (
        "账户{name}已停用，请联系管理员",
        "the account {name} is disabled; ask an admin (管理员)",
    ),
    "users.unknown_role": (
        "未知角色“{role}”（可选角色：clerk 经办人、head 负责人、admin 管理员）",
        "unknown role '{role}' (roles: clerk 经办人, head 负责人, admin 管理员)",
    ),
    "users.has_users": (
        "本单位已有用户，新账户须由管理员添加",
        "this office already has users; an admin must add new accounts",
    ),
    "users.last_admin": (
        "这是最后一个启用的管理员账户，请先将其他用户设为管理员",
        "this is the last active admin (管理员); make another admin first",
    ),
    "users.wrong_password": ("当前密码不正确", "the current password is wrong"),
    # roles: what each action is, the roles it needs, who was refused
    "roles.refused": (
        "{what}需要{roles}角色；{name}的角色是{role}",
        "{what} needs the {roles} role; {name} is {role}",
    ),
    "roles.either": ("{first}或{last}", "{first} or {last}"),
    "roles.clerk": ("经办人", "clerk (经办人)"),
    "roles.head": ("负责人", "head (负责人)"),
    "roles.admin": ("管理员", "admin (管理员)"),
    "roles.a_clerk": ("经办人", "a clerk (经办人)"),
    "roles.a_head": ("负责人", "a head (负责人)"),
    "roles.an_admin": ("管理员", "an admin (管理员)"),
    "roles.name_clerk": ("经办人", "clerk"),
    "roles.name_head": ("负责人", "head"),
    "roles.name_admin": ("管理员", "admin"),
    "roles.ledger_edit": ("编辑台账", "editing the ledger"),
    "roles.dispatch_edit": ("编辑季度调度记录", "editing a quarter's dispatch record"),
    "roles.facts_edit": ("填报自评项目", "ticking or filling rubric items"),
    "roles.evidence_edit": ("上传或移除佐证资料", "attaching or detaching evidence"),
    "roles.approve": ("审核季度或年度", "approving a quarter or the year"),
    "roles.unlock": ("解锁已审核的季度或年度", "unlocking an approved quarter or year"),
    "roles.review_comment": ("填写审核意见", "writing review comments"),
    "roles.review_scores": ("录入审核得分", "entering review scores"),
    "roles.export_override": (
        "接受与审计日志不符的数据并导出",
        "exporting data that differs from its audit log",
    ),
    "roles.users_manage": ("管理用户账户", "managing user accounts"),
    "roles.office_manage": (
        "修改单位信息或考核年度",
        "changing the office profile or assessment years",
    ),
    "roles.interpretations_set": (
        "设定原文未规定、留给本单位确定的数值",
        "setting a value the rubric's source document leaves to the office",
    ),
    # the office and its years
    "setup.needs_name": ("请填写单位名称", "the office needs a name"),
    "setup.no_units": (
        "考核细则{rubric}不区分考核对象，考核对象请留空",
        "{rubric} has no units; leave the unit empty",
    ),
    "setup.choose_unit": (
        "考核细则{rubric}按考核对象分别设定目标，请选择考核对象：{names}",
        "{rubric} has targets per unit; choose the unit: {names}",
    ),
    "setup.not_a_unit": (
        "“{unit}”不是考核细则{rubric}中的考核对象（考核对象有：{names}）",
        "'{unit}' is not a unit of {rubric} (units: {names})",
    ),
    "setup.office_exists": (
        "{path}中已有 EvalDesk 单位数据；请选择一个空文件夹（未做任何修改）",
        "{path} already holds an EvalDesk office; choose an empty folder (nothing was changed)",
    ),
    # the rubric copy pinned with a year
    "pinned.no_file": ("考核细则{ref}没有可复制的文件", "rubric {ref} has no file to copy"),
    "pinned.changed": (
        "考核细则文件{path}在读取过程中被修改，请重试",
        "rubric file {path} changed while it was being read; try again",
    ),
    "pinned.mismatch": (
        "{year}年度保存的考核细则副本与锁定的散列值（{hash}…）不符，说明数据库曾在 EvalDesk 之外"
        "被修改。请运行“evaldesk check”检查，并恢复备份。",
        "the rubric copy stored with {year} does not match its pinned hash ({hash}…); the "
        "database was edited outside EvalDesk. Run `evaldesk check` and restore a backup.",
    ),
    # review
    "review.no_column": (
        "考核细则{rubric}没有审核栏“{column}”（审核栏有：{labels}）",
        "{rubric} has no review column '{column}' (its review columns: {labels})",
    ),
    "review.score_too_high": (
        "{code}：审核得分{score}超过了该项目的分值{points}分",
        "{code}: a review score of {score} is more than the item's {points} points",
    ),
    # evidence
    "evidence.cannot_copy": (
        "无法从佐证资料文件夹中复制出{name}：{error}",
        "cannot copy {name} out of the evidence folder: {error}",
    ),
    # recording facts
    "facts.bad_field": ("{code} {where}：{problem}", "{code} {where}: {problem}"),
    "facts.bad_scope": (
        "范围只能是 item、section 或 whole（收到的是“{scope}”）",
        "scope must be item, section or whole (got '{scope}')",
    ),
    "facts.not_ranking": (
        "{code}：规则“{rule}”不是排名规则",
        "{code}: rule '{rule}' is not a ranking rule",
    ),
    "facts.not_unit": (
        "{code}：“{unit}”不是考核细则{rubric}中的考核对象",
        "{code}: '{unit}' is not a unit of {rubric}",
    ),
    "facts.bad_rating": (
        "“{rating}”不是考核细则{rubric}的评价等次（可选等次：{levels}）",
        "'{rating}' is not a rating of {rubric} (ratings: {levels})",
    ),
    "form_values.no_table": (
        "考核细则{rubric}没有报告表“{table}”",
        "{rubric} has no form table '{table}'",
    ),
    "facts.no_cell": ("表格“{table}”中没有单元格{cell}", "table {table} has no cell {cell}"),
    "form_values.no_profile_field": (
        "考核细则{rubric}没有基本概况字段“{field}”",
        "{rubric} has no profile field '{field}'",
    ),
    "form_values.no_text_table": (
        "考核细则{rubric}没有文字表“{table}”",
        "{rubric} has no text table '{table}'",
    ),
    "facts.no_columns": ("{table}没有以下列：{columns}", "{table} has no column(s) {columns}"),
    "facts.bad_indicator": ("{code}绩效指标：{problem}", "{code} indicator: {problem}"),
    # values typed into a report form
    "form.not_number": ("{what}：“{text}”不是数字", "{what}: “{text}” is not a number"),
    "form.not_date": (
        "{what}：“{text}”不是日期（请按“2023年2月20日”的格式填写）",
        "{what}: “{text}” is not a date (type it as 2023年2月20日)",
    ),
    "form.not_calendar_date": (
        "{what}：“{text}”不是日历上存在的日期",
        "{what}: “{text}” is not a date of the calendar",
    ),
    # what the money needs
    "subsidies.none_paid": (
        "考核细则{rubric}不涉及补助，无需填报补助测算数据",
        "{rubric} pays no subsidies; there is nothing to record for them",
    ),
    "subsidies.not_input": (
        "“{input}”不是补助测算的{kind}填报项（已有：{known}）",
        "'{input}' is not a subsidy {kind} input (known: {known})",
    ),
    "subsidies.not_whole": (
        "{what}：“{value}”必须是整数",
        "{what}: “{value}” must be a whole number",
    ),
    "subsidies.too_small": (
        "{what}：“{value}”不能小于{least}",
        "{what}: “{value}” must be at least {least}",
    ),
    "subsidies.not_award": (
        "“{award}”不是补助奖项（已有：{known}）",
        "'{award}' is not a subsidy award (known: {known})",
    ),
    # the export form
    "export_form.choose_out": (
        "请选择材料包的保存位置（.zip 文件）",
        "choose where to save the package (a .zip file)",
    ),
    "export_form.not_zip": (
        "材料包文件名必须以 .zip 结尾",
        "the package file name must end in .zip",
    ),
    "export_form.no_folder": ("文件夹{path}不存在", "the folder {path} does not exist"),
    "export_form.is_folder": (
        "{path}是文件夹，请填写以 .zip 结尾的文件名",
        "{path} is a folder; give a file name ending in .zip",
    ),
    "export_form.no_passphrase": (
        "请输入本单位签名密钥的口令",
        "enter the passphrase of the office's signing key",
    ),
    "export_form.passphrase_short": (
        "保护新签名密钥的口令至少需要{n}个字符",
        "the passphrase protecting the new signing key must have at least {n} characters",
    ),
    "export_form.passphrases_differ": (
        "两次输入的口令不一致，请输入相同的口令",
        "the two passphrases differ; type the same passphrase twice",
    ),
    "keys.no_office": (
        "{path} 中没有 EvalDesk 数据（没有数据库）",
        "there is no EvalDesk data in {path} (no database)",
    ),
    "keys.already_trusted": (
        "密钥 {fingerprint} 已在信任列表中（{label}）",
        "the key {fingerprint} is already trusted ({label})",
    ),
    "keys.not_trusted": (
        "信任列表中没有密钥 {fingerprint}",
        "the key {fingerprint} is not on the trust list",
    ),
    "keys.not_a_key": (
        "“{value}”既不是公钥文件，也不是 64 位十六进制指纹",
        "{value!r} is neither a public key file nor a 64-digit hex fingerprint",
    ),
    "export.check_failed": (
        "数据与审计日志不符，未导出报送包（发现 {count} 个问题）",
        "the data does not match its audit log; no package was exported ({count} problem(s))",
    ),
    "export.check_failed_hint": (
        "出路有二：一是从改动之前的备份恢复（evaldesk restore --data-dir {path} 备份文件）；"
        "二是由负责人确认现有数据并说明理由后导出（软件中在导出页面填写“接受理由”；命令行："
        'evaldesk export ... --override-reason "理由"），理由和这些问题会记入审计日志并写入报送包',
        "There are two ways on: restore a backup from before the change (evaldesk restore "
        "--data-dir {path} BACKUP), or have a head (负责人) accept the data as it is, with a "
        "reason, and export (in the app: the export page's reason field; on the command line: "
        'evaldesk export ... --override-reason "REASON"); the reason and these problems are '
        "recorded in the audit log and carried in the package",
    ),
    "export.not_final": (
        "不能导出定稿，报送包只能是草稿：{reasons}",
        "cannot export a final package, only a draft: {reasons}",
    ),
    "export.draft": (
        "本报送包是草稿（{reasons}），不能作为正式报送材料",
        "this package is a DRAFT ({reasons}); it must not be sent as the office's submission",
    ),
    "export.final": (
        "本报送包是定稿：全年已由 {name} 于 {at} 审核确认",
        "this package is final: the full year was approved by {name} on {at}",
    ),
    "export.override_needs_head": (
        "接受与审计日志不符的数据需要负责人；{who} 不是负责人",
        "accepting data that differs from its audit log needs a head (负责人); {who} is not one",
    ),
    "maintenance.anchor_not_intact": (
        "{path} 未通过核验（evaldesk verify），其审计锚点不可用",
        "{path} does not verify (evaldesk verify), so its audit anchor cannot be used",
    ),
    "keys.no_key": (
        "{path} 的单位还没有签名密钥（首次导出报送包时生成）",
        "the office in {path} has no signing key yet (it is made at the first export)",
    ),
    "keys.short_passphrase": (
        "保护新签名密钥的口令至少需要 {least} 个字符",
        "the passphrase protecting the new signing key must have at least {least} characters",
    ),
    "keys.reason_needed": (
        "请说明为何更换密钥（例如口令遗失），理由会记入审计日志并随报送包送出",
        "say why the key is replaced (e.g. the passphrase was lost); the reason is recorded in "
        "the audit log and carried in the packages",
    ),
    "keys.label_needed": (
        "请用 --label 说明这是哪个单位的密钥",
        "say whose key this is with --label",
    ),
}
