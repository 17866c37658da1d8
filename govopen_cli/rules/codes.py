"""Code rules: 发文字号 (GB/T 9704) and 索引号 (format, prefix check digit, year).

Check digits follow GB 32100-2015 (统一社会信用代码) and GB 11714-1997 (组织机构代码); see
domain.md §6. A catalog has few distinct 索引号 prefixes, so check digits are computed once per
distinct prefix and mapped back to the rows.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterator, Mapping

import numpy as np
import pandas as pd

from govopen_cli.errors import ChecklistError
from govopen_cli.io.dataset import Dataset
from govopen_cli.rules.base import PLACEHOLDERS_PARAM, Hit, Param, Rule, RuleContext, hits_where

# --- check digits -----------------------------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters, no I O S V Z
USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]  # 1, 3, 9, 27, 19, 26, ...
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

_USCC = re.compile(r"[0-9A-HJ-NPQRTUWXY]{18}")
_ORG = re.compile(r"([0-9A-Z]{8})-?([0-9X])")


def uscc_check_char(code17: str) -> str:
    """GB 32100 check character for the first 17 characters of a 统一社会信用代码."""
    total = sum(USCC_CHARS.index(char) * weight for char, weight in zip(code17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - total % 31) % 31]  # 31 -> 0


def org_check_char(body8: str) -> str:
    """GB 11714 check character for the 8-character body of a 组织机构代码 (A=10 … Z=35)."""
    total = sum((int(char) if char.isdigit() else ord(char) - 55) * weight
                for char, weight in zip(body8, ORG_WEIGHTS))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def valid_uscc(code: str) -> bool:
    """True for an 18-character 统一社会信用代码 whose check character is right."""
    return bool(_USCC.fullmatch(code)) and uscc_check_char(code[:17]) == code[17]


def valid_org_code(code: str) -> bool:
    """True for a 9-character 组织机构代码 (12345678-8 or 123456788) whose check character is right."""
    match = _ORG.fullmatch(code)
    return bool(match) and org_check_char(match.group(1)) == match.group(2)


def _expected_check(prefix: str) -> tuple[str, str]:
    """(expected check character, standard) for a 索引号 prefix that passed the format regex."""
    if len(prefix) == 18:
        return uscc_check_char(prefix[:17]), "GB 32100 统一社会信用代码"
    return org_check_char(prefix[:8]), "GB 11714 组织机构代码"


# --- 发文字号 ---------------------------------------------------------------------------------

# Full-width digits (输入法) read as the Arabic digits they are; 號 is the traditional 号.
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# 发文字号 (GB/T 9704): 发文机关代字〔年份〕序号号.
DOCNO = re.compile(r"^.+〔\d{4}〕[1-9]\d*[号號]$")
# Other numbers a catalog's 文号 column rightly holds: 令 (国务院令第707号, 国令第706号, 北京市人民政府令
# 第183号, 政府令〔2010〕第15号) and numbered 公告 (国家税务总局公告2018年第55号).
_ORDER = re.compile(r"^.*令(?:〔\d{4}〕)?第?[1-9]\d*[号號]$|^.*令\d{4}年第[1-9]\d*[号號]$")
_NOTICE = re.compile(r"^.+公告(?:〔\d{4}〕)?\d{4}年第?[1-9]\d*[号號]$")
DOCNO_FORMS = (DOCNO, _ORDER, _NOTICE)
_BARE_NOTICE = re.compile(r"^\s*\d{4}年第?[1-9]\d*[号號]\s*$")  # a 公告 number without its agency
_OPENERS = "〔[［(（【〖{｛<＜《〈「『﹝"
_CLOSERS = "〕]］)）】〗}｝>＞》〉」』﹞"
_DOCNO_PARTS = re.compile(
    rf"^(?P<agency>.*?)(?P<open>[{re.escape(_OPENERS)}])(?P<s1>\s*)(?P<year>\d+)(?P<s2>\s*)"
    rf"(?P<close>[{re.escape(_CLOSERS)}])(?P<s3>\s*)(?P<di>第?)(?P<s4>\s*)(?P<serial>\d+)(?P<s5>\s*)"
    rf"(?P<hao>[号號]?)(?P<rest>.*)$"
)
_BRACKET_KINDS = (("[［", "]］", "方括号"), ("(（", ")）", "圆括号"), ("【", "】", "方头括号"),
                  ("﹝", "﹞", "形似六角括号的小括号"))
DOCNO_SOURCE = "GB/T 9704-2012 第7.2.5条"


def valid_docno(value: str) -> bool:
    """True for a 发文字号, 令 or 公告 number in its published form (full-width digits and 號 allowed)."""
    value = value.translate(_WIDE_DIGITS)
    return any(form.match(value) for form in DOCNO_FORMS)


def _bracket_defect(opener: str, closer: str) -> str | None:
    if opener == "〔" and closer == "〕":
        return None
    label = "其他括号"
    for opens, closes, name in _BRACKET_KINDS:
        if opener in opens and closer in closes:
            label = name
    return f"年份应使用六角括号〔〕，不能使用{label}{opener}{closer}"


def docno_defects(value: str) -> list[str]:
    """What is wrong with a 发文字号 that fails the GB/T 9704 form (Chinese phrases)."""
    return _docno_review(value)[0]


def docno_correction(value: str) -> str | None:
    """The exact corrected 发文字号 when every defect is one of form (brackets, 第, 虚位, spaces,
    a missing 号), else None (a 2-digit year or trailing text cannot be corrected mechanically)."""
    return _docno_review(value)[1]


def _docno_review(value: str) -> tuple[list[str], str | None]:
    parts = _DOCNO_PARTS.match(value.translate(_WIDE_DIGITS))
    if parts is None and _BARE_NOTICE.match(value.translate(_WIDE_DIGITS)):
        # 平潭 catalogs copy a forwarded notice's "2022年第29号" without its agency: the year is fine
        return ["缺少发文机关，公告编号应写作“发文机关公告年份第N号”，如“国家税务总局公告2018年第55号”"], None
    if parts is None:
        if "〔" not in value and "〕" not in value and re.search(r"\d", value):
            return ["年份应使用六角括号〔〕括入，格式应为“发文机关代字〔年份〕序号号”"], None
        return ["格式应为“发文机关代字〔年份〕序号号”，如“国办发〔2016〕80号”"], None
    defects = []
    fixable = bool(parts["agency"].strip()) and len(parts["year"]) == 4 and not parts["rest"]
    if not parts["agency"].strip():
        defects.append("缺少发文机关代字")
    bracket = _bracket_defect(parts["open"], parts["close"])
    if bracket:
        defects.append(bracket)
    if len(parts["year"]) != 4:
        defects.append(f"年份应标全称（4位数字），不能写作“{parts['year']}”")
    if parts["di"]:
        defects.append("发文顺序号不加“第”字")
    serial = parts["serial"]
    if serial.startswith("0"):
        if serial.strip("0"):
            defects.append(f"发文顺序号不编虚位（前导零），“{serial}”应写作“{serial.lstrip('0')}”")
        else:
            defects.append("发文顺序号不能为0")
            fixable = False
    if not parts["hao"]:
        defects.append("发文顺序号后缺少“号”字")
    elif parts["rest"]:
        defects.append(f"“号”字后不应再有其他文字（“{parts['rest']}”）")
    if any(parts[name] for name in ("s1", "s2", "s3", "s4", "s5")):
        defects.append("不应含有空格")
    if not defects:
        return ["格式应为“发文机关代字〔年份〕序号号”，如“国办发〔2016〕80号”"], None
    corrected = None
    if fixable:
        # The agency and 号/號 are kept as typed (only the number's form is corrected).
        agency = value[:len(parts["agency"])].strip()
        corrected = f"{agency}〔{parts['year']}〕{serial.lstrip('0')}{parts['hao'] or '号'}"
    return defects, corrected


def docno(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """发文字号：文号应写作“发文机关代字〔年份〕序号号”（GB/T 9704-2012 第7.2.5条）。

    年份标全称（4位数字）并用六角括号〔〕括入，不能用方括号[]、圆括号（）、【】、形似的﹝﹞等；
    发文顺序号不加“第”字、不编虚位（1不编为01），数字后加“号”字。令（国务院令第707号、
    某市人民政府令第1号）和公告编号（国家税务总局公告2018年第55号）按其本来格式认可；
    全角数字和繁体“號”视同规范写法。能确定正确写法的，问题中给出改正后的文号。
    空单元格不检查；没有文号的信息填“无”“/”“—”“null”等占位值的也不检查（参数
    placeholders 可改），是否必须填写由必填检查决定。参数 field（默认“文号”）。
    """
    name = params["field"]
    values = dataset.values(name)  # looked up per finding: a numpy index, not a pandas one
    bad = dataset.present(name).to_numpy() & (dataset.line_matches(name, DOCNO) == None)  # noqa: E711 - elementwise
    bad &= ~dataset.placeholder(name, tuple(params.get("placeholders") or ()))
    if bad.any():  # the rarer published forms, checked on the few rows the fast regex leaves
        for index in np.flatnonzero(bad):
            bad[index] = not valid_docno(values[index])
    cache: dict[str, str] = {}

    def message(index: int) -> str:
        value = values[index]
        if value not in cache:
            defects, corrected = _docno_review(value)
            fix = f"，应改为“{corrected}”" if corrected else ""
            cache[value] = f"{name}“{value}”不规范：{'；'.join(defects)}{fix}（{DOCNO_SOURCE}）"
        return cache[value]

    yield from hits_where(dataset, bad, name, message)


# --- 索引号 -----------------------------------------------------------------------------------

# The published forms (domain.md §3 and tests/corpus): 前段码, a separator, optional 分类 segments,
# the year (年, 年月 or 年月日) and the 流水号 — or 带连字符的组织机构代码/流水号 without a year (西安市
# 灞桥区). 前段码 is a 组织机构代码, 统一社会信用代码, an organization code with a K (上海), a
# regional unit code (通江县 0047, 镇巴县 6107280000) or a unit's pinyin initials in lower case
# (阿里地区 dqxs). Two more regional forms differ in the year: 统一社会信用代码 or 组织机构代码, the
# unit's pinyin initials and the 流水号 with no year at all (柘城县 114114240058778641-zcxzf-00004650),
# and the 8-digit upload date and the 流水号 with no 前段码 (齐齐哈尔 20191202-189769). The site's initials may stand before the 组织机构代码 (镇安县 za779940273), and a
# long digit code may be followed by the date and the 流水号 without a separator (西峰区
# 3070211020000013000000/2022030200000032). A lone lower-case letter among digits stays a slip
# (a14416330). Only the part before the 流水号 (the "head") is captured: a catalog has few distinct
# heads, so each is worked out once.
_INDEX_HEAD_FORMS = (
    r"(?P<prefix>[0-9A-Z]{8}-[0-9X]|[0-9A-Z]{3,20}|[a-z]{2,10}|[a-z]{2,6}[0-9A-Z]{8}[0-9X])(?P<sep>[/-])"
    r"(?:(?P<cats>[0-9A-Z]{1,6}(?:-[0-9A-Z]{1,6})*)-)?(?P<year>(?:19|20)\d{2}(?:\d{2}){0,2})-"
    r"|(?P<bare>[0-9A-Z]{8}-[0-9X])/"
    r"|(?P<coded>[0-9A-HJ-NPQRTUWXY]{18}|[0-9A-Z]{9})-(?P<initials>[a-z]{2,10})-"
    r"|(?P<dated>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))-"
    r"|(?P<long>\d{21,24})/(?P<stamped>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
)
INDEX_NUMBER = re.compile(rf"^(?:{_INDEX_HEAD_FORMS})\d{{1,8}}$")  # not every site pads the 流水号
_INDEX_HEAD = re.compile(rf"^((?:{_INDEX_HEAD_FORMS}))\d{{1,8}}$")
_HEAD_PARTS = re.compile(rf"^(?:{_INDEX_HEAD_FORMS})$")
_ORG_FORM = re.compile(r"[0-9A-Z]{8}-?[0-9X]")
INDEX_CHECKS = ("format", "check-digit", "year")
SCHEME_SHARE, SCHEME_ROWS = 0.6, 20  # a catalog's own scheme: shared by ≥ 60 % of ≥ 20 rows
_INDEX_FORM = (
    "应为“前段码/年份-流水号”：前段码为组织机构代码（如014416330，可带连字符）、统一社会信用代码"
    "或本地区的单位代码，年份为4位数字（可带月、日），流水号为1至8位数字，"
    "如“014416330/2018-04736”"
)


def index_scheme(value: str) -> tuple:
    """The scheme a 索引号 follows: kind of 前段码, separators, 分类 segments and year width; the
    流水号 width is left out (not every site pads it). Values outside the published forms get
    their shape (digits as 9, letters as A, the last digit run as 9+)."""
    parts = _HEAD_PARTS.match(_INDEX_HEAD.match(value).group(1)) if _INDEX_HEAD.match(value) else None
    if parts is None:
        return ("shape", re.sub(r"9+$", "9+", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", value))))
    if parts["bare"]:
        return ("code-8-1", "/", None, 0)
    if parts["coded"]:
        return (_prefix_kind(parts["coded"]), "-", "initials", 0)
    if parts["dated"]:
        return ("date", "-", None, 8)
    if parts["long"]:
        return (_prefix_kind(parts["long"]), "/", "stamped", 8)
    cats = re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", parts["cats"])) if parts["cats"] else None
    return (_prefix_kind(parts["prefix"]), parts["sep"], cats, len(parts["year"]))


def _prefix_kind(prefix: str) -> str:
    if _USCC.fullmatch(prefix):
        return "code-18"
    if _ORG.fullmatch(prefix):
        return "code-8-1" if "-" in prefix else "code-9"
    if re.fullmatch(r"[a-z]{2,6}[0-9A-Z]{8}[0-9X]", prefix):
        return "initials-code-9"
    return re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", prefix)))


def _head_prefix(parts: re.Match) -> str:
    """The 前段码 of a matched head ("" for the upload-date form, which has none)."""
    return parts["bare"] or parts["prefix"] or parts["coded"] or parts["long"] or ""


def _scheme_example(scheme: tuple) -> str:
    """A readable form of a scheme for messages."""
    if scheme[0] == "shape":
        return scheme[1].replace("9+", "流水号").replace("9", "数").replace("A", "字母")
    kind, sep, cats, year = scheme
    if kind == "date":
        return "8位日期-流水号"
    code = {"code-18": "统一社会信用代码", "code-9": "组织机构代码", "code-8-1": "带连字符的组织机构代码",
            "initials-code-9": "站点简拼加组织机构代码"}.get(
        kind, f"{len(kind)}位字母单位简码" if set(kind) == {"a"} else f"{len(kind)}位单位代码")
    if cats == "initials":
        return f"{code}-单位简拼-流水号"
    if cats == "stamped":
        return f"{code}/年月日加流水号"
    if not year:
        return f"{code}/流水号"
    year_text = {4: "年份", 6: "年月", 8: "年月日"}[year]
    return f"{code}{sep}{cats + '-' if cats else ''}{year_text}-流水号"


def index_number(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """索引号：编号体例、前段码校验码和年份。

    索引号一般为“前段码/年份-流水号”（《政府信息公开目录系统实施指引（试行）》），各地另有
    在用的体例：前段码可为组织机构代码、统一社会信用代码或本地区的单位代码，分隔符可为“/”或
    “-”，年份前可有分类段，年份可带月、日，流水号1至8位；单位代码也可为小写字母的单位简拼
    （如“dqxs/2021-00016”）；也认可“统一社会信用代码-单位简拼-流水号”（不含年份，如
    “114114240058778641-zcxzf-00004650”）、“8位日期-流水号”（如“20191202-189769”）、站点简拼加组织
    机构代码作前段码（如“za779940273-2023-000071”）和“长数字单位代码/年月日加8位流水号”（如
    “3070211020000013000000/2022030200000032”）。checks 选择要做的检查（默认全部）：
    format —— 同一发布机构有20条以上索引号、其中六成以上编号体例相同时，以该体例为准，找出
    体例不同的索引号；条数不足或体例不一时，不符合上述任何一种已公开体例的才算格式不符
    （忽略空格；字母须大写）。参数 scheme 可指定体例（写一个或几个本单位的索引号样例），
    也可在 govopen.yaml 的 index_scheme 中指定；
    check-digit —— 前段码在全国通用体例中组织机构代码（GB 11714）或统一社会信用代码
    （GB 32100）的位置、且本目录中大多数这样的前段码都能通过校验时，对通不过校验而与通过
    校验的前段码只差一两个字符的，提示可能抄错（给出应有的校验码和疑似的正确代码）；
    year —— 索引号中的年份与 date_field（默认“生成日期”）的年份不同，且与 also_date_field
    （默认“发布日期”，表中有此列时）的年份也不同；日期无法识别的行不检查。
    重复的索引号由唯一性检查负责。按发布机构（org_field，默认“发布机构”）分别学习体例。
    """
    name = params["field"]
    problems = _index_number_problems(params)
    if problems:
        raise ChecklistError(problems[0])
    checks = list(params.get("checks") or INDEX_CHECKS)
    raw = dataset.text(name)
    parsed = dataset.memo(("index-number", name), lambda: _parse_index_numbers(
        raw, _index_heads(dataset.values(name), dataset.lengths(name))))
    present = dataset.present(name).to_numpy()

    if "format" in checks:
        yield from _format_hits(dataset, name, raw, parsed, present, params)

    if "check-digit" in checks:
        yield from _check_digit_hits(dataset, name, raw, parsed, present)

    if "year" in checks and dataset.has(params["date_field"]):
        yield from _year_hits(dataset, name, raw, parsed.per_row(parsed.years, np.nan), params)


def _groups(dataset: Dataset, org_field: str | None) -> np.ndarray:
    """Per row, the 发布机构 it belongs to (one group when the column is absent)."""
    if org_field and dataset.has(org_field):
        return pd.factorize(dataset.factorized(org_field)[0])[0]  # numbered in order of first appearance
    return np.zeros(len(dataset), dtype=np.int64)


def _format_hits(dataset: Dataset, name: str, raw: pd.Series, parsed: "_IndexNumbers", present: np.ndarray,
                 params: Mapping[str, Any]) -> Iterator[Hit]:
    ids, table = parsed.row_schemes(raw, present)
    pinned = [_scheme_id(table, index_scheme(str(example).strip())) for example in params.get("scheme") or ()]
    groups = _groups(dataset, params.get("org_field"))
    if pinned:
        ok = np.isin(ids, pinned)
        learned = {}
    else:
        learned = _learned_schemes(groups, ids, present, len(table))
        # Rows of one 前段码 come from one agency whatever its 发布机构 cell says: a scheme shared by
        # the rows of a 前段码 also counts where the 发布机构 has too few rows of its own.
        prefix_ids, prefixes = pd.factorize(pd.Series([prefix or None for prefix in parsed.prefixes], dtype=object))
        by_prefix = np.append(prefix_ids, -1)[parsed.codes]
        with_prefix = present & (by_prefix >= 0)
        by_code = _learned_schemes(np.where(with_prefix, by_prefix, 0), ids, with_prefix, len(table))
        by_org = _scheme_per_row(learned, groups)
        if not (params.get("org_field") and dataset.has(params["org_field"])):
            # Without a 发布机构 column the file may hold several agencies: their 前段码 tells them
            # apart; the whole file's scheme only judges the values no published form explains.
            by_org[parsed.codes >= 0] = -1
        by_group = np.where(by_org >= 0, by_org, _scheme_per_row(by_code, np.where(with_prefix, by_prefix, -1)))
        ok = np.where(by_group >= 0, ids == by_group, parsed.codes >= 0)
        learned = {**{("org", group): found for group, found in learned.items()},
                   **{("code", code): found for code, found in by_code.items()}}
    bad = present & ~ok
    org = params.get("org_field")

    values = dataset.values(name)

    def message(index: int) -> str:
        value = values[index]
        if pinned:
            allowed = "或".join(dict.fromkeys(f"“{_scheme_example(table[scheme])}”" for scheme in pinned))
            return f"{name}“{value}”不符合指定的索引号体例{_index_hint(value)}：应为{allowed}"
        key = ("org", groups[index]) if by_org[index] >= 0 else ("code", by_prefix[index])
        if key in learned:
            scheme, count, share = learned[key]
            if key[0] == "org":
                who = f"{org}“{dataset.values(org)[index]}”" if org and dataset.has(org) else "本目录"
            else:
                who = f"前段码为“{prefixes[key[1]]}”的"
            return (f"{name}“{value}”与{who}其他索引号的编号体例不一致{_index_hint(value)}："
                    f"其中 {count} 条（{share:.0%}）为“{_scheme_example(table[scheme])}”")
        return f"{name}“{value}”格式不符{_index_hint(value)}：{_INDEX_FORM}"

    yield from hits_where(dataset, bad, name, message)


def _scheme_per_row(learned: dict[int, tuple[int, int, float]], groups: np.ndarray) -> np.ndarray:
    """The learned scheme id of each row's group (-1 where its group has none, or the row none)."""
    rule = np.full(max(groups.max(initial=0), max(learned, default=0)) + 2, -1)
    for group, (scheme, _, _) in learned.items():
        rule[group] = scheme
    return np.where(groups >= 0, rule[np.maximum(groups, 0)], -1)


