"""Wording of the facts check, the subsidy lines and the CLI's score text (key -> (中文, English)).

Keys: ``facts.*`` (facts files and the facts check), ``subsidy.*`` (subsidy inputs and the
basis of each subsidy line), ``score.text.*`` (`evaldesk score` without --json). Where a
problem is (file, item, rule) is put in front of it by evaldesk/rubrics/where.py.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # facts files
    "facts.invalid_json": ("JSON 格式错误：{error}", "invalid JSON: {error}"),
    # what the json module found (its fixed descriptions, worded; see scoring/facts.py)
    "json.expecting_value": ("此处应为一个值", "Expecting value"),
    "json.expecting_name": (
        "此处应为用双引号括起的名称",
        "Expecting property name enclosed in double quotes",
    ),
    "json.expecting_colon": ("此处应为冒号“:”", "Expecting ':' delimiter"),
    "json.expecting_comma": ("此处应为逗号“,”", "Expecting ',' delimiter"),
    "json.extra_data": ("结尾之后还有多余内容", "Extra data"),
    "json.unterminated": ("字符串没有结束的引号", "Unterminated string starting at"),
    "json.control_character": ("字符串中有控制字符", "Invalid control character at"),
    "json.bad_escape": ("无效的反斜杠转义", "Invalid \\escape"),
    "json.bad_unicode_escape": ("无效的 \\uXXXX 转义", "Invalid \\uXXXX escape"),
    "json.trailing_comma": ("结尾多了一个逗号", "Illegal trailing comma"),
    "facts.unknown_count": (
        "未知的计数“{count}”（可用的计数：{known}）",
        "unknown count {count!r} (counts: {known})",
    ),
    "facts.other_rubric": (
        "这些数据属于考核细则“{facts}”，不是“{rubric}”",
        "the facts are for rubric {facts!r}, not {rubric!r}",
    ),
    "facts.unknown_unit": (
        "未知的考核对象“{unit}”（考核对象有：{known}）",
        "unknown unit {unit!r} (units: {known})",
    ),
    "facts.unused_field": (
        "{kind} 规则不使用“{field}”（它读取：{reads}）",
        "a '{kind}' rule does not use '{field}' (it reads: {reads})",
    ),
    "facts.no_item": ("考核细则 {rubric} 中没有这个项目", "no such item in {rubric}"),
    "facts.no_rule": (
        "项目 {code} 没有规则“{rule}”（规则有：{known}）",
        "item {code} has no rule {rule!r} (rules: {known})",
    ),
    "facts.no_section": ("考核细则 {rubric} 中没有这个部分", "no such section in {rubric}"),
    "facts.no_section_rule": (
        "部分 {code} 没有规则“{rule}”",
        "section {code} has no rule {rule!r}",
    ),
    "facts.no_whole_rule": (
        "考核细则没有整体规则“{rule}”",
        "the rubric has no whole-rubric rule {rule!r}",
    ),
    "facts.not_a_level": (
        "评价等次“{rating}”不是以下之一：{levels}",
        "rating {rating!r} is not one of: {levels}",
    ),
    "facts.no_rating": ("（本考核细则没有评价等次）", "(this rubric has no rating)"),
    "facts.no_table": ("没有这张表", "no such table"),
    "facts.no_row": ("没有这一行", "no such row"),
    "facts.no_column": ("没有这一列", "no such column"),
    "facts.no_indicator_table": ("考核细则 {rubric} 没有指标表", "{rubric} has no indicator table"),
    "facts.no_text_table": (
        "没有这张文字表（文字表有：{known}）",
        "no such text table (text tables: {known})",
    ),
    "facts.no_text_column": ("没有这一列（列有：{known}）", "no such column (columns: {known})"),
    "facts.no_profile_field": (
        "考核细则 {rubric} 中没有这个基本信息字段",
        "no such profile field in {rubric}",
    ),
    # subsidies: inputs and the ranks given
    "subsidy.where_inputs": ("补助测算数据", "subsidy inputs"),
    "subsidy.where_ranks": ("名次", "ranks"),
    "subsidy.unknown_award": (
        "未知的奖项“{award}”（已有：{known}）",
        "unknown award {award!r} (known: {known})",
    ),
    "subsidy.place_from_one": (
        "名次从1开始（收到的是{place}）",
        "a place starts at 1 (got {place})",
    ),
    "subsidy.not_flag_input": (
        "不是是/否填报项（已有：{known}）",
        "is not a flag input (known: {known})",
    ),
    "subsidy.not_count_input": (
        "不是人数填报项（已有：{known}）",
        "is not a count input (known: {known})",
    ),
    "subsidy.no_rule": (
        "补助：评估项目{item}没有规则“{rule}”",
        "subsidies: item {item} has no rule {rule!r}",
    ),
    "subsidy.amount_or_scaled": (
        "补助{id}：需要设置 amount 或 scaled",
        "subsidies {id}: needs 'amount' or 'scaled'",
    ),
    "subsidy.needs_unit": (
        "补助按考核对象测算：请先选择考核对象（--unit，镇/区/街道）再计分",
        "subsidies are computed for one unit: score with --unit (镇/区/街道) first",
    ),
    # subsidies: how a line's amount came about
    "subsidy.line": (
        "{flag}{title}：{amount}元（{basis}）",
        "{flag}{title}: {amount} yuan ({basis})",
    ),
    "subsidy.pending_flag": ("〔待定〕", "[pending] "),
    "subsidy.parts": ("{parts}", "{parts}"),
    "subsidy.actual_missing": ("{item}未填报完成数", "{item}: actual not recorded"),
    "subsidy.target_missing": ("{item}缺少目标", "{item}: no target"),
    "subsidy.reached": ("{item}完成{actual}/{target}", "{item}: {actual} of {target}"),
    "subsidy.times": ("{value}×{ratio}", "{value} × {ratio}"),
    "subsidy.not_reached": ("未完成：{items}", "not reached: {items}"),
    "subsidy.not_recorded": ("未填报：{items}", "not recorded: {items}"),
    "subsidy.all_reached": ("全部任务已完成", "every task reached"),
    "subsidy.flag_yes": ("{condition}：是", "{condition}: yes"),
    "subsidy.flag_no": ("{condition}：否", "{condition}: no"),
    "subsidy.flag_unknown": ("{condition}：未填报", "{condition}: not recorded"),
    "subsidy.condition": ("{condition}（{detail}）", "{condition} ({detail})"),
    "subsidy.final_score": ("最终得分{score}", "final score {score}"),
    "subsidy.score_of": ("{title}得分{score}", "{title} score {score}"),
    "subsidy.not_eligible": ("不符合条件", "conditions not met"),
    "subsidy.awaiting_place": ("待考核小组排定名次", "waiting for the assessing office's ranking"),
    "subsidy.place_unconfirmed": (
        "第{place}名，条件待确认",
        "place {place}, conditions to confirm",
    ),
    "subsidy.place": ("第{place}名", "place {place}"),
    "subsidy.place_outside": (
        "第{place}名，不在前{last}名",
        "place {place}, outside the first {last}",
    ),
    "subsidy.measure.target": ("任务数", "target"),
    "subsidy.measure.actual": ("完成数", "actual"),
    "subsidy.lacks": ("{item}缺少{what}", "{item}: no {what}"),
    "subsidy.no_band": ("{what}{value}，未达到任何档次", "{what} {value}, below every band"),
    "subsidy.band": ("{what}{value}，≥{min}", "{what} {value}, ≥ {min}"),
    "subsidy.people": ("{people}人×{rate}元", "{people} people × {rate} yuan"),
    "subsidy.within_target": (
        "目标{target}人内{within}人×{rate}元",
        "{within} within the target of {target} × {rate} yuan",
    ),
    "subsidy.over_target": ("超额{over}人×{rate}元", "{over} over the target × {rate} yuan"),
    "subsidy.plus": ("{a}＋{b}", "{a} + {b}"),
    # `evaldesk score` as text
    "score.text.rated": (
        "评价等次：{grade}　最高可评：{ceiling}",
        "rating: {grade}  highest possible: {ceiling}",
    ),
    "score.text.to_be_rated": ("待评定", "to be rated"),
    "score.text.total": (
        "自评得分：{total}{max}{grade}",
        "self-assessed score: {total}{max}{grade}",
    ),
    "score.text.of_max": (" / {max}", " / {max}"),
    "score.text.grade": ("　等次：{grade}", "  grade: {grade}"),
    "score.text.bonus": ("其中加分：{bonus}", "of which bonus: {bonus}"),
    "score.text.attainable": ("最高可得：{attainable}", "highest attainable: {attainable}"),
    "score.text.grade_capped": (
        "一票否决：评价不得高于“{grade}”",
        "veto: the rating cannot be above “{grade}”",
    ),
    "score.text.vetoed": ("一票否决：总分不得分", "veto: the total scores nothing"),
    "score.text.part": (
        "{title}：{score} / {max} × {percent}% = {weighted}",
        "{title}: {score} / {max} × {percent}% = {weighted}",
    ),
    "score.text.section": ("【{code}】{title}{score}", "[{code}] {title}{score}"),
    "score.text.section_score": ("：{score}{max}{bonus}", ": {score}{max}{bonus}"),
    "score.text.section_bonus": ("（加分 {bonus}）", " (bonus {bonus})"),
    "score.text.item": (
        "{code} {title}：{score}{status}{evidence}",
        "{code} {title}: {score}{status}{evidence}",
    ),
    "score.text.item_score": ("{score}{max}　", "{score}{max}  "),
    "score.text.no_evidence": ("　缺佐证", "  no evidence"),
    "score.text.status.met": ("达标", "met"),
    "score.text.status.not_met": ("失分", "points lost"),
    "score.text.status.not_assessed": ("未评", "not assessed"),
    "score.text.rated_status.met": ("已落实", "done"),
    "score.text.rated_status.not_met": ("未落实", "not done"),
    "score.text.rated_status.not_assessed": ("未填报", "not recorded"),
    "score.text.unmet": ("未达最低要求：", "minimum requirements not reached:"),
    "score.text.pending": ("待定：{codes}", "pending: {codes}"),
    "score.text.note": ("注意：{problem}", "note: {problem}"),
}
