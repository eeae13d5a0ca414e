"""Facts for the 如皋 2021 rubric, written out by hand for the tests (test_rugao*.py).

``all_met(targets)`` is a year in which a unit meets every clause exactly at its own targets
(copied below from the annex tables of the source, not read from the rubric file); the tests
change a few facts from there and work the scores out by hand.
"""

from __future__ import annotations

import copy
from typing import Any

# 附件1 and 附件2, the 东陈镇 column (a 镇) and the 如皋工业园区（如城街道）column (a 主功能区).
DONGCHEN = {
    "zhibao_new": 995, "jubao_to_qibao": 680, "zhubao_loan": 33, "jubao": 20500,
    "liuxue": 2, "gaoxiao": 130, "shuoshi": 10, "peiyang_jidi": 1, "jianxi_renshu": 10,
    "jianxi_gangwei": 10, "zhaocai": 10, "xinzeng_jiuye": 285, "zaijiuye": 210, "kunnan": 117,
    "gongyi": 6, "laowu_jidi": 1, "waiyin": 280, "cy_peixun": 40, "cy_zizhu": 150,
    "cy_nongmin": 50, "cy_daxuesheng": 18, "cy_daidong": 400, "px_butie": 450, "px_jiuye": 220,
    "px_xinshengdai": 100, "jianding": 260, "gaojineng": 35, "jishi": 13,
}  # fmt: skip
GONGYEYUAN = {
    "zhibao_new": 2607, "jubao_to_qibao": 750, "zhubao_loan": 85, "jubao": 18770,
    "liuxue": 5, "gaoxiao": 900, "shuoshi": 40, "peiyang_jidi": 2, "jianxi_renshu": 60,
    "jianxi_gangwei": 100, "zhaocai": 10, "xinzeng_jiuye": 1995, "zaijiuye": 420, "kunnan": 90,
    "gongyi": 6, "laowu_jidi": 2, "waiyin": 1120, "cy_peixun": 50, "cy_zizhu": 250,
    "cy_nongmin": 50, "cy_daxuesheng": 30, "cy_daidong": 1000, "px_butie": 3000, "px_jiuye": 500,
    "px_xinshengdai": 200, "jianding": 1000, "gaojineng": 320, "jishi": 40,
}  # fmt: skip

UNITS = [
    "gongyeyuan", "jingkaiqu", "gaoxinqu", "changjiang", "dongchen", "dingyan", "baipu",
    "xiayuan", "jiuhua", "shizhuang", "wuyao", "motou", "jiangan", "banjing",
]  # fmt: skip


def tied(value: int | str) -> dict[str, int | str]:
    """Every unit with the same ranking value: whoever is assessed is (jointly) first."""
    return dict.fromkeys(UNITS, value)


# item code -> target key, for the items scored against a per-unit target
PROPORTIONAL = {
    "一.1.1": "zhibao_new", "一.1.2": "jubao_to_qibao", "一.2.1": "jubao",
    "二.1.1": "liuxue", "二.1.2": "gaoxiao", "二.1.4": "jianxi_renshu", "二.1.5": "jianxi_gangwei",
    "二.3.1": "px_butie", "二.3.2": "px_jiuye", "二.3.3": "px_xinshengdai", "二.3.4": "jianding",
    "二.3.5": "gaojineng", "二.3.6": "jishi", "三.1": "zhubao_loan",
}  # fmt: skip
ALL_OR_NOTHING = {
    "二.1.3": "peiyang_jidi", "二.2.1": "xinzeng_jiuye", "二.2.2": "zaijiuye", "二.2.3": "kunnan",
    "二.2.4": "gongyi", "二.2.7": "cy_peixun",
}  # fmt: skip
SHORTFALL = {
    "二.1.6": "zhaocai", "二.2.6": "waiyin", "二.2.8": "cy_zizhu", "二.2.9": "cy_nongmin",
    "二.2.10": "cy_daxuesheng", "二.2.11": "cy_daidong",
}  # fmt: skip


def all_met(t: dict[str, int]) -> dict[str, Any]:
    """Every clause met exactly; rankings first in their group (ties with the others)."""
    items: dict[str, Any] = {}
    for code, key in {**PROPORTIONAL, **ALL_OR_NOTHING, **SHORTFALL}.items():
        items[code] = {"1": {"actual": t[key]}}
    # completion 100% for 一.1.3 and 一.2.3; half the payers at 1200元 or more (50%) for 一.2.2.
    # Whether they are ranked at all follows 一.1.1 and 一.2.1 (gate_item): there is no tick.
    items["一.1.3"] = {"1": {"actual": t["zhibao_new"], "group": tied(100)}}
    items["一.2.2"] = {"1": {"actual": t["jubao"] // 2, "group": tied(50)}}
    items["一.2.3"] = {"1": {"actual": t["jubao"], "group": tied(100)}}
    items["一.3.1"] = {"1": {"status": "met"}}
    items["一.3.2"] = {"1": {"status": "met"}}
    items["一.3.3"] = {"1": {"actual": 1, "target": 1}}  # 无历史欠款
    items["二.2.5"] = {"1": {"count": 0}, "2": {"actual": t["laowu_jidi"]}}
    items["二.2.12"] = {"1": {"score": 4}}
    items["二.3.7"] = {"1": {"occurrences": {"sc_success": 1}}}
    items["二.4.1"] = {"1": {"count": 0}}
    items["二.4.2"] = {"1": {"actual": 100}, "2": {"triggered": False}}
    items["二.4.3"] = {"1": {"count": 0}, "2": {"triggered": False}}
    items["二.4.4"] = {"1": {"count": 0}}
    items["二.4.5"] = {"1": {"count": 0}, "2": {"count": 0}}
    items["二.4.6"] = {"1": {"actual": 2}, "2": {"triggered": False}}
    items["二.5.1"] = {str(i): {"count": 0} for i in range(1, 5)}
    items["二.5.2"] = {"1": {"status": "met"}}
    items["二.5.3"] = {"1": {"count": 0}}
    items["二.5.4"] = {
        "staff": {"status": "met"},
        "mechanism": {"status": "met"},
        "three": {"lines": {"feedback": "met", "record": "met", "archive": "met"}},
        "rate": {"value": 50},
    }
    items["三.2"] = {"1": {"value": 60, "group": tied(60)}}
    sections = {
        "二.4": {"1": {"triggered": False}},
        "二.5": {"1": {"count": 0}, "2": {"count": 0}},
    }
    return {"items": items, "sections": sections}


def changed(base: dict[str, Any], **items: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``base`` with some rule facts replaced: changed(base, **{"一.1.1": {"1": {...}}})."""
    data = copy.deepcopy(base)
    for code, rules in items.items():
        data["items"].setdefault(code, {}).update(rules)
    return data
