"""Generate one sample catalog per seed checklist (deterministic: no randomness, no network).

    python samples/checklists/make_samples.py            # rewrite the files in samples/checklists/
    python samples/checklists/make_samples.py --out DIR  # write them somewhere else (tests compare)

Each workbook is a realistic 政府信息公开目录 export for the checklist's period, written so that some
of the checklist's task checks pass and some fail; the national-baseline checks pass except where a
sample says otherwise. What fails and why is listed in each Sample's `failing` and written to
README.md. Like samples/make_samples.py, this script does not import govopen_cli: check digits and
working days are computed here (chinesecalendar directly), so the samples test the tool.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
from dataclasses import dataclass, field

import chinese_calendar
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pinned_xlsx import FIXED_TIME, pin_zip  # noqa: E402 - shared by the sample scripts

HERE = os.path.dirname(os.path.abspath(__file__))

# --- check digits (GB 32100 统一社会信用代码, GB 11714 组织机构代码) -------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc(body17: str) -> str:
    """The 18-character code for a 17-character body (check character appended)."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return body17 + USCC_CHARS[(31 - total % 31) % 31]


def org_code(body8: str) -> str:
    """The 9-character organization code for an 8-character body (check character appended)."""
    def value(c: str) -> int:
        return int(c) if c.isdigit() else ord(c) - 55

    check = 11 - sum(value(c) * w for c, w in zip(body8, ORG_W)) % 11
    return body8 + {10: "X", 11: "0"}.get(check, str(check))


assert uscc("91350100M000100Y4")[-1] == "3"
assert org_code("00242119") == "002421191"  # 上海市交通委员会: the 索取号 002421191K/2024-00025 in seed 004

# --- working days ----------------------------------------------------------------------------------


def add_workdays(day: dt.date, count: int) -> dt.date:
    """The day on which `count` working days after `day` have elapsed (start day not counted)."""
    while count > 0:
        day += dt.timedelta(days=1)
        if chinese_calendar.is_workday(day):
            count -= 1
    return day


def workday(day: dt.date) -> dt.date:
    """`day`, or the next working day when it is a weekend or holiday."""
    while not chinese_calendar.is_workday(day):
        day += dt.timedelta(days=1)
    return day


def d(year: int, month: int, day: int) -> dt.date:
    return workday(dt.date(year, month, day))


# --- rows and samples ------------------------------------------------------------------------------


@dataclass
class Row:
    title: str
    summary: str
    generated: dt.date
    lag: int = 2  # working days from 生成日期 to 发布日期
    published: dt.date | None = None  # explicit 发布日期 (overrides lag)
    docno: str = ""
    mode: str = "主动公开"
    reason: str = ""
    topic: str = ""
    genre: str = ""
    column: str = ""
    unit: str = ""
    validity: str = ""
    related: str = ""
    publisher: str = ""  # default: the sample's agency
    prefix: str = ""  # 索引号 prefix; default: the sample's
    index: str = ""  # explicit 索引号 (a real one from a seed)
    values: dict = field(default_factory=dict)


@dataclass
class Sample:
    checklist: str
    file: str
    agency: str
    prefix: str
    as_of: dt.date
    title: str
    headers: list[tuple[str, str]]  # (canonical field, header as written in the export)
    rows: list[Row]
    failing: dict[str, str]  # check id -> why it fails (Chinese, for the README)
    passing: dict[str, str]  # automatic task checks that pass -> which rows make them pass
    notes: list[str] = field(default_factory=list)


def finish(sample: Sample) -> list[Row]:
    """发布日期, order, 索引号 serials and the final cell values."""
    for row in sample.rows:
        row.values["发布日期"] = row.published or add_workdays(row.generated, row.lag)
    rows = sorted(sample.rows, key=lambda r: (r.values["发布日期"], r.generated, r.title))
    serials: dict[tuple[str, int], int] = {}
    taken = {row.index for row in rows if row.index}  # real 索引号 from a seed keep their number
    for row in rows:
        prefix = row.prefix or sample.prefix
        key = (prefix, row.generated.year)
        index = row.index
        while not index:
            serials[key] = serials.get(key, 0) + 1
            candidate = f"{prefix}/{row.generated.year}-{serials[key]:05d}"
            index = "" if candidate in taken else candidate
        row.values.update({
            "索引号": index, "信息名称": row.title, "内容概述": row.summary,
            "发布机构": row.publisher or sample.agency, "生成日期": row.generated, "文号": row.docno,
            "公开方式": row.mode, "不公开理由": row.reason, "主题分类": row.topic, "体裁分类": row.genre,
            "栏目": row.column, "责任单位": row.unit, "有效性": row.validity, "关联文件": row.related,
        })
    return rows


# --- 曲阜市交通运输局 2023 (qufu-transport-2023) -------------------------------------------------------

QF = "曲阜市交通运输局"
QF_PREFIX = uscc("11370881004341590")  # 11370881004341590W, as in samples/make_samples.py
QF_OFFICE, QF_FIN, QF_LAW, QF_PLAN = "局办公室", "局财务科", "局综合法规科", "局规划建设管理科"
QF_TRANSPORT, QF_ROAD, QF_SAFETY, QF_ENFORCE, QF_APPROVAL = (
    "局运输管理科", "市公路事业发展中心", "局安全监督科", "市交通运输综合执法大队", "局行政审批科")
T_PUBLIC, T_ROAD, T_FINANCE, T_PROJECT, T_SAFETY = (
    "综合政务\\政务公开", "工业、交通\\公路", "财政、金融、审计\\财政", "国民经济管理、国有资产监管\\重大建设项目",
    "市场监管、安全生产监管\\安全生产监管")


