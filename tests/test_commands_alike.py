"""The commands behave alike: files a person edits are replaced only with --force; checklist
commands take built-in names and files; extract says when it finds no task; a year without
working-day data warns and the advice given works; long work shows a progress bar on a terminal."""
from __future__ import annotations

import io
import json
import re
import textwrap
from pathlib import Path

import pytest

from govopen_cli import progress
from govopen_cli.writers.layout import display_width
from tests.helpers import write_xlsx

PLANS = Path(__file__).resolve().parent / "data" / "plans"
PLAN_TEXT = """\
曲阜市交通运输局2023年政务公开工作实施方案
一、重点任务
（一）推进财政资金信息公开。在规定时间内公开部门预算、决算。（责任单位：局财务科）
"""


# --- never replace an edited file without --force -----------------------------------------------


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "方案.txt"
    path.write_text(PLAN_TEXT, encoding="utf-8")
    return path


@pytest.mark.parametrize("command, target", [
    (["init"], "govopen.yaml"),
    (["init", "my.yaml"], "my.yaml"),
    (["template", "-o"], "目录模板.xlsx"),
    (["checklist", "extract", "{plan}", "-o"], "草稿.yaml"),
])
def test_an_existing_file_is_kept_without_force(cli, tmp_path, plan, command, target):
    args = [str(plan) if part == "{plan}" else part for part in command]
    args = args if args[-1] != "-o" else args + [target]
    path = tmp_path / target
    path.write_text("officer's own edits", encoding="utf-8")
    refused = cli(*args)
    assert refused.code == 2
    assert refused.err == f"错误：{target} 已存在，未作修改；如需覆盖请加 --force\n"
    assert path.read_text(encoding="utf-8") == "officer's own edits"
    replaced = cli(*args, "--force")
    assert replaced.code == 0, replaced.err
    assert path.read_bytes() != b"officer's own edits"


def test_new_files_need_no_force(cli, tmp_path, plan):
    assert cli("template", "-o", "模板.xlsx").code == 0 and (tmp_path / "模板.xlsx").stat().st_size > 0
    assert cli("init").code == 0 and (tmp_path / "govopen.yaml").is_file()
    assert cli("checklist", "extract", plan, "-o", "草稿.yaml").code == 0 and (tmp_path / "草稿.yaml").is_file()


# --- built-in names and files alike -------------------------------------------------------------


def test_validate_takes_built_in_names_and_files(cli, tmp_path, plan):
    outcome = cli("checklist", "validate", "national-baseline")
    assert outcome.code == 0
    assert re.fullmatch(r"national-baseline（内置）：有效 — \d+ 项任务，\d+ 项检查\n", outcome.out)
    assert cli("checklist", "extract", plan, "-o", "草稿.yaml").code == 0
    both = cli("checklist", "validate", "草稿.yaml", "national-baseline")
    assert both.code == 0 and both.out.startswith("草稿.yaml：有效 — ") and "national-baseline（内置）：有效" in both.out
    unknown = cli("checklist", "validate", "没有这个清单")
    assert unknown.code == 2 and "找不到检查清单“没有这个清单”（内置清单：" in unknown.err


def test_show_takes_built_in_names_and_files(cli, tmp_path, plan):
    named = cli("checklist", "show", "national-baseline")
    assert named.code == 0 and "（national-baseline）" in named.out.splitlines()[0]
    assert cli("checklist", "extract", plan, "-o", "草稿.yaml").code == 0
    filed = cli("checklist", "show", "草稿.yaml")
    assert filed.code == 0 and "推进财政资金信息公开" in filed.out


def test_extract_says_when_it_finds_no_task(cli, tmp_path):
    path = tmp_path / "通知.txt"
    path.write_text("关于做好政务公开工作的通知\n各单位要高度重视，认真落实。\n", encoding="utf-8")
    outcome = cli("checklist", "extract", path, "-o", "草稿.yaml")
    assert outcome.code == 2
    assert "没有识别出工作任务（应有“一、”“（一）”“1.”等编号的段落" in outcome.err
    assert not (tmp_path / "草稿.yaml").exists()


# --- a year without working-day data --------------------------------------------------------------


def test_a_year_without_calendar_data_warns_and_the_advice_works(cli, tmp_path):
    checklist = tmp_path / "清单.yaml"
    checklist.write_text(textwrap.dedent("""\
        id: t
        title: 及时公开
        period: {year: 2035}
        checks:
          - {id: T, title: 及时公开, rule: timeliness}
        """), encoding="utf-8")
    path = write_xlsx(tmp_path / "目录.xlsx", {"目录": [["索引号", "信息名称", "生成日期", "发布日期"],
                                                     ["A-1", "通知", "2035-03-01", "2035-03-20"]]})
    outcome = cli("check", path, "-c", checklist, "--as-of", "2036-01-31", "--wide")
    warning = next(line for line in outcome.out.splitlines() if line.startswith("注意："))
    assert warning.startswith("注意：2035 年没有官方节假日数据（内置 2004–")
    assert "工作日暂按周一至周五计算" in warning and "在 govopen.yaml 中补充" in warning
    example = re.search(r"例如：(holidays: .*)$", warning).group(1)
    (tmp_path / "govopen.yaml").write_text(example + "\n", encoding="utf-8")  # do as the warning says
    data = json.loads(cli("check", path, "-c", checklist, "--as-of", "2036-01-31", "--format", "json").out)
    assert "warnings" not in data


