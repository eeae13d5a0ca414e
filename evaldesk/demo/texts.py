"""Chinese words for the demo office: people, places, and ledger titles by source."""

from __future__ import annotations

PEOPLE = ["王小红", "张伟", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周勇", "吴敏"]
PLACES = [
    "沅陵县官庄镇",
    "溆浦县低庄镇",
    "靖州县渠阳镇",
    "通道县双江镇",
    "辰溪县火马冲镇",
    "会同县林城镇",
    "麻阳县高村镇",
    "芷江县岩桥镇",
]
VILLAGES = ["大坪村", "新田村", "枫木村", "杨柳村", "石门村", "长冲村", "竹园村", "桃花村"]
TOPICS = [
    "人社领域乡村振兴",
    "农村劳动力转移就业",
    "脱贫人口稳岗就业",
    "农民工市民化融合",
    "技能帮扶",
    "驻村帮扶",
    "家政服务劳务对接",
    "失业保险参保扩面",
    "工伤预防",
    "“湘才乡连”专家服务",
]
ASSIGNED = [
    "落实省厅关于{topic}工作的通知要求",
    "报送{topic}工作季度进展情况",
    "完成{topic}数据统计上报",
    "组织开展{topic}专项行动",
    "配合做好{topic}督查迎检",
    "起草{topic}年度工作方案",
]
INSPECTION = [
    "督导发现：{place}{village}公共就业服务平台台账不全",
    "督导发现：{place}脱贫劳动力信息更新不及时",
    "督导发现：{place}就业帮扶车间补贴未按时兑现",
    "督导发现：{place}{village}“311”就业服务记录缺失",
    "督导发现：{place}驻村工作队考勤不规范",
]
PUBLIC = [
    "群众反映：{place}{village}稳岗返还资金到账慢",
    "群众反映：{place}技能培训补贴未领取",
    "群众反映：{place}{village}养老保险代缴政策咨询未答复",
    "群众反映：{place}农民工工资拖欠问题",
    "群众反映：{place}家政服务培训报名渠道不畅",
]
OTHER = [
    "整理{topic}档案资料",
    "更新{topic}工作台账",
    "参加{topic}业务培训",
]
TEMPLATES = {"assigned": ASSIGNED, "inspection": INSPECTION, "public": PUBLIC, "other": OTHER}
SOURCE_WEIGHTS = {"assigned": 45, "inspection": 25, "public": 20, "other": 10}
DESCRIPTIONS = {
    "assigned": "按上级交办要求，明确责任股室和完成时限，办结后报送落实情况。",
    "inspection": "督导中发现的问题，已建立整改清单，逐项销号。",
    "public": "通过12333热线及来信来访反映，已登记并转相关股室核实处理，结果回复当事人。",
    "other": "日常工作事项。",
}
PROGRESS = [
    "本季度按照工作方案推进{title}各项任务，已完成阶段性目标，相关台账资料已归档。",
    "{title}：召开专题调度会1次，督导{n}个乡镇，发现问题已全部建立整改台账。",
    "{title}工作有序推进，本季度新增服务对象{n}0人次，完成情况已录入系统。",
]
