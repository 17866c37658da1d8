"""Build the annual report from datasets (applications ledger, catalog) and the figures YAML.

Table 3 is counted from the ledger (domain.md §2):
- 一、本年新收: rows whose 收到日期 (or, when it is empty, 补正日期) falls in the year;
- 二、上年结转: rows received before the year and not replied before it (or 上年结转 from the figures);
- 三: those of them replied in the year, by 答复结果 (categories.py);
- 四、结转下年度: those not replied by 31 December.
Columns come from 申请人类型. A row that cannot be placed (date unreadable, category unknown) stops
the build with its row named: a wrong table is worse than none. Then every sum is checked
(checks.py) before anything is written.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import numpy as np
import pandas as pd

from govopen_cli.annual_report import checks
from govopen_cli.annual_report.categories import (
    applicant_choices, applicant_columns, case_choices, case_result, outcome_basis, outcome_hint, outcome_keys,
    pending_outcomes,
)
from govopen_cli.annual_report.figures import Figures
from govopen_cli.annual_report.model import (
    SECTION_TITLES, T2_IN_FORCE, T2_ISSUED, T3_APPLICANT_KEYS, T3_GROUPS, T3_ORG_KEYS, T4_AFTER_REVIEW,
    T4_DIRECT, T4_REVIEW, TABLE3_COLUMNS, TABLE3_ROWS, AnnualReport, LedgerEntry, Paragraph, Table2, Table3,
    Table4, placeholder, table2_cells,
)
from govopen_cli.calendar import WorkCalendar
from govopen_cli.errors import InputError
from govopen_cli.io.dataset import Dataset
from govopen_cli.rules.applications import compute_deadlines

LEDGER_FIELDS = ("收到日期", "申请人类型", "答复日期", "答复结果")
MAX_ROW_ERRORS = 30


# --- the ledger -------------------------------------------------------------------------------


def _where(dataset: Dataset, index: int) -> str:
    return f"{dataset.label()} 第 {int(dataset.row_numbers[index])} 行"


def classify_ledger(dataset: Dataset, year: int, calendar: WorkCalendar) -> tuple[list[LedgerEntry], list[str]]:
    """The rows of one ledger that belong in the year's table 3, and the rows that cannot be placed."""
    missing = [name for name in LEDGER_FIELDS if not dataset.has(name)]
    if missing:
        return [], [f"{dataset.label()}：依申请公开台账缺少“{'、'.join(missing)}”列（可用 --map 字段=列名 指定）"]
    errors: list[str] = []
    start, end = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    received_text = dataset.text("收到日期")
    received = dataset.dates("收到日期").dt.normalize()
    if dataset.has("补正日期"):
        received = received.where(received_text != "", dataset.dates("补正日期").dt.normalize())
    replied = dataset.dates("答复日期").dt.normalize()
    replied_text = dataset.text("答复日期")
    pending = replied_text == ""
    outcome_text = dataset.text("答复结果")
    applicant_text = dataset.text("申请人类型")

    # A 合计 line or a remark under the table is not an application: no date, no applicant, no reply.
    application = (received_text != "") | (applicant_text != "") | (replied_text != "")
    if dataset.has("补正日期"):
        application |= dataset.text("补正日期") != ""

    def report(mask, message) -> None:
        for index in np.flatnonzero(np.asarray(mask & application, dtype=bool)):
            errors.append(f"{_where(dataset, int(index))}：{message(int(index))}")

    report(dataset.unreadable_dates("收到日期"), lambda i: f"收到日期“{received_text.iat[i]}”不是有效日期，无法确定所属年度")
    report(received.isna() & (received_text == "") & ~dataset.unreadable_dates("收到日期"),
           lambda i: "收到日期为空，无法确定所属年度")
    report(dataset.unreadable_dates("答复日期"), lambda i: f"答复日期“{replied_text.iat[i]}”不是有效日期，无法确定是否在本年办结")

    new = received.notna() & (received >= start) & (received <= end)
    carried = received.notna() & (received < start) & (pending | (replied >= start))
    counted = (new | carried) & application
    done = counted & replied.notna() & (replied <= end)

    columns = applicant_columns(applicant_text)
    report(counted & (columns == ""),
           lambda i: (f"申请人类型“{applicant_text.iat[i]}”无法归入表三的列（可用：{applicant_choices()}）"
                      if applicant_text.iat[i] else "申请人类型为空，无法计入表三"))
    keys = outcome_keys(outcome_text)
    no_result = (outcome_text == "") | pending_outcomes(outcome_text)  # 办理中, 待答复 …
    report(done & (keys == ""),
           lambda i: (f"已于 {replied_text.iat[i]} 答复，但答复结果为空，无法计入表三" if outcome_text.iat[i] == "" else
                      f"已于 {replied_text.iat[i]} 答复，但答复结果为“{outcome_text.iat[i]}”，无法计入表三"
                      if no_result.iat[i] else f"答复结果“{outcome_text.iat[i]}”{outcome_hint(outcome_text.iat[i])}"))
    report(counted & pending & ~no_result,
           lambda i: f"有答复结果“{outcome_text.iat[i]}”但答复日期为空，无法确定是否在本年办结")

    deadlines = compute_deadlines(dataset, calendar, dt.date(year, 12, 31))
    # Replied in the year: after its deadline. Carried to next year: its deadline passed by 31 December.
    overdue = np.where(done, deadlines.late, deadlines.deadline.notna() & (deadlines.deadline < end))
    number = dataset.text("申请编号") if dataset.has("申请编号") else pd.Series([""] * len(dataset))
    entries: list[LedgerEntry] = []
    for index in np.flatnonzero(counted.to_numpy()):
        index = int(index)
        entries.append(LedgerEntry(
            file=dataset.path, sheet=dataset.sheet, row=int(dataset.row_numbers[index]),
            number=str(number.iat[index]), applicant=str(applicant_text.iat[index]), column=str(columns.iat[index]),
            received=received.iat[index].date(),
            replied=replied.iat[index].date() if pd.notna(replied.iat[index]) else None,
            outcome=str(outcome_text.iat[index]), intake="1" if new.iat[index] else "2",
            row_key=str(keys.iat[index]) if done.iat[index] else "4",
            deadline=deadlines.deadline.iat[index].date() if pd.notna(deadlines.deadline.iat[index]) else None,
            overdue=bool(overdue[index]),
            basis=outcome_basis(str(keys.iat[index]), outcome_text.iat[index]) if done.iat[index] else "",
        ))
    return entries, errors