def _scheme_id(table: list[tuple], scheme: tuple) -> int:
    if scheme not in table:
        table.append(scheme)
    return table.index(scheme)


def _learned_schemes(groups: np.ndarray, ids: np.ndarray, present: np.ndarray,
                     schemes: int) -> dict[int, tuple[int, int, float]]:
    """{group: (scheme id, rows, share)} for each 发布机构 with ≥ 20 rows mostly sharing one scheme."""
    chosen = groups[present]
    sizes = np.bincount(chosen)
    keys, counts = np.unique(chosen * schemes + ids[present], return_counts=True)
    learned = {}
    for key, count in zip(keys, counts):
        group, scheme = divmod(int(key), schemes)
        share = count / sizes[group]
        if sizes[group] >= SCHEME_ROWS and share >= SCHEME_SHARE:
            learned[group] = (scheme, int(count), float(share))
    return learned


def _check_digit_hits(dataset: Dataset, name: str, raw: pd.Series, parsed: "_IndexNumbers",
                      present: np.ndarray) -> Iterator[Hit]:
    coded = parsed.per_row(parsed.is_code, False) & present
    if not coded.any():
        return
    wrong_rows = parsed.per_row(parsed.wrong, False) & coded
    if wrong_rows.sum() * 2 >= coded.sum():
        return  # most codes here fail the test: they are not GB 11714 / GB 32100 codes at all
    counts = np.bincount(parsed.codes[coded], minlength=len(parsed.prefixes))
    passing = sorted((key for key in range(len(parsed.prefixes)) if counts[key] and not parsed.wrong[key]),
                     key=lambda key: -counts[key])
    likely: dict[int, str] = {}
    for key in np.flatnonzero(parsed.wrong & (counts > 0)):
        near = [parsed.prefixes[other] for other in passing
                if _differs_little(parsed.prefixes[key], parsed.prefixes[other])]
        if near:
            likely[int(key)] = near[0]
    bad = coded & np.isin(parsed.codes, list(likely))

    def message(index: int) -> str:
        key = parsed.codes[index]
        prefix, check, standard = parsed.prefixes[key], parsed.expected[key], parsed.standards[key]
        return (f"{name}“{dataset.values(name)[index]}”的前段码“{prefix}”校验码不对：按 {standard}"
                f"校验码应为 {check}，实为 {prefix[-1]}；本目录其他索引号的前段码为“{likely[key]}”，"
                f"疑为抄错，请核实")

    yield from hits_where(dataset, bad, name, message)