# --- progress bars --------------------------------------------------------------------------------


class Clock:
    """A clock that moves only when told (no timed assertions)."""

    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def terminal(monkeypatch):
    stream, clock = io.StringIO(), Clock()
    progress.enable(stream, clock)
    monkeypatch.setenv("COLUMNS", "81")
    yield stream, clock
    progress.disable()


def test_no_bar_for_work_under_two_seconds(terminal):
    stream, clock = terminal
    with progress.bar("正在检查：", 10, "项检查") as shown:
        for _ in range(10):
            clock.now += 0.19
            shown.advance()
    assert stream.getvalue() == ""


def test_bar_after_two_seconds_then_cleared(terminal):
    stream, clock = terminal
    with progress.bar("正在检查：", 4, "项检查") as shown:
        clock.now += 2.5
        shown.advance()
        drawn = stream.getvalue()
        assert drawn.startswith("\r正在检查： ██████░░░░░░░░░░░░░░░░░░  25%  1/4 项检查")
        assert display_width(drawn[1:]) == 80  # the line's 80 columns, a Chinese character counting two
        clock.now += 0.05
        shown.advance()  # within 0.1 s of the last draw: not redrawn
        assert stream.getvalue() == drawn
        clock.now += 0.5
        shown.advance(2)
        assert stream.getvalue()[len(drawn):].startswith("\r正在检查： ████████████████████████ 100%  4/4 项检查")
    assert stream.getvalue().endswith("\r" + " " * 80 + "\r")  # the line is left clean


def test_one_bar_at_a_time(terminal):
    stream, clock = terminal
    with progress.bar("正在读取和检查文件：", 2, "个文件") as outer:
        with progress.bar("正在检查：", 5, "项检查") as inner:
            clock.now += 3
            inner.advance()
        outer.advance()
    assert "个文件" in stream.getvalue() and "项检查" not in stream.getvalue()


def test_silent_unless_enabled():
    progress.disable()
    shown = progress.bar("正在检查：", 3, "项检查")
    shown.advance(3)
    shown.close()
    assert shown.stream is None


def test_checks_show_a_bar_on_a_terminal(terminal, cli, tmp_path, monkeypatch):
    stream, clock = terminal
    from govopen_cli import engine

    real = engine._run_check

    def slow(*args, **kwargs):  # every check "takes" a second
        clock.now += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "_run_check", slow)
    path = write_xlsx(tmp_path / "目录.xlsx", {"目录": [["索引号", "信息名称", "发布日期"], ["A-1", "通知", "2023-05-16"]]})
    monkeypatch.setattr("sys.stderr.isatty", lambda: False, raising=False)  # the fixture's stream is the terminal
    cli("check", path, "--as-of", "2024-01-31", "--format", "json")
    assert "\r正在检查 1 行：" in stream.getvalue() and "项检查" in stream.getvalue()


def test_batch_counts_files(terminal, tmp_path):
    stream, clock = terminal
    from govopen_cli import batch

    folder = tmp_path / "各部门"
    folder.mkdir()
    for name in ("交通局", "城管局", "水务局"):
        write_xlsx(folder / f"{name}.xlsx", {"目录": [["索引号", "信息名称", "发布日期"], ["A-1", "通知", "2023-05-16"]]})
    real = batch._load

    def slow(*args):
        clock.now += 1.5
        return real(*args)

    batch._load = slow
    try:
        files, _ = batch.expand_paths([str(folder)])
        batch.load_all(files, batch.ReadOptions())
    finally:
        batch._load = real
    assert "\r正在读取和检查文件：" in stream.getvalue() and "2/3 个文件" in stream.getvalue()


def test_workbook_rows_show_a_bar(terminal, tmp_path):
    stream, clock = terminal
    from govopen_cli.result import Finding
    from govopen_cli.writers import xlsx

    clock_steps = iter(range(10_000))

    def ticking() -> float:  # a second per row written
        return 100.0 + next(clock_steps)

    progress.enable(stream, ticking)
    from tests.test_table_layout import SAMPLE
    from govopen_cli import api
    from govopen_cli.config import Config

    result = api.check(api.CheckRequest(paths=[SAMPLE], as_of=__import__("datetime").date(2024, 1, 31)), Config())
    assert isinstance(result.findings[0], Finding)
    stream.truncate(0)
    xlsx.build(result).save(io.BytesIO())  # saved, so the write-only sheets close
    assert f"\r正在写出工作簿“问题清单”：" in stream.getvalue() and f"/{len(result.findings)} 行" in stream.getvalue()


def test_annual_report_for_a_year_without_calendar_data_says_so(cli, tmp_path):
    ledger = Path(__file__).resolve().parent.parent / "samples" / "依申请公开台账-2023.xlsx"
    outcome = cli("annual-report", "--year", "2035", "--applications", ledger, "--docx", tmp_path / "年报.docx")
    assert outcome.code == 0, outcome.err
    assert "请核对：2035 年没有官方节假日数据" in outcome.err and "在 govopen.yaml 中补充" in outcome.err
    same_year = cli("annual-report", "--year", "2023", "--applications", ledger, "--docx", tmp_path / "年报.docx")
    assert "没有官方节假日数据" not in same_year.err
