"""What "finished Chinese text" means for a message, as tests check it: no Latin word other than a
file name or path, a format name (xlsx, YAML, UTF-8 …), an option (--force), a cell (B12) or text
quoted from the user's own input (“…”)."""
from __future__ import annotations

import re

FORMAT_NAMES = {
    "xlsx", "xlsm", "xls", "xlsb", "ods", "csv", "tsv", "txt", "text", "jsonl", "ndjson", "json", "yaml", "yml",
    "xml", "html", "htm", "docx", "docm", "doc", "md", "markdown", "pdf", "et", "ett", "numbers", "zip",
    "utf-8", "utf-16", "gbk", "gb18030", "bom", "excel", "wps", "word", "ole", "libreoffice", "yyyy-mm-dd",
    "json lines", "spreadsheetml", "office",
}
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|‘[^’]*’")
_WORD = re.compile(r"[A-Za-z0-9_.:/\\~+*?=\[\]-]*[A-Za-z][A-Za-z0-9_.:/\\~+*?=\[\]-]*")


# The program's name, and a command line it tells the officer to run ("govopen check --format json").
_COMMAND = re.compile(r"\bgovopen(?: (?:check|report|init|template|annual-report|checklist|list|show|validate|extract|diff))*"
                      r"(?: --?[a-z][a-z-]*(?: [A-Za-z0-9_./*-]+)?)*")


def foreign_words(message: str, also: set[str] = frozenset()) -> list[str]:
    """The Latin words of `message` that are none of the allowed kinds (nor in `also`)."""
    text = _COMMAND.sub("", _QUOTED.sub("", message))
    return [word for word in _WORD.findall(text) if not _allowed(word, also)]


def _allowed(word: str, also: set[str]) -> bool:
    bare = word.strip(".:;,-?=[]")
    lower = bare.lower()
    if not bare or word in also or bare in also:
        return True
    if "/" in word or "\\" in word:  # a path (or GB/T)
        return True
    if lower.lstrip(".") in FORMAT_NAMES or lower.removeprefix("*.") in FORMAT_NAMES:
        return True
    if re.fullmatch(r"[^.\s]+\.[A-Za-z0-9]{1,5}", bare):  # a file name with its extension
        return True
    if word.startswith("-"):  # an option of the command line
        return True
    return bool(re.fullmatch(r"[A-Z]{1,3}\d+|[A-Z]{1,3}\d+:[A-Z]{1,3}\d+", bare))  # a cell or range


def assert_chinese(message: str, also: set[str] = frozenset()) -> None:
    assert re.search(r"[\u4e00-\u9fff]", message), f"no Chinese in: {message}"
    foreign = foreign_words(message, also)
    assert not foreign, f"Latin words {foreign} in: {message}"