def table3_from_entries(entries: list[LedgerEntry]) -> Table3:
    counts: Counter = Counter()
    for entry in entries:
        counts[(entry.intake, entry.column)] += 1
        counts[(entry.row_key, entry.column)] += 1
    table = Table3()
    for row in TABLE3_ROWS:
        if row.key == "3.7":
            continue
        table.cells[row.key] = {column: counts.get((row.key, column), 0) for column in T3_APPLICANT_KEYS}
    return table


CASE_COLUMNS = (("行政复议结果", "行政复议结案日期"), ("行政诉讼结果", "行政诉讼结案日期"))


def table4_from_ledgers(datasets: list[Dataset], entries: list[LedgerEntry], year: int | None = None
                        ) -> tuple[Table4 | None, list[str], list[str]]:
    """Cases from the 行政复议结果 / 行政诉讼结果 columns: those of the applications counted this year,
    and those carried over from applications of earlier years — still pending (尚未审结), or ended
    this year by the 结案日期 column. Returns the table, rows that cannot be placed, and notes."""
    counted = {(entry.file, entry.sheet, entry.row) for entry in entries}
    with_columns = [d for d in datasets if d.has("行政复议结果") or d.has("行政诉讼结果")]
    if not with_columns:
        return None, [], []
    table, errors, notes = Table4(given=True), [], []
    start = pd.Timestamp(year, 1, 1) if year else None
    for dataset in with_columns:
        empty = pd.Series([""] * len(dataset))
        earlier = (dataset.dates("收到日期").dt.normalize() < start).to_numpy() if start is not None and dataset.has("收到日期") \
            else np.zeros(len(dataset), dtype=bool)
        columns = []
        for name, ended_name in CASE_COLUMNS:
            text = dataset.text(name) if dataset.has(name) else empty
            ended = dataset.dates(ended_name).dt.normalize() if dataset.has(ended_name) else None
            columns.append((name, text, ended))
        for index in range(len(dataset)):
            this_year = (dataset.path, dataset.sheet, int(dataset.row_numbers[index])) in counted
            if not this_year and not earlier[index]:
                continue
            results = []
            for name, text, ended in columns:
                result = case_result(text.iat[index])
                if result is None:
                    if this_year or text.iat[index]:
                        errors.append(f"{_where(dataset, index)}：{name}“{text.iat[index]}”无法归入表四（可用：{case_choices()}）")
                    results.append(None)
                    continue
                if result and not this_year:
                    result = _carried_case(dataset, index, name, result, ended, year, notes)
                results.append(result)
            first, second = results
            if first:
                table.values[(T4_REVIEW, first)] = table.values.get((T4_REVIEW, first), 0) + 1
            if second:
                group = T4_AFTER_REVIEW if case_result(columns[0][1].iat[index]) else T4_DIRECT
                table.values[(group, second)] = table.values.get((group, second), 0) + 1
    return table, errors, notes


