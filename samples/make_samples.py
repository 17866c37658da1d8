"""Generate the sample spreadsheets in samples/ (deterministic: fixed seed, no network).

    python samples/make_samples.py            # rewrite the committed samples in samples/
    python samples/make_samples.py --out DIR  # write them somewhere else (tests compare the two)

Writes:
  曲阜市交通运输局-公开目录-2023.xlsx        ~300 rows with a documented set of injected defects
  曲阜市交通运输局-公开目录-2023-合格.xlsx   ~100 rows that pass the national baseline
  某区政务服务局-公开目录.csv                GBK, Traditional-Chinese headers, a few defects
  expected-findings.json                    every injected defect: file, check id, row, cell
  README.md                                 what the files are and the table of defects

The generator is deliberately independent of govopen_cli: check digits are computed here with
the reference implementation of domain.md §6 and working days with chinesecalendar directly, so
the samples test the tool rather than mirror it. Output is byte-identical from run to run (zip
entry times and workbook properties are pinned).
"""
from __future__ import annotations

import argparse
import csv
import html
import datetime as dt
import io
import json
import os
import sys
import random
import re
from dataclasses import dataclass, field
from typing import Callable

import chinese_calendar
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pinned_xlsx import FIXED_TIME, pin_zip  # noqa: E402 - shared by the sample scripts

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20230317  # the date the 2023 plan was published (seeds/000_67c4d6fd101f4414.txt)

MAIN_XLSX = "曲阜市交通运输局-公开目录-2023.xlsx"
CLEAN_XLSX = "曲阜市交通运输局-公开目录-2023-合格.xlsx"
GBK_CSV = "某区政务服务局-公开目录.csv"
CMS_XLS = "某区政务服务局-网站导出目录.xls"  # the same rows as the website's "导出Excel": an HTML table
EXPECTED_JSON = "expected-findings.json"

AGENCY = "曲阜市交通运输局"

# --- check digits (domain.md §6 reference implementation) ---------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_MAP = "10X98765432"


def uscc_check(code17: str) -> str:
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def org_check(body8: str) -> str:
    def val(c: str) -> int:
        return int(c) if c.isdigit() else ord(c) - 55

    c9 = 11 - sum(val(c) * w for c, w in zip(body8, ORG_W)) % 11
    return {10: "X", 11: "0"}.get(c9, str(c9))


