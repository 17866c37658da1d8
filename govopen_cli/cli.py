"""Command line: parse options, call the core once, pick writers, map the outcome to an exit code.

Exit codes (DESIGN §2): 0 no failing check at or above --fail-on; 1 failing checks; 2 usage, input
or checklist error; 3 internal error (traceback saved to a file named in the message).
"""
from __future__ import annotations

import datetime as dt
import functools
import os
import sys
import tempfile
import traceback

import click
from tabulate import tabulate

from govopen_cli import __version__, api
from govopen_cli.checklist.load import load_checklist, shipped_names
from govopen_cli.errors import GovopenError, UsageError
from govopen_cli.io.fields import FIELDS
from govopen_cli.writers import FORMATS
from govopen_cli.writers import table as table_writer
from govopen_cli.writers.atomic import write_text_atomic

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _echo_error(message: str) -> None:
    click.echo(f"错误：{message}", err=True)


def guarded(command):
    """The one place that turns exceptions into exit codes."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            code = command(*args, **kwargs)
        except GovopenError as error:
            _echo_error(error.message)
            code = error.exit_code
        except KeyboardInterrupt:
            _echo_error("已中断")
            code = EXIT_USAGE
        except Exception:  # noqa: BLE001 - last resort: never show a traceback to an officer
            handle, path = tempfile.mkstemp(prefix="govopen-error-", suffix=".txt")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(f"govopen {__version__}\n{' '.join(sys.argv)}\n\n{traceback.format_exc()}")
            exc = sys.exc_info()[1]
            _echo_error(f"内部错误（{type(exc).__name__}）。这不是您的操作问题，请把 {path} 发给维护人员。")
            code = EXIT_INTERNAL
        sys.exit(code)

    return wrapper


def _parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"“{value}”不是日期，应为 YYYY-MM-DD") from None


class ChineseGroup(click.Group):
    """Usage errors from click (unknown option, missing argument) exit 2, as ours do."""


@click.group(cls=ChineseGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="govopen")
def cli():
    """govopen：政务公开自查工具。按工作方案的检查清单检查政府信息公开目录，输出问题清单和自查报告。"""


def output_options(command):
    """--output-json FILE, --output-junit FILE …: several formats written in one run."""
    for name in sorted(FORMATS, reverse=True):
        command = click.option(f"--output-{name}", f"output_{name}", metavar="文件",
                               help=f"另外把 {name} 格式写入文件")(command)
    return command


@cli.command("check")
@click.argument("paths", nargs=-1, required=True, metavar="文件...")
@click.option("-c", "--checklist", metavar="名称|文件", help="检查清单：内置名称或 YAML 文件（默认 national-baseline，或 govopen.yaml 中的 checklist）")
@click.option("--kind", type=click.Choice(sorted(FIELDS)), help="数据类型（默认按表头自动识别）")
@click.option("--sheet", metavar="工作表", help="只检查这个工作表（默认检查所有能识别表头的工作表）")
@click.option("--map", "mappings", multiple=True, metavar="字段=列名", help="指定列与字段的对应，例如 --map 信息名称=标题；可重复")
@click.option("--as-of", callback=_parse_date, metavar="YYYY-MM-DD", help="检查日期（默认今天），用于时限类检查")
@click.option("--year", type=int, help="检查年度（默认取检查清单的年度）")
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="table", show_default=True, help="输出格式")
@click.option("-o", "--output", metavar="文件", help="把输出写入文件（默认显示在屏幕上）")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error", show_default=True,
              help="达到该级别的检查不通过时退出码为 1")
@click.option("--answers", "answers_path", metavar="文件", help="人工核查结论（YAML：检查项 id → result、evidence、by、date）")
@click.option("--waivers", "waivers_path", metavar="文件", help="豁免清单（YAML：check、reason、approved_by、expires）")
@click.option("--config", "config_path", metavar="文件", help="配置文件（默认当前文件夹的 govopen.yaml）")
@click.option("--glob", "pattern", metavar="模式", help="检查文件夹时只取匹配的文件名，例如 --glob '*目录*.xlsx'")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="读取文件的并行进程数")
@click.option("--baseline", "baseline_path", metavar="旧结果.json", help="与上次的 JSON 结果比较：新增、仍存在、已整改")
@click.option("--only-new", is_flag=True, help="与 --baseline 合用：只有新增问题才使退出码为 1")
@output_options
@guarded
def check_command(paths, checklist, kind, sheet, mappings, as_of, year, output_format, output, fail_on,
                  answers_path, waivers_path, config_path, pattern, jobs, baseline_path, only_new, **outputs):
    """检查表格文件（xlsx、xlsm、xls、ods、csv、tsv、jsonl）或文件夹。

    同一类数据的多个文件（或一个文件夹）逐个检查并汇总；不同类数据（目录和依申请公开台账）一起检查。
    """
    if only_new and not baseline_path:
        raise UsageError("--only-new 需要与 --baseline 旧结果.json 一起使用")
    request = api.CheckRequest(
        paths=list(paths), checklist=checklist, kind=kind, sheet=sheet, mappings=list(mappings),
        as_of=as_of, year=year, config_path=config_path, answers_path=answers_path, waivers_path=waivers_path,
        glob=pattern, jobs=jobs, baseline_path=baseline_path,
    )
    result = api.check(request)
    failing = result.failing(fail_on, only_new=only_new)
    for name, path in outputs.items():
        if path:
            write_text_atomic(path, _render(name.removeprefix("output_"), result, fail_on))
    text = _render(output_format, result, fail_on)
    if output:
        write_text_atomic(output, text)
        click.echo(table_writer.verdict(result, fail_on), err=output_format != "table")
    else:
        click.echo(text, nl=False)
    return EXIT_FAIL if failing else EXIT_OK


def _render(name: str, result, fail_on: str) -> str:
    return table_writer.render(result, fail_on=fail_on) if name == "table" else FORMATS[name](result)


@cli.command("template")
@click.option("-o", "--output", required=True, metavar="文件.xlsx", help="模板文件路径")
@guarded
def template_command(output):
    """生成空白的政府信息公开目录模板（含下拉选项、日期格式和填写说明），供各部门填报。"""
    from govopen_cli.template import write_template

    if not output.lower().endswith(".xlsx"):
        raise UsageError(f"{output}：模板应保存为 .xlsx 文件")
    write_template(output)
    click.echo(f"已生成目录模板：{output}")
    return EXIT_OK


@cli.group("checklist")
def checklist_group():
    """查看、校验检查清单。"""


@checklist_group.command("list")
@guarded
def checklist_list():
    """列出内置的检查清单。"""
    rows = []
    for name in shipped_names():
        checklist = load_checklist(name)
        rows.append([name, checklist.title, len(checklist.tasks), len(checklist.checks), checklist.extends or ""])
    click.echo(tabulate(rows, headers=["名称", "标题", "任务数", "检查项数", "继承自"]))
    return EXIT_OK


@checklist_group.command("show")
@click.argument("name", metavar="名称|文件")
@guarded
def checklist_show(name):
    """显示检查清单的任务、检查项、责任单位和依据。"""
    checklist = load_checklist(name)
    click.echo(f"{checklist.title}（{checklist.id}）")
    if checklist.source:
        click.echo(f"依据：{checklist.source}")
    if checklist.extends:
        click.echo(f"继承自：{checklist.extends}")
    rows = []
    by_id = {check.id: check for check in checklist.checks}
    for task in checklist.tasks:
        rows.append([task.id, task.title, "、".join(task.units), task.source or "", ""])
        for check_id in task.check_ids:
            check = by_id[check_id]
            how = check.rule or "人工核查"
            rows.append([f"  {check.id}", f"  {check.title}", "、".join(check.units) if check.units != task.units else "",
                         check.source or "", how])
    for check in checklist.checks:
        if check.task is None:
            rows.append([check.id, check.title, "、".join(check.units), check.source or "", check.rule or "人工核查"])
    click.echo(tabulate(rows, headers=["编号", "任务 / 检查项", "责任单位", "依据", "检查方式"]))
    click.echo(f"\n共 {len(checklist.tasks)} 项任务，{len(checklist.checks)} 项检查。")
    return EXIT_OK


@checklist_group.command("validate")
@click.argument("paths", nargs=-1, required=True, metavar="文件...")
@guarded
def checklist_validate(paths):
    """校验检查清单 YAML 文件：语法、规则名、参数、继承关系。"""
    for path in paths:
        if not os.path.isfile(path):
            raise UsageError(f"{path}：文件不存在")
        checklist = load_checklist(path)
        click.echo(f"{path}：有效 — {len(checklist.tasks)} 项任务，{len(checklist.checks)} 项检查")
    return EXIT_OK


def main(argv: list[str] | None = None) -> None:
    for stream in (sys.stdout, sys.stderr):
        # Windows consoles in GBK cannot show every character; never crash on output.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        cli.main(args=argv, prog_name="govopen", standalone_mode=False)
    except click.exceptions.Abort:
        _echo_error("已中断")
        sys.exit(EXIT_USAGE)
    except click.UsageError as error:
        _echo_error(_translate_usage(error))
        sys.exit(EXIT_USAGE)
    except click.ClickException as error:
        _echo_error(error.format_message())
        sys.exit(EXIT_USAGE)


def _translate_usage(error: click.UsageError) -> str:
    message = error.format_message()
    replacements = {
        "No such option": "没有这个选项",
        "Missing argument": "缺少参数",
        "No such command": "没有这个命令",
        "Invalid value for": "参数值无效：",
        "is not one of": "不是以下之一：",
        "Got unexpected extra argument": "多余的参数",
        "Missing option": "缺少选项",
        "Option": "选项",
        "requires an argument": "需要一个值",
    }
    for english, chinese in replacements.items():
        message = message.replace(english, chinese)
    command = error.ctx.command_path if error.ctx else "govopen"
    return f"{message}（运行 {command} --help 查看用法）"
