"""Field rules: required, missing-column, enum, pattern, length, unique."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import numpy as np
import pandas as pd

from govopen_cli.io.dataset import Dataset, first_times
from govopen_cli.io.normalize import normalize_text
from govopen_cli.rules import patterns
from govopen_cli.rules.base import FIELD_PARAMS, PLACEHOLDERS_PARAM, Hit, Param, Rule, RuleContext, as_fields, hits_where


def required(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """必填项：字段不能为空，也不能只填占位值。

    参数 field 或 fields；可用 when 限定适用的行（例如公开方式为依申请公开、不予公开时，
    不公开理由必填）。只填“无”“暂无”“/”“-”“—”“N/A”等占位值的，视同未填写
    （参数 placeholders 可改；placeholders: [] 为不识别占位值）。每个单元格一条问题。
    """
    placeholders = tuple(params.get("placeholders") or ())
    for name in as_fields(params):
        empty = ~dataset.present(name).to_numpy()
        values = dataset.values(name)
        yield from hits_where(dataset, empty | dataset.placeholder(name, placeholders), name,
                              lambda i: f"{name}填写为“{values[i]}”，视同未填写" if values[i] else f"{name}为空")


def missing_column(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """缺少字段：检查清单需要的字段在表格中找不到对应的列，每个字段一条问题。"""
    for name in as_fields(params):
        if not dataset.has(name):
            yield Hit(message=f"表格中没有“{name}”列（可用 --map {name}=列名 指定对应的列）", field=name)


def enum(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """取值范围：非空值必须是 values 之一（比较时忽略繁简体、全半角和空格）。"""
    allowed = list(params["values"])
    wanted = {normalize_text(value) for value in allowed}
    listed = "、".join(map(str, allowed))
    for name in as_fields(params):
        normalized = dataset.normalized(name)
        bad = dataset.present(name) & ~normalized.isin(wanted)
        values = dataset.values(name)
        yield from hits_where(dataset, bad, name, lambda i: f"{name}“{values[i]}”不在允许的取值中（{listed}）")


def pattern(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """格式：非空值必须整体匹配正则表达式 regex；message 可给出面向用户的说明。"""
    hint = params.get("message") or f"应符合格式 {params['regex']}"
    for name in as_fields(params):
        values = dataset.values(name)
        bad = dataset.present(name).to_numpy() & ~patterns.matches(values, params["regex"], whole=True)
        yield from hits_where(dataset, bad, name, lambda i: f"{name}“{values[i]}”格式不符：{hint}")


def length(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """长度：非空值的字数不超过 max、不少于 min（例如内容概述一般不超过100字）。"""
    most, least = params.get("max"), params.get("min")
    for name in as_fields(params):
        text = dataset.text(name)
        size = text.str.len()
        present = dataset.present(name)
        if most is not None:
            yield from hits_where(dataset, present & (size > most), name,
                                  lambda i: f"{name}共 {size.iat[i]} 字，超过 {most} 字")
        if least is not None:
            yield from hits_where(dataset, present & (size < least), name,
                                  lambda i: f"{name}只有 {size.iat[i]} 字，少于 {least} 字")


def unique(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """唯一：同一值不能重复出现；第一次之后的每次重复一条问题，并指出第一次出现的行。"""
    for name in as_fields(params):
        if params.get("normalize"):
            codes = pd.factorize(dataset.normalized(name))[0]
        else:  # numbered afresh in order of first appearance (a subset's codes are its parent's)
            codes = pd.factorize(dataset.factorized(name)[0])[0]
        # Codes number the values in order of first appearance: the k-th first row is where code k
        # first appears.
        first_time = first_times(codes)
        repeated = ~first_time & dataset.present(name).to_numpy()
        if not repeated.any():
            continue
        rows, first, values = dataset.row_numbers, np.flatnonzero(first_time)[codes], dataset.values(name)
        yield from hits_where(
            dataset, repeated, name,
            lambda i: f"{name}“{values[i]}”重复，与第 {rows[first[i]]} 行相同",
        )


def _fields_needed_missing_column(params: Mapping[str, Any]) -> list[str]:
    return []  # it reports absent fields itself; absence must not turn it into status error


RULES = {
    "required": Rule("required", required, FIELD_PARAMS + (PLACEHOLDERS_PARAM,)),
    "missing-column": Rule("missing-column", missing_column, FIELD_PARAMS, scope="dataset",
                           needs=_fields_needed_missing_column),
    "enum": Rule("enum", enum, FIELD_PARAMS + (Param("values", "list", required=True),)),
    "pattern": Rule("pattern", pattern, FIELD_PARAMS + (Param("regex", "regex", required=True), Param("message", "str"))),
    "length": Rule("length", length, FIELD_PARAMS + (Param("max", "int"), Param("min", "int"))),
    "unique": Rule("unique", unique, FIELD_PARAMS + (Param("normalize", "bool", default=False),)),
}