def _differs_little(one: str, other: str) -> bool:
    """Same length and at most two characters apart: a slip of the keyboard, not another code."""
    return len(one) == len(other) and sum(a != b for a, b in zip(one, other)) <= 2


def _index_hint(value: str) -> str:
    """The slip behind a malformed 索引号 when it is a common one: full-width characters typed with
    a Chinese input method, or lower-case letters."""
    wide = list(dict.fromkeys(char for char in value if unicodedata.normalize("NFKC", char) != char))
    if wide:
        # GB/T 15834: no 、 between quoted items
        named = "".join(f"“{char}”" for char in wide[:3]) + ("等" if len(wide) > 3 else "")
        return f"（含全角字符{named}，应改为半角）"
    return "（字母应大写）" if re.search(r"[a-z]", value) else ""


@dataclass
class _IndexNumbers:
    """索引号 of a column, keyed by distinct head: codes[i] = -1 where no published form matches."""

    codes: np.ndarray
    prefixes: list[str]
    schemes: list[tuple]
    years: np.ndarray
    is_code: np.ndarray  # 前段码 stands where the national form puts an organization code / USCC
    expected: list[str]
    standards: list[str]
    wrong: np.ndarray

    def per_row(self, values: np.ndarray, missing: Any) -> np.ndarray:
        """values[key] for each row, `missing` for malformed rows (code -1 reads the appended slot)."""
        return np.append(values, missing)[self.codes]

    def row_schemes(self, raw: pd.Series, present: np.ndarray) -> tuple[np.ndarray, list[tuple]]:
        """Each row's scheme as an id into the returned table: from its head, or from its own shape
        when no published form matches (rare: those rows are worked out one by one)."""
        table = list(dict.fromkeys(self.schemes))
        head_ids = np.array([table.index(scheme) for scheme in self.schemes] + [-1], dtype=np.int64)
        ids = head_ids[self.codes]
        for index in np.flatnonzero((ids < 0) & present):
            ids[index] = _scheme_id(table, index_scheme(re.sub(r"\s+", "", raw.iat[index])))
        return ids, table


