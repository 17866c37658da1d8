"""Readers (io/read.py): xlsx/ods through python-calamine, CSV/TSV with encoding detection, header
row detection, Excel row numbers, sheet selection and every bad-input message (DESIGN §4)."""
from __future__ import annotations

import datetime as dt
import os

import pytest

from govopen_cli.errors import InputError
from govopen_cli.io.read import HEADER_SEARCH_ROWS, ReadOptions, _password_protected, read_datasets
from tests.helpers import sha256, write_ods, write_text, write_xlsx

HEADER = ["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期", "文号", "备注"]


def catalog_with_title_rows(path):
    """Title merged over A1:H1, a one-cell subtitle, a blank row, header on row 4, data from row 5,
    a blank row 7 in the middle, real date cells, a datetime with time and an Excel serial."""
    rows = [
        ["曲阜市交通运输局政府信息公开目录", None, None, None, None, None, None, None],
        ["填报单位：办公室", None, None, None, None, None, None, None],
        [],
        HEADER,
        ["X1/2023-00001", "关于印发通知", "概述一", "曲阜市交通运输局", dt.datetime(2023, 9, 27), dt.date(2023, 10, 31), "曲交发〔2023〕5号", "无"],
        ["X1/2023-00002", "关于调整的通知", "概述二", "曲阜市交通运输局", "2023年5月16日", 45062, None, None],
        [],
        ["X1/2023-00003", "第三条", "概述三", "曲阜市交通运输局", dt.datetime(2023, 5, 16, 9, 30), "2023/5/20", 12.0, None],
    ]
    return write_xlsx(path, {"公开目录": rows}, merged={"公开目录": ["A1:H1"]})


# --- xlsx --------------------------------------------------------------------------------------


def test_xlsx_title_rows_skipped_and_rows_numbered_as_excel_shows(tmp_path):
    path = catalog_with_title_rows(tmp_path / "目录.xlsx")
    [dataset] = read_datasets(str(path))
    assert dataset.kind == "catalog"
    assert dataset.sheet == "公开目录"
    assert dataset.header_row == 4
    # The blank row 7 is dropped but the rows after it keep the number Excel shows.
    assert dataset.row_numbers.tolist() == [5, 6, 8]
    assert dataset.text("索引号").tolist() == ["X1/2023-00001", "X1/2023-00002", "X1/2023-00003"]
    assert dataset.cell("索引号", 0) == "A5"
    assert dataset.cell("发布日期", 2) == "F8"
    assert dataset.unmapped == ["备注"]
    assert list(dataset.headers) == ["索引号", "信息名称", "内容概述", "发布机构", "生成日期", "发布日期", "文号"]


def test_xlsx_real_date_cells_serials_and_chinese_dates_parse(tmp_path):
    path = catalog_with_title_rows(tmp_path / "目录.xlsx")
    [dataset] = read_datasets(str(path))
    # Real date cells are read as ISO text, midnight dropped; a datetime keeps its time.
    assert dataset.text("生成日期").tolist() == ["2023-09-27", "2023年5月16日", "2023-05-16 09:30:00"]
    assert dataset.text("发布日期").tolist() == ["2023-10-31", "45062", "2023/5/20"]
    assert [d.date() for d in dataset.dates("生成日期")] == [dt.date(2023, 9, 27), dt.date(2023, 5, 16), dt.date(2023, 5, 16)]
    assert [d.date() for d in dataset.dates("发布日期")] == [dt.date(2023, 10, 31), dt.date(2023, 5, 16), dt.date(2023, 5, 20)]
    assert not dataset.unreadable_dates("生成日期").any()
    # Integral numbers lose Excel's ".0"; empty cells are "".
    assert dataset.text("文号").tolist() == ["曲交发〔2023〕5号", "", "12"]


def test_xlsm_is_read_like_xlsx(tmp_path):
    path = write_xlsx(tmp_path / "宏.xlsm", {"目录": [["索引号", "信息名称", "生成日期"], ["A", "t", dt.date(2023, 5, 16)]]})
    [dataset] = read_datasets(str(path))
    assert dataset.text("生成日期").tolist() == ["2023-05-16"]
    assert dataset.cell("生成日期", 0) == "C2"