def id_check(first17: str) -> str:
    return ID_MAP[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


assert uscc_check("91350100M000100Y4") == "3"
assert org_check("60003734") == "1" and org_check("MA62K026") == "0"
assert id_check("11010519491231002") == "X"

# 曲阜市交通运输局: 18-character USCC prefix of its 索引号 (body from the brief, check char computed).
USCC_BODY = "11370881004341590"
USCC = USCC_BODY + uscc_check(USCC_BODY)  # 11370881004341590W
USCC_WRONG = USCC_BODY + ("X" if USCC[-1] != "X" else "Y")  # same body, wrong check character
# 某区政务服务局: 9-character organization-code prefix (GB 11714).
ORG_BODY = "MB1957032"[:8]
ORG_CODE = ORG_BODY + org_check(ORG_BODY)
ORG_CODE_WRONG = ORG_BODY + ("1" if ORG_CODE[-1] != "1" else "2")

VALID_ID = "11010519491231002X"  # domain.md §6.3 test number: valid check digit
WRONG_ID = "110105194912310021"  # same number with a wrong check digit: must NOT be reported
assert id_check(VALID_ID[:17]) == VALID_ID[17] and id_check(WRONG_ID[:17]) != WRONG_ID[17]

# --- working days (chinesecalendar: official 2023/2024 holiday and 调休 data) ----------------------


def is_workday(day: dt.date) -> bool:
    return chinese_calendar.is_workday(day)


def add_workdays(day: dt.date, count: int) -> dt.date:
    """The day on which `count` working days after `day` have elapsed (start day not counted)."""
    while count > 0:
        day += dt.timedelta(days=1)
        if is_workday(day):
            count -= 1
    return day


def workdays_between(start: dt.date, end: dt.date) -> int:
    """Working days in (start, end]."""
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        count += is_workday(day)
    return count


def next_workday(day: dt.date) -> dt.date:
    while not is_workday(day):
        day += dt.timedelta(days=1)
    return day


# --- the catalog items ---------------------------------------------------------------------------

FIELDS = ["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期", "文号", "公开方式",
          "不公开理由", "主题分类", "体裁分类", "责任单位", "备注"]

# Column headers of the transport-bureau workbooks: a 序号 column first (unmapped), then the
# alias headers a content-management export typically uses.
XLSX_HEADERS = [("序号", "序号"), ("索引号", "索取号"), ("信息名称", "标题"), ("内容概述", "摘要"),
                ("发布机构", "发文机关"), ("生成日期", "成文日期"), ("发布日期", "公开日期"), ("文号", "发文字号"),
                ("公开方式", "公开属性"), ("不公开理由", "不予公开理由"), ("主题分类", "主题分类"),
                ("体裁分类", "体裁分类"), ("责任单位", "责任科室"), ("备注", "备注")]
XLSX_TITLE_ROWS = 2  # merged title row + blank row; the header is Excel row 3
XLSX_FIRST_ROW = XLSX_TITLE_ROWS + 2

CSV_HEADERS = [("索引号", "索引號"), ("信息名称", "信息名稱"), ("内容概述", "內容概述"), ("发布机构", "發佈機構"),
               ("生成日期", "生成日期"), ("发布日期", "發佈日期"), ("文号", "文號"), ("公开方式", "公開方式")]

T_PUBLIC = "综合政务\\政务公开"
T_ROAD = "工业、交通\\公路"
T_WATER = "工业、交通\\水运"
T_FINANCE = "财政、金融、审计\\财政"
T_PROJECT = "国民经济管理、国有资产监管\\重大建设项目"
T_SAFETY = "市场监管、安全生产监管\\安全生产监管"
T_EMERGENCY = "综合政务\\应急管理"
T_HR = "劳动、人事、监察\\人事工作"
T_CREDIT = "财政、金融、审计\\社会信用体系建设"

U_OFFICE, U_FIN, U_LAW, U_PLAN = "局办公室", "局财务科", "局综合法规科", "局规划建设管理科"
U_TRANSPORT, U_ROAD, U_SAFETY, U_ENFORCE = "局运输管理科", "市公路事业发展中心", "局安全监督科", "市交通运输综合执法大队"
U_APPROVAL, U_HR, U_EMERGENCY = "局行政审批科", "局人事科", "市交通应急指挥中心"

COMPANIES = [
    "曲阜市鸿运物流有限公司", "曲阜市圣城客运有限公司", "曲阜市通达货运有限公司", "曲阜市尼山旅游客运有限公司",
    "曲阜市孔林运输服务有限公司", "曲阜市鲁源建材运输有限公司", "济宁市畅通物流有限公司", "曲阜市华阳商贸物流有限公司",
    "曲阜市泗河砂石运输有限公司", "曲阜市杏坛驾驶员培训有限公司", "曲阜市明德汽车维修有限公司", "曲阜市东方公交有限公司",
    "曲阜市金路机动车检测有限公司", "曲阜市阙里出租汽车有限公司", "兖州区兴达货运有限公司", "邹城市恒通物流有限公司",
]
TOWNS = ["尼山镇", "小雪街道", "吴村镇", "姚村镇", "陵城镇", "时庄街道", "石门山镇", "防山镇", "王庄镇", "息陬镇", "书院街道", "鲁城街道"]
ROADS = ["G327国道曲阜段", "G104国道曲阜段", "S244省道曲阜段", "曲尼路", "曲宁路", "岳阳路", "孔子大道", "G3京台高速曲阜连接线",
         "曲泗路", "新326省道", "防山至石门山旅游公路", "小雪至吴村农村公路"]
PROJECTS = ["G327国道曲阜段改建工程", "曲阜至尼山公路提升改造工程", "2023年农村公路提档升级工程",
            "曲阜东站综合客运枢纽配套工程", "新326省道曲阜段新建工程", "曲阜市城乡公交一体化项目",
            "泗河大桥危桥改造工程", "S244省道路面大中修工程"]
CARGO_VIOLATIONS = ["超限运输", "未按规定携带道路运输证", "擅自改装运输车辆", "未取得道路运输经营许可擅自从事道路货物运输",
                    "车辆未按规定进行年度审验", "驾驶人员未取得从业资格证"]
PASSENGER_VIOLATIONS = ["未按核定线路运营", "站外上客", "超员运输", "未按规定使用计价器", "巡游出租汽车拒载"]
LICENCES = ["道路货物运输经营许可", "道路旅客运输经营许可", "机动车维修经营备案", "机动车驾驶员培训经营备案",
            "超限运输车辆行驶公路许可", "道路运输从业人员从业资格证核发", "公路建设项目施工许可",
            "涉路施工许可", "巡游出租汽车经营许可"]
PEOPLE = ["王某某", "李某", "张某某", "刘某", "陈某某", "孔某", "颜某某", "孟某", "赵某某", "周某"]


@dataclass
class Item:
    title: str
    summary: str
    topic: str
    genre: str
    unit: str
    generated: dt.date
    docno_prefix: str | None = None
    mode: str = "主动公开"
    reason: str = ""
    remark: str = ""
    publisher: str = AGENCY
    lag: int | None = None  # working days from 生成日期 to 发布日期 (None: random 0–8)
    values: dict = field(default_factory=dict)  # final cell values, filled by `finish`


def workday_in(rng: random.Random, month: int, first: int = 1, last: int = 28, year: int = 2023) -> dt.date:
    return next_workday(dt.date(year, month, rng.randint(first, last)))


CN_MONTH = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def transport_items(rng: random.Random, target: int) -> list[Item]:
    """Realistic items of a county transport bureau for 2023, about `target` of them."""
    items: list[Item] = []
    add = items.append

    # Annual fixed items (the 2023 plan's tasks: 财政资金, 重大建设项目, 政策解读, 依申请公开, 年度报告 ...).
    add(Item(f"{AGENCY}2022年政府信息公开工作年度报告", "报告2022年主动公开、依申请公开、行政复议和行政诉讼情况及存在的问题和改进措施。",
             T_PUBLIC, "报告", U_OFFICE, dt.date(2023, 1, 16), lag=3))
    add(Item(f"{AGENCY}2023年度政务公开工作实施方案", "明确权力清单、财政资金、重大建设项目、政策解读回应等八个方面的公开任务和责任单位。",
             T_PUBLIC, "方案", U_OFFICE, dt.date(2023, 3, 13), docno_prefix="曲交发", lag=4))
    add(Item(f"{AGENCY}2023年部门预算", "公开2023年部门收支总表、一般公共预算支出表、政府性基金预算支出表及情况说明。",
             T_FINANCE, "报告", U_FIN, dt.date(2023, 2, 3), lag=8))
    add(Item(f"{AGENCY}2023年“三公”经费预算情况说明", "说明2023年因公出国（境）费、公务用车购置及运行维护费、公务接待费预算安排情况。",
             T_FINANCE, "报告", U_FIN, dt.date(2023, 2, 3), lag=8))
    add(Item(f"{AGENCY}2022年部门决算", "公开2022年度收入支出决算总表、财政拨款收入支出决算表及决算情况说明。",
             T_FINANCE, "报告", U_FIN, dt.date(2023, 8, 14), lag=9))
    add(Item(f"{AGENCY}2022年度“三公”经费决算情况说明", "说明2022年度“三公”经费决算支出及与预算相比增减变化的原因。",
             T_FINANCE, "报告", U_FIN, dt.date(2023, 8, 14), lag=9))
    add(Item(f"{AGENCY}权责清单（2023年版）", "公布本局行政许可、行政处罚、行政强制等行政权力事项及其依据、实施主体和监督方式。",
             T_PUBLIC, "其他", U_LAW, dt.date(2023, 4, 10)))
    add(Item(f"{AGENCY}政府信息公开指南（2023年修订）", "更新政府信息公开的分类、编排体系、获取方式及办公地址、办公时间、联系电话。",
             T_PUBLIC, "其他", U_OFFICE, dt.date(2023, 5, 8)))
    add(Item(f"{AGENCY}机构职能", "公开本局主要职责、内设机构、局属单位、办公地址、办公时间、联系方式和负责人姓名。",
             T_PUBLIC, "其他", U_OFFICE, dt.date(2023, 2, 20)))
    add(Item("2023年全市交通运输工作要点", "部署2023年交通基础设施建设、运输服务保障、行业安全监管和治超等重点工作。",
             T_ROAD, "意见", U_OFFICE, dt.date(2023, 2, 27), docno_prefix="曲交发"))
    add(Item(f"{AGENCY}2023年上半年工作总结", "总结上半年重点项目建设、农村公路养护、安全生产和治超工作进展情况。",
             T_ROAD, "报告", U_OFFICE, dt.date(2023, 7, 12)))
    add(Item(f"{AGENCY}2023年工作总结和2024年工作计划", "总结2023年交通运输工作成效，提出2024年重点工作安排。",
             T_ROAD, "报告", U_OFFICE, dt.date(2023, 12, 27), lag=12))
    add(Item("2023年春运工作方案", "部署春运期间道路客运组织、运力保障、安全检查和疫情防控工作。",
             T_SAFETY, "方案", U_TRANSPORT, dt.date(2023, 1, 5), docno_prefix="曲交字", lag=1))
    add(Item("关于做好2023年汛期交通运输安全工作的通知", "要求加强汛期公路巡查、桥涵隐患排查和应急值守，确保道路安全畅通。",
             T_EMERGENCY, "通知", U_SAFETY, dt.date(2023, 6, 1), docno_prefix="曲交字"))
    add(Item("关于做好2023年国庆假期道路运输安全工作的通知", "部署国庆假期客运组织、两客一危车辆动态监控和节日期间应急值守工作。",
             T_SAFETY, "通知", U_SAFETY, dt.date(2023, 9, 21), docno_prefix="曲交字", lag=2))
    add(Item("2023—2024年度冬季除雪保畅工作方案", "明确冬季除雪保畅责任路段、物资储备、机械调配和应急响应程序。",
             T_EMERGENCY, "方案", U_ROAD, dt.date(2023, 11, 13), docno_prefix="曲交字"))
    add(Item(f"{AGENCY}突发事件应急预案（2023年修订）", "修订道路运输突发事件应急组织体系、预警分级、响应程序和保障措施。",
             T_EMERGENCY, "方案", U_EMERGENCY, dt.date(2023, 5, 22), docno_prefix="曲交发"))
    add(Item(f"{AGENCY}2023年度“双随机、一公开”抽查工作计划", "公布年度随机抽查事项清单、抽查比例和频次。",
             T_CREDIT, "方案", U_LAW, dt.date(2023, 3, 6), docno_prefix="曲交办发"))
    add(Item(f"{AGENCY}2023年度法治政府建设情况报告", "报告本局推进依法行政、规范执法和普法工作情况。",
             T_PUBLIC, "报告", U_LAW, dt.date(2023, 12, 22), lag=6))
    add(Item(f"{AGENCY}2022年度法治政府建设情况报告", "报告2022年度本局法治政府建设主要举措和成效。",
             T_PUBLIC, "报告", U_LAW, dt.date(2023, 1, 30)))

    # Policy documents with 文号, each with a 解读 published together (三同步).
    policies = [
        ("曲阜市农村公路养护管理办法", T_ROAD, U_ROAD, 3, "明确农村公路养护责任主体、资金保障、养护标准和考核办法。"),
        ("曲阜市农村公路“路长制”实施方案", T_ROAD, U_ROAD, 4, "建立市、镇、村三级路长体系，明确各级路长职责和考核机制。"),
        ("曲阜市道路货物运输源头治超工作实施意见", T_ROAD, U_ENFORCE, 5, "规范货运源头单位装载行为，建立源头治超联合执法和信用惩戒机制。"),
        ("曲阜市巡游出租汽车经营服务管理办法", T_ROAD, U_TRANSPORT, 6, "规范巡游出租汽车经营许可、车辆更新、服务质量考核和退出机制。"),
        ("曲阜市城乡公交一体化发展实施方案", T_ROAD, U_TRANSPORT, 7, "推进城乡公交线路优化、站点建设和票制票价改革。"),
        ("曲阜市交通运输行业安全生产责任制规定", T_SAFETY, U_SAFETY, 3, "明确行业主管部门、企业主体责任和岗位安全生产责任。"),
        ("曲阜市交通运输行政执法“三项制度”实施办法", T_PUBLIC, U_LAW, 8, "落实行政执法公示、执法全过程记录和重大执法决定法制审核制度。"),
        ("曲阜市交通运输领域信用分级分类监管办法", T_CREDIT, U_LAW, 10, "按信用等级对道路运输企业实施差异化监管。"),
        ("曲阜市公路路域环境综合整治工作方案", T_ROAD, U_ROAD, 9, "集中整治公路两侧违法建筑、非公路标志和占道经营行为。"),
        ("曲阜市交通运输行业“安全生产月”活动方案", T_SAFETY, U_SAFETY, 5, "组织开展安全宣传咨询日、应急演练和隐患排查治理活动。"),
    ]
    for name, topic, unit, month, summary in policies:
        generated = workday_in(rng, month, 3, 20)
        add(Item(f"{AGENCY}关于印发《{name}》的通知", f"印发《{name}》，{summary}", topic, "通知", unit,
                 generated, docno_prefix="曲交发", lag=3))
        add(Item(f"《{name}》政策解读", f"从制定背景、主要内容和创新举措等方面对《{name}》进行解读。", topic, "解读",
                 U_OFFICE, generated, lag=3))

    # Other notices with 文号.
    notices = [
        ("关于开展2023年治超“百日攻坚”行动的通知", T_ROAD, U_ENFORCE, 4, "曲交字"),
        ("关于开展道路运输企业安全生产隐患排查整治的通知", T_SAFETY, U_SAFETY, 3, "曲交字"),
        ("关于进一步加强农村公路桥梁安全管理的通知", T_ROAD, U_ROAD, 7, "曲交字"),
        ("关于开展交通运输领域扫黑除恶常态化工作的通知", T_SAFETY, U_LAW, 6, "曲交办发"),
        ("关于做好2023年中秋国庆期间公路保通保畅工作的通知", T_ROAD, U_ROAD, 9, "曲交字"),
        ("关于开展“两客一危”车辆动态监控专项检查的通知", T_SAFETY, U_SAFETY, 8, "曲交字"),
        ("关于开展2023年交通运输“质量月”活动的通知", T_ROAD, U_PLAN, 9, "曲交办发"),
        ("关于调整曲阜市交通运输局政务公开工作领导小组成员的通知", T_PUBLIC, U_OFFICE, 3, "曲交办发"),
        ("关于印发2023年全市公路养护工作考核细则的通知", T_ROAD, U_ROAD, 2, "曲交发"),
        ("关于开展冬季道路运输安全生产大检查的通知", T_SAFETY, U_SAFETY, 11, "曲交字"),
        ("关于做好2023年交通运输统计工作的通知", T_ROAD, U_PLAN, 1, "曲交办发"),
        ("关于公布2023年度道路运输企业质量信誉考核结果的通知", T_CREDIT, U_TRANSPORT, 10, "曲交发"),
    ]
    for title, topic, unit, month, prefix in notices:
        add(Item(title, f"{title[2:-3]}，明确工作目标、任务分工和时间安排。", topic, "通知", unit,
                 workday_in(rng, month, 2, 25), docno_prefix=prefix))

    # Monthly series (重大项目 每月更新; 治超; 养护; 行政许可结果).
    for month in range(1, 13):
        last = 27 if month != 12 else 22
        add(Item(f"2023年{month}月全市重大交通建设项目进展情况",
                 f"截至{month}月底，{rng.choice(PROJECTS)}、{rng.choice(PROJECTS)}等重点项目建设进展及投资完成情况。",
                 T_PROJECT, "其他", U_PLAN, workday_in(rng, month, 20, last), lag=rng.randint(1, 4)))
        add(Item(f"2023年{month}月超限超载治理工作情况",
                 f"{month}月共检测货运车辆{rng.randint(1800, 4200)}辆次，查处超限超载车辆{rng.randint(12, 68)}辆，卸载货物{rng.randint(150, 900)}吨。",
                 T_ROAD, "其他", U_ENFORCE, workday_in(rng, month, 20, last)))
        add(Item(f"2023年{month}月公路养护工作动态",
                 f"{month}月完成{rng.choice(ROADS)}等路段坑槽修补{rng.randint(300, 2600)}平方米，清理边沟{rng.randint(5, 40)}公里。",
                 T_ROAD, "其他", U_ROAD, workday_in(rng, month, 20, last)))
        add(Item(f"2023年{month}月道路运输行政许可结果公示",
                 f"公示{month}月办理的道路运输经营许可、从业资格证核发等行政许可结果{rng.randint(20, 90)}件。",
                 T_ROAD, "公示", U_APPROVAL, workday_in(rng, month, 20, last)))
    for quarter in range(1, 5):
        month = quarter * 3
        add(Item(f"2023年第{CN_MONTH[quarter - 1]}季度“双随机、一公开”抽查结果公示",
                 f"公示第{CN_MONTH[quarter - 1]}季度对道路运输企业、维修企业和驾培机构的随机抽查结果。",
                 T_CREDIT, "公示", U_LAW, workday_in(rng, month, 18, 25)))
        add(Item(f"2023年第{CN_MONTH[quarter - 1]}季度交通运输安全生产形势分析",
                 "分析本季度道路运输、公路水运工程建设领域安全生产形势和事故隐患整改情况。",
                 T_SAFETY, "报告", U_SAFETY, workday_in(rng, month, 18, 25)))

    # Recruitment (招聘).
    recruitment = [
        ("曲阜市交通运输局所属事业单位2023年公开招聘工作人员简章", 4),
        ("曲阜市交通运输局所属事业单位2023年公开招聘笔试成绩公告", 6),
        ("曲阜市交通运输局所属事业单位2023年公开招聘面试公告", 6),
        ("曲阜市交通运输局所属事业单位2023年公开招聘拟聘用人员公示", 8),
        ("曲阜市交通运输综合执法大队2023年招聘劳务派遣人员公告", 9),
        ("曲阜市交通运输综合执法大队2023年招聘劳务派遣人员拟录用人员公示", 11),
    ]
    for title, month in recruitment:
        add(Item(title, "公布招聘岗位、人数、资格条件、报名方式及考试安排。" if "简章" in title or "公告" in title and "成绩" not in title
                 else "公示相关人员名单及考试成绩，公示期内接受社会监督。", T_HR, "公告", U_HR, workday_in(rng, month)))

    # Suggestions and proposals (建议提案答复).
    for number in rng.sample(range(8, 160), 8):
        kind = rng.choice(["市十八届人大二次会议第{}号建议", "政协曲阜市第十届委员会第二次会议第{}号提案"]).format(number)
        road = rng.choice(ROADS)
        add(Item(f"对{kind}的答复", f"关于加快{road}改造提升、完善沿线公交站点设置的答复。", T_ROAD, "其他",
                 U_PLAN, workday_in(rng, rng.choice([6, 7, 8])), docno_prefix="曲交建复" if "建议" in kind else "曲交提复"))

    # Procurement and road works.
    for project in PROJECTS:
        month = rng.randint(2, 10)
        add(Item(f"{project}施工招标公告", f"{project}采用公开招标方式确定施工单位，公布招标范围、资格要求和投标截止时间。",
                 T_PROJECT, "公告", U_PLAN, workday_in(rng, month)))
        add(Item(f"{project}中标候选人公示", f"公示{project}施工中标候选人及排序、投标报价和项目负责人。",
                 T_PROJECT, "公示", U_PLAN, workday_in(rng, min(month + 1, 12))))
    for road in rng.sample(ROADS, 8):
        month = rng.randint(3, 11)
        add(Item(f"关于{road}路面维修施工期间实行交通管制的通告",
                 f"{road}路面维修施工期间实行半幅通行，请过往车辆按指示标志减速慢行、绕行。",
                 T_ROAD, "通告", U_ROAD, workday_in(rng, month)))

    # Applications-only and withheld items (process information, internal affairs).
    withheld = [
        ("关于2023年国省道大中修工程资金安排的请示", "依申请公开", "属于过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）", U_FIN),
        ("关于调整局机关内设科室工作职责的内部通知", "依申请公开", "属于内部事务信息（《中华人民共和国政府信息公开条例》第十六条第一款）", U_OFFICE),
        ("曲阜市交通运输局2023年第3次局长办公会议纪要", "依申请公开", "属于过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）", U_OFFICE),
        ("关于某运输企业经营许可审查意见的函", "依申请公开", "涉及商业秘密（《中华人民共和国政府信息公开条例》第十五条）", U_APPROVAL),
        ("道路运输从业人员违法记分明细", "不予公开", "涉及个人隐私（《中华人民共和国政府信息公开条例》第十五条）", U_ENFORCE),
        ("曲阜市交通运输局2023年第7次局长办公会议纪要", "依申请公开", "属于过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）", U_OFFICE),
        ("交通战备工作年度计划", "不予公开", "依法确定为国家秘密（《中华人民共和国政府信息公开条例》第十四条）", U_EMERGENCY),
        ("关于2024年农村公路建设计划的请示", "依申请公开", "属于过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）", U_PLAN),
    ]
    for title, mode, reason, unit in withheld:
        add(Item(title, "申请人可依法向本机关提出政府信息公开申请。", T_PUBLIC, "其他", unit,
                 workday_in(rng, rng.randint(2, 11)), mode=mode, reason=reason))

    # The rest: individual licensing decisions, penalty decisions, work news.
    news = [
        "市交通运输局开展{road}安全隐患排查", "市交通运输局召开{month}月份安全生产工作会议", "{town}农村公路“户户通”工程完工",
        "市交通运输局开展“公交出行宣传周”活动", "市交通运输综合执法大队开展{road}路域环境整治",
        "市公路事业发展中心完成{road}标志标线更新", "市交通运输局组织开展道路运输突发事件应急演练",
        "市交通运输局开展“交通安全进校园”活动", "{town}四好农村路示范创建通过验收", "市交通运输局开展行风建设明察暗访",
    ]
    while len(items) < target:
        roll = rng.random()
        month = rng.randint(1, 12)
        if roll < 0.35:
            licence = rng.choice(LICENCES)
            if "从业资格" in licence:
                party = rng.choice(PEOPLE)
                summary = f"准予{party}{licence}，从业资格类别为道路货物运输驾驶员。"
            else:
                party = rng.choice(COMPANIES)
                summary = f"准予{party}{licence}，有效期至{2023 + rng.choice([4, 6])}年{month}月。"
            add(Item(f"{licence}决定（{party}）", summary, T_ROAD, "决定", U_APPROVAL, workday_in(rng, month)))
        elif roll < 0.65:
            if rng.random() < 0.6:
                party, violation = rng.choice(COMPANIES), rng.choice(CARGO_VIOLATIONS)
            else:
                party, violation = rng.choice(PEOPLE), rng.choice(PASSENGER_VIOLATIONS)
            add(Item(f"行政处罚决定信息公开（{party}{violation}）",
                     f"当事人{party}{violation}，依法给予罚款{rng.choice([200, 500, 1000, 2000, 3000, 5000, 10000])}元的行政处罚。",
                     T_ROAD, "决定", U_ENFORCE, workday_in(rng, month)))
        else:
            title = rng.choice(news).format(road=rng.choice(ROADS), town=rng.choice(TOWNS), month=CN_MONTH[month - 1])
            add(Item(title, f"{title.replace('市交通运输局', '本局')}，进一步提升交通运输服务保障水平。", T_ROAD, "其他",
                     rng.choice([U_OFFICE, U_ROAD, U_SAFETY, U_TRANSPORT]), workday_in(rng, month)))
    if len(items) > target:  # a smaller catalog: a random selection of the fixed items
        items = rng.sample(items, target)
    return items


def finish(items: list[Item], rng: random.Random, prefix: str, text_dates: bool = True) -> list[Item]:
    """Publication dates, sorting, 索引号 serials, 文号 numbers and the final cell values."""
    for item in items:
        lag = item.lag if item.lag is not None else rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 8])
        item.values["发布日期"] = add_workdays(item.generated, lag)
    items.sort(key=lambda item: (item.values["发布日期"], item.generated, item.title))
    counters: dict[str, int] = {}
    for item in sorted(items, key=lambda item: (item.generated, item.title)):
        if item.docno_prefix:
            counters[item.docno_prefix] = counters.get(item.docno_prefix, 0) + rng.randint(1, 3)
            item.values["文号"] = f"{item.docno_prefix}〔2023〕{counters[item.docno_prefix]}号"
    for serial, item in enumerate(items, start=1):
        published = item.values["发布日期"]
        generated: object = item.generated
        publication: object = published
        if text_dates:
            roll = rng.random()
            if roll < 0.10:  # hand-typed text dates next to real date cells
                generated = f"{item.generated.year}年{item.generated.month}月{item.generated.day}日"
            elif roll < 0.14:
                generated = f"{item.generated.year}/{item.generated.month}/{item.generated.day}"
            roll = rng.random()
            if roll < 0.25:  # CMS export with the time of publication
                publication = dt.datetime.combine(published, dt.time(rng.randint(8, 17), rng.choice([0, 10, 15, 30, 45])))
            elif roll < 0.30:
                publication = f"{published:%Y-%m-%d}"
        item.values.update({
            "索引号": f"{prefix}/{item.generated.year}-{serial:05d}",
            "信息名称": item.title,
            "内容概述": item.summary,
            "发布机构": item.publisher,
            "生成日期": generated,
            "发布日期": publication,
            "文号": item.values.get("文号", ""),
            "公开方式": item.mode,
            "不公开理由": item.reason,
            "主题分类": item.topic,
            "体裁分类": item.genre,
            "责任单位": item.unit,
            "备注": item.remark,
        })
    return items


