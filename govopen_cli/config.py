"""govopen.yaml: agency details, default checklist and year, extra header aliases, holidays.

    agency: {name: 曲阜市交通运输局, leader: 张三, contact: 0537-1234567}
    checklist: qufu-transport-2023
    year: 2023
    aliases: {信息名称: [公开事项名称], 生成日期: [拟稿日期]}
    holidays:
      2027: {holidays: [2027-01-01, ...], workdays: [2027-02-07, ...]}

Command-line options win over the file. Unknown keys are errors with the line named.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Any

from govopen_cli.calendar import HolidayConfig
from govopen_cli.checklist.load import LineMap, read_yaml_file
from govopen_cli.errors import ChecklistError, UsageError
from govopen_cli.io.fields import FIELDS

CONFIG_NAME = "govopen.yaml"
CONFIG_KEYS = {"agency", "checklist", "year", "aliases", "holidays"}
AGENCY_KEYS = {"name", "leader", "contact", "phone", "office", "date", "unit"}


@dataclass
class Config:
    path: str | None = None
    agency: dict[str, Any] = field(default_factory=dict)
    checklist: str | None = None
    year: int | None = None
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (header, field)
    holidays: HolidayConfig = field(default_factory=HolidayConfig)


def _where(path: str, node: Any, key: str | None = None) -> str:
    if isinstance(node, LineMap):
        return f"{path} 第 {node.key_lines.get(key, node.line) if key else node.line} 行"
    return path


def _as_date(value: Any, path: str, node: Any, key: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise UsageError(f"{_where(path, node, key)}：“{value}”不是日期（应为 YYYY-MM-DD）") from None


def load_config(path: str | None) -> Config:
    """Read govopen.yaml from `path`, or ./govopen.yaml when present; else defaults."""
    if path is None:
        if not os.path.isfile(CONFIG_NAME):
            return Config()
        path = CONFIG_NAME
    try:
        data = read_yaml_file(path)
    except ChecklistError as error:
        raise UsageError(error.message.replace("检查清单", "配置文件")) from None
    if data is None:
        return Config(path=path)
    if not isinstance(data, dict):
        raise UsageError(f"{path}：配置文件应为映射（agency、checklist、year 等键）")
    for key in data:
        if key not in CONFIG_KEYS:
            raise UsageError(f"{_where(path, data, key)}：未知的键“{key}”（可用：{'、'.join(sorted(CONFIG_KEYS))}）")
    config = Config(path=path)
    agency = data.get("agency") or {}
    if not isinstance(agency, dict):
        raise UsageError(f"{_where(path, data, 'agency')}：agency 应为映射（name、leader、contact 等）")
    config.agency = {str(k): v for k, v in agency.items()}
    if data.get("checklist") is not None:
        config.checklist = str(data["checklist"])
    if data.get("year") is not None:
        if not isinstance(data["year"], int):
            raise UsageError(f"{_where(path, data, 'year')}：year 应为四位年份")
        config.year = data["year"]
    aliases = data.get("aliases") or {}
    if not isinstance(aliases, dict):
        raise UsageError(f"{_where(path, data, 'aliases')}：aliases 应为 字段: [列名, ...] 的映射")
    known = {name for fields in FIELDS.values() for name in fields}
    for name, headers in aliases.items():
        if name not in known:
            raise UsageError(f"{_where(path, aliases, name)}：aliases 中的“{name}”不是已知字段")
        for header in headers if isinstance(headers, list) else [headers]:
            config.aliases.append((str(header), name))
    holidays = data.get("holidays") or {}
    if not isinstance(holidays, dict):
        raise UsageError(f"{_where(path, data, 'holidays')}：holidays 应为 年份: {{holidays: [...], workdays: [...]}}")
    for year, spec in holidays.items():
        if not str(year).isdigit() or not isinstance(spec, dict) or set(spec) - {"holidays", "workdays"}:
            raise UsageError(f"{_where(path, holidays, year)}：holidays 的每一年应为 {{holidays: [日期...], workdays: [日期...]}}")
        config.holidays.years.add(int(year))
        for day in spec.get("holidays") or []:
            config.holidays.holidays.add(_as_date(day, path, spec, "holidays"))
        for day in spec.get("workdays") or []:
            config.holidays.workdays.add(_as_date(day, path, spec, "workdays"))
    return config
