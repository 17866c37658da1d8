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
import warnings

import click

from govopen_cli import cli_text

cli_text.install()

# Only light modules at the top: `govopen --help` must not import pandas, docx or openpyxl
# (DESIGN §9). The core is imported inside the commands that need it.
from govopen_cli import __version__
from govopen_cli import outputs as planned_outputs
from govopen_cli.errors import GovopenError, OutputError, UsageError
from govopen_cli.labels import CONFIG_NAME, KIND_LABELS
from govopen_cli.writers import FORMAT_NAMES, render_format, write_format
from govopen_cli.writers.layout import PIPED_WIDTH, output_width

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _echo_error(message: str) -> None:
    from govopen_cli.writers.control import for_terminal

    click.echo(for_terminal(f"错误：{message}"), err=True)  # messages quote cells: no raw control characters


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
        except BrokenPipeError:
            # The reader of our output went away (govopen … | head): stop quietly.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            code = EXIT_FAIL
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


def _whole_number(low: int, high: int, what: str):
    """A click callback for an integer option with a Chinese message when it is not one in range."""
    def parse(ctx, param, value):
        if value is None:
            return None
        try:
            number = int(str(value).strip())
        except ValueError:
            raise click.BadParameter(f"“{value}”不是整数，{what}应为 {low} 至 {high}") from None
        if not low <= number <= high:
            raise click.BadParameter(f"{number} 超出范围，{what}应为 {low} 至 {high}")
        return number
    return parse


class ChineseFormatter(click.HelpFormatter):
    """Chinese punctuation in help: "用法：govopen …", "选项：" (click's texts are in cli_text)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix=cli_text.translate("Usage:"))

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")


class ChineseContext(click.Context):
    formatter_class = ChineseFormatter


class ChineseHelp:
    """Chinese help layout and placeholders in usage lines."""

    context_class = ChineseContext

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[选项]")
        if issubclass(type(self), click.Group):
            kwargs.setdefault("subcommand_metavar", "命令 [参数]...")
        super().__init__(*args, **kwargs)


class ChineseCommand(ChineseHelp, click.Command):
    pass


class ChineseGroup(ChineseHelp, click.Group):
    """Every command and subgroup gets Chinese help; usage errors exit 2 (see main)."""

    command_class = ChineseCommand
    group_class = type  # subgroups are ChineseGroup too


@click.group(cls=ChineseGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="govopen", message="%(prog)s %(version)s",
                      help="显示版本并退出")
def cli():
    """govopen：政务公开自查工具。按工作方案的检查清单检查政府信息公开目录，输出问题清单和自查报告。"""


def output_options(command):
    """--output-json FILE, --output-junit FILE …: several formats written in one run."""
    for name in sorted(FORMAT_NAMES, reverse=True):
        command = click.option(f"--output-{name}", f"output_{name}", metavar="文件",
                               help=f"另外把 {name} 格式写入文件")(command)
    return command


def report_options(command):
    """--docx / --xlsx and the agency details printed on the 自查报告 (override govopen.yaml)."""
    options = [
        click.option("--docx", "docx_path", metavar="文件.docx", help="写出 Word 自查报告（GB/T 9704 公文格式）"),
        click.option("--xlsx", "xlsx_path", metavar="文件.xlsx", help="写出 Excel 工作簿：汇总、检查明细、问题清单、整改台账、人工核查"),
        click.option("--agency", metavar="单位名称", help="报告中的单位名称（默认 govopen.yaml 的 agency.name）"),
        click.option("--leader", metavar="姓名", help="政务公开工作领导小组组长（默认 agency.leader）"),
        click.option("--contact", metavar="联系人", help="报告落款后的联系人（默认 agency.contact）"),
        click.option("--report-date", callback=_parse_date, metavar="YYYY-MM-DD", help="报告落款日期（默认 agency.date，或检查日期）"),
        click.option("--deadline", callback=_parse_date, metavar="YYYY-MM-DD", help="整改完成时限（默认 agency.deadline，或报告日期后 30 天）"),
        click.option("--force", is_flag=True, help="覆盖已填写过人工核查结论或整改台账的自查工作簿（--xlsx）"),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _agency_overrides(agency, leader, contact, report_date, deadline) -> dict:
    values = {"name": agency, "leader": leader, "contact": contact,
              "date": report_date.isoformat() if report_date else None,
              "deadline": deadline.isoformat() if deadline else None}
    return {key: value for key, value in values.items() if value}


def _next_steps(name: str | None) -> list[str] | None:
    """The checklist's next_steps for 三、下一步工作安排; None when the checklist cannot be found."""
    if not name:
        return None
    from govopen_cli.checklist.load import load_checklist

    try:
        return list(load_checklist(name).next_steps)
    except GovopenError:
        return None


