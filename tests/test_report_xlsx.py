"""The Excel workbook: sheets, frozen headers, filters, widths, fills, dropdowns, real dates, every
finding in 问题清单, inert untrusted values, and the 人工核查 round trip through --answers."""
from __future__ import annotations

import datetime as dt
import re
import zipfile

import pytest
from openpyxl import load_workbook

from govopen_cli.answers import load_answers
from govopen_cli.checklist.model import Check, Checklist, Task
from govopen_cli.errors import InputError
from govopen_cli.result import Finding
from govopen_cli.writers import xlsx as xlsx_writer
from tests.test_report_docx import AGENCY, HOSTILE, sample_result


def write(result, tmp_path, name="自查报告.xlsx"):
    path = tmp_path / name
    xlsx_writer.write(result, str(path))
    return path, load_workbook(str(path))


def header_row(ws) -> int:
    for row in ws.iter_rows(min_row=1, max_row=10):
        values = [cell.value for cell in row]
        if values[0] in ("序号", "类别"):
            return row[0].row
    raise AssertionError(f"no header in {ws.title}")


def table(ws) -> list[dict]:
    top = header_row(ws)
    headers = [cell.value for cell in ws[top]]
    rows = []
    for row in ws.iter_rows(min_row=top + 1, values_only=True):
        if row[0] is None or row[0] == "":
            break
        rows.append(dict(zip(headers, row)))
    return rows


@pytest.fixture
def workbook(tmp_path):
    return write(sample_result(), tmp_path)


def test_sheets_frozen_headers_and_filters(workbook):
    _, wb = workbook
    assert wb.sheetnames == ["汇总", "检查明细", "问题清单", "整改台账", "人工核查"]
    for ws in wb:
        top = header_row(ws)
        assert ws.freeze_panes == f"A{top + 1}", ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith(f"A{top}:"), ws.title
        assert all(cell.font.b for cell in ws[top] if cell.value), ws.title


def test_column_widths_fit_chinese_text(workbook):
    _, wb = workbook
    ws = wb["检查明细"]
    headers = {cell.value: cell.column_letter for cell in ws[1]}
    # “目录法定要素完整（索引号、信息名称、内容概述、生成日期）”: 29 CJK characters, capped at 40.
    assert ws.column_dimensions[headers["检查项"]].width == 40
    assert ws.column_dimensions[headers["检查项编号"]].width >= len("B.required") + 2
    assert ws.column_dimensions[headers["序号"]].width >= 6  # “序号” is two CJK characters: width 4 + padding


def test_summary_per_task_and_unit(workbook):
    _, wb = workbook
    rows = table(wb["汇总"])
    tasks = {row["名称"]: row for row in rows if row["类别"] == "任务"}
    assert tasks["推进财政资金信息公开"]["检查项"] == 2 and tasks["推进财政资金信息公开"]["通过"] == 2
    assert tasks["政府信息公开目录规范"]["不通过"] == 2 and tasks["政府信息公开目录规范"]["问题数"] == 8
    units = {row["名称"]: row for row in rows if row["类别"] == "责任单位"}
    assert set(units) == {"局财务科", "局办公室"}  # checks without units fall to the office
    total = [row for row in rows if row["类别"] == "合计"][0]
    assert total["检查项"] == 8 and total["问题数"] == 8 and total["结果"] == "不通过"
    ws = wb["汇总"]
    labels = {ws.cell(row, 1).value: ws.cell(row, 3).value for row in range(1, ws.max_row + 1)}
    assert labels["单位名称"] == AGENCY
    assert labels["检查日期"] == dt.datetime(2024, 1, 31)
    assert labels["整改期限"] == dt.datetime(2024, 3, 1)