def qufu() -> Sample:
    rows = [
        Row(f"{QF}2022年政府信息公开工作年度报告", "报告2022年主动公开、依申请公开、行政复议和行政诉讼情况及存在的问题和改进措施。",
            d(2023, 1, 16), 3, topic=T_PUBLIC, genre="报告", column="政府信息公开年报", unit=QF_OFFICE),
        Row("2023年春运工作方案", "部署春运期间道路客运组织、运力保障和安全检查工作。", d(2023, 1, 5), 1,
            docno="曲交字〔2023〕1号", topic=T_SAFETY, genre="方案", column="通知公告", unit=QF_TRANSPORT),
        Row(f"{QF}2023年部门预算", "公开2023年部门收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表及情况说明。",
            d(2023, 2, 3), 8, topic=T_FINANCE, genre="报告", column="财政资金", unit=QF_FIN),
        Row("2023年全市重大交通建设项目基本情况", "公布2023年在建和新开工的8个重大交通项目的建设内容、总投资、建设单位和计划工期。",
            d(2023, 2, 10), 2, topic=T_PROJECT, genre="其他", column="规划计划", unit=QF_PLAN),
        Row(f"{QF}2023年度政务公开工作实施方案", "明确权力清单、财政资金、重大建设项目、政策解读回应等八个方面的公开任务和责任单位。",
            d(2023, 3, 13), 4, docno="曲交发〔2023〕7号", topic=T_PUBLIC, genre="方案", column="政务公开工作", unit=QF_OFFICE),
        Row(f"{QF}权责清单（2023年版）", "公布本局行政许可、行政处罚、行政强制等行政权力事项及其依据、实施主体、运行流程和监督方式。",
            d(2023, 4, 10), 3, topic=T_PUBLIC, genre="其他", column="权责清单", unit=QF_LAW),
        Row(f"{QF}2022年部门决算", "公开2022年度收入支出决算总表、财政拨款收入支出决算表及决算情况说明。",
            d(2023, 8, 14), 9, topic=T_FINANCE, genre="报告", column="财政资金", unit=QF_FIN),
        Row(f"{QF}2022年度“三公”经费决算情况说明", "说明2022年度“三公”经费决算支出及与预算相比增减变化的原因。",
            d(2023, 8, 14), 9, topic=T_FINANCE, genre="报告", column="财政资金", unit=QF_FIN),
        Row(f"{QF}2023年政府信息公开工作年度报告", "报告2023年主动公开、依申请公开、政府信息管理、平台建设和监督保障情况。",
            d(2024, 1, 22), 3, topic=T_PUBLIC, genre="报告", column="政府信息公开年报", unit=QF_OFFICE),
        Row("关于2023年国省道大中修工程资金安排的请示", "申请人可依法向本机关提出政府信息公开申请。", d(2023, 4, 6), 2,
            mode="依申请公开", reason="属于过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）",
            topic=T_PUBLIC, genre="其他", unit=QF_FIN),
        Row("交通战备工作年度计划", "申请人可依法向本机关提出政府信息公开申请。", d(2023, 3, 2), 1, mode="不予公开",
            reason="依法确定为国家秘密（《中华人民共和国政府信息公开条例》第十四条）", topic=T_PUBLIC, genre="其他",
            unit="市交通应急指挥中心"),
    ]
    # Monthly progress of the major projects (T3.1): every month except August 2023.
    progress_days = {1: 18, 2: 24, 3: 24, 4: 24, 5: 25, 6: 26, 7: 25, 9: 25, 10: 25, 11: 24, 12: 22}
    projects = ["G327国道曲阜段改建工程", "曲阜至尼山公路提升改造工程", "新326省道曲阜段新建工程", "曲阜东站综合客运枢纽配套工程"]
    for month, day in progress_days.items():
        rows.append(Row(f"2023年{month}月全市重大交通建设项目进展情况",
                        f"截至{month}月底，{projects[month % 4]}、{projects[(month + 1) % 4]}等重大项目的报批、设计变更和施工进展。",
                        d(2023, month, day), 2, topic=T_PROJECT, genre="其他", column="规划计划", unit=QF_PLAN))
    # Policy documents and their 解读 (T4.1): three on the same day, one 解读 nine days late, one without.
    policies = [
        ("曲阜市农村公路养护管理办法", d(2023, 3, 8), "曲交发〔2023〕5号", QF_ROAD, 0),
        ("曲阜市道路货物运输源头治超工作实施意见", d(2023, 5, 10), "曲交发〔2023〕12号", QF_ENFORCE, 0),
        ("曲阜市巡游出租汽车经营服务管理办法", d(2023, 6, 12), "曲交发〔2023〕15号", QF_TRANSPORT, 9),
        ("曲阜市城乡公交一体化发展实施方案", d(2023, 7, 10), "曲交发〔2023〕18号", QF_TRANSPORT, 0),
        ("曲阜市交通运输领域信用分级分类监管办法", d(2023, 10, 16), "曲交发〔2023〕24号", QF_LAW, None),
    ]
    for name, generated, docno, unit, late in policies:
        published = add_workdays(generated, 3)
        rows.append(Row(f"{QF}关于印发《{name}》的通知", f"印发《{name}》，自印发之日起施行。", generated,
                        published=published, docno=docno, topic=T_ROAD, genre="通知", column="政策文件", unit=unit))
        if late is not None:
            rows.append(Row(f"《{name}》政策解读", f"从制定背景、主要内容和创新举措等方面对《{name}》进行解读。", generated,
                            published=published + dt.timedelta(days=late), topic=T_ROAD, genre="解读",
                            column="政策解读", unit=QF_OFFICE))
    filler = [
        ("关于开展2023年治超“百日攻坚”行动的通知", "部署治超“百日攻坚”行动的工作目标、任务分工和时间安排。", d(2023, 4, 17), "曲交字〔2023〕9号", QF_ENFORCE, "通知"),
        ("关于做好2023年汛期交通运输安全工作的通知", "要求加强汛期公路巡查、桥涵隐患排查和应急值守。", d(2023, 6, 1), "曲交字〔2023〕14号", QF_SAFETY, "通知"),
        ("关于做好2023年国庆假期道路运输安全工作的通知", "部署国庆假期客运组织、两客一危车辆动态监控和应急值守。", d(2023, 9, 21), "曲交字〔2023〕21号", QF_SAFETY, "通知"),
        ("2023—2024年度冬季除雪保畅工作方案", "明确冬季除雪保畅责任路段、物资储备和应急响应程序。", d(2023, 11, 13), "曲交字〔2023〕26号", QF_ROAD, "方案"),
        ("道路货物运输经营许可决定（曲阜市鸿运物流有限公司）", "准予曲阜市鸿运物流有限公司道路货物运输经营许可，有效期至2027年3月。", d(2023, 3, 20), "", QF_APPROVAL, "决定"),
        ("道路旅客运输经营许可决定（曲阜市圣城客运有限公司）", "准予曲阜市圣城客运有限公司道路旅客运输经营许可，有效期至2027年5月。", d(2023, 5, 15), "", QF_APPROVAL, "决定"),
        ("机动车维修经营备案（曲阜市明德汽车维修有限公司）", "曲阜市明德汽车维修有限公司机动车维修经营备案信息。", d(2023, 8, 8), "", QF_APPROVAL, "决定"),
        ("巡游出租汽车经营许可决定（曲阜市阙里出租汽车有限公司）", "准予曲阜市阙里出租汽车有限公司巡游出租汽车经营许可。", d(2023, 11, 6), "", QF_APPROVAL, "决定"),
        ("行政处罚决定信息公开（曲阜市通达货运有限公司超限运输）", "当事人曲阜市通达货运有限公司超限运输，依法给予罚款2000元的行政处罚。", d(2023, 2, 21), "", QF_ENFORCE, "决定"),
        ("行政处罚决定信息公开（王某某未按核定线路运营）", "当事人王某某未按核定线路运营，依法给予罚款1000元的行政处罚。", d(2023, 5, 22), "", QF_ENFORCE, "决定"),
        ("行政处罚决定信息公开（曲阜市泗河砂石运输有限公司擅自改装运输车辆）", "当事人擅自改装运输车辆，依法给予罚款5000元的行政处罚。", d(2023, 8, 21), "", QF_ENFORCE, "决定"),
        ("行政处罚决定信息公开（李某站外上客）", "当事人李某站外上客，依法给予罚款200元的行政处罚。", d(2023, 12, 4), "", QF_ENFORCE, "决定"),
        ("2023年第一季度“双随机、一公开”抽查结果公示", "公示第一季度对道路运输企业、维修企业和驾培机构的随机抽查结果。", d(2023, 3, 22), "", QF_LAW, "公示"),
        ("2023年第二季度“双随机、一公开”抽查结果公示", "公示第二季度对道路运输企业、维修企业和驾培机构的随机抽查结果。", d(2023, 6, 20), "", QF_LAW, "公示"),
        ("2023年第三季度“双随机、一公开”抽查结果公示", "公示第三季度对道路运输企业、维修企业和驾培机构的随机抽查结果。", d(2023, 9, 20), "", QF_LAW, "公示"),
        ("2023年第四季度“双随机、一公开”抽查结果公示", "公示第四季度对道路运输企业、维修企业和驾培机构的随机抽查结果。", d(2023, 12, 20), "", QF_LAW, "公示"),
        ("市交通运输局开展道路运输突发事件应急演练", "本局组织开展道路运输突发事件应急演练，检验应急预案和处置能力。", d(2023, 8, 16), "", "市交通应急指挥中心", "其他"),
        ("G327国道曲阜段改建工程施工招标公告", "G327国道曲阜段改建工程采用公开招标方式确定施工单位。", d(2023, 4, 3), "", QF_PLAN, "公告"),
        ("G327国道曲阜段改建工程中标候选人公示", "公示G327国道曲阜段改建工程施工中标候选人及排序。", d(2023, 5, 8), "", QF_PLAN, "公示"),
        ("尼山镇农村公路“户户通”工程完工", "尼山镇农村公路“户户通”工程完工，进一步提升群众出行条件。", d(2023, 8, 24), "", QF_ROAD, "其他"),
        ("市交通运输局召开2023年政务公开工作培训会", "培训政府信息公开条例、依申请公开办理和政策解读等内容。", d(2023, 5, 18), "", QF_OFFICE, "其他"),
        ("关于调整曲阜市交通运输局政务公开工作领导小组成员的通知", "因人员变动，调整政务公开工作领导小组组成人员。", d(2023, 3, 6), "曲交办发〔2023〕3号", QF_OFFICE, "通知"),
    ]
    for title, summary, generated, docno, unit, genre in filler:
        rows.append(Row(title, summary, generated, 2, docno=docno, topic=T_ROAD, genre=genre, unit=unit))
    headers = [("序号", "序号"), ("索引号", "索取号"), ("信息名称", "标题"), ("内容概述", "摘要"), ("发布机构", "发文机关"),
               ("生成日期", "成文日期"), ("发布日期", "公开日期"), ("文号", "发文字号"), ("公开方式", "公开属性"),
               ("不公开理由", "不予公开理由"), ("主题分类", "主题分类"), ("体裁分类", "体裁分类"), ("栏目", "所属栏目"),
               ("责任单位", "责任科室")]
    return Sample(
        checklist="qufu-transport-2023", file="曲阜市交通运输局-2023-任务检查.xlsx", agency=QF, prefix=QF_PREFIX,
        as_of=dt.date(2024, 2, 29), title=f"{QF}政府信息公开目录（2023年）", headers=headers, rows=rows,
        failing={
            "T2.2": "没有“三公”经费预算：目录中没有单独的“三公”经费预算条目，部门预算的摘要也未提及“三公”经费",
            "T3.1": "重大交通建设项目进展缺2023年8月：7月25日之后下一次更新生成于9月25日",
            "T4.1": "《曲阜市巡游出租汽车经营服务管理办法》的解读比文件晚9天发布；《曲阜市交通运输领域信用分级分类监管办法》没有解读",
        },
        passing={
            "T1.1": "《曲阜市交通运输局权责清单（2023年版）》（权力清单）",
            "T1.2": "同一份权责清单（责任清单）",
            "T2.1": "《曲阜市交通运输局2023年部门预算》",
            "T2.3": "《曲阜市交通运输局2022年部门决算》",
            "T3.2": "《2023年全市重大交通建设项目基本情况》",
            "T7.1": "《曲阜市交通运输局2023年政府信息公开工作年度报告》2024年1月25日发布，早于1月31日",
        },
        notes=["表头用导出系统常见的别名（索取号、标题、摘要、发文机关、成文日期、公开日期、发文字号、公开属性、所属栏目、责任科室），"
               "第1行为合并的标题行，第2行空行，第3行为表头。",
               "政策文件与解读没有“关联文件”列，解读按标题中《》引用的文件名配对。",
               "检查日期取2024-02-29，年度报告的截止日（2024-01-31）已过，因此 T7.1 会被判定。"],
    )