MANY_FINDINGS = 100_000  # from here the workbook takes a few seconds: say so before it starts
WORKBOOK_ROWS_PER_SECOND = 25_000  # measured 2026-12-03: 40,000 rows in 1.5 s, 200,000 in 6.7 s (whole command)


def _write_reports(plan, result, docx_path: str | None, xlsx_path: str | None, next_steps, kept=None) -> list[str]:
    """Stage the report and the workbook in `plan`; the lines to say once they are in place."""
    if not docx_path and not xlsx_path:
        return []  # and python-docx and openpyxl are not imported (about 0.25 s of every check)
    from govopen_cli.writers import docx as docx_writer
    from govopen_cli.writers import xlsx as xlsx_writer

    done = []
    if (docx_path or xlsx_path) and not (result.agency or {}).get("name"):
        click.echo("提示：未设置单位名称（govopen.yaml 的 agency.name 或 --agency），报告中以“我单位”代替。", err=True)
    if docx_path:
        plan.write_document(docx_path, docx_writer.build(result, next_steps))
        done.append(f"已写出自查报告：{docx_path}")
    if xlsx_path:
        count = len(result.findings)
        if count >= MANY_FINDINGS:
            seconds = count // WORKBOOK_ROWS_PER_SECOND + 1
            click.echo(f"正在写出工作簿：问题清单共 {count:,} 行，约需 {seconds} 秒……", err=True)
        plan.write_document(xlsx_path, xlsx_writer.build(result, next_steps, kept))
        done.append(f"已写出自查工作簿：{xlsx_path}")
    return done


@cli.command("check")
@click.argument("paths", nargs=-1, required=True, metavar="文件...")
@click.option("-c", "--checklist", metavar="名称|文件", help="检查清单：内置名称或 YAML 文件（默认 national-baseline，或 govopen.yaml 中的 checklist）")
@click.option("--kind", type=click.Choice(sorted(KIND_LABELS)), help="数据类型（默认按表头自动识别）")
@click.option("--sheet", metavar="工作表", help="只检查这个工作表（默认检查所有能识别表头的工作表）")
@click.option("--map", "mappings", multiple=True, metavar="字段=列名", help="指定列与字段的对应，例如 --map 信息名称=标题；可重复")
@click.option("--as-of", callback=_parse_date, metavar="YYYY-MM-DD", help="检查日期（默认今天），用于时限类检查")
@click.option("--year", metavar="年度", callback=_whole_number(1990, 2100, "年度"), help="检查年度（默认取检查清单的年度）")
@click.option("--format", "output_format", type=click.Choice(sorted(FORMAT_NAMES)), default="table",
              help="输出格式：table（中文表格，默认）、json、junit、sarif、github")
@click.option("-o", "--output", metavar="文件", help="把输出写入文件（默认显示在屏幕上）")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error",
              help="达到该级别的检查不通过时退出码为 1（默认 error；never 为总是 0）")
