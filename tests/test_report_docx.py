"""The Word 自查报告: read back with python-docx and checked against GB/T 9704-2012 and the sample's form.

`sample_result()` builds a Result by hand with every status (pass, fail, manual answered and not,
waived, n/a, error), units, sources, remedies and findings whose values are hostile (formulas,
control characters); test_report_xlsx.py uses it too.
"""
from __future__ import annotations

import re
import zipfile

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from govopen_cli.result import CheckResult, Finding, Result, TaskResult
from govopen_cli.writers import docx as docx_writer
from govopen_cli.writers import gbt9704 as gb
from govopen_cli.writers import report_findings as rf
from govopen_cli.writers import report_text as rt
from tests.helpers import docx_text

AGENCY = "某某市交通运输局"
HOSTILE = "=HYPERLINK(\"http://evil.example\",\"点我\")"
CONTROL = "含控制字符\x07\x0b\x1f的标题"


def sample_result(findings_per_check: int = 4, agency: dict | None = None) -> Result:
    tasks = [
        TaskResult("T1", "推进财政资金信息公开", ["局财务科"], "二、（二）", "fail"),
        TaskResult("T2", "加强政务公开制度建设", ["局办公室"], "二、（七）", "manual"),
        TaskResult("B", "政府信息公开目录规范", [], "条例第十二条", "fail"),
    ]
    checks = [
        CheckResult("T1.1", "T1", "公开年度部门预算", "coverage", "error", ["局财务科"], "二、（二）", "pass",
                    remedy="在规定时间内公开部门预算"),
        CheckResult("T1.2", "T1", "按财政统一格式公开", None, "error", ["局财务科"], "二、（二）", "pass",
                    manual="对照市财政局统一格式逐项核对", answer={"result": "pass", "evidence": "曲财预〔2023〕5号批复",
                                                                  "by": "张三", "date": "2024-01-20"}),
        CheckResult("T2.1", "T2", "成立政务公开工作领导小组", None, "error", ["局办公室"], "二、（七）", "manual",
                    manual="查阅成立领导小组的通知"),
        CheckResult("T2.2", "T2", "开展政务公开培训", None, "warning", [], "二、（七）", "waived",
                    manual="查阅培训通知", waiver={"reason": "培训已并入市级统一安排", "approved_by": "王局长",
                                                 "expires": "2024-06-30", "expired": False}),
        CheckResult("B.required", "B", "目录法定要素完整（索引号、信息名称、内容概述、生成日期）", "required", "error", [],
                    "条例第十二条第二款", "fail", findings=findings_per_check, remedy="逐条补全目录中缺失的法定要素"),
        CheckResult("B.docno", "B", "文号格式规范", "docno", "warning", [], "GB/T 9704-2012 第7.2.5条", "fail",
                    findings=findings_per_check, remedy="文号年份使用六角括号〔〕"),
        CheckResult("B.apps", "B", "依申请公开在法定期限内答复", "application-deadline", "error", [], "条例第三十三条", "n/a",
                    note="未提供依申请公开台账数据"),
        CheckResult("B.columns", "B", "公开目录包含法定要素对应的列", "missing-column", "error", [], "条例第十二条", "error",
                    note="公开目录 缺少字段：发布机构"),
    ]
    findings = []
    for number in range(findings_per_check):
        row = 4 + number
        findings.append(Finding("B.required", "required", "error", "内容概述为空", "目录.xlsx", "公开目录", row, f"D{row}",
                                "摘要", "内容概述", "", item=f"11370881004341590W/2023-{number:05d}"))
        value = HOSTILE if number == 0 else CONTROL if number == 1 else f"曲交发[2023]{number}号"
        findings.append(Finding("B.docno", "docno", "warning", f"文号“{value}”不规范：年份应使用六角括号〔〕", "目录.xlsx",
                                "公开目录", row, f"H{row}", "发文字号", "文号", value))
    return Result(
        checklist={"id": "test-plan", "title": "某某市交通运输局2023年度政务公开工作实施方案", "source": "某交发〔2023〕1号"},
        as_of="2024-01-31",
        period={"start": "2023-01-01", "end": "2023-12-31"},
        agency=agency if agency is not None else {"name": AGENCY, "leader": "局长张三", "office": "局办公室",
                                                  "contact": "李四", "phone": "0537-1234567"},
        inputs=[{"path": "目录.xlsx", "kind": "catalog", "sheet": "公开目录", "header_row": 3,
                 "rows": 300, "columns": {}, "unmapped": []}],
        tasks=tasks, checks=checks, findings=findings, tool={"name": "govopen", "version": "0.1.0"},
    )


