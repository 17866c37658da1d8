"""Chinese for the errors libraries raise on damaged, truncated or mislabelled files.

Each reader catches its library's own exception types where it calls the library, and builds the
message from what it knows (file, sheet, row, line) and the problem told here. No English text of a
library reaches the officer: an error we cannot name gets a Chinese description of its kind, never
the library's words. Errors in our own code are not caught here; they stay internal errors (exit 3).
"""
from __future__ import annotations

import re

# --- ZIP containers (xlsx, xlsm, docx, ods are ZIP archives) ----------------------------------

ZIP_NOT_ARCHIVE = "不是完整的 ZIP 压缩包（xlsx、docx、ods 文件都是 ZIP 压缩包）：文件可能已损坏、只下载了一部分，或扩展名与实际格式不符；请重新导出或下载"
ZIP_DAMAGED = "文件内容已损坏（压缩数据校验不符），请重新导出或下载"


def zip_problem(error: BaseException) -> str:
    """zipfile.BadZipFile, calamine's ZipError, a zip member that is missing (KeyError)."""
    text = str(error)
    missing = re.search(r"no item named '([^']+)'|file not found '?([^']+?)'?$|'([^']+)' file not found", text, re.I)
    if isinstance(error, KeyError) or missing:
        part = next((group for group in missing.groups() if group), "") if missing else ""
        return f"文件缺少必需的组成部分{f'（{part}）' if part else ''}，不是完整的 Office 文件，可能已损坏或由其他软件改写过"
    if re.search(r"crc|magic|truncated|corrupt|decompress|inflate|invalid (compressed|stored)", text, re.I):
        return ZIP_DAMAGED
    if re.search(r"password|encrypt", text, re.I):
        return "文件设有密码（已加密），无法读取；请清除密码后另存再检查"
    return ZIP_NOT_ARCHIVE


# --- XML (inside xlsx/docx, Excel 2003 XML, HTML exports) -------------------------------------

# expat's error codes (xml.parsers.expat.errors), the ones a damaged or hand-edited file produces.
_EXPAT = {
    2: "语法错误",
    3: "内容不完整（文件在中途被截断）",
    4: "含有不合规范的字符或标记",
    5: "有标记没有闭合（文件可能在中途被截断）",
    6: "含有不完整的字符（文件可能在中途被截断）",
    7: "开始标记与结束标记不配对",
    8: "同一属性出现了两次",
    9: "根元素之后还有多余的内容",
    11: "使用了未定义的实体（以“&”开头的名称）",
    17: "XML 声明不在文件开头",
    18: "声明的编码无法识别",
    19: "声明的编码与内容不符",
    20: "“<![CDATA[”段没有结束",
}


def xml_problem(error: BaseException) -> tuple[int | None, str]:
    """(line, problem) for xml.etree's ParseError, lxml's XMLSyntaxError or calamine's XmlError;
    line is None when the library does not say."""
    from xml.etree.ElementTree import ParseError

    position = getattr(error, "position", None)
    line = position[0] if position else getattr(error, "lineno", None)
    if isinstance(error, ParseError) and error.code in _EXPAT:  # expat's codes (lxml's are libxml2's)
        return line, f"XML 内容有误：{_EXPAT[error.code]}"
    text = str(error).lower()
    for words, problem in (
        (("not closed", "unclosed", "premature end", "end of input", "unexpected eof", "no element",
          "couldn't find end"), "有标记没有闭合（文件可能在中途被截断）"),
        (("mismatch", "does not match", "opening and ending tag"), "开始标记与结束标记不配对"),
        (("entity",), "使用了未定义的实体（以“&”开头的名称）"),
        (("encoding",), "声明的编码与内容不符"),
        (("attvalue", "attribute"), "属性写法有误（文件可能在中途被截断）"),
        (("extra content", "junk after"), "根元素之后还有多余的内容"),
        (("document is empty", "start tag expected"), "内容为空，或根本不是 XML"),
        (("char value", "out of allowed range", "invalid char"), "含有不允许的控制字符"),
        (("invalid element name", "starttag"), "有标记的名称无效"),
    ):
        if any(word in text for word in words):
            return line, f"XML 内容有误：{problem}"
    return line, "XML 内容有误，不是格式正确的 XML"


# --- JSON -------------------------------------------------------------------------------------

_JSON = (
    ("Expecting value", "此处缺少值：文件为空、被截断，或多了逗号"),
    ("Expecting property name enclosed in double quotes", "键名应写在英文双引号中，或最后一项后多了逗号"),
    ("Expecting ',' delimiter", "缺少逗号"),
    ("Expecting ':' delimiter", "缺少冒号"),
    ("Unterminated string", "字符串缺少结尾的引号"),
    ("Extra data", "一段完整的 JSON 之后还有多余的内容"),
    ("Invalid control character", "字符串中含有换行等控制字符"),
    ("Invalid \\uXXXX escape", "反斜杠转义写法有误"),
    ("Invalid \\escape", "反斜杠转义写法有误"),
    ("Illegal trailing comma", "最后一项后多了逗号"),
)


