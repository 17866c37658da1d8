"""Write the Word and Excel test plans of `tests/test_extract.py` (deterministic, offline).

    python tests/data/plans/make_plans.py        # writes the .docx, .xlsx and .html plans here

The tests call the same functions into a temporary folder, so the committed files are examples for
trying `govopen checklist extract` by hand, never stale test inputs.

* prose-plan.docx: the plan of prose-plan.txt as Word writes it: a Title paragraph, parts as
  "Heading 1" without typed numbers, tasks numbered by Word (chineseCounting "（%1）", restarted in
  each part), points as "List Number" paragraphs, units as a separate "责任单位：" paragraph.
* table-plan.docx / table-plan.xlsx: a 任务分工 table (序号 | 工作任务 | 具体要求 | 责任单位 | 时限要求)
  with part rows merged across and task cells merged down over their requirement rows.
* prose-plan.html / table-plan.html: the same plans as the government website's page saved from a
  browser (GBK, navigation and footer around the text; the table with colspan and rowspan).
"""
from __future__ import annotations

import os
import sys

TITLE_PROSE = "临河县人力资源和社会保障局2025年政务公开工作要点"

# (kind, text): title | para | part | task | point
PROSE = [
    ("title", TITLE_PROSE),
    ("para", "为深入贯彻《中华人民共和国政府信息公开条例》，结合我局实际，制定本要点。"),
    ("part", "总体要求"),
    ("para", "坚持以人民为中心的发展思想，坚持“公开为常态、不公开为例外”。"),
    ("part", "重点工作"),
    ("task", "深化社保就业信息公开。每季度公开社会保险基金收支情况和就业补贴发放情况。（牵头单位：社会保险股；配合单位：就业服务中心）"),
    ("task", "做好财政预决算公开。部门预算、决算在批复后20日内公开；“三公”经费预算于2025年6月30日前公开。（责任单位：财务股）"),
    ("task", "加强政策解读。"),
    ("point", "以局名义印发的规范性文件，解读材料应在文件公开后3个工作日内发布。"),
    ("para", "责任单位：政策法规股"),
    ("point", "年底前完成现行有效规范性文件清理并公开清理结果。"),
    ("para", "责任单位：政策法规股、办公室"),
    ("task", "规范依申请公开办理。自收到申请之日起20个工作日内予以答复；需要延长答复期限的，延长的期限最长不得超过20个工作日。（责任单位：办公室）"),
    ("task", "做好突发事件信息发布。涉及本系统的重大突发事件，应在5小时内发布权威信息，在24小时内举行新闻发布会。（责任单位：办公室、劳动保障监察大队）"),
    ("task", "强化平台建设。每月更新“就业服务”专栏招聘信息。按时编制政府信息公开工作年度报告，于1月31日前在门户网站公布。（责任单位：信息中心）"),
    ("part", "保障措施"),
    ("task", "加强组织领导。成立政务公开工作领导小组，定期研究解决重大问题。"),
    ("task", "强化考核监督。将政务公开工作纳入年度目标考核。"),
]

TITLE_TABLE = "江北区市场监督管理局2024年政务公开重点任务分工方案"
HEADER = ["序号", "工作任务", "具体要求", "责任单位", "时限要求"]
# ("part", text) or ("task", number, task, [(requirement, units, deadline), ...])
TABLE = [
    ("part", "一、深化重点领域信息公开"),
    ("task", "1", "推进“双随机、一公开”监管信息公开", [
        ("抽查结果在抽查完成后20个工作日内公开", "执法稽查科", "长期坚持"),
        ("每季度公布抽查计划执行情况", "执法稽查科、信用监管科", "每季度"),
    ]),
    ("task", "2", "做好食品安全抽检信息公开", [
        ("食品安全监督抽检结果按月公开", "食品安全抽检科", "每月"),
        ("不合格产品核查处置情况及时公开", "食品安全抽检科", "2024年12月31日前"),
    ]),
    ("part", "二、加强政策解读和回应关切"),
    ("task", "3", "做好政策解读", [
        ("规范性文件与解读材料同步发布", "法规科", "与文件同步"),
    ]),
    ("task", "4", "规范依申请公开", [
        ("自收到申请之日起20个工作日内答复", "办公室", "长期坚持"),
        ("建立依申请公开办理台账", "办公室", "2024年6月底前"),
    ]),
    ("part", "三、强化平台建设"),
    ("task", "5", "加强政府网站管理", [
        ("每月更新“政策文件”栏目", "办公室、信息中心", "每月"),
    ]),
    ("task", "6", "发布政府信息公开工作年度报告", [
        ("按规定编制并发布年度报告", "办公室", "1月31日前"),
    ]),
    ("task", "7", "做好突发事件信息发布", [
        ("重大突发事件5小时内发布权威信息", "应急管理科", "事件发生后5小时内"),
    ]),
]


