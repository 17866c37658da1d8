"""Field rules called directly (rules/fields.py): declared parameters, hits, and properties that
hold for any data. Exact per-case findings are in tests/rule_cases/."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govopen_cli.calendar import WorkCalendar
from govopen_cli.io.normalize import normalize_text
from govopen_cli.rules import REGISTRY
from govopen_cli.rules.base import RuleContext
from govopen_cli.rules.fields import RULES
from tests.helpers import make_dataset


@pytest.fixture(scope="module")
def ctx():
    return RuleContext(as_of=dt.date(2024, 1, 31), period_start=None, period_end=None, calendar=WorkCalendar())


def hits(ctx, name, dataset, **params):
    rule = RULES[name]
    return list(rule.func(ctx, dataset, rule.with_defaults(params)))


def test_registered_with_their_parameters():
    for name in ("required", "missing-column", "enum", "pattern", "length", "unique"):
        assert REGISTRY[name] is RULES[name]
        assert {"field", "fields"} <= {p.name for p in RULES[name].params}
        assert RULES[name].doc  # the docstring is the help text
    assert [p.name for p in RULES["enum"].params if p.required] == ["values"]
    assert [p.name for p in RULES["pattern"].params if p.required] == ["regex"]
    assert RULES["unique"].param("normalize").default is False
    assert RULES["missing-column"].scope == "dataset"


def test_fields_needed():
    assert RULES["required"].fields_needed({"field": "索引号", "fields": ["信息名称"]}) == ["索引号", "信息名称"]
    # missing-column reports absent fields itself; it must not be turned into status error.
    assert RULES["missing-column"].fields_needed({"fields": ["索引号"]}) == []


def test_required_hits(ctx):
    data = make_dataset([{"索引号": "A"}, {"索引号": ""}])
    [hit] = hits(ctx, "required", data, field="索引号")
    assert (hit.index, hit.field, hit.value, hit.message) == (1, "索引号", "", "索引号为空")


def test_missing_column_hits_have_no_row(ctx):
    data = make_dataset([{"索引号": "A"}])
    [hit] = hits(ctx, "missing-column", data, fields=["索引号", "发布机构"])
    assert (hit.index, hit.field, hit.value) == (None, "发布机构", None)


def test_unique_names_first_row_by_excel_number(ctx):
    data = make_dataset([{"索引号": "B"}, {"索引号": "A"}, {"索引号": "B"}], header_row=5)
    [hit] = hits(ctx, "unique", data, field="索引号")
    assert hit.index == 2
    assert hit.message == "索引号“B”重复，与第 6 行相同"


def test_pattern_never_matches_partially(ctx):
    data = make_dataset([{"文号": "曲交发〔2023〕5号"}, {"文号": "曲交发〔2023〕5号附件"}])
    found = hits(ctx, "pattern", data, field="文号", regex=r".+〔\d{4}〕\d+号")
    assert [h.index for h in found] == [1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["", "A", "B", "C", "Ａ"]), max_size=30))
def test_unique_reports_each_repeat_after_the_first(values):
    ctx = RuleContext(as_of=dt.date(2024, 1, 31), period_start=None, period_end=None, calendar=None)
    data = make_dataset([{"索引号": v} for v in values], columns=["索引号"])
    found = hits(ctx, "unique", data, field="索引号")
    present = [v for v in values if v]
    assert len(found) == len(present) - len(set(present))
    for hit in found:
        first = values.index(values[hit.index])
        assert first < hit.index
        assert f"与第 {first + 2} 行相同" in hit.message
    normalized = hits(ctx, "unique", data, field="索引号", normalize=True)
    assert len(normalized) == len(present) - len({normalize_text(v) for v in present})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["主动公开", "主動公開", " 依申请公开", "不予公开", "公开", "", "ＡＢ", "ab"]), max_size=20))
def test_enum_flags_exactly_the_values_outside_the_set(values):
    ctx = RuleContext(as_of=dt.date(2024, 1, 31), period_start=None, period_end=None, calendar=None)
    allowed = ["主动公开", "依申请公开", "不予公开", "AB"]
    data = make_dataset([{"公开方式": v} for v in values], columns=["公开方式"])
    found = {h.index for h in hits(ctx, "enum", data, field="公开方式", values=allowed)}
    wanted = {normalize_text(a) for a in allowed}
    assert found == {i for i, v in enumerate(values) if v and normalize_text(v) not in wanted}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="一二三ab ", max_size=8), max_size=15), st.integers(0, 6), st.integers(0, 6))
def test_length_bounds(values, least, most):
    ctx = RuleContext(as_of=dt.date(2024, 1, 31), period_start=None, period_end=None, calendar=None)
    data = make_dataset([{"内容概述": v} for v in values], columns=["内容概述"])
    found = sorted(h.index for h in hits(ctx, "length", data, field="内容概述", min=least, max=most))
    expected = sorted([i for i, v in enumerate(values) if v and len(v) > most]
                      + [i for i, v in enumerate(values) if v and len(v) < least])
    assert found == expected


def test_column_rules_on_a_large_catalog(ctx):
    # Speed is measured in benchmarks/; here only the results on many rows are checked.
    rows = 100_000
    data = make_dataset([{"索引号": f"A-{i}", "公开方式": "主动公开", "内容概述": "概述"} for i in range(rows)])
    data.frame.loc[rows - 1, "索引号"] = "A-0"
    assert [h.index for h in hits(ctx, "unique", data, field="索引号")] == [rows - 1]
    assert hits(ctx, "enum", data, field="公开方式", values=["主动公开"]) == []
    assert hits(ctx, "required", data, fields=["索引号", "内容概述"]) == []
    assert hits(ctx, "length", data, field="内容概述", max=100) == []
    assert isinstance(data.row_numbers, np.ndarray)