def test_details_every_check_with_status_fill(workbook):
    _, wb = workbook
    ws = wb["检查明细"]
    rows = table(ws)
    assert [row["检查项编号"] for row in rows] == ["T1.1", "T1.2", "T2.1", "T2.2", "B.required", "B.docno", "B.apps", "B.columns"]
    by_id = {row["检查项编号"]: row for row in rows}
    assert by_id["T1.1"]["检查方式"] == "是否公开" and by_id["T1.2"]["检查方式"] == "人工核查"
    assert by_id["B.required"]["依据"] == "条例第十二条第二款" and by_id["T1.1"]["责任单位"] == "局财务科"
    assert by_id["T2.2"]["结果"] == "已豁免" and "培训已并入市级统一安排" in by_id["T2.2"]["说明"]
    status_column = [cell.column for cell in ws[1] if cell.value == "结果"][0]
    fills = {ws.cell(row, 4).value: ws.cell(row, status_column).fill.fgColor.rgb for row in range(2, ws.max_row + 1)}
    assert fills["B.required"].endswith("FFC7CE")  # red
    assert fills["T1.1"].endswith("C6EFCE")  # green
    assert fills["T2.1"].endswith("FFEB9C")  # amber


def test_every_finding_is_in_the_problem_list(tmp_path):
    result = sample_result(findings_per_check=300)
    _, wb = write(result, tmp_path)
    rows = table(wb["问题清单"])
    assert len(rows) == len(result.findings) == 600
    expected = {(f.check, f.file, f.sheet, f.row, f.cell, f.column) for f in result.findings}
    found = {(r["检查项编号"], r["文件"], r["工作表"], r["行号"], r["单元格"], r["列名"]) for r in rows}
    assert found == expected
    first = rows[0]
    assert first["严重程度"] == "错误" and first["问题说明"] == "内容概述为空" and first["索引号"] == "11370881004341590W/2023-00000"
    assert isinstance(first["行号"], int)


def test_untrusted_values_stay_text(workbook):
    path, wb = workbook
    ws = wb["问题清单"]
    value_column = [cell.column for cell in ws[1] if cell.value == "值"][0]
    cells = [ws.cell(row, value_column) for row in range(2, ws.max_row + 1)]
    hostile = [cell for cell in cells if cell.value == HOSTILE]
    assert hostile and all(cell.data_type == "s" and cell.quotePrefix for cell in hostile)
    assert "含控制字符的标题" in [cell.value for cell in cells]
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            data = package.read(name)
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in data and b"<f " not in data, name
                assert b"<hyperlink" not in data, name
            assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", data), name


def test_formula_like_starts_are_text(tmp_path):
    result = sample_result(findings_per_check=1)
    values = ["=1+1", "+86-537", "-5", "@SUM(A1)", "=cmd|' /C calc'!A0"]
    for value in values:
        result.findings.append(Finding("B.docno", "docno", "warning", value, value, value, 9, "H9", value, "文号", value))
    _, wb = write(result, tmp_path)
    ws = wb["问题清单"]
    seen = [cell for row in ws.iter_rows() for cell in row if cell.value in values]
    assert len(seen) >= len(values) * 4
    assert all(cell.data_type == "s" for cell in seen)


def test_ledger_dropdown_dates_and_fills(workbook):
    _, wb = workbook
    ws = wb["整改台账"]
    rows = table(ws)
    assert [row["检查项编号"] for row in rows] == ["B.required", "B.columns", "B.docno"]
    first = rows[0]
    assert first["整改措施"] == "逐条补全目录中缺失的法定要素" and first["责任单位"] == "局办公室"
    assert first["完成时限"] == dt.datetime(2024, 3, 1) and first["整改状态"] == "未整改"
    assert first["存在问题"] == "“目录法定要素完整”发现问题4处：第4、5、6行等4条内容概述为空。" and first["问题数"] == 4
    deadline_column = [cell.column for cell in ws[1] if cell.value == "完成时限"][0]
    assert ws.cell(2, deadline_column).number_format == "yyyy-mm-dd"
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert len(lists) == 1 and lists[0].formula1 == '"未整改,整改中,已整改"'
    state_column = [cell.column_letter for cell in ws[1] if cell.value == "整改状态"][0]
    assert str(lists[0].sqref) == f"{state_column}2:{state_column}4"
    rules = [rule for rng in ws.conditional_formatting for rule in rng.rules]
    assert sorted(rule.formula[0] for rule in rules) == sorted(['"未整改"', '"整改中"', '"已整改"'])