@click.option("--answers", "answers_path", metavar="文件", help="人工核查结论：YAML（检查项 id → result、evidence、by、date），或填写后的自查报告工作簿 .xlsx（“人工核查”工作表）")
@click.option("--waivers", "waivers_path", metavar="文件", help="豁免清单（YAML：check、reason、approved_by、expires）")
@click.option("--config", "config_path", metavar="文件", help="配置文件（默认当前文件夹的 govopen.yaml）")
@click.option("--glob", "pattern", metavar="模式", help="检查文件夹时只取匹配的文件名，例如 --glob '*目录*.xlsx'")
@click.option("-j", "--jobs", default="1", metavar="进程数", callback=_whole_number(1, 64, "进程数"),
              help="批量检查时并行读取和检查文件的进程数（1 至 64，默认 1）")
@click.option("--baseline", "baseline_path", metavar="旧结果.json", help="与上次的 JSON 结果比较：新增、仍存在、已整改")
@click.option("--only-new", is_flag=True, help="与 --baseline 合用：只有新增问题才使退出码为 1")
@click.option("--wide", is_flag=True, help="表格输出不换行、不截短（默认按终端宽度排版，写入文件或管道时为 100 列）")
@output_options
@report_options
@guarded
def check_command(paths, checklist, kind, sheet, mappings, as_of, year, output_format, output, fail_on,
                  answers_path, waivers_path, config_path, pattern, jobs, baseline_path, only_new, wide,
                  docx_path, xlsx_path, agency, leader, contact, report_date, deadline, force, **outputs):
    """检查表格文件（xlsx、xlsm、xls、ods、csv、tsv、jsonl）或文件夹。

    同一类数据的多个文件（或一个文件夹）逐个检查并汇总；不同类数据（目录和依申请公开台账）一起检查。
    """
    from govopen_cli import api
    from govopen_cli.config import load_config
    from govopen_cli.writers import table as table_writer

    if only_new and not baseline_path:
        raise UsageError("--only-new 需要与 --baseline 旧结果.json 一起使用")
    request = api.CheckRequest(
        paths=list(paths), checklist=checklist, kind=kind, sheet=sheet, mappings=list(mappings),
        as_of=as_of, year=year, config_path=config_path, answers_path=answers_path, waivers_path=waivers_path,
        glob=pattern, jobs=jobs, baseline_path=baseline_path,
    )
    plan = planned_outputs.for_check(paths, pattern, checklist, answers_path, waivers_path, config_path, baseline_path,
                                     output, output_format, outputs, docx_path, xlsx_path, force)
    kept = planned_outputs.kept_cells(answers_path)
    with plan:
        config = load_config(config_path)
        config.agency.update(_agency_overrides(agency, leader, contact, report_date, deadline))
        result = api.check(request, config)
        failing = result.failing(fail_on, only_new=only_new)
        file_width = output_width(None, wide)
        for name, path in outputs.items():
            if path:
                plan.stage(path, _producer(name.removeprefix("output_"), result, fail_on, only_new, file_width))
        if output:
            plan.stage(output, _producer(output_format, result, fail_on, only_new, file_width))
        done = _write_reports(plan, result, docx_path, xlsx_path, result.checklist.get("next_steps"), kept)
        plan.commit()
    if output:
        click.echo(table_writer.verdict(result, fail_on, only_new), err=output_format != "table")
    elif output_format == "table":
        click.echo(_render(output_format, result, fail_on, only_new, output_width(sys.stdout, wide)), nl=False)
    else:  # JSON, SARIF, GitHub: streamed finding by finding
        write_format(output_format, result, sys.stdout)
    for line in done:
        click.echo(line, err=True)
    return EXIT_FAIL if failing else EXIT_OK


