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

_ID_SHAPE = re.compile(r"\d{17}[\dX]")
_ID = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
# A digit run followed by X is the body of an ID-shaped value, not a card number.
_BANK_CARD = re.compile(r"(?<!\d)\d{16,19}(?![\dXx])")
_BANK_CARD_FIRST = "34569"
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
    """Keep the first 3 and last 4 characters: 13812345678 -> 138****5678."""
    return number[:3] + "*" * max(len(number) - 7, 0) + number[-4:]


def find_personal_numbers(text: str, today: dt.date | None = None) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every ID card, mobile and bank card number in `text`, in order."""
    found = [("身份证号", m.start(), m.end()) for m in _ID.finditer(text) if valid_id_card(m.group(), today)]
    taken = {(start, end) for _, start, end in found}
    found += [("手机号", m.start(), m.end()) for m in _MOBILE.finditer(text)]
    found += [
        ("银行卡号", m.start(), m.end()) for m in _BANK_CARD.finditer(text)
        if m.span() not in taken and m.group()[0] in _BANK_CARD_FIRST and luhn_ok(m.group())
    ]
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
    身份证号须是18位、校验码正确且出生日期真实，校验码不对的18位数字不算身份证号；
    手机号为1开头、第二位3至9的11位数字；银行卡号为16至19位、通过 Luhn 校验、
    以3、4、5、6、9开头的数字。已打码的号码（如138****5678）不算。每个单元格最多一条问题，
    列出各类号码的个数；报告中的取值已将号码打码（保留前3位和后4位）。
    """
    names = [params["field"]] if params.get("field") else list(params.get("fields") or DEFAULT_FIELDS)
    today = dt.date.today()
    for name in names:
        if not dataset.has(name):
            continue
        text = dataset.text(name)
        # [0-9] with an explicit first character lets the regex engine skip ahead (2–3× faster than \d{11}).
        candidates = dataset.rows_containing(name, r"[0-9０-９][0-9０-９]{10}")
        messages: dict[int, str] = {}
        masked: dict[int, str] = {}
        for index in candidates:
            value = text.iat[index]
            found = find_personal_numbers(value, today)
            if not found:
                continue
            counts = [f"{kind} {sum(item[0] == kind for item in found)} 处" for kind in KINDS
                      if any(item[0] == kind for item in found)]
            messages[int(index)] = f"{name}疑似包含个人信息：{'、'.join(counts)}（条例第十五条）"
            masked[int(index)] = mask_found(value, found)
        hit_rows = np.zeros(len(text), dtype=bool)
        hit_rows[list(messages)] = True
        yield from hits_where(dataset, hit_rows, name, messages.__getitem__, masked.__getitem__)


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