# --- defects ---------------------------------------------------------------------------------------


@dataclass
class Defect:
    check: str  # check id in checklists/national-baseline.yaml
    field: str  # canonical field of the cell the finding is on
    what: str  # what is wrong (Chinese, for the README)
    row: int = 0  # Excel row / CSV line, filled in when applied
    cell: str = ""


def pick(items: list[Item], used: set[int], start: int, test: Callable[[Item], bool]) -> int:
    """The first index >= start (wrapping) whose item satisfies `test` and is not used yet."""
    count = len(items)
    for offset in range(count):
        index = (start + offset) % count
        if index not in used and test(items[index]):
            used.add(index)
            return index
    raise LookupError("no row fits the defect")


def plain(item: Item) -> bool:
    """A public item with readable date cells (a safe place to inject one defect)."""
    return item.mode == "主动公开" and isinstance(item.values["生成日期"], dt.date)


def inject_main(items: list[Item]) -> tuple[list[tuple[int, Defect]], list[tuple[int, str]]]:
    """Inject the documented defects of the main sample. Returns (row index, defect) pairs and
    (row index, note) pairs for traps that must NOT be reported."""
    used: set[int] = set()
    defects: list[tuple[int, Defect]] = []
    traps: list[tuple[int, str]] = []
    n = len(items)

    def at(fraction: float, test: Callable[[Item], bool] = plain) -> tuple[int, Item]:
        index = pick(items, used, int(n * fraction), test)
        return index, items[index]

    def record(index: int, defect: Defect) -> None:
        defects.append((index, defect))

    # Empty required fields (条例第十二条: 索引、名称、内容概述、生成日期).
    for fraction in (0.07, 0.58):
        i, item = at(fraction)
        item.values["索引号"] = ""
        record(i, Defect("B.required", "索引号", "索引号为空"))
    for fraction in (0.15, 0.44, 0.81):
        i, item = at(fraction)
        item.values["内容概述"] = ""
        record(i, Defect("B.required", "内容概述", "内容概述为空"))
    for fraction in (0.26, 0.70):
        i, item = at(fraction)
        item.values["生成日期"] = ""
        record(i, Defect("B.required", "生成日期", "生成日期为空"))
    i, item = at(0.52)
    item.values["发布机构"] = ""
    record(i, Defect("B.required-publisher", "发布机构", "发布机构为空"))

    # Unreadable dates.
    i, item = at(0.12, lambda it: plain(it) and it.generated.month in (2, 3))
    item.values["生成日期"] = "2023-02-30"
    record(i, Defect("B.dates", "生成日期", "生成日期“2023-02-30”不是真实日期（2月没有30日）"))
    i, item = at(0.34, lambda it: plain(it) and it.generated.month in (4, 5))
    item.values["发布日期"] = "2023.04.31"
    record(i, Defect("B.dates", "发布日期", "发布日期“2023.04.31”不是真实日期（4月没有31日）"))

    # 生成日期 after 发布日期 (typo in one of them).
    i, item = at(0.40, lambda it: plain(it) and it.generated.month == 6)
    published = item.values["发布日期"]
    day = published.date() if isinstance(published, dt.datetime) else published
    item.values["生成日期"] = day + dt.timedelta(days=4)
    record(i, Defect("B.date-order", "发布日期", f"生成日期 {day + dt.timedelta(days=4):%Y-%m-%d} 晚于发布日期 {day:%Y-%m-%d}"))
    i, item = at(0.62, lambda it: plain(it) and it.generated.month == 8)
    published = item.values["发布日期"]
    day = published.date() if isinstance(published, dt.datetime) else published
    later = day + dt.timedelta(days=31)
    item.values["生成日期"] = f"{later.year}年{later.month}月{later.day}日"
    record(i, Defect("B.date-order", "发布日期", f"生成日期 {item.values['生成日期']}（文本日期）晚于发布日期 {day:%Y-%m-%d}"))

    # Published later than 20 working days (条例第二十六条), including across the 国庆 2023 holiday
    # (2023-09-29 … 10-06 off, 10-07 and 10-08 make-up working days).
    late = [
        (dt.date(2023, 9, 20), dt.date(2023, 10, 25)),
        (dt.date(2023, 3, 1), dt.date(2023, 4, 20)),
        (dt.date(2023, 12, 25), dt.date(2024, 1, 25)),
    ]
    def nearest(end: dt.date) -> tuple[int, Item]:
        """The unused public row without 文号 published closest to `end` (keeps the sort order plausible)."""
        def distance(index: int) -> int:
            published = items[index].values["发布日期"]
            day = published.date() if isinstance(published, dt.datetime) else published
            return abs((day - end).days)

        candidates = [index for index, it in enumerate(items)
                      if index not in used and plain(it) and not isinstance(it.values["发布日期"], str)
                      and not it.values["文号"]]
        index = min(candidates, key=lambda index: (distance(index), index))
        used.add(index)
        return index, items[index]

    for start, end in late:
        i, item = nearest(end)
        item.values["生成日期"], item.values["发布日期"] = start, end
        item.generated = start
        record(i, Defect("B.timeliness", "发布日期",
                         f"生成日期 {start:%Y-%m-%d}，发布日期 {end:%Y-%m-%d}，相隔 {workdays_between(start, end)} 个工作日，超过20个工作日"))
    # Trap: 24 weekdays but only 20 working days because of 国庆 → must NOT be reported.
    i, item = nearest(dt.date(2023, 10, 26))
    start, end = dt.date(2023, 9, 22), dt.date(2023, 10, 26)
    assert workdays_between(start, end) == 20
    item.values["生成日期"], item.values["发布日期"] = start, end
    traps.append((i, f"生成日期 {start:%Y-%m-%d}、发布日期 {end:%Y-%m-%d}：按周一至周五算 24 天，"
                     "扣除国庆假期并计入10月7日、8日调休上班日后恰为20个工作日，未超时限"))

    # 文号 not per GB/T 9704-2012 §7.2.5.
    docno_defects = [
        (0.10, lambda v: v.replace("〔", "[").replace("〕", "]"), "年份用了方括号[]，应为六角括号〔〕"),
        (0.30, lambda v: v.replace("〔", "（").replace("〕", "）"), "年份用了圆括号（），应为六角括号〔〕"),
        (0.48, lambda v: v.replace("〔", "【").replace("〕", "】"), "年份用了方头括号【】，应为六角括号〔〕"),
        (0.20, lambda v: re.sub(r"〕(\d+)号", r"〕0\1号", v), "发文顺序号编了虚位（前导零）"),
        (0.66, lambda v: re.sub(r"〕(\d+)号", r"〕0\1号", v), "发文顺序号编了虚位（前导零）"),
        (0.55, lambda v: v.replace("〕", "〕第"), "发文顺序号前加了“第”字"),
        (0.85, lambda v: v.replace("〕", "〕第"), "发文顺序号前加了“第”字"),
    ]
    for fraction, change, what in docno_defects:
        i, item = at(fraction, lambda it: plain(it) and bool(it.values["文号"]))
        item.values["文号"] = change(item.values["文号"])
        record(i, Defect("B.docno", "文号", f"文号“{item.values['文号']}”：{what}"))

    # 索引号: wrong check character, malformed, year ≠ 生成日期, duplicate.
    for fraction in (0.18, 0.75):
        i, item = at(fraction)
        item.values["索引号"] = item.values["索引号"].replace(USCC, USCC_WRONG)
        record(i, Defect("B.index-check-digit", "索引号",
                         f"前段码“{USCC_WRONG}”校验码错误（按 GB 32100 应为 {USCC[-1]}）"))
    i, item = at(0.22)
    item.values["索引号"] = item.values["索引号"].replace("/", "")
    record(i, Defect("B.index-format", "索引号", f"索引号“{item.values['索引号']}”缺少“/”分隔符"))
    i, item = at(0.64)
    item.values["索引号"] = item.values["索引号"].replace("/2023-", "/23-")
    record(i, Defect("B.index-format", "索引号", f"索引号“{item.values['索引号']}”年份只有2位"))
    i, item = at(0.90)
    item.values["索引号"] = item.values["索引号"].replace(USCC, USCC[:8] + "-" + USCC[8:])
    record(i, Defect("B.index-format", "索引号", f"索引号“{item.values['索引号']}”在统一社会信用代码中插入了连字符"))
    for fraction in (0.36, 0.78):
        i, item = at(fraction, lambda it: plain(it) and it.values["发布日期"].__class__ is dt.date
                     and it.values["发布日期"].year == 2023)
        item.values["索引号"] = item.values["索引号"].replace("/2023-", "/2022-")
        record(i, Defect("B.index-year", "索引号", f"索引号“{item.values['索引号']}”年份为2022，生成日期和发布日期均为2023年"))
    for source_fraction, fraction in ((0.27, 0.31), (0.86, 0.93)):
        j, original = at(source_fraction)
        i, item = at(fraction)
        item.values["索引号"] = original.values["索引号"]
        record(i, Defect("B.index-unique", "索引号",
                         f"索引号“{original.values['索引号']}”与第 {XLSX_FIRST_ROW + j} 行重复"))

    # 公开方式 outside 主动公开 / 依申请公开 / 不予公开.
    for fraction, value in ((0.46, "部分公开"), (0.72, "公开")):
        i, item = at(fraction)
        item.values["公开方式"] = value
        record(i, Defect("B.disclosure-mode", "公开方式", f"公开方式“{value}”不在规定取值中"))

    # 依申请公开 without a reason.
    for fraction in (0.50, 0.95):
        i, item = at(fraction)
        item.values["公开方式"] = "依申请公开"
        record(i, Defect("B.non-disclosure-reason", "不公开理由", "公开方式为依申请公开，但未注明不公开理由"))

    # Personal information in 信息名称 / 内容概述 (条例第十五条).
    i, item = at(0.38, lambda it: plain(it) and it.title.startswith("行政处罚决定信息公开"))
    item.values["内容概述"] = f"当事人王某某（身份证号{VALID_ID}）驾驶货车超限运输，依法给予罚款2000元的行政处罚。"
    record(i, Defect("B.privacy", "内容概述", f"内容概述含有效身份证号 {VALID_ID}"))
    i, item = at(0.68, lambda it: plain(it) and "招聘" in it.title)
    item.values["信息名称"] = item.title + "（咨询电话13953712345）"
    record(i, Defect("B.privacy", "信息名称", "信息名称含手机号 13953712345"))
    i, item = at(0.83, lambda it: plain(it) and it.title.startswith("行政处罚决定信息公开"))
    item.values["内容概述"] = "当事人联系电话15805379876，未按核定线路运营，依法给予罚款500元的行政处罚。"
    record(i, Defect("B.privacy", "内容概述", "内容概述含手机号 15805379876"))
    # Traps: masked mobile number and an ID-shaped number with a wrong check digit.
    i, item = at(0.56, lambda it: plain(it) and "公示" in it.title)
    item.values["内容概述"] = item.values["内容概述"] + "监督电话138****5678。"
    traps.append((i, "内容概述中的“138****5678”是已打码的手机号，不报告"))
    i, item = at(0.60, lambda it: plain(it) and it.title.startswith("道路运输从业人员从业资格证核发"))
    item.values["内容概述"] = f"核发道路运输从业人员从业资格证，证件号{WRONG_ID}。"
    traps.append((i, f"内容概述中的“{WRONG_ID}”是18位数字但校验码错误（应为X），不是身份证号，不报告"))
    return defects, traps