@cli.command("report")
@click.argument("result_path", metavar="结果.json")
@report_options
@click.option("-c", "--checklist", metavar="名称|文件", help="检查清单，用于“下一步工作安排”（默认按结果中的清单 id 查找）")
@click.option("--config", "config_path", metavar="文件", help="配置文件（默认当前文件夹的 govopen.yaml）")
@guarded
def report_command(result_path, docx_path, xlsx_path, agency, leader, contact, report_date, deadline, force,
                   checklist, config_path):
    """由保存的 JSON 检查结果（govopen check --format json -o 结果.json）写出自查报告和工作簿。"""
    if not docx_path and not xlsx_path:
        raise UsageError("请用 --docx 文件.docx 和/或 --xlsx 文件.xlsx 指定要写出的报告")
    plan = planned_outputs.for_report(result_path, checklist, config_path, docx_path, xlsx_path, force)
    from govopen_cli.baseline import load_result
    from govopen_cli.checklist.load import load_checklist
    from govopen_cli.config import load_config

    result = load_result(result_path)
    config = load_config(config_path)
    given = {key: value for key, value in config.agency.items() if value not in (None, "")}
    result.agency = {**(result.agency or {}), **given, **_agency_overrides(agency, leader, contact, report_date, deadline)}
    if checklist:  # an explicit checklist's next_steps win over those saved in the result
        next_steps = list(load_checklist(checklist).next_steps)
    elif "next_steps" in (result.checklist or {}):
        next_steps = result.checklist["next_steps"]
    else:  # a result saved before next_steps were recorded: look the checklist up by id
        next_steps = _next_steps((result.checklist or {}).get("id") or config.checklist)
    with plan:
        done = _write_reports(plan, result, docx_path, xlsx_path, next_steps)
        plan.commit()
    for line in done:
        click.echo(line, err=True)
    return EXIT_OK


@cli.command("init")
@click.argument("path", default=CONFIG_NAME, required=False, metavar="[文件]")
@click.option("--force", is_flag=True, help="覆盖已有的文件")
@guarded
def init_command(path, force):
    """在当前文件夹写出带注释的 govopen.yaml（单位名称、领导小组组长、联系人、默认检查清单等）。"""
    from govopen_cli.config import CONFIG_TEMPLATE

    _refuse_to_replace(path, force)
    with planned_outputs.for_one(path, "govopen init") as plan:
        plan.write_text(path, CONFIG_TEMPLATE)
        plan.commit()
    click.echo(f"已写出 {path}：请按注释填写单位名称、领导小组组长、联系人等，再运行 govopen check … --docx 自查报告.docx")
    return EXIT_OK


def _producer(name: str, result, fail_on: str, only_new: bool, width: int | None):
    """Writes one output file as it is made: JSON, SARIF and GitHub stream finding by finding, so
    memory does not grow with the number of findings."""
    def produce(temp: str) -> None:
        with open(temp, "w", encoding="utf-8", newline="\n") as handle:
            if name == "table":
                handle.write(_render(name, result, fail_on, only_new, width))
            else:
                write_format(name, result, handle)

    return produce


def _refuse_to_replace(path: str, force: bool) -> None:
    """Files a person edits (govopen.yaml, a template, a checklist draft) are replaced only with --force."""
    if os.path.exists(path) and not force:
        raise UsageError(f"{path} 已存在，未作修改；如需覆盖请加 --force")


def _render(name: str, result, fail_on: str, only_new: bool = False, width: int | None = PIPED_WIDTH) -> str:
    if name == "table":
        from govopen_cli.writers import table as table_writer

        from govopen_cli.writers.control import for_terminal

        return for_terminal(table_writer.render(result, fail_on=fail_on, only_new=only_new, width=width))
    return render_format(name, result)


@cli.command("template")
@click.option("-o", "--output", required=True, metavar="文件.xlsx", help="模板文件路径")
@click.option("--force", is_flag=True, help="覆盖已有的文件")
@guarded
def template_command(output, force):
    """生成空白的政府信息公开目录模板（含下拉选项、日期格式和填写说明），供各部门填报。"""
    from govopen_cli.template import build_template

    if not output.lower().endswith(".xlsx"):
        raise UsageError(f"{output}：模板应保存为 .xlsx 文件")
    _refuse_to_replace(output, force)
    with planned_outputs.for_one(output, "-o", ".xlsx") as plan:
        plan.write_document(output, build_template())
        plan.commit()
    click.echo(f"已生成目录模板：{output}")
    return EXIT_OK


