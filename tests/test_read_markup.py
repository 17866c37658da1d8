"""“.xls” files that are really HTML tables, Excel 2003 XML or delimited text (io/markup.py), as
content-management systems export them: rows numbered as Excel shows them, merged cells filled."""
from __future__ import annotations

import datetime as dt

import pytest

from govopen_cli.errors import InputError
from govopen_cli.io import markup
from govopen_cli.io.read import ReadOptions, read_datasets
from tests.helpers import sha256, write_xlsx

HTML = """<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>导出</title><style>td {mso-number-format:"\\@";}</style><script>var x = "<tr>";</script></head>
<body>
<h2>某局政府信息公开目录</h2>
<table border="1">
<tr><th>索引号</th><th>信息名称</th><th>内容概述</th><th>发布机构</th><th>生成日期</th><th>发布日期</th><th>文号</th></tr>
<tr><td>014416330/2023-00001</td><td>关于印发&nbsp;通知</td><td>概述</td><td rowspan="2">某局</td>
    <td>2023-01-03</td><td>2023-01-05</td><td>某发〔2023〕1号</td></tr>
<tr><td>014416330/2023-00002</td><td>关于调整<br>的通知</td><td></td><td>2023-01-03</td><td>2023-01-05</td>
    <td>某发[2023]2号</td></tr>
<tr><td colspan="2">014416330/2023-00003</td><td>概述</td><td>某局</td><td>2023-01-04</td><td>2023-01-06</td><td></td></tr>
</table></body></html>
"""

SPREADSHEETML = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
          xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="说明"><Table><Row><Cell><Data ss:Type="String">本表由系统导出</Data></Cell></Row></Table></Worksheet>
 <Worksheet ss:Name="公开目录">
  <Table>
   <Row><Cell ss:MergeAcross="5"><Data ss:Type="String">某局政府信息公开目录</Data></Cell></Row>
   <Row ss:Index="3">
    <Cell><Data ss:Type="String">索引号</Data></Cell><Cell><Data ss:Type="String">信息名称</Data></Cell>
    <Cell><Data ss:Type="String">内容概述</Data></Cell><Cell><Data ss:Type="String">发布机构</Data></Cell>
    <Cell><Data ss:Type="String">生成日期</Data></Cell><Cell><Data ss:Type="String">发布日期</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">014416330/2023-00001</Data></Cell><Cell><Data ss:Type="String">甲</Data></Cell>
    <Cell><Data ss:Type="String">概述</Data></Cell><Cell ss:MergeDown="1"><Data ss:Type="String">某局</Data></Cell>
    <Cell><Data ss:Type="DateTime">2023-01-03T00:00:00.000</Data></Cell><Cell><Data ss:Type="Number">44931</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">014416330/2023-00002</Data></Cell><Cell><Data ss:Type="String">乙</Data></Cell>
    <Cell ss:Index="5"><Data ss:Type="DateTime">2023-01-03T00:00:00.000</Data></Cell>
    <Cell><Data ss:Type="String">2023-02-30</Data></Cell>
   </Row>
  </Table>
 </Worksheet>