# --- writers -----------------------------------------------------------------------------------------


def write_xlsx(path: str, title: str, items: list[Item]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "公开目录"
    width = len(XLSX_HEADERS)
    sheet.cell(row=1, column=1, value=title)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.cell(row=1, column=1).font = Font(name="宋体", size=16, bold=True)
    sheet.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 30
    thin = Side(style="thin", color="999999")
    header_row = XLSX_TITLE_ROWS + 1
    for column, (_, header) in enumerate(XLSX_HEADERS, start=1):
        cell = sheet.cell(row=header_row, column=column, value=header)
        cell.font = Font(name="宋体", bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for offset, item in enumerate(items):
        row = XLSX_FIRST_ROW + offset
        for column, (name, _) in enumerate(XLSX_HEADERS, start=1):
            value = offset + 1 if name == "序号" else item.values[name]
            cell = sheet.cell(row=row, column=column, value=value if value != "" else None)
            if isinstance(value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    widths = {"序号": 6, "索取号": 32, "标题": 48, "摘要": 56, "发文机关": 18, "成文日期": 14, "公开日期": 17,
              "发文字号": 18, "公开属性": 11, "不予公开理由": 30, "主题分类": 22, "体裁分类": 9, "责任科室": 18, "备注": 12}
    for column, (_, header) in enumerate(XLSX_HEADERS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(header, 14)
    sheet.freeze_panes = sheet.cell(row=XLSX_FIRST_ROW, column=1)
    sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(width)}{header_row + len(items)}"
    workbook.properties.creator = AGENCY
    workbook.properties.created = FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    with open(path, "wb") as handle:
        handle.write(pin_zip(buffer.getvalue()))


def cell_ref(headers: list[tuple[str, str]], name: str, row: int) -> str:
    position = [field_name for field_name, _ in headers].index(name)
    return f"{get_column_letter(position + 1)}{row}"


# --- the GBK CSV of a district service bureau ----------------------------------------------------------

DISTRICT = "某区政务服务管理局"


def district_rows(rng: random.Random) -> tuple[list[list[str]], list[Defect], list[tuple[int, str]]]:
    """Rows of the CSV (header first) and its defects; CSV line = list index + 1."""
    titles = [
        ("关于公布区级政务服务事项清单（2023年版）的通知", "公布区级依申请类政务服务事项及办理时限、承诺时限。", "区政服发", 2),
        ("区政务服务中心2023年“一窗受理”改革实施方案", "推进综合窗口受理、后台分类审批、统一窗口出件。", "区政服发", 3),
        ("关于开展“帮办代办”服务的通知", "为企业群众提供免费帮办代办服务，明确服务范围和流程。", "区政服字", 2),
        ("区政务服务管理局2023年部门预算", "公开2023年部门收支预算及“三公”经费预算。", "", 2),
        ("区政务服务管理局2022年部门决算", "公开2022年部门收支决算及“三公”经费决算。", "", 8),
        ("关于调整政务服务中心工作时间的公告", "自2023年5月1日起实行夏季工作时间。", "", 4),
        ("2023年第一季度政务服务“好差评”情况通报", "通报第一季度评价数量、差评整改和回访情况。", "区政服字", 4),
        ("2023年第二季度政务服务“好差评”情况通报", "通报第二季度评价数量、差评整改和回访情况。", "区政服字", 7),
        ("2023年第三季度政务服务“好差评”情况通报", "通报第三季度评价数量、差评整改和回访情况。", "区政服字", 10),
        ("关于推行“高效办成一件事”改革的实施意见", "梳理企业开办、不动产登记等高频事项，实现一次办成。", "区政服发", 5),
        ("区政务服务管理局2022年政府信息公开工作年度报告", "报告2022年政府信息公开工作情况。", "", 1),
        ("关于公布帮办代办服务电话的公告", "公布各窗口帮办代办咨询电话。", "", 1),
        ("区12345政务服务便民热线2023年上半年运行情况", "上半年共受理群众诉求，按时办结率和满意度情况。", "", 7),
        ("关于印发《政务服务中心窗口工作人员管理办法》的通知", "规范窗口工作人员考勤、着装、服务用语和考核。", "区政服发", 6),
        ("关于开展政务服务“体验官”活动的通知", "邀请企业群众代表体验办事流程，查找堵点难点。", "区政服字", 1),
        ("2023年政务服务工作要点", "部署2023年政务服务标准化、规范化、便利化工作。", "区政服发", 3),
        ("关于延长政务服务中心周末服务时间的公告", "周六上午提供不动产登记、社保等高频事项办理服务。", "", 6),
        ("区政务服务管理局机构职能", "公开主要职责、内设机构和联系方式。", "", 2),
        ("关于公布区级证明事项告知承诺制事项目录的通知", "公布实行告知承诺制的证明事项及承诺书格式文本。", "区政服发", 9),
        ("关于2023年政务服务“好差评”工作的通报", "通报全年评价情况及整改落实情况。", "区政服字", 12),
        ("区政务服务中心窗口布局调整公告", "社保医保窗口调整至二楼，请办事群众留意。", "", 5),
        ("关于开展营商环境“揭榜挂帅”工作的通知", "围绕企业开办、工程建设项目审批等指标开展攻坚。", "区政服发", 4),
        ("2023年第四季度政务服务“好差评”情况通报", "通报第四季度评价数量、差评整改和回访情况。", "区政服字", 12),
        ("区政务服务管理局2023年法治政府建设情况报告", "报告2023年推进依法行政情况。", "", 12),
    ]
    rows: list[list[str]] = []
    counters: dict[str, int] = {}
    dated = []
    for title, summary, prefix, month in titles:
        generated = workday_in(rng, month, 2, 22)
        dated.append((generated, title, summary, prefix))
    dated.sort()
    for serial, (generated, title, summary, prefix) in enumerate(dated, start=1):
        published = add_workdays(generated, rng.randint(0, 6))
        docno = ""
        if prefix:
            counters[prefix] = counters.get(prefix, 0) + rng.randint(1, 4)
            docno = f"{prefix}〔2023〕{counters[prefix]}号"
        style = serial % 3
        gen_text = (f"{generated:%Y-%m-%d}", f"{generated.year}/{generated.month}/{generated.day}",
                    f"{generated.year}.{generated.month}.{generated.day}")[style]
        pub_text = f"{published:%Y-%m-%d} {8 + serial % 9:02d}:{(serial * 7) % 60:02d}"
        mode = "主動公開" if serial % 5 == 0 else "主动公开"  # Traditional form from the CMS: valid
        rows.append([f"{ORG_CODE}/{generated.year}-{serial:05d}", title, summary, DISTRICT,
                     gen_text, pub_text, docno, mode])

    names = [name for name, _ in CSV_HEADERS]
    defects: list[Defect] = []
    traps: list[tuple[int, str]] = []

    def set_value(index: int, name: str, value: str, defect: Defect | None) -> None:
        rows[index][names.index(name)] = value
        if defect:
            defect.row = index + 2  # header is line 1
            defect.cell = cell_ref(CSV_HEADERS, defect.field, defect.row)
            defects.append(defect)

    with_docno = [index for index, row in enumerate(rows) if row[names.index("文号")]]
    value = rows[with_docno[1]][names.index("文号")].replace("〔", "[").replace("〕", "]")
    set_value(with_docno[1], "文号", value, Defect("B.docno", "文号", f"文號“{value}”年份用了方括号[]"))
    value = rows[with_docno[4]][names.index("文号")].replace("〕", "〕第")
    set_value(with_docno[4], "文号", value, Defect("B.docno", "文号", f"文號“{value}”发文顺序号前加了“第”字"))
    set_value(6, "发布日期", "2023/13/01 10:00", Defect("B.dates", "发布日期", "發佈日期“2023/13/01 10:00”月份为13，不是有效日期"))
    set_value(9, "内容概述", "", Defect("B.required", "内容概述", "內容概述为空"))
    set_value(12, "索引号", rows[11][0], Defect("B.index-unique", "索引号", f"索引號“{rows[11][0]}”与第 13 行重复"))
    value = rows[15][0].replace(ORG_CODE, ORG_CODE_WRONG)
    set_value(15, "索引号", value, Defect("B.index-check-digit", "索引号",
                                          f"前段码“{ORG_CODE_WRONG}”校验码错误（按 GB 11714 应为 {ORG_CODE[-1]}）"))
    set_value(17, "公开方式", "公開", Defect("B.disclosure-mode", "公开方式", "公開方式“公開”（公开）不在规定取值中"))
    summary = rows[20][names.index("内容概述")]
    set_value(20, "内容概述", summary + "联系人：李科长，手机18653700123。",
              Defect("B.privacy", "内容概述", "內容概述含手机号 18653700123"))
    # The 公告 with service hotlines: landline numbers are not personal information.
    hotline = next(index for index, row in enumerate(rows) if "服务电话" in row[1])
    assert hotline + 2 not in {defect.row for defect in defects}
    set_value(hotline, "内容概述", "综合窗口0537-3212345，企业开办专区0537-3212346，投诉电话12345。", None)
    traps.append((hotline + 2, "內容概述中的固定电话“0537-3212345”不是手机号，不报告"))
    traps += [(index + 2, "公開方式“主動公開”是繁体写法，规范化后为“主动公开”，不报告")
              for index, row in enumerate(rows) if row[names.index("公开方式")] == "主動公開"][:1]
    return [[header for _, header in CSV_HEADERS]] + rows, defects, traps


def write_cms_xls(path: str, rows: list[list[str]]) -> None:
    """What a website back end's "导出Excel" often writes: a GBK HTML page named .xls, a title above
    the table (so Excel shows the header on row 2 and every record one row lower than in the CSV)."""
    cells = "\n".join("<tr>" + "".join(f"<td>{html.escape(value)}</td>" for value in row) + "</tr>" for row in rows)
    page = ('<html xmlns:x="urn:schemas-microsoft-com:office:excel">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>\n'
            f"<body>\n<h3>{DISTRICT}政府信息公开目录</h3>\n<table border=\"1\">\n{cells}\n</table>\n</body></html>\n")
    with open(path, "wb") as handle:
        handle.write(page.encode("gbk"))


def write_gbk_csv(path: str, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    with open(path, "wb") as handle:
        handle.write(buffer.getvalue().encode("gbk"))


# --- README --------------------------------------------------------------------------------------------

CHECK_TITLES = {
    "B.required": "目录法定要素完整",
    "B.required-publisher": "发布机构、发布日期完整",
    "B.dates": "生成日期、发布日期为有效日期",
    "B.date-order": "生成日期不晚于发布日期",
    "B.timeliness": "自生成之日起20个工作日内公开",
    "B.docno": "文号格式规范",
    "B.index-format": "索引号格式规范",
    "B.index-check-digit": "索引号前段码的校验码正确",
    "B.index-year": "索引号年份与生成日期一致",
    "B.index-unique": "索引号唯一",
    "B.disclosure-mode": "公开方式取值规范",
    "B.non-disclosure-reason": "依申请公开、不予公开的信息注明理由",
    "B.privacy": "不含身份证号、手机号等个人信息",
}


def readme(main_defects: list[Defect], main_traps: list[tuple[int, str]], main_rows: int,
           clean_rows: int, csv_defects: list[Defect], csv_traps: list[tuple[int, str]], csv_rows: int) -> str:
    def table(defects: list[Defect], column: dict[str, str]) -> str:
        lines = ["| 行 | 单元格 | 列 | 检查项 | 问题 |", "|---:|---|---|---|---|"]
        for defect in sorted(defects, key=lambda d: (d.row, d.cell, d.check)):
            lines.append(f"| {defect.row} | {defect.cell} | {column[defect.field]} | `{defect.check}` "
                         f"{CHECK_TITLES[defect.check]} | {defect.what} |")
        return "\n".join(lines)

    def traps(items: list[tuple[int, str]]) -> str:
        return "\n".join(f"- 第 {row} 行：{note}" for row, note in items)

    xlsx_column = {name: header for name, header in XLSX_HEADERS}
    csv_column = {name: header for name, header in CSV_HEADERS}
    counts: dict[str, int] = {}
    for defect in main_defects:
        counts[defect.check] = counts.get(defect.check, 0) + 1
    summary = "、".join(f"`{check}` {count} 处" for check, count in counts.items())
    return f"""# 示例表格

下表中的公开目录示例供新用户直接试用 `govopen check`，也是 `tests/test_samples.py` 的测试数据。
它们全部由 `samples/make_samples.py` 生成（固定随机种子、不联网，多次运行结果逐字节相同），请勿手工修改；
要调整内容请改脚本后重新生成。本文件夹中的其他示例（依申请公开台账、突发事件发布记录、网站栏目导出、
`checklists/` 下的任务检查表等）由各自的生成脚本生成，说明见脚本开头。

```bash
python samples/make_samples.py          # 在 samples/ 下重新生成全部文件
python -m govopen_cli check "samples/{MAIN_XLSX}" --as-of 2024-01-31
```

| 文件 | 内容 |
|---|---|
| `{MAIN_XLSX}` | 曲阜市交通运输局2023年政府信息公开目录，{main_rows} 条。工作表“公开目录”，第1行为合并的标题行，第2行空行，第3行为表头（索取号、标题、摘要、发文机关、成文日期、公开日期、发文字号、公开属性、不予公开理由等别名），第4行起为数据。大部分日期是 Excel 日期单元格，部分是“2023年5月16日”“2023/5/16”等文本日期，部分公开日期带时间。按下表注入了 {len(main_defects)} 处问题。 |
| `{CLEAN_XLSX}` | 同一格式的合格目录，{clean_rows} 条，按国家基线检查（`--as-of 2024-01-31`）没有任何问题。 |
| `{GBK_CSV}` | 某区政务服务管理局的目录导出，{csv_rows} 条，GBK 编码，表头为繁体（索引號、信息名稱、內容概述、發佈機構、生成日期、發佈日期、文號、公開方式），索引号前段码为9位组织机构代码。按下表注入了 {len(csv_defects)} 处问题。 |
| `{CMS_XLS}` | 同一份目录从网站后台“导出Excel”得到的文件：实为 GBK 编码的网页表格（HTML），扩展名为 .xls，表格上方有一行标题。Excel 打开后表头在第2行，每条记录比 CSV 低一行，问题相同（行号加1）。 |
| `{EXPECTED_JSON}` | 上述每处问题的检查项、行号和单元格（测试按此逐条比对，多报、少报都算失败）。 |
| `曲阜市交通运输局-真实标题目录-2023-合格.xlsx` | 用语料中的真实标题（`tests/data/title_corpus/`）编成的目录，带“主题分类”和“标题来源”列，按 `-c qufu-transport-2023 --as-of 2024-01-31` 检查，所有发现事项的检查项（权责清单、预决算、“三公”经费、重大项目每月进展、政策文件与解读同步、年度报告）全部通过。由 `samples/make_plan_catalogs.py` 生成；标题写明是语料原标题、替换了机构名称，还是语料中没有该类标题而构造的。 |
| `曲阜市交通运输局-真实标题目录-2023-不合格.xlsx` | 同一目录的不合格版本：只有2021年度决算、缺6月和7月的重大项目进展、解读晚发3天、只有2022年的年度报告，T2.3、T3.1、T4.1、T7.1 四项不通过，其他发现事项的检查项通过。 |

行号是 Excel 显示的行号（CSV 为行号，表头为第1行）；检查项为 `checklists/national-baseline.yaml` 中的 id。
索引号前段码：曲阜市交通运输局用18位统一社会信用代码 `{USCC}`（前17位 `{USCC_BODY}`，校验码按 GB 32100 计算为 `{USCC[-1]}`）；
某区政务服务管理局用9位组织机构代码 `{ORG_CODE}`（本体 `{ORG_BODY}`，校验码按 GB 11714 计算为 `{ORG_CODE[-1]}`）。

## {MAIN_XLSX}

共 {len(main_defects)} 处：{summary}。

{table(main_defects, xlsx_column)}

以下情形看似有问题，但按规则不应报告（测试同样验证没有报告）：

{traps(main_traps)}

## {GBK_CSV}

{table(csv_defects, csv_column)}

不应报告：

{traps(csv_traps)}
"""


# --- main ------------------------------------------------------------------------------------------------


def generate(out: str) -> dict:
    os.makedirs(out, exist_ok=True)

    rng = random.Random(SEED)
    items = finish(transport_items(rng, 300), rng, USCC)
    defects_at, traps_at = inject_main(items)
    for index, defect in defects_at:
        defect.row = XLSX_FIRST_ROW + index
        defect.cell = cell_ref(XLSX_HEADERS, defect.field, defect.row)
    main_defects = [defect for _, defect in defects_at]
    main_traps = sorted((XLSX_FIRST_ROW + index, note) for index, note in traps_at)
    write_xlsx(os.path.join(out, MAIN_XLSX), f"{AGENCY}政府信息公开目录（2023年）", items)

    clean_rng = random.Random(SEED + 1)
    clean = finish(transport_items(clean_rng, 100), clean_rng, USCC)
    clean[len(clean) // 2].values["内容概述"] += "监督电话138****5678。"  # masked: fine
    write_xlsx(os.path.join(out, CLEAN_XLSX), f"{AGENCY}政府信息公开目录（2023年）", clean)

    csv_rng = random.Random(SEED + 2)
    csv_rows, csv_defects, csv_traps = district_rows(csv_rng)
    write_gbk_csv(os.path.join(out, GBK_CSV), csv_rows)
    write_cms_xls(os.path.join(out, CMS_XLS), csv_rows)
    cms_defects = [Defect(d.check, d.field, d.what, d.row + 1, f"{d.cell.rstrip('0123456789')}{d.row + 1}")
                   for d in csv_defects]

    expected = {
        name: [{"check": d.check, "row": d.row, "cell": d.cell, "field": d.field, "what": d.what}
               for d in sorted(defects, key=lambda d: (d.row, d.cell, d.check))]
        for name, defects in ((MAIN_XLSX, main_defects), (CLEAN_XLSX, []), (GBK_CSV, csv_defects),
                              (CMS_XLS, cms_defects))
    }
    with open(os.path.join(out, EXPECTED_JSON), "w", encoding="utf-8", newline="\n") as handle:
        json.dump({"as_of": "2024-01-31", "checklist": "national-baseline", "files": expected},
                  handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(readme(main_defects, main_traps, len(items), len(clean), csv_defects, csv_traps,
                            len(csv_rows) - 1))
    return expected


def main() -> None:
    parser = argparse.ArgumentParser(description="生成 samples/ 下的示例表格（固定随机种子，结果可复现）")
    parser.add_argument("--out", default=HERE, help="输出文件夹（默认 samples/）")
    args = parser.parse_args()
    expected = generate(args.out)
    for name, findings in expected.items():
        print(f"{name}: {len(findings)} 处注入问题")


if __name__ == "__main__":
    main()
