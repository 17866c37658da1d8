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

DOCNO = re.compile(r"^.+〔\d{4}〕[1-9]\d*号$")
_OPENERS = "〔[［(（【〖{｛<＜《〈「『﹝"
_CLOSERS = "〕]］)）】〗}｝>＞》〉」』﹞"
_DOCNO_PARTS = re.compile(
    rf"^(?P<agency>.*?)(?P<open>[{re.escape(_OPENERS)}])(?P<s1>\s*)(?P<year>\d+)(?P<s2>\s*)"
    rf"(?P<close>[{re.escape(_CLOSERS)}])(?P<s3>\s*)(?P<di>第?)(?P<s4>\s*)(?P<serial>\d+)(?P<s5>\s*)"
    rf"(?P<hao>号?)(?P<rest>.*)$"
)
_BRACKET_KINDS = (("[［", "]］", "方括号"), ("(（", ")）", "圆括号"), ("【", "】", "方头括号"))
DOCNO_SOURCE = "GB/T 9704-2012 第7.2.5条"


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
    parts = _DOCNO_PARTS.match(value)
    if parts is None:
        if "〔" not in value and "〕" not in value and re.search(r"\d", value):
            return ["年份应使用六角括号〔〕括入，格式应为“发文机关代字〔年份〕序号号”"]
        return ["格式应为“发文机关代字〔年份〕序号号”，如“国办发〔2016〕80号”"]
    defects = []
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
    if not parts["hao"]:
        defects.append("发文顺序号后缺少“号”字")
    elif parts["rest"]:
        defects.append(f"“号”字后不应再有其他文字（“{parts['rest']}”）")
    if any(parts[name] for name in ("s1", "s2", "s3", "s4", "s5")):
        defects.append("不应含有空格")
    return defects or ["格式应为“发文机关代字〔年份〕序号号”，如“国办发〔2016〕80号”"]