@cli.command("annual-report")
@click.option("--year", metavar="年度", callback=_whole_number(1990, 2100, "年度"), help="报告年度（默认补充数据或 govopen.yaml 的年度，否则为上一年）")
@click.option("--applications", "application_paths", multiple=True, metavar="文件",
              help="依申请公开台账（xlsx/csv），用于统计表三；可重复")
@click.option("--catalog", "catalog_paths", multiple=True, metavar="文件", help="公开目录，用于第一部分的主动公开条数和表二的提示；可重复")
@click.option("--figures", "figures_path", metavar="文件.yaml", help="表格中没有的数字：表二、表四、上年结转、信息处理费等（YAML）")
@click.option("--docx", "docx_path", metavar="文件.docx", help="写出年度报告 Word 文档（2021年统一格式，GB/T 9704 版式）")
@click.option("--xlsx", "xlsx_path", metavar="文件.xlsx", help="写出表二、表三、表四和台账归类的 Excel 工作簿")
@click.option("--agency", metavar="单位名称", help="机关名称（默认补充数据的“单位”或 govopen.yaml 的 agency.name）")
@click.option("--report-date", callback=_parse_date, metavar="YYYY-MM-DD", help="落款日期（默认补充数据的“成文日期”，否则今天）")
@click.option("--map", "mappings", multiple=True, metavar="字段=列名", help="指定列与字段的对应，例如 --map 答复结果=办理情况；可重复")
@click.option("--config", "config_path", metavar="文件", help="配置文件（默认当前文件夹的 govopen.yaml）")
@guarded
def annual_report_command(year, application_paths, catalog_paths, figures_path, docx_path, xlsx_path, agency,
                          report_date, mappings, config_path):
    """生成政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）。

    由依申请公开台账统计表三，由补充数据（YAML）填写表二、表四，先核对各表勾稽关系，
    数字不一致时报错并指出表、行、列，不写出任何文件。
    """
    from govopen_cli import api
    from govopen_cli.writers import annual_docx, annual_xlsx

    if not docx_path and not xlsx_path:
        raise UsageError("请用 --docx 文件.docx 指定年度报告的输出文件（可再加 --xlsx 文件.xlsx）")
    plan = planned_outputs.for_annual_report(list(application_paths), list(catalog_paths), figures_path, config_path,
                                             docx_path, xlsx_path)
    request = api.AnnualReportRequest(
        year=year, catalog_paths=list(catalog_paths), application_paths=list(application_paths),
        figures_path=figures_path, config_path=config_path, mappings=list(mappings), agency=agency,
        report_date=report_date,
    )
    report = api.annual_report(request)
    written = [(path, writer) for path, writer in ((docx_path, annual_docx), (xlsx_path, annual_xlsx)) if path]
    with plan:
        for path, writer in written:
            plan.write_bytes(path, writer.render(report))
        plan.commit()
    for path, _ in written:
        click.echo(f"已写出：{path}", err=True)
    table = report.table3
    click.echo(f"{report.title}：表三 本年新收 {table.get('1', 'total')} 件，上年结转 {table.get('2', 'total')} 件，"
               f"办结 {table.get('3.7', 'total')} 件，结转下年度 {table.get('4', 'total')} 件；各表勾稽关系核对无误。", err=True)
    for note in report.notes:
        click.echo(f"请核对：{note}", err=True)
    return EXIT_OK


@cli.group("checklist")
def checklist_group():
    """查看、校验检查清单。"""


