"""Whom a checklist, task or check applies to (`applies_to`), and whether a catalog is theirs.

A district plan gives tasks to the whole government (全区的重点领域信息: 低保, 教育, 卫生 …) and
tasks to a named department (区政府办公室 通报网站检查情况). Judged on one department's catalog, a
district-wide task would fail for want of information another department publishes; so such a check
is n/a there, with the reason.

    applies_to: government                      # the whole government's catalog (all departments)
    applies_to: {government: 青云谱区人民政府}    # the same, naming the government in messages
    applies_to: {department: 区政府办公室}        # a named department (or a list of names)
    applies_to: any                             # any department's catalog (the default)

Whose catalog it is comes from `owner` in govopen.yaml when given, else from the catalog's 发布机构
values: a government's name among them (…人民政府) or three or more different publishers make it
the whole government's catalog. The report's 单位名称 (agency.name) is never used: it names who
signs the report, not whose entries the sheet holds. When neither tells, the check runs.
"""
from __future__ import annotations

import re
from typing import Any

import pandas as pd

from govopen_cli.io.dataset import Dataset
from govopen_cli.io.normalize import normalize_text

PUBLISHER_FIELD = "发布机构"
GOVERNMENT_NAME = re.compile(r"(?:人民政府|政府)$")
MANY_PUBLISHERS = 3  # distinct 发布机构 values from which a catalog is taken as a whole government's
_LEVEL_PREFIX = re.compile(r"^.{0,8}?[省市区县]")


def scope_errors(value: Any) -> list[str]:
    """Problems of an `applies_to` value, in Chinese (empty when it is valid)."""
    if value in ("government", "any"):
        return []
    if isinstance(value, dict) and len(value) == 1:
        (key, names), = value.items()
        if key == "government" and isinstance(names, str) and names.strip():
            return []
        if key == "department" and _names(names):
            return []
    return ["applies_to 应为 government（整个政府的公开目录）、any（任一部门，默认）、"
            "{government: 政府名称} 或 {department: 部门名称或名称列表}"]


def _names(value: Any) -> list[str]:
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [name.strip() for name in names if isinstance(name, str) and name.strip()]


def is_government(name: str) -> bool:
    return bool(GOVERNMENT_NAME.search(normalize_text(name)))


def same_body(a: str, b: str) -> bool:
    """区司法局 and 青云谱区司法局 are one body: compare without the place name in front."""
    # 人民政府 and 政府 name one body (区人民政府办公室 = 区政府办公室).
    a, b = (normalize_text(name).replace("人民政府", "政府") for name in (a, b))
    if not a or not b:
        return False
    short_a, short_b = _LEVEL_PREFIX.sub("", a) or a, _LEVEL_PREFIX.sub("", b) or b
    return a in b or b in a or short_a == short_b


def publishers(dataset: Dataset) -> list[str]:
    """The distinct 发布机构 values of a catalog, in order of first appearance."""
    if not dataset.has(PUBLISHER_FIELD):
        return []

    def compute() -> list[str]:
        # Each distinct cell normalised once (a district catalog repeats a few dozen names over
        # 100,000 rows, and every check with an `applies_to` asks).
        codes, normalized = dataset.normalized_distinct(PUBLISHER_FIELD)
        return [value for value in dict.fromkeys(normalized[pd.unique(codes)]) if value]
    return list(dataset.memo(("publishers",), compute))


def scope_reason(scope: Any, dataset: Dataset, owner: str | None) -> str | None:
    """Why the check does not apply to this catalog (Chinese), or None when it applies."""
    if not scope or scope == "any":
        return None
    found = publishers(dataset)
    whole = (is_government(owner) if owner
             else any(is_government(name) for name in found) or len(found) >= MANY_PUBLISHERS)
    if scope == "government" or (isinstance(scope, dict) and "government" in scope):
        if whole or (not owner and not found):
            return None
        who = f"{scope['government']}（整个政府）" if isinstance(scope, dict) else "整个政府"
        return f"本项针对{who}的公开目录（各部门信息合计）；{_whose(owner, found)}，不是整个政府的目录"
    names = _names(scope.get("department")) if isinstance(scope, dict) else []
    if whole or (not owner and not found):
        return None
    if any(same_body(have, name) for have in ([owner] if owner else found) for name in names):
        return None
    return f"本项由“{'、'.join(names)}”负责；{_whose(owner, found)}，不含该单位的信息"


def describe_scope(scope: Any) -> str:
    """An `applies_to` value in words (Chinese), for comments and for `checklist diff`."""
    if not scope or scope == "any":
        return "任一部门的公开目录（默认）"
    if scope == "government":
        return "整个政府的公开目录（各部门信息合计）"
    if isinstance(scope, dict) and "government" in scope:
        return f"{scope['government']}整个政府的公开目录（各部门信息合计）"
    if isinstance(scope, dict) and "department" in scope:
        names = scope["department"]
        names = [names] if isinstance(names, str) else list(names)
        return f"“{'、'.join(str(name) for name in names)}”的公开目录"
    return str(scope)


def _whose(owner: str | None, found: list[str]) -> str:
    if owner:
        return f"本目录属于“{owner}”（govopen.yaml 的 owner）"
    return f"本目录的发布机构只有“{'、'.join(found)}”（可在 govopen.yaml 用 owner 写明目录所属单位）"
