"""Wording of the receiving office's services (issue 18): roles, setup, import, ballots,
reviews, ranking and publishing; and, on a unit's side, importing the results it was sent."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ roles
    "roles.reviewer": ("评审", "reviewer (评审)"),
    "roles.a_reviewer": ("评审", "a reviewer (评审)"),
    "roles.name_reviewer": ("评审", "reviewer"),
    "roles.collect_import": ("导入报送包", "importing packages"),
    "roles.collect_ballots": ("录入选票", "entering ballots"),
    "roles.collect_review": ("录入初评、审定分", "entering review scores (初评 / 审定)"),
    "roles.collect_decide": (
        "作出评估办公室的决定（如选票比例的取整）",
        "taking the assessing office's decisions (such as how a ballot quota is rounded)",
    ),
    "roles.collect_publish": ("发布考核结果", "publishing the results"),
    "roles.results_import": ("导入上级发回的结果包", "importing a result package"),
    # ------------------------------------------------------------------ setup
    "collect.setup.code_twice": (
        "单位编号 {code} 出现了两次；每个单位须有自己的编号",
        "the unit code {code} is given twice; each unit needs its own code",
    ),
    "collect.setup.bad_code": (
        "单位编号“{code}”无效：只能用字母、数字和 _ . -（以字母或数字开头，最多64个字符）",
        "the unit code “{code}” is not valid: use letters, digits and _ . - (starting with a "
        "letter or digit, at most 64 characters)",
    ),
    "collect.setup.needs_name": ("单位 {code} 须有名称", "the unit {code} needs a name"),
    "collect.setup.bad_rubric_unit": (
        "单位 {code}：须选择它按细则中哪个单位计分（{unit} 不在其中；可选：{known}）",
        "unit {code}: choose which of the rubric's units it is scored as ({unit} is not one; "
        "choose from {known})",
    ),
    "collect.setup.no_rubric_units": (
        "细则 {rubric} 不分单位，不能指定按哪个单位计分",
        "the rubric {rubric} has no units, so a unit cannot be scored as one",
    ),
    "collect.setup.not_receiving": (
        "{path} 是一个单位的数据文件夹，不是接收单位；接收单位须在首次启动向导中选择“接收单位”创建，"
        "或用 evaldesk 命令的 collect init 创建",
        "{path} is a unit's data folder, not a receiving office; create a receiving office "
        "in the first-start wizard (choose “receiving office”) or with evaldesk collect init",
    ),
    "collect.setup.no_unit": ("名单中没有单位 {code}", "there is no unit {code} on the list"),
    "collect.setup.reason_needed": (
        "请写明移除该单位的原因",
        "say why the unit is taken off the list",
    ),
    "collect.setup.restore_reason_needed": (
        "请写明将该单位恢复到名单中的原因",
        "say why the unit is put back on the list",
    ),
    # ------------------------------------------------------------------ import
    "collect.import.trust_source": ("本办公室受信任的单位密钥", "this office's trusted unit keys"),
    "collect.import.not_intact": (
        "报送包不完整或被改动（{count}处问题），未导入",
        "the package is not intact or was changed ({count} problems); not imported",
    ),
    "collect.import.duplicate": (
        "报送包 {package_id} 已经导入过",
        "the package {package_id} was already imported",
    ),
    "collect.import.same_time": (
        "{unit}的报送包 {package_id} 与已导入的一个报送包导出时间相同（{time}），是重复报送，未导入；"
        "已导入的不受影响",
        "the package {package_id} of {unit} has the same signed export time ({time}) as one "
        "already imported: a duplicate, not imported; what was imported is unchanged",
    ),
    "collect.import.older": (
        "已导入{unit}的报送包 {package_id}（导出于{date}），但它早于在用的 {current}（导出于"
        "{current_date}），不取代它；两者均保留，仍以 {current} 为准",
        "imported {package_id} of {unit} (exported {date}), but it is earlier than {current} in "
        "force (exported {current_date}) and does not supersede it; both are kept, {current} "
        "still counts",
    ),
    "collect.import.superseded": (
        "已导入{unit}的报送包 {package_id}，取代较早的 {old}（两者均保留）",
        "imported {package_id} of {unit}; it supersedes the earlier {old} (both are kept)",
    ),
    "collect.import.draft": (
        "“{office}”的报送包 {package_id} 是草稿（单位负责人尚未审核），未导入；请单位负责人审核"
        "全年数据后重新导出正式报送包。已导入的报送包不受影响",
        "the package {package_id} of “{office}” is a draft (its head has not approved it): not "
        "imported; the unit's head approves the year and the unit exports the package again. "
        "Packages already imported are unchanged",
    ),
    "collect.import.imported": (
        "已导入{unit}的报送包 {package_id}",
        "imported the package {package_id} of {unit}",
    ),
    "collect.import.removed_unit": (
        "签名密钥属于已从名单移除的单位 {code}，未导入",
        "the signing key belongs to the unit {code}, which was taken off the list; not imported",
    ),
    "collect.import.confirm_rotation": (
        "{unit}更换了签名密钥：由 {old} 换为 {new}，更换声明由原密钥签名。请与单位核实后确认",
        "{unit} changed its signing key from {old} to {new}, in a statement signed by the old "
        "key; confirm after checking with the unit",
    ),
    "collect.import.no_such_unit": ("名单中没有单位 {code}", "there is no unit {code} on the list"),
    "collect.import.no_unit": (
        "名单中没有与“{office}”（细则单位 {unit}）相符的单位；请先把它加入单位名单",
        "no unit on the list matches “{office}” (rubric unit {unit}); add it to the list first",
    ),
    "collect.import.choose_unit": (
        "“{office}”可能是名单中的几个单位之一；请选择它是哪个单位",
        "“{office}” may be one of several units on the list; choose which one it is",
    ),
    "collect.import.unknown_key": (
        "签名密钥 {fingerprint} 不是{unit}已登记的密钥，也没有原密钥签名的更换声明；"
        "未导入。如单位确已更换密钥，请电话或来函核实指纹后由管理员添加为受信任的密钥",
        "the signing key {fingerprint} is not the key registered for {unit}, and no statement "
        "signed by that key hands over to it; not imported. If the unit did replace its key, "
        "an administrator adds it as trusted after checking the fingerprint by phone or letter",
    ),
    "collect.import.confirm_key": (
        "{unit}的第一个报送包：请将签名指纹 {fingerprint} 与报告封面上印的指纹逐组核对，一致后确认",
        "the first package of {unit}: compare the signing fingerprint {fingerprint} group by "
        "group with the one printed on the report's cover, and confirm when they match",
    ),
    # ------------------------------------------------------------------ reviews, ballots
    "collect.review.no_item": (
        "《{rubric}》中没有项目 {item}",
        "“{rubric}” has no item {item}",
    ),
    "collect.review.out_of_bounds": (
        "项目 {item}：评审分 {value} 须在 0 至 {top} 之间",
        "item {item}: a review score of {value} must be between 0 and {top}",
    ),
    "collect.review.reason_needed": (
        "项目 {item}：请写明评审理由",
        "item {item}: give the reason for the review score",
    ),
    "collect.review.nothing_to_undo": (
        "项目 {item}：该评审分没有可撤销的修改",
        "item {item}: the review score has no change left to undo",
    ),
    "collect.ballots.no_sheet": ("没有选票 {sheet}", "there is no ballot sheet {sheet}"),
    "collect.ballots.reason_needed": (
        "请写明撤回这张选票的原因",
        "say why the ballot is withdrawn",
    ),
    "collect.ballots.bad_rounding": (
        "比例的取整只能是 exact（照字面）或 half_up（四舍五入），不是 {rounding}",
        "a quota is counted exact (to the letter) or half_up (rounded half up), not {rounding}",
    ),
    "collect.ballots.decision_reason": (
        "请写明作出此决定的依据（会与结果一同公布）",
        "give the grounds of the decision (it is published with the results)",
    ),
    "collect.ballots.no_rule": (
        "没有等次评价规则 {rule}",
        "there is no graded-votes rule {rule}",
    ),
    # ------------------------------------------------------------------ files
    "collect.files.none": (
        "报送包 {package_id} 中没有 {path}",
        "the package {package_id} has no {path}",
    ),
    "collect.desk.nothing_received": (
        "尚未收到{unit}的报送包，没有可打开的文件",
        "nothing has been received from {unit} yet: there is no file to open",
    ),
    "collect.files.unreadable": ("无法读取 {path}：{error}", "cannot read {path}: {error}"),
    "collect.files.altered": (
        "{path} 在数据文件夹中已被改动（与导入时的 SHA-256 不符）；请运行 evaldesk check",
        "{path} was changed in the data folder (its SHA-256 differs from the import); run "
        "evaldesk check",
    ),
    # ------------------------------------------------------------------ overview
    "collect.overview.not_received": ("尚未收到报送包", "no package received yet"),
    "collect.overview.draft_only": (
        "只收到草稿 {package_id}（未审核），不参与排名",
        "only a draft received ({package_id}, not approved): not ranked",
    ),
    "collect.overview.draft_newer": (
        "另收到较新的草稿 {package_id}（未审核），仍按正式报送包计",
        "a newer draft came too ({package_id}, not approved); the approved package still counts",
    ),
    "collect.overview.interpretation": (
        "{count}处解释口径与本办公室不同",
        "{count} interpretation differs from this office's",
    ),
    "collect.overview.interpretations": (
        "{count}处解释口径与本办公室不同",
        "{count} interpretations differ from this office's",
    ),
    "collect.overview.rubric_copy": (
        "单位使用的细则文本与本办公室的不同",
        "the unit scored with another copy of the rubric",
    ),
    "collect.overview.unassessed": ("{count}项未评定", "{count} items not assessed"),
    "collect.overview.no_evidence": ("{count}项缺佐证", "{count} items lack evidence"),
    # ------------------------------------------------------------------ publishing
    "collect.publish.not_approved": (
        "{year}年度的考核结果尚未由负责人审定（审核锁定），不能发布；请负责人先审定",
        "the results of {year} are not approved (locked) by a head yet; a head approves them "
        "before they are published",
    ),
    "collect.publish.no_folder": (
        "发布目录 {path} 不存在；请先建立该文件夹",
        "the folder {path} does not exist; create it first",
    ),
    # ------------------------------------------------------------------ a unit's results
    "results.trust_source": ("本单位受信任的发布单位密钥", "the issuers this office trusts"),
    "results.not_intact": (
        "结果包不完整或被改动（{count}处问题），未导入",
        "the result package is not intact or was changed ({count} problems); not imported",
    ),
    "results.not_a_result": (
        "这不是考核结果包（EvalDesk-Package-Kind 不是 result）；单位的报送包须在接收单位导入",
        "this is not a result package (EvalDesk-Package-Kind is not result); a unit's package "
        "is imported at the receiving office",
    ),
    "results.unknown_issuer": (
        "签名密钥 {fingerprint} 不是本单位已确认的发布单位密钥，也没有原密钥签名的更换声明；未导入",
        "the signing key {fingerprint} is not the issuer's key this office confirmed, and no "
        "statement signed by that key hands over to it; not imported",
    ),
    "results.confirm_issuer": (
        "第一次收到{issuer}的结果：请将签名指纹 {fingerprint} 与结果封面上印的（或电话、来函告知的）"
        "指纹逐组核对，一致后确认",
        "the first result from {issuer}: compare the signing fingerprint {fingerprint} group by "
        "group with the one printed on the result's cover (or given by phone or letter), and "
        "confirm when they match",
    ),
    "results.confirm_rotation": (
        "{issuer}更换了签名密钥：由 {old} 换为 {new}，更换声明由原密钥签名。请核实后确认",
        "{issuer} changed its signing key from {old} to {new}, in a statement signed by the old "
        "key; confirm after checking",
    ),
    "results.duplicate": (
        "结果包 {package_id} 已经导入过",
        "the result package {package_id} was already imported",
    ),
    "results.not_newer": (
        "这个结果包不晚于已导入的 {package_id}，未导入；已导入的仍然有效",
        "this result package is not later than {package_id} already imported; not imported",
    ),
    "results.wrong_year": (
        "本单位没有{year}年度，结果包不属于本单位",
        "this office keeps no year {year}: the result is not for it",
    ),
    "results.wrong_rubric": (
        "结果按《{found}》，本单位该年度按《{expected}》",
        "the result is by “{found}”; this office's year is by “{expected}”",
    ),
    "results.wrong_unit": (
        "结果发给“{recipient}”，不是本单位（{office}）",
        "the result is for “{recipient}”, not this office ({office})",
    ),
    "results.imported": (
        "已导入{issuer}发回的{year}年度考核结果：最终得分 {final}",
        "imported the {year} result from {issuer}: final score {final}",
    ),
}