@checklist_group.command("list")
@click.option("--wide", is_flag=True, help="表格不换行（默认按终端宽度排版，写入文件或管道时为 100 列）")
@guarded
def checklist_list(wide):
    """列出内置的检查清单。"""
    from govopen_cli.checklist.load import load_checklist, shipped_names
    from govopen_cli.writers.layout import grid

    rows = []
    for name in shipped_names():
        checklist = load_checklist(name)
        rows.append([name, checklist.title, len(checklist.tasks), len(checklist.checks), checklist.extends or ""])
    headers = ["名称", "标题", "任务数", "检查项数", "继承自"]
    click.echo("\n".join(grid(headers, rows, output_width(sys.stdout, wide), minimum=[24, 20, 6, 8, 17], right={2, 3})))
    return EXIT_OK


@checklist_group.command("show")
@click.argument("name", metavar="名称|文件")
@click.option("--wide", is_flag=True, help="表格不换行（默认按终端宽度排版，写入文件或管道时为 100 列）")
@guarded
def checklist_show(name, wide):
    """显示检查清单的任务、检查项、责任单位和依据。"""
    from govopen_cli.checklist.load import load_checklist
    from govopen_cli.labels import rule_label
    from govopen_cli.writers.layout import display_width, grid

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
            how = rule_label(check.rule)
            rows.append([f"  {check.id}", f"  {check.title}", "、".join(check.units) if check.units != task.units else "",
                         check.source or "", how])
    for check in checklist.checks:
        if check.task is None:
            how = rule_label(check.rule)
            rows.append([check.id, check.title, "、".join(check.units), check.source or "", how])
    headers = ["编号", "任务 / 检查项", "责任单位", "依据", "检查方式"]
    ids, hows = (max(display_width(str(row[column])) for row in rows + [headers]) for column in (0, 4))
    minimum = [ids, 16, 8, 12, hows]  # ids and how a check is made never wrap; titles and sources do
    click.echo("\n".join(grid(headers, rows, output_width(sys.stdout, wide), minimum=minimum)))
    click.echo(f"\n共 {len(checklist.tasks)} 项任务，{len(checklist.checks)} 项检查。")
    return EXIT_OK


@checklist_group.command("validate")
@click.argument("paths", nargs=-1, required=True, metavar="名称|文件...")
@guarded
def checklist_validate(paths):
    """校验检查清单（YAML 文件或内置名称）：语法、规则名、参数、继承关系；查找信息的检查项缺少 label 时提示。"""
    from govopen_cli.checklist.load import label_warnings, load_checklist

    for path in paths:  # a file, or the name of a built-in checklist
        if not os.path.isfile(path) and (path.lower().endswith((".yaml", ".yml")) or os.sep in path or "/" in path):
            raise UsageError(f"{path}：文件不存在")
        checklist = load_checklist(path)
        name = path if os.path.isfile(path) else f"{path}（内置）"
        click.echo(f"{name}：有效 — {len(checklist.tasks)} 项任务，{len(checklist.checks)} 项检查")
        for warning in label_warnings(checklist):
            click.echo(f"提示：{warning}", err=True)
    return EXIT_OK


