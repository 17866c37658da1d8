"""Tests for the privacy rule and its helpers (domain.md §6.3)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from govopen_cli.calendar import WorkCalendar
from govopen_cli.rules.base import RuleContext
from govopen_cli.rules.privacy import (
    RULES,
    find_personal_numbers,
    id_check_char,
    luhn_ok,
    mask_number,
    valid_id_card,
)
from tests.helpers import make_dataset

CARD = "6222021234567894"  # passes Luhn
assert luhn_ok(CARD)


@pytest.fixture(scope="module")
def ctx() -> RuleContext:
    return RuleContext(as_of=dt.date(2024, 6, 30), period_start=None, period_end=None, calendar=WorkCalendar())


def run(ctx, dataset, **params):
    rule = RULES["privacy"]
    return list(rule.func(ctx, dataset, rule.with_defaults(params)))


# --- helpers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("number, valid", [
    ("11010519491231002X", True),  # X case
    ("11010519491231002x", True),
    ("360426199101010071", True),
    ("110105194912310021", False),  # wrong check character
    ("110105199902300015", False),  # checksum passes, but 1999-02-30 is not a date
    ("11010518991231002X", False),  # wrong check and before 1900
    ("1101051949123100", False),  # too short
])
def test_valid_id_card(number, valid):
    assert valid_id_card(number) is valid


def test_id_check_chars_of_section_6_3():
    assert id_check_char("11010519491231002") == "X"
    assert id_check_char("36042619910101007") == "1"
    assert id_check_char("11010519990230001") == "5"


def test_id_birth_date_range():
    future = "110105" + "20991231" + "002"
    assert not valid_id_card(future + id_check_char(future))
    old = "110105" + "18991231" + "002"
    assert not valid_id_card(old + id_check_char(old))
    assert valid_id_card(future + id_check_char(future), today=dt.date(2100, 1, 1))


@given(
    area=st.integers(110000, 659999),
    birth=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date.today()),
    sequence=st.integers(0, 999),
    other=st.sampled_from("0123456789X"),
)
def test_computed_check_char_makes_a_valid_id(area, birth, sequence, other):
    body = f"{area:06d}{birth:%Y%m%d}{sequence:03d}"
    check = id_check_char(body)
    assert valid_id_card(body + check)
    if other != check:
        assert not valid_id_card(body + other)


@pytest.mark.parametrize("number, ok", [
    ("79927398713", True), ("4111111111111111", True), (CARD, True),
    ("6222021234567890", False), ("", False), ("4111-1111", False),
])
def test_luhn_ok(number, ok):
    assert luhn_ok(number) is ok


def test_mask_number():
    assert mask_number("13812345678") == "138****5678"
    assert mask_number("11010519491231002X") == "110" + "*" * 11 + "002X"


# --- rule ----------------------------------------------------------------------------------------

def test_privacy_finds_and_masks(ctx):
    dataset = make_dataset([
        {"信息名称": "关于张三（身份证号11010519491231002X，电话13812345678）的处罚决定", "内容概述": "无"},
        {"信息名称": "2023年第12345678901号公告", "内容概述": "联系电话：138****5678，证件110105********002X"},
        {"信息名称": "编号110105194912310021的通知", "内容概述": f"退款至银行卡{CARD}。"},
        {"信息名称": "360426199101010071", "内容概述": "请拨打 15900001111 或 18600002222 咨询"},
        {"信息名称": "110105199902300015 号文件", "内容概述": "流水号 20230101000012345678"},
    ])
    hits = run(ctx, dataset)
    found = [(dataset.row_numbers[hit.index], hit.field) for hit in hits]  # field by field
    assert found == [(2, "信息名称"), (5, "信息名称"), (4, "内容概述"), (5, "内容概述")]
    by_cell = dict(zip(found, hits))

    first = by_cell[(2, "信息名称")]
    assert first.message == "信息名称疑似包含个人信息：身份证号 1 处、手机号 1 处（条例第十五条）"
    assert first.value == "关于张三（身份证号110***********002X，电话138****5678）的处罚决定"

    card = by_cell[(4, "内容概述")]
    assert card.message == "内容概述疑似包含个人信息：银行卡号 1 处（条例第十五条）"
    assert card.value == "退款至银行卡622*********7894。"

    assert by_cell[(5, "信息名称")].message == "信息名称疑似包含个人信息：身份证号 1 处（条例第十五条）"
    assert by_cell[(5, "信息名称")].value == "360***********0071"
    two_mobiles = by_cell[(5, "内容概述")]
    assert two_mobiles.message == "内容概述疑似包含个人信息：手机号 2 处（条例第十五条）"
    assert two_mobiles.value == "请拨打 159****1111 或 186****2222 咨询"
    for hit in hits:  # no reported value repeats a full number
        assert "13812345678" not in hit.value and CARD not in hit.value


def test_privacy_single_field_and_absent_fields(ctx):
    dataset = make_dataset([{"信息名称": "13812345678", "备注": "13912345678"}])
    hits = run(ctx, dataset, field="备注")
    assert [(hit.index, hit.field, hit.value) for hit in hits] == [(0, "备注", "139****5678")]
    hits = run(ctx, dataset)  # 内容概述 is absent: skipped
    assert [(hit.index, hit.field) for hit in hits] == [(0, "信息名称")]
    assert RULES["privacy"].fields_needed({"field": "备注"}) == ["备注"]
    assert RULES["privacy"].fields_needed({}) == ["信息名称", "内容概述"]


def test_privacy_rule_has_chinese_doc():
    assert "身份证号" in RULES["privacy"].doc


@pytest.mark.parametrize("text, kind", [
    ("咨询电话：138 1234 5678", "手机号"),
    ("联系电话：138-1234-5678", "手机号"),
    ("手机：+86 13812345678", "手机号"),
    ("手机：+86-13812345678", "手机号"),
    ("电话：008613812345678", "手机号"),
    ("联系电话：１３８１２３４５６７８", "手机号"),
    ("身份证号：110105491231002", "身份证号"),  # first generation, 15 digits
    ("身份证号：11010519491231002x", "身份证号"),
    ("身份证号码：１１０１０５１９４９１２３１００２Ｘ", "身份证号"),
    ("开户行：中国农业银行某支行，账号：6228480402564890018", "银行卡号"),
    ("银行卡号：6228 4804 0256 4890 018", "银行卡号"),
    ("收款账户 4111111111111111", "银行卡号"),
    ("身份证编号：11010519491231002X", "身份证号"),  # 编号 after a word about a person
])
def test_privacy_real_forms(text, kind):
    found = find_personal_numbers(text)
    assert [item[0] for item in found] == [kind]


@pytest.mark.parametrize("text", [
    "统一社会信用代码：911100001000000000",  # all digits, and Luhn-valid 18 digits are not a card
    "项目编号：5101042023000123458",  # passes Luhn
    "项目编号：6201042023000123455",  # passes Luhn and starts like a UnionPay card
    "采购计划编号：3702002023000012345",
    "合同编号：2023010100000123",
    "项目代码3205022022000123456已赋码",
    "项目总投资13800000000元",
    "中标金额13812345678.00元",
    "公告时间：20230615093000",
    "流水号20230101000012345678",
    "联系电话：0537-4412345",
    "联系电话：138****5678",
    "邮政编码：273100",
])
def test_privacy_decoys(text):
    assert find_personal_numbers(text) == []


def test_bank_card_needs_an_issuer_prefix_or_a_card_word():
    number = "8888888888888888"  # passes Luhn, no card issuer starts with 8
    assert luhn_ok(number)
    assert find_personal_numbers(f"编码{number}") == []
    assert find_personal_numbers(f"转账至{number}") == []
    assert [item[0] for item in find_personal_numbers(f"卡号：{number}")] == ["银行卡号"]


def test_mask_keeps_the_grouping():
    assert mask_number("138 1234 5678") == "138 **** 5678"
    assert mask_number("6228 4804 0256 4890 018") == "622* **** **** ***0 018"