# --- 青云谱区 2023 (qingyunpu-division) ------------------------------------------------------------

QY_AGENCIES = {  # 发布机构 -> 索引号 prefix (fictitious USCC bodies under the 青云谱区 code 360104)
    "南昌市青云谱区人民政府办公室": uscc("11360104014500108"),
    "南昌市青云谱区财政局": uscc("11360104014500212"),
    "南昌市青云谱区发展和改革委员会": uscc("11360104014500327"),
    "南昌市青云谱区民政局": uscc("11360104014500431"),
    "南昌市青云谱区人力资源和社会保障局": uscc("11360104014500546"),
    "南昌市青云谱区教育体育局": uscc("11360104014500650"),
    "南昌市青云谱区卫生健康委员会": uscc("11360104014500765"),
    "南昌市青云谱区市场监督管理局": uscc("11360104014500879"),
    "南昌市青云谱生态环境局": uscc("11360104014500983"),
    "南昌市青云谱区城市管理和综合执法局": uscc("11360104014501097"),
}


def qingyunpu() -> Sample:
    office, finance, develop, civil, hr, edu, health, market, env, city = QY_AGENCIES

    def r(title: str, summary: str, generated: dt.date, publisher: str, **kw) -> Row:
        return Row(title, summary, generated, kw.pop("lag", 2), publisher=publisher, prefix=QY_AGENCIES[publisher], **kw)

    rows = [
        r("南昌市青云谱区人民政府2022年政府信息公开工作年度报告", "报告2022年全区主动公开、依申请公开、政府信息管理、平台建设和监督保障情况。",
          d(2023, 3, 20), office, genre="报告", column="政府信息公开年报"),
        # 一、重点领域（every area except 棚户区和农村危房改造）
        r("青云谱区2023年第三季度行政许可和行政处罚“双公示”信息", "公示第三季度全区各部门作出的行政许可和行政处罚决定。",
          d(2023, 10, 16), market, genre="公示", column="双公示"),
        r("青云谱区2023年“双随机、一公开”抽查计划", "公布全区2023年部门联合随机抽查事项、抽查比例和频次。",
          d(2023, 3, 13), market, genre="计划", column="市场监管"),
        r("青云谱区政务服务中心办事指南（2023年版）", "公布区政务服务中心进驻事项的办理条件、材料、流程和时限。",
          d(2023, 2, 20), office, genre="其他", column="政务服务"),
        r("南昌市青云谱区财政局2023年部门预算", "公开2023年部门收支总表、一般公共预算支出表、“三公”经费支出表及情况说明。",
          d(2023, 2, 15), finance, lag=5, genre="报告", column="财政预决算"),
        r("南昌市青云谱区财政局2022年部门决算", "公开2022年度收入支出决算总表、财政拨款收入支出决算表及决算情况说明。",
          d(2023, 8, 21), finance, lag=5, genre="报告", column="财政预决算"),
        r("青云谱区2023年重大建设项目计划", "公布2023年全区重大建设项目名称、建设内容、总投资和年度计划投资。",
          d(2023, 3, 6), develop, genre="计划", column="重大建设项目"),
        r("青云谱区2023年减税降费政策落实情况", "介绍2023年全区小规模纳税人减免增值税、小微企业所得税优惠等政策落实情况。",
          d(2023, 7, 17), finance, genre="其他", column="减税降费"),
        r("洪都大道沿线道路提升工程施工招标公告", "洪都大道沿线道路提升工程采用公开招标方式确定施工单位。",
          d(2023, 5, 8), city, genre="公告", column="公共资源配置"),
        r("青云谱区2023年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作要点", "部署防止返贫动态监测帮扶和乡村振兴重点工作。",
          d(2023, 4, 10), develop, genre="其他", column="乡村振兴"),
        r("青云谱区2023年就业创业补贴发放情况公示", "公示2023年上半年一次性创业补贴和社会保险补贴发放名单及金额。",
          d(2023, 7, 10), hr, genre="公示", column="就业创业"),
        r("青云谱区2023年城乡低保和特困人员救助供养标准", "公布2023年城乡最低生活保障标准和特困人员基本生活标准。",
          d(2023, 6, 5), civil, genre="其他", column="社会救助"),
        r("青云谱区2023年上半年环境空气质量状况", "通报上半年全区环境空气优良天数比例和主要污染物浓度。",
          d(2023, 7, 12), env, genre="其他", column="环境保护"),
        r("青云谱区2023年义务教育学校招生入学工作方案", "明确2023年全区公办小学、初中招生范围、报名时间和入学条件。",
          d(2023, 5, 22), edu, genre="方案", column="教育"),
        r("青云谱区2023年基本公共卫生服务项目实施方案", "明确居民健康档案、预防接种、慢病管理等基本公共卫生服务项目的任务和标准。",
          d(2023, 4, 17), health, genre="方案", column="卫生健康"),
        r("青云谱区2023年第二季度食品安全监督抽检信息公告", "公布第二季度食品安全监督抽检合格和不合格产品信息。",
          d(2023, 7, 5), market, genre="公告", column="食品药品安全"),
        # 一、重大决策预公开 / 八、公众参与
        r("关于公开征求《青云谱区城市公共停车设施管理办法（征求意见稿）》意见的公告", "公开征求社会公众对停车设施管理办法草案的意见，征求意见期限30日。",
          d(2023, 3, 1), city, genre="公告", column="意见征集"),
        # 二、行政许可事项清单（中介服务事项清单 missing）
        r("青云谱区行政许可事项清单（2023年版）", "公布全区保留的行政许可事项名称、主管部门、实施机关和设定依据。",
          d(2023, 4, 24), office, genre="其他", column="权责清单"),
        # 八、建议提案办理结果
        r("对区十八届人大三次会议第15号建议的答复", "关于增设辖区公共停车泊位、缓解老旧街区停车难的答复。",
          d(2023, 7, 24), city, genre="其他", column="建议提案办理"),
        # 九、网站检查通报
        r("青云谱区2023年第三季度政府网站和政务新媒体检查情况通报", "通报第三季度全区政府网站和政务新媒体抽查结果及整改要求。",
          d(2023, 10, 9), office, genre="通报", column="政务公开工作"),
        # Withheld items: one with its reason, one without (B.non-disclosure-reason).
        r("青云谱区2023年第5次区长办公会议纪要", "申请人可依法向区政府办公室提出政府信息公开申请。", d(2023, 5, 29), office,
          mode="依申请公开", reason="属于过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）", genre="其他"),
        r("关于调整区政府部分内设机构工作职责的内部通知", "申请人可依法向区政府办公室提出政府信息公开申请。", d(2023, 9, 4), office,
          mode="依申请公开", genre="其他"),
    ]
    # 三、政策文件与解读（one without 解读）; 四、一图读懂 is a 多载体 解读.
    policies = [
        ("青云谱区城市公共停车设施管理办法", d(2023, 6, 19), "青府办发〔2023〕12号", "《{}》政策解读"),
        ("青云谱区促进楼宇经济高质量发展若干措施", d(2023, 8, 14), "青府办发〔2023〕17号", "一图读懂《{}》"),
        ("青云谱区就业创业扶持资金管理办法", d(2023, 11, 13), "青府办发〔2023〕23号", None),
    ]
    for name, generated, docno, explain in policies:
        rows.append(r(f"南昌市青云谱区人民政府办公室关于印发《{name}》的通知", f"印发《{name}》，请认真贯彻执行。", generated, office,
                      lag=3, docno=docno, genre="规范性文件", column="政策文件"))
        if explain:
            rows.append(r(explain.format(name), f"对《{name}》的出台背景、主要内容和适用对象进行解读。", generated, office,
                          lag=3, genre="解读", column="政策解读"))
    news = [
        ("青云谱区召开2023年政务公开工作推进会", d(2023, 4, 3), office),
        ("青云谱区开展2023年政务公开业务培训", d(2023, 6, 12), office),
        ("区城管执法局开展城区占道经营专项整治", d(2023, 5, 15), city),
        ("青云谱区举办2023年春风行动专场招聘会", d(2023, 2, 13), hr),
        ("区卫健委开展夏季爱国卫生运动", d(2023, 7, 3), health),
        ("区市场监管局开展中秋国庆节前市场检查", d(2023, 9, 18), market),
        ("区教体局开展校园安全隐患排查", d(2023, 9, 5), edu),
        ("区民政局开展冬季困难群众走访慰问", d(2023, 12, 11), civil),
    ]
    for title, generated, publisher in news:
        rows.append(r(title, f"{title}，进一步提升服务保障水平。", generated, publisher, genre="其他", column="工作动态"))
    headers = [("索引号", "索引号"), ("信息名称", "信息名称"), ("内容概述", "内容概述"), ("发布机构", "发布机构"),
               ("生成日期", "生成日期"), ("发布日期", "发布日期"), ("文号", "文号"), ("公开方式", "公开方式"),
               ("不公开理由", "不公开理由"), ("体裁分类", "体裁分类"), ("栏目", "栏目")]
    return Sample(
        checklist="qingyunpu-division", file="青云谱区-2023-任务检查.xlsx", agency="南昌市青云谱区人民政府办公室",
        prefix=QY_AGENCIES[office], as_of=dt.date(2024, 1, 31), title="南昌市青云谱区政府信息公开目录（2023年）",
        headers=headers, rows=rows,
        failing={
            "T1.14": "重点领域缺棚户区和农村危房改造（含房屋征收、老旧小区改造）信息",
            "T2.6": "没有公开行政审批中介服务事项清单（warning）",
            "T3.1": "《青云谱区就业创业扶持资金管理办法》没有解读",
            "B.non-disclosure-reason": "“关于调整区政府部分内设机构工作职责的内部通知”为依申请公开，未注明理由",
        },
        passing={
            "T1.2": "《青云谱区城市公共停车设施管理办法（征求意见稿）》公开征求意见",
            "T1.4–T1.13、T1.15–T1.18": "各重点领域各有一条信息（双公示、双随机、办事指南、部门预决算、重大建设项目计划、减税降费、招标公告、乡村振兴、就业补贴、低保标准、空气质量、招生方案、公共卫生、食品抽检）",
            "T2.5": "《青云谱区行政许可事项清单（2023年版）》",
            "T4.1": "《一图读懂〈青云谱区促进楼宇经济高质量发展若干措施〉》",
            "T8.1、T8.2": "征求意见公告；人大建议答复",
            "T9.1": "第三季度政府网站和政务新媒体检查情况通报",
        },
        notes=["区门户网站的目录，发布机构为区政府办公室和9个区直部门，各用本部门的18位统一社会信用代码作索引号前段码（虚构）。",
               "表头即规范字段名，没有标题行。"],
    )