@checklist_group.command("extract")
@click.argument("plan", metavar="工作方案")
@click.option("-o", "--output", metavar="文件.yaml", help="把草稿写入文件（默认显示在屏幕上）")
@click.option("--id", "checklist_id", metavar="编号", help="草稿的检查清单 id（默认取工作方案的文件名）")
@click.option("--year", metavar="年度", callback=_whole_number(1990, 2100, "年度"), help="检查年度（默认从标题、文号或发布日期识别）")
@click.option("--force", is_flag=True, help="输出文件已存在时覆盖")
@guarded
def checklist_extract(plan, output, checklist_id, year, force):
    """从工作方案或工作要点起草检查清单 YAML，供人工核对后使用。

    读取 txt、md、docx 正文（一、/（一）/1. 编号，责任单位括注），或 docx、xlsx、xls、ods、csv 中的
    任务分工表（工作任务 | 具体要求 | 责任单位 | 时限要求）；识别出的时限、频次和应公开事项
    写成自动检查规则，其余写成人工核查项，置信度和原文写在注释里。
    """
    from govopen_cli.checklist.extract import extract_yaml, validate_text
    from govopen_cli.checklist.load import load_checklist

    if output:
        _refuse_to_replace(output, force)
    outputs = planned_outputs.for_one(output, "-o", inputs=((plan, "工作方案"),)) if output else None
    text, draft = extract_yaml(plan, checklist_id=checklist_id, year=year)
    if outputs:
        with outputs:
            outputs.write_text(output, text)
            outputs.commit()
    else:
        click.echo(text, nl=False)
    checks = draft.checks
    rules: dict[str, int] = {}
    for check in checks:
        if check.rule:
            rules[check.rule] = rules.get(check.rule, 0) + 1
    automatic = "、".join(f"{name} {count}" for name, count in sorted(rules.items()))
    click.echo(f"已从 {plan} 识别 {len(draft.tasks)} 项任务、{len(checks)} 项检查："
               f"自动检查 {sum(rules.values())} 项（{automatic or '无'}），人工核查 {len(checks) - sum(rules.values())} 项。",
               err=True)
    try:
        if output:
            load_checklist(output)
        else:
            validate_text(text)
    except GovopenError as error:
        click.echo(f"草稿未通过校验，请按提示修改：{error.message}", err=True)
        return EXIT_USAGE
    if output:
        click.echo(f"草稿已写入 {output}。请逐项核对后运行：govopen checklist validate {output}", err=True)
    return EXIT_OK


@checklist_group.command("diff")
@click.argument("old", metavar="旧清单")
@click.argument("new", metavar="新清单")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              help="输出格式：table（默认）或 json")
@guarded
def checklist_diff(old, new, output_format):
    """比较两份检查清单（如去年和今年的工作方案）：新增、删除、修改的任务和检查项。"""
    from govopen_cli.checklist.diff import diff_checklists, render_json, render_table
    from govopen_cli.checklist.load import load_checklist

    result = diff_checklists(load_checklist(old), load_checklist(new))
    click.echo(render_json(result) if output_format == "json" else render_table(result), nl=False)
    return EXIT_OK


def main(argv: list[str] | None = None) -> None:
    for stream in (sys.stdout, sys.stderr):
        # Windows consoles in GBK cannot show every character; never crash on output.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    if sys.stderr.isatty():  # a person watching: long work shows a progress bar
        from govopen_cli import progress

        progress.enable(sys.stderr)
    try:
        with warnings.catch_warnings():
            # Libraries' warnings (openpyxl on an unsupported extension, pandas on dtypes) are English
            # notes for developers, nothing an officer can act on.
            warnings.simplefilter("ignore")
            cli.main(args=argv, prog_name="govopen", standalone_mode=False)
        sys.exit(EXIT_OK)  # --help and --version end here
    except click.exceptions.Abort:
        _echo_error("已中断")
        sys.exit(EXIT_USAGE)
    except getattr(click.exceptions, "NoArgsIsHelpError", ()) as shown:  # `govopen` alone: its help
        click.echo(shown.format_message(), err=True)
        sys.exit(EXIT_USAGE)
    except click.UsageError as error:
        wrong_shape = not isinstance(error, click.BadParameter) or isinstance(error, click.MissingParameter)
        if error.ctx is not None and wrong_shape:  # missing or unknown options: the usage line first
            click.echo(error.ctx.get_usage(), err=True)
        command = error.ctx.command_path if error.ctx else "govopen"
        _echo_error(f"{cli_text.polish(error.format_message())}（运行 {command} --help 查看用法）")
        sys.exit(EXIT_USAGE)
    except click.ClickException as error:
        _echo_error(cli_text.polish(error.format_message()))
        sys.exit(EXIT_USAGE)
