"""govopen.yaml: agency details, default checklist and year, extra header aliases, holidays.

    agency: {name: 曲阜市交通运输局, leader: 张三, contact: 0537-1234567}
    checklist: qufu-transport-2023
    year: 2023
    owner: 曲阜市交通运输局      # whose catalog is checked (scope of district-wide tasks; scope.py)
    aliases: {信息名称: [公开事项名称], 生成日期: [拟稿日期]}
    holidays:
      2027: {holidays: [2027-01-01, ...], workdays: [2027-02-07, ...]}
    index_scheme: [6107280000/2024-001005]   # the 索引号 scheme, by example (over the checklist)
    limits: {cells: 50000000, rows: 2000000}     # io/limits.py: only for the rare real giant

Command-line options win over the file. Unknown keys are errors with the line named.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace
from typing import Any

from govopen_cli.calendar import HolidayConfig
from govopen_cli.checklist.load import line_of, parse_date, read_yaml_file
from govopen_cli.checklist.model import Checklist
from govopen_cli.errors import ChecklistError, UsageError
from govopen_cli.io.fields import FIELDS
from govopen_cli.io.limits import DEFAULT as DEFAULT_LIMITS, Limits
from govopen_cli.labels import CONFIG_NAME

CONFIG_KEYS = {"agency", "checklist", "year", "aliases", "holidays", "owner", "index_scheme", "limits"}
AGENCY_KEYS = {"name", "leader", "contact", "phone", "office", "date", "unit", "deadline"}  # date: 报告落款日期; deadline: 整改期限


@dataclass
class Config:
    path: str | None = None
    agency: dict[str, Any] = field(default_factory=dict)
    checklist: str | None = None
    year: int | None = None
    owner: str | None = None  # whose catalog it is (a government or a department), not who signs
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (header, field)
    holidays: HolidayConfig = field(default_factory=HolidayConfig)
    index_scheme: list[str] = field(default_factory=list)  # example 索引号 that pin the scheme

    def pin(self, checklist: Checklist) -> Checklist:
        """`checklist` with the 索引号 scheme of govopen.yaml set on its index-number checks."""
        if not self.index_scheme:
            return checklist
        checks = tuple(replace(check, params={**check.params, "scheme": list(self.index_scheme)})
                       if check.rule == "index-number" else check for check in checklist.checks)
        return replace(checklist, checks=checks)
    limits: Limits = DEFAULT_LIMITS


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
            raise UsageError(f"{line_of(path, data, key)}：未知的键“{key}”（可用：{'、'.join(sorted(CONFIG_KEYS))}）")
    config = Config(path=path)
    agency = data.get("agency") or {}
    if not isinstance(agency, dict):
        raise UsageError(f"{line_of(path, data, 'agency')}：agency 应为映射（name、leader、contact 等）")
    for key in agency:
        if key not in AGENCY_KEYS:
            raise UsageError(f"{line_of(path, agency, key)}：agency 中未知的键“{key}”（可用：{'、'.join(sorted(AGENCY_KEYS))}）")
    # YAML reads 2024-01-31 as a date; keep agency values JSON-ready (ISO text).
    config.agency = {str(k): v.isoformat() if isinstance(v, dt.date) else v for k, v in agency.items()}
    if data.get("checklist") is not None:
        config.checklist = str(data["checklist"])
    if data.get("year") is not None:
        if not isinstance(data["year"], int):
            raise UsageError(f"{line_of(path, data, 'year')}：year 应为四位年份")
        config.year = data["year"]
    if data.get("owner") is not None:
        if not isinstance(data["owner"], str) or not data["owner"].strip():
            raise UsageError(f"{line_of(path, data, 'owner')}：owner 应为公开目录所属单位的名称，例如 青云谱区人民政府")
        config.owner = data["owner"].strip()
    aliases = data.get("aliases") or {}
    if not isinstance(aliases, dict):
        raise UsageError(f"{line_of(path, data, 'aliases')}：aliases 应为 字段: [列名, ...] 的映射")
    known = {name for fields in FIELDS.values() for name in fields}
    for name, headers in aliases.items():
        if name not in known:
            raise UsageError(f"{line_of(path, aliases, name)}：aliases 中的“{name}”不是已知字段")
        for header in headers if isinstance(headers, list) else [headers]:
            config.aliases.append((str(header), name))
    holidays = data.get("holidays") or {}
    if not isinstance(holidays, dict):
        raise UsageError(f"{line_of(path, data, 'holidays')}：holidays 应为 年份: {{holidays: [...], workdays: [...]}}")
    for year, spec in holidays.items():
        if not str(year).isdigit() or not isinstance(spec, dict) or set(spec) - {"holidays", "workdays"}:
            raise UsageError(f"{line_of(path, holidays, year)}：holidays 的每一年应为 {{holidays: [日期...], workdays: [日期...]}}")
        config.holidays.years.add(int(year))
        for day in spec.get("holidays") or []:
            config.holidays.holidays.add(parse_date(day, line_of(path, spec, "holidays"), UsageError))
        for day in spec.get("workdays") or []:
            config.holidays.workdays.add(parse_date(day, line_of(path, spec, "workdays"), UsageError))
    scheme = data.get("index_scheme")
    if scheme is not None:
        examples = scheme if isinstance(scheme, list) else [scheme]
        if not examples or not all(isinstance(example, (str, int)) and str(example).strip() for example in examples):
            raise UsageError(f"{line_of(path, data, 'index_scheme')}：index_scheme 应为本单位的一个或几个索引号样例，"
                             "如 [6107280000/2024-001005]")
        config.index_scheme = [str(example).strip() for example in examples]
    config.limits = _limits(path, data.get("limits"))
    return config


def _limits(path: str, given: Any) -> Limits:
    """`limits:` of govopen.yaml: positive whole numbers for any of Limits' keys."""
    if given is None:
        return DEFAULT_LIMITS
    if not isinstance(given, dict):
        raise UsageError(f"{path}：limits 应为映射（{'、'.join(Limits.keys())}）")
    values = {}
    for key, value in given.items():
        if key not in Limits.keys():
            raise UsageError(f"{line_of(path, given, key)}：limits 中未知的键“{key}”（可用：{'、'.join(Limits.keys())}）")
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise UsageError(f"{line_of(path, given, key)}：limits 的 {key} 应为正整数")
        values[key] = value
    return Limits(**values)


