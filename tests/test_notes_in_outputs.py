"""What a check set aside (archival posts, reposts) or could not judge (an ambiguous date column) is
told row by row in the terminal table, the Word report and the workbook — finished Chinese sentences
with row numbers, the file by its name, never a path; and 检查明细 names files, never their paths."""
from __future__ import annotations

import datetime as dt

from docx import Document
from openpyxl import load_workbook

from govopen_cli.api import CheckRequest, check
from govopen_cli.writers import docx as docx_writer
from govopen_cli.writers import xlsx as xlsx_writer
from govopen_cli.writers.table import render
from tests.helpers import docx_text, write_xlsx
from tests.test_report_xlsx import table

AS_OF = dt.date(2016, 1, 31)
HEADER = ["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期", "文号", "来源"]
AGENCY = "曲阜市交通运输局"
ARCHIVAL = ("发布日期 2015-06-01 晚于公开期限 2005-03-29，但生成日期 2005-03-01 早于 2008-05-01，"
            "属历史文件补录，不计为超期")
REPOST = ("发布日期 2015-06-01 晚于公开期限 2015-02-02，但来源为“济宁市交通运输局”，与发布机构“曲阜市交通运输局”不同，"
          "属转载，不计为超期")
# The same in the Word report's own style: dates as 2015年6月1日, no spaces between Chinese and figures.
ARCHIVAL_IN_REPORT = ("发布日期2015年6月1日晚于公开期限2005年3月29日，但生成日期2005年3月1日早于2008年5月1日，"
                      "属历史文件补录，不计为超期")
REPOST_IN_REPORT = ("发布日期2015年6月1日晚于公开期限2015年2月2日，但来源为“济宁市交通运输局”，与发布机构“曲阜市交通运输局”不同，"
                    "属转载，不计为超期")


def _rows(late_own: bool = False):
    rows = [["11370881004341590W/2015-00001", "2005年的规范性文件", "概述", AGENCY, "2005-03-01", "2015-06-01", "曲交发〔2005〕1号", ""],
            ["11370881004341590W/2015-00002", "转载的通知", "概述", AGENCY, "2015-01-05", "2015-06-01", "", "济宁市交通运输局"],
            ["11370881004341590W/2015-00003", "及时的通知", "概述", AGENCY, "2015-05-20", "2015-06-01", "曲交发〔2015〕3号", ""]]
    if late_own:
        rows.append(["11370881004341590W/2015-00004", "迟发的通知", "概述", AGENCY, "2015-01-05", "2015-06-01", "曲交发〔2015〕4号", ""])
    return rows


def _run(tmp_path, late_own=False):
    path = write_xlsx(tmp_path / "目录.xlsx", {"公开目录": [HEADER] + _rows(late_own)})
    return check(CheckRequest(paths=[str(path)], as_of=AS_OF))


def _timeliness(result):
    return next(c for c in result.checks if c.id == "B.timeliness")


def _details_row(path, check_id):
    return next(row for row in table(load_workbook(str(path))["检查明细"]) if row["检查项编号"] == check_id)


def test_the_table_tells_each_set_aside_row_and_why(tmp_path):
    result = _run(tmp_path, late_own=True)
    assert _timeliness(result).status == "fail"  # the notes are told on a failure too
    text = render(result, width=None)
    block = text[text.index("B.timeliness"):text.index("B.docno")]
    assert "以下 2 处不计为问题：" in block
    assert f"第 2 行：{ARCHIVAL}。" in block and f"第 3 行：{REPOST}。" in block
    assert "公开目录!F5" in block  # the late row of its own is a finding
    assert str(tmp_path) not in block


def test_a_pass_says_how_many_and_the_table_lists_them_once(tmp_path):
    result = _run(tmp_path)
    timeliness = _timeliness(result)
    assert timeliness.status == "pass" and timeliness.note == "2 处不计为问题"
    block = render(result, width=None).split("B.timeliness", 1)[1].split("B.docno", 1)[0]
    assert block.count(ARCHIVAL) == 1 and "2 处不计为问题\n" not in block