def json_reason(error) -> str:
    """What is wrong, for a json.JSONDecodeError."""
    return next((chinese for english, chinese in _JSON if error.msg.startswith(english)), "写法有误")


def json_problem(error) -> str:
    """"第 N 行第 M 列：不是有效的 JSON（reason）" for a json.JSONDecodeError."""
    return f"第 {error.lineno} 行第 {error.colno} 列：不是有效的 JSON（{json_reason(error)}）"


# --- YAML -------------------------------------------------------------------------------------

_YAML = (
    ("'\\t'", "含有制表符，YAML 只能用空格缩进"),
    ("tab character", "含有制表符，YAML 只能用空格缩进"),
    ("mapping values are not allowed", "此处不能再写“键: 值”：上一行的缩进不对，或值中的冒号需要加引号"),
    ("could not find expected ':'", "缺少“键: 值”中的冒号，或上一行的引号没有闭合"),
    ("expected ',' or ']'", "方括号“[”没有配对的“]”"),
    ("expected ',' or '}'", "花括号“{”没有配对的“}”"),
    ("found unexpected end of stream", "引号没有闭合（到文件结尾也没有配对的引号）"),
    ("did not find expected key", "缩进不一致，或列表项缺少“- ”"),
    ("did not find expected '-' indicator", "列表项缺少“- ”，或缩进不一致"),
    ("expected <block end>", "缩进不一致"),
    ("did not find expected node content", "此处缺少值"),
    ("found undefined alias", "使用了未定义的别名（*）"),
    ("found undefined tag handle", "使用了未定义的标签（!）"),
    ("could not determine a constructor", "不支持的标签（!）"),
    ("found unknown escape character", "双引号中的反斜杠转义无效（路径请加单引号，或用正斜杠）"),
    ("found duplicate anchor", "重复的锚点（&）"),
    ("expected a single document", "文件中有多个文档（---），只能有一个"),
    ("found unexpected ':'", "冒号的位置不对（值中的冒号需要加引号）"),
    ("cannot start any token", "值以“@”“`”“%”等不能开头的字符开头，请给值加引号"),
    ("control characters are not allowed", "含有不可见的控制字符"),
    ("unacceptable character", "含有不可见的控制字符"),
    ("while scanning an anchor", "“&”后缺少锚点名，或值中的“&”需要加引号"),
    ("while scanning an alias", "“*”后缺少别名，或值中的“*”需要加引号"),
)


