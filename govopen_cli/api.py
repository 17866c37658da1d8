"""The one door into the core: `check(...)` reads inputs, runs a checklist and returns a Result.

No click below this line; the CLI parses options into a CheckRequest and calls `check` once.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from govopen_cli.answers import load_answers
from govopen_cli.baseline import compare, load_result
from govopen_cli.batch import combine, expand_paths, is_batch, load_all
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
    checklist = load_checklist(request.checklist or config.checklist or DEFAULT_CHECKLIST)
    options = ReadOptions(
        kind=request.kind,
        sheet=request.sheet,
        aliases=tuple(config.aliases) + tuple(parse_mappings(request.mappings)),
    )
    baseline = load_result(request.baseline_path) if request.baseline_path else None
    files, folder_given = expand_paths(request.paths, request.glob)
    loaded = load_all(files, options, request.jobs)
    readable = [item for item in loaded if not item.error]
    batch = is_batch(loaded, folder_given)
    if not readable or (not batch and len(readable) < len(loaded)):
        raise InputError("\n".join(item.error for item in loaded if item.error))
    as_of = request.as_of or dt.date.today()
    start, end = period_for(checklist, request.year or config.year, as_of)
    run = RunOptions(
        as_of=as_of,
        period_start=start,
        period_end=end,
        agency=dict(config.agency),
        calendar=WorkCalendar(config.holidays),
        answers=load_answers(request.answers_path, checklist) if request.answers_path else {},
        waivers=load_waivers(request.waivers_path, checklist) if request.waivers_path else {},
    )
    if batch:
        result = combine([(item.path, run_checklist(checklist, item.datasets, run)) for item in readable],
                         [item for item in loaded if item.error], files)
    else:
        result = run_checklist(checklist, [dataset for item in readable for dataset in item.datasets], run)
    if baseline is not None:
        compare(result, baseline)
    return result