def write(result: Result, tmp_path, next_steps=("完善信息发布审核机制",)):
    path = tmp_path / "自查报告.docx"
    docx_writer.write(result, str(path), list(next_steps) if next_steps is not None else None)
    return path, Document(str(path))


def text_of(document) -> str:
    return docx_text(document)


def east_asia(run) -> str | None:
    rPr = run._r.rPr
    fonts = rPr.find(qn("w:rFonts")) if rPr is not None else None
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def all_runs(document):
    body = document.element.body
    yield from body.iter(qn("w:r"))
    section = document.sections[0]
    for footer in (section.footer, section.even_page_footer):
        yield from footer._element.iter(qn("w:r"))


@pytest.fixture
def report(tmp_path):
    return write(sample_result(), tmp_path)


def test_page_setup_is_a4_with_gbt9704_margins(report):
    _, document = report
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)
    for actual, expected in ((section.top_margin, 37), (section.bottom_margin, 35),
                             (section.left_margin, 28), (section.right_margin, 26)):
        assert abs(actual - Mm(expected)) < Mm(0.1)


def test_title_is_2hao_xiaobiaosong_centred(report):
    _, document = report
    title = document.paragraphs[0]
    assert title.text.replace("\n", "") == f"{AGENCY}2023年度政务公开自查报告"
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    for run in title.runs:
        assert run.font.size == Pt(22)
        assert east_asia(run) == gb.XIAOBIAOSONG


def test_long_title_breaks_after_the_agency_not_mid_word(report):
    _, document = report
    lines = document.paragraphs[0].text.split("\n")
    assert lines == [AGENCY, "2023年度政务公开自查报告"]


def test_sections_in_the_sample_order(report):
    _, document = report
    headings = [(p.text, p.style.name) for p in document.paragraphs if p.style.name.startswith("Heading")]
    level1 = [text for text, style in headings if style == "Heading 1"]
    assert level1 == ["一、总体情况", "二、存在的问题及整改措施", "三、下一步工作安排"]
    level2 = [text for text, style in headings if style == "Heading 2"]
    assert level2[:3] == ["（一）推进财政资金信息公开", "（二）加强政务公开制度建设", "（三）政府信息公开目录规范"]
    assert "（一）存在的问题" in level2 and "（二）整改措施" in level2


def test_headings_heiti_and_kaiti_body_fangsong_3hao(report):
    _, document = report
    for index, paragraph in enumerate(document.paragraphs):
        if index == 0 or not paragraph.text:
            continue
        if paragraph.style.name == "Heading 1":
            assert {east_asia(run) for run in paragraph.runs} == {gb.HEITI}
        elif paragraph.style.name == "Heading 2":
            assert {east_asia(run) for run in paragraph.runs} == {gb.KAITI}
        elif re.fullmatch(r"附件\d+", paragraph.text):  # the attachment's label (§8)
            assert {east_asia(run) for run in paragraph.runs} == {gb.HEITI}
        elif paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER:  # the attachment's title: 2号小标宋
            assert {east_asia(run) for run in paragraph.runs} == {gb.XIAOBIAOSONG}, paragraph.text
            continue
        else:
            assert {east_asia(run) for run in paragraph.runs} == {gb.FANGSONG}, paragraph.text
        assert {run.font.size for run in paragraph.runs} == {Pt(16)}, paragraph.text


