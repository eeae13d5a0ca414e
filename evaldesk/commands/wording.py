"""Wording of the command line's own messages (arguments, files, keys, answers)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
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
    "cli.interrupted": ("evaldesk：已中断", "evaldesk: interrupted"),
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
}
