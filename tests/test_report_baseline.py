"""Reports in batch and baseline runs: 按文件汇总 sheet and 整改情况 in the ledger and the Word report."""
from __future__ import annotations

import datetime as dt

import docx
import openpyxl

from govopen_cli.api import CheckRequest, check
from govopen_cli.writers import docx as docx_writer
from govopen_cli.writers import xlsx as xlsx_writer
from tests.helpers import docx_text
from tests.test_ci_outputs import good_row, write_catalog

AS_OF = dt.date(2024, 1, 31)


def test_batch_workbook_has_a_per_file_sheet(tmp_path):
    folder = tmp_path / "depts"
    folder.mkdir()
    bad_docno = good_row(2)
    bad_docno[6] = "曲交发[2023]2号"
    write_catalog(folder / "a.xlsx", [good_row(1), bad_docno])
    write_catalog(folder / "b.xlsx", [good_row(1)])
    (folder / "c.xlsx").write_bytes(b"broken")
    result = check(CheckRequest(paths=[str(folder)], as_of=AS_OF))
    path = tmp_path / "r.xlsx"
    xlsx_writer.write(result, str(path))
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[:2] == ["汇总", "按文件汇总"]
    sheet = workbook["按文件汇总"]
    header = [c.value for c in sheet[1]]
    assert header == ["序号", "文件", "类型", "行数", "不通过检查", "错误", "警告", "提示", "结果", "说明"]
    rows = {r[1].value.rsplit("/", 1)[-1]: [c.value for c in r] for r in sheet.iter_rows(min_row=2) if r[1].value}
    assert rows["a.xlsx"][3:9] == [2, 1, 1, 0, 0, "不通过"]
    assert rows["b.xlsx"][8] == "通过"
    assert rows["c.xlsx"][8] == "无法读取" and "无法作为表格文件打开" in rows["c.xlsx"][9]


def test_single_file_workbook_has_no_per_file_sheet(tmp_path):
    result = check(CheckRequest(paths=[write_catalog(tmp_path / "a.xlsx", [good_row(1)])], as_of=AS_OF))
    path = tmp_path / "r.xlsx"
    xlsx_writer.write(result, str(path))
    assert "按文件汇总" not in openpyxl.load_workbook(path).sheetnames


def test_rectification_progress_in_ledger_and_word_report(tmp_path):
    rows = [good_row(1), good_row(2), good_row(3)]
    rows[1][6] = "曲交发[2023]2号"
    rows[2][6] = "曲交发[2023]3号"
    rows[0][2] = ""
    path = write_catalog(tmp_path / "目录.xlsx", rows)
    old = tmp_path / "old.json"
    old.write_text(check(CheckRequest(paths=[path], as_of=AS_OF)).to_json(), encoding="utf-8")
    rows[2][6] = "曲交发〔2023〕3号"  # one 文号 fixed, one still open
    rows[0][2] = "已补全"  # the only 内容概述 problem fixed
    new = good_row(4)
    new[6] = "曲交发〔2023〕04号"  # a new 文号 problem
    write_catalog(tmp_path / "目录.xlsx", rows + [new])
    result = check(CheckRequest(paths=[path], as_of=AS_OF, baseline_path=str(old)))

    xlsx_path = tmp_path / "r.xlsx"
    xlsx_writer.write(result, str(xlsx_path))
    ledger = openpyxl.load_workbook(xlsx_path)["整改台账"]
    header = [c.value for c in ledger[1]]
    by_check = {r[header.index("检查项编号")].value: r for r in ledger.iter_rows(min_row=2) if r[1].value}
    docno = by_check["B.docno"]
    assert docno[header.index("整改情况")].value == "较上次自查，已整改1处，仍未整改1处，新增1处"
    assert docno[header.index("整改状态")].value == "未整改"
    required = by_check["B.required"]
    assert required[header.index("整改状态")].value == "已整改"
    assert required[header.index("整改情况")].value == "较上次自查，已全部整改（1处）"

    docx_path = tmp_path / "r.docx"
    docx_writer.write(result, str(docx_path))
    text = docx_text(docx_path)
    assert "整改情况：较上次自查，已整改1处，仍未整改1处，新增1处。" in text
    assert "与上次自查相比，新发现问题1处，仍未整改1处，已整改2处。" in text