def test_the_word_report_names_the_rows_and_reasons(tmp_path):
    result = _run(tmp_path)
    path = tmp_path / "自查报告.docx"
    docx_writer.write(result, str(path))
    text = docx_text(Document(str(path)))
    expected = (f"“自生成之日起20个工作日内公开”有2处不计为问题：第2行，{ARCHIVAL_IN_REPORT}；第3行，{REPOST_IN_REPORT}。")
    assert expected in text
    assert str(tmp_path) not in text


def test_the_workbook_lists_every_set_aside_row_and_names_files_not_paths(tmp_path):
    result = _run(tmp_path)
    path = tmp_path / "自查报告.xlsx"
    xlsx_writer.write(result, str(path))
    workbook = load_workbook(str(path))
    explained = _details_row(path, "B.timeliness")["说明"]
    assert explained.split("\n") == ["以下 2 处不计为问题：", f"第 2 行：{ARCHIVAL}。", f"第 3 行：{REPOST}。"]
    assert workbook.sheetnames == ["汇总", "检查明细", "问题清单", "不计为问题", "整改台账", "人工核查"]
    rows = table(workbook["不计为问题"])
    assert [(row["检查项编号"], row["行号"], row["说明"]) for row in rows] == [
        ("B.timeliness", 2, ARCHIVAL + "。"), ("B.timeliness", 3, REPOST + "。")]
    assert "文件" not in rows[0]  # one input: no file column
    # A missing column's note names the file and sheet, not the folder the file sits in.
    assert _details_row(path, "B.disclosure-mode")["说明"] == "目录.xlsx“公开目录”工作表缺少字段：公开方式"
    details = workbook["检查明细"]
    assert not [cell.value for row in details.iter_rows() for cell in row
                if isinstance(cell.value, str) and str(tmp_path) in cell.value]


def test_a_workbook_without_set_aside_rows_has_no_notes_sheet(tmp_path):
    path = write_xlsx(tmp_path / "目录.xlsx", {"公开目录": [HEADER] + _rows()[2:]})
    result = check(CheckRequest(paths=[str(path)], as_of=AS_OF))
    xlsx_writer.write(result, str(tmp_path / "自查报告.xlsx"))
    assert "不计为问题" not in load_workbook(str(tmp_path / "自查报告.xlsx")).sheetnames


def test_in_a_batch_each_note_names_its_file(tmp_path):
    folder = tmp_path / "各科室"
    folder.mkdir()
    write_xlsx(folder / "办公室.xlsx", {"公开目录": [HEADER] + _rows()[:1]})
    write_xlsx(folder / "运输科.xlsx", {"公开目录": [HEADER] + _rows()[1:2]})
    result = check(CheckRequest(paths=[str(folder)], as_of=AS_OF))
    block = render(result, width=None).split("B.timeliness", 1)[1].split("B.docno", 1)[0]
    assert f"办公室.xlsx 第 2 行：{ARCHIVAL}。" in block and f"运输科.xlsx 第 2 行：{REPOST}。" in block
    path = tmp_path / "自查报告.xlsx"
    xlsx_writer.write(result, str(path))
    rows = table(load_workbook(str(path))["不计为问题"])
    assert [(row["文件"], row["行号"]) for row in rows] == [("办公室.xlsx", 2), ("运输科.xlsx", 2)]
    assert str(folder) not in _details_row(path, "B.timeliness")["说明"]
    assert str(folder) not in _details_row(path, "B.disclosure-mode")["说明"]
    # Officers' sheets name files, never the folder they sit in (问题清单 keeps the location to open).
    workbook = load_workbook(str(path))
    for name in ("汇总", "按文件汇总", "检查明细", "不计为问题", "整改台账"):
        assert not [cell.value for row in workbook[name].iter_rows() for cell in row
                    if isinstance(cell.value, str) and str(tmp_path) in cell.value], name
    assert [row[1].value for row in workbook["按文件汇总"].iter_rows(min_row=2) if row[1].value] == ["办公室.xlsx", "运输科.xlsx"]
    docx_writer.write(result, str(tmp_path / "自查报告.docx"))
    text = docx_text(Document(str(tmp_path / "自查报告.docx")))
    assert f"办公室.xlsx第2行，{ARCHIVAL_IN_REPORT}" in text and str(folder) not in text