def _carried_case(dataset: Dataset, index: int, name: str, result: str, ended: pd.Series | None, year: int,
                  notes: list[str]) -> str:
    """A case on an application of an earlier year: counted when still pending or ended in `year`."""
    if result == "尚未审结":
        return result
    if ended is not None and pd.notna(ended.iat[index]):
        return result if ended.iat[index].year == year else ""
    notes.append(f"{_where(dataset, index)}：申请在{year}年之前收到，{name}为“{dataset.text(name).iat[index]}”，"
                 f"没有结案日期，无法确定是否在本年审结，未计入表四（可增加“{name[:4]}结案日期”列）")
    return ""


def _fees_from_ledgers(datasets: list[Dataset], entries: list[LedgerEntry]) -> float | None:
    done = {(e.file, e.sheet, e.row) for e in entries if e.row_key != "4"}
    total, seen = 0.0, False
    for dataset in datasets:
        if not dataset.has("收费金额"):
            continue
        amounts = pd.to_numeric(dataset.text("收费金额").str.extract(r"(\d+(?:\.\d+)?)")[0], errors="coerce")
        for index in range(len(dataset)):
            if (dataset.path, dataset.sheet, int(dataset.row_numbers[index])) in done:
                seen = True
                if pd.notna(amounts.iat[index]):
                    total += float(amounts.iat[index])
    return total if seen else None


# --- the catalog ------------------------------------------------------------------------------


def catalog_summary(catalogs: list[Dataset], year: int) -> dict:
    """What the catalog says about the year: items published (主动公开), top columns, 规范性文件."""
    summary = {"published": 0, "top": [], "normative_issued": None, "normative_in_force": None}
    top: Counter = Counter()
    start, after = pd.Timestamp(year, 1, 1), pd.Timestamp(year + 1, 1, 1)
    issued = in_force = None
    for dataset in catalogs:
        if not dataset.has("发布日期"):
            continue
        dates = dataset.dates("发布日期")
        in_year = dates.notna() & (dates >= start) & (dates < after)
        if dataset.has("公开方式"):
            way = dataset.normalized("公开方式")
            in_year &= (way == "") | way.str.contains("主动")
        summary["published"] += int(in_year.sum())
        for name in ("栏目", "主题分类", "体裁分类"):
            if dataset.has(name):
                # 主题分类 is a path (工业、交通\公路): its last part names the subject.
                top.update(re.split(r"[\\/>›]", value)[-1].strip() for value in dataset.text(name)[in_year] if value)
                break
        kinds = [dataset.normalized(name) for name in ("体裁分类", "栏目", "主题分类") if dataset.has(name)]
        normative = (np.logical_or.reduce([kind.str.contains("规范性文件").to_numpy() for kind in kinds])
                     if kinds else np.zeros(len(dataset), dtype=bool))
        if normative.any():  # a catalog that never marks 规范性文件 says nothing about their number
            issued = (issued or 0) + int((normative & in_year.to_numpy()).sum())
            if dataset.has("有效性"):
                valid = dataset.normalized("有效性").isin(["有效", "现行有效"]).to_numpy()
                in_force = (in_force or 0) + int((normative & valid).sum())
    summary["top"] = top.most_common(3)
    summary["normative_issued"], summary["normative_in_force"] = issued, in_force
    return summary


