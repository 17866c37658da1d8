"""Generate the ledger samples for the annual report and the applications/events rules.

    python samples/make_ledger_samples.py            # rewrite the committed samples in samples/
    python samples/make_ledger_samples.py --out DIR  # write them somewhere else (tests compare the two)

Writes:
  依申请公开台账-2023.xlsx       an application ledger of 曲阜市交通运输局 for 2023, with rows carried
                                in from 2022 and out to 2024, every table-3 wording family, and a
                                documented set of deadline cases (holiday spans, extension, 补正,
                                consultation days, pending past the deadline, reply before receipt)
  突发事件发布记录-2023.xlsx      emergency events with first-release and press-conference times
  年度报告补充数据-2023.yaml      the figures no spreadsheet holds (表二, 表四, 上年结转 …)

Independent of govopen_cli on purpose: working days come from chinesecalendar directly and each
row carries the table-3 row it belongs in (as the officer meant it), so tests compare the tool
against this hand count (`expected_table3`, `expected_deadline_rows`, `expected_event_rows`).
Output is byte-identical from run to run (zip entry times and workbook properties are pinned).
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
import re
from dataclasses import dataclass

import chinese_calendar
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pinned_xlsx import FIXED_TIME, pin_zip  # noqa: E402 - shared by the sample scripts

HERE = os.path.dirname(os.path.abspath(__file__))
AGENCY = "曲阜市交通运输局"
YEAR = 2023
AS_OF = dt.date(2024, 1, 31)
LEDGER_XLSX = "依申请公开台账-2023.xlsx"
EVENTS_XLSX = "突发事件发布记录-2023.xlsx"
FIGURES_YAML = "年度报告补充数据-2023.yaml"
TITLE_ROWS = 2  # a title row and a blank row above the header


# --- working days --------------------------------------------------------------------------------


def add_workdays(day: dt.date, count: int) -> dt.date:
    """The day on which `count` working days after `day` have elapsed (the start day not counted)."""
    while count > 0:
        day += dt.timedelta(days=1)
        if chinese_calendar.is_workday(day):
            count -= 1
    return day


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- the ledger ------------------------------------------------------------------------------------


@dataclass
class Application:
    number: str
    applicant: str  # as written in the ledger
    column: str  # table-3 column it belongs in (自然人 / 商业企业 / …)
    received: dt.date
    content: str
    outcome: str = ""  # 答复结果 as written
    row: str = ""  # table-3 row the officer meant ("3.1", "3.3.4" …; "" when not replied)
    replied: dt.date | None = None
    corrected: dt.date | None = None
    extended: str = ""
    consult: int | str = ""
    review: str = ""
    litigation: str = ""
    fee: str = ""
    case: str = ""  # what the row demonstrates (README and tests)
    late: bool = False  # replied after its deadline (the deadline rule reports it)
    early: bool = False  # replied before receipt


def applications() -> list[Application]:
    """The ledger rows, each with the table-3 row and the deadline outcome it is meant to have."""
    rows: list[Application] = []

    def add(**kwargs) -> Application:
        item = Application(number=f"QFJT-YSQ-{len(rows) + 1:03d}", **kwargs)
        rows.append(item)
        return item

    # Carried in from 2022 (二、上年结转), one of them across the 2023 Spring Festival.
    add(applicant="自然人", column="自然人", received=d("2022-12-20"), content="2022年农村公路建设项目清单",
        outcome="予以公开", row="3.1", replied=d("2023-01-10"), case="上年结转，本年按期答复")
    late = add(applicant="企业", column="商业企业", received=d("2022-12-26"), content="某路段养护工程招标文件",
               outcome="部分公开", row="3.2", case="上年结转，跨春节超期（期限为2023-01-29调休上班日）", late=True)
    late.replied = add_workdays(late.received, 21)
    add(applicant="自然人", column="自然人", received=d("2022-11-15"), content="出租车运价调整依据",
        outcome="予以公开", row="", replied=d("2022-12-08"), case="上年已办结，不计入本年")

    # Every wording family of table 3, replied on time.
    plain = [
        ("自然人", "自然人", "予以公开", "3.1"),
        ("个人", "自然人", "同意公开，告知获取途径", "3.1"),
        ("法人或其他组织-商业企业", "商业企业", "区分处理", "3.2"),
        ("律师事务所", "法律服务机构", "（三）不予公开 4.保护第三方合法权益", "3.3.4"),
        ("自然人", "自然人", "不予公开（属于四类过程性信息）", "3.3.6"),
        ("自然人", "自然人", "不予公开-属于国家秘密", "3.3.1"),
        ("科研机构", "科研机构", "不予公开：属于行政执法案卷", "3.3.7"),
        ("自然人", "自然人", "信息不存在", "3.4.1"),
        ("自然人", "自然人", "本机关不掌握", "3.4.1"),
        ("某某物流有限公司", "商业企业", "无法提供（没有现成信息需要另行制作）", "3.4.2"),
        ("自然人", "自然人", "补正后申请内容仍不明确", "3.4.3"),
        ("自然人", "自然人", "信访举报投诉类申请", "3.5.1"),
        ("自然人", "自然人", "重复申请", "3.5.2"),
        ("社会公益组织", "社会公益组织", "要求提供公开出版物", "3.5.3"),
        ("自然人", "自然人", "（五）不予处理 4.无正当理由大量反复申请", "3.5.4"),
        ("自然人", "自然人", "逾期不补正", "3.6.1"),
        ("法人或其他组织（其他）", "其他", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.6.2"),
        ("自然人", "自然人", "其他处理", "3.6.3"),
        ("自然人", "自然人", "予以公开", "3.1"),
        ("商业企业", "商业企业", "予以公开", "3.1"),
    ]
    subjects = ["2023年道路运输行政许可决定", "城区公交线路调整方案", "某项目环境影响评价批复", "超限运输处罚决定书",
                "交通运输局2023年部门预算", "客运站迁建规划", "驾培机构备案名单", "网约车经营许可名单"]
    start = d("2023-02-06")
    for number, (applicant, column, outcome, row) in enumerate(plain):
        received = add_workdays(start, number * 4)
        add(applicant=applicant, column=column, received=received, content=subjects[number % len(subjects)],
            outcome=outcome, row=row, replied=add_workdays(received, 5 + number % 12), case="按期答复")
    rows[-1].fee = "200"  # one fee collected (section 六)

    # Deadline cases.
    item = add(applicant="自然人", column="自然人", received=d("2023-09-22"), content="国庆期间客运保障方案",
               outcome="予以公开", row="3.1", case="跨国庆假期，第20个工作日答复（按期）")
    item.replied = add_workdays(item.received, 20)
    item = add(applicant="自然人", column="自然人", received=d("2023-09-25"), content="出租车经营权配置办法",
               outcome="予以公开", row="3.1", case="跨国庆假期，第21个工作日答复（超期）", late=True)
    item.replied = add_workdays(item.received, 21)
    item = add(applicant="商业企业", column="商业企业", received=d("2023-04-10"), content="某货运站用地审批材料",
               outcome="部分公开", row="3.2", extended="是", case="已延期，第35个工作日答复（按期）")
    item.replied = add_workdays(item.received, 35)
    item = add(applicant="自然人", column="自然人", received=d("2023-05-08"), content="某桥梁检测报告",
               outcome="予以公开", row="3.1", extended="否", case="未延期，第30个工作日答复（超期，未记录延期）", late=True)
    item.replied = add_workdays(item.received, 30)
    item = add(applicant="法律服务机构", column="法律服务机构", received=d("2023-06-05"), content="交通事故处理卷宗",
               outcome="不予公开（属于行政执法案卷）", row="3.3.7", extended="已延期",
               case="已延期，第41个工作日答复（超期）", late=True)
    item.replied = add_workdays(item.received, 41)
    item = add(applicant="自然人", column="自然人", received=d("2023-07-03"), content="停车场收费标准依据",
               outcome="予以公开", row="3.1", extended="Y", case="延期写作 Y，第38个工作日答复（按期）")
    item.replied = add_workdays(item.received, 38)
    item = add(applicant="自然人", column="自然人", received=d("2023-04-03"), content="某路口信号灯配时方案",
               outcome="予以公开", row="3.1", corrected=d("2023-04-20"),
               case="补正后重新计算，补正后第18个工作日答复（按期，距收到已超过20个工作日）")
    item.replied = add_workdays(item.corrected, 18)
    item = add(applicant="自然人", column="自然人", received=d("2023-08-01"), content="公交场站建设资金",
               outcome="予以公开", row="3.1", corrected=d("2023-08-10"), case="补正后第22个工作日答复（超期）", late=True)
    item.replied = add_workdays(item.corrected, 22)
    item = add(applicant="商业企业", column="商业企业", received=d("2023-10-09"), content="涉及第三方的合同文本",
               outcome="部分公开", row="3.2", consult=15, case="征求第三方意见15个工作日，第33个工作日答复（按期）")
    item.replied = add_workdays(item.received, 33)
    item = add(applicant="商业企业", column="商业企业", received=d("2023-10-16"), content="另一企业的投标文件",
               outcome="不予公开（商业秘密，保护第三方合法权益）", row="3.3.4", consult="10个工作日",
               case="征求意见10个工作日，第32个工作日答复（超期）", late=True)
    item.replied = add_workdays(item.received, 32)
    add(applicant="自然人", column="自然人", received=d("2023-06-12"), content="道路施工围挡审批",
        outcome="予以公开", row="3.1", replied=d("2023-06-05"), case="答复日期早于收到日期（录入错误）", early=True)

    # Cases: 复议、诉讼 (表四).
    item = add(applicant="自然人", column="自然人", received=d("2023-03-06"), content="拆迁补偿标准",
               outcome="信息不存在", row="3.4.1", review="维持", litigation="驳回诉讼请求",
               case="复议维持后起诉，法院驳回")
    item.replied = add_workdays(item.received, 15)
    item = add(applicant="自然人", column="自然人", received=d("2023-05-15"), content="执法记录仪视频",
               outcome="不予公开（属于行政执法案卷）", row="3.3.7", review="撤销，责令重新答复", case="复议纠正")
    item.replied = add_workdays(item.received, 12)
    item = add(applicant="商业企业", column="商业企业", received=d("2023-11-06"), content="运输企业信用评价结果",
               outcome="予以公开", row="3.1", litigation="审理中", case="直接起诉，尚未审结")
    item.replied = add_workdays(item.received, 10)

    # Carried out to 2024 (四、结转下年度继续办理).
    add(applicant="自然人", column="自然人", received=d("2023-12-01"), content="2024年春运方案",
        row="4", case="未答复，截至2024-01-31已超过期限（结转下年度）", late=True)
    add(applicant="科研机构", column="科研机构", received=d("2023-12-20"), content="交通流量统计数据",
        row="4", extended="是", case="已延期，未答复，截至2024-01-31未到期（结转下年度）")
    item = add(applicant="自然人", column="自然人", received=d("2023-12-15"), content="公交票价听证材料",
               outcome="予以公开", row="4", case="2024年1月答复（结转下年度）")
    item.replied = add_workdays(item.received, 12)
    add(applicant="自然人", column="自然人", received=d("2024-01-15"), content="2024年道路养护计划",
        row="", case="2024年收到，不计入2023年报告")
    return rows


def deadline_of(item: Application) -> dt.date:
    start = item.corrected or item.received
    extended = str(item.extended).strip() in ("是", "Y", "已延期")
    consult = int(re.match(r"\d*", str(item.consult)).group() or 0)
    return add_workdays(start, 20 + (20 if extended else 0) + consult)


def expected_deadline_rows(as_of: dt.date = AS_OF) -> dict[str, str]:
    """申请编号 -> "late" / "pending" / "early" for every row the deadline rule should report."""
    found = {}
    for item in applications():
        deadline = deadline_of(item)
        if item.replied and item.replied < item.received:
            found[item.number] = "early"
        elif item.replied and item.replied > deadline:
            found[item.number] = "late"
        elif item.replied is None and deadline < as_of:
            found[item.number] = "pending"
    return found


def expected_table3(year: int = YEAR, carried_in: bool = True) -> dict[str, dict[str, int]]:
    """The hand count: row key -> column label -> count, for rows 1, 2, every 三 row and 4."""
    counts: dict[str, dict[str, int]] = {}

    def bump(key: str, column: str) -> None:
        counts.setdefault(key, {}).setdefault(column, 0)
        counts[key][column] += 1

    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    for item in applications():
        new = start <= item.received <= end
        carried = item.received < start and (item.replied is None or item.replied >= start)
        if not (new or (carried and carried_in)):
            continue
        bump("1" if new else "2", item.column)
        done = item.replied is not None and item.replied <= end
        bump(item.row if done else "4", item.column)
    return counts


LEDGER_HEADERS = ["序号", "申请编号", "收到申请日期", "申请人类型", "申请内容", "补正日期", "是否延期", "征求意见天数",
                  "答复日期", "答复结果", "行政复议结果", "行政诉讼结果", "信息处理费", "备注"]


def _cell_value(value):
    return None if value in ("", None) else value


def _sheet(workbook: Workbook, name: str, title: str, headers: list[str], rows: list[list], widths: dict[str, int]):
    sheet = workbook.active
    sheet.title = name
    sheet.cell(row=1, column=1, value=title)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.cell(row=1, column=1).font = Font(name="宋体", size=16, bold=True)
    sheet.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
    thin = Side(style="thin", color="999999")
    header_row = TITLE_ROWS + 1
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=header_row, column=column, value=header)
        cell.font = Font(name="宋体", bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=header_row + 1 + offset, column=column, value=_cell_value(value))
            if isinstance(value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    for column, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(header, 14)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    workbook.properties.creator = AGENCY
    workbook.properties.created = FIXED_TIME
    return sheet


def write_ledger(path: str) -> None:
    rows = []
    for index, item in enumerate(applications(), 1):
        rows.append([index, item.number, item.received, item.applicant, item.content, item.corrected, item.extended,
                     item.consult, item.replied, item.outcome, item.review, item.litigation, item.fee, item.case])
    workbook = Workbook()
    _sheet(workbook, "依申请公开台账", f"{AGENCY}政府信息公开申请办理台账（2023年）", LEDGER_HEADERS, rows,
           {"序号": 6, "申请编号": 16, "申请内容": 26, "答复结果": 40, "备注": 48, "行政复议结果": 18})
    buffer = io.BytesIO()
    workbook.save(buffer)
    with open(path, "wb") as handle:
        handle.write(pin_zip(buffer.getvalue()))


# --- events ----------------------------------------------------------------------------------------


@dataclass
class Event:
    name: str
    level: str
    occurred: dt.datetime | str
    released: dt.datetime | str | None
    press: dt.datetime | None = None
    case: str = ""


def t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def events() -> list[Event]:
    return [
        Event("G327国道曲阜段危化品运输车辆侧翻", "特别重大", t("2023-07-12 14:20"), t("2023-07-12 18:50"),
              t("2023-07-13 10:00"), "4小时30分钟首发，19小时40分钟召开发布会（按时）"),
        Event("京台高速曲阜段多车相撞", "重大", t("2023-08-03 09:15"), t("2023-08-03 14:45"), t("2023-08-04 08:00"),
              "5小时30分钟首发：超过国家5小时，符合曲阜6小时"),
        Event("沂河大桥桥面塌陷", "重大", t("2023-09-10 22:40"), t("2023-09-11 01:10"), None,
              "未召开新闻发布会"),
        Event("城区公交车起火", "较大", t("2023-05-06 07:30"), t("2023-05-06 15:00"), None,
              "7小时30分钟首发（较大事件；曲阜方案只对特别重大、重大事件规定时限）"),
        Event("客运站临时停运", "一般", t("2023-04-01 10:00"), t("2023-04-01 11:00"), None, "1小时首发（按时）"),
        Event("暴雨致多条农村公路中断", "重大（Ⅱ级）", t("2023-10-20 16:00"), t("2023-10-20 19:00"),
              t("2023-10-21 18:30"), "26小时30分钟召开发布会（超时）"),
        Event("渡口船舶搁浅", "一般", "2023-11-02", t("2023-11-02 15:00"), None, "发生时间只有日期"),
        Event("隧道照明故障", "较大", t("2023-12-05 08:00"), t("2023-12-05 07:40"), None, "首次发布时间早于发生时间（录入错误）"),
        Event("冰雪天气高速封闭", "Ⅰ级", t("2023-06-18 03:05"), t("2023-06-18 07:55"), t("2023-06-19 02:00"),
              "4小时50分钟首发，22小时55分钟召开发布会（按时）"),
    ]


def expected_event_rows(hours: float = 5, levels: tuple[str, ...] = ()) -> dict[str, set[str]]:
    """事件名称 -> problems ("release-late", "release-early", "press-missing", "press-late", "date-only")."""
    def level_of(text: str) -> str:
        if "特别重大" in text or "Ⅰ" in text:
            return "特别重大"
        return "重大" if "重大" in text or "Ⅱ" in text else text

    found: dict[str, set[str]] = {}
    for event in events():
        level = level_of(event.level)
        release_applies = not levels or level in levels
        press_applies = level in ("特别重大", "重大")
        problems: set[str] = set()
        if isinstance(event.occurred, str):
            if release_applies or press_applies:
                problems.add("date-only")
        else:
            if release_applies and isinstance(event.released, dt.datetime):
                if event.released < event.occurred:
                    problems.add("release-early")
                elif event.released - event.occurred > dt.timedelta(hours=hours):
                    problems.add("release-late")
            if press_applies:
                if event.press is None:
                    problems.add("press-missing")
                elif event.press - event.occurred > dt.timedelta(hours=24):
                    problems.add("press-late")
        if problems:
            found[event.name] = problems
    return found


EVENT_HEADERS = ["序号", "事件名称", "事件级别", "事发时间", "首次发布时间", "新闻发布会时间", "发布渠道", "备注"]


def write_events(path: str) -> None:
    rows = [[index, event.name, event.level, event.occurred, event.released, event.press, "曲阜市人民政府网站、“曲阜交通”微信公众号",
             event.case] for index, event in enumerate(events(), 1)]
    workbook = Workbook()
    _sheet(workbook, "突发事件发布记录", f"{AGENCY}突发事件信息发布记录（2023年）", EVENT_HEADERS, rows,
           {"序号": 6, "事件名称": 30, "事发时间": 18, "首次发布时间": 18, "新闻发布会时间": 18, "发布渠道": 36, "备注": 48})
    buffer = io.BytesIO()
    workbook.save(buffer)
    with open(path, "wb") as handle:
        handle.write(pin_zip(buffer.getvalue()))


# --- figures -----------------------------------------------------------------------------------------

FIGURES = """\
# 曲阜市交通运输局2023年政府信息公开工作年度报告的补充数据（表格中没有的数字）。
# 用法：govopen annual-report --year 2023 --applications 依申请公开台账-2023.xlsx \\
#         --catalog 曲阜市交通运输局-公开目录-2023.xlsx --figures 年度报告补充数据-2023.yaml \\
#         --docx 年度报告-2023.docx --xlsx 年度报告-2023.xlsx
单位: 曲阜市交通运输局
年度: 2023
成文日期: 2024-01-20
网址: http://www.qufu.gov.cn
联系:
  科室: 局办公室
  地址: 曲阜市静轩西路1号
  邮编: "273100"
  电话: 0537-4412345

