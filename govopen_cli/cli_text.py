"""click's own texts in Chinese: usage lines, help headings, "--help", and every error message.

click marks each text it shows with gettext (`_("Missing argument")`), bound in each of its modules
when it is imported. A compiled gettext catalogue would only apply under a Chinese locale, which
officers' machines (and CI) often do not have; so `install()` points those module-level names at
this table instead. tests/test_cli_text.py checks that every text the installed click marks has a
translation here, so a click upgrade that adds one fails the tests rather than printing English.
"""
from __future__ import annotations

import gettext
import re
import sys

from govopen_cli.writers.layout import display_width, wrap

# click's message ids (click 8.1–8.4) -> Chinese. Placeholders keep click's names. Quotes from
# {name!r} are turned into Chinese quotes by `polish`.
TEXTS = {
    # usage and help
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "参数",
    "Show this message and exit.": "显示帮助并退出",
    "Show the version and exit.": "显示版本并退出",
    "%(prog)s, version %(version)s": "%(prog)s %(version)s",
    "default: {default}": "默认：{default}",
    "(dynamic)": "（运行时确定）",
    "env var: {var}": "环境变量：{var}",
    "required": "必填",
    "deprecated": "已停用",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "Choice({choices})": "可选值（{choices}）",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    # errors on the command line
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行 {command} {option} 查看用法。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Missing {param_type}": "缺少{param_type}",
    "Missing command.": "缺少命令。",
    "No such option {name!r}.": "没有选项 {name!r}。",
    "No such command {name!r}.": "没有命令 {name!r}。",
    "Did you mean {possibility}?": "是否想用 {possibility}？",
    "(Did you mean one of: {possibilities}?)": "（是否想用以下之一：{possibilities}？）",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Invalid value: {message}": "值无效：{message}",
    "Got unexpected extra argument ({args})": "多余的参数（{args}）",
    "Got unexpected extra arguments ({args})": "多余的参数（{args}）",
    "Option {name!r} does not take a value.": "选项 {name!r} 不带值。",
    "Option {name!r} requires an argument.": "选项 {name!r} 需要一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项 {name!r} 需要 {nargs} 个值。",
    "Argument {name!r} takes {nargs} values.": "参数 {name!r} 需要 {nargs} 个值。",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个值，只给了 1 个。",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个值，给了 {len} 个。",
    "Invalid start character for option ({option})": "选项的开头字符无效（{option}）",
    "Value must be an iterable.": "值应为一组值。",
    "unknown error": "未知错误",
    "Aborted!": "已中断。",
    # values of typed options
    "{value!r} is not {choice}.": "{value!r} 不是 {choice}。",
    "{value!r} is not one of {choices}.": "{value!r} 不是以下之一：{choices}。",
    "{value!r} does not match the format {format}.": "{value!r} 不符合格式 {format}。",
    "{value!r} does not match the formats {formats}.": "{value!r} 不符合以下格式：{formats}。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    "{value!r} is not a valid boolean. Recognized values: {states}": "{value!r} 不是是非值，可用：{states}",
    "{len_type} values are required, but {len_value} was given.": "需要 {len_type} 个值，给了 {len_value} 个。",
    "{len_type} values are required, but {len_value} were given.": "需要 {len_type} 个值，给了 {len_value} 个。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的{number_type}。",
    "{value!r} is not a valid UUID.": "{value!r} 不是有效的 UUID。",
    "{name} {filename!r} is a file.": "{name} {filename!r} 是文件。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} 是文件夹。",
    "{name} {filename!r} is not readable.": "{name} {filename!r} 不可读。",
    "{name} {filename!r} is not writable.": "{name} {filename!r} 不可写。",
    "{name} {filename!r} is not executable.": "{name} {filename!r} 不可执行。",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "Could not open file {filename!r}: {message}": "无法打开文件 {filename!r}：{message}",
    # prompts, editors and consoles (govopen asks nothing, but click may say these)
    "Do you want to continue?": "是否继续？",
    "Confirm the action without prompting.": "不询问，直接执行。",
    "Press any key to continue...": "按任意键继续……",
    "Repeat for confirmation": "请再输入一次以确认",
    "Error: The two entered values do not match.": "错误：两次输入的值不一致。",
    "Error: invalid input": "错误：输入无效",
    "Unknown color {colour!r}": "未知的颜色 {colour!r}",
    "Unknown standard stream '{name}'": "未知的标准流“{name}”",
    "{editor}: Editing failed": "{editor}：编辑失败",
    "{editor}: Editing failed: {e}": "{editor}：编辑失败：{e}",
    "Windows error: {error}": "Windows 错误：{error}",
    "d": "天",
    "Couldn't detect Bash version, shell completion is not supported.": "无法识别 Bash 版本，不支持命令补全。",
    "Shell completion is not supported for Bash versions older than 4.4.": "Bash 4.4 以前的版本不支持命令补全。",
    # raised only while a program declares its options (a programming mistake, never a user's)
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}": "提示：命令 {name!r} 已停用。{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": "提示：{param_type} {name!r} 已停用。{extra_message}",
    "Could not determine name for option with declarations {decls!r}": "无法确定选项的名称：{decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? "
    "Did you mean to pass '--{name}'?": "未定义选项却给了名称（{name}）。",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.": "参数只能有一个名称，给了 {length} 个：{decls}。",
    "Name '{name}' defined twice": "名称“{name}”定义了两次",
    "Boolean option {decl!r} cannot use the same flag for true/false.": "是非选项 {decl!r} 的“是”和“否”不能用同一个写法。",
}
# Words click puts into its messages outside gettext: parameter kinds and number types.
WORDS = {"argument": "参数", "option": "选项", "parameter": "参数", "integer": "整数", "float": "数字"}