def _chinese_numbering(document, abstract_id: int, num_ids: list[int]) -> None:
    """An abstract numbering "（一）" (chineseCounting) and one num per part, restarting at 1."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(abstract.tag.replace("abstractNum", "num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    for num_id in num_ids:
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        ))


def _number(paragraph, num_id: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def write_prose_docx(path: str) -> None:
    import docx

    document = docx.Document()
    parts = sum(1 for kind, _ in PROSE if kind == "part")
    num_ids = [900 + n for n in range(parts)]
    _chinese_numbering(document, 90, num_ids)
    part = -1
    for kind, text in PROSE:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "part":
            part += 1
            document.add_paragraph(text, style="Heading 1")
        elif kind == "task":
            _number(document.add_paragraph(text), num_ids[part])
        elif kind == "point":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    document.save(path)


def write_table_docx(path: str) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE_TABLE, style="Title")
    document.add_paragraph("为做好2024年政务公开工作，现将重点任务分工如下。")
    rows = 1 + sum(1 if item[0] == "part" else len(item[3]) for item in TABLE)
    table = document.add_table(rows=rows, cols=len(HEADER))
    table.style = "Table Grid"
    for column, name in enumerate(HEADER):
        table.cell(0, column).text = name
    row = 1
    for item in TABLE:
        if item[0] == "part":
            merged = table.cell(row, 0).merge(table.cell(row, len(HEADER) - 1))
            merged.text = item[1]
            row += 1
            continue
        _, number, task, requirements = item
        last = row + len(requirements) - 1
        for column, value in ((0, number), (1, task)):
            cell = table.cell(row, column).merge(table.cell(last, column)) if last > row else table.cell(row, column)
            cell.text = value
        for requirement, units, deadline in requirements:
            table.cell(row, 2).text = requirement
            table.cell(row, 3).text = units
            table.cell(row, 4).text = deadline
            row += 1
    document.add_paragraph("江北区市场监督管理局办公室　2024年2月20日印发")
    document.save(path)


def write_table_xlsx(path: str) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "任务分工"
    sheet.cell(1, 1, TITLE_TABLE.replace("方案", "表"))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    for column, name in enumerate(HEADER, start=1):
        sheet.cell(2, column, name)
    row = 3
    for item in TABLE:
        if item[0] == "part":
            sheet.cell(row, 1, item[1])
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADER))
            row += 1
            continue
        _, number, task, requirements = item
        last = row + len(requirements) - 1
        sheet.cell(row, 1, int(number))
        sheet.cell(row, 2, task)
        if last > row:
            sheet.merge_cells(start_row=row, start_column=1, end_row=last, end_column=1)
            sheet.merge_cells(start_row=row, start_column=2, end_row=last, end_column=2)
        for requirement, units, deadline in requirements:
            sheet.cell(row, 3, requirement)
            sheet.cell(row, 4, units)
            sheet.cell(row, 5, deadline)
            row += 1
    workbook.save(path)


PAGE_TOP = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{title}</title>
<style>.nav {{ color: #333; }}</style><script>var _hmt = _hmt || []; if (a < b) {{}}</script></head>
<body><div class="nav">首页 &gt; 政务公开 &gt; 工作动态</div>
<div class="article"><h1>{title}</h1>
<div class="info">发布时间：2025-03-10&nbsp;&nbsp;来源：{agency}&nbsp;&nbsp;【字体：大 中 小】</div>
"""
PAGE_BOTTOM = """</div><div class="share">分享到：<a href="#">微信</a></div>
<div class="tools">【打印本页】【关闭窗口】</div><div class="qr">扫一扫在手机打开当前页</div></body></html>
"""
CHINESE_NUMBERS = "一二三四五六七八九十"


def _html(path: str, title: str, agency: str, body: str) -> None:
    with open(path, "wb") as handle:
        handle.write((PAGE_TOP.format(title=title, agency=agency) + body + PAGE_BOTTOM).encode("gb18030"))


def write_prose_html(path: str) -> None:
    """Numbers typed in the text, as on the website; the title in <h1>."""
    body, part, task, point = [], 0, 0, 0
    for kind, text in PROSE[1:]:
        if kind == "part":
            part, task = part + 1, 0
            text = f"{CHINESE_NUMBERS[part - 1]}、{text}"
        elif kind == "task":
            task, point = task + 1, 0
            text = f"（{CHINESE_NUMBERS[task - 1]}）{text}"
        elif kind == "point":
            point += 1
            text = f"{point}．{text}"
        body.append(f'<p style="text-indent:2em">{text}</p>')
    _html(path, TITLE_PROSE, "临河县人力资源和社会保障局", "\n".join(body) + "\n")


def write_table_html(path: str) -> None:
    rows = ["<tr>" + "".join(f"<th>{name}</th>" for name in HEADER) + "</tr>"]
    for item in TABLE:
        if item[0] == "part":
            rows.append(f'<tr><td colspan="{len(HEADER)}"><b>{item[1]}</b></td></tr>')
            continue
        _, number, task, requirements = item
        span = f' rowspan="{len(requirements)}"' if len(requirements) > 1 else ""
        for index, (requirement, units, deadline) in enumerate(requirements):
            lead = f"<td{span}>{number}</td><td{span}>{task}</td>" if index == 0 else ""
            rows.append(f"<tr>{lead}<td>{requirement}</td><td>{units}</td><td>{deadline}</td></tr>")
    body = ("<p>为做好2024年政务公开工作，现将重点任务分工如下。</p>\n<table border=\"1\" cellspacing=\"0\">\n"
            + "\n".join(rows) + "\n</table>\n<p>江北区市场监督管理局办公室　2024年2月20日印发</p>\n")
    _html(path, TITLE_TABLE, "江北区市场监督管理局", body)


def main(folder: str) -> None:
    write_prose_docx(os.path.join(folder, "prose-plan.docx"))
    write_table_docx(os.path.join(folder, "table-plan.docx"))
    write_table_xlsx(os.path.join(folder, "table-plan.xlsx"))
    write_prose_html(os.path.join(folder, "prose-plan.html"))
    write_table_html(os.path.join(folder, "table-plan.html"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
