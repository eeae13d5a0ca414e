"""Wording of the rubric loader's and validator's problems (key -> (中文, English)).

A problem says what is wrong; where it is (file, line, item, rule) is put in front of it by
evaldesk/rubrics/where.py. Keys: ``rubric.*`` (file, YAML, structure, targets, form),
``rubric.subsidy.*`` (the subsidies block).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the file
    "rubric.no_such_file": ("文件不存在", "no such file"),
    "rubric.cannot_read": ("无法读取（{error}）", "cannot read ({error})"),
    "rubric.not_utf8": (
        "不是 UTF-8 文本（第{n}字节）；请将文件另存为 UTF-8 编码",
        "not UTF-8 text (byte {n}); save the file as UTF-8",
    ),
    "rubric.yaml_syntax": ("YAML 语法错误：{error}", "YAML syntax error: {error}"),
    "rubric.yaml_error": ("YAML 错误：{error}", "YAML error: {error}"),
    "rubric.yaml_not_a_number": ("不是数字：“{text}”", "not a number: {text!r}"),
    "rubric.yaml_too_many_digits": (
        "数字有{digits}位，太长了；考核细则中的数字不超过30位",
        "a number of {digits} digits is too long (at most 30)",
    ),
    "rubric.yaml_duplicate_key": (
        "同一映射中键“{key}”出现了两次",
        "the key {key!r} appears twice in one mapping",
    ),
    "rubric.not_a_mapping": (
        "考核细则文件必须是包含 id、title 和 sections 的映射",
        "a rubric file must be a mapping with id, title and sections",
    ),
    "rubric.not_found": (
        "没有考核细则“{ref}”；内置的考核细则有：{known}；也可以给出 .yaml 文件的路径",
        "no rubric {ref!r}; built-in rubrics are: {known}; or give the path of a .yaml file",
    ),
    "rubric.none": ("（无）", "(none)"),
    "rubric.no_unit": (
        "考核细则{rubric}中没有考核对象“{unit}”；考核对象有：{known}",
        "no unit {unit!r} in rubric {rubric}; units are: {known}",
    ),
    "rubric.unit_named": ("{id}（{name}）", "{id} ({name})"),
    "rubric.no_units": ("（本考核细则不分考核对象）", "(this rubric has no units)"),
    # structure
    "rubric.code_reused": ("编号重复（共用了{n}次）", "the code is used {n} times"),
    "rubric.weights_not_one": (
        "各部分权重合计为{total}，不是1",
        "part weights add up to {total}, not 1",
    ),
    "rubric.unknown_group": (
        "分组“{group}”不在 unit_groups 中",
        "group {group!r} is not in 'unit_groups'",
    ),
    "rubric.rating_needs_levels": (
        "kind 为 rating 的考核细则需要 rating（列出评价等次）",
        "a rubric of kind 'rating' needs 'rating' with its levels",
    ),
    "rubric.unknown_part": ("构成部分“{part}”不在 parts 中", "part {part!r} is not in 'parts'"),
    "rubric.section_needs_part": (
        "考核细则分了构成部分，本部分需要填写 part",
        "the rubric has parts, so the section needs 'part'",
    ),
    "rubric.section_rule_kind": (
        "只有扣分和一票否决规则可以适用于整个部分",
        "only deductions and vetoes apply to a whole section",
    ),
    "rubric.whole_rule_kind": (
        "只有一票否决规则可以适用于整个考核细则",
        "only vetoes apply to the whole rubric",
    ),
    "rubric.budget_of_outside_item": (
        "budget_of 只能用于同一项目的规则之间",
        "'budget_of' only works between rules of one item",
    ),
    "rubric.rule_id_reused": ("规则编号“{id}”用了{n}次", "rule id {id!r} is used {n} times"),
    "rubric.applies_to_unknown": (
        "applies_to 中的分组“{group}”不在 unit_groups 中",
        "applies_to group {group!r} is not in 'unit_groups'",
    ),
    "rubric.needs_points": (
        "本项目有多条规则，这条规则需要填写 points",
        "needs 'points' because the item has several rules",
    ),
    "rubric.budget_of_not_a_rule": (
        "budget_of 指向的“{ref}”不是本项目的另一条规则",
        "budget_of {ref!r} is not another rule of the item",
    ),
    "rubric.budget_of_needs_points": (
        "budget_of 指向的“{ref}”必须是有自己 points 的规则",
        "budget_of {ref!r} must name a rule with its own 'points'",
    ),
    "rubric.budget_of_deductions_only": (
        "只有扣分规则（per_count、shortfall、checklist）可以使用 budget_of",
        "only deductions (per_count, shortfall, checklist) can use budget_of",
    ),
    "rubric.budget_of_no_points": (
        "使用 budget_of 的规则不能有自己的 points",
        "a rule with budget_of takes no 'points' of its own",
    ),
    # suspicious numbers (warnings)
    "rubric.no_rule": (
        "没有评分规则，始终得满分",
        "no scoring rule; it always scores its full points",
    ),
    "rubric.rule_over_item": (
        "最多可得{top}分，但本项目只有{points}分",
        "can award {top} points but the item has {points}",
    ),
    "rubric.rules_over_item": (
        "各条规则合计最多可得{total}分，但本项目只有{points}分",
        "its rules can award {total} points in all but the item has {points}",
    ),
    "rubric.items_vs_section": (
        "各项目合计{total}分，但本部分为{points}分",
        "items add up to {total} but the section is {points}",
    ),
    "rubric.sections_vs_total": (
        "各部分合计{total}分，但总分为{points}分",
        "sections add up to {total} but the rubric total is {points}",
    ),
    # per-unit targets
    "rubric.target_unknown_unit": (
        "考核对象“{unit}”不在 units 中",
        "unit {unit!r} is not in 'units'",
    ),
    "rubric.target_missing_units": ("缺少以下考核对象的目标：{units}", "no target for {units}"),
    "rubric.targets_vs_total": (
        "各考核对象合计{total}，但合计栏为{stated}",
        "units add up to {total} but 合计 is {stated}",
    ),
    "rubric.within_unknown": (
        "within 指向的“{key}”不是目标分解表",
        "within {key!r} is not a target key",
    ),
    "rubric.part_over_whole": (
        "{unit}为{value}，超过其{whole_title}{whole}",
        "{unit} has {value}, more than its {whole_title} {whole}",
    ),
    # report forms
    "rubric.form_unknown_cell": (
        "未知的单元格“{cell}”（格式为 表.行.列）",
        "unknown cell {cell!r} (use table.row.column)",
    ),
    "rubric.form_id_reused": ("{what}编号“{id}”重复", "{what} id {id!r} is used more than once"),
    "rubric.form_what.profile_field": ("基本信息字段", "profile field"),
    "rubric.form_what.table": ("表格", "table"),
    "rubric.form_what.text_table": ("文字表", "text table"),
    "rubric.form_what.signoff_block": ("签署栏", "sign-off block"),
    "rubric.form_what.check": ("校验", "form check"),
    "rubric.form_not_profile": (
        "{field}“{ref}”不是基本信息字段的编号",
        "{field} {ref!r} is not a profile field id",
    ),
    "rubric.grade_field_needs_grades": (
        "grade_field 需要考核细则的 grades",
        "grade_field needs the rubric's 'grades'",
    ),
    "rubric.indicator_needs_manual": (
        "报告表有指标表，但本项目没有接收指标得分的 manual 规则",
        "the form has an indicator table but the item has no 'manual' rule to take the "
        "indicators' scores",
    ),
    # the subsidies block
    "rubric.subsidy.unknown_item": (
        "项目“{item}”不在考核细则中",
        "item {item!r} is not in the rubric",
    ),
    "rubric.subsidy.unknown_rule": (
        "项目 {item} 没有规则“{rule}”",
        "item {item} has no rule {rule!r}",
    ),
    "rubric.subsidy.needs_target": (
        "规则 {rule}（{kind}）没有目标；请选一条有目标的规则",
        "rule {rule} ({kind}) has no target; pick a rule with a target",
    ),
    "rubric.subsidy.flag_needs_flag": (
        "flag 条件需要 flag（一个填报项编号）",
        "a 'flag' condition needs 'flag' (an input id)",
    ),
    "rubric.subsidy.not_a_flag": (
        "“{flag}”不是是/否填报项",
        "flag {flag!r} is not a flag input",
    ),
    "rubric.subsidy.reached_needs_rules": (
        "reached 条件需要 rules",
        "a 'reached' condition needs 'rules'",
    ),
    "rubric.subsidy.id_reused": ("编号“{id}”用了{n}次", "id {id!r} is used {n} times"),
    "rubric.subsidy.ranked_by_unknown": (
        "ranked_by 指向的 {scope}“{id}”不在考核细则中",
        "ranked_by {scope} {id!r} is not in the rubric",
    ),
    "rubric.subsidy.places_backwards": (
        "名次{first}–{last}起止颠倒",
        "places {first}–{last} run backwards",
    ),
    "rubric.subsidy.place_twice": (
        "第{place}名对应了两个金额",
        "place {place} is given two amounts",
    ),
    "rubric.subsidy.places_gap": ("名次没有从第1名起连续排列", "places are not consecutive from 1"),
    "rubric.subsidy.amount_or_scaled": (
        "amount 和 scaled 须填且只填一个",
        "give exactly one of 'amount' or 'scaled'",
    ),
    "rubric.subsidy.count_or_inputs": (
        "count（一条规则）和 inputs 须填且只填一个",
        "give exactly one of 'count' (a rule) or 'inputs'",
    ),
    "rubric.subsidy.over_rate_needs_count": (
        "over_rate 需要 count（一条有目标的规则）",
        "'over_rate' needs 'count' (a rule with a target)",
    ),
    "rubric.subsidy.not_a_count": (
        "“{input}”不是人数填报项",
        "{input!r} is not a count input",
    ),
}