</Workbook>
"""


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_html_table_saved_as_xls_reads_like_excel_shows_it(tmp_path):
    path = _write(tmp_path, "目录.xls", HTML, "gb18030")  # the <meta> says gb2312
    before = sha256(path)
    [dataset] = read_datasets(path)
    assert (dataset.sheet, dataset.header_row) == (None, 2)  # the <h2> title is row 1, as in Excel
    assert dataset.row_numbers.tolist() == [3, 4, 5]
    assert dataset.values("信息名称").tolist() == ["关于印发 通知", "关于调整\n的通知", ""]
    assert dataset.values("索引号").tolist() == ["014416330/2023-00001", "014416330/2023-00002",
                                                 "014416330/2023-00003"]  # colspan: B5 stays empty
    assert dataset.values("发布机构").tolist() == ["某局", "某局", "某局"]  # rowspan: filled down
    assert dataset.merged_filled == 1  # 发布机构 D4; a merge across columns fills nothing
    assert dataset.cell("内容概述", 1) == "C4"
    assert sha256(path) == before


def test_html_in_utf8_without_a_meta_charset(tmp_path):
    text = "<table><tr><td>索引号</td><td>信息名称</td><td>发布日期</td></tr><tr><td>A-1</td><td>甲</td><td>2023-01-05</td></tr></table>"
    [dataset] = read_datasets(_write(tmp_path, "目录.xls", text))
    assert dataset.header_row == 1 and dataset.values("信息名称").tolist() == ["甲"]


def test_html_without_a_table_says_so(tmp_path):
    path = _write(tmp_path, "目录.xls", "<html><body><p>暂无数据</p></body></html>")
    with pytest.raises(InputError) as error:
        read_datasets(path)
    assert error.value.message == f"{path}：这是网页（HTML）文件，但其中没有表格"


def test_spreadsheetml_sheets_indexes_merges_and_types(tmp_path):
    path = _write(tmp_path, "目录.xls", SPREADSHEETML)
    [dataset] = read_datasets(path)  # the 说明 sheet has no header
    assert (dataset.sheet, dataset.header_row, dataset.row_numbers.tolist()) == ("公开目录", 3, [4, 5])
    assert dataset.values("发布机构").tolist() == ["某局", "某局"]  # ss:MergeDown filled
    assert dataset.values("内容概述").tolist() == ["概述", ""]  # ss:Index skipped C5 and D5
    assert dataset.values("生成日期").tolist() == ["2023-01-03", "2023-01-03"]  # DateTime cells
    assert dataset.dates("发布日期").iat[0] == dt.datetime(2023, 1, 5)  # Number: an Excel serial
    assert dataset.unreadable_dates("发布日期").tolist() == [False, True]
    assert dataset.cell("发布日期", 1) == "F5"


def test_spreadsheetml_sheet_option(tmp_path):
    path = _write(tmp_path, "目录.xls", SPREADSHEETML)
    [dataset] = read_datasets(path, ReadOptions(sheet="公开目录"))
    assert dataset.sheet == "公开目录"
    with pytest.raises(InputError) as error:
        read_datasets(path, ReadOptions(sheet="目录"))
    assert error.value.message == f"{path}：没有名为“目录”的工作表（现有：说明、公开目录）"


def test_damaged_spreadsheetml_names_the_line(tmp_path):
    text = SPREADSHEETML.replace("</Row>\n   <Row>", "</Cell>\n   <Row>", 1)
    path = _write(tmp_path, "目录.xls", text)
    with pytest.raises(InputError) as error:
        read_datasets(path)
    assert error.value.message.startswith(f"{path} 第 13 行：Excel 2003 XML 文件格式有误")


def test_tab_separated_text_saved_as_xls(tmp_path):
    text = "索引号\t信息名称\t发布日期\nA-1\t甲\t2023-01-05\nA-2\t乙\t2023-01-06\n"
    [dataset] = read_datasets(_write(tmp_path, "目录.xls", text, "gb18030"))
    assert dataset.values("信息名称").tolist() == ["甲", "乙"] and dataset.row_numbers.tolist() == [2, 3]


def test_real_workbooks_are_not_sniffed_as_markup(tmp_path):
    xlsx = write_xlsx(tmp_path / "目录.xlsx", {"目录": [["索引号", "信息名称"]]})
    with open(xlsx, "rb") as handle:
        assert markup.sniff(handle.read(4096)) is None
    assert markup.sniff(markup.OLE_SIGNATURE + bytes(100)) is None
    assert markup.sniff(b"\x00\x01\x02binary") is None
    assert markup.sniff("\ufeff<!DOCTYPE html><html>".encode()) == "html"
    assert markup.sniff(SPREADSHEETML.encode()) == "spreadsheetml"
    assert markup.sniff("索引号,信息名称\n".encode()) == "text"
    assert markup.sniff("索引号\t信息名称\r\n".encode("utf-16")) == "text"  # Excel's “Unicode 文本”


def test_html_as_loosely_written_as_exports_are(tmp_path):
    """Upper-case tags, omitted </td> and </tr>, single-quoted and unquoted spans, <br/>, entities,
    a lone "<" in text, and a <head> with a title that is not a row."""
    text = ("<HTML><HEAD><TITLE>目录</TITLE></HEAD><BODY><TABLE>"
            "<TR><TH>索引号<TH>信息名称<TH>发布机构<TH>发布日期"
            "<TR><TD>A-1<TD>甲&amp;乙<br/>通知<TD ROWSPAN='2'>某局<TD>2023-01-05"
            "<TR><TD>A-2<TD>x < y<TD>2023-01-06"
            "<TR><TD colspan=2>A-3<TD>某局<TD>2023-01-07"
            "</TABLE></BODY></HTML>")
    [dataset] = read_datasets(_write(tmp_path, "目录.xls", text))
    assert dataset.header_row == 1 and dataset.row_numbers.tolist() == [2, 3, 4]
    assert dataset.values("信息名称").tolist() == ["甲&乙\n通知", "x < y", ""]
    assert dataset.values("发布机构").tolist() == ["某局", "某局", "某局"]
    assert dataset.values("发布日期").tolist() == ["2023-01-05", "2023-01-06", "2023-01-07"]


def test_html_two_row_header_with_rowspan_and_colspan(tmp_path):
    text = ("<table><tr><th rowspan=2>索引号</th><th rowspan=2>信息名称</th><th colspan=2>日期</th></tr>"
            "<tr><th>生成日期</th><th>发布日期</th></tr>"
            "<tr><td>A-1</td><td>甲</td><td>2023-01-03</td><td>2023-01-05</td></tr></table>")
    [dataset] = read_datasets(_write(tmp_path, "目录.xls", text))
    assert dataset.header_row == 2 and dataset.row_numbers.tolist() == [3]
    assert dataset.positions == {"索引号": 0, "信息名称": 1, "生成日期": 2, "发布日期": 3}
    assert dataset.values("生成日期").tolist() == ["2023-01-03"]