def test_body_has_two_character_indent_and_22_lines_per_page(report):
    _, document = report
    body = [p for p in document.paragraphs if p.style.name == "Normal" and p.text
            and p.alignment not in (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT) and p.text != "附件1"]
    assert len(body) > 10
    for paragraph in body:
        assert paragraph.paragraph_format.first_line_indent == Pt(32), paragraph.text
    normal = document.styles["Normal"].paragraph_format
    assert normal.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert normal.line_spacing == Pt(28.95)
    # 22 lines of 579 twips fit in the 225 mm 版心, 23 do not.
    text_height_twips = (Mm(297) - Mm(37) - Mm(35)) / 635
    assert 22 * 579 <= text_height_twips < 23 * 579


def test_every_run_has_an_east_asian_font(report):
    _, document = report
    runs = list(all_runs(document))
    assert len(runs) > 50
    for run in runs:
        fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert fonts is not None and fonts.get(qn("w:eastAsia")), etree.tostring(run, encoding="unicode")[:200]
    # No theme fonts left to fall back to (MS Mincho in python-docx's template).
    styles = document.styles.element
    assert not styles.xpath(".//w:rFonts[@w:eastAsiaTheme]") and not styles.xpath(".//w:docDefaults//w:rFonts[@w:asciiTheme]")
    assert styles.xpath(".//w:docDefaults//w:lang/@w:eastAsia") == ["zh-CN"]


def test_page_numbers_are_a_real_page_field_in_4hao_songti(report):
    path, document = report
    section = document.sections[0]
    assert document.settings.odd_and_even_pages_header_footer
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        paragraph = footer.paragraphs[0]
        assert paragraph.alignment == align
        xml = paragraph._p
        assert [el.get(qn("w:fldCharType")) for el in xml.iter(qn("w:fldChar"))] == ["begin", "separate", "end"]
        assert [el.text.strip() for el in xml.iter(qn("w:instrText"))] == ["PAGE"]
        texts = [run.text for run in paragraph.runs]
        assert texts[0] == "— " and texts[-1] == " —"
        for run in paragraph.runs:
            assert run.font.size == Pt(14) and east_asia(run) == gb.SONGTI
    with zipfile.ZipFile(path) as package:
        footers = [name for name in package.namelist() if name.startswith("word/footer")]
        assert len(footers) == 2
        assert all(b"PAGE" in package.read(name) for name in footers)


def test_opening_names_basis_period_inputs_and_checks(report):
    _, document = report
    opening = document.paragraphs[2].text.replace("\u200b", "")
    assert "《某某市交通运输局2023年度政务公开工作实施方案》" in opening
    assert "2023年1月1日至2023年12月31日" in opening
    assert "目录.xlsx，300条" in opening
    assert "8项检查要求" in opening


def test_tasks_give_units_results_and_manual_answers(report):
    _, document = report
    text = text_of(document)
    assert "由局财务科负责" in text and "对应工作方案二、（二）" in text
    assert "“公开年度部门预算”已按要求公开" in text
    assert "“按财政统一格式公开”符合要求（佐证材料：曲财预〔2023〕5号批复；核查人：张三，2024年1月20日）" in text
    assert "“成立政务公开工作领导小组”待人工核查" in text
    assert "经王局长批准暂缓执行（培训已并入市级统一安排，有效期至2024年6月30日）" in text
    assert "因未提供依申请公开台账数据" in text
    assert "成立了由局长张三任组长的政务公开工作领导小组" in text


