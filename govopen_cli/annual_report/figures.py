"""The figures YAML: numbers of the annual report that no spreadsheet holds.

    单位: 曲阜市交通运输局
    年度: 2023
    主动公开:                       # 表二
      规章: {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0}
      行政规范性文件: {本年制发件数: 2, 本年废止件数: 1, 现行有效件数: 9}
      行政许可: 1260                # 本年处理决定数量
      行政处罚: 87
      行政强制: 3
      行政事业性收费: 0              # 本年收费金额（万元）
    上年结转: {自然人: 1}             # 表三 二（默认按台账中上年收到、本年未办结前的申请计算）
    上年报告结转下年度: {自然人: 1}    # 上年报告表三 四，应等于本年 二
    复议诉讼:                       # 表四
      行政复议: {结果维持: 1, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 1}
      未经复议直接起诉: {…}
      复议后起诉: {…}
    信息处理费: 0                   # 元，第六部分

Keys are Chinese (the officer writes this file); every error names the file and the line.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from govopen_cli.annual_report.categories import applicant_column, outcome_key
from govopen_cli.annual_report.model import (
    T2_FEES, T3_COLUMN_LABELS, T3_ROWS, T4_GROUPS, T4_RESULTS, TABLE2_BLOCKS, TABLE3_ROWS,
)
from govopen_cli.checklist.load import LineMap, read_yaml_file
from govopen_cli.errors import ChecklistError, InputError

CONTACT_KEYS = ("科室", "地址", "邮编", "电话", "传真", "邮箱")
OVERVIEW_KEYS = ("概述", "主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障")
TOP_KEYS = {
    "单位": "发布年度报告的机关名称",
    "年度": "报告年度，如 2023",
    "成文日期": "报告落款日期 YYYY-MM-DD",
    "网址": "门户网站网址",
    "联系": f"联系方式（{'、'.join(CONTACT_KEYS)}）",
    "主动公开": "表二的数字",
    "上年现行有效件数": "上年报告表二的现行有效件数（规章、行政规范性文件），用于核对",
    "上年结转": "表三 二、上年结转（按申请人类型）",
    "上年报告结转下年度": "上年报告表三 四、结转下年度继续办理（按申请人类型）",
    "依申请公开": "没有台账时直接给出表三（行 → 列 → 件数）",
    "复议诉讼": "表四（行政复议、未经复议直接起诉、复议后起诉）",
    "信息处理费": "本年收取的信息处理费（元）",
    "总体情况": f"第一部分各小节的文字（{'、'.join(OVERVIEW_KEYS)}）",
    "存在的主要问题": "第五部分：问题列表",
    "改进情况": "第五部分：改进措施列表",
    "其他需要报告的事项": "第六部分：事项列表",
}


@dataclass
class Figures:
    path: str | None = None
    agency: str | None = None
    year: int | None = None
    date: dt.date | None = None
    website: str | None = None
    contact: dict[str, str] = field(default_factory=dict)
    table2: dict[tuple[str, str], float | int] = field(default_factory=dict)
    in_force_last_year: dict[str, int] = field(default_factory=dict)
    carried: dict[str, int] | None = None  # this year's 二 by column key
    last_year_carry_over: dict[str, int] | None = None  # last year's 四 by column key
    table3: dict[str, dict[str, int]] | None = None  # row key -> column key -> n
    table4: dict[tuple[str, str], int] | None = None
    fees_yuan: float | None = None
    overview: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    improvements: list[str] = field(default_factory=list)
    other_matters: list[str] = field(default_factory=list)


class _Errors:
    def __init__(self, path: str):
        self.path, self.items = path, []

    def add(self, node: Any, key: str | None, message: str) -> None:
        line = None
        if isinstance(node, LineMap):
            line = node.key_lines.get(key, node.line) if key is not None else node.line
        where = f"{self.path} 第 {line} 行" if line else self.path
        self.items.append(f"{where}：{message}")


def _count(value: Any, what: str, node: Any, key: str, errors: _Errors, allow_float: bool = False) -> Any:
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (isinstance(value, float) and not allow_float):
        errors.add(node, key, f"{what}应为{'数字' if allow_float else '非负整数'}，实际为“{value}”")
        return 0
    if value < 0:
        errors.add(node, key, f"{what}不能为负数（{value}）")
        return 0
    return value


def _mapping(value: Any, what: str, node: Any, key: str, errors: _Errors) -> LineMap | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        errors.add(node, key, f"{what}应为映射（键: 值）")
        return None
    return value


def _columns(value: Any, what: str, node: Any, key: str, errors: _Errors) -> dict[str, int] | None:
    """{自然人: 1, 商业企业: 2, 总计: 3} -> {natural: 1, business: 2, total: 3}; an int alone is 总计."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return {"total": _count(value, what, node, key, errors)}
    mapping = _mapping(value, what, node, key, errors)
    if mapping is None:
        return None
    result: dict[str, int] = {}
    labels = {label: column for column, label in T3_COLUMN_LABELS.items()}
    for name, number in mapping.items():
        column = labels.get(str(name)) or applicant_column(name)
        if column is None:
            errors.add(mapping, name, f"{what}：“{name}”不是表三的列（{'、'.join(T3_COLUMN_LABELS.values())}）")
            continue
        result[column] = _count(number, f"{what}“{name}”", mapping, name, errors)
    return result