def test_xlsx_table_not_starting_in_a1_keeps_column_letters(tmp_path):
    rows = [[], [], [None, None, "索引号", "信息名称", "发布日期"], [None, None, "A", "标题", "2023-01-05"]]
    path = write_xlsx(tmp_path / "offset.xlsx", {"Sheet1": rows})
    [dataset] = read_datasets(str(path))
    assert dataset.header_row == 3
    assert dataset.row_numbers.tolist() == [4]
    assert dataset.cell("索引号", 0) == "C4"
    assert dataset.cell("发布日期", 0) == "E4"


def test_xlsx_header_must_be_within_the_first_rows(tmp_path):
    rows = [[f"说明第{i}行"] for i in range(HEADER_SEARCH_ROWS)] + [["索引号", "信息名称", "发布日期"], ["A", "b", "2023-01-01"]]
    path = write_xlsx(tmp_path / "deep.xlsx", {"目录": rows})
    with pytest.raises(InputError) as error:
        read_datasets(str(path))
    assert str(path) in error.value.message
    assert f"前 {HEADER_SEARCH_ROWS} 行中找不到可识别的表头" in error.value.message
    # One row less deep is found.
    path = write_xlsx(tmp_path / "ok.xlsx", {"目录": rows[1:]})
    assert read_datasets(str(path))[0].header_row == HEADER_SEARCH_ROWS


def test_xlsx_every_sheet_with_a_catalog_header_is_read(tmp_path):
    path = write_xlsx(tmp_path / "多表.xlsx", {
        "2023年": [["索引号", "标题", "发布日期"], ["A", "t", "2023-01-01"]],
        "说明": [["本表说明"], ["随便写写"]],
        "2024年": [["索引號", "信息名稱", "備註"], ["B", "u", "x"], ["C", "v", "y"]],
    })
    datasets = read_datasets(str(path))
    assert [(d.sheet, len(d), d.kind) for d in datasets] == [("2023年", 1, "catalog"), ("2024年", 2, "catalog")]
    assert datasets[1].label() == f"{path} › 2024年"

    [only] = read_datasets(str(path), ReadOptions(sheet="2024年"))
    assert only.sheet == "2024年"
    assert only.row_numbers.tolist() == [2, 3]


def test_sheet_option_errors_name_file_and_sheet(tmp_path):
    path = write_xlsx(tmp_path / "多表.xlsx", {
        "目录": [["索引号", "标题", "发布日期"], ["A", "t", "2023-01-01"]],
        "说明": [["本表说明"]],
    })
    with pytest.raises(InputError) as error:
        read_datasets(str(path), ReadOptions(sheet="不存在"))
    assert error.value.message.startswith(f"{path}：没有名为“不存在”的工作表")
    assert "目录、说明" in error.value.message
    with pytest.raises(InputError) as error:
        read_datasets(str(path), ReadOptions(sheet="说明"))
    assert error.value.message.startswith(f"{path} › 说明：")
    assert "找不到可识别的表头" in error.value.message


def test_kind_detected_from_headers_and_forced_by_option(tmp_path):
    path = write_xlsx(tmp_path / "台账.xlsx", {"台账": [
        ["申请编号", "收到日期", "申请人类型", "答复日期", "答复结果"],
        ["2023-001", "2023-03-01", "自然人", "2023-03-20", "予以公开"],
    ]})
    [dataset] = read_datasets(str(path))
    assert dataset.kind == "applications"
    assert dataset.text("申请人类型").tolist() == ["自然人"]
    with pytest.raises(InputError) as error:
        read_datasets(str(path), ReadOptions(kind="catalog"))
    assert "公开目录" in error.value.message