def test_an_input_not_judged_is_told_once(tmp_path):
    header = ["索引号", "信息名称", "内容概述", "发布机构", "发文日期"]
    path = write_xlsx(tmp_path / "目录.xlsx", {"公开目录": [header, ["A-1", "通知", "概述", "某局", "2023-06-01"]]})
    result = check(CheckRequest(paths=[str(path)], as_of=dt.date(2024, 1, 31)))
    block = render(result, width=None).split("B.timeliness", 1)[1].split("B.docno", 1)[0]
    assert block.count("“发文日期”列不能确定是否为发布日期，本表未作判断") == 1
    assert "以下情况未作判断：" in block
    xlsx_writer.write(result, str(tmp_path / "自查报告.xlsx"))
    explained = _details_row(tmp_path / "自查报告.xlsx", "B.timeliness")["说明"]
    assert explained == "以下情况未作判断：\n“发文日期”列不能确定是否为发布日期，本表未作判断。"


def test_in_a_batch_a_table_not_judged_is_told_in_the_report(tmp_path):
    folder = tmp_path / "各科室"
    folder.mkdir()
    write_xlsx(folder / "办公室.xlsx", {"公开目录": [HEADER] + _rows()[2:]})
    header = ["索引号", "信息名称", "内容概述", "发布机构", "发文日期"]
    write_xlsx(folder / "运输科.xlsx", {"公开目录": [header, ["A-1", "通知", "概述", AGENCY, "2015-06-01"]]})
    result = check(CheckRequest(paths=[str(folder)], as_of=AS_OF))
    assert _timeliness(result).status == "pass"
    docx_writer.write(result, str(tmp_path / "自查报告.docx"))
    text = docx_text(Document(str(tmp_path / "自查报告.docx")))
    assert ("“自生成之日起20个工作日内公开”有1个表格未作判断：运输科.xlsx，“发文日期”列不能确定是否为发布日期，"
            "本表未作判断。") in text


def test_files_of_the_same_name_are_told_apart_by_their_folder(tmp_path):
    folder = tmp_path / "各科室"
    (folder / "办公室").mkdir(parents=True)
    (folder / "运输科").mkdir()
    write_xlsx(folder / "办公室" / "目录.xlsx", {"公开目录": [HEADER] + _rows()[:1]})
    write_xlsx(folder / "运输科" / "目录.xlsx", {"公开目录": [HEADER] + _rows()[1:2]})
    result = check(CheckRequest(paths=[str(folder)], as_of=AS_OF))
    block = render(result, width=None).split("B.timeliness", 1)[1].split("B.docno", 1)[0]
    assert f"办公室/目录.xlsx 第 2 行：{ARCHIVAL}。" in block and f"运输科/目录.xlsx 第 2 行：{REPOST}。" in block
    path = tmp_path / "自查报告.xlsx"
    xlsx_writer.write(result, str(path))
    rows = table(load_workbook(str(path))["不计为问题"])
    assert [(row["文件"], row["行号"]) for row in rows] == [("办公室/目录.xlsx", 2), ("运输科/目录.xlsx", 2)]
    explained = _details_row(path, "B.disclosure-mode")["说明"]
    assert "办公室/目录.xlsx“公开目录”工作表缺少字段：公开方式" in explained and str(tmp_path) not in explained


def test_a_report_from_a_saved_result_lists_the_set_aside_rows(tmp_path):
    from click.testing import CliRunner

    from govopen_cli.cli import cli

    path = write_xlsx(tmp_path / "目录.xlsx", {"公开目录": [HEADER] + _rows()})
    runner = CliRunner()
    saved = tmp_path / "结果.json"
    outcome = runner.invoke(cli, ["check", str(path), "--as-of", AS_OF.isoformat(), "--format", "json", "-o", str(saved)])
    assert outcome.exit_code == 0, outcome.output
    workbook = tmp_path / "报告.xlsx"
    outcome = runner.invoke(cli, ["report", str(saved), "--xlsx", str(workbook)])
    assert outcome.exit_code == 0, outcome.output
    rows = table(load_workbook(str(workbook))["不计为问题"])
    assert [(row["行号"], row["说明"]) for row in rows] == [(2, ARCHIVAL + "。"), (3, REPOST + "。")]