def test_problems_have_counts_examples_and_measures_with_unit_and_deadline(report):
    _, document = report
    text = text_of(document)
    problems = text.split("（一）存在的问题")[1].split("（二）整改措施")[0]
    # One item per category, weightiest first; findings that read alike told once with their rows.
    assert ("1.目录要素方面。政府信息公开目录要素不完整、不规范。“目录法定要素完整”发现问题4处：第4、5、6行等4条内容概述为空。"
            in problems)
    assert "2.检查数据方面。部分检查因数据不全未能完成。“公开目录包含法定要素对应的列”因公开目录缺少“发布机构”字段未能完成检查" in problems
    assert "3.文号规范方面。部分文号不符合GB/T 9704-2012的规定。“文号格式规范”发现问题4处（第4、5、6行等4条），如第4行文号" in problems
    measures = text.split("（二）整改措施")[1].split("三、下一步工作安排")[0]
    # No deadline configured: report date (the as-of date) + 30 days.
    assert "1.目录要素方面。逐条补全目录中缺失的法定要素（局办公室负责，2024年3月1日前完成）。" in measures
    steps = text.split("三、下一步工作安排")[1]
    assert "1.完善信息发布审核机制。" in steps
    assert "抓好“政府信息公开目录规范”问题整改" in steps


def test_configured_deadline_and_report_date(tmp_path):
    agency = {"name": AGENCY, "date": "2024-02-05", "deadline": "2024-04-30"}
    _, document = write(sample_result(agency=agency), tmp_path)
    text = text_of(document)
    assert "2024年4月30日前完成" in text
    assert before_attachment(document)[-1].text == "2024年2月5日"


def test_summary_table(report):
    _, document = report
    [table] = document.tables
    header = [cell.text for cell in table.rows[0].cells]
    assert header == ["序号", "任务", "检查项", "责任单位", "结果", "问题数"]
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    assert len(rows) == 8
    assert rows[0] == ["1", "推进财政资金信息公开", "公开年度部门预算", "局财务科", "通过", "0"]
    assert rows[1][1] == "推进财政资金信息公开"  # merged task cell
    assert rows[1][4] == "符合"
    assert rows[4][2:] == ["目录法定要素完整（索引号、信息名称、内容概述、生成日期）", "局办公室", "不通过", "4"]
    for cell in table.rows[0].cells:
        assert all(run.font.bold for run in cell.paragraphs[0].runs)
    for row in table.rows:
        for cell in row.cells:
            for run in cell.paragraphs[0].runs:
                assert east_asia(run) == gb.FANGSONG
    assert table._tbl.xpath(".//w:trPr/w:tblHeader")  # header row repeats on every page


def before_attachment(document) -> list:
    """The non-empty paragraphs of the report proper: everything before the 附件1 page."""
    paragraphs = [p for p in document.paragraphs if p.text]
    label = next(index for index, p in enumerate(paragraphs) if p.text == "附件1")
    return paragraphs[:label]


def test_attachment_note_signature_then_attachment_on_a_new_page(report):
    _, document = report
    paragraphs = [p for p in document.paragraphs if p.text]
    note, agency, date, contact = before_attachment(document)[-4:]
    assert note.text == "附件：1.某某市交通运输局2023年度政务公开自查情况汇总表"
    assert note.paragraph_format.first_line_indent == Pt(32)
    assert agency.text == AGENCY and date.text == "2024年1月31日"
    assert agency.alignment == WD_ALIGN_PARAGRAPH.RIGHT and date.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert contact.text.replace("\u200b", "") == "（联系人：李四，联系电话：0537-1234567）"
    label = paragraphs[len(before_attachment(document))]
    assert label.paragraph_format.page_break_before and label.paragraph_format.first_line_indent == 0
    assert {east_asia(run) for run in label.runs} == {gb.HEITI}
    caption = paragraphs[len(before_attachment(document)) + 1]
    assert caption.text.replace("\n", "") == "某某市交通运输局2023年度政务公开自查情况汇总表"
    assert caption.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert {east_asia(run) for run in caption.runs} == {gb.XIAOBIAOSONG}
    body = document.element.body
    assert body.index(date._p) < body.index(label._p) < body.index(caption._p) < body.index(document.tables[0]._tbl)
    # Kept together: the last lines of text with the note and the 落款; the caption with the table.
    start = body.index(note._p) - 2
    chain = [p for p in document.paragraphs if start <= body.index(p._p) < body.index(date._p)]
    assert all(p.paragraph_format.keep_with_next for p in chain)
    assert agency.paragraph_format.keep_together and date.paragraph_format.keep_together
    after_label = [p for p in document.paragraphs if body.index(label._p) <= body.index(p._p)]
    assert all(p.paragraph_format.keep_with_next for p in after_label)


