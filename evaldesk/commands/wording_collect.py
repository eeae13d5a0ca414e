"""Wording of `evaldesk collect ...` and `evaldesk result ...` (the help texts are in
evaldesk.commands.wording, where the parser reads them)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.collect.units_not_utf8": (
        "单位名单 {path} 不是 UTF-8 文本",
        "the list of units {path} is not UTF-8 text",
    ),
    "cli.collect.units_line": (
        "单位名单 {path} 第{line}行：应为“编号,名称[,按细则中哪个单位计分]”",
        "the list of units {path}, line {line}: expected “code,name[,rubric unit]”",
    ),
    "cli.collect.created": (
        "已在 {path} 建立接收单位：接收{year}年度的报送包，名单中有{units}个单位。首次打开时设置管理员账户。",
        "made {path} a receiving office for {year}, with {units} units on its list; the first "
        "start of the app sets up the administrator account",
    ),
    "cli.collect.status.imported": ("导入  {file}：{text}", "imported  {file}: {text}"),
    "cli.collect.status.refused": ("拒收  {file}：{text}", "refused   {file}: {text}"),
    "cli.collect.status.confirm": ("待确认 {file}：{text}", "to confirm {file}: {text}"),
    "cli.collect.fingerprint": (
        "    签名指纹：{fingerprint}",
        "    signing fingerprint: {fingerprint}",
    ),
    "cli.collect.how_to_accept": (
        "    核对一致后再次导入，并加上 --accept {fingerprint}",
        "    when they match, import again with --accept {fingerprint}",
    ),
    "cli.collect.imported": ("共{total}个文件，导入{imported}个", "{imported} of {total} imported"),
    "cli.collect.list_head": (
        "名次 单位编号        自评分  计算分  最终分 等次 单位名称",
        "place unit          self   computed final grade name",
    ),
    "cli.collect.ranking": ("位次考核 {item} {title}", "ranking {item} {title}"),
    "cli.collect.sheet": ("选票 {sheet}：{ballots}张", "ballot sheet {sheet}: {ballots} ballots"),
    "cli.collect.finals": ("最终得分与名次", "final scores and places"),
    "cli.collect.published": (
        "已发布{n}个单位的结果包到 {folder}",
        "published the result packages of {n} units into {folder}",
    ),
    "cli.result.how_to_accept": (
        "    核对一致后再次导入，并加上 --accept {fingerprint}",
        "    when they match, import again with --accept {fingerprint}",
    ),
    "cli.result.none": ("{year}年度尚未收到考核结果", "no result received for {year} yet"),
    "cli.result.summary": (
        "{year}年度考核结果（{issuer}）：自评分 {self}，最终得分 {final}，第{place}名（共{of}个）",
        "{year} result ({issuer}): self-score {self}, final {final}, place {place} of {of}",
    ),
}