def test_map_aliases_map_unknown_headers_and_win_over_shipped_ones(tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", {"目录": [
        ["编码", "公开事项", "发布机构", "上网日期", "分类", "备注"],
        ["A", "t", "某局", "2023-01-01", "通知公告", "x"],
    ]})
    [plain] = read_datasets(str(path))
    assert plain.headers == {"发布机构": "发布机构", "发布日期": "上网日期", "主题分类": "分类"}
    assert plain.unmapped == ["编码", "公开事项", "备注"]
    options = ReadOptions(aliases=(("公开事项", "信息名称"), ("编码", "索引号"), ("分类", "栏目")))
    [mapped] = read_datasets(str(path), options)
    assert mapped.headers == {"索引号": "编码", "信息名称": "公开事项", "发布机构": "发布机构",
                              "发布日期": "上网日期", "栏目": "分类"}
    assert mapped.unmapped == ["备注"]
    assert mapped.cell("信息名称", 0) == "B2"
    assert mapped.text("栏目").tolist() == ["通知公告"]


def test_duplicate_headers_first_column_wins(tmp_path):
    path = write_text(tmp_path / "dup.csv", "索引号,标题,索引号,信息名称\nA,t,B,u\n")
    [dataset] = read_datasets(str(path))
    assert dataset.headers == {"索引号": "索引号", "信息名称": "标题"}
    assert dataset.text("索引号").tolist() == ["A"]
    assert dataset.unmapped == ["索引号", "信息名称"]


# --- CSV / TSV ---------------------------------------------------------------------------------


GBK_CSV = (
    "某区政务服务局政府信息公开目录\r\n"
    "\r\n"
    "索引号,信息名称,发布机构,生成日期,发布日期\r\n"
    "11370000MB28/2023-00001,关于印发《政务服务事项清单》的通知,某区政务服务局,2023/5/16,2023.5.20\r\n"
    "\r\n"
    "11370000MB28/2023-00002,“三公”经费预算说明,某区政务服务局,2023-02-30,\r\n"
)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig"])
def test_csv_encodings_detected_and_line_numbers_kept(tmp_path, encoding):
    path = write_text(tmp_path / "目录.csv", GBK_CSV, encoding)
    [dataset] = read_datasets(str(path))
    assert dataset.sheet is None
    assert dataset.header_row == 3
    assert dataset.row_numbers.tolist() == [4, 6]  # CSV: the line number; blank line 5 skipped
    assert dataset.text("信息名称").tolist() == ["关于印发《政务服务事项清单》的通知", "“三公”经费预算说明"]
    assert dataset.text("发布机构").tolist() == ["某区政务服务局", "某区政务服务局"]
    assert dataset.cell("生成日期", 1) == "D6"
    assert dataset.unreadable_dates("生成日期").tolist() == [False, True]
    assert dataset.label() == str(path)


def test_gb18030_characters_outside_gbk(tmp_path):
    text = "索引号,信息名称\nA,关于䶮字的说明\n"  # 䶮 (U+4DAE) exists in GB18030, not in GBK
    path = write_text(tmp_path / "g.csv", text, "gb18030")
    assert read_datasets(str(path))[0].text("信息名称").tolist() == ["关于䶮字的说明"]


def test_tsv_and_tab_separated_txt(tmp_path):
    text = "索引号\t信息名称\t发布日期\nA\t标题，含逗号,和半角逗号\t2023-01-01\n"
    for name in ("t.tsv", "t.txt"):
        [dataset] = read_datasets(str(write_text(tmp_path / name, text)))
        assert dataset.text("信息名称").tolist() == ["标题，含逗号,和半角逗号"]
        assert dataset.cell("发布日期", 0) == "C2"


def test_csv_rows_wider_than_the_header_are_read(tmp_path):
    path = write_text(tmp_path / "wide.csv", "索引号,信息名称,发布日期\nA,标题,2023-01-01,多余,更多\nB,x,2023-01-02\n")
    [dataset] = read_datasets(str(path))
    assert dataset.text("索引号").tolist() == ["A", "B"]
    assert dataset.row_numbers.tolist() == [2, 3]