def _table3_row(name: str) -> str | None:
    """A table-3 row named by its label (verbatim, with or without its group) or a short form."""
    text = str(name).strip()
    for row in TABLE3_ROWS:
        names = {row.level3, row.level2 + row.level3, row.label} if row.level3 else {row.level2 or row.level1}
        if text in names:
            return row.key
    short = {"一": "1", "本年新收": "1", "二": "2", "上年结转": "2", "四": "4", "结转下年度": "4",
             "结转下年度继续办理": "4", "总计": "3.7", "七": "3.7", "（七）": "3.7"}
    if text in short:
        return short[text]
    return outcome_key(text)


def _list(value: Any, what: str, node: Any, key: str, errors: _Errors) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if not isinstance(value, list) or not all(isinstance(item, (str, int, float)) for item in value):
        errors.add(node, key, f"{what}应为文字列表")
        return []
    return [str(item).strip() for item in value if str(item).strip()]


def load_figures(path: str) -> Figures:
    """Read and validate the figures YAML; every problem is listed with its line, then InputError."""
    try:
        data = read_yaml_file(path)
    except ChecklistError as error:
        raise InputError(error.message) from None
    figures = Figures(path=path)
    if data is None:
        return figures
    errors = _Errors(path)
    if not isinstance(data, dict):
        raise InputError(f"{path}：年度报告补充数据应为映射（单位、年度、主动公开 等键）")
    for key in data:
        if key not in TOP_KEYS:
            known = "；".join(f"{name}（{what}）" for name, what in TOP_KEYS.items())
            errors.add(data, key, f"未知的键“{key}”（可用：{known}）")

    if data.get("单位") is not None:
        figures.agency = str(data["单位"]).strip()
    if data.get("年度") is not None:
        if isinstance(data["年度"], int) and not isinstance(data["年度"], bool) and 1990 <= data["年度"] <= 2100:
            figures.year = data["年度"]
        else:
            errors.add(data, "年度", f"年度应为四位年份，实际为“{data['年度']}”")
    if data.get("成文日期") is not None:
        try:
            figures.date = dt.date.fromisoformat(str(data["成文日期"]))
        except ValueError:
            errors.add(data, "成文日期", f"成文日期“{data['成文日期']}”不是日期（应为 YYYY-MM-DD）")
    if data.get("网址") is not None:
        figures.website = str(data["网址"]).strip()
    contact = _mapping(data.get("联系"), "联系", data, "联系", errors)
    for key, value in (contact or {}).items():
        if key not in CONTACT_KEYS:
            errors.add(contact, key, f"联系中未知的键“{key}”（可用：{'、'.join(CONTACT_KEYS)}）")
        elif value is not None:
            figures.contact[key] = str(value).strip()

    _load_table2(data, figures, errors)
    last = _mapping(data.get("上年现行有效件数"), "上年现行有效件数", data, "上年现行有效件数", errors)
    for key, value in (last or {}).items():
        if key not in ("规章", "行政规范性文件"):
            errors.add(last, key, f"上年现行有效件数中未知的键“{key}”（可用：规章、行政规范性文件）")
        else:
            figures.in_force_last_year[key] = _count(value, f"上年现行有效件数“{key}”", last, key, errors)
    figures.carried = _columns(data.get("上年结转"), "上年结转", data, "上年结转", errors)
    figures.last_year_carry_over = _columns(data.get("上年报告结转下年度"), "上年报告结转下年度", data,
                                            "上年报告结转下年度", errors)
    table3 = _mapping(data.get("依申请公开"), "依申请公开", data, "依申请公开", errors)
    if table3 is not None:
        figures.table3 = {}
        for name, value in table3.items():
            key = _table3_row(name)
            if key is None:
                errors.add(table3, name, f"依申请公开：“{name}”不是表三的行（如 一、本年新收政府信息公开申请数量；"
                                         f"（一）予以公开；（三）不予公开 1.属于国家秘密；（七）总计；四、结转下年度继续办理）")
                continue
            if key in figures.table3:
                errors.add(table3, name, f"依申请公开：“{name}”与前面的行重复（{T3_ROWS[key].label}）")
                continue
            columns = _columns(value, f"依申请公开“{name}”", table3, name, errors)
            if columns is not None:
                figures.table3[key] = columns
    _load_table4(data, figures, errors)
    if data.get("信息处理费") is not None:
        figures.fees_yuan = _count(data["信息处理费"], "信息处理费（元）", data, "信息处理费", errors, allow_float=True)
    overview = _mapping(data.get("总体情况"), "总体情况", data, "总体情况", errors)
    for key, value in (overview or {}).items():
        if key not in OVERVIEW_KEYS:
            errors.add(overview, key, f"总体情况中未知的键“{key}”（可用：{'、'.join(OVERVIEW_KEYS)}）")
        elif value is not None:
            figures.overview[key] = "\n".join(_list(value, f"总体情况“{key}”", overview, key, errors))
    figures.problems = _list(data.get("存在的主要问题"), "存在的主要问题", data, "存在的主要问题", errors)
    figures.improvements = _list(data.get("改进情况"), "改进情况", data, "改进情况", errors)
    figures.other_matters = _list(data.get("其他需要报告的事项"), "其他需要报告的事项", data, "其他需要报告的事项", errors)
    if errors.items:
        shown = errors.items[:20]
        more = f"\n……另有 {len(errors.items) - 20} 处错误" if len(errors.items) > 20 else ""
        raise InputError("年度报告补充数据有错误：\n" + "\n".join(shown) + more)
    return figures