# --- 某县城市管理局 2014 (chengguan-keypoints) ---------------------------------------------------------

CG = "某县城市管理局"
CG_PREFIX = org_code("73452810")  # fictitious 9-character 组织机构代码 (USCC came in 2015)


def chengguan() -> Sample:
    office = "局办公室"
    approval, law, finance = "局审批股", "局法规股", "局财务股"
    rows = [
        Row("县城市管理局2013年政府信息公开工作年度报告", "报告2013年主动公开、依申请公开、复议诉讼和收费情况。", d(2014, 3, 17), 3,
            genre="报告", unit=office),
        Row("县城市管理局行政审批项目目录", "公布本局保留的城市道路挖掘、户外广告设置、建筑垃圾处置等行政审批项目。", d(2014, 3, 10), 2,
            genre="其他", unit=approval),
        Row("城市道路挖掘许可审批流程图", "以流程图公开城市道路挖掘许可的受理、审查、决定和送达环节。", d(2014, 3, 10), 2,
            genre="其他", unit=approval),
        Row("户外广告设置许可办事指南", "一次性公开受理机构、实施依据、审批条件、办结时限、申请材料目录、申请书示范文本和监督电话。",
            d(2014, 3, 12), 2, genre="其他", unit=approval),
        Row("2014年第二季度行政审批结果公示", "公示第二季度办结的城市道路挖掘、户外广告设置等行政审批结果。", d(2014, 7, 7), 2,
            genre="公示", unit=approval),
        Row("县城市管理局政府信息公开指南（2014年修订）", "更新信息公开的范围、形式、申请方式和受理机构联系方式。", d(2014, 4, 8), 2,
            genre="其他", unit=office),
        Row("县城市管理局2014年部门预算", "公开2014年部门收支预算总表和财政拨款支出预算表，列明“三公”经费预算总额和分项数额。",
            d(2014, 10, 14), 4, genre="报告", unit=finance),
        Row("县城市管理局2013年度“三公”经费决算情况说明", "公开2013年度“三公”经费决算总额和分项数额及增减原因。", d(2014, 9, 22), 3,
            genre="报告", unit=finance),
        # Written in Traditional characters like the plan itself; published after 10月31日.
        Row("縣城市管理局2013年部門決算", "公開2013年度收入支出決算總表和財政撥款支出決算表。", d(2014, 10, 29), 5,
            genre="报告", unit=finance),
        Row("2014年5月城区市容环境卫生检查情况通报", "通报5月城区主次干道市容环境卫生检查结果和整改要求。", d(2014, 6, 3), 2,
            mode="", genre="通报", unit="局市容股"),
        Row("县城市管理局2014年第3次局务会议纪要", "申请人可依法向本局提出政府信息公开申请。", d(2014, 5, 12), 1, mode="依申请公开",
            reason="属于过程性信息", genre="其他", unit=office),
        Row("城管执法队员违纪问题调查处理情况", "申请人可依法向本局提出政府信息公开申请。", d(2014, 8, 11), 1, mode="不予公开",
            genre="其他", unit="局督查股"),
    ]
    policies = [
        ("县城区户外广告设置管理办法", d(2014, 5, 5), "县城管发〔2014〕8号", "有效", "《縣城區戶外廣告設置管理辦法》解讀"),
        ("县城市管理行政执法公示办法", d(2014, 9, 15), "县城管发〔2014〕19号", "", "《县城市管理行政执法公示办法》政策解读"),
    ]
    for name, generated, docno, validity, explain in policies:
        rows.append(Row(f"县城市管理局关于印发《{name}》的通知", f"印发《{name}》，自发布之日起施行。", generated, 3, docno=docno,
                        genre="规范性文件", validity=validity, unit=law))
        rows.append(Row(explain, f"解读《{name}》的制定背景、主要内容和施行要求。", generated, 3, genre="解读", unit=law))
    filler = [
        ("关于开展城区占道经营专项整治行动的通告", "自2014年4月起集中整治城区主次干道占道经营、店外经营行为。", d(2014, 3, 24), "县城管发〔2014〕5号"),
        ("县城市管理局2014年城市管理工作要点", "部署2014年市容环境整治、违法建设查处和数字城管建设工作。", d(2014, 2, 17), "县城管发〔2014〕3号"),
        ("关于做好2014年汛期城市排水防涝工作的通知", "要求加强排水管网疏通、易涝点巡查和应急值守。", d(2014, 5, 19), "县城管发〔2014〕10号"),
        ("县城市管理局开展建筑垃圾运输车辆专项检查", "检查建筑垃圾运输车辆密闭化改装和核准手续情况。", d(2014, 6, 23), ""),
        ("县城市管理局召开政府信息公开工作培训会", "培训政府信息公开条例、依申请公开办理和保密审查等内容。", d(2014, 7, 14), ""),
        ("数字化城市管理系统二期建设工程竣工", "数字化城市管理系统二期建设工程通过验收，新增视频监控点位120个。", d(2014, 11, 17), ""),
        ("关于做好2014年冬季城市道路除雪工作的通知", "明确城区主干道除雪责任单位、物资储备和作业要求。", d(2014, 12, 1), "县城管发〔2014〕24号"),
    ]
    for title, summary, generated, docno in filler:
        rows.append(Row(title, summary, generated, 2, docno=docno, genre="通知" if docno else "其他", unit=office))
    headers = [("索引号", "索引號"), ("信息名称", "信息名稱"), ("内容概述", "內容概述"), ("发布机构", "發佈機構"),
               ("生成日期", "生成日期"), ("发布日期", "發佈日期"), ("文号", "文號"), ("公开方式", "公開方式"),
               ("不公开理由", "不公開理由"), ("体裁分类", "體裁分類"), ("有效性", "有效性"), ("责任单位", "責任科室")]
    return Sample(
        checklist="chengguan-keypoints", file="某县城市管理局-2014-任务检查.xlsx", agency=CG, prefix=CG_PREFIX,
        as_of=dt.date(2015, 1, 31), title=f"{CG}政府信息公开目录（2014年）", headers=headers, rows=rows,
        failing={
            "T2.2": "《縣城市管理局2013年部門決算》（繁体标题）2014年11月5日才发布，晚于10月31日",
            "T3.2": "规范性文件《县城市管理行政执法公示办法》未标明有效性（warning）",
            "T7.1": "“2014年5月城区市容环境卫生检查情况通报”未填写公开方式",
            "T7.2": "“城管执法队员违纪问题调查处理情况”为不予公开，未说明理由",
        },
        passing={
            "T1.1、T1.3、T1.5、T1.7": "行政审批项目目录、审批流程图、办事指南、第二季度审批结果公示",
            "T2.1、T2.3": "《县城市管理局2014年部门预算》10月20日发布，摘要列明“三公”经费预算",
            "T2.4": "《2013年度“三公”经费决算情况说明》9月25日发布",
            "T4.1": "两件规范性文件的解读与文件同日发布（其中一件解读的标题为繁体）",
            "T7.5": "《政府信息公开指南（2014年修订）》",
        },
        notes=["表头为繁体（索引號、信息名稱、內容概述、發佈機構、發佈日期、文號、公開方式、不公開理由、體裁分類、責任科室）。",
               "索引号前段码为9位组织机构代码（虚构，校验码按 GB 11714 计算）。"],
    )


