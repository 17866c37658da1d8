"""`govopen check … --docx --xlsx`, `govopen report RESULT.json`, `govopen init`: end to end on a
catalog generated here (headers, layout and defects not seen elsewhere), the 人工核查 round trip,
atomic writes and clear exit-2 messages for bad report paths."""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import zipfile

import pytest
from click.testing import CliRunner
from docx import Document
from openpyxl import Workbook, load_workbook

from govopen_cli.cli import cli
from govopen_cli.config import load_config
from govopen_cli.writers import docx as docx_writer
from govopen_cli.writers import report_text as rt
from tests.helpers import docx_text

AS_OF = "2024-01-31"
PREFIX = "11370881004341590W"
CHECKLIST = """\
id: test-report
title: 某某市某某局2023年度政务公开工作要点
source: 某政办发〔2023〕1号
extends: national-baseline
period: {year: 2023}
tasks:
  - id: T1
    title: 推进财政资金信息公开
    units: [局财务科]
    source: 二、（一）
    checks:
      - id: T1.1
        title: 公开年度部门预算
        rule: coverage
        where: {field: 信息名称, matches: 部门预算}
        min: 1
        remedy: 在规定时间内公开部门预算
      - id: T1.2
        title: 按财政统一格式公开
        manual: 对照市财政局统一格式逐项核对预决算公开表格
  - id: T2
    title: 加强政务公开制度建设
    units: [局办公室]
    source: 二、（二）
    checks:
      - id: T2.1
        title: 成立政务公开工作领导小组
        manual: 查阅成立领导小组的通知
next_steps:
  - 健全政务公开工作机制，定期研究部署
"""


def make_catalog(path, rows: int = 1500, seed: int = 7) -> None:
    """A catalog export as a CMS might produce it: a title row, a blank row, aliased headers, dates
    as date cells and as text, and defects sprinkled in (some values formula-like)."""
    rng = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "信息公开目录"
    ws.append(["某某市某某局政府信息公开目录（2023年）"])
    ws.append([])
    ws.append(["序号", "索取号", "标题", "摘要", "发文机关", "成文日期", "公开日期", "发文字号", "公开属性", "不予公开理由"])
    start = dt.date(2023, 1, 3)
    for number in range(1, rows + 1):
        made = start + dt.timedelta(days=(number * 97) % 340)
        published = made + dt.timedelta(days=rng.randint(0, 10))
        title = f"关于做好2023年第{number}项交通运输工作的通知"
        if number == 3:
            title = "2023年部门预算公开"
        summary = f"第{number}项工作安排"
        docno = f"某交发〔2023〕{number}号"
        mode = "主动公开"
        if number % 97 == 0:
            summary = ""
        if number % 113 == 0:
            docno = f"某交发[2023]{number}号"
        if number == 50:
            title = '=HYPERLINK("http://evil.example","联系人13812345678")'
        if number == 51:
            docno = "+86 537 4412345"
        if number == 52:
            summary = "-负责人手机13912345678"
        ws.append([number, f"{PREFIX}/2023-{number:05d}", title, summary, "某某市某某局",
                   made if number % 5 else made.strftime("%Y年%m月%d日"), published, docno, mode, ""])
    wb.save(path)


