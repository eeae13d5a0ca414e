"""Wording of the services' messages: keys, trust lists, locks, checks at export."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
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
        "二是由负责人确认现有数据并说明理由后导出（命令行：evaldesk export ... --override-reason "
        '"理由"），理由和这些问题会记入审计日志并写入报送包',
        "There are two ways on: restore a backup from before the change (evaldesk restore "
        "--data-dir {path} BACKUP), or have a head (负责人) accept the data as it is, with a "
        'reason, and export (evaldesk export ... --override-reason "REASON"); the reason and '
        "these problems are recorded in the audit log and carried in the package",
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