# --- 上海市交通委员会 2024 (shanghai-transport-2024) ----------------------------------------------------

SH = "上海市交通委员会"
SH_PREFIX = org_code("00242119") + "K"  # 002421191K, as in the seed's 索取号 002421191K/2024-00025


def shanghai() -> Sample:
    office, policy, plan, transport, law, finance = "办公室", "政策法规处", "综合规划处", "运输管理处", "执法监督处", "财务审计处"
    rows = [
        Row(f"{SH}2023年政府信息公开工作年度报告", "报告2023年本委主动公开、依申请公开、政府信息管理和平台建设情况。", d(2024, 1, 22), 3,
            topic="综合政务", genre="报告", unit=office),
        Row(f"{SH}关于印发《2024年市交通委政务公开工作要点》的通知", "印发2024年市交通委政务公开工作要点。",
            dt.date(2024, 5, 13), published=dt.date(2024, 5, 16), docno="沪交办〔2024〕323号", index="002421191K/2024-00025",
            topic="综合政务", genre="通知", unit=office),
        Row("2024年上海国际航运中心建设推进情况", "介绍2024年上海国际航运中心能级提升的主要举措和阶段性成效。", d(2024, 7, 15), 3,
            topic="交通", genre="其他", unit=plan),
        Row("长三角交通一体化发展2024年阶段性成果", "介绍长三角省际道路、轨道交通和毗邻公交互联互通的阶段性成果。", d(2024, 9, 9), 3,
            topic="交通", genre="其他", unit=plan),
        Row("第七届中国国际进口博览会交通保障工作方案", "明确进博会期间交通组织、公共交通运力保障和应急处置安排。", d(2024, 10, 14), 2,
            docno="沪交运〔2024〕88号", topic="交通", genre="方案", unit=transport),
        Row("2024年市政府为民办实事项目（交通领域）计划安排", "公布2024年交通领域为民办实事项目的内容、目标和责任单位。", d(2024, 2, 26), 3,
            topic="交通", genre="计划", unit=plan),
        Row("2024年交通领域为民办实事项目推进情况（三季度）", "通报截至三季度交通领域为民办实事项目的推进情况。", d(2024, 10, 21), 3,
            topic="交通", genre="其他", unit=plan),
        Row("2024年本市重大交通工程建设进展（上半年）", "介绍上半年本市重大交通工程的开工、在建和竣工情况。", d(2024, 7, 22), 3,
            topic="交通", genre="其他", unit=plan),
        Row("轨道交通崇明线建设进展情况", "介绍轨道交通崇明线各标段土建施工和机电安装进展。", d(2024, 11, 11), 3,
            topic="交通", genre="其他", unit=plan),
        Row("交通领域“一网通办”改革2024年工作推进情况", "介绍交通领域“一网通办”和高效办成“一件事”改革推进情况。", d(2024, 8, 19), 3,
            topic="交通", genre="其他", unit=office),
        Row("2024年交通工程建设领域重大事故隐患专项排查整治推进情况", "通报交通工程建设领域重大事故隐患专项排查整治推进情况。", d(2024, 6, 17), 3,
            topic="安全生产", genre="其他", unit="安全监督处"),
        Row(f"{SH}2024年度重大行政决策事项目录", "公布2024年度本委重大行政决策事项名称、承办处室和计划完成时间。", d(2024, 3, 25), 3,
            docno="沪交法〔2024〕52号", topic="综合政务", genre="通知", unit=policy),
        Row(f"{SH}2023年度行政执法数据", "公开2023年度本委行政许可、行政处罚、行政检查等执法数据。", d(2024, 1, 29), 3,
            topic="综合政务", genre="其他", unit=law),
        Row(f"{SH}2024年“谁执法谁普法”普法责任清单", "公布2024年本委普法责任清单、普法内容和责任处室。", d(2024, 4, 8), 3,
            topic="综合政务", genre="其他", unit=policy),
        Row(f"{SH}2024年部门预算", "公开2024年部门收支总表、一般公共预算支出表、“三公”经费支出表及情况说明。", d(2024, 2, 5), 4,
            topic="财政", genre="报告", unit=finance),
        Row(f"{SH}2023年度部门决算", "公开2023年度收入支出决算总表、财政拨款收入支出决算表及决算情况说明。", d(2024, 8, 26), 4,
            topic="财政", genre="报告", unit=finance),
        Row(f"{SH}2023年度项目支出绩效自评结果", "公开2023年度重点项目支出绩效自评结果。", d(2024, 9, 2), 3,
            topic="财政", genre="报告", unit=finance),
        Row("2024年度上海市航运中心建设专项资金项目申报指南", "明确航运中心建设专项资金的支持方向、申报条件和申报材料。", d(2024, 3, 11), 3,
            docno="沪交航〔2024〕21号", topic="财政", genre="通知", column="专项资金", unit="航运处"),
        Row("2024年上海市交通节能减排专项扶持资金拟支持项目公示", "公示2024年交通节能减排专项扶持资金拟支持项目和金额。", d(2024, 11, 4), 3,
            topic="财政", genre="公示", column="专项资金", unit="科技信息处"),
        Row("关于公开征求《上海市网络预约出租汽车经营服务管理若干规定（修订草案征求意见稿）》意见的公告",
            "公开征求社会公众对网约车管理若干规定修订草案的意见，征求意见期限30日。", d(2024, 6, 3), 2,
            topic="交通", genre="公告", unit=transport),
        Row("《上海市网络预约出租汽车经营服务管理若干规定（修订草案征求意见稿）》起草说明", "说明修订的必要性、主要内容和征求意见的重点。",
            d(2024, 6, 3), 2, topic="交通", genre="解读", unit=transport,
            related="关于公开征求《上海市网络预约出租汽车经营服务管理若干规定（修订草案征求意见稿）》意见的公告"),
        Row("2024年公众代表列席市交通委主任办公会议情况", "介绍公众代表列席主任办公会议的议题、代表遴选和意见采纳情况。", d(2024, 12, 9), 3,
            topic="综合政务", genre="其他", unit=office),
        Row("2024年上海交通“政府开放月”活动安排", "公布8月地铁车辆基地、港口码头等开放活动的时间、地点和报名方式。", d(2024, 8, 1), 2,
            topic="综合政务", genre="其他", unit=office),
        Row(f"{SH}主动公开事项目录（2024年版）", "按领域、层级公布本委法定主动公开事项、公开时限和责任处室。", d(2024, 6, 24), 3,
            topic="综合政务", genre="其他", unit=office),
        Row("关于做好2024年春运期间道路运输安全工作的通知", "部署春运期间道路客运安全检查、运力保障和应急值守工作。", d(2024, 1, 15), 2,
            topic="交通", genre="通知", unit=transport),
        Row("关于某道路运输企业经营许可审查意见的函", "申请人可依法向本委提出政府信息公开申请。", d(2024, 4, 15), 1, mode="依申请公开",
            reason="涉及商业秘密（《中华人民共和国政府信息公开条例》第十五条）", topic="交通", genre="其他", unit=transport),
    ]
    policies = [
        ("上海市道路运输行业信用管理办法", d(2024, 3, 18), "沪交规〔2024〕3号", 0),
        ("上海市出租汽车服务质量信誉考核办法", d(2024, 7, 8), "沪交规〔2024〕5号", 1),
        ("上海市促进航运业绿色低碳转型若干措施", d(2024, 10, 8), "沪交规〔2024〕8号", 0),
    ]
    for name, generated, docno, late in policies:
        title = f"{SH}关于印发《{name}》的通知"
        published = add_workdays(generated, 3)
        rows.append(Row(title, f"印发《{name}》，自2024年{generated.month + 1}月1日起施行。", generated, published=published,
                        docno=docno, topic="交通", genre="规范性文件", unit=policy))
        rows.append(Row(f"《{name}》政策解读", f"解读《{name}》的出台背景、主要内容和创新举措。", generated,
                        published=published + dt.timedelta(days=late), topic="交通", genre="解读", unit=policy, related=title))
    rows.append(Row("《上海市道路运输行业信用管理办法》常见问题与解答", "汇总企业关于信用评价等级、信用修复等常见问题及解答。",
                    d(2024, 4, 15), 3, topic="交通", genre="解读", unit=policy,
                    related=f"{SH}关于印发《上海市道路运输行业信用管理办法》的通知"))
    rows.append(Row("一图读懂《上海市促进航运业绿色低碳转型若干措施》", "以图解方式介绍航运业绿色低碳转型的支持措施。",
                    d(2024, 10, 8), published=add_workdays(d(2024, 10, 8), 3), topic="交通", genre="解读", unit=policy))
    news = [
        ("市交通委召开2024年政务公开工作会议", d(2024, 3, 4)), ("市交通委开展2024年政务公开专题培训", d(2024, 6, 11)),
        ("市交通委开展春运安全生产检查", d(2024, 1, 29)), ("市交通委部署夏季高温期间交通运行保障", d(2024, 7, 1)),
        ("市交通委开展国庆假期交通运行保障", d(2024, 9, 23)), ("市交通委开展冬季道路运输安全检查", d(2024, 12, 2)),
    ]
    for title, generated in news:
        rows.append(Row(title, f"{title}，保障城市交通安全有序运行。", generated, 1, topic="交通", genre="其他", unit=office))
    headers = [("索引号", "索取号"), ("信息名称", "标题"), ("内容概述", "内容概述"), ("发布机构", "发布机构"),
               ("生成日期", "成文日期"), ("发布日期", "发布日期"), ("文号", "文件编号"), ("公开方式", "公开类别"),
               ("不公开理由", "不予公开理由"), ("主题分类", "主题分类"), ("体裁分类", "体裁分类"), ("栏目", "栏目"),
               ("关联文件", "关联解读"), ("责任单位", "责任处室")]
    return Sample(
        checklist="shanghai-transport-2024", file="上海市交通委员会-2024-任务检查.xlsx", agency=SH, prefix=SH_PREFIX,
        as_of=dt.date(2025, 1, 31), title=f"{SH}政府信息公开目录（2024年）", headers=headers, rows=rows,
        failing={
            "T1.12": "没有公开轻微违法行为依法不予行政处罚清单",
            "T2.2": "《上海市出租汽车服务质量信誉考核办法》的解读比文件晚1天发布，不符合三同步",
            "T3.1": "“关于做好2024年春运期间道路运输安全工作的通知”没有文件编号（warning）",
            "T3.2": "“一图读懂《上海市促进航运业绿色低碳转型若干措施》”未填写关联解读（关联文件）",
        },
        passing={
            "T1.1–T1.11、T1.13–T1.17": "航运中心、长三角、进博会、实事项目立项和推进、重大交通工程（2条）、一网通办、隐患排查整治、重大行政决策事项目录、执法数据、普法清单、部门预决算、绩效自评、两项专项资金",
            "T2.3": "网约车规定修订草案征求意见公告与起草说明同日发布",
            "T2.7": "《上海市道路运输行业信用管理办法》常见问题与解答",
            "T4.1、T4.3": "征求意见公告；公众代表列席主任办公会议情况",
            "T4.5": "“政府开放月”活动安排2024年8月5日发布",
            "T5.1、T5.2": "主动公开事项目录；每条信息都填写了公开类别",
            "B.index-format": "索取号采用上海格式“002421191K/2024-00025”（清单已覆盖该检查项以接受K后缀）",
        },
        notes=["《2024年市交通委政务公开工作要点》本身也在目录中，索取号、文件编号和日期照录 seeds/004（文件编号去掉了网页转载中“323”与“号”之间的空格）。",
               "表头用上海市政府信息公开目录的叫法（索取号、标题、成文日期、文件编号、公开类别、关联解读、责任处室）。"],
    )


