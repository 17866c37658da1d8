"""Errors of the libraries (zip, XML, JSON, YAML, encodings, python-calamine, openpyxl, python-docx)
told in Chinese where they arise, naming the file and, where known, the sheet, row or line; never
one catch-all; never the library's English. Our own bugs stay exit 3.

The damaged files are constructed here (truncated archives, cut XML parts, missing parts), the
way a broken download or a hand edit leaves them. Every message also passes the suite-wide check
in conftest.py (library_errors_are_chinese)."""
from __future__ import annotations

import errno
import json
import zipfile

import pytest

from govopen_cli import library_errors
from govopen_cli.errors import InputError
from tests.chinese import assert_chinese, foreign_words
from tests.helpers import write_xlsx

CATALOG = {"公开目录": [["索引号", "信息名称", "发布日期"], ["A-1", "关于印发通知", "2023-05-16"]]}


def rebuild(source, target, member, change):
    """A copy of the zip `source` with `member` changed by `change` (None drops it)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            content = old.read(item.filename)
            if item.filename == member:
                content = change(content)
                if content is None:
                    continue
            new.writestr(item, content)
    return target


@pytest.fixture
def workbook(tmp_path):
    return write_xlsx(tmp_path / "目录.xlsx", CATALOG)


@pytest.fixture
def document(tmp_path):
    import docx

    made = docx.Document()
    made.add_paragraph("一、推进财政资金信息公开")
    path = tmp_path / "方案.docx"
    made.save(path)
    return path


def half(content: bytes) -> bytes:
    return content[: len(content) // 2]


def failure(cli, *args) -> str:
    """The one error line of a run that must end with exit 2."""
    outcome = cli(*args)
    assert outcome.code == 2, (outcome.code, outcome.err)
    assert "Traceback" not in outcome.err
    message = outcome.err.strip().partition("错误：")[2]  # after a usage line, if any
    assert message
    for line in message.splitlines():
        assert_chinese(line)
    return message


# --- spreadsheets to check (python-calamine, zip, XML, JSON, encodings) -------------------------


def test_truncated_workbook(cli, tmp_path, workbook):
    path = tmp_path / "半个.xlsx"
    path.write_bytes(half(workbook.read_bytes()))
    assert failure(cli, "check", path) == f"{path}：无法作为表格文件打开：{library_errors.ZIP_NOT_ARCHIVE}"


def test_cut_sheet_xml_names_the_sheet(cli, tmp_path, workbook):
    path = rebuild(workbook, tmp_path / "坏表.xlsx", "xl/worksheets/sheet1.xml", half)
    assert failure(cli, "check", path) == f"{path} › 公开目录：读取工作表失败：XML 内容有误：有标记没有闭合（文件可能在中途被截断）"


def test_missing_sheet_part_names_the_sheet(cli, tmp_path, workbook):
    path = rebuild(workbook, tmp_path / "缺表.xlsx", "xl/worksheets/sheet1.xml", lambda content: None)
    assert failure(cli, "check", path) == f"{path} › 公开目录：读取工作表失败：工作簿中列出的这个工作表缺少内容，文件可能已损坏"


def test_missing_workbook_part_is_named(cli, tmp_path, workbook):
    path = rebuild(workbook, tmp_path / "缺部件.xlsx", "xl/_rels/workbook.xml.rels", lambda content: None)
    assert failure(cli, "check", path) == (f"{path}：无法作为表格文件打开：文件缺少必需的组成部分（xl/_rels/workbook.xml.rels），"
                                           "不是完整的 Office 文件，可能已损坏或由其他软件改写过")


def test_damaged_binary_xls(cli, tmp_path):
    path = tmp_path / "旧版.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))  # an OLE signature, then nothing
    assert failure(cli, "check", path) == f"{path}：无法作为表格文件打开：不是有效的 Excel 97-2003 工作簿（.xls）：文件已损坏，或实为其他格式"


def test_damaged_ods(cli, tmp_path):
    path = tmp_path / "表格.ods"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    assert library_errors.ZIP_NOT_ARCHIVE in failure(cli, "check", path)


def test_broken_excel_2003_xml_names_the_line(cli, tmp_path):
    path = tmp_path / "导出.xls"
    path.write_text('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">\n'
                    '<Worksheet ss:Name="目录" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Table>\n'
                    "<Row></Table>\n", encoding="utf-8")
    assert failure(cli, "check", path) == f"{path} 第 4 行：Excel 2003 XML 文件格式有误，无法读取（XML 内容有误：开始标记与结束标记不配对）"


def test_bad_json_line_names_line_and_column(cli, tmp_path):
    path = tmp_path / "栏目.jsonl"
    path.write_text('{"栏目名称": "通知公告", "最后更新日期": "2024-01-02"}\n{"栏目名称": "政策文件",}\n', encoding="utf-8")
    assert failure(cli, "check", path) == f"{path} 第 2 行第 17 列：不是有效的 JSON（键名应写在英文双引号中，或最后一项后多了逗号）"


def test_undecodable_csv_names_the_line(cli, tmp_path):
    path = tmp_path / "目录.csv"
    path.write_bytes("索引号,信息名称,发布日期\nA-1,通知,2023-05-16\n".encode("gbk") + b"A-2,\xff\xfe\xff,2023-05-17\n")
    message = failure(cli, "check", path)
    assert message.startswith(f"{path} 第 3 行：无法识别文件编码")


def test_csv_with_an_endless_cell_names_the_line(cli, tmp_path):
    path = tmp_path / "目录.csv"
    path.write_text("索引号,信息名称,发布日期\nA-1,通知,2023-05-16,多出一列\nA-2,\"" + "长" * 140_000 + "\n", encoding="utf-8")
    assert failure(cli, "check", path).startswith(f"{path} 第 3 行：单元格内容过长")


# --- YAML (checklists, govopen.yaml, answers, waivers, figures) ---------------------------------


@pytest.mark.parametrize("text, line, problem", [
    ("id: x\ntitle: 清单\n\tchecks: []\n", 3, "含有制表符，YAML 只能用空格缩进"),
    ("id: x\ntitle: [清单\n", 3, "方括号“[”没有配对的“]”"),
    ("id: x\ntitle: {a: 1\n", 3, "花括号“{”没有配对的“}”"),
    ("id: x\ntitle: \"清单\n", 3, "引号没有闭合（到文件结尾也没有配对的引号）"),
    ("id: x\ntitle: 清单: 二〇二三\n", 2, "此处不能再写“键: 值”：上一行的缩进不对，或值中的冒号需要加引号"),
    ("id: x\ntasks:\n  - id: T1\n   title: 任务\n", 4, "YAML 语法错误：缩进不一致"),
    ("id: x\nnext_steps:\n  - 一\n  title: 任务\n", 4, "YAML 语法错误：缩进不一致"),
    ("id: x\ntitle: @清单\n", 2, "值以“@”“`”“%”等不能开头的字符开头，请给值加引号"),
    ("id: x\ntitle: *别名\n", 2, "“*”后缺少别名，或值中的“*”需要加引号"),
    ("id: x\ntitle: *a\n", 2, "使用了未定义的别名（*）"),
    ("id: x\n---\nid: y\n", 2, "文件中有多个文档（---），只能有一个"),
    ('id: x\ntitle: "C:\\d"\n', 2, "双引号中的反斜杠转义无效（路径请加单引号，或用正斜杠）"),
])
def test_yaml_syntax_errors_name_the_line(cli, tmp_path, text, line, problem):
    path = tmp_path / "清单.yaml"
    path.write_text(text, encoding="utf-8")
    message = failure(cli, "checklist", "validate", path)
    assert message.startswith(f"{path} 第 {line} 行：")
    assert message.endswith(problem)


def test_yaml_control_character(cli, tmp_path):
    path = tmp_path / "清单.yaml"
    path.write_text("id: x\ntitle: 清\x07单\n", encoding="utf-8")
    assert failure(cli, "checklist", "validate", path) == f"{path} 第 2 行：含有不可见的控制字符或无效的字符"


def test_checklist_not_utf8_names_the_line(cli, tmp_path):
    path = tmp_path / "清单.yaml"
    path.write_bytes(b"id: x\n" + "title: 清单\n".encode("gbk"))
    assert failure(cli, "checklist", "validate", path) == \
        f"{path} 第 2 行：文件不是 UTF-8 编码的文本（请在记事本或 WPS 中“另存为”，编码选 UTF-8）"


@pytest.mark.parametrize("option", ["--config", "--answers", "--waivers"])
def test_other_yaml_files_name_their_line(cli, tmp_path, workbook, option):
    path = tmp_path / "其他.yaml"
    path.write_text("a: 1\nb: [2\n", encoding="utf-8")
    assert failure(cli, "check", workbook, option, path) == f"{path} 第 3 行：YAML 语法错误：方括号“[”没有配对的“]”"


def test_figures_yaml_names_its_line(cli, tmp_path):
    path = tmp_path / "补充数据.yaml"
    path.write_text("年度: 2023\n表二: {a: 1\n", encoding="utf-8")
    message = failure(cli, "annual-report", "--figures", path, "--docx", tmp_path / "年报.docx")
    assert message == f"{path} 第 3 行：YAML 语法错误：花括号“{{”没有配对的“}}”"


def test_bad_regex_in_checklist(cli, tmp_path):
    path = tmp_path / "清单.yaml"
    path.write_text("id: x\ntitle: 清单\nchecks:\n  - {id: A, title: a, rule: pattern, field: 索引号, regex: '(ab'}\n",
                    encoding="utf-8")
    outcome = cli("checklist", "validate", path)  # the check's id and key are the user's own words
    assert outcome.code == 2
    assert "第 4 行，检查项 A：参数 regex 正则表达式第 1 个字符处圆括号“(”没有配对的“)”" in outcome.err


# --- JSON results (--baseline, report) ----------------------------------------------------------


@pytest.mark.parametrize("text, where", [
    ('{"schema": "govopen.result/1",\n "findings": [}\n', "第 2 行第 15 列：不是有效的 JSON（此处缺少值：文件为空、被截断，或多了逗号）"),
    ('{"schema": "govopen.result/1"}\n{}\n', "第 2 行第 1 列：不是有效的 JSON（一段完整的 JSON 之后还有多余的内容）"),
    ('{"schema": "govopen.result/1" "x": 1}', "第 1 行第 31 列：不是有效的 JSON（缺少逗号）"),
    ('{"schema": "govopen.result/1', "第 1 行第 12 列：不是有效的 JSON（字符串缺少结尾的引号）"),
])
def test_broken_result_json(cli, tmp_path, text, where):
    path = tmp_path / "结果.json"
    path.write_text(text, encoding="utf-8")
    assert failure(cli, "report", path, "--docx", tmp_path / "报告.docx") == f"{path} {where}"


def test_result_json_in_another_encoding(cli, tmp_path):
    path = tmp_path / "结果.json"
    path.write_bytes('{"schema": "govopen.result/1",\n"agency": "'.encode() + "某局".encode("gbk") + b'"}')
    assert failure(cli, "report", path, "--docx", tmp_path / "报告.docx").startswith(f"{path} 第 2 行：不是 UTF-8 编码")


def test_result_json_missing_a_part(cli, tmp_path):
    path = tmp_path / "结果.json"
    path.write_text(json.dumps({"schema": "govopen.result/1"}), encoding="utf-8")
    assert failure(cli, "report", path, "--docx", tmp_path / "报告.docx") == \
        f"{path}：检查结果不完整，缺少“checklist”，请用 govopen check --format json 重新生成"


# --- workbooks handed back (--answers, openpyxl) ------------------------------------------------


def test_answers_workbook_truncated(cli, tmp_path, workbook):
    path = tmp_path / "自查报告.xlsx"
    path.write_bytes(half(workbook.read_bytes()))
    message = failure(cli, "check", workbook, "--answers", path)
    assert message == f"{path}：无法作为 Excel 工作簿读取（应为 govopen 生成的自查报告 .xlsx）：{library_errors.ZIP_NOT_ARCHIVE}"


def test_answers_workbook_with_a_cut_part(cli, tmp_path, workbook):
    path = rebuild(workbook, tmp_path / "自查报告.xlsx", "xl/styles.xml", lambda content: content[:60])
    message = failure(cli, "check", workbook, "--answers", path)
    assert message.endswith("：XML 内容有误：属性写法有误（文件可能在中途被截断）")


# --- work plans to draft a checklist from (python-docx, openpyxl, calamine) ---------------------


def test_plan_docx_that_is_not_a_zip(cli, tmp_path):
    path = tmp_path / "方案.docx"
    path.write_text("这其实是文本", encoding="utf-8")
    assert failure(cli, "checklist", "extract", path) == f"{path}：{library_errors.ZIP_NOT_ARCHIVE}" or \
        "不是 Word 文档（.docx）" in failure(cli, "checklist", "extract", path)


def test_plan_docx_with_a_cut_document_part(cli, tmp_path, document):
    path = rebuild(document, tmp_path / "坏方案.docx", "word/document.xml", half)
    assert failure(cli, "checklist", "extract", path).startswith(f"{path}：XML 内容有误：")


def test_plan_docx_without_content_types(cli, tmp_path, document):
    path = rebuild(document, tmp_path / "坏方案.docx", "[Content_Types].xml", lambda content: None)
    assert failure(cli, "checklist", "extract", path) == \
        f"{path}：文件缺少必需的组成部分（[Content_Types].xml），不是完整的 Office 文件，可能已损坏或由其他软件改写过"


def test_plan_docx_that_is_a_workbook(cli, tmp_path, workbook):
    path = tmp_path / "方案.docx"
    path.write_bytes(workbook.read_bytes())
    assert failure(cli, "checklist", "extract", path) == f"{path}：不是 Word 文档，而是其他 Office 文件（如 Excel 工作簿或演示文稿）"


def test_plan_xlsx_truncated(cli, tmp_path, workbook):
    path = tmp_path / "分工.xlsx"
    path.write_bytes(half(workbook.read_bytes()))
    assert failure(cli, "checklist", "extract", path) == f"{path}：{library_errors.ZIP_NOT_ARCHIVE}"


def test_plan_xls_damaged(cli, tmp_path):
    path = tmp_path / "分工.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert failure(cli, "checklist", "extract", path) == f"{path}：不是有效的 Excel 97-2003 工作簿（.xls）：文件已损坏，或实为其他格式"


# --- the translators themselves -----------------------------------------------------------------


@pytest.mark.parametrize("error, expected", [
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "文件不存在"),
    (PermissionError(errno.EACCES, "Permission denied"), "没有读取权限，或文件正被其他程序独占打开"),
    (IsADirectoryError(errno.EISDIR, "Is a directory"), "这是一个文件夹，不是文件"),
    (OSError(errno.EIO, "Input/output error"), "读取时磁盘或网络共享出错，请把文件复制到本机后再试"),
    (OSError(errno.ENAMETOOLONG, "File name too long"), "路径过长"),
])
def test_operating_system_errors(error, expected):
    assert library_errors.os_problem(error) == expected


@pytest.mark.parametrize("pattern, expected", [
    ("[abc", "正则表达式第 1 个字符处方括号“[”没有配对的“]”"),
    ("*预算", "正则表达式第 1 个字符处“*”“+”“?”或“{”前面缺少要重复的内容"),
    ("预算)", "正则表达式第 3 个字符处圆括号“)”没有配对的“(”"),
    ("[9-0]", "正则表达式第 2 个字符处字符范围写反了（如“[9-0]”）"),
    ("\\q", "正则表达式第 1 个字符处反斜杠转义无效"),
])
def test_regex_errors(pattern, expected):
    import re

    with pytest.raises(re.error) as caught:
        re.compile(pattern)
    assert library_errors.regex_problem(caught.value) == expected


def test_every_expat_error_is_chinese():
    for problem in library_errors._EXPAT.values():
        assert_chinese(problem)


def test_unknown_library_text_is_never_passed_through():
    import python_calamine

    error = python_calamine.CalamineError("Something entirely new happened: 0xdeadbeef")
    assert library_errors.calamine_problem(error) == \
        "工作簿内容有误，无法读取：文件已损坏，或不是 Excel、WPS、LibreOffice 保存的表格"


# --- the suite-wide collector and the line between input errors and bugs ------------------------


def test_the_collector_sees_messages_made_from_library_errors(library_errors_are_chinese, tmp_path):
    path = tmp_path / "坏.xlsx"
    path.write_bytes(b"not a zip")
    from govopen_cli.io.read import read_datasets

    with pytest.raises(InputError):
        read_datasets(str(path))
    assert [kind for kind, _ in library_errors_are_chinese] == ["ZipError"]
    assert not foreign_words(library_errors_are_chinese[0][1])


@pytest.mark.foreign_message_allowed
def test_the_collector_would_flag_english(library_errors_are_chinese):
    try:
        zipfile.ZipFile(__file__)
    except zipfile.BadZipFile as error:
        InputError(f"x.xlsx：{error}")  # what the old code did
    kind, message = library_errors_are_chinese[-1]
    assert kind == "BadZipFile" and foreign_words(message) == ["File", "is", "not", "a", "file"]  # "zip" is a format


def test_a_bug_in_our_code_is_still_exit_3(cli, tmp_path, workbook, monkeypatch):
    """Library errors are caught only around the library's own calls: a TypeError of ours while
    reading is not turned into an input error."""
    from govopen_cli.io import read

    def broken(*args, **kwargs):
        raise TypeError("a bug of ours")

    monkeypatch.setattr(read, "_find_header", broken)
    outcome = cli("check", workbook)
    assert outcome.code == 3 and "内部错误（TypeError）" in outcome.err


def test_a_file_the_system_will_not_read(cli, tmp_path, monkeypatch):
    """Permission denied (a file locked by another program, a share without rights): named in Chinese."""
    from govopen_cli.io import read

    path = tmp_path / "目录.csv"
    path.write_text("索引号,信息名称\nA-1,通知\n", encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(read, "open", denied, raising=False)  # the module's own open()
    assert failure(cli, "check", path) == f"{path}：没有读取权限，或文件正被其他程序独占打开"
