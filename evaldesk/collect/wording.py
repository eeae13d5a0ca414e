"""Wording of the receiving office's own logic (evaldesk.collect): why a package is refused,
how interpretations differ, what rankings, ballots and finals say about themselves."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ refusals
    "collect.refused.result_package": (
        "这是接收单位发回的结果包，不是单位的报送包；请在单位的 EvalDesk 中导入",
        "this is a result package sent back by a receiving office, not a unit's package; "
        "import it in the unit's EvalDesk",
    ),
    "collect.refused.rubric": (
        "报送包按《{found}》计分，本办公室接收的是《{expected}》",
        "the package is scored by “{found}”; this office receives “{expected}”",
    ),
    "collect.refused.year": (
        "报送包是{found}年度的，本办公室接收{expected}年度",
        "the package is for the year {found}; this office receives {expected}",
    ),
    "collect.refused.unit_mismatch": (
        "报送包由{unit}的密钥签名，却自称是细则中的单位 {said}",
        "the package is signed with the key of {unit} but says it is the rubric unit {said}",
    ),
    # ------------------------------------------------------------------ interpretations
    "collect.interp.missing_in_package": (
        "{title}（{id}）：报送包中没有此解释口径（细则版本不同）",
        "{title} ({id}): the package does not have this interpretation (another rubric version)",
    ),
    "collect.interp.missing_in_office": (
        "{title}（{id}）：本办公室的细则中没有此解释口径",
        "{title} ({id}): this office's rubric does not have this interpretation",
    ),
    "collect.interp.differs": (
        "{title}：单位按 {package}，本办公室按 {office}",
        "{title}: the unit used {package}, this office uses {office}",
    ),
    # ------------------------------------------------------------------ computing
    "collect.compute.no_facts": (
        "报送包中没有计分依据（由较早版本的 EvalDesk 导出），本办公室无法重新计分；请单位用新版本重新导出",
        "the package carries no facts (made by an older EvalDesk), so this office cannot score "
        "it again; ask the unit to export again with this version",
    ),
    "collect.rank.gate_not_met": ("未{gate}，不参加排名", "not {gate}: not ranked"),
    "collect.rank.gate_waits": ("待确认是否{gate}", "to confirm: {gate}"),
    "collect.rank.below_min": (
        "{detail}，未达到参加排名的{least}",
        "{detail}: below {least}, not ranked",
    ),
    "collect.final.column.initial": ("初评", "initial review (初评)"),
    "collect.final.column.final": ("审定", "final review (审定)"),
    "collect.final.rule": ("{column}：{reason}", "{column}: {reason}"),
    "collect.final.replaces": (
        "计算得{computed}分，评审定为{value}分",
        "computed {computed}, the reviewer gave {value}",
    ),
    # ------------------------------------------------------------------ ballots
    "collect.ballot.no_voter": ("请填写投票人", "name the voter"),
    "collect.ballot.empty": ("选票上没有任何等次", "the ballot grades no unit"),
    "collect.ballot.unit_not_on_sheet": (
        "单位 {unit} 不在这张选票上",
        "the unit {unit} is not on this ballot sheet",
    ),
    "collect.ballot.unknown_grade": (
        "{unit} 的等次“{grade}”无效（可选：{known}）",
        "the grade “{grade}” for {unit} is not one of {known}",
    ),
    # ------------------------------------------------------------------ decisions (※)
    "collect.decision.final_by_review": (
        "最终得分：评审人员录入审定分的项目按审定分计，只录入初评分的按初评分计，其余按本办公室"
        "计算的得分计（含本办公室计算的排名和等次评价），再按细则的权重合成；原文未规定初评、审定与"
        "计算得分的关系，此为本办公室的口径。",
        "the final score: an item a reviewer scored counts at its 审定 score, else at its 初评 "
        "score, else at the score this office computed (its rankings and votes included), "
        "composed with the rubric's weights; the source does not say how the three relate: "
        "this office's reading",
    ),
    "collect.decision.quota.exact": (
        "{rule}：等次比例按“不超过”照字面检查每张选票（理由：{reason}）",
        "{rule}: each ballot is checked against its quotas to the letter (grounds: {reason})",
    ),
    "collect.decision.quota.half_up": (
        "{rule}：每张选票各等次的个数按比例乘以所评单位数后四舍五入确定（理由：{reason}）；原文"
        "为“不超过”，照字面无法为全部单位定等",
        "{rule}: the number of each grade a ballot may give is its share of the units graded, "
        "rounded half up (grounds: {reason}); the source says “不超过”, which read literally "
        "cannot grade every unit",
    ),
    "collect.decision.award_places": (
        "补助名次在满足该项条件的单位中按得分从高到低排列，得分相同的名次相同、其后名次顺延；"
        "原文未写明不满足条件的单位是否占名次，此为本办公室的口径。",
        "an award's places are counted among the units meeting its conditions, by score, "
        "equal scores sharing a place; the source does not say whether other units take "
        "places: this office's reading",
    ),
    "collect.decision.places": (
        "总名次按最终得分从高到低排列，得分相同的名次相同、其后名次顺延。",
        "the places follow the final scores, highest first; equal scores share a place and "
        "the next place is skipped",
    ),
}
