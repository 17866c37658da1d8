"""`where` / `when` conditions (DESIGN §5): evaluated to a boolean mask over a dataset, column-wise.

    {field: 信息名称, matches: 部门预算}       regex on the text (raw or normalised)
    {field: 公开方式, equals: 主动公开}         after normalisation (full-width, Traditional, quotes)
    {field: 公开方式, in: [依申请公开, 不予公开]}
    {field: 信息名称, contains: 三公经费}
    {field: 不公开理由, empty: true}
    {all: [...]}, {any: [...]}, {not: {...}}

Text comparisons ignore Traditional/Simplified, full-width/half-width, spaces and decorative
quotes, so “三公”经费 matches 三公经费.
"""
from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from govopen_cli.io.dataset import Dataset
from govopen_cli.io.normalize import normalize_text
from govopen_cli.library_errors import regex_problem
from govopen_cli.rules import patterns

OPERATORS = ("equals", "in", "matches", "contains", "empty")
COMBINATORS = ("all", "any", "not")


def condition_errors(condition: Any, path: str = "where") -> list[tuple[str, str]]:
    """Problems in a condition as (path, message); empty when it is well formed."""
    if not isinstance(condition, dict):
        return [(path, "条件必须是映射，例如 {field: 信息名称, matches: 预算}")]
    keys = set(condition)
    if keys & set(COMBINATORS):
        if len(keys) != 1:
            return [(path, f"组合条件只能有一个键（all、any 或 not），实际为：{'、'.join(map(str, keys))}")]
        key = next(iter(keys))
        value = condition[key]
        if key == "not":
            return condition_errors(value, f"{path}.not")
        if not isinstance(value, list) or not value:
            return [(f"{path}.{key}", "应为非空的条件列表")]
        errors: list[tuple[str, str]] = []
        for number, item in enumerate(value):
            errors += condition_errors(item, f"{path}.{key}[{number}]")
        return errors
    if "field" not in condition:
        return [(path, "条件缺少 field，或应使用 all / any / not 组合")]
    operators = keys - {"field"}
    unknown = operators - set(OPERATORS)
    if unknown:
        return [(f"{path}.{sorted(unknown)[0]}", f"未知的条件运算符（可用：{'、'.join(OPERATORS)}）")]
    if len(operators) != 1:
        return [(path, f"每个条件需要且只能有一个运算符（{'、'.join(OPERATORS)}）")]
    operator = next(iter(operators))
    value = condition[operator]
    if operator == "in" and not isinstance(value, list):
        return [(f"{path}.in", "in 的值应为列表")]
    if operator == "empty" and not isinstance(value, bool):
        return [(f"{path}.empty", "empty 的值应为 true 或 false")]
    if operator == "matches":
        try:
            re.compile(str(value))
        except re.error as error:
            return [(f"{path}.matches", regex_problem(error))]
    return []


def condition_fields(condition: Any) -> list[str]:
    """Every field a condition reads."""
    if not isinstance(condition, dict):
        return []
    if "field" in condition:
        return [condition["field"]]
    names: list[str] = []
    for key in COMBINATORS:
        if key in condition:
            items = condition[key] if isinstance(condition[key], list) else [condition[key]]
            for item in items:
                names += condition_fields(item)
    return names


def evaluate(condition: dict, dataset: Dataset) -> pd.Series:
    """Boolean mask of the rows that satisfy `condition`. A missing field matches nothing
    (or, for `empty: true`, everything)."""
    index = dataset.index
    if "all" in condition:
        mask = pd.Series(True, index=index)
        for item in condition["all"]:
            mask &= evaluate(item, dataset)
        return mask
    if "any" in condition:
        mask = pd.Series(False, index=index)
        for item in condition["any"]:
            mask |= evaluate(item, dataset)
        return mask
    if "not" in condition:
        return ~evaluate(condition["not"], dataset)
    name = condition["field"]
    if not dataset.has(name):
        return pd.Series(bool(condition.get("empty") is True), index=index)
    if "empty" in condition:
        empty = ~dataset.present(name)
        return empty if condition["empty"] else ~empty
    # Text comparisons are made once per distinct value and mapped back to the rows.
    codes, normalized = dataset.normalized_distinct(name)
    distinct = pd.Series(normalized, dtype=object)
    if "equals" in condition:
        return _per_row(distinct == normalize_text(condition["equals"]), codes, index)
    if "in" in condition:
        return _per_row(distinct.isin([normalize_text(value) for value in condition["in"]]), codes, index)
    if "contains" in condition:
        return _per_row(distinct.str.contains(normalize_text(condition["contains"]), regex=False), codes, index)
    pattern = str(condition["matches"])
    if _is_literal(pattern):
        return _per_row(distinct.str.contains(normalize_text(pattern), regex=False), codes, index)
    # A regex is tried on the text as written and in Simplified/half-width form (punctuation kept,
    # so 印发《 still matches a Traditional 印發《), under the check's time budget.
    found = patterns.matches(dataset.values(name), pattern)
    found |= patterns.matches(dataset.simplified(name).to_numpy(dtype=object), pattern)
    return pd.Series(found, index=index)


def _per_row(verdicts: pd.Series, codes: np.ndarray, index: pd.Index) -> pd.Series:
    """A verdict per distinct value as a mask over the rows."""
    return pd.Series(verdicts.to_numpy(dtype=bool)[codes], index=index)


def _is_literal(pattern: str) -> bool:
    return not re.search(r"[\\.^$*+?{}\[\]|()]", pattern)


def describe_items(params: Any, key: str = "where") -> str:
    """How messages name the items a dataset rule looks for: the check's `label` if given (plain
    words such as 部门预算), else the condition spelled out."""
    return str(params.get("label") or describe(params[key]))


def describe(condition: Any) -> str:
    """A short Chinese description of a condition for messages (信息名称 匹配“部门预算”)."""
    if not isinstance(condition, dict):
        return str(condition)
    if "all" in condition:
        return "且".join(f"（{describe(item)}）" for item in condition["all"])
    if "any" in condition:
        return "或".join(f"（{describe(item)}）" for item in condition["any"])
    if "not" in condition:
        return f"非（{describe(condition['not'])}）"
    name = condition.get("field")
    if "equals" in condition:
        return f"{name}为“{condition['equals']}”"
    if "in" in condition:
        return f"{name}为“{'/'.join(map(str, condition['in']))}”之一"
    if "contains" in condition:
        return f"{name}包含“{condition['contains']}”"
    if "matches" in condition:
        return f"{name}匹配“{condition['matches']}”"
    if "empty" in condition:
        return f"{name}{'为空' if condition['empty'] else '不为空'}"
    return str(condition)