def test_untrusted_text_is_inert_and_control_characters_removed(report):
    path, _ = report
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        for name in package.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                data = package.read(name)
                etree.fromstring(data)  # well-formed
                assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", data), name
        document = package.read("word/document.xml").decode("utf-8")
    assert "instrText" not in document  # the only field is the footer's PAGE
    assert "w:hyperlink" not in document


def test_5000_findings_stay_a_few_pages(tmp_path):
    result = sample_result(findings_per_check=2500)
    assert len(result.findings) == 5000
    _, document = write(result, tmp_path)
    text = text_of(document)
    assert len(text) < 6000
    lines = sum(rt.lines_of(p.text) for p in document.paragraphs if p.text)
    assert lines / rt.PAGE_LINES < 6
    assert "“目录法定要素完整”发现问题2500处：第4、5、6行等2500条内容概述为空。" in text


def test_many_failed_checks_are_grouped_by_category_not_cut(tmp_path):
    result = sample_result()
    for number in range(20):
        check = CheckResult(f"X{number}", "B", f"附加检查项{number}", "required", "error", [], None, "fail", findings=1,
                            remedy=f"整改措施{number}")
        result.checks.append(check)
        result.findings.append(Finding(check.id, "required", "error", "某字段为空", "目录.xlsx", "公开目录", 100 + number))
    _, document = write(result, tmp_path)
    text = text_of(document)
    problems = text.split("（一）存在的问题")[1].split("（二）整改措施")[0]
    numbered = re.findall(r"^(\d+)\.(\S+?)方面。", problems, flags=re.M)
    assert [name for _, name in numbered] == ["目录要素", "检查数据", "文号规范"]
    # Examples are rationed (one for the first problem of a category), the rows never left out.
    assert "“目录法定要素完整”发现问题4处：第4、5、6行等4条内容概述为空。" in problems
    assert all(f"“附加检查项{number}”发现问题1处（第{100 + number}行）。" in problems for number in range(20))
    assert "其他方面" not in problems and "…" not in text
    measures = text.split("（二）整改措施")[1].split("三、下一步工作安排")[0]
    assert "整改措施19" in measures


def test_problems_ordered_by_severity_then_task(tmp_path):
    result = sample_result()
    result.checks.append(CheckResult("T1.9", "T1", "公开“三公”经费预算", "coverage", "warning", ["局财务科"], "二、（二）",
                                     "fail", findings=1, remedy="公开“三公”经费预算"))
    result.checks.append(CheckResult("T1.8", "T1", "不含个人信息", "privacy", "error", ["局财务科"], "二、（二）",
                                     "fail", findings=1))
    result.findings.append(Finding("T1.9", "coverage", "warning", "2023年应至少公开 1 条（信息名称匹配“三公.{0,6}预算”），实际找到 0 条",
                                   "目录.xlsx"))
    result.findings.append(Finding("T1.8", "privacy", "error", "内容概述疑似包含个人信息：手机号 1 处（条例第十五条）",
                                   "目录.xlsx", "公开目录", 9, "D9", "摘要", "内容概述"))
    _, document = write(result, tmp_path)
    problems = text_of(document).split("（一）存在的问题")[1].split("（二）整改措施")[0]
    order = [name for _, name in re.findall(r"^(\d+)\.(\S+?)方面。", problems, flags=re.M)]
    # Errors first: task T1 (隐私保护) before task B; then the warnings: T1's 主动公开 before B's 文号规范.
    assert order == ["隐私保护", "目录要素", "检查数据", "主动公开", "文号规范"]
    assert "“公开‘三公’经费预算”：2023年应至少公开1条，实际找到0条。" in problems  # no regex, nested quotes
    assert "第9行内容概述疑似包含个人信息：手机号1处。" in problems


