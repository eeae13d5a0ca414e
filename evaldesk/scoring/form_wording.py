"""Wording of the report-form checks (key -> (中文, English)): ``form.*``.

A check's ``wording`` is the rubric's own text when it has one; otherwise one of these. Cell
and field names inside them are the rubric's own titles, quoted as they are.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "form.status.ok": ("相符", "matches"),
    "form.status.within_tolerance": ("有差异（在容差内）", "differs (within tolerance)"),
    "form.status.mismatch": ("不符", "does not match"),
    "form.status.not_filled": ("未填写", "not filled in"),
    "form.status.not_applicable": ("不适用", "not applicable"),
    "form.line": ("{mark} {check}〔{status}〕{tail}", "{mark} {check} [{status}]{tail}"),
    "form.tail": ("：{detail}", ": {detail}"),
    "form.parts": ("{parts}", "{parts}"),
    "form.cells": ("{cells}", "{cells}"),
    # table sums and ratios
    "form.sum_of_parts": ("{cell}=各项之和", "{cell} = the sum of its parts"),
    "form.row_not_filled": ("本行未填报", "this row is not filled in"),
    "form.ratio_not_filled": ("未填报比例", "the percentage is not filled in"),
    "form.not_filled": ("未填写：{cells}", "not filled in: {cells}"),
    "form.sum_vs_stated": (
        "各项之和{computed}，填报{stated}{difference}{zeroed}",
        "the parts add up to {computed}, stated {stated}{difference}{zeroed}",
    ),
    "form.differs_by": ("，相差{difference}{unit}", ", a difference of {difference}{unit}"),
    "form.blank_as_zero": ("（空白栏按0计：{cells}）", " (blank cells count as 0: {cells})"),
    "form.zero_denominator": (
        "{cell}为0，无法计算比例，但填报了{stated}",
        "{cell} is 0, so no percentage can be computed, but {stated} is stated",
    ),
    "form.ratio_vs_stated": (
        "计算{computed}，填报{stated}{rounded}{difference}",
        "computed {computed}, stated {stated}{rounded}{difference}",
    ),
    "form.at_stated_places": (
        "（按填报精度{places}位小数为{rounded}）",
        " ({rounded} at the stated {places} decimal places)",
    ),
    "form.differs_by_points": (
        "，相差{difference}个百分点",
        ", a difference of {difference} percentage points",
    ),
    # indicators
    "form.points": ("{points}分", "{points} points"),
    "form.category_points": ("本类分值", "the category's points"),
    "form.indicators_check": (
        "{title}：绩效目标、完成情况已填写，指标得分合计不超过{top}",
        "{title}: targets and completion filled in, indicator scores at most {top}",
    ),
    "form.no_indicators": ("{title}未填写任何绩效指标", "{title}: no indicators filled in"),
    "form.row_target": ("第{n}行绩效目标", "row {n} target"),
    "form.row_completion": ("第{n}行完成情况", "row {n} completion"),
    "form.row_score": ("第{n}行得分", "row {n} score"),
    "form.unscored": ("未评分", "not scored"),
    "form.scored_by_category": (
        "{n}项指标，按类别评分：{how}",
        "{n} indicators, scored by category: {how}",
    ),
    "form.indicators_over": (
        "指标得分合计{total}分，超过本类分值{points}分",
        "indicator scores add up to {total}, more than the category's {points} points",
    ),
    "form.indicators_as_score": (
        "指标得分合计{total}分，计为本类得分",
        "indicator scores add up to {total}, counted as the category's score",
    ),
    "form.indicators_vs_entered": (
        "指标得分合计{total}分，本类得分填报{entered}分",
        "indicator scores add up to {total}, the category's score is stated as {entered}",
    ),
    # overall score and grade
    "form.score_check": ("{label}=各项得分合计", "{label} = the sum of the item scores"),
    "form.unscored_items": ("未评分：{titles}", "not scored: {titles}"),
    "form.not_a_number": (
        "填报的{label}“{raw}”不是数字",
        "the stated {label} “{raw}” is not a number",
    ),
    "form.score_vs_stated": (
        "各项得分合计{total}分，填报{stated}分",
        "the items add up to {total}, stated {stated}",
    ),
    "form.grade_check": ("{label}与综合得分相符", "{label} matches the overall score"),
    "form.overall_score": ("综合得分", "overall score"),
    "form.grade_expected": (
        "综合得分{score}分对应“{grade}”",
        "an overall score of {score} means “{grade}”",
    ),
    "form.grade_stated": ("{why}，填报为“{stated}”", "{why}, stated as “{stated}”"),
}