def test_manual_sheet_dropdown_and_prefilled_answers(workbook):
    _, wb = workbook
    ws = wb["人工核查"]
    assert "填写说明" in ws["A1"].value
    rows = table(ws)
    assert [row["检查项编号"] for row in rows] == ["T1.2", "T2.1", "T2.2"]
    answered = rows[0]
    assert answered["结论"] == "符合" and answered["佐证材料"] == "曲财预〔2023〕5号批复"
    assert answered["核查人"] == "张三" and answered["日期"] == dt.datetime(2024, 1, 20)
    assert rows[1]["核查指引"] == "查阅成立领导小组的通知" and rows[1]["结论"] is None
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert len(lists) == 1 and lists[0].formula1 == '"符合,不符合,不适用"'
    assert lists[0].showErrorMessage


def _checklist() -> Checklist:
    checks = (Check("T1.2", "按财政统一格式公开", task="T1", rule=None, manual="核对格式"),
              Check("T2.1", "成立政务公开工作领导小组", task="T2", rule=None, manual="查阅通知"),
              Check("T2.2", "开展政务公开培训", task="T2", rule=None, manual="查阅培训通知"),
              Check("T1.1", "公开年度部门预算", task="T1", rule="coverage"))
    tasks = (Task("T1", "推进财政资金信息公开", check_ids=("T1.1", "T1.2")), Task("T2", "制度建设", check_ids=("T2.1", "T2.2")))
    return Checklist("test-plan", "方案", tasks=tasks, checks=checks)


def test_filled_manual_sheet_round_trips_through_answers(workbook, tmp_path):
    path, wb = workbook
    ws = wb["人工核查"]
    top = header_row(ws)
    columns = {cell.value: cell.column for cell in ws[top]}
    ws.cell(top + 2, columns["结论"], "不符合")
    ws.cell(top + 2, columns["佐证材料"], "未见成立领导小组的文件")
    ws.cell(top + 2, columns["核查人"], "李四")
    ws.cell(top + 2, columns["日期"], dt.date(2024, 1, 22))
    ws.cell(top + 3, columns["结论"], "不适用")
    ws.cell(top + 3, columns["日期"], "2024年1月23日")
    filled = tmp_path / "已填写.xlsx"
    wb.save(filled)
    answers = load_answers(str(filled), _checklist())
    assert set(answers) == {"T1.2", "T2.1", "T2.2"}
    assert answers["T1.2"].result == "pass" and answers["T1.2"].evidence == "曲财预〔2023〕5号批复"
    assert answers["T1.2"].date == "2024-01-20"
    assert answers["T2.1"].result == "fail" and answers["T2.1"].by == "李四" and answers["T2.1"].date == "2024-01-22"
    assert answers["T2.2"].result == "n/a" and answers["T2.2"].date == "2024-01-23"
    assert "人工核查 第" in answers["T2.1"].origin


def test_answers_xlsx_errors_name_sheet_and_row(workbook, tmp_path):
    path, wb = workbook
    ws = wb["人工核查"]
    top = header_row(ws)
    columns = {cell.value: cell.column for cell in ws[top]}
    ws.cell(top + 2, columns["结论"], "差不多")
    bad = tmp_path / "错误.xlsx"
    wb.save(bad)
    with pytest.raises(InputError, match=r"人工核查 第 4 行.*result 应为"):
        load_answers(str(bad), _checklist())
    del wb["人工核查"]
    wb.save(bad)
    with pytest.raises(InputError, match="没有“人工核查”工作表"):
        load_answers(str(bad), _checklist())
    (tmp_path / "坏.xlsx").write_bytes(b"not a zip")
    with pytest.raises(InputError, match="无法作为 Excel 工作簿读取"):
        load_answers(str(tmp_path / "坏.xlsx"), _checklist())


def test_no_manual_checks_and_no_problems(tmp_path):
    result = sample_result()
    result.checks = [check for check in result.checks if check.status == "pass" and not check.manual]
    result.findings = []
    _, wb = write(result, tmp_path)
    assert table(wb["整改台账"]) == []
    assert wb["人工核查"].cell(3, 2).value == "本检查清单没有需要人工核查的检查项"


def test_large_result_is_streamed_and_still_inert(tmp_path):
    result = sample_result(findings_per_check=12_000)
    path = tmp_path / "大.xlsx"
    xlsx_writer.write(result, str(path))
    wb = load_workbook(str(path), read_only=True)
    ws = wb["问题清单"]
    assert sum(1 for _ in ws.iter_rows(values_only=True)) == 24_001
    hostile = [cell for row in ws.iter_rows(min_row=2, max_row=5) for cell in row if cell.value == HOSTILE]
    assert hostile and all(cell.data_type == "s" for cell in hostile)
    wb.close()
    with zipfile.ZipFile(path) as package:
        assert b"<f>" not in package.read("xl/worksheets/sheet3.xml")