# --- drafting ---------------------------------------------------------------------------------


def _n(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value}"


def _group_sentence(table: Table3) -> str:
    parts = [f"{name}{table.group_total(key)}件" for key, name in T3_GROUPS if table.group_total(key)]
    return "，其中" + "、".join(parts) if parts else ""


def draft_sections(year: int, agency: str, figures: Figures, table2: Table2, table3: Table3, table4: Table4,
                   entries: list[LedgerEntry], catalog: dict | None, has_ledger: bool, fees: float | None
                   ) -> dict[str, list[Paragraph]]:
    overview = figures.overview
    one: list[Paragraph] = []
    if overview.get("概述"):
        one.append(Paragraph(overview["概述"]))
    else:
        one.append(Paragraph(f"{year}年，{agency}认真贯彻落实《中华人民共和国政府信息公开条例》，"
                             f"{placeholder('请概述本年度政府信息公开工作的总体情况')}。"))

    one.append(Paragraph("（一）主动公开", "h2"))
    sentences = []
    if catalog is not None:
        text = f"全年通过{placeholder('请填写公开平台，如政府门户网站')}主动公开政府信息{catalog['published']}条"
        if catalog["top"]:
            text += "，其中" + "、".join(f"{name}{count}条" for name, count in catalog["top"])
        sentences.append(text + "。")
    else:
        sentences.append(f"全年主动公开政府信息{placeholder('请填写条数')}条。")
    issued = table2.get("行政规范性文件", T2_ISSUED)
    in_force = table2.get("行政规范性文件", T2_IN_FORCE)
    if issued is not None and in_force is not None:
        sentences.append(f"本年制发行政规范性文件{_n(issued)}件，现行有效{_n(in_force)}件。")
    one.append(Paragraph("".join(sentences)))
    one.append(Paragraph(overview.get("主动公开") or placeholder("请补充政策解读、重点领域信息公开等工作情况")))

    one.append(Paragraph("（二）依申请公开", "h2"))
    text = (f"全年新收政府信息公开申请{table3.get('1', 'total')}件，上年结转{table3.get('2', 'total')}件；"
            f"本年度办结{table3.get('3.7', 'total')}件{_group_sentence(table3)}；"
            f"结转下年度继续办理{table3.get('4', 'total')}件。")
    natural = table3.get("1", "natural")
    orgs = sum(table3.get("1", column) for column in T3_ORG_KEYS)
    if natural or orgs:
        text += f"本年新收申请中，自然人提出{natural}件，法人或其他组织提出{orgs}件。"
    if has_ledger:
        late = [e for e in entries if e.row_key != "4" and e.overdue]
        stale = [e for e in entries if e.row_key == "4" and e.overdue]
        if not late and not stale:
            text += "本年度办结的申请均在法定期限内答复。"
        else:
            if late:
                text += f"本年度办结的申请中有{len(late)}件超过法定期限答复。"
            else:
                text += "本年度办结的申请均在法定期限内答复。"
            if stale:
                text += f"截至年底，结转的申请中有{len(stale)}件已超过答复期限。"
    one.append(Paragraph(text))
    one.append(Paragraph(overview.get("依申请公开") or placeholder("请补充依申请公开办理机制、答复规范化等情况")))

    for heading, key, hint in (
        ("（三）政府信息管理", "政府信息管理", "请填写公开属性源头认定、保密审查、政策文件清理等情况"),
        ("（四）政府信息公开平台建设", "平台建设", "请填写政府网站、政务新媒体、政府公报等平台建设情况"),
        ("（五）监督保障", "监督保障",
         "请填写工作考核、社会评议和责任追究结果情况，以及培训、监督检查等情况（条例第五十条第四项）"),
    ):
        one.append(Paragraph(heading, "h2"))
        one.append(Paragraph(overview.get(key) or placeholder(hint)))

    two: list[Paragraph] = []
    if table2.hinted:
        cells = "、".join(f"{row}{column}" for row, column in sorted(table2.hinted))
        two.append(Paragraph(f"注：{cells}据公开目录统计，请核对后删除本注。", "note"))
    missing = [cell for cell in table2_cells() if table2.get(*cell) is None]
    if missing:
        two.append(Paragraph(f"注：{placeholder('表中标记“待填”的数字请按本机关统计填写')}", "note"))
    four: list[Paragraph] = []
    if not table4.given:
        four.append(Paragraph(f"注：{placeholder('未提供行政复议、行政诉讼数据，表中按 0 填写，请核对')}", "note"))

    five: list[Paragraph] = []
    problems = list(figures.problems)
    if not problems:
        late = sum(1 for e in entries if e.row_key != "4" and e.overdue)
        stale = sum(1 for e in entries if e.row_key == "4" and e.overdue)
        if late:
            problems.append(f"依申请公开答复时效有待提高，本年度有{late}件申请超过法定期限答复")
        if stale:
            problems.append(f"截至年底有{stale}件申请超过答复期限仍未办结")
        corrected = table4.get(T4_REVIEW, "结果纠正") + table4.get(T4_DIRECT, "结果纠正") + table4.get(T4_AFTER_REVIEW, "结果纠正")
        if corrected:
            problems.append(f"本年度有{corrected}件政府信息公开行政复议、行政诉讼案件结果被纠正，依法答复水平有待提升")
    if problems:
        ordinals = "一二三四五六七八九十"
        five.append(Paragraph("本年度政府信息公开工作还存在以下不足：" + "；".join(
            f"{ordinals[i] if i < 10 else i + 1}是{problem.rstrip('。；;')}" for i, problem in enumerate(problems)) + "。"))
        if not figures.problems:
            five.append(Paragraph(placeholder("请核对并补充其他问题")))
    else:
        five.append(Paragraph(placeholder("请填写本年度政府信息公开工作存在的主要问题")))
    if figures.improvements:
        five.append(Paragraph("下一步，" + "；".join(item.rstrip("。；;") for item in figures.improvements) + "。"))
    else:
        five.append(Paragraph(f"下一步，{placeholder('请填写针对上述问题的改进措施和上年度问题的改进情况')}。"))

    six: list[Paragraph] = []
    basis = "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"
    if fees is None:
        six.append(Paragraph(f"{basis}，本年度收取信息处理费{placeholder('请填写金额')}元。"))
    elif fees == 0:
        six.append(Paragraph(f"{basis}，本年度未收取信息处理费。"))
    else:
        six.append(Paragraph(f"{basis}，本年度共收取信息处理费{_n(round(fees, 2))}元。"))
    if figures.other_matters:
        six.extend(Paragraph(item) for item in figures.other_matters)
    else:
        six.append(Paragraph(placeholder("请填写本年度政务公开工作要点落实情况、人大代表建议和政协提案办理结果公开情况等"
                                         "其他需要报告的事项；没有的写“无”")))
    return dict(zip(SECTION_TITLES, (one, two, [], four, five, six)))