def test_no_problems_report(tmp_path):
    result = sample_result()
    result.checks = [check for check in result.checks if check.status in ("pass", "manual")]
    result.findings = []
    _, document = write(result, tmp_path, next_steps=None)
    text = text_of(document)
    assert "未发现需要整改的问题" in text
    assert "（一）存在的问题" not in text
    assert "三、下一步工作安排" in text


def test_missing_agency_uses_placeholder(tmp_path):
    _, document = write(sample_result(agency={}), tmp_path)
    assert document.paragraphs[0].text == "2023年度政务公开自查报告"
    assert "我单位对2023年度政务公开工作开展了自查" in text_of(document)
    assert before_attachment(document)[-2].text == "（单位名称）"


@pytest.mark.parametrize("message, expected", [
    ("文号“曲交发[2023]2号”不规范：年份应使用六角括号〔〕（GB/T 9704-2012 第7.2.5条）", "文号“曲交发[2023]2号”不规范：年份应使用六角括号〔〕"),
    ("索引号“11370881004341590W2023-00067”格式不符：应为“前段码/年份-流水号”：前段码为9位组织机构代码（如014416330，可带连字符）"
     "或18位统一社会信用代码，年份为4位数字（可带2位月份），流水号为4至7位数字，如“014416330/2018-04736”",
     "索引号“11370881004341590W2023-00067”格式不符：应为“前段码/年份-流水号”"),
    ("2023年10月没有发布（要求每月更新：（信息名称匹配“(?:重大|重点).{0,8}项目”）或（栏目匹配“规划计划”））", "2023年10月没有发布"),
    ("今天（2024-01-31）是公开期限，尚未找到（信息名称匹配“年度报告”）", "检查当日（2024年1月31日）即为公开期限，尚未找到相关信息"),
    ("生成日期 2023-03-01，发布日期 2023-04-20 已超期（相隔 35 个工作日）", "生成日期2023年3月1日，发布日期2023年4月20日已超期（相隔35个工作日）"),
    ("生成日期“2023-02-30”不是有效日期", "生成日期“2023-02-30”不是有效日期"),
    ("短消息。", "短消息"),
])
def test_clause_is_complete_without_conditions(message, expected):
    assert rf.clause(message) == expected


def test_cadence_gaps_with_the_same_requirement_are_one_clause():
    gaps = [f"2023年{month}月没有发布（要求每月更新：重大建设项目进展情况）" for month in (6, 7)]
    assert rf.merge_periods(gaps + ["2023年第三季度没有发布（要求每季度更新：预算执行情况）"]) == [
        "2023年6月、7月没有发布（要求每月更新：重大建设项目进展情况）", "2023年第三季度没有发布（要求每季度更新：预算执行情况）"]
    assert rf.merge_periods([f"2023年{month}月没有发布" for month in range(1, 13)]) == [
        "2023年1月、2月、3月、4月、5月、6月等12个时段没有发布"]
    assert rf.merge_periods(["2024年1月29日至2月11日没有发布", "2024年2月12日至2月25日没有发布", "另一句"]) == [
        "2024年1月29日至2月11日、2月12日至2月25日没有发布", "另一句"]


def test_rows_and_titles_summed_up():
    assert rf.rows_phrase([8, 3, 5]) == "第3、5、8行"
    assert rf.rows_phrase([3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610]) == "第3、5、8行等12条"
    assert rf.book("关于印发《某办法》的通知") == "《关于印发〈某办法〉的通知》"
    assert rt.quote("公开“三公”经费预算") == "“公开‘三公’经费预算”"
    assert rf.plain_note("/tmp/x/目录.csv 缺少字段：不公开理由") == "缺少“不公开理由”字段"
    # The engine's label of a sheet ("file › sheet") leaves nothing behind; fields of several
    # tables and checks are named once, in one phrase.
    assert rf.plain_note("/tmp/x/目录 2023.xlsx › 公开目录 缺少字段：文号、公开方式") == "缺少“文号”“公开方式”字段"
    assert rf.plain_notes(["/a/目录.xlsx › 公开目录 缺少字段：文号", "/a/目录.xlsx › 公开目录 缺少字段：不公开理由；"
                           "/a/台账.xlsx › Sheet1 缺少字段：文号"]) == "缺少“文号”“不公开理由”字段"
    assert rf.plain_notes(["未提供突发事件发布记录数据", "/a/目录.csv 缺少字段：文号"]) == "缺少“文号”字段、未提供突发事件发布记录数据"


