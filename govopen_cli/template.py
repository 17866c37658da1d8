"""`govopen template`: an empty catalog workbook that departments fill in and that passes checks.

The 公开目录 sheet has the canonical columns with dropdowns for 公开方式 and 有效性 and date-formatted
date columns; the 填写说明 sheet says what each column holds, with an example.
"""
from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from govopen_cli.writers.atomic import write_document_atomic

TEMPLATE_DATE = dt.datetime(2024, 1, 1)
ROWS_PREPARED = 2000  # rows that carry dropdowns and date formats
DISCLOSURE_MODES = ["主动公开", "依申请公开", "不予公开"]
VALIDITY = ["有效", "失效", "废止", "修订"]
DATE_FIELDS = ("生成日期", "发布日期")

# field, required, description, example
COLUMNS = [
    ("索引号", "必填", "前段码/年份-流水号：前段码为本机关统一社会信用代码（18位）或组织机构代码（9位），如 11370881004341590W/2023-00001；每条信息唯一",
     "11370881004341590W/2023-00001"),
    ("信息名称", "必填", "信息的正式名称，有主副标题的只填主标题，不用简称（条例第十二条）", "曲阜市交通运输局2023年部门预算"),
    ("内容概述", "必填", "简要说明信息内容，一般不超过100字，不要重复信息名称；必填项不能只填“无”“/”等占位内容", "公开本局2023年部门收支预算及情况说明"),
    ("发布机构", "必填", "发布机关全称，不用简称", "曲阜市交通运输局"),
    ("生成日期", "必填", "信息形成或变更的日期，日期格式 YYYY-MM-DD", "2023-02-10"),
    ("发布日期", "必填", "在网站公开的日期，应在生成日期后20个工作日内（条例第二十六条）", "2023-02-15"),
    ("文号", "有则填", "发文字号，年份用六角括号〔〕，序号不加“第”、不编虚位，如 曲交发〔2023〕5号（GB/T 9704-2012 第7.2.5条）；没有文号的留空或填“无”",
     "曲交发〔2023〕5号"),
    ("主题分类", "选填", "按国务院政策文件库主题分类，如 工业、交通\\公路", "工业、交通\\公路"),
    ("体裁分类", "选填", "如 通知、公告、政策文件、解读、报告", "通知"),
    ("公开方式", "必填", "从下拉列表选择：主动公开、依申请公开、不予公开", "主动公开"),
    ("不公开理由", "依申请公开、不予公开时必填", "写明依据的条例条款和理由（条例第十四条至第十六条）", ""),
    ("有效性", "选填", "从下拉列表选择：有效、失效、废止、修订", "有效"),
    ("栏目", "选填", "信息所在的网站栏目", "财政预决算"),
    ("责任单位", "选填", "负责该信息的科室", "局财务科"),
    ("链接", "选填", "信息原文的网址", "http://www.example.gov.cn/art/2023/2/15/art_1_1.html"),
    ("关联文件", "选填", "政策文件对应的解读（或解读对应的文件）的标题或索引号", ""),
]


def build_template() -> Workbook:
    workbook = Workbook()
    workbook.properties.created = TEMPLATE_DATE  # not the clock: the same template gives the same bytes
    sheet = workbook.active
    sheet.title = "公开目录"
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for position, (name, required, _, _) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=position, value=name)
        cell.font = Font(bold=True, color="C00000" if required == "必填" else "000000")
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = 14 if name in DATE_FIELDS else min(40, max(12, len(name) * 2 + 6))
        if name in DATE_FIELDS:
            for row in range(2, ROWS_PREPARED + 2):
                sheet.cell(row=row, column=position).number_format = "yyyy-mm-dd"
        for values, field in ((DISCLOSURE_MODES, "公开方式"), (VALIDITY, "有效性")):
            if name == field:
                validation = DataValidation(type="list", formula1=f'"{",".join(values)}"', allow_blank=True,
                                            showErrorMessage=True, errorTitle="取值无效",
                                            error=f"请从下拉列表选择：{'、'.join(values)}")
                validation.add(f"{letter}2:{letter}{ROWS_PREPARED + 1}")
                sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{sheet.cell(row=1, column=len(COLUMNS)).column_letter}1"

    guide = workbook.create_sheet("填写说明")
    guide.append(["列名", "是否必填", "填写要求", "示例"])
    for cell in guide[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
    for name, required, description, example in COLUMNS:
        guide.append([name, required, description, example])
    guide.append([])
    guide.append(["说明", "", "填好后可用 govopen check 文件名.xlsx 自查；红色列名为必填项。日期请用 Excel 日期或 YYYY-MM-DD。", ""])
    for letter, width in (("A", 12), ("B", 16), ("C", 80), ("D", 36)):
        guide.column_dimensions[letter].width = width
    for row in guide.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    guide.freeze_panes = "A2"

    return workbook


def write_template(path: str) -> None:
    write_document_atomic(path, build_template())