def test_csv_read_in_its_mapped_columns_gives_the_dataset_of_the_whole_file(tmp_path):
    # A CSV is read only in the columns its header maps (and every candidate column of a field):
    # the dataset is the one read from all columns, a row wider than the header after the first
    # rows included (pandas stops at it only when every column is read; then the csv module reads).
    from govopen_cli.io.read import Grid, _find_header, _read_delimited, _to_dataset

    lines = ["序号,索引号,信息名称,发布单位,发文机构,发布日期"]
    lines += [f"{number},A-{number:03d}, 标题{number} ,,某局,2023-01-{number % 28 + 1:02d}" for number in range(1, 41)]
    lines[30] += ",多余,更多"
    path = str(write_text(tmp_path / "目录.csv", "\n".join(lines) + "\n"))
    [dataset] = read_datasets(path)
    grid = Grid(frame=_read_delimited(path))
    whole = _to_dataset(path, None, grid, *_find_header(grid, ReadOptions()))
    assert dataset.headers == whole.headers and dataset.headers["发布机构"] == "发文机构"  # the filled candidate
    assert dataset.unmapped == whole.unmapped == ["序号", "发布单位"]
    assert dataset.frame.equals(whole.frame) and dataset.row_numbers.tolist() == whole.row_numbers.tolist()
    assert dataset.text("信息名称").tolist()[:2] == ["标题1", "标题2"] and len(dataset) == 40
    assert dataset.cell("发布机构", 0) == "E2"


def test_cells_are_stripped(tmp_path):
    path = write_text(tmp_path / "s.csv", "索引号 , 信息名称\n  A  ,  标题 \n")
    [dataset] = read_datasets(str(path))
    assert dataset.text("索引号").tolist() == ["A"]
    assert dataset.text("信息名称").tolist() == ["标题"]


# --- header normalisation through the readers --------------------------------------------------


def test_traditional_full_width_and_marked_headers(tmp_path):
    text = "＊索 引 号,信息名稱（必填）,發佈機構,成文日期,發佈日期,ＵＲＬ,主題分類\nA,t,某局,2023-01-01,2023-01-02,http://x,综合政务\n"
    [dataset] = read_datasets(str(write_text(tmp_path / "t.csv", text, "utf-8-sig")))
    assert dataset.headers == {
        "索引号": "＊索 引 号", "信息名称": "信息名稱（必填）", "发布机构": "發佈機構",
        "生成日期": "成文日期", "发布日期": "發佈日期", "链接": "ＵＲＬ", "主题分类": "主題分類",
    }
    assert dataset.unmapped == []


def test_traditional_headers_in_xlsx(tmp_path):
    path = write_xlsx(tmp_path / "繁.xlsx", {"目錄": [
        ["政府資訊公開目錄"],
        ["索引號", "資訊名稱", "內容概述", "發佈機構", "生成日期", "發佈日期", "發文字號"],
        ["A", "標題", "概述", "某局", dt.date(2023, 1, 1), dt.date(2023, 1, 2), "某發〔2023〕1號"],
    ]})
    [dataset] = read_datasets(str(path))
    assert dataset.header_row == 2
    assert {"索引号", "内容概述", "发布机构", "生成日期", "发布日期", "文号"} <= set(dataset.headers)
    assert dataset.headers["发布机构"] == "發佈機構"
    assert dataset.text("生成日期").tolist() == ["2023-01-01"]


# --- ods ---------------------------------------------------------------------------------------


def test_ods_read_through_calamine(tmp_path):
    path = write_ods(tmp_path / "目录.ods", {"目录": [
        ["某局政府信息公开目录", None, None],
        [None, None, None],
        ["索引号", "信息名称", "生成日期"],
        ["A", "标题", ("2023-05-16",)],
    ]})
    [dataset] = read_datasets(str(path))
    assert (dataset.sheet, dataset.header_row, dataset.row_numbers.tolist()) == ("目录", 3, [4])
    assert dataset.text("生成日期").tolist() == ["2023-05-16"]
    assert dataset.cell("生成日期", 0) == "C4"


