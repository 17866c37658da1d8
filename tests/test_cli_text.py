"""click's texts in Chinese: every text the installed click marks for translation has one; usage
lines, help and command-line errors read as Chinese; help lines fit their width."""
from __future__ import annotations

import ast
import pathlib
import re

import click
import pytest

from govopen_cli import cli_text
from govopen_cli.writers.layout import display_width
from tests.chinese import assert_chinese, foreign_words

COMMANDS = {"govopen", "check", "checklist", "init", "report", "template", "annual-report", "list", "show",
            "validate", "extract", "diff"}


def click_texts() -> set[str]:
    """Every literal click passes to gettext/ngettext in its source, plus the one it passes as a
    variable ("required")."""
    texts = {"required"}
    for path in pathlib.Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
                texts.update(arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    return texts


def test_every_click_text_is_translated():
    texts = click_texts()
    assert "Missing argument" in texts and "Usage:" in texts  # the scan finds click's texts
    missing = sorted(text for text in texts if text not in cli_text.TEXTS)
    assert not missing, f"click texts without a translation: {missing}"
    for text in texts - {"%(prog)s, version %(version)s"}:
        assert re.search(r"[\u4e00-\u9fff]", cli_text.TEXTS[text]), text


def test_translations_keep_the_placeholders():
    for english, chinese in cli_text.TEXTS.items():
        assert set(re.findall(r"\{\w+(?:!r)?\}|%\(\w+\)s", english)) >= set(re.findall(r"\{\w+(?:!r)?\}|%\(\w+\)s", chinese)), english


def test_install_points_click_at_the_table():
    import click.exceptions
    import click.formatting

    cli_text.install()
    assert click.exceptions._("Missing argument") == "缺少参数"
    assert click.formatting._("Usage:") == "用法："
    assert click.exceptions.ngettext("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)", 2) \
        == "（是否想用以下之一：{possibilities}？）"
    assert click.formatting.term_len("公开目录") == 8


@pytest.mark.parametrize("message, polished", [
    ("缺少参数 '文件...'.", "缺少参数“文件...”。"),
    ("没有选项 '--bogus'。 是否想用 '--jobs'？", "没有选项“--bogus”。是否想用“--jobs”？"),
    ("'--kind' 的值无效：'foo' 不是以下之一：'catalog', 'events'。", "“--kind”的值无效：“foo”不是以下之一：“catalog”、“events”。"),
    ("缺少option '-o' / '--output'.", "缺少选项“-o”或“--output”。"),
    ("'option' 不是以下之一：'a', 'b'。", "“option”不是以下之一：“a”、“b”。"),  # a user's value is never translated
])
def test_polish(message, polished):
    assert cli_text.polish(message) == polished


@pytest.mark.parametrize("args, fragment", [
    (["check"], "缺少参数“文件...”"),
    (["check", "a.xlsx", "--bogus"], "没有选项“--bogus”"),
    (["check", "a.xlsx", "--kind", "foo"], "“--kind”的值无效：“foo”不是以下之一：“applications”、“catalog”"),
    (["check", "a.xlsx", "--format"], "选项“--format”需要一个值"),
    (["chek"], "没有命令“chek”。（是否想用以下之一：“check”、“checklist”？）"),
    (["template"], "缺少选项“-o”或“--output”"),
    (["init", "a.yaml", "b.yaml"], "多余的参数（b.yaml）"),
    (["checklist", "show"], "缺少参数“名称|文件”"),
    (["check", "a.xlsx", "--wide=yes"], "选项“--wide”不带值"),
])
def test_usage_errors_are_chinese(cli, args, fragment):
    outcome = cli(*args)
    assert outcome.code == 2 and outcome.out == ""
    assert fragment in outcome.err
    for line in outcome.err.splitlines():
        assert_chinese(line, also=COMMANDS | {"[选项]"})
    if "值无效" not in fragment and "选项“" not in fragment:
        assert outcome.err.startswith("用法：govopen ")  # a command used wrongly: its usage line first


@pytest.mark.parametrize("args", [[], ["check"], ["checklist"], ["checklist", "extract"], ["report"], ["init"],
                                  ["template"], ["annual-report"], ["checklist", "diff"]])
def test_help_is_chinese_and_fits(cli, monkeypatch, args):
    monkeypatch.setenv("COLUMNS", "82")  # click lays help out in at most 80 columns
    outcome = cli(*args, "--help")
    assert outcome.code == 0
    assert outcome.out.startswith("用法：govopen")
    assert "选项：" in outcome.out and "Options" not in outcome.out and "Usage" not in outcome.out
    assert "显示帮助并退出" in outcome.out
    for line in outcome.out.splitlines():
        assert display_width(line) <= 80, line
        # Format names, field keys and choices written in the help are allowed; no click English.
        assert not {"Show", "message", "exit", "default", "required", "Usage"} & set(foreign_words(line)), line


def test_bare_group_shows_its_help(cli):
    outcome = cli("checklist")
    assert outcome.code == 2
    assert outcome.err.startswith("用法：govopen checklist [选项] 命令 [参数]...")
    assert "错误" not in outcome.err and "命令：" in outcome.err


def test_required_option_is_marked_in_chinese(cli):
    outcome = cli("template", "--help")
    assert "[必填]" in outcome.out and "required" not in outcome.out


def test_library_warnings_do_not_reach_the_officer(cli, monkeypatch):
    """A library's English warning (openpyxl: "Data Validation extension is not supported …") is
    not printed; the filter ends with the run."""
    import warnings

    from govopen_cli.checklist import load

    def noisy():
        warnings.warn("Data Validation extension is not supported and will be removed", UserWarning)
        return ["national-baseline"]

    monkeypatch.setattr(load, "shipped_names", noisy)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        outcome = cli("checklist", "list")
        assert outcome.code == 0 and "national-baseline" in outcome.out
        assert not seen and "Validation" not in outcome.err
        warnings.warn("after the run", UserWarning)
    assert [str(item.message) for item in seen] == ["after the run"]
