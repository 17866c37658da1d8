"""The terminal table fits the screen: display width (a Chinese character takes two columns) at
most the terminal's, 100 when piped or written with --output-table, long text wrapped without
losing a character, and --wide giving every line whole."""
from __future__ import annotations

import io
import os

import pytest

from govopen_cli.writers.layout import PIPED_WIDTH, display_width, fit, grid, output_width, shorten, wrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "samples", "曲阜市交通运输局-公开目录-2023.xlsx")
# The sample's longest message (索引号 format), as the table must show it in full somewhere.
# A long message without spaces, for the layout helpers.
LONG_MESSAGE = ("索引号“11370881004341590W2023-00067”格式不符：应为“前段码/年份-流水号”：前段码为9位组织机构代码"
                "（如014416330，可带连字符）或18位统一社会信用代码，年份为4位数字（可带2位月份），流水号为4至7位数字，"
                "如“014416330/2018-04736”")
# What the sample's malformed 索引号 gets (B.index-format).
INDEX_MESSAGE = ("索引号“11370881004341590W2023-00067”与发布机构“曲阜市交通运输局”其他索引号的编号体例不一致："
                 "其中 294 条（99%）为“统一社会信用代码/年份-流水号”")


def widest(text: str) -> int:
    return max(display_width(line) for line in text.splitlines())


# --- measuring and wrapping ---------------------------------------------------------------------


def test_display_width_counts_chinese_as_two():
    assert display_width("abc") == 3
    assert display_width("公开目录") == 8
    assert display_width("公开目录!B25") == 12
    assert display_width("〔2023〕") == 8  # full-width brackets
    assert display_width("ＡＢ") == 4  # full-width Latin


@pytest.mark.parametrize("width", [10, 21, 36, 57, 80])
def test_wrap_keeps_every_character_and_the_width(width):
    lines = wrap(LONG_MESSAGE, width)
    assert "".join(lines) == LONG_MESSAGE
    assert max(display_width(line) for line in lines) <= width
    assert len(lines) > 1


def test_wrap_never_starts_a_line_with_closing_punctuation():
    text = "生成日期 2023-03-01，发布日期 2023-04-20，相隔 35 个工作日，超过 20 个工作日的公开时限。" * 3
    for width in range(12, 60):
        lines = wrap(text, width)
        assert all(line[0] not in "，。、；：）”" for line in lines[1:]), (width, lines)
        assert all(line[-1] not in "（“" for line in lines), (width, lines)


def test_wrap_keeps_latin_words_whole():
    lines = wrap("检查期间 national-baseline 清单 " * 4, 30)
    assert all("national-baseline" in line or "national" not in line for line in lines)


def test_fit_indents_continuation_lines():
    lines = fit("    字段对应：" + "索引号←索取号，" * 12, 50, 14)
    assert len(lines) > 2
    assert all(line.startswith(" " * 14) and not line[14].isspace() for line in lines[1:])
    assert max(display_width(line) for line in lines) <= 50


def test_shorten():
    assert shorten("曲阜市交通运输综合执法大队", 10) == "曲阜市交…"
    assert display_width(shorten("曲阜市交通运输综合执法大队", 10)) <= 10
    assert shorten("短", 10) == "短"
    assert shorten("曲阜市交通运输综合执法大队", None) == "曲阜市交通运输综合执法大队"


def test_grid_wraps_the_widest_column():
    rows = [["公开目录!B70", "W2023-00067", LONG_MESSAGE]]
    lines = grid(["位置", "值", "说明"], rows, 70, indent=4)
    assert max(display_width(line) for line in lines) <= 70
    assert lines[0].split() == ["位置", "值", "说明"]
    assert lines[2].startswith("    公开目录!B70  ")
    # Continuation lines of the message column line up under its first line.
    column = display_width(lines[2]) - display_width(lines[2].split()[-1])
    assert all(display_width(line) - display_width(line.lstrip()) == column for line in lines[3:])
    assert "".join(line.split()[-1] for line in lines[2:]).endswith("如“014416330/2018-04736”")


def test_output_width_follows_the_terminal(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setenv("COLUMNS", "72")
    assert output_width(Terminal()) == 72
    assert output_width(io.StringIO()) == PIPED_WIDTH  # a pipe or a file
    assert output_width(None) == PIPED_WIDTH  # -o / --output-table
    assert output_width(Terminal(), wide=True) is None
    monkeypatch.setenv("COLUMNS", "12")
    assert output_width(Terminal()) == 40  # never narrower than a table can be laid out in


# --- the check report ---------------------------------------------------------------------------


def test_piped_table_is_100_columns_wide(cli):
    outcome = cli("check", SAMPLE, "--as-of", "2024-01-31")
    assert outcome.code == 1
    assert widest(outcome.out) == 100  # the sample has longer lines: they were wrapped to exactly fit
    text = "".join(outcome.out.split())
    assert "".join(INDEX_MESSAGE.split()) in text  # wrapped, not cut
    assert "11370881004341590W2023-…" in outcome.out  # long values are shortened in the 值 column


def test_output_table_file_is_100_columns_wide(cli, tmp_path):
    outcome = cli("check", SAMPLE, "--as-of", "2024-01-31", "--format", "json", "--output-table", tmp_path / "表.txt")
    assert outcome.code == 1
    assert widest((tmp_path / "表.txt").read_text(encoding="utf-8")) == 100


def test_table_follows_the_terminal_width(cli, monkeypatch):
    import sys

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    outcome = cli("check", SAMPLE, "--as-of", "2024-01-31")
    assert widest(outcome.out) <= 80
    assert "".join(INDEX_MESSAGE.split()) in "".join(outcome.out.split())


def test_wide_gives_every_line_whole(cli):
    outcome = cli("check", SAMPLE, "--as-of", "2024-01-31", "--wide")
    assert outcome.code == 1
    assert widest(outcome.out) > 200
    lines = outcome.out.splitlines()
    assert any(line.rstrip().endswith(INDEX_MESSAGE) and "11370881004341590W2023-00067  " in line for line in lines)
    assert not any("…  " in line for line in lines)  # no value shortened


def test_checklist_show_and_list_fit_and_speak_chinese(cli):
    from govopen_cli.rules import REGISTRY

    shown = cli("checklist", "show", "national-baseline")
    assert shown.code == 0 and widest(shown.out) <= 100
    assert "列是否齐全" in shown.out and "文号格式" in shown.out
    assert not [name for name in REGISTRY if f" {name}" in shown.out]  # no rule names, their Chinese labels
    assert widest(cli("checklist", "show", "national-baseline", "--wide").out) > 100
    listed = cli("checklist", "list")
    assert listed.code == 0 and widest(listed.out) <= 100 and "national-baseline" in listed.out


def test_every_rule_has_a_chinese_label():
    from govopen_cli.labels import RULE_LABELS
    from govopen_cli.rules import REGISTRY

    assert set(REGISTRY) <= set(RULE_LABELS)