def yaml_problem(error, text: str = "") -> tuple[int | None, str]:
    """(line, problem) for a yaml.YAMLError raised on `text`. Our own loader's messages are Chinese
    already and pass through."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    if line is None and isinstance(getattr(error, "position", None), int) and text:  # a ReaderError
        line = text.count("\n", 0, error.position) + 1
    problem = getattr(error, "problem", None) or ""
    if re.search(r"[\u4e00-\u9fff]", re.sub(r"'[^']*'|\"[^\"]*\"|“[^”]*”", "", problem)):  # Chinese outside quotes
        return line, problem
    text = f"{getattr(error, 'context', None) or ''} {problem} {error}"
    if getattr(error, "position", None) is not None and "character" in text:  # a ReaderError
        return line, "含有不可见的控制字符或无效的字符"
    found = next((chinese for english, chinese in _YAML if english in text), None)
    return line, f"YAML 语法错误：{found}" if found else "YAML 语法错误，请检查这一行和上一行的缩进、冒号和引号"


# --- text encodings, the operating system, regular expressions --------------------------------


def line_of_byte(data: bytes, offset: int) -> int:
    """The 1-based line of the byte at `offset`."""
    return data.count(b"\n", 0, offset) + 1


def os_problem(error: OSError) -> str:
    """Why a file could not be opened or read (the system's own text is English or the locale's)."""
    import errno

    code = error.errno
    if isinstance(error, FileNotFoundError):
        return "文件不存在"
    if isinstance(error, IsADirectoryError):
        return "这是一个文件夹，不是文件"
    if isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return "没有读取权限，或文件正被其他程序独占打开"
    if code == errno.ENAMETOOLONG:
        return "路径过长"
    if code in (errno.EIO, getattr(errno, "ENXIO", None)):
        return "读取时磁盘或网络共享出错，请把文件复制到本机后再试"
    return f"无法读取（系统错误代码 {code}）" if code else "无法读取"


_REGEX = (
    ("missing ), unterminated subpattern", "圆括号“(”没有配对的“)”"),
    ("unbalanced parenthesis", "圆括号“)”没有配对的“(”"),
    ("unterminated character set", "方括号“[”没有配对的“]”"),
    ("nothing to repeat", "“*”“+”“?”或“{”前面缺少要重复的内容"),
    ("multiple repeat", "重复符号连用（如“**”“+*”）"),
    ("bad escape", "反斜杠转义无效"),
    ("bad character range", "字符范围写反了（如“[9-0]”）"),
    ("look-behind requires fixed-width", "向后查找只能是固定长度"),
    ("unknown extension", "“(?”后的写法不支持"),
    ("missing group name", "缺少组名"),
    ("unknown group name", "引用了不存在的组名"),
    ("invalid group reference", "引用了不存在的组"),
    ("unterminated name", "组名缺少结尾的“>”"),
)


def regex_problem(error) -> str:
    """A re.error in Chinese, with the character it happened at."""
    problem = next((chinese for english, chinese in _REGEX if error.msg.startswith(english)), "写法有误")
    where = f"第 {error.pos + 1} 个字符处" if error.pos is not None else ""
    return f"正则表达式{where}{problem}"


# --- workbooks (python-calamine, openpyxl) ----------------------------------------------------

NOT_A_WORKBOOK = "无法作为表格文件打开：文件已损坏，或扩展名与实际格式不符（可用 Excel 或 WPS 打开后另存为 .xlsx 再检查）"


def calamine_problem(error: BaseException) -> str:
    """A python-calamine error, in the officer's terms."""
    import python_calamine

    text = str(error)
    if isinstance(error, python_calamine.ZipError):
        return zip_problem(error)
    if isinstance(error, python_calamine.XmlError):
        return xml_problem(error)[1]
    if isinstance(error, python_calamine.PasswordError) or "password" in text.lower():
        return "文件设有打开密码（已加密），无法读取；请清除密码后另存再检查"
    if isinstance(error, python_calamine.WorksheetNotFound):
        return "工作簿中列出的这个工作表缺少内容，文件可能已损坏"
    if text.startswith("Cfb") or "OLE" in text:
        return "不是有效的 Excel 97-2003 工作簿（.xls）：文件已损坏，或实为其他格式"
    if "not found" in text.lower():
        return zip_problem(error)
    if re.search(r"\bxls\b|biff|record", text, re.I):
        return "Excel 97-2003 工作簿（.xls）内容已损坏，无法读取"
    if re.search(r"\bods\b|mimetype|content\.xml", text, re.I):
        return "OpenDocument 表格（.ods）内容已损坏，无法读取"
    return "工作簿内容有误，无法读取：文件已损坏，或不是 Excel、WPS、LibreOffice 保存的表格"


def openpyxl_problem(error: BaseException) -> str:
    """An error of openpyxl.load_workbook on a file that exists."""
    from openpyxl.utils.exceptions import InvalidFileException

    if isinstance(error, InvalidFileException):
        return "不是 Excel 2007 及以后的工作簿（.xlsx、.xlsm）；.xls、.et 等格式请在 Excel 或 WPS 中另存为 .xlsx"
    return _package_problem(error) or "工作簿内容有误（某个部件不符合 Excel 的格式），可能已损坏；请用 Excel 或 WPS 打开后另存再试"


def docx_problem(error: BaseException) -> str:
    """An error of python-docx's Document() on a file that exists."""
    from docx.opc.exceptions import PackageNotFoundError

    if isinstance(error, PackageNotFoundError):
        return "不是 Word 文档（.docx）：文件已损坏或实为其他格式；.doc、.wps 文件请在 Word 或 WPS 中另存为 .docx"
    if isinstance(error, ValueError) and "content type" in str(error):
        return "不是 Word 文档，而是其他 Office 文件（如 Excel 工作簿或演示文稿）"
    return _package_problem(error) or "Word 文档内容有误（某个部件不符合 Word 的格式），可能已损坏；请用 Word 或 WPS 打开后另存再试"


def _package_problem(error: BaseException) -> str | None:
    """What is wrong with the ZIP container or an XML part of an Office file; None otherwise."""
    import zipfile

    if isinstance(error, (zipfile.BadZipFile, KeyError)):
        return zip_problem(error)
    if isinstance(error, xml_errors()):
        return xml_problem(error)[1]
    return None


def xml_errors() -> tuple[type[BaseException], ...]:
    """The XML parse error classes of the standard library and lxml, for except clauses."""
    from xml.etree.ElementTree import ParseError

    from lxml.etree import XMLSyntaxError

    return ParseError, XMLSyntaxError