主动公开:                       # 表二
  规章: {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0}
  行政规范性文件: {本年制发件数: 2, 本年废止件数: 1, 现行有效件数: 9}
  行政许可: 1260                # 本年处理决定数量
  行政处罚: 87
  行政强制: 3
  行政事业性收费: 0              # 本年收费金额（万元）
上年现行有效件数: {规章: 0, 行政规范性文件: 8}

上年报告结转下年度: {自然人: 1, 商业企业: 1}   # 2022年报告表三 四，应等于本年 二、上年结转

复议诉讼:                       # 表四（也可不写，由台账的行政复议结果、行政诉讼结果列统计）
  行政复议: {结果维持: 1, 结果纠正: 1, 其他结果: 0, 尚未审结: 0, 总计: 2}
  未经复议直接起诉: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 1, 总计: 1}
  复议后起诉: {结果维持: 1, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 1}

总体情况:
  平台建设: 依托曲阜市人民政府门户网站“政府信息公开”专栏和“曲阜交通”微信公众号发布信息，及时更新栏目内容。
存在的主要问题:
  - 依申请公开答复时效有待提高，个别申请超过法定期限答复
  - 政策解读形式较为单一
改进情况:
  - 建立答复时限台账和到期前5个工作日提醒
  - 丰富图解、视频等解读形式
"""


def generate(out: str) -> None:
    write_ledger(os.path.join(out, LEDGER_XLSX))
    write_events(os.path.join(out, EVENTS_XLSX))
    with open(os.path.join(out, FIGURES_YAML), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(FIGURES)


def main() -> None:
    parser = argparse.ArgumentParser(description="生成依申请公开台账、突发事件发布记录和年度报告补充数据示例（结果可复现）")
    parser.add_argument("--out", default=HERE, help="输出文件夹（默认 samples/）")
    args = parser.parse_args()
    generate(args.out)
    print(f"依申请公开台账：{len(applications())} 行；应报告的时限问题 {len(expected_deadline_rows())} 处")
    print(f"突发事件发布记录：{len(events())} 起；按 5 小时应报告 {len(expected_event_rows())} 起")


if __name__ == "__main__":
    main()