def translate(message: str) -> str:
    return TEXTS.get(message, message)


def translate_plural(singular: str, plural: str, count: int) -> str:
    return translate(singular if count == 1 else plural)


def _term_len(text: str) -> int:
    from click._compat import strip_ansi

    return display_width(strip_ansi(text))


def _wrap_text(text: str, width: int = 78, initial_indent: str = "", subsequent_indent: str = "",
               preserve_paragraphs: bool = False) -> str:
    """click's wrap_text measuring display width (a Chinese character is two columns) and breaking
    Chinese text anywhere but before closing punctuation. Lines of a paragraph are joined without
    a space between two Chinese characters; a paragraph after a "\\b" line is kept as written."""
    paragraphs = re.split(r"\n\s*\n", text.strip("\n")) if preserve_paragraphs else [text]
    out = []
    for paragraph in paragraphs:
        lines = [line.strip() for line in paragraph.splitlines()]
        if lines and lines[0] == "\b":
            out.append("\n".join(subsequent_indent + line for line in lines[1:]))
            continue
        joined = ""
        for line in lines:
            if joined and line and (joined[-1].isascii() or line[0].isascii()):
                joined += " "
            joined += line
        first = max(width - display_width(initial_indent), 10)
        rest = max(width - display_width(subsequent_indent), 10)
        wrapped = wrap(joined, first, rest)
        out.append("\n".join([initial_indent + wrapped[0]] + [subsequent_indent + line for line in wrapped[1:]]))
        initial_indent = subsequent_indent
    return "\n\n".join(out)


def install() -> None:
    """Point the gettext names of every loaded click module at TEXTS, and click's help layout at
    display widths (idempotent)."""
    import click.formatting

    for name, module in list(sys.modules.items()):
        if module is None or not (name == "click" or name.startswith("click.")):
            continue
        if getattr(module, "_", None) is gettext.gettext:
            module._ = translate
        if getattr(module, "ngettext", None) is gettext.ngettext:
            module.ngettext = translate_plural
    click.formatting.term_len = _term_len
    click.formatting.wrap_text = _wrap_text


_QUOTED = re.compile(r"'([^']*)'")


def polish(message: str) -> str:
    """A click message in Chinese typography: 'x' quotes become “x”, the English words click adds
    outside gettext are translated, and a final full stop is Chinese."""
    parts = _QUOTED.split(message)  # even items: click's words; odd items: the quoted names and values
    for index in range(0, len(parts), 2):
        for english, chinese in WORDS.items():
            parts[index] = re.sub(rf"(?<![A-Za-z0-9_-]){english}(?![A-Za-z0-9_-])", chinese, parts[index])
    message = "".join(part if index % 2 == 0 else f"“{part}”" for index, part in enumerate(parts))
    message = re.sub(r"(?<=[”\u4e00-\u9fff])\.(?=\s|$)", "。", message)
    message = message.replace("”, “", "”、“").replace("” / “", "”或“")  # a list of choices; -o / --output
    # No spaces around Chinese quotes or after Chinese punctuation (click joins its parts with one).
    message = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=“)|(?<=”)\s+(?=[\u4e00-\u9fff。，；：？（])", "", message)
    message = re.sub(r"(?<=[。？）])\s+", "", message)
    return message.strip()