def _office_of(agency: str, office: str) -> str:
    """曲阜市交通运输局 + 局办公室 -> 曲阜市交通运输局办公室 (not 局局办公室), 某区政府 + 政府办公室 ->
    某区政府办公室; an office already named in full is kept as it is."""
    if office.startswith(agency):
        return office
    for overlap in range(min(len(agency), len(office) - 1), 0, -1):  # 局|局办公室, 区政府|政府办公室
        if agency.endswith(office[:overlap]):
            return agency + office[overlap:]
    return agency + office


def draft_intro(year: int, agency: str, figures: Figures, agency_info: dict) -> str:
    website = figures.website or placeholder("请填写网址")
    office = figures.contact.get("科室") or agency_info.get("office") or agency_info.get("unit") or placeholder("请填写承办科室")
    address = figures.contact.get("地址") or placeholder("请填写地址")
    phone = figures.contact.get("电话") or agency_info.get("phone") or agency_info.get("contact") or placeholder("请填写电话")
    postcode = f"；邮编：{figures.contact['邮编']}" if figures.contact.get("邮编") else ""
    return (
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室"
        "关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。"
        f"报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。本报告电子版可在{agency}门户网站"
        f"（{website}）查阅和下载。如对本报告有疑问，请与{_office_of(agency, office)}联系（地址：{address}{postcode}；电话：{phone}）。"
    )


