"""Conditions (rules/conditions.py): `where` / `when` validation with the path of the bad part,
the fields they read, and their Chinese descriptions in messages."""
from __future__ import annotations

import pytest

from govopen_cli.rules.conditions import condition_errors, condition_fields, describe


@pytest.mark.parametrize("condition, error", [
    ("预算", ("where", "条件必须是映射，例如 {field: 信息名称, matches: 预算}")),
    ({"all": [], "field": "x"}, ("where", "组合条件只能有一个键（all、any 或 not），实际为：")),
    ({"any": []}, ("where.any", "应为非空的条件列表")),
    ({"all": {"field": "x", "equals": 1}}, ("where.all", "应为非空的条件列表")),
    ({"not": {"equals": "x"}}, ("where.not", "条件缺少 field，或应使用 all / any / not 组合")),
    ({"any": [{"field": "a", "equals": "x"}, {"field": "b", "like": "y"}]},
     ("where.any[1].like", "未知的条件运算符（可用：equals、in、matches、contains、empty）")),
    ({"field": "a"}, ("where", "每个条件需要且只能有一个运算符（equals、in、matches、contains、empty）")),
    ({"field": "a", "equals": "x", "contains": "y"}, ("where", "每个条件需要且只能有一个运算符")),
    ({"field": "a", "in": "主动公开"}, ("where.in", "in 的值应为列表")),
    ({"field": "a", "empty": "是"}, ("where.empty", "empty 的值应为 true 或 false")),
    ({"field": "a", "matches": "预算("}, ("where.matches", "正则表达式第 3 个字符处圆括号“(”没有配对的“)”")),
])
def test_condition_errors_name_the_bad_part(condition, error):
    [(path, message)] = condition_errors(condition)
    assert path == error[0]
    assert message.startswith(error[1])


def test_well_formed_conditions_and_their_fields():
    condition = {"all": [{"field": "信息名称", "matches": "预算"},
                         {"not": {"field": "公开方式", "in": ["不予公开"]}},
                         {"any": [{"field": "栏目", "contains": "财政"}, {"field": "文号", "empty": False}]}]}
    assert condition_errors(condition) == []
    assert condition_fields(condition) == ["信息名称", "公开方式", "栏目", "文号"]
    assert condition_fields("not a condition") == []


@pytest.mark.parametrize("condition, text", [
    ({"field": "信息名称", "equals": "部门预算"}, "信息名称为“部门预算”"),
    ({"field": "公开方式", "in": ["依申请公开", "不予公开"]}, "公开方式为“依申请公开/不予公开”之一"),
    ({"field": "栏目", "contains": "财政"}, "栏目包含“财政”"),
    ({"field": "信息名称", "matches": "预算|决算"}, "信息名称匹配“预算|决算”"),
    ({"field": "文号", "empty": True}, "文号为空"),
    ({"field": "文号", "empty": False}, "文号不为空"),
    ({"all": [{"field": "a", "equals": "x"}, {"field": "b", "empty": True}]}, "（a为“x”）且（b为空）"),
    ({"any": [{"field": "a", "equals": "x"}, {"field": "a", "equals": "y"}]}, "（a为“x”）或（a为“y”）"),
    ({"not": {"field": "a", "equals": "x"}}, "非（a为“x”）"),
    ("原样", "原样"),
])
def test_describe(condition, text):
    assert describe(condition) == text
