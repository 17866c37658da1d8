"""The text a reader copies into cells (limits.text_mb): shared strings referred to by many
cells (.xlsx, .xls, .xlsb), repeated OpenDocument cells and <text:s text:c>, and the declared
count of shared strings. Small constructed files; real workbooks with long titles still pass."""
from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from govopen_cli.errors import InputError
from govopen_cli.io import limits
from govopen_cli.io.limits import LimitError, check_workbook
from govopen_cli.io.read import read_datasets
from tests import hostile_files as hostile
from tests.hostile_binary import biff_catalog, write_xlsb

LONG = "中" * 30_000


def _many_references(rows: int) -> str:
    return "".join(f'<row r="{row}">' + "".join(f'<c r="{column}{row}" t="s"><v>0</v></c>' for column in "ABCDEFGHIJ")
                   + "</row>" for row in range(3, 3 + rows))


def test_xlsx_shared_string_copied_into_many_cells_is_refused_with_its_size(tmp_path):
    path = hostile.write_xlsx(tmp_path / "a.xlsx", hostile._sheet_with(rows=_many_references(2000)),
                              extra={"xl/sharedStrings.xml": hostile._shared_strings([LONG])})
    with pytest.raises(LimitError) as refused:
        check_workbook(str(path))
    # 20,000 references × the string's 90,000 bytes of UTF-8 (and its tags)
    assert refused.value.message.startswith(f"{path}：全部单元格的文字合计（共享文字在引用它的每个单元格中各算一次）为 1,717 MB，"
                                            "超过上限 1,024 MB")
    check_workbook(str(path), replace(limits.DEFAULT, text_mb=2048))  # raised in govopen.yaml: read


def test_xlsx_a_few_references_to_a_long_string_pass(tmp_path):
    """The bound (references × longest) is past the limit, the exact count is not."""
    path = hostile.write_xlsx(tmp_path / "a.xlsx", hostile._sheet_with(rows=_many_references(1) + "".join(
        f'<row r="{row}"><c r="A{row}" t="s"><v>1</v></c></row>' for row in range(10, 20_000))),
        extra={"xl/sharedStrings.xml": hostile._shared_strings([LONG, "短"])})
    check_workbook(str(path))


def test_xlsx_references_in_other_forms_count_as_the_longest_string(tmp_path):
    rows = "".join(f'<row r="{row}">' + "".join(f'<c t = "s" r="{column}{row}"><v>0</v></c>' for column in "ABCDEFGHIJ")
                   + "</row>" for row in range(3, 2003))
    path = hostile.write_xlsx(tmp_path / "a.xlsx", hostile._sheet_with(rows=rows),
                              extra={"xl/sharedStrings.xml": hostile._shared_strings([LONG])})
    with pytest.raises(LimitError, match="文字合计"):
        check_workbook(str(path))


def test_xlsx_declared_count_past_what_the_part_holds_is_damage(tmp_path):
    path = hostile.write_xlsx(tmp_path / "a.xlsx", hostile._sheet_with(),
                              extra={"xl/sharedStrings.xml": hostile._shared_strings(["x"], unique_count=100_000_000)})
    with pytest.raises(InputError) as refused:
        check_workbook(str(path))
    assert refused.value.message == (f"{path} › xl/sharedStrings.xml：文件结构已损坏（声明了 100,000,000 个共享字符串，"
                                     "部件容纳不下），未读取。请用 Excel 或 WPS 打开后另存为 .xlsx 再检查")


def test_workbook_saved_by_openpyxl_with_shared_strings_and_a_long_title_reads(tmp_path):
    path = tmp_path / "目录.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(hostile.HEADER)
    for number in range(3000):
        sheet.append([f"11370881004341590W/2023-{number:06d}", "关于印发通知" * (200 if number == 7 else 1),
                      "曲阜市交通运输局", "2023-05-16", "2023-05-18"])
    workbook.save(path)
    check_workbook(str(path))
    assert len(read_datasets(str(path))[0].frame) == 3000


def _xls(folder, cells, strings):
    path = folder / "a.xls"
    path.write_bytes(biff_catalog(*cells, strings=strings))
    return path


def _xlsb(folder, cells, strings):
    return write_xlsb(folder / "a.xlsb", *cells, strings=strings)


@pytest.mark.parametrize("build", [_xls, _xlsb])
def test_binary_shared_string_copied_into_many_cells(tmp_path, build):
    with pytest.raises(LimitError, match=r"文字合计（共享文字在引用它的每个单元格中各算一次）为 1,717 MB"):
        check_workbook(str(build(tmp_path, [(2 + i // 200, i % 200, ("sst", 0)) for i in range(20_000)], [LONG])))


@pytest.mark.parametrize("body, size", [
    ('<table:table-row table:number-rows-repeated="300">' + hostile._ods_cell(LONG, 100) + "</table:table-row>", "2,579 MB"),
    ('<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2000000000"/>b</text:p>'
     "</table:table-cell></table:table-row>", "1,908 MB"),
])
def test_ods_repeated_text_and_spaces(tmp_path, body, size):
    path = hostile.write_ods(tmp_path / "a.ods", body)
    with pytest.raises(LimitError, match=f"文字合计（重复的单元格按重复次数计）为 {size}"):
        check_workbook(str(path))


def test_ods_ordinary_repeats_pass(tmp_path):
    path = hostile.write_ods(tmp_path / "a.ods", '<table:table-row table:number-rows-repeated="3">'
                             + hostile._ods_cell("关于印发通知", 5) + "</table:table-row>")
    check_workbook(str(path))
    assert len(read_datasets(str(path))[0].frame) == 4


def test_ods_sheet_without_its_end_tag_is_damage_not_a_hang(tmp_path):
    """Found by benchmarks/fuzz_workbooks.py: calamine waits for the end tag past the end of the file."""
    path = hostile._unclosed(hostile.write_ods(tmp_path / "a.ods", ""))
    with pytest.raises(InputError, match="工作表“公开目录”没有结束标记，读取程序会无限等待"):
        check_workbook(str(path))


def test_ods_comment_without_its_end_tag_is_damage_and_closed_comments_read(tmp_path):
    cell = '<table:table-cell office:value-type="string">{}<text:p>x</text:p></table:table-cell>'
    broken = hostile.write_ods(tmp_path / "a.ods", "<table:table-row>" + cell.format("<office:annotation><text:p>批注</text:p>")
                               + "</table:table-row>")
    with pytest.raises(InputError, match="单元格批注没有结束标记"):
        check_workbook(str(broken))
    good = hostile.write_ods(tmp_path / "b.ods", "<table:table-row>" + cell.format(
        "<office:annotation><text:p>批注</text:p></office:annotation>") + cell.format("<office:annotation/>") + "</table:table-row>")
    check_workbook(str(good))