# Written by `govopen init`: every key commented, so an officer can fill it in without the manual.
CONFIG_TEMPLATE = """\
# govopen 配置文件（UTF-8 编码）。命令行选项优先于本文件。
# 修改后可运行：govopen check 目录.xlsx --docx 自查报告.docx --xlsx 自查报告.xlsx

# 单位信息：用于自查报告的标题、正文和落款
agency:
  name:              # 单位全称，例如 曲阜市交通运输局（报告标题为“{单位}{年度}政务公开自查报告”）
  leader:            # 政务公开工作领导小组组长，例如 局长张三
  office:            # 政务公开工作机构，例如 局办公室（任务未写责任单位时由其负责）
  contact:           # 联系人，写在落款日期下方
  phone:             # 联系电话
  # date: 2024-01-31       # 报告落款日期，默认为检查日期（--as-of）
  # deadline: 2024-03-31   # 整改完成时限，默认为报告日期后 30 天

# 默认检查清单：内置名称（govopen checklist list 查看）或 YAML 文件路径
checklist: national-baseline

# 公开目录属于哪个单位：整个政府的目录写政府名称（如 青云谱区人民政府），部门的目录写部门名称。
# 只针对全区（整个政府）或某个部门的检查项据此判断是否适用；不写时按目录的发布机构判断
# owner: 曲阜市交通运输局

# 检查年度，默认取检查清单的年度，清单未写时取检查日期的上一年
# year: 2023

# 表头别名：字段: [列名, ...]，用于识别本单位导出表格中的非标准表头
# aliases:
#   信息名称: [公开事项名称]
#   生成日期: [拟稿日期]

# 索引号编号体例：写一个或几个本单位的索引号样例，检查时以此为准（不写则按目录自身的体例判断）
# index_scheme: [6107280000/2024-001005]

# 官方日历未覆盖年份的节假日和调休上班日
# holidays:
#   2027:
#     holidays: [2027-01-01]
#     workdays: [2027-02-07]
"""
