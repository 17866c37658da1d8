"""The pre-scan of binary workbooks (io/limits_binary.py), called in-process on small constructed
files (tests/hostile_binary.py): what it refuses, with which message, and that good files pass
and read to the same cells calamine gives."""
from __future__ import annotations

import struct
from dataclasses import replace

import pytest

from govopen_cli.errors import InputError
from govopen_cli.io import limits
from govopen_cli.io.limits import LimitError, check_workbook
from govopen_cli.io.read import read_datasets
from tests.hostile_binary import biff_catalog, write_xlsb, xlsb_record


def _xls(tmp_path, data: bytes, name: str = "目录.xls"):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_good_binary_workbooks_pass_and_read(tmp_path):
    xls = _xls(tmp_path, biff_catalog((2, 0, "第三行"), strings=["共享"], sst_total=1))
    xlsb = str(write_xlsb(tmp_path / "目录.xlsb", (2, 1, "第三行")))
    for path in (xls, xlsb):
        check_workbook(path)
        dataset = read_datasets(path)[0]
        assert dataset.sheet == "公开目录" and list(dataset.row_numbers) == [2, 3]


def test_xls_far_cell_is_refused_by_the_span_it_covers(tmp_path):
    path = _xls(tmp_path, biff_catalog((65535, 255, 1.0)))
    with pytest.raises(LimitError) as refused:
        check_workbook(path)
    assert refused.value.message.startswith(f"{path} › 公开目录：数据区域（65,536 行 × 256 列）为 16,777,216 个单元格")
    # raised in govopen.yaml, the same file passes the scan
    check_workbook(path, replace(limits.DEFAULT, cells=20_000_000))


def test_xls_column_past_the_limit_names_the_columns(tmp_path):
    with pytest.raises(LimitError, match="列数为 65,536 列，超过上限 16,384 列"):
        check_workbook(_xls(tmp_path, biff_catalog((2, 65535, 1.0))))


def test_xls_dimensions_within_the_format_pass_and_past_it_are_refused(tmp_path):
    check_workbook(_xls(tmp_path, biff_catalog(dimensions=(65536, 256)), "a.xls"))
    with pytest.raises(LimitError, match=r"工作表范围记录声明 1,048,576 行 × 16,384 列"):
        check_workbook(_xls(tmp_path, biff_catalog(dimensions=(1_048_576, 16_384)), "b.xls"))
    # first row after the last: calamine's unsigned subtraction wraps to four billion rows
    with pytest.raises(LimitError, match=r"4,294,967,291 行 × 5 列"):
        check_workbook(_xls(tmp_path, biff_catalog(raw_dimensions=struct.pack("<IIHHH", 10, 5, 0, 5, 0)), "c.xls"))


@pytest.mark.parametrize("options, message", [
    ({"fat": {1: 1}}, "扇区链首尾相接"),  # the directory's sector points to itself
    ({"fat": {9: 2}, "declared_size": 0x7FFFFFF0}, "扇区链首尾相接"),  # the stream's last sector back to its first
    ({"header": {68: 9}, "last_word": 9}, "主扇区分配表的扇区链首尾相接"),
    ({"header": {44: 0xFFFFFFFF}}, "分配表长度为 4,294,967,295"),
    ({"header": {64: 0xFFFF}}, "分配表长度为 4,294,967,295"),
])
def test_xls_compound_file_traps_are_refused_as_damaged(tmp_path, options, message):
    path = _xls(tmp_path, biff_catalog(**options))
    with pytest.raises(InputError) as refused:
        check_workbook(path)
    assert not isinstance(refused.value, LimitError)
    assert refused.value.message.startswith(f"{path}：文件结构已损坏（") and message in refused.value.message


def test_xls_shared_string_longer_than_a_cell_names_the_cell(tmp_path):
    path = _xls(tmp_path, biff_catalog((2, 1, ("sst", 0)), strings=["a" * 40_000]))
    with pytest.raises(LimitError, match="公开目录 B3：单元格长度为 40,000 个字符"):
        check_workbook(path)


def test_xls_damage_the_reader_refuses_itself_passes_the_scan(tmp_path):
    check_workbook(_xls(tmp_path, biff_catalog()[:512 * 3 + 100]))  # calamine reports it
    check_workbook(_xls(tmp_path, bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600, "b.xls"))


@pytest.mark.parametrize("cell, message", [
    ((1_048_575, 16_383, 1.0), "数据区域（1,048,576 行 × 16,384 列）"),
    ((2, 0xFFFFFFF0, 1.0), "列数为 4,294,967,281 列"),
    ((0x100000, 0, 1.0), "行数为 1,048,577 行"),
    ((2, 1, "中" * 40_000), "公开目录 B3：单元格长度为 40,000 个字符"),
])
def test_xlsb_cells_past_the_limits_are_refused(tmp_path, cell, message):
    path = str(write_xlsb(tmp_path / "目录.xlsb", cell))
    with pytest.raises(LimitError) as refused:
        check_workbook(path)
    assert refused.value.message.startswith(f"{path} › 公开目录") and message in refused.value.message


def test_xlsb_shared_string_and_record_size(tmp_path):
    with pytest.raises(LimitError, match="B3：单元格长度为 40,000 个字符"):
        check_workbook(str(write_xlsb(tmp_path / "a.xlsb", (2, 1, ("sst", 0)), strings=["中" * 40_000])))
    with pytest.raises(InputError, match="工作表数据在记录中途结束"):
        check_workbook(str(write_xlsb(tmp_path / "b.xlsb", tail=xlsb_record(0x0005, b"", 200_000_000))))
    check_workbook(str(write_xlsb(tmp_path / "c.xlsb", dimension=(0, 0x7FFFFFFF, 0, 0x7FFFFFFF))))  # not reserved