def test_very_large_problem_list_is_bare_but_complete_and_inert(tmp_path, monkeypatch):
    """Past BARE_ABOVE findings the list has no wrapping or severity colours (faster to write);
    every finding is still there and hostile text is still text."""
    result = sample_result(findings_per_check=40)
    monkeypatch.setattr(xlsx_writer, "PLAIN_ABOVE", 10)
    monkeypatch.setattr(xlsx_writer, "BARE_ABOVE", 20)
    path = tmp_path / "大.xlsx"
    xlsx_writer.write(result, str(path))
    ws = load_workbook(str(path))["问题清单"]
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == len(result.findings)
    headers = [cell.value for cell in ws[1]]
    message, severity = rows[0][headers.index("问题说明")], rows[0][headers.index("严重程度")]
    assert message.value == result.findings[0].message and not message.alignment.wrap_text
    assert severity.value == "错误" and severity.fill.fgColor.rgb in (None, "00000000")
    hostile = [cell for row in rows for cell in row if cell.value == HOSTILE]
    assert hostile and all(cell.data_type == "s" and cell.quotePrefix for cell in hostile)


def _colour(font) -> str | None:
    rgb = font.color.rgb if font is not None and font.color is not None else None
    return rgb if isinstance(rgb, str) else None


@pytest.mark.parametrize("bare_above", [20, 10_000], ids=["bare", "plain"])
def test_long_problem_list_written_as_xml_equals_the_openpyxl_one(tmp_path, monkeypatch, bare_above):
    """A long list is written as sheet XML (xlsx_rows): the same values, types, styles (wrap,
    severity colours, quote prefixes) as openpyxl writes, the note row past Excel's row limit,
    and identical bytes twice."""
    from openpyxl import Workbook

    result = sample_result(findings_per_check=40)
    monkeypatch.setattr(xlsx_writer, "PLAIN_ABOVE", 10)
    monkeypatch.setattr(xlsx_writer, "BARE_ABOVE", bare_above)
    monkeypatch.setattr(xlsx_writer, "EXCEL_MAX_ROWS", 60)  # 58 rows fit, the rest is counted in a note
    fast, fast_again = tmp_path / "快.xlsx", tmp_path / "快2.xlsx"
    xlsx_writer.write(result, str(fast))
    xlsx_writer.write(result, str(fast_again))
    assert fast.read_bytes() == fast_again.read_bytes()
    monkeypatch.setattr(xlsx_writer, "SplicingWorkbook", lambda: Workbook(write_only=True))
    slow = tmp_path / "慢.xlsx"
    xlsx_writer.write(result, str(slow))

    def cells(path):
        ws = load_workbook(str(path))["问题清单"]
        # an empty value is no cell here and an empty (styled) string cell there: both read as None
        return [[(cell.value, cell.data_type, bool(cell.quotePrefix), bool(cell.alignment.wrap_text),
                  cell.fill.fgColor.rgb, _colour(cell.font), cell.font.name) if cell.value is not None else None
                 for cell in row] for row in ws.iter_rows()]

    fast_cells, slow_cells = cells(fast), cells(slow)
    assert fast_cells == slow_cells
    assert len(fast_cells) == 1 + 58 + 1 and str(fast_cells[-1][1][0]).startswith(f"……另有 {len(result.findings) - 58} 处")
    assert any(cell and cell[0] == HOSTILE and cell[2] for row in fast_cells for cell in row)
    wrapped = any(cell and cell[3] and not cell[2] for row in fast_cells[1:] for cell in row)
    assert wrapped == (bare_above == 10_000)  # the plain list keeps wrapping and colours, the bare one not
    with zipfile.ZipFile(fast) as package:
        sheet = package.read("xl/worksheets/sheet3.xml").decode("utf-8")
    assert "<f>" not in sheet and sheet.count("<row ") == 60 and '<autoFilter ref="A1:N59"/>' in sheet
    assert '<dimension ref="A1:N60"/><sheetViews>' in sheet  # readers size the sheet without parsing it