# --- bad input ---------------------------------------------------------------------------------


def _message(path, options=ReadOptions()) -> str:
    with pytest.raises(InputError) as error:
        read_datasets(str(path), options)
    return error.value.message


def test_missing_file(tmp_path):
    path = tmp_path / "没有.xlsx"
    assert _message(path) == f"{path}：文件不存在"


def test_folder_instead_of_file(tmp_path):
    assert _message(tmp_path).startswith(f"{tmp_path}：这是一个文件夹")


@pytest.mark.parametrize("name", ["空.xlsx", "空.csv"])
def test_empty_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    assert _message(path) == f"{path}：文件为空（0 字节）"


@pytest.mark.parametrize("name,data", [
    ("假的.xlsx", "索引号,信息名称\nA,b\n".encode()),
    ("坏的.xlsx", b"PK\x03\x04 truncated zip"),
    ("假的.ods", b"<html><table></table></html>"),
    ("假的.xls", b"\x00\x01\x02 neither a workbook nor markup"),  # HTML saved as .xls: test_read_markup.py
])
def test_file_that_is_not_really_a_spreadsheet(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert _message(path).startswith(f"{path}：无法作为表格文件打开")



def test_password_protected_workbooks_are_named_as_such(tmp_path):
    """An encrypted xlsx (OLE container with EncryptedPackage) and calamine's xls password error
    both read as "has a password"; a damaged zip or a plain OLE file do not."""
    encrypted = os.path.join(os.path.dirname(__file__), "data", "workbooks", "加密目录-密码govopen.xlsx")
    assert _password_protected(encrypted, ValueError("invalid Zip archive"))
    assert _password_protected(str(tmp_path / "x.xls"), ValueError("Workbook is password protected"))
    damaged = tmp_path / "坏的.xlsx"
    damaged.write_bytes(b"PK\x03\x04 truncated zip")
    assert not _password_protected(str(damaged), ValueError("invalid Zip archive"))
    plain_ole = tmp_path / "旧格式.xls"
    plain_ole.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096))
    assert not _password_protected(str(plain_ole), ValueError("Cfb error"))
    before = sha256(encrypted)
    assert "文件设有打开密码" in _message(encrypted)
    assert sha256(encrypted) == before

def test_unsupported_extension(tmp_path):
    path = tmp_path / "目录.pdf"
    path.write_bytes(b"%PDF-1.4")
    message = _message(path)
    assert message.startswith(f"{path}：不支持的文件类型“.pdf”")
    assert ".xlsx" in message and ".csv" in message
    assert message.endswith("。PDF 中的表格无法直接检查，请使用网站后台导出的 Excel 或 CSV 文件")


def test_wps_file_says_how_to_save_it(tmp_path):
    path = tmp_path / "目录.et"
    path.write_bytes(b"\xd0\xcf\x11\xe0 wps")
    assert _message(path).endswith("这是 WPS 表格文件，请在 WPS 中“另存为”Excel 工作簿（.xlsx）后再检查")


def test_unreadable_encoding(tmp_path):
    path = tmp_path / "乱码.csv"
    path.write_bytes("索引号,信息名称\n".encode() + b"\x81\x30\xff\xff\xfe\xfd,abc\n")
    assert _message(path).startswith(f"{path} 第 2 行：无法识别文件编码")


def test_bom_that_lies(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "索引号,信息名称\nA,b\n".encode("gbk"))
    assert _message(path) == f"{path} 第 1 行：文件开头标明为 UTF-8 编码，但这一行的内容不是 UTF-8，无法读取"


def test_binary_content_in_csv(tmp_path):
    path = tmp_path / "bin.csv"
    path.write_bytes("索引号,信息名称\nA,\x00b\n".encode())
    assert _message(path).startswith(f"{path}：这不是文本表格文件")


