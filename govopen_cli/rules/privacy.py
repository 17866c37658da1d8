"""Privacy rule: personal numbers (ID card, mobile, bank card) in published free text.

The numbers found are masked in the reported value, so a report never spreads the data it flags.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterator, Mapping

import numpy as np

from govopen_cli.io.dataset import Dataset
from govopen_cli.rules.base import Hit, Param, Rule, RuleContext, hits_where

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]  # 2**(18-i) % 11, i = 1..17
ID_CHECK_CHARS = "10X98765432"
DEFAULT_FIELDS = ["信息名称", "内容概述"]

# Full-width digits, letters and signs typed with a Chinese input method, read one for one (the
# positions found stay those of the original text, so masking hits the right characters).
_HALF_WIDTH = str.maketrans("０１２３４５６７８９Ｘｘ＋－　", "0123456789Xx+- ")
_ID_SHAPE = re.compile(r"\d{17}[\dX]")
_ID = re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])")
_ID15 = re.compile(r"(?<![\dA-Za-z])\d{15}(?![\dA-Za-z])")
# 13812345678, 138 1234 5678, 138-1234-5678, with +86 / 0086 / 86 before it.
_MOBILE = re.compile(r"(?<![\d+])(?:(?:\+|00)?86[ -]?)?(1[3-9]\d(?:\d{8}|([ -])\d{4}\2\d{4}))(?![\d])")
# 16 to 19 digits, also written in groups of four; a digit run followed by X is an ID body.
_BANK_CARD = re.compile(r"(?<![\dA-Za-z])(\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?![\dXx])")
# UnionPay (62), Visa (4), Mastercard (51–55, 2221–2720), JCB (35) and the old domestic 9 cards.
_CARD_ISSUER = re.compile(r"62\d{14,17}|4\d{15}|5[1-5]\d{14}|2[2-7]\d{14}|35\d{14}|9\d{18}")
_CARD_WORDS = re.compile(r"(卡号|账号|帐号|开户|银行卡|户名|收款账户|一卡通|存折)")
# Words that say the number is a 编号 of a thing, not of a person.
_NOT_PERSONAL = re.compile(r"(编号|编码|代码|项目号|合同号|流水号|订单号|计划号|批次号|文号|索引号|序列号|税号|统一社会信用)[^，。；,;]{0,4}$")
# …unless a word about a person stands there too (身份证编号, 手机编码).
_PERSON_WORDS = re.compile(r"(身份|证件|手机|电话|联系|户主|姓名|当事人)")
_AMOUNT_AFTER = re.compile(r"^\s*(?:\.\d|元|万|亿|千|百|美元|平方|米|吨|人|户|个|件|份|次|%|％)")
_ID_PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51,
                 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82}
KINDS = ("身份证号", "手机号", "银行卡号")


def id_check_char(first17: str) -> str:
    """GB 11643 check character for the first 17 digits of a 居民身份证号码."""
    return ID_CHECK_CHARS[sum(int(char) * weight for char, weight in zip(first17, ID_WEIGHTS)) % 11]


def valid_id_card(s: str, today: dt.date | None = None) -> bool:
    """True for an 18-character 身份证号 (lower-case x accepted) with the right check character and
    a real birth date from 1900-01-01 to today."""
    s = s.upper()
    if not _ID_SHAPE.fullmatch(s) or id_check_char(s[:17]) != s[17]:
        return False
    try:
        birth = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= birth <= (today or dt.date.today())


def luhn_ok(s: str) -> bool:
    """Luhn (mod 10) check used by bank card numbers; s is a string of digits."""
    if not s or not s.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(s)):
        digit = int(char)
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def mask_number(number: str) -> str:
    """Keep the first 3 and last 4 digits, mask the rest and keep any spaces or dashes:
    13812345678 -> 138****5678, 138 1234 5678 -> 138 **** 5678."""
    positions = [index for index, char in enumerate(number) if char.isalnum()]
    hidden = set(positions[3:-4]) if len(positions) > 7 else set()
    return "".join("*" if index in hidden else char for index, char in enumerate(number))


def valid_old_id_card(s: str) -> bool:
    """True for a 15-digit first-generation 身份证号: a province code and a real 19YY birth date."""
    if len(s) != 15 or not s.isdigit() or int(s[:2]) not in _ID_PROVINCES:
        return False
    try:
        dt.date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    except ValueError:
        return False
    return True


def find_personal_numbers(text: str, today: dt.date | None = None) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every ID card, mobile and bank card number in `text`, in order.

    A number named as a 编号/代码 of something (项目编号, 统一社会信用代码 …) and an amount (followed
    by 元, 万 …) is not personal data; a bank card needs a card issuer's prefix or a word such as
    卡号 or 账号 before it, besides the Luhn check.
    """
    plain = text.translate(_HALF_WIDTH)
    found: list[tuple[str, int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= taken_start or start >= taken_end for _, taken_start, taken_end in found)

    def labelled_as_thing(start: int) -> bool:
        before = plain[max(0, start - 16):start]
        return bool(_NOT_PERSONAL.search(before)) and not _PERSON_WORDS.search(before)

    for match in _ID.finditer(plain):
        if valid_id_card(match.group(), today) and not labelled_as_thing(match.start()):
            found.append(("身份证号", match.start(), match.end()))
    for match in _ID15.finditer(plain):
        if valid_old_id_card(match.group()) and not labelled_as_thing(match.start()) and free(*match.span()):
            found.append(("身份证号", match.start(), match.end()))
    for match in _MOBILE.finditer(plain):
        start, end = match.span(1)
        if (free(*match.span()) and not labelled_as_thing(match.start())
                and not _AMOUNT_AFTER.match(plain[end:end + 3])):
            found.append(("手机号", start, end))  # +86 / 0086 is left readable
    for match in _BANK_CARD.finditer(plain):
        digits = re.sub(r"[ -]", "", match.group())
        if not (16 <= len(digits) <= 19 and free(*match.span()) and luhn_ok(digits)):
            continue
        before = plain[max(0, match.start() - 12):match.start()]
        if labelled_as_thing(match.start()) or _AMOUNT_AFTER.match(plain[match.end():match.end() + 3]):
            continue
        if _CARD_ISSUER.fullmatch(digits) or _CARD_WORDS.search(before):
            found.append(("银行卡号", match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def mask_found(text: str, found: list[tuple[str, int, int]]) -> str:
    """`text` with every found number masked."""
    pieces, last = [], 0
    for _, start, end in found:
        pieces += [text[last:start], mask_number(text[start:end])]
        last = end
    return "".join(pieces) + text[last:]


def privacy(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """个人信息：公开的文字中不应出现身份证号、手机号、银行卡号（条例第十五条）。

    检查 field（只查这一个字段）或 fields（默认“信息名称”“内容概述”，表中没有的字段跳过）。
    身份证号为18位（校验码正确、出生日期真实，末位x大小写均可）或15位一代身份证号（省级
    代码和出生日期真实）；手机号为1开头、第二位3至9的11位号码，也认“138 1234 5678”
    “138-1234-5678”和“+86”“0086”开头的写法；银行卡号为16至19位（可四位一组）、通过 Luhn
    校验，并且以发卡行号段开头（如62、4）或前面写有“卡号”“账号”“开户”等字样。全角数字
    同样识别。写明是项目编号、合同编号、统一社会信用代码等“编号”“代码”的数字，以及后面跟
    “元”“万”等单位的金额，不算个人信息；已打码的号码（如138****5678）不算。每个单元格最多
    一条问题，列出各类号码的个数；报告中的取值已将号码打码（保留前3位和后4位）。
    """
    names = [params["field"]] if params.get("field") else list(params.get("fields") or DEFAULT_FIELDS)
    today = dt.date.today()
    for name in names:
        if not dataset.has(name):
            continue
        values = dataset.values(name)
        # 11 digits or more, also in groups (138 1234 5678); 15- to 19-digit numbers contain such a run.
        candidates = dataset.rows_with_digit_run(name, 11)
        judged: dict[str, tuple[str, str] | None] = {}  # value -> (message, masked value): repeats judged once
        messages: dict[int, str] = {}
        masked: dict[int, str] = {}
        for index in candidates.tolist():
            value = values[index]
            if value not in judged:
                judged[value] = _judge(name, value, today)
            if judged[value] is not None:
                messages[index], masked[index] = judged[value]
        hit_rows = np.zeros(len(values), dtype=bool)
        hit_rows[list(messages)] = True
        yield from hits_where(dataset, hit_rows, name, messages.__getitem__, masked.__getitem__)


def _judge(name: str, value: str, today: dt.date) -> tuple[str, str] | None:
    """The finding's message and masked value for a cell of field `name`, None when it holds no
    personal number."""
    found = find_personal_numbers(value, today)
    if not found:
        return None
    counts = [f"{kind} {sum(item[0] == kind for item in found)} 处" for kind in KINDS
              if any(item[0] == kind for item in found)]
    return f"{name}疑似包含个人信息：{'、'.join(counts)}（条例第十五条）", mask_found(value, found)


def _privacy_needs(params: Mapping[str, Any]) -> list[str]:
    return [params["field"]] if params.get("field") else list(params.get("fields") or DEFAULT_FIELDS)


RULES = {
    "privacy": Rule(
        "privacy",
        privacy,
        (
            Param("field", "field", help="只检查这一个字段"),
            Param("fields", "fields", default=list(DEFAULT_FIELDS), help="要检查的字段"),
        ),
        needs=_privacy_needs,
    ),
}