def run(*args):
    runner = CliRunner()
    result = runner.invoke(cli, [str(arg) for arg in args], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def catalog(tmp_path):
    path = tmp_path / "某某市某某局-目录.xlsx"
    make_catalog(path)
    return path


@pytest.fixture
def checklist(tmp_path):
    path = tmp_path / "清单.yaml"
    path.write_text(CHECKLIST, encoding="utf-8")
    return path


def estimated_pages(path) -> float:
    document = Document(str(path))
    lines = sum(rt.lines_of(p.text) for p in document.paragraphs if p.text)
    rows = sum(len(table.rows) for table in document.tables)  # 五号 rows: about two to a body line
    return (lines + rows / 2) / rt.PAGE_LINES


def test_check_writes_both_reports_in_one_run(tmp_path, catalog, checklist):
    docx_path, xlsx_path, json_path = tmp_path / "自查报告.docx", tmp_path / "自查报告.xlsx", tmp_path / "结果.json"
    code, output = run("check", catalog, "-c", checklist, "--as-of", AS_OF, "--docx", docx_path, "--xlsx", xlsx_path,
                       "--output-json", json_path, "--agency", "某某市某某局", "--leader", "局长王五", "--contact", "赵六")
    assert code == 1, output
    assert "已写出自查报告" in output and "已写出自查工作簿" in output
    result = json.loads(json_path.read_text(encoding="utf-8"))
    assert result["agency"]["name"] == "某某市某某局"
    text = docx_text(docx_path)
    assert Document(str(docx_path)).paragraphs[0].text.replace("\n", "") == "某某市某某局2023年度政务公开自查报告"
    assert "按照《某某市某某局2023年度政务公开工作要点》（某政办发〔2023〕1号）要求" in text
    assert "1500条" in text and "成立了由局长王五任组长的政务公开工作领导小组" in text
    assert "1.健全政务公开工作机制，定期研究部署。" in text  # next_steps from the checklist
    assert "（联系人：赵六）" in text
    assert 2 <= estimated_pages(docx_path) <= 8

    wb = load_workbook(str(xlsx_path))
    problems = list(wb["问题清单"].iter_rows(min_row=2, values_only=True))
    assert len(problems) == len(result["findings"]) > 10
    expected = {(f["check"], f["row"], f["cell"]) for f in result["findings"]}
    assert {(row[1], row[9], row[10]) for row in problems} == expected
    # A catalog value that looks like a formula is text in our workbook.
    hostile = [cell for row in wb["问题清单"].iter_rows(min_row=2) for cell in row
               if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-"))]
    assert hostile and all(cell.data_type == "s" for cell in hostile)



def test_a_long_problem_list_says_why_the_workbook_takes_time(tmp_path, catalog, checklist, monkeypatch):
    import govopen_cli.cli as cli_module

    monkeypatch.setattr(cli_module, "MANY_FINDINGS", 5)
    code, output = run("check", catalog, "-c", checklist, "--as-of", AS_OF, "--xlsx", tmp_path / "a.xlsx")
    assert code == 1
    count = len(load_workbook(str(tmp_path / "a.xlsx"))["问题清单"]["A"]) - 1
    assert f"正在写出工作簿：问题清单共 {count:,} 行，约需 1 秒……" in output
    monkeypatch.setattr(cli_module, "MANY_FINDINGS", 10**9)
    code, output = run("check", catalog, "-c", checklist, "--as-of", AS_OF, "--xlsx", tmp_path / "b.xlsx")
    assert "正在写出工作簿" not in output

def test_report_from_saved_json(tmp_path, catalog, checklist):
    json_path = tmp_path / "结果.json"
    code, _ = run("check", catalog, "-c", checklist, "--as-of", AS_OF, "--format", "json", "-o", json_path)
    assert code == 1
    docx_path, xlsx_path = tmp_path / "报告.docx", tmp_path / "报告.xlsx"
    code, output = run("report", json_path, "--docx", docx_path, "--xlsx", xlsx_path, "-c", checklist,
                       "--agency", "某某市某某局", "--report-date", "2024-02-02", "--deadline", "2024-03-31")
    assert code == 0, output
    text = docx_text(docx_path)
    assert "某某市某某局" in text and "2024年3月31日前完成" in text
    assert text.split("\n附件1\n")[0].rstrip().endswith("2024年2月2日")
    assert "健全政务公开工作机制" in text
    ledger = load_workbook(str(xlsx_path))["整改台账"]
    deadline_column = [cell.column for cell in ledger[1] if cell.value == "完成时限"][0]
    assert ledger.cell(2, deadline_column).value == dt.datetime(2024, 3, 31)


def test_report_without_checklist_still_writes(tmp_path, catalog):
    json_path = tmp_path / "结果.json"
    run("check", catalog, "--as-of", AS_OF, "--format", "json", "-o", json_path)
    code, output = run("report", json_path, "--docx", tmp_path / "r.docx")
    assert code == 0, output
    assert "未设置单位名称" in output
    assert "三、下一步工作安排" in docx_text(tmp_path / "r.docx")


@pytest.mark.parametrize("args, message", [
    (["--docx", "不存在的文件夹/报告.docx"], "所在文件夹不存在"),
    (["--xlsx", "不存在的文件夹/报告.xlsx"], "所在文件夹不存在"),
    (["--docx", "报告.doc"], "文件名应以 .docx 结尾"),
    (["--xlsx", "报告.xls"], "文件名应以 .xlsx 结尾"),
])
def test_bad_report_paths_exit_2_before_any_work(tmp_path, catalog, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, output = run("check", catalog, "--as-of", AS_OF, *args)
    assert code == 2 and message in output
    assert "Traceback" not in output


def test_report_path_that_is_a_folder(tmp_path, catalog):
    (tmp_path / "x.docx").mkdir()
    code, output = run("check", catalog, "--as-of", AS_OF, "--docx", tmp_path / "x.docx")
    assert code == 2 and "文件夹" in output


def test_locked_report_is_exit_2_and_keeps_the_old_file(tmp_path, catalog, monkeypatch):
    target = tmp_path / "自查报告.xlsx"
    target.write_bytes(b"old report")

    def locked(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    code, output = run("check", catalog, "--as-of", AS_OF, "--xlsx", target)
    assert code == 2 and "正在被 Excel/WPS/Word 打开" in output
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".govopen-")] == []


def test_failed_write_leaves_no_half_file(tmp_path, catalog, monkeypatch):
    target = tmp_path / "自查报告.docx"
    target.write_bytes(b"old report")

    def broken(self, stream):  # the document is saved to memory, then written beside the target
        stream.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("docx.document.Document.save", broken)
    code, output = run("check", catalog, "--as-of", AS_OF, "--docx", target)
    assert code == 2 and "写入失败" in output
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".govopen-")] == []