def _index_heads(values: np.ndarray, lengths: np.ndarray | None = None) -> tuple[np.ndarray, list[str]]:
    """(codes, heads): the distinct heads (group 1 of _INDEX_HEAD) in order of first appearance
    and, per value, the number of its head (-1 where the value does not match). `lengths`: the
    values' lengths when already known.

    A head ending in “-” is followed by the 流水号 alone, so a value whose last non-digit is “-”
    matches exactly when its part before the trailing ASCII digits is a head and 1 to 8 digits
    follow: that is worked out once per distinct (part, length), not once per row. Other values
    (“/” before the digits: the forms whose head may end in digits) are matched one by one.
    """
    if lengths is None:
        lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    parts = [value.rstrip(_ASCII_DIGITS) for value in values]
    part_codes, distinct = pd.factorize(np.array(parts, dtype=object))
    width = int(lengths.max(initial=0)) + 1
    key_codes, keys = pd.factorize(np.asarray(part_codes, dtype=np.int64) * width + lengths)
    names: dict[str, int] = {}
    key_ids = np.full(len(keys), -1, dtype=np.int64)
    slow = np.zeros(len(keys), dtype=bool)
    for position, key in enumerate(keys.tolist()):
        part = distinct[key // width]
        if part.endswith("-"):
            match = _INDEX_HEAD.fullmatch(part + "0" * min(key % width - len(part), 9))
            if match:
                key_ids[position] = names.setdefault(match.group(1), len(names))
        else:
            slow[position] = True
    ids = key_ids[key_codes]
    for index in np.flatnonzero(slow[key_codes]).tolist():
        match = _INDEX_HEAD.fullmatch(values[index])
        if match:
            ids[index] = names.setdefault(match.group(1), len(names))
    return _in_order(ids, list(names))


def _in_order(ids: np.ndarray, heads: list[str]) -> tuple[np.ndarray, list[str]]:
    """Head numbers `ids` (-1: none) renumbered in order of first appearance, with their heads."""
    codes, order = pd.factorize(np.where(ids >= 0, ids, np.nan))
    return np.asarray(codes), [heads[int(number)] for number in order]


_ASCII_DIGITS = "0123456789"
_SPACES = re.compile(r"\s+")


def _parse_index_numbers(raw: pd.Series, heads: tuple[np.ndarray, list[str]]) -> _IndexNumbers:
    """From each row's head (_index_heads; a value that does not match is retried with spaces
    removed), work out each distinct head once and map the results back with numpy."""
    codes, distinct = heads
    values = raw.to_numpy(dtype=object)
    failed = np.flatnonzero(codes < 0)
    failed = failed[values[failed].astype(bool)]  # an empty cell stays empty
    retried = [_INDEX_HEAD.match(_SPACES.sub("", values[index])) for index in failed.tolist()]
    if any(retried):  # rare: kept off the hot path
        names = {head: number for number, head in enumerate(distinct)}
        codes = codes.copy()
        for index, match in zip(failed.tolist(), retried):
            if match:
                codes[index] = names.setdefault(match.group(1), len(names))
        codes, distinct = _in_order(codes, list(names))
    parts = [_HEAD_PARTS.match(head) for head in distinct]
    prefixes = [_head_prefix(part) for part in parts]
    is_code = np.array([bool(_ORG_FORM.fullmatch(prefix) or _USCC.fullmatch(prefix)) for prefix in prefixes],
                       dtype=bool)
    checks = [_expected_check(prefix) if code else ("", "") for prefix, code in zip(prefixes, is_code)]
    return _IndexNumbers(
        codes=np.asarray(codes),
        prefixes=prefixes,
        schemes=[index_scheme(head + "000") for head in distinct],
        years=np.array([float(year[:4]) if (year := part["year"] or part["dated"] or part["stamped"]) else np.nan
                        for part in parts]),
        is_code=is_code,
        expected=[check for check, _ in checks],
        standards=[standard for _, standard in checks],
        wrong=np.array([code and check != prefix[-1] for (check, _), prefix, code in zip(checks, prefixes, is_code)],
                       dtype=bool),
    )


def _year_hits(dataset: Dataset, name: str, raw: pd.Series, year: np.ndarray,
               params: Mapping[str, Any]) -> Iterator[Hit]:
    date_fields = [params["date_field"]]
    if params.get("also_date_field") and dataset.has(params["also_date_field"]):
        date_fields.append(params["also_date_field"])
    date_years = [dataset.dates(field).dt.year.to_numpy(dtype=float) for field in date_fields]
    known = np.zeros(len(year), dtype=bool)
    matches = np.zeros(len(year), dtype=bool)
    for years in date_years:
        parsed = ~np.isnan(years)
        known |= parsed
        matches |= parsed & (years == year)
    bad = ~np.isnan(year) & known & ~matches

    def message(index: int) -> str:
        stated = [f"{field} {int(years[index])} 年" for field, years in zip(date_fields, date_years)
                  if not np.isnan(years[index])]
        return (f"{name}“{dataset.values(name)[index]}”中的年份 {int(year[index])} 与{'、'.join(stated)}"
                f"不一致（索引号按信息生成日期编号）")

    yield from hits_where(dataset, bad, name, message)


def _index_number_needs(params: Mapping[str, Any]) -> list[str]:
    names = [params["field"]]
    if "year" in (params.get("checks") or INDEX_CHECKS):
        names.append(params["date_field"])  # also_date_field and org_field are used only when present
    return names


def _index_number_problems(params: Mapping[str, Any]) -> list[str]:
    checks = params.get("checks", INDEX_CHECKS)
    if not isinstance(checks, (list, tuple)):
        return []  # the parameter type check reports it
    unknown = [str(check) for check in checks if check not in INDEX_CHECKS]
    if unknown or not checks:
        return [f"index-number 规则的 checks 应为 {'、'.join(INDEX_CHECKS)} 中的一项或几项"
                + (f"，不认识：{'、'.join(unknown)}" if unknown else "")]
    return []


RULES = {
    "docno": Rule("docno", docno, (Param("field", "field", default="文号", help="文号所在字段"), PLACEHOLDERS_PARAM)),
    "index-number": Rule(
        "index-number",
        index_number,
        (
            Param("field", "field", default="索引号", help="索引号所在字段"),
            Param("date_field", "field", default="生成日期", help="与索引号年份比对的日期字段"),
            Param("also_date_field", "field", default="发布日期",
                  help="年份也可与此日期字段一致（表中没有此列时忽略）"),
            Param("checks", "list", default=list(INDEX_CHECKS), choices=INDEX_CHECKS,
                  help="要做的检查：format、check-digit、year"),
            Param("org_field", "field", default="发布机构", help="按此字段分别学习编号体例（表中没有此列时整表一起）"),
            Param("scheme", "list", help="指定编号体例：一个或几个本单位索引号的样例"),
        ),
        needs=_index_number_needs,
        problems=_index_number_problems,
    ),
}
