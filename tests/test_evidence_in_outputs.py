"""The rows an item check rests on (`evidence`) reach every output an officer reads: the terminal
table names the first rows found and every row set aside with its reason, the Word report names the
set-aside rows in place of the rule's bare count, and 检查明细 says the same — on the shipped Qufu
sample of real titles, where a 2021 决算 and a 2022 年度报告 are published instead of the due ones."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from openpyxl import load_workbook

from govopen_cli.api import CheckRequest, check
from govopen_cli.writers import docx as docx_writer
from govopen_cli.writers import xlsx as xlsx_writer
from govopen_cli.writers.table import SHOWN_PER_CHECK, render
from tests.helpers import docx_text, write_xlsx
from tests.test_report_xlsx import table

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "曲阜市交通运输局-真实标题目录-2023-不合格.xlsx"
AS_OF = dt.date(2024, 1, 31)
FINAL_ACCOUNTS_2021 = "第 17 行《2021年度曲阜市交通运输局部门决算》：标题写明为2021年，本项要求2022年的。"
REPORT_2022 = "第 3 行《曲阜市交通运输局2022年政府信息公开工作年度报告》：标题写明为2022年，本项要求2023年的。"


def _sample_result():
    return check(CheckRequest(paths=[str(SAMPLE)], checklist="qufu-transport-2023", as_of=AS_OF))


def _block(text: str, check_id: str) -> str:
    """The lines of one check in the terminal table, up to the next check or task."""
    start = text.index(f"] {check_id} ")
    following = re.search(r"\n  \[|\n【", text[start:])
    return text[start:start + following.start()] if following else text[start:]


def test_the_table_names_found_and_set_aside_rows():
    text = render(_sample_result(), width=None)
    assert "已找到：第 5 行《2023年度曲阜市交通运输局部门预算公开说明》" in _block(text, "T2.1")
    final_accounts = _block(text, "T2.3")
    assert f"未计入：{FINAL_ACCOUNTS_2021}" in final_accounts and "已找到" not in final_accounts
    assert f"未计入：{REPORT_2022}" in _block(text, "T7.1")
    # Monthly progress reports: the first two named, then how many in all.
    assert re.search(r"已找到：第 \d+ 行《曲阜市重大交通建设项目推进情况（2023年1月）》；第 \d+ 行《[^》]+》，共 10 条",
                     _block(text, "T3.1"))
    # Pairing lists the documents that need an interpretation, not “found”.
    assert "需配套的信息：第 14 行《关于印发〈河北省实验室建设工作指引〉的通知》" in _block(text, "T4.1")


def test_the_word_report_names_the_set_aside_rows(tmp_path):
    path = tmp_path / "自查报告.docx"
    docx_writer.write(_sample_result(), str(path))
    text = docx_text(path)
    assert ("“公开上年度部门决算”：2023年应至少公开1条（上年度部门决算），实际找到0条，另有1条未计入："
            "第17行《2021年度曲阜市交通运输局部门决算》，标题写明为2021年，本项要求2022年的。") in text
    assert "尚未找到本年度政府信息公开工作年度报告，另有1条未计入：第3行《曲阜市交通运输局2022年政府信息公开工作年度报告》" in text
    assert "因年度或日期不符未计入" not in text  # the rule's bare count gives way to the rows


def test_the_workbook_details_name_the_rows_and_how_each_check_is_made(tmp_path):
    path = tmp_path / "自查报告.xlsx"
    xlsx_writer.write(_sample_result(), str(path))
    rows = {row["检查项编号"]: row for row in table(load_workbook(str(path))["检查明细"])}
    assert f"未计入：{FINAL_ACCOUNTS_2021}" in rows["T2.3"]["说明"]
    assert "已找到：第 5 行《2023年度曲阜市交通运输局部门预算公开说明》" in rows["T2.1"]["说明"]
    assert rows["T2.3"]["检查方式"] == "是否公开" and rows["T4.1"]["检查方式"] == "解读同步"
    assert rows["T2.4"]["检查方式"] == "人工核查"
    assert not any(re.search(r"[A-Za-z]", row["检查方式"]) for row in rows.values())  # no rule names


def _budgets(path: Path, years: list[int]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = ["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期"]
    rows = [[f"11370881004341590W/2023-{number:05d}", f"曲阜市交通运输局{year}年部门预算", "预算公开", "曲阜市交通运输局",
             "2023-02-01", "2023-02-10"] for number, year in enumerate(years, 1)]
    return write_xlsx(path, {"公开目录": [header] + rows})


def test_beyond_the_shown_rows_the_table_counts_the_rest(tmp_path):
    years = [2015, 2016, 2017, 2018, 2019, 2020, 2021]
    result = check(CheckRequest(paths=[str(_budgets(tmp_path / "目录.xlsx", years))], checklist="qufu-transport-2023",
                                as_of=AS_OF))
    block = _block(render(result, width=None), "T2.1")
    assert block.count("未计入：") == SHOWN_PER_CHECK
    assert "未计入：第 2 行《曲阜市交通运输局2015年部门预算》：标题写明为2015年，本项要求2023年的。" in block
    assert f"……另有 {len(years) - SHOWN_PER_CHECK} 条未计入" in block


def test_in_a_batch_each_row_is_named_with_its_file(tmp_path):
    first = _budgets(tmp_path / "办公室" / "目录.xlsx", [2023])
    second = _budgets(tmp_path / "财务科" / "目录.xlsx", [2022])
    result = check(CheckRequest(paths=[str(first), str(second)], checklist="qufu-transport-2023", as_of=AS_OF))
    block = _block(render(result, width=None), "T2.1")
    assert "已找到：办公室/目录.xlsx 第 2 行《曲阜市交通运输局2023年部门预算》" in block
    assert "未计入：财务科/目录.xlsx 第 2 行《曲阜市交通运输局2022年部门预算》：标题写明为2022年，本项要求2023年的。" in block