def test_report_errors(tmp_path):
    code, output = run("report", tmp_path / "无.json", "--docx", tmp_path / "a.docx")
    assert code == 2 and "文件不存在" in output
    bad = tmp_path / "坏.json"
    bad.write_text('{"schema": ', encoding="utf-8")
    code, output = run("report", bad, "--docx", tmp_path / "a.docx")
    assert code == 2 and "不是有效的 JSON" in output
    other = tmp_path / "别的.json"
    other.write_text('{"schema": "other/1"}', encoding="utf-8")
    code, output = run("report", other, "--docx", tmp_path / "a.docx")
    assert code == 2 and "不是 govopen 检查结果" in output
    code, output = run("report", other)
    assert code == 2 and "--docx" in output


def test_init_writes_a_commented_config_that_loads(tmp_path, monkeypatch, catalog):
    monkeypatch.chdir(tmp_path)
    code, output = run("init")
    assert code == 0 and "govopen.yaml" in output
    text = (tmp_path / "govopen.yaml").read_text(encoding="utf-8")
    assert "# 单位全称" in text and "leader:" in text and "deadline" in text
    config = load_config("govopen.yaml")
    assert config.checklist == "national-baseline"
    code, output = run("init")
    assert code == 2 and "已存在" in output
    filled = text.replace("  name:  ", "  name: 某某市某某局  ").replace("  # deadline: 2024-03-31", "  deadline: 2024-04-15")
    (tmp_path / "govopen.yaml").write_text(filled, encoding="utf-8")
    config = load_config("govopen.yaml")
    assert config.agency["name"] == "某某市某某局" and config.agency["deadline"] == "2024-04-15"
    code, output = run("check", catalog, "--as-of", AS_OF, "--docx", "r.docx")
    assert code == 1, output
    text = docx_text(tmp_path / "r.docx")
    assert text.startswith("某某市某某局") and "2024年4月15日前完成" in text
    code, _ = run("init", "--force")
    assert code == 0 and "  name:  " in (tmp_path / "govopen.yaml").read_text(encoding="utf-8")


