"""Field mapping (io/fields.py) and text normalisation (io/normalize.py)."""
from __future__ import annotations

import unicodedata

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govopen_cli.io.fields import FIELDS, map_headers, normalize_header
from govopen_cli.io.normalize import normalize_series, normalize_text, to_simplified


@pytest.mark.parametrize("header,field", [
    ("索引号", "索引号"),
    ("索取号", "索引号"),
    ("索引號", "索引号"),
    ("索 引 号", "索引号"),
    ("＊索引号", "索引号"),
    ("*索引号:", "索引号"),
    ("索引号（必填）", "索引号"),
    ("索引号(选填)", "索引号"),
    ("标题", "信息名称"),
    ("標題", "信息名称"),
    ("文件名称", "信息名称"),
    ("發佈機構", "发布机构"),
    ("发文机关", "发布机构"),
    ("成文日期", "生成日期"),
    ("公开日期", "发布日期"),
    ("發佈日期", "发布日期"),
    ("发文字号", "文号"),
    ("發文字號", "文号"),
    ("公开属性", "公开方式"),
    ("不予公开理由", "不公开理由"),
    ("责任科室", "责任单位"),
    ("URL", "链接"),
    ("ＵＲＬ", "链接"),
    ("关联解读", "关联文件"),
    ("生成日期\n(YYYY-MM-DD)", "生成日期"),
    ("发布日期（格式：2023-01-01）", "发布日期"),
    ("索取号\r\n说明：系统自动生成", "索引号"),
    ("标题 (与原文一致)", "信息名称"),
])
def test_catalog_aliases(header, field):
    mapping = map_headers([header, "备注"], "catalog")
    assert mapping.columns == {field: 0}
    assert mapping.headers == {field: " ".join(header.split())}  # as written, on one line
    assert mapping.unmapped == ["备注"]


def test_every_shipped_alias_maps_to_its_field():
    for kind, fields in FIELDS.items():
        for name, aliases in fields.items():
            for alias in [name, *aliases]:
                assert map_headers([alias], kind).columns == {name: 0}, (kind, name, alias)


def test_no_alias_is_claimed_by_two_fields_of_one_kind():
    for kind, fields in FIELDS.items():
        owner: dict[str, str] = {}
        for name, aliases in fields.items():
            for alias in [name, *aliases]:
                key = normalize_header(alias)
                assert owner.setdefault(key, name) == name, (kind, alias, owner[key], name)


def test_map_headers_positions_first_wins_and_blank_cells():
    mapping = map_headers([None, "标题", "", "信息名称", "发布日期", "备注"], "catalog")
    assert mapping.columns == {"信息名称": 1, "发布日期": 4}
    assert mapping.unmapped == ["信息名称", "备注"]
    assert mapping.score == 2


def test_a_note_is_dropped_only_when_the_whole_header_is_unknown():
    mapping = map_headers(["生成日期\n(YYYY-MM-DD)", "(备注)", "说明（内部）"], "catalog")
    assert mapping.columns == {"生成日期": 0}
    assert mapping.headers == {"生成日期": "生成日期 (YYYY-MM-DD)"}  # kept on one line for display
    assert mapping.unmapped == ["(备注)", "说明（内部）"]
    # --map names the header as written, note included, and wins over the shipped alias
    mapping = map_headers(["发布日期（格式：2023-01-01）"], "catalog", {"发布日期（格式：2023-01-01）": "生成日期"})
    assert mapping.columns == {"生成日期": 0}


def test_extra_aliases_win_and_are_normalised():
    mapping = map_headers(["分类", "公开 事项"], "catalog", {"分类": "栏目", "公开事项": "信息名称"})
    assert mapping.columns == {"栏目": 0, "信息名称": 1}
    assert mapping.headers == {"栏目": "分类", "信息名称": "公开 事项"}


def test_other_kinds():
    assert map_headers(["申请编号", "收到申请日期", "办结日期"], "applications").columns == {
        "申请编号": 0, "收到日期": 1, "答复日期": 2}
    assert map_headers(["栏目名称", "最后更新时间"], "columns").columns == {"栏目名称": 0, "最后更新日期": 1}
    assert map_headers(["事发时间", "首发时间"], "events").columns == {"发生时间": 0, "首次发布时间": 1}


@pytest.mark.parametrize("text,expected", [
    ("主動公開", "主动公开"),
    ("  主动 公开 ", "主动公开"),
    ("“三公”经费", "三公经费"),
    ("《通知》", "通知"),
    ("ＡＢＣ１２３", "abc123"),
    ("（一）", "(一)"),
    (None, ""),
])
def test_normalize_text(text, expected):
    assert normalize_text(text) == expected


def test_normalize_series_agrees_with_normalize_text():
    values = ["主動公開", " 依申请 公开 ", "“三公”经费", "ＡＢＣ", "", "發佈機構"]
    assert normalize_series(pd.Series(values)).tolist() == [normalize_text(value) for value in values]


def test_to_simplified():
    assert to_simplified("政府資訊公開目錄") == "政府资讯公开目录"
    assert to_simplified("索引號") == "索引号"


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from([name for fields in FIELDS.values() for name in fields]),
    spaces=st.lists(st.integers(min_value=0, max_value=10), max_size=3),
    full_width=st.booleans(),
    mark=st.sampled_from(["", "*", "＊", "（必填）", "："]),
)
def test_canonical_names_survive_spaces_full_width_and_marks(name, spaces, full_width, mark):
    text = name
    for position in spaces:
        position = min(position, len(text))
        text = text[:position] + " " + text[position:]
    if full_width:
        text = _full_width(text)
    header = mark + text if mark in ("*", "＊") else text + mark
    kind = next(kind for kind, fields in FIELDS.items() if name in fields)
    assert map_headers([header], kind).columns == {name: 0}, header


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=20))
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.normalize("NFKC", once) == once or not once
