"""The one door into the core: `check(...)` reads inputs, runs a checklist and returns a Result.

No click below this line; the CLI parses options into a CheckRequest and calls `check` once.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from govopen_cli.answers import load_answers
from govopen_cli.baseline import compare, load_result
from govopen_cli.batch import check_each, combine, expand_paths, is_batch, load_all
from govopen_cli.calendar import WorkCalendar
from govopen_cli.checklist.load import DEFAULT_CHECKLIST, load_checklist
from govopen_cli.checklist.model import Checklist
from govopen_cli.config import Config, load_config
from govopen_cli.engine import RunOptions, run_checklist
from govopen_cli.errors import InputError, UsageError
from govopen_cli.io.read import ReadOptions
from govopen_cli.result import Result
from govopen_cli.waivers import load_waivers


@dataclass
class CheckRequest:
    paths: list[str]
    checklist: str | None = None
    kind: str | None = None
    sheet: str | None = None
    mappings: list[str] = field(default_factory=list)  # "字段=列名"
    as_of: dt.date | None = None
    year: int | None = None
    config_path: str | None = None
    answers_path: str | None = None
    waivers_path: str | None = None
    glob: str | None = None  # file pattern when a folder is given
    jobs: int = 1  # worker processes for reading files
    baseline_path: str | None = None  # an earlier JSON result to compare with


def parse_mappings(mappings: list[str]) -> list[tuple[str, str]]:
    """--map 信息名称=标题 -> [(标题, 信息名称)]."""
    from govopen_cli.io.fields import FIELDS

    known = {name for fields in FIELDS.values() for name in fields}
    pairs = []
    for item in mappings:
        name, sep, header = item.partition("=")
        name, header = name.strip(), header.strip()
        if not sep or not name or not header:
            raise UsageError(f"--map “{item}” 格式应为 字段=列名，例如 --map 信息名称=标题")
        if name not in known:
            raise UsageError(f"--map “{item}”：“{name}”不是已知字段（例如 索引号、信息名称、生成日期、发布日期）")
        pairs.append((header, name))
    return pairs


def period_for(checklist: Checklist, year: int | None, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """--year (or govopen.yaml year) wins; else the checklist's period; else the year before as-of,
    the year an annual self-inspection looks back on."""
    if year is not None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    period = checklist.period or {}
    if "year" in period:
        return dt.date(int(period["year"]), 1, 1), dt.date(int(period["year"]), 12, 31)
    if "start" in period:
        start, end = period["start"], period["end"]
        return (start if isinstance(start, dt.date) else dt.date.fromisoformat(str(start)),
                end if isinstance(end, dt.date) else dt.date.fromisoformat(str(end)))
    return dt.date(as_of.year - 1, 1, 1), dt.date(as_of.year - 1, 12, 31)


def check(request: CheckRequest, config: Config | None = None) -> Result:
    config = config or load_config(request.config_path)
    checklist = config.pin(load_checklist(request.checklist or config.checklist or DEFAULT_CHECKLIST))
    options = ReadOptions(
        kind=request.kind,
        sheet=request.sheet,
        aliases=tuple(config.aliases) + tuple(parse_mappings(request.mappings)),
        limits=config.limits,
    )
    baseline = load_result(request.baseline_path) if request.baseline_path else None
    own_outputs: list[tuple[str, str]] = []
    files, folder_given = expand_paths(request.paths, request.glob, own_outputs)
    as_of = request.as_of or dt.date.today()
    start, end = period_for(checklist, request.year or config.year, as_of)
    run = RunOptions(
        as_of=as_of,
        period_start=start,
        period_end=end,
        agency=dict(config.agency),
        owner=config.owner,
        calendar=WorkCalendar(config.holidays),
        answers=load_answers(request.answers_path, checklist) if request.answers_path else {},
        waivers=load_waivers(request.waivers_path, checklist) if request.waivers_path else {},
    )
    if folder_given:
        # A folder is always a batch: each worker reads and checks whole files.
        outcomes = check_each(files, options, checklist, run, request.jobs)
        checked = [(path, result) for path, result, _ in outcomes if result is not None]
        unreadable = [(path, error) for path, _, error in outcomes if error]
    else:
        loaded = load_all(files, options, request.jobs)
        unreadable = [(item.path, item.error) for item in loaded if item.error]
        if is_batch(loaded, False):
            checked = [(item.path, run_checklist(checklist, item.datasets, run)) for item in loaded if not item.error]
        else:  # one agency's data: every file in one run
            if unreadable:
                raise InputError("\n".join(error for _, error in unreadable))
            checked = None
            result = run_checklist(checklist, [dataset for item in loaded for dataset in item.datasets], run)
    if checked is not None:
        if not checked:
            raise InputError("\n".join(error for _, error in unreadable))
        result = combine(checked, unreadable, files)
    result.warnings.extend(_unused_mappings(request.mappings, result.inputs))
    result.warnings.extend(f"{path}：这是 govopen 生成的{what}，不是部门目录，已跳过" for path, what in own_outputs)
    if baseline is not None:
        compare(result, baseline)
    return result


def _unused_mappings(mappings: list[str], inputs: list[dict]) -> list[str]:
    """A --map naming a column that no input has is almost always a typo: say so."""
    from govopen_cli.io.fields import normalize_header

    used = {normalize_header(header) for item in inputs for header in item["columns"].values()}
    return [f"--map {name}={header}：输入文件中没有名为“{header}”的列，此项未生效"
            for header, name in parse_mappings(mappings) if normalize_header(header) not in used]


# --- annual report (政府信息公开工作年度报告) ---------------------------------------------------------


@dataclass
class AnnualReportRequest:
    year: int | None = None
    catalog_paths: list[str] = field(default_factory=list)
    application_paths: list[str] = field(default_factory=list)
    figures_path: str | None = None
    config_path: str | None = None
    mappings: list[str] = field(default_factory=list)  # "字段=列名"
    sheet: str | None = None
    agency: str | None = None  # overrides govopen.yaml agency.name and the figures' 单位
    report_date: dt.date | None = None  # the date under the agency name


def annual_report(request: AnnualReportRequest, config: Config | None = None):
    """Read the ledger, catalog and figures; count, check and draft the annual report.

    Returns an annual_report.model.AnnualReport; raises InputError (exit 2, nothing written) when
    a ledger row cannot be placed in table 3 or a table does not add up.
    """
    from govopen_cli.annual_report.build import build_report
    from govopen_cli.annual_report.figures import Figures, load_figures
    from govopen_cli.io.read import read_datasets

    config = config or load_config(request.config_path)
    aliases = tuple(config.aliases) + tuple(parse_mappings(request.mappings))
    figures = load_figures(request.figures_path) if request.figures_path else Figures()
    year = request.year or figures.year or config.year or dt.date.today().year - 1
    if request.agency:
        figures.agency = request.agency
    elif config.agency.get("name") and not figures.agency:
        figures.agency = str(config.agency["name"])
    sources: dict[str, str] = {}

    def read(paths: list[str], kind: str, label: str) -> list:
        datasets = []
        for path in paths:
            found = read_datasets(path, ReadOptions(kind=kind, sheet=request.sheet, aliases=aliases, limits=config.limits))
            datasets.extend(found)
            sources[f"{label}"] = "、".join(filter(None, [sources.get(label), path]))
        return datasets

    applications = read(list(request.application_paths), "applications", "依申请公开台账")
    catalogs = read(list(request.catalog_paths), "catalog", "公开目录")
    if request.figures_path:
        sources["补充数据"] = request.figures_path
    if request.report_date:
        figures.date = request.report_date  # the command line wins over the figures' 成文日期
    date = None
    if config.agency.get("date"):
        try:
            date = dt.date.fromisoformat(str(config.agency["date"]))
        except ValueError:
            date = None
    return build_report(year, applications=applications, catalogs=catalogs, figures=figures,
                        calendar=WorkCalendar(config.holidays), agency_info=dict(config.agency),
                        date=date, sources=sources)
