"""Chinese words for the demo office: people, places, and ledger titles by source.

The lists at the top are the 湖南 rubric's (乡村振兴 in 怀化's counties); each other built-in
rubric has its own places, work and plan (:data:`VOCABULARIES`), so its ledger reads like the
year of the office that rubric assesses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Vocabulary:
    places: list[str] = field(default_factory=lambda: PLACES)
    villages: list[str] = field(default_factory=lambda: VILLAGES)
    topics: list[str] = field(default_factory=lambda: TOPICS)
    templates: dict[str, list[str]] = field(default_factory=lambda: TEMPLATES)
    #: the work, as quarterly reports name it (第2季度{area}工作调度报告)
    area: str = "人社领域乡村振兴"
    #: the year's work plan, the first evidence file: its title and its paragraphs
    plan: str = "人社领域乡村振兴工作方案"
    plan_lines: tuple[str, ...] = (
        "一、总体要求",
        "围绕巩固拓展脱贫攻坚成果同乡村振兴有效衔接，统筹推进就业帮扶、技能帮扶、人事人才帮扶、社保帮扶和驻村帮扶。",
        "二、工作机制",
        "成立工作专班，明确责任股室、帮扶工作负责人和联络员，建立季度调度和日常工作落实情况台账制度。",
        "三、保障措施",
        "加强督导检查，发现问题及时整改，确保各项任务按期完成。",
    )


def _templates(inspection: list[str], public: list[str]) -> dict[str, list[str]]:
    return {"assigned": ASSIGNED, "inspection": inspection, "public": public, "other": OTHER}


def _plan(goal: str) -> tuple[str, ...]:
    return (
        "一、总体要求",
        goal,
        "二、工作机制",
        "明确责任股室、工作负责人和联络员，按季度调度工作进展，建立日常工作落实情况台账。",
        "三、保障措施",
        "加强督导检查，发现问题及时整改，确保各项任务按期完成。",
    )


VOCABULARIES = {
    "rugao-rsks-2021": Vocabulary(
        places=["东陈镇", "丁堰镇", "白蒲镇", "下原镇", "九华镇", "石庄镇", "吴窑镇", "磨头镇"],
        villages=["双群村", "顾庄村", "花园村", "常青村", "红星村", "友好村", "马塘村", "桃园村"],
        topics=[
            "企业职工养老保险扩面",
            "居民养老保险征缴",
            "城镇新增就业",
            "补贴性职业技能培训",
            "就业见习",
            "创业带动就业",
            "劳资矛盾化解",
            "退休人员社会化管理",
            "被征地农民社会保障",
            "高技能人才培养",
        ],
        templates=_templates(
            [
                "督导发现：{place}{village}居民养老保险缴费台账不全",
                "督导发现：{place}企业工资支付排查记录缺失",
                "督导发现：{place}退休人员体检组织不到位",
                "督导发现：{place}就业见习补贴申领材料不全",
                "督导发现：{place}省平台就业数据未按月维护",
            ],
            [
                "群众反映：{place}{village}居民养老保险缴费档次咨询未答复",
                "群众反映：{place}企业拖欠农民工工资",
                "群众反映：{place}创业担保贷款办理进度慢",
                "群众反映：{place}{village}被征地农民参保待遇核定有误",
                "群众反映：{place}技能培训补贴未到账",
            ],
        ),
        area="人力资源和社会保障",
        plan="人力资源和社会保障工作要点",
        plan_lines=_plan(
            "对照市考核细则和下达的目标任务，抓好社会保险扩面、就业创业、人才引育和劳动关系各项工作。"
        ),
    ),
    "employment-single-item": Vocabulary(
        places=["东城区", "西湖区", "南山区", "北塘县", "清河县", "临江市", "安平县", "永乐县"],
        villages=["朝阳街道", "城关镇", "新华社区", "和平社区", "东风镇", "兴隆镇"],
        topics=[
            "失业保险扩面征缴",
            "失业动态监测",
            "公共就业服务",
            "职业技能培训",
            "创业担保贷款",
            "人力资源市场建设",
            "基层劳动保障平台建设",
            "就业信息系统",
            "就业专项资金管理",
        ],
        templates=_templates(
            [
                "督导发现：{place}失业动态监测数据未按月上报",
                "督导发现：{place}{village}基层平台服务事项未公示",
                "督导发现：{place}培训机构台账不规范",
                "督导发现：{place}就业专项资金拨付进度慢",
                "督导发现：{place}招聘信息未按时上传",
            ],
            [
                "群众反映：{place}失业保险金申领办理慢",
                "群众反映：{place}{village}职业介绍服务态度差",
                "群众反映：{place}创业担保贷款贴息未到账",
                "群众反映：{place}职业技能培训补贴未发放",
                "群众反映：{place}就业困难人员认定材料繁琐",
            ],
        ),
        area="就业",
        plan="就业工作实施方案",
        plan_lines=_plan(
            "对照全省就业工作单项考核表，抓好失业保险、农民就业创业、公共就业服务、职业培训和基层平台建设。"
        ),
    ),
    "zhongnong-dingdian-2021": Vocabulary(
        places=["青山县白沙镇", "青山县石门乡", "石桥县永兴镇", "石桥县龙潭镇", "青山县", "石桥县"],
        villages=["金星村", "新民村", "向阳村", "黄土坡村", "双河村", "柳树湾村"],
        topics=[
            "定点帮扶县调研考察",
            "挂职干部和驻村第一书记管理",
            "帮扶资金使用",
            "消费帮扶",
            "乡村振兴带头人培训",
            "帮扶项目推进",
            "防止返贫监测",
            "定点帮扶半年工作报告",
        ],
        templates=_templates(
            [
                "督导发现：{place}帮扶项目资金拨付滞后",
                "督导发现：{place}{village}防返贫监测对象信息未更新",
                "督导发现：{place}消费帮扶产品台账不全",
                "督导发现：{place}驻村第一书记在岗记录不全",
            ],
            [
                "群众反映：{place}{village}帮扶产业项目分红未兑现",
                "群众反映：{place}{village}村道硬化工程进度慢",
                "群众反映：{place}务工补贴申领渠道不畅",
            ],
        ),
        area="定点帮扶",
        plan="定点帮扶工作计划",
        plan_lines=_plan(
            "落实中央单位定点帮扶工作要求，在调研考察、选派干部、帮扶资金、产业和人才振兴等方面完成年度计划。"
        ),
    ),
    "dept-spending-selfeval": Vocabulary(
        places=["渠阳镇", "甘棠镇", "大堡子镇", "坳上镇", "新厂镇", "平茶镇", "飞山乡", "太阳坪乡"],
        villages=["人社服务站", "劳动保障所", "便民服务中心"],
        topics=[
            "部门预算执行",
            "三公经费管理",
            "政府采购",
            "固定资产管理",
            "就业补助资金发放",
            "社保基金监管",
            "绩效目标管理",
            "内部控制",
        ],
        templates=_templates(
            [
                "督导发现：{place}{village}就业补助资金发放台账不全",
                "督导发现：{place}公益性岗位补贴审核不严",
                "督导发现：{place}社保待遇资格认证不及时",
                "督导发现：{place}{village}固定资产账实不符",
            ],
            [
                "群众反映：{place}灵活就业社保补贴未到账",
                "群众反映：{place}{village}养老保险待遇发放延迟",
                "群众反映：{place}技能培训补贴申领手续繁琐",
            ],
        ),
        area="人社",
        plan="部门整体支出绩效自评工作方案",
        plan_lines=_plan(
            "按县财政局部署，对照年初绩效目标，全面梳理年度收支、三公经费、资产和项目实施情况，开展整体支出绩效自评。"
        ),
    ),
}


def vocabulary(rubric_id: str) -> Vocabulary:
    """The words of the demo office that ``rubric_id`` assesses (湖南's for any other)."""
    return VOCABULARIES.get(rubric_id, Vocabulary())