# --- the whole report -------------------------------------------------------------------------


def build_report(year: int, *, applications: list[Dataset] = (), catalogs: list[Dataset] = (),
                 figures: Figures | None = None, calendar: WorkCalendar | None = None,
                 agency_info: dict | None = None, date: dt.date | None = None,
                 sources: dict[str, str] | None = None) -> AnnualReport:
    """Count, check and draft; raises InputError (nothing to write) when a row or a sum is wrong."""
    figures = figures or Figures()
    agency_info = dict(agency_info or {})
    calendar = calendar or WorkCalendar()
    if figures.year is not None and figures.year != year:
        raise InputError(f"{figures.path}：年度 {figures.year} 与 --year {year} 不一致")
    if applications and figures.table3 is not None:
        raise InputError(f"{figures.path}：已提供依申请公开台账，补充数据中不应再给出“依申请公开”（表三由台账统计）")
    agency = figures.agency or str(agency_info.get("name") or "") or placeholder("请填写机关名称")
    notes: list[str] = []

    # Table 3
    entries: list[LedgerEntry] = []
    errors: list[str] = []
    for dataset in applications:
        found, problems = classify_ledger(dataset, year, calendar)
        entries.extend(found)
        errors.extend(problems)
    if applications:  # reply deadlines were counted in working days
        notes.extend(calendar.warnings_for({year}))
    hints: list[str] = []
    if applications:
        table3 = table3_from_entries(entries)
        if figures.carried is not None:
            from_ledger = {column: table3.get("2", column) for column in T3_APPLICANT_KEYS}
            if any(from_ledger.values()):
                given = {column: figures.carried.get(column, 0) for column in T3_APPLICANT_KEYS}
                if "total" in figures.carried and len(figures.carried) == 1:
                    given = None if figures.carried["total"] == sum(from_ledger.values()) else given
                if given is not None and given != from_ledger:
                    errors.append(
                        f"{figures.path}：“上年结转”与台账不一致：台账中上年收到、本年初尚未办结的申请为 "
                        + "、".join(f"{label}{from_ledger[c]}件" for c, label in _labels() if from_ledger[c])
                        + "；补充数据为 " + "、".join(f"{label}{given[c]}件" for c, label in _labels() if given[c]))
            else:
                table3.cells["2"] = {column: value for column, value in figures.carried.items()}
                if any(figures.carried.values()):
                    hints.append("提示：上年结转的申请须列入台账（收到日期在上一年），才能统计其本年办理结果；"
                                 "或在补充数据中删除“上年结转”。")
    elif figures.table3 is not None:
        table3 = Table3(cells={key: dict(value) for key, value in figures.table3.items()})
        if figures.carried is not None and "2" not in table3.cells:
            table3.cells["2"] = dict(figures.carried)
    else:
        table3 = Table3()
        if figures.carried is not None:
            table3.cells["2"] = dict(figures.carried)
        notes.append("未提供依申请公开台账，表三按 0 填写（上年结转取补充数据）")
    if errors:
        shown = errors[:MAX_ROW_ERRORS]
        more = f"\n……另有 {len(errors) - MAX_ROW_ERRORS} 行有问题" if len(errors) > MAX_ROW_ERRORS else ""
        raise InputError("依申请公开台账中有无法计入年度报告的行，未生成报告：\n"
                         + "\n".join(f"- {error}" for error in shown) + more)

    # Table 4
    ledger_table4, case_errors, case_notes = table4_from_ledgers(list(applications), entries, year)
    if case_errors:
        raise InputError("依申请公开台账中有无法计入表四的行，未生成报告：\n" + "\n".join(f"- {e}" for e in case_errors[:MAX_ROW_ERRORS]))
    if figures.table4 is not None:
        table4 = Table4(values=dict(figures.table4), given=True)
    elif ledger_table4 is not None:
        table4 = ledger_table4
        notes.append("表四按台账的行政复议结果、行政诉讼结果列统计（含上年结转的案件），请核对")
        notes.extend(case_notes)
    else:
        table4 = Table4(given=False)
        notes.append("未提供行政复议、行政诉讼数据，表四按 0 填写并已标记")

    # Table 2
    table2 = Table2(values=dict(figures.table2))
    catalog = catalog_summary(list(catalogs), year) if catalogs else None
    if catalog is not None:
        for column, hint in ((T2_ISSUED, catalog["normative_issued"]), (T2_IN_FORCE, catalog["normative_in_force"])):
            if hint is None:
                continue
            given = table2.get("行政规范性文件", column)
            if given is None:
                table2.values[("行政规范性文件", column)] = hint
                table2.hinted.add(("行政规范性文件", column))
                notes.append(f"表二“行政规范性文件”“{column}”据公开目录统计为 {hint}，请核对")
            elif given != hint:
                notes.append(f"表二“行政规范性文件”“{column}”补充数据为 {_n(given)}，公开目录中为 {hint} 条，请核对")
    missing = [f"{row}“{column}”" for row, column in table2_cells() if table2.get(row, column) is None]
    if missing:
        notes.append("表二缺少以下数字（已标记“待填”）：" + "、".join(missing))

    # Sums, before anything is drafted or written
    problems = checks.complete_table3(table3)
    problems += checks.check_table3(table3, figures.last_year_carry_over)
    problems += checks.complete_table4(table4)
    checks.raise_if_any(problems, hints)
    # Table 2's 现行有效件数 identity often does not hold in published reports (documents found in a
    # clean-up, 失效 counted apart from 废止): a warning to check, not a reason to stop.
    notes.extend(f"提示：{problem}，请核对" for problem in checks.check_table2(table2, figures.in_force_last_year))

    fees = figures.fees_yuan if figures.fees_yuan is not None else _fees_from_ledgers(list(applications), entries)
    sections = draft_sections(year, agency, figures, table2, table3, table4, entries, catalog, bool(applications), fees)
    report = AnnualReport(
        year=year, agency=agency, date=figures.date or date or dt.date.today(),
        intro=draft_intro(year, agency, figures, agency_info), sections=sections,
        table2=table2, table3=table3, table4=table4, entries=entries, notes=notes, sources=dict(sources or {}),
    )
    placeholders = sum(len(re.findall(r"【[^】]*】", p.text)) for ps in sections.values() for p in ps)
    placeholders += len(re.findall(r"【[^】]*】", report.intro + report.agency))
    if placeholders:
        notes.append(f"报告中有 {placeholders} 处标黄的【……】需要补充")
    return report


def _labels() -> list[tuple[str, str]]:
    return [(key, label) for key, label in TABLE3_COLUMNS if key != "total"]