def _report_with_budget_rows(tmp_path, rows: list[tuple], recognised: int, counted: int) -> str:
    """The report's text when the budget check recognised `rows`: (row, title) counted, or (row, title,
    why) set aside."""
    result = sample_result()
    budget = result.checks[0]
    budget.evidence = [{"file": "目录.xlsx", "sheet": "公开目录", "row": row[0], "title": row[1]}
                       | ({"counted": False, "why": row[2]} if len(row) > 2 else {}) for row in rows]
    budget.evidence_recognised, budget.evidence_counted = recognised, counted
    return text_of(write(result, tmp_path)[1])


def test_item_checks_tell_what_they_found(tmp_path):
    text = _report_with_budget_rows(tmp_path, [(27, "某某市交通运输局2023年部门预算"), (40, "2023年部门预算说明"),
                                               (9, "2022年部门预算", "发布于检查期外")], 3, 2)
    # The set-aside row is named with its reason, so the officer can find it.
    assert "“公开年度部门预算”已公开《某某市交通运输局2023年部门预算》等2条，另有1条未计入：第9行《2022年部门预算》，发布于检查期外" in text


def test_item_checks_from_old_results_say_why_without_rows(tmp_path):
    text = _report_with_budget_rows(tmp_path, [(27, "某某市交通运输局2023年部门预算"), (None, "2022年部门预算", "发布于检查期外")], 2, 1)
    assert "“公开年度部门预算”已公开《某某市交通运输局2023年部门预算》1条，另有相关信息1条因发布于检查期外未计入" in text


def test_many_set_aside_rows_are_counted_and_the_first_named(tmp_path):
    aside = [(row, f"{year}年部门预算", f"标题写明为{year}年，本项要求2023年的") for row, year in ((5, 2020), (6, 2021), (7, 2022))]
    text = _report_with_budget_rows(tmp_path, [(27, "某某市交通运输局2023年部门预算")] + aside, 4, 1)
    assert ("另有3条未计入，如第5行《2020年部门预算》，标题写明为2020年，本项要求2023年的；"
            "第6行《2021年部门预算》，标题写明为2021年，本项要求2023年的") in text
    assert "第7行《2022年部门预算》" not in text


def test_manual_answers_with_note_and_link_in_full(tmp_path):
    result = sample_result()
    link = "http://www.example.gov.cn/art/2024/1/20/art_1234_567890.html"
    result.checks[1].answer = {"result": "pass", "evidence": f"曲财预〔2023〕5号批复，公开页面 {link}", "by": "张三",
                               "date": "2024-01-20", "note": "已按市财政局统一格式公开全部八张表"}
    text = text_of(write(result, tmp_path)[1])
    assert (f"经人工核查，“按财政统一格式公开”符合要求（说明：已按市财政局统一格式公开全部八张表；佐证材料：曲财预〔2023〕5号批复，"
            f"公开页面 {link}；核查人：张三，2024年1月20日）。") in text


def test_cn_helpers():
    assert [rt.cn_number(n) for n in (1, 10, 12, 20, 23)] == ["一", "十", "十二", "二十", "二十三"]
    assert rt.self_name("曲阜市交通运输局") == "我局" and rt.self_name("某区人民政府") == "我单位"
    assert rt.clean("a\x00b\x1fc\nd") == "abc d"