SAMPLES = (qufu, qingyunpu, chengguan, shanghai)

# --- writers ---------------------------------------------------------------------------------------


def write_xlsx(path: str, sample: Sample, rows: list[Row]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "公开目录"
    headers = sample.headers
    width = len(headers)
    with_title = sample.checklist != "qingyunpu-division"
    header_row = 3 if with_title else 1
    if with_title:
        sheet.cell(row=1, column=1, value=sample.title)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        sheet.cell(row=1, column=1).font = Font(name="宋体", size=16, bold=True)
        sheet.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
    thin = Side(style="thin", color="999999")
    for column, (_, header) in enumerate(headers, start=1):
        cell = sheet.cell(row=header_row, column=column, value=header)
        cell.font = Font(name="宋体", bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for offset, row in enumerate(rows):
        for column, (name, _) in enumerate(headers, start=1):
            value = offset + 1 if name == "序号" else row.values[name]
            cell = sheet.cell(row=header_row + 1 + offset, column=column, value=value if value != "" else None)
            if isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    for column, (name, _) in enumerate(headers, start=1):
        wide = {"信息名称": 60, "内容概述": 60, "索引号": 32, "关联文件": 50, "不公开理由": 36, "发布机构": 28}
        sheet.column_dimensions[get_column_letter(column)].width = wide.get(name, 14)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    workbook.properties.creator = sample.agency
    workbook.properties.created = FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    with open(path, "wb") as handle:
        handle.write(pin_zip(buffer.getvalue()))


def readme(samples: list[Sample]) -> str:
    lines = [
        "# 检查清单示例目录",
        "",
        "四份示例目录，各对应 `checklists/` 中一份依据工作方案编写的检查清单，用来演示（也用来测试）任务检查：",
        "每份目录中有的任务按时公开了所需信息（检查通过），有的缺少或晚于期限（检查不通过）。",
        "全部由 `samples/checklists/make_samples.py` 生成（不含随机数、不联网，多次运行内容相同），请勿手工修改；",
        "`tests/test_seed_checklists.py` 按下表逐项核对不通过的检查项。",
        "",
        "```bash",
        "python samples/checklists/make_samples.py",
    ]
    for sample in samples:
        lines.append(f"python -m govopen_cli check \"samples/checklists/{sample.file}\" -c {sample.checklist} --as-of {sample.as_of:%Y-%m-%d}")
    lines += ["```", "", "| 文件 | 检查清单 | 检查日期 | 条数 | 不通过的检查项 |", "|---|---|---|---:|---|"]
    for sample in samples:
        lines.append(f"| `{sample.file}` | `{sample.checklist}` | {sample.as_of:%Y-%m-%d} | {len(sample.rows)} | "
                     f"{'、'.join(f'`{c}`' for c in sample.failing)} |")
    lines += ["", "人工核查项（`manual`）在没有 `--answers` 时状态为“待人工核查”，不计为不通过；国家基线检查项（`B.*`）除下表注明的以外全部通过。"]
    for sample in samples:
        lines += ["", f"## {sample.file}", "", f"检查清单 `{sample.checklist}`，检查日期 {sample.as_of:%Y-%m-%d}，共 {len(sample.rows)} 条。", ""]
        lines += [f"- {note}" for note in sample.notes]
        lines += ["", "不通过：", "", "| 检查项 | 原因 |", "|---|---|"]
        lines += [f"| `{check}` | {why} |" for check, why in sample.failing.items()]
        lines += ["", "通过的自动检查（举例）：", "", "| 检查项 | 依据的条目 |", "|---|---|"]
        lines += [f"| `{check}` | {why} |" for check, why in sample.passing.items()]
    return "\n".join(lines) + "\n"


def generate(out: str) -> list[Sample]:
    os.makedirs(out, exist_ok=True)
    samples = [make() for make in SAMPLES]
    for sample in samples:
        write_xlsx(os.path.join(out, sample.file), sample, finish(sample))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(readme(samples))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=HERE, help="output folder (default: samples/checklists/)")
    args = parser.parse_args()
    for sample in generate(args.out):
        print(f"{sample.file}: {len(sample.rows)} 条，预期不通过 {', '.join(sample.failing)}")


if __name__ == "__main__":
    main()