def test_no_recognisable_header(tmp_path):
    path = write_text(tmp_path / "随便.csv", "甲,乙,丙\n1,2,3\n")
    message = _message(path)
    assert message.startswith(f"{path}：前 20 行中找不到可识别的表头")
    assert "--map" in message


def test_sheet_option_on_csv(tmp_path):
    path = write_text(tmp_path / "目录.csv", "索引号,信息名称\nA,b\n")
    assert _message(path, ReadOptions(sheet="目录")).startswith(f"{path}：CSV/TSV 文件没有工作表")


def test_header_only_file_is_an_empty_dataset(tmp_path):
    [dataset] = read_datasets(str(write_text(tmp_path / "h.csv", "索引号,信息名称,发布日期\n")))
    assert len(dataset) == 0
    assert dataset.row_numbers.tolist() == []


# --- inputs are never modified -----------------------------------------------------------------


def test_reading_does_not_modify_the_inputs(tmp_path):
    files = [
        catalog_with_title_rows(tmp_path / "a.xlsx"),
        write_text(tmp_path / "b.csv", GBK_CSV, "gbk"),
        write_ods(tmp_path / "c.ods", {"目录": [["索引号", "信息名称"], ["A", "b"]]}),
    ]
    before = {str(path): (sha256(path), path.stat().st_mtime_ns) for path in files}
    for path in files:
        read_datasets(str(path))
    assert {str(path): (sha256(path), path.stat().st_mtime_ns) for path in files} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "b.csv", "c.ods"]


# --- merged cells in the data area ---------------------------------------------------------------

MERGED_ROWS = [
    ["某局政府信息公开目录"],
    [],
    ["索引号", "信息名称", "发布机构", "生成日期", "发布日期", "备注"],
    ["A-1", "甲", "某局", "2023-01-03", "2023-01-05", "合并说明"],
    ["A-2", "乙", None, "2023-01-03", "2023-01-05", None],
    ["A-3", "丙", None, None, "2023-01-06", None],
    ["A-4", "丁", "另一局", "2023-02-01", "2023-02-03", None],
]


def _merged_catalog(tmp_path):
    # title A1:F1 (above the header: left alone), 发布机构 C4:C6 and 生成日期 D5:D6 down, 备注 F4:F5
    # (an unmapped column: left alone)
    return write_xlsx(tmp_path / "合并.xlsx", {"目录": MERGED_ROWS},
                      merged={"目录": ["A1:F1", "C4:C6", "D5:D6", "F4:F5"]})


def test_merged_cells_in_the_data_area_read_as_excel_shows_them(tmp_path):
    [dataset] = read_datasets(str(_merged_catalog(tmp_path)))
    assert dataset.values("发布机构").tolist() == ["某局", "某局", "某局", "另一局"]
    assert dataset.values("生成日期").tolist() == ["2023-01-03", "2023-01-03", "2023-01-03", "2023-02-01"]
    assert dataset.merged_filled == 3
    assert dataset.describe()["merged_cells_filled"] == 3
    assert dataset.row_numbers.tolist() == [4, 5, 6, 7]


def test_merged_cells_read_the_same_when_prefetched(tmp_path):
    from govopen_cli.io import prefetch

    path = str(_merged_catalog(tmp_path))
    prefetch.start_for_argv(["check", path])
    [prefetched] = read_datasets(path)
    assert prefetch.take(path) is None  # taken once, by the read above
    [plain] = read_datasets(path)
    assert prefetched.frame.equals(plain.frame) and prefetched.merged_filled == plain.merged_filled == 3


def test_no_merged_cells_no_count(tmp_path):
    path = write_xlsx(tmp_path / "目录.xlsx", {"目录": MERGED_ROWS[2:]})
    [dataset] = read_datasets(str(path))
    assert dataset.merged_filled == 0 and "merged_cells_filled" not in dataset.describe()
    assert dataset.values("发布机构").tolist() == ["某局", "", "", "另一局"]


