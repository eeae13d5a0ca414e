"""Wording of the command line: what each command prints for a person, its help texts, and
argparse's own messages (usage errors) in Chinese.

``key -> (中文, English)``. The ``argparse.*`` entries are different in kind: their English is
argparse's own format string, exactly as argparse passes it to gettext (``%s``, ``%(prog)s``
and all), and the Chinese is what evaldesk.commands.language hands back for it; argparse then
formats it itself. Nothing reads argparse's finished text back.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # any command
    "cli.failed": ("evaldesk：{error}", "evaldesk: {error}"),
    "cli.interrupted": ("evaldesk：已中断", "evaldesk: interrupted"),
    "cli.no_gui": (
        "evaldesk：桌面界面不可用（{error}）",
        "evaldesk: the desktop interface is not available ({error})",
    ),
    "cli.warning": ("警告：{warning}", "warning: {warning}"),
    # evaldesk demo
    "cli.demo.created": ("演示单位已创建：{path}", "demo office created in {path}"),
    "cli.demo.office": ("  {office} — {year}年，{rubric}", "  {office} — {year}, {rubric}"),
    "cli.demo.counts": (
        "  台账事项：{entries}件（逾期：{overdue}件），佐证资料：{evidence}个，实时得分：{total}{grade}",
        "  ledger entries: {entries} (overdue: {overdue}), evidence files: {evidence}, "
        "live score: {total}{grade}",
    ),
    "cli.demo.grade": ("（{grade}）", " ({grade})"),
    "cli.demo.accounts": (
        "账户（密码只显示这一次，请记下来）：",
        "accounts (the passwords are shown only this once; write them down):",
    ),
    "cli.demo.account": (
        "  {role:<4} {username:<8} {password}   {name}",
        "  {role:<6} {username:<8} {password}   {name}",
    ),
    # evaldesk check / backup / restore
    "cli.check.note": ("注意：{note}", "note: {note}"),
    "cli.check.problem": ("问题：{problem}", "problem: {problem}"),
    "cli.check.failed": ("在{path}中发现{n}个问题", "{n} problem(s) found in {path}"),
    "cli.check.ok": (
        "正常：{path}：数据库完好，{rows}条审计记录的链条完好，已核对{files}个佐证资料文件",
        "ok: {path}: database intact, audit chain of {rows} rows intact, "
        "{files} evidence file(s) verified",
    ),
    "cli.backup.written": ("备份已写入：{path}", "backup written: {path}"),
    "cli.restore.done": ("已将{source}恢复到{path}", "restored {source} into {path}"),
    "cli.restore.replaced": ("被替换的数据保留在{path}", "what it replaced is kept in {path}"),
    "cli.restore.evidence": (
        "已恢复佐证资料文件{restored}个（其中替换损坏的副本{replaced}个）",
        "evidence files restored: {restored} (damaged copies replaced: {replaced})",
    ),
    # evaldesk score
    "cli.score.how": (
        "请给出 --rubric ID --facts FACTS.json，或用 --data-dir DIR 为已保存的单位计分",
        "give --rubric ID --facts FACTS.json, or --data-dir DIR to score a stored office",
    ),
    "cli.score.facts_needs_rubric": (
        "--facts 需要同时给出 --rubric ID|FILE",
        "--facts needs --rubric ID|FILE",
    ),
    "cli.score.no_facts": ("{path}：填报数据文件不存在", "{path}: no such facts file"),
    "cli.score.unreadable": (
        "{path}：无法作为 UTF-8 文本读取（{error}）",
        "{path}: cannot read as UTF-8 text ({error})",
    ),
    "cli.score.subsidy_title": ("【{title}】", "[{title}]"),
    "cli.score.subsidy_problem": ("  无法测算：{problem}", "  cannot be computed: {problem}"),
    "cli.score.subsidy_total": ("  合计：{total}元", "  total: {total} yuan"),
    "cli.score.subsidy_total_pending": (
        "  合计：{total}元（{pending}项待定）",
        "  total: {total} yuan ({pending} pending)",
    ),
    # evaldesk rubrics
    "cli.rubrics.row": (
        "{id:<28} {title}（{source}）{total}，{items}项",
        "{id:<28} {title} ({source}) {total}, {items} items",
    ),
    "cli.rubrics.points": ("{points}分", "{points} points"),
    "cli.rubrics.rated": ("定性评价", "rated, no points"),
    "cli.rubrics.error": ("错误：{problem}", "error: {problem}"),
    "cli.rubrics.not_loaded": (
        "{n}个错误，考核细则未加载。",
        "{n} error(s); the rubric was not loaded.",
    ),
    "cli.rubrics.ok": (
        "正常：{id} {title}：{sections}个部分，{items}个项目，{warnings}个警告",
        "ok: {id} {title}: {sections} sections, {items} items, {warnings} warning(s)",
    ),
    "cli.rubrics.import_table": (
        "{table}：按列 {columns} 读取",
        "{table}: columns read as {columns}",
    ),
    "cli.rubrics.imported": (
        "已写入 {path}：{id} {title}：{sections}个部分，{items}个项目，{suggested}个项目的计分规则为建议（未确认）",
        "written {path}: {id} {title}: {sections} sections, {items} items, "
        "the rules of {suggested} item(s) suggested (not confirmed)",
    ),
    "cli.rubrics.item_rules": ("  {code} {title}：{kinds}", "  {code} {title}: {kinds}"),
    "cli.rubrics.diff_same": (
        "{old} → {new}：考核项目、分值和规则相同",
        "{old} -> {new}: the same items, points and rules",
    ),
    "cli.rubrics.diff_head": ("{old} → {new}：{n}处改变", "{old} -> {new}: {n} change(s)"),
    "cli.rubrics.diff_line": ("  {change}", "  {change}"),
    "cli.rubrics.bad_diff_map": (
        "--map 中的“{part}”看不懂：应写成 旧编号=新编号",
        "cannot read {part!r} in --map: write old=new",
    ),
    # evaldesk export
    "cli.export.written": (
        "{path}：{files}个文件，{size}字节，报告{pages}页",
        "{path}: {files} files, {size} bytes, report {pages} pages",
    ),
    "cli.export.package": (
        "材料包编号{id}；密钥指纹{fingerprint}",
        "package id {id}; key fingerprint {fingerprint}",
    ),
    "cli.export.fonts": ("字体：{fonts}", "fonts: {fonts}"),
    # help texts
    "cli.help.description": ("EvalDesk 自评台账", "EvalDesk 自评台账"),
    "cli.help.version": ("显示版本号并退出", "show the version and exit"),
    "cli.help.data_dir": (
        "数据文件夹（默认：当前用户的数据文件夹）",
        "data folder (default: the user's data folder)",
    ),
    "cli.help.lang": (
        "界面和输出的语言：zh 或 en（默认按系统语言环境）",
        "language of the interface and the output: zh or en (default: the locale's)",
    ),
    "cli.help.json": ("输出机器可读的 JSON", "machine-readable output (JSON)"),
    "cli.help.demo": (
        "在空的数据文件夹中创建一个带示例数据的演示单位",
        "create a populated demo office in an empty data folder",
    ),
    "cli.help.demo_rubric": ("考核细则的编号或文件（默认：{rubric}）", "default: {rubric}"),
    "cli.help.demo_year": (
        "考核年度（默认：上一年，完整的一年）",
        "assessment year (default: last year, a full year)",
    ),
    "cli.help.demo_seed": (
        "随机数种子（种子相同，生成的单位相同）",
        "random seed (same seed, same office)",
    ),
    "cli.help.export": (
        "导出本年度签名的自评材料包（PDF、Excel、佐证资料、签名）",
        "export the year's signed report package (PDF, Excel, evidence, signature)",
    ),
    "cli.help.year": ("考核年度", "assessment year"),
    "cli.help.export_out": ("要写入的材料包文件", "package file to write"),
    "cli.help.passphrase_file": (
        "第一行是签名密钥口令的文件（否则读取 EVALDESK_PASSPHRASE，再否则提示输入）",
        "file whose first line is the signing key's passphrase (else EVALDESK_PASSPHRASE, "
        "else a prompt)",
    ),
    "cli.help.check": (
        "核对数据库、审计链和每个佐证资料文件；发现任何问题时退出码为1",
        "verify the database, the audit chain and every evidence file; exit 1 on any problem",
    ),
    "cli.help.backup": (
        "把数据库和佐证资料备份到一个 zip 文件",
        "back up the database and the evidence into one zip",
    ),
    "cli.help.backup_out": (
        "要写入的 zip 文件（默认：DIR/backups/...）",
        "the zip to write (default: DIR/backups/...)",
    ),
    "cli.help.restore": (
        "恢复备份（evaldesk backup 生成的 zip，或 backups/auto/*.sqlite3）",
        "put a backup (a zip from `evaldesk backup`, or backups/auto/*.sqlite3) in place",
    ),
    "cli.help.check_anchor": (
        "另存他处的报送包或备份 zip：审计日志必须包含其审计锚点",
        "a package or backup zip kept elsewhere: the audit log must hold its audit head",
    ),
    "cli.help.override_reason": (
        "即使 check 发现数据与审计日志不符也导出：由负责人决定并写明理由（记入审计日志并写入报送包）",
        "export although `check` finds the data and its audit log apart: a head's decision, "
        "with its reason (recorded in the audit log and carried in the package)",
    ),
    "cli.help.final": (
        "只导出定稿：全年未经负责人审核或细则含未确认的建议解释口径时拒绝导出（否则导出草稿）",
        "export only a final package: refuse when the head has not approved the full year or "
        "the rubric has suggested interpretations not confirmed (otherwise a draft is written)",
    ),
    "cli.help.restore_from": ("要恢复的备份", "the backup to restore"),
    "cli.help.rubrics": ("列出、显示和检查考核细则文件", "list, show and validate rubric files"),
    "cli.help.rubrics_list": ("内置的考核细则", "the built-in rubrics"),
    "cli.help.rubrics_show": ("以便于阅读的形式显示考核细则", "print a rubric readably"),
    "cli.help.rubrics_unit": (
        "显示该考核对象自己的目标（编号或名称）",
        "show this unit's own targets (id or name)",
    ),
    "cli.help.rubrics_validate": (
        "检查考核细则文件；有问题时列出全部问题并以退出码1退出",
        "check a rubric file; exit 1 with every problem found",
    ),
    "cli.help.rubrics_file": ("考核细则文件（.yaml）", "the rubric file (.yaml)"),
    "cli.help.rubrics_import": (
        "把发文单位的考核细则表格（.xlsx 或 .docx）导入为考核细则文件；计分规则为建议，需确认",
        "import a sender's rubric table (.xlsx or .docx) as a rubric file; the rules are "
        "suggestions to confirm",
    ),
    "cli.help.import_file": ("Word 或 Excel 表格", "the Word or Excel table"),
    "cli.help.import_map": (
        "指定各列，如 title=B,points=分值,criteria=5（字段：section、code、title、points、content、"
        "criteria、method、evidence）",
        "say which column holds what, e.g. title=B,points=分值,criteria=5 (fields: section code "
        "title points content criteria method evidence)",
    ),
    "cli.help.import_out": ("写入的考核细则文件（.yaml）", "the rubric file to write (.yaml)"),
    "cli.help.import_id": ("考核细则编号（小写字母、数字、-）", "the rubric's id (a-z, 0-9, -)"),
    "cli.help.import_title": (
        "考核细则标题（默认取表格上方的标题）",
        "the rubric's title (default: the title above the table)",
    ),
    "cli.help.import_accept_sums": (
        "分值合计与标明的总分不符时仍导入（差异记入说明）",
        "import even where points do not add up to a stated total (noted in the file)",
    ),
    "cli.help.rubrics_diff": (
        "比较考核细则的两个版本：新增、删除、改名、分值或规则改变的项目",
        "compare two versions of a rubric: items added, removed, renamed, points or rules changed",
    ),
    "cli.help.diff_old": ("旧版本（编号或文件）", "the old version (id or file)"),
    "cli.help.diff_new": ("新版本（编号或文件）", "the new version (id or file)"),
    "cli.help.diff_map": (
        "编号改变的项目：旧编号=新编号，以逗号分隔",
        "items whose code changed: old=new, comma-separated",
    ),
    "cli.help.rubrics_schema": (
        "输出考核细则格式的 JSON Schema",
        "print the JSON Schema of the rubric format",
    ),
    "cli.help.score": ("计算自评得分并说明依据", "compute a self-score with explanations"),
    "cli.help.score_rubric": (
        "考核细则的编号或文件（与 --facts 同用）",
        "rubric id or file (with --facts)",
    ),
    "cli.help.score_facts": (
        "填报数据文件（docs/facts-format.md）",
        "facts file (docs/facts-format.md)",
    ),
    "cli.help.score_unit": (
        "按其目标计分的考核对象（乡镇、区县）",
        "unit (town, district) whose targets apply",
    ),
    "cli.help.score_data_dir": (
        "为保存在此数据文件夹中的单位计分",
        "score the office stored in this data folder",
    ),
    "cli.help.score_year": (
        "考核年度（与 --data-dir 同用；默认：最近的年度）",
        "assessment year (with --data-dir; default: the latest)",
    ),
    "cli.help.score_json": (
        "输出机器可读的 JSON（docs/score-json.md）",
        "machine-readable output (docs/score-json.md)",
    ),
    # argparse's own messages (see the module docstring); English = argparse's msgid
    "argparse.usage": ("用法：", "usage: "),
    "argparse.error": ("%(prog)s：错误：%(message)s\n", "%(prog)s: error: %(message)s\n"),
    "argparse.argument": (
        "参数 %(argument_name)s：%(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "argparse.positionals": ("位置参数", "positional arguments"),
    "argparse.options": ("选项", "options"),
    "argparse.help": ("显示此帮助信息并退出", "show this help message and exit"),
    "argparse.unrecognized": ("无法识别的参数：%s", "unrecognized arguments: %s"),
    "argparse.required": ("缺少必需的参数：%s", "the following arguments are required: %s"),
    "argparse.one_of_required": ("必须给出参数 %s 之一", "one of the arguments %s is required"),
    "argparse.not_allowed_with": ("不能与参数 %s 同时使用", "not allowed with argument %s"),
    "argparse.ignored_explicit": ("多余的值 %r 被忽略", "ignored explicit argument %r"),
    "argparse.expected_one": ("需要一个值", "expected one argument"),
    "argparse.expected_at_most_one": ("最多只能给一个值", "expected at most one argument"),
    "argparse.expected_at_least_one": ("至少需要一个值", "expected at least one argument"),
    "argparse.expected_n": ("需要 %s 个值", "expected %s argument"),
    "argparse.expected_n_plural": ("需要 %s 个值", "expected %s arguments"),
    "argparse.ambiguous": (
        "选项不明确：%(option)s 可能是 %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "argparse.unexpected_option": ("意外的选项：%s", "unexpected option string: %s"),
    "argparse.invalid_value": (
        "无效的 %(type)s 值：%(value)r",
        "invalid %(type)s value: %(value)r",
    ),
    "argparse.invalid_choice": (
        "无效的选择：%(value)r（可选：%(choices)s）",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "argparse.unknown_parser": (
        "未知的子命令 %(parser_name)r（可选：%(choices)s）",
        "unknown parser %(parser_name)r (choices: %(choices)s)",
    ),
    "argparse.cannot_open": (
        "无法打开“%(filename)s”：%(error)s",
        "can't open '%(filename)s': %(error)s",
    ),
    "cli.file_unreadable": ("{path}：无法读取（{error}）", "{path}: cannot be read ({error})"),
    "cli.not_a_file": (
        "{path}：不是普通文件（文件夹或设备）；请给出一个文件",
        "{path}: not a regular file (a folder or a device); give a file",
    ),
    "cli.file_too_large": (
        "{path}：{size} 字节，超过此处允许的 {limit} 字节；是不是选错了文件？",
        "{path}: {size} bytes, more than the {limit} allowed here; is it the right file?",
    ),
    "cli.bad_year": (
        "“{value}”不是年份：请给出 {low} 到 {high} 之间的四位年份",
        "{value!r} is not a year: give a four-digit year from {low} to {high}",
    ),
    "cli.bad_seed": (
        "“{value}”不是可用的随机种子：请给出不超过 18 位的整数",
        "{value!r} is not a usable seed: give a whole number of at most 18 digits",
    ),
    "cli.internal_error": (
        "evaldesk：内部错误（{error}）；详细信息已保存到 {report}",
        "evaldesk: internal error ({error}); details were saved to {report}",
    ),
    # evaldesk keys ...
    "cli.help.keys": (
        "本单位的签名密钥及其信任的密钥",
        "the office's signing key, and the keys it trusts",
    ),
    "cli.help.keys_show": (
        "本单位的签名密钥：指纹、文件、更换记录",
        "the office's signing key: fingerprint, files, rotations",
    ),
    "cli.help.keys_export": (
        "写出本单位的公钥（用于备案）",
        "write the office's public key (to register it)",
    ),
    "cli.help.keys_rotate": (
        "生成新的签名密钥，由旧密钥签署交接",
        "make a new signing key, handed over to by the old one",
    ),
    "cli.help.keys_replace": (
        "口令已遗失：生成新密钥（旧密钥无法签署交接）",
        "the passphrase is lost: make a new key (the old one cannot sign over)",
    ),
    "cli.help.keys_old_passphrase": ("旧密钥的口令文件", "the old key's"),
    "cli.help.keys_new_passphrase": (
        "新密钥的口令文件（否则读 {env}，再否则询问）",
        "the new key's (else {env}, else a prompt)",
    ),
    "cli.help.keys_reason": ("原因（记入审计日志）", "why (recorded in the audit log)"),
    "cli.help.keys_add": (
        "信任一个单位的密钥（PEM 文件或其指纹）",
        "trust a unit's key (a PEM file or its fingerprint)",
    ),
    "cli.help.keys_label": ("密钥属于谁，如单位名称", "whose key it is, e.g. the unit's name"),
    "cli.help.keys_list": ("本单位信任的密钥", "the keys this office trusts"),
    "cli.help.keys_remove": ("不再信任一个密钥", "stop trusting a key"),
    "cli.help.keys_out": ("要写入的公钥文件", "the public key file to write"),
    # evaldesk verify
    "cli.help.verify": (
        "核验签名的报送包（zip 安全、BagIt 哈希、签名、签名者）",
        "verify a signed report package (zip safety, BagIt hashes, signature, signer)",
    ),
    "cli.help.verify_pubkey": ("报送单位备案的公钥", "the office's registered public key"),
    "cli.help.verify_trust": (
        "受信任的密钥：PEM 公钥或指纹，每行一个（或存放这些文件的文件夹）",
        "trusted keys: PEM public keys or fingerprints, one per line (a folder of such files)",
    ),
    "cli.help.verify_data_dir": (
        "使用此（接收）单位数据文件夹中受信任的密钥",
        "use the trusted keys of this (receiving) office's data folder",
    ),
    "cli.help.verify_json": (
        "机器可读的结果（docs/package-format.md）",
        "machine-readable result (docs/package-format.md)",
    ),
    # the checks verify runs, and how each went (one line each)
    # (Chinese labels padded with full-width spaces: they line up in a terminal)
    "verify.cli.check": ("  {check:　<6}　{status}", "  {check:<15} {status}"),
    "verify.cli.where": ("{path}：", "{path}: "),
    "verify.check.zip_safety": ("压缩包安全", "zip_safety"),
    "verify.check.structure": ("包结构", "structure"),
    "verify.check.completeness": ("文件齐全", "completeness"),
    "verify.check.hashes": ("哈希", "hashes"),
    "verify.check.oxum": ("文件数与大小", "oxum"),
    "verify.check.signature": ("签名", "signature"),
    "verify.check.expected_key": ("备案公钥", "expected_key"),
    "verify.check.content_digest": ("内容摘要", "content_digest"),
    "verify.check.trust": ("签名者", "trust"),
    "verify.status.ok": ("通过", "ok"),
    "verify.status.failed": ("不通过", "failed"),
    "verify.status.skipped": ("未检查", "skipped"),
    "keys.cli.none": (
        "还没有签名密钥：首次导出报送包时生成",
        "no signing key yet: it is made at the first export",
    ),
    "keys.cli.fingerprint": (
        "签名公钥指纹：{fingerprint}",
        "signing key fingerprint: {fingerprint}",
    ),
    "keys.cli.files": (
        "私钥（已加密）：{private}\n公钥：{public}",
        "private key (encrypted): {private}\npublic key: {public}",
    ),
    "keys.cli.rotation": (
        "{date} 更换密钥：{old}… → {new}…（{reason}）",
        "{date} key rotated: {old}... -> {new}... ({reason})",
    ),
    "keys.cli.exported": (
        "已写出公钥 {path}（指纹 {fingerprint}）",
        "public key written to {path} (fingerprint {fingerprint})",
    ),
    "keys.cli.rotated": (
        "已更换签名密钥：{old}… → {new}。之后的报送包都带有新旧密钥共同签署的交接声明",
        "signing key rotated: {old}... -> {new}. Every later package carries the handover "
        "signed by both keys",
    ),
    "keys.cli.replaced": (
        "已生成新签名密钥 {new}。旧密钥无法签署交接：请把新指纹以电话或公函告知上级单位",
        "a new signing key {new} was made. The old key could not sign the handover: give the "
        "new fingerprint to the receiving office by phone or letter",
    ),
    "keys.cli.added": (
        "已信任 {label} 的密钥 {fingerprint}",
        "trusted {label}'s key {fingerprint}",
    ),
    "keys.cli.none_trusted": ("此单位尚未信任任何密钥", "this office trusts no key yet"),
    "keys.cli.removed": ("已不再信任 {key}", "no longer trusted: {key}"),
    # evaldesk interpretations
    "cli.help.interp": (
        "原文未规定、由单位设定的数值（解释口径）",
        "values an office sets where the source is silent",
    ),
    "cli.help.interp_list": (
        "列出可设定的数值及其当前值",
        "list the settable values and what they are",
    ),
    "cli.help.interp_set": ("设定一个数值", "set one value"),
    "cli.help.interp_import": ("从 JSON 文件设定多个数值", "set values from a JSON file"),
    "cli.help.interp_id": ("解释口径的编号（见 list）", "the interpretation's id (see list)"),
    "cli.help.interp_value": (
        "一个数，或 default（恢复细则自身的值）",
        'a number, or "default" for the rubric\'s own value',
    ),
    "cli.help.interp_file": (
        'JSON：{{"解释口径编号": 数值, ...}}',
        'JSON: {{"interpretation id": value, ...}}',
    ),
    "cli.help.latest_year": (
        "考核年度（默认：最近的年度）",
        "assessment year (default: the latest)",
    ),
    "cli.interp.none": (
        "本年度的考核细则没有可由单位设定的数值",
        "the year's rubric leaves nothing to the office",
    ),
    "cli.interp.row": (
        "{id}　{title}：{value}{office}（默认 {default}；{bounds}）",
        "{id}  {title}: {value}{office} (default {default}; {bounds})",
    ),
    "cli.interp.by_office": ("（单位设定）", " (set by the office)"),
    "cli.interp.bounds": ("范围 {low}–{high}", "allowed {low}–{high}"),
    "cli.interp.set": ("已设定 {id} = {value}", "set {id} = {value}"),
    "cli.interp.cleared": (
        "{id} 恢复为细则默认值 {value}",
        "{id} is back to the rubric's default {value}",
    ),
    "cli.interp.imported": ("已从 {path} 设定 {n} 个数值", "set {n} value(s) from {path}"),
    # ------------------------------------------------------------------ collect, result (issue 18)
    "cli.help.collect": (
        "接收单位：导入、查看、排名和发布各单位的报送包",
        "the receiving office: import, list, rank and publish the units' packages",
    ),
    "cli.help.collect_init": (
        "把数据文件夹建成接收单位（某细则、某年度）",
        "make a data folder a receiving office for one rubric and year",
    ),
    "cli.help.collect_name": ("接收单位名称", "the receiving office's name"),
    "cli.help.collect_rubric": ("细则编号或文件", "rubric id or file"),
    "cli.help.collect_units": (
        "单位名单文件（CSV：编号,名称,按细则中哪个单位计分）；省略则用细则中的单位",
        "the list of units (CSV: code,name,rubric unit); the rubric's units when omitted",
    ),
    "cli.help.collect_import": (
        "导入报送包（文件或文件夹），逐个核验",
        "import packages (files or folders), each verified",
    ),
    "cli.help.collect_paths": ("报送包或其所在文件夹", "packages, or folders holding them"),
    "cli.help.collect_accept": (
        "已与封面核对的签名指纹，可加 =单位编号（单位的第一个报送包、密钥更换后须提供）",
        "a signing fingerprint checked against the cover, optionally =UNIT (needed for a "
        "unit's first package and after a key rotation)",
    ),
    "cli.help.collect_list": (
        "各单位的报送情况与得分（--unit 查看某单位逐项得分）",
        "the units, what they sent and their scores (--unit: one unit's items)",
    ),
    "cli.help.collect_unit": ("单位编号", "the unit's code"),
    "cli.help.collect_rank": (
        "计算排名、等次评价平均分、最终得分与名次（只读）",
        "compute the rankings, the ballots' averages, the finals and places (reads only)",
    ),
    "cli.help.collect_publish": (
        "发布已审定的结果：各单位结果包、排名表和汇总 PDF",
        "publish the approved results: each unit's result package, the ranking workbook and "
        "the summary PDF",
    ),
    "cli.help.collect_out": ("发布到的文件夹", "the folder to publish into"),
    "cli.help.result": (
        "单位：导入接收单位发回的考核结果",
        "a unit: import the results its receiving office sent back",
    ),
    "cli.help.result_import": ("导入结果包", "import a result package"),
    "cli.help.result_show": ("显示已收到的考核结果", "show the results received"),
    "cli.help.result_accept": (
        "已核对的发布单位签名指纹（第一次导入、发布单位更换密钥后须提供）",
        "the issuer's signing fingerprint, checked (needed the first time and after the issuer "
        "rotated its key)",
    ),
    "cli.help.demo_unit": (
        "演示单位是细则中的哪个单位（编号，如 dongchen；默认怀化市或第一个）",
        "which of the rubric's units the demo office is (its id, e.g. dongchen; by default "
        "huaihua, else the first)",
    ),
}