def _load_table2(data: dict, figures: Figures, errors: _Errors) -> None:
    block = _mapping(data.get("主动公开"), "主动公开", data, "主动公开", errors)
    if block is None:
        return
    columns_of = {row: b.columns for b in TABLE2_BLOCKS for row in b.rows}
    for name, value in block.items():
        if name not in columns_of:
            errors.add(block, name, f"主动公开：“{name}”不是表二的行（可用：{'、'.join(columns_of)}）")
            continue
        columns = columns_of[name]
        money = columns == (T2_FEES,)
        if len(columns) == 1:
            if isinstance(value, dict):  # {本年处理决定数量: 12} is accepted as well
                inner = {str(k): v for k, v in value.items()}
                if set(inner) - {columns[0], "本年收费金额", "本年收费金额（万元）"}:
                    errors.add(value, None, f"主动公开“{name}”只有一列：{columns[0]}")
                    continue
                value = next(iter(inner.values()), None)
            figures.table2[(name, columns[0])] = _count(value, f"主动公开“{name}”", block, name, errors, allow_float=money)
            continue
        inner = _mapping(value, f"主动公开“{name}”", block, name, errors)
        for column, number in (inner or {}).items():
            if column not in columns:
                errors.add(inner, column, f"主动公开“{name}”：“{column}”不是表二的列（{'、'.join(columns)}）")
                continue
            figures.table2[(name, column)] = _count(number, f"主动公开“{name}”“{column}”", inner, column, errors)


def _load_table4(data: dict, figures: Figures, errors: _Errors) -> None:
    block = _mapping(data.get("复议诉讼"), "复议诉讼", data, "复议诉讼", errors)
    if block is None:
        return
    figures.table4 = {}
    aliases = {"行政复议": "行政复议", "复议": "行政复议", "未经复议直接起诉": "未经复议直接起诉",
               "直接起诉": "未经复议直接起诉", "复议后起诉": "复议后起诉"}
    for name, value in block.items():
        group = aliases.get(str(name))
        if group is None:
            errors.add(block, name, f"复议诉讼：“{name}”不是表四的分组（{'、'.join(T4_GROUPS)}）")
            continue
        inner = _mapping(value, f"复议诉讼“{name}”", block, name, errors)
        for result, number in (inner or {}).items():
            if result not in T4_RESULTS:
                errors.add(inner, result, f"复议诉讼“{name}”：“{result}”不是表四的列（{'、'.join(T4_RESULTS)}）")
                continue
            figures.table4[(group, result)] = _count(number, f"复议诉讼“{name}”“{result}”", inner, result, errors)