def docno(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """发文字号：文号应写作“发文机关代字〔年份〕序号号”（GB/T 9704-2012 第7.2.5条）。

    年份标全称（4位数字）并用六角括号〔〕括入，不能用方括号[]、圆括号（）、【】等；
    发文顺序号不加“第”字、不编虚位（1不编为01），数字后加“号”字。空单元格不检查；
    每个不规范的单元格一条问题，并说明具体哪里不对。参数 field（默认“文号”）。
    没有文号的信息填“无”“/”“—”等占位值的也不检查（参数 placeholders 可改）。
    """
    name = params["field"]
    text = dataset.text(name)
    bad = dataset.present(name).to_numpy() & (dataset.line_matches(name, DOCNO) == None)  # noqa: E711 - elementwise
    bad &= ~dataset.placeholder(name, tuple(params.get("placeholders") or ()))
    cache: dict[str, str] = {}

    def message(index: int) -> str:
        value = text.iat[index]
        if value not in cache:
            cache[value] = f"{name}“{value}”不规范：{'；'.join(docno_defects(value))}（{DOCNO_SOURCE}）"
        return cache[value]

    yield from hits_where(dataset, bad, name, message)


# --- 索引号 -----------------------------------------------------------------------------------

INDEX_NUMBER = re.compile(r"^(?:[0-9A-Z]{8}-?[0-9X]|[0-9A-HJ-NPQRTUWXY]{18})/\d{4}(?:\d{2})?-\d{4,7}$")
# The same regex with the "prefix/year" head captured: one pass both tests and splits the value.
_INDEX_HEAD = re.compile(r"^((?:[0-9A-Z]{8}-?[0-9X]|[0-9A-HJ-NPQRTUWXY]{18})/\d{4})(?:\d{2})?-\d{4,7}$")
INDEX_CHECKS = ("format", "check-digit", "year")
_INDEX_FORM = (
    "应为“前段码/年份-流水号”：前段码为9位组织机构代码（如014416330，可带连字符）"
    "或18位统一社会信用代码，年份为4位数字（可带2位月份），流水号为4至7位数字，"
    "如“014416330/2018-04736”"
)


def index_number(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """索引号：格式、前段码校验码和年份。

    索引号采用“前段码/后段码”格式（《政府信息公开目录系统实施指引（试行）》）：前段码为
    9位组织机构代码（连字符可有可无）或18位统一社会信用代码，后段码为4位年份（或6位年月）
    加“-”和流水号。checks 选择要做的检查（默认全部）：
    format —— 格式不符（忽略空格；字母须大写）；
    check-digit —— 前段码校验码不对（组织机构代码按 GB 11714，统一社会信用代码按 GB 32100），
    给出应有的校验码；个别地方的真实代码也可能通不过校验，应人工核实；
    year —— 索引号中的年份与 date_field（默认“生成日期”）的年份不同，且与 also_date_field
    （默认“发布日期”，表中有此列时）的年份也不同；日期无法识别的行不检查。
    """
    name = params["field"]
    problems = _index_number_problems(params)
    if problems:
        raise ChecklistError(problems[0])
    checks = list(params.get("checks") or INDEX_CHECKS)
    raw = dataset.text(name)
    parsed = dataset.memo(("index-number", name), lambda: _parse_index_numbers(raw, dataset.line_matches(name, _INDEX_HEAD, 1)))

    if "format" in checks:
        def format_message(index: int) -> str:
            value = raw.iat[index]
            return f"{name}“{value}”格式不符{_index_hint(value)}：{_INDEX_FORM}"

        yield from hits_where(dataset, dataset.present(name).to_numpy() & (parsed.codes < 0), name, format_message)

    if "check-digit" in checks:
        def check_message(index: int) -> str:
            key = parsed.codes[index]
            prefix, check, standard = parsed.prefixes[key], parsed.expected[key], parsed.standards[key]
            return (f"{name}“{raw.iat[index]}”的前段码“{prefix}”校验码不对：按 {standard}"
                    f"校验码应为 {check}，实为 {prefix[-1]}（请核实代码是否抄错）")

        yield from hits_where(dataset, parsed.per_row(parsed.wrong, False), name, check_message)

    if "year" in checks and dataset.has(params["date_field"]):
        yield from _year_hits(dataset, name, raw, parsed.per_row(parsed.years, np.nan), params)


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
    """索引号 of a column, keyed by distinct "prefix/year" head: codes[i] = -1 where malformed."""

    codes: np.ndarray
    prefixes: list[str]
    years: np.ndarray
    expected: list[str]
    standards: list[str]
    wrong: np.ndarray

    def per_row(self, values: np.ndarray, missing: Any) -> np.ndarray:
        """values[key] for each row, `missing` for malformed rows (code -1 reads the appended slot)."""
        return np.append(values, missing)[self.codes]


def _parse_index_numbers(raw: pd.Series, heads: np.ndarray) -> _IndexNumbers:
    """From each row's matched "prefix/year" head (None where the value does not match; retried
    with spaces removed), work out each distinct head once.

    Index numbers are unique per row, but their heads are few, so the check digits are computed
    per distinct head and mapped back with numpy.
    """
    heads = pd.Series(heads, index=raw.index, dtype=object)
    failed = heads.isna()
    if failed.any():  # retry the failures with spaces removed (rare: kept off the hot path)
        heads[failed] = raw[failed].str.replace(r"\s+", "", regex=True).str.extract(_INDEX_HEAD, expand=False)
    codes, distinct = pd.factorize(heads)  # -1 where malformed
    prefixes = [head.split("/")[0] for head in distinct]
    checks = [_expected_check(prefix) for prefix in prefixes]
    return _IndexNumbers(
        codes=np.asarray(codes),
        prefixes=prefixes,
        years=np.array([float(head[-4:]) for head in distinct]),
        expected=[check for check, _ in checks],
        standards=[standard for _, standard in checks],
        wrong=np.array([check != prefix[-1] for (check, _), prefix in zip(checks, prefixes)], dtype=bool),
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
        return (f"{name}“{raw.iat[index]}”中的年份 {int(year[index])} 与{'、'.join(stated)}"
                f"不一致（索引号按信息生成日期编号）")

    yield from hits_where(dataset, bad, name, message)


def _index_number_needs(params: Mapping[str, Any]) -> list[str]:
    names = [params["field"]]
    if "year" in (params.get("checks") or INDEX_CHECKS):
        names.append(params["date_field"])  # also_date_field is used only when present
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
        ),
        needs=_index_number_needs,
        problems=_index_number_problems,
    ),
}