@pytest.mark.parametrize("name", ["目录.xls", "目录.csv", "目录.txt"])
def test_a_workbook_under_the_wrong_extension_is_read_by_its_content(tmp_path, name):
    real = write_xlsx(tmp_path / "真.xlsx", {"目录": [["索引号", "信息名称", "发布日期"], ["A-1", "甲", "2023-01-05"]]})
    path = tmp_path / name
    path.write_bytes(open(real, "rb").read())
    [dataset] = read_datasets(str(path))
    assert (dataset.sheet, dataset.values("信息名称").tolist()) == ("目录", ["甲"])
    assert dataset.notes == ["扩展名与实际格式不符，已按文件的实际格式（Excel 工作簿）读取；建议改正扩展名后再报送"]
    [plain] = read_datasets(str(real))
    assert plain.notes == []
    from govopen_cli.api import CheckRequest, check

    result = check(CheckRequest(paths=[str(path)], as_of=dt.date(2024, 1, 31)))
    assert f"{path} › 目录：扩展名与实际格式不符，已按文件的实际格式（Excel 工作簿）读取；建议改正扩展名后再报送" in result.warnings


def test_two_row_header_with_a_group_over_the_dates(tmp_path):
    rows = [["某局政府信息公开目录"],
            ["索引号", "信息名称", "内容概述", "发布机构", "日期", None, "文号"],
            [None, None, None, None, "生成日期", "发布日期", None],
            ["A-1", "甲", "概述", "某局", "2023-01-03", "2023-01-05", "某发〔2023〕1号"],
            ["A-2", "乙", "", "某局", "2023-01-03", "2023-01-05", ""]]
    merged = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"]
    [dataset] = read_datasets(str(write_xlsx(tmp_path / "目录.xlsx", {"目录": rows}, merged={"目录": merged})))
    assert dataset.header_row == 3 and dataset.row_numbers.tolist() == [4, 5]
    assert dataset.positions == {"索引号": 0, "信息名称": 1, "内容概述": 2, "发布机构": 3, "生成日期": 4, "发布日期": 5,
                                 "文号": 6}
    assert dataset.cell("内容概述", 1) == "C5" and dataset.merged_filled == 0


def test_a_data_row_under_a_one_row_header_is_not_taken_for_a_second_header_row(tmp_path):
    rows = [["索引号", "信息名称", "备注"], ["A-1", "发布日期", "生成日期"], ["A-2", "乙", ""]]
    [dataset] = read_datasets(str(write_xlsx(tmp_path / "目录.xlsx", {"目录": rows})))
    # combined with the row below, the header would map 发布日期 and 生成日期 but lose 索引号 and
    # 信息名称 (the data row's values cover them): no more fields, so the one-row header stands
    assert dataset.header_row == 1 and dataset.row_numbers.tolist() == [2, 3]


# --- text stays Python str in object columns (issue 20) ---------------------------------------


def test_csv_columns_are_object_text_whether_or_not_pyarrow_is_installed(tmp_path):
    """pandas 3 reads dtype=str into its "str" dtype, Arrow-backed when pyarrow is installed:
    2-3x the read time and memory on 1M rows. The CSV reader keeps plain object columns of str."""
    from govopen_cli.io.read import _read_delimited

    frame = _read_delimited(str(write_text(tmp_path / "目录.csv", GBK_CSV, "gbk")))
    assert all(dtype == object for dtype in frame.dtypes)
    assert frame.iloc[3].tolist()[:3] == ["11370000MB28/2023-00001", "关于印发《政务服务事项清单》的通知", "某区政务服务局"]


def test_as_text_gives_object_str_without_the_arrow_string_dtype():
    import pandas as pd

    from govopen_cli.io.normalize import as_text

    text = as_text(pd.Series(["甲", "", "乙"], dtype=object, index=[3, 4, 5]))
    assert text.dtype == object and text.tolist() == ["甲", "", "乙"] and text.index.tolist() == [3, 4, 5]
    mixed = as_text(pd.Series(["甲", 12, None, 1.5], dtype=object))
    assert mixed.dtype == object and mixed.tolist() == ["甲", "12", "", "1.5"]
