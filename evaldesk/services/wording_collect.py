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
        "或用 evaldesk collect init 创建",
        "{path} is a unit's data folder, not a receiving office; create a receiving office "
        "in the first-start wizard (choose “receiving office”) or with evaldesk collect init",
    ),
    "collect.setup.no_unit": ("名单中没有单位 {code}", "there is no unit {code} on the list"),
    "collect.setup.reason_needed": (
        "请写明移除该单位的原因",
        "say why the unit is taken off the list",
    ),
}
