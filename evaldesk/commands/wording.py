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
}