def test_options_override_config(tmp_path, monkeypatch, catalog):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "govopen.yaml").write_text("agency: {name: 配置中的单位, date: 2024-02-01}\n", encoding="utf-8")
    code, _ = run("check", catalog, "--as-of", AS_OF, "--docx", "r.docx", "--agency", "命令行的单位")
    text = docx_text(tmp_path / "r.docx")
    assert text.startswith("命令行的单位") and text.split("\n附件1\n")[0].rstrip().endswith("2024年2月1日")


def test_manual_answers_round_trip_through_the_workbook(tmp_path, catalog, checklist):
    first = tmp_path / "第一次.xlsx"
    code, _ = run("check", catalog, "-c", checklist, "--as-of", AS_OF, "--xlsx", first)
    wb = load_workbook(str(first))
    ws = wb["人工核查"]
    columns = {cell.value: cell.column for cell in ws[2]}
    rows = {ws.cell(row, columns["检查项编号"]).value: row for row in range(3, ws.max_row + 1)}
    assert set(rows) == {"T1.2", "T2.1"}
    ws.cell(rows["T1.2"], columns["结论"], "符合")
    ws.cell(rows["T1.2"], columns["佐证材料"], "某财预〔2023〕8号批复及公开页面截图")
    ws.cell(rows["T1.2"], columns["核查人"], "张三")
    ws.cell(rows["T1.2"], columns["日期"], dt.date(2024, 1, 25))
    ws.cell(rows["T2.1"], columns["结论"], "不符合")
    ws.cell(rows["T2.1"], columns["佐证材料"], "未印发成立领导小组的通知")
    wb.save(first)

    json_path, docx_path, second = tmp_path / "r.json", tmp_path / "r.docx", tmp_path / "第二次.xlsx"
    code, output = run("check", catalog, "-c", checklist, "--as-of", AS_OF, "--answers", first, "--docx", docx_path,
                       "--xlsx", second, "--output-json", json_path)
    assert code == 1, output
    checks = {check["id"]: check for check in json.loads(json_path.read_text(encoding="utf-8"))["checks"]}
    assert checks["T1.2"]["status"] == "pass" and checks["T1.2"]["answer"]["evidence"].startswith("某财预")
    assert checks["T1.2"]["answer"]["date"] == "2024-01-25"
    assert checks["T2.1"]["status"] == "fail"
    text = docx_text(docx_path)
    assert "“按财政统一格式公开”符合要求（佐证材料：某财预〔2023〕8号批复及公开页面截图；核查人：张三，2024年1月25日）" in text
    assert "经人工核查，“成立政务公开工作领导小组”不符合要求（核查意见：未印发成立领导小组的通知" in text
    # The next workbook carries the answers forward, so the officer never types them twice.
    again = load_workbook(str(second))["人工核查"]
    values = {row[1]: row for row in again.iter_rows(min_row=3, values_only=True)}
    assert values["T1.2"][7] == "符合" and values["T2.1"][7] == "不符合"


def test_csv_control_characters_are_removed(tmp_path):
    path = tmp_path / "目录.csv"
    lines = ["索引号,信息名称,内容概述,发布机构,生成日期,发布日期,文号"]
    for number in range(1, 30):
        docno = f"某交发[2023]\x07{number}号" if number == 5 else f"某交发〔2023〕{number}号"
        lines.append(f"{PREFIX}/2023-{number:05d},通知{number}\x0b,概述{number},某局,2023-03-01,2023-03-02,{docno}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, output = run("check", path, "--as-of", AS_OF, "--docx", tmp_path / "r.docx", "--xlsx", tmp_path / "r.xlsx")
    assert code in (0, 1), output
    for name in ("r.docx", "r.xlsx"):
        with zipfile.ZipFile(tmp_path / name) as package:
            for part in package.namelist():
                if part.endswith((".xml", ".rels")):
                    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", package.read(part)), (name, part)
    values = [row[12] for row in load_workbook(str(tmp_path / "r.xlsx"))["问题清单"].iter_rows(min_row=2, values_only=True)]
    assert "某交发[2023]5号" in values  # the finding is there, its BEL character gone
    assert "某交发[2023]5号" in docx_text(tmp_path / "r.docx")
