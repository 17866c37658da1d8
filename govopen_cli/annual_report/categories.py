"""Ledger wordings -> annual-report categories (data, not code paths).

答复结果 -> a table-3 row (the （一）…（六） rows and their sub-rows); 申请人类型 -> a table-3 column;
行政复议结果 / 行政诉讼结果 -> a table-4 result. Officers write these in many ways (部分公开 or 区分处理,
信息不存在 or 本机关不掌握, with or without the （三）/1. numbering, in Traditional characters), so
matching is in two steps on a squashed form of the text (normalised, numbering and punctuation
removed): an exact alias first, then ordered keyword rules, most specific first. A value that
names only a group with sub-rows (不予公开, 无法提供, 不予处理) is not guessed: it is unknown, and
the message asks for the sub-row.
"""
from __future__ import annotations

import functools
import re

import pandas as pd

from govopen_cli.annual_report.model import T3_ORG_KEYS, T3_ROWS, TABLE3_ROWS, T4_RESULTS
from govopen_cli.io.normalize import as_text, normalize_text

# --- squashing --------------------------------------------------------------------------------

# After NFKC: （三） -> (三); numbering such as (三), 三、, 1. 1、 ① anywhere in the text.
_NUMBERING = re.compile(r"\([一二三四五六七八九十]{1,2}\)|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}、|\d{1,2}[.、)]|[①-⑩]")
_PUNCT = re.compile(r"[()\[\]【】{}<>:;,.!?、，。；：！？/\\|_\-—–~·•*＊\s]+")


def squash(text: object) -> str:
    """Comparison form of a category value: normalised, without numbering and punctuation."""
    value = normalize_text(text)
    value = _NUMBERING.sub("", value)
    return _PUNCT.sub("", value)


# --- 答复结果 -> table-3 row ---------------------------------------------------------------------

# Exact aliases (squashed before use). The verbatim row labels, with and without their group
# name, are added automatically below.
OUTCOME_ALIASES: dict[str, list[str]] = {
    "3.1": ["予以公开", "公开", "同意公开", "全部公开", "已公开", "已主动公开", "主动公开", "提供", "予以提供",
            "告知获取方式", "告知获取途径"],
    "3.2": ["部分公开", "区分处理", "部分予以公开", "部分提供", "部分公开部分不公开"],
    "3.3.1": ["国家秘密", "涉密", "涉及国家秘密"],
    "3.3.2": ["法律行政法规禁止公开", "其他法律法规禁止公开"],
    "3.3.3": ["三安全一稳定", "危及三安全一稳定"],
    "3.3.4": ["第三方合法权益", "涉及第三方合法权益", "商业秘密", "个人隐私"],
    "3.3.5": ["内部事务信息", "三类内部事务信息", "内部事务"],
    "3.3.6": ["过程性信息", "四类过程性信息"],
    "3.3.7": ["行政执法案卷", "执法案卷"],
    "3.3.8": ["行政查询事项", "行政查询"],
    "3.4.1": ["信息不存在", "政府信息不存在", "本机关不掌握", "不掌握", "不掌握相关政府信息", "不属于本机关负责公开",
              "非本机关政府信息", "经检索没有"],
    "3.4.2": ["需要另行制作", "需另行制作", "没有现成信息", "需要加工分析"],
    "3.4.3": ["补正后仍不明确", "补正后申请内容仍不明确"],
    "3.5.1": ["信访举报投诉", "信访举报投诉类", "信访类申请"],
    "3.5.2": ["重复申请", "不予重复处理"],
    "3.5.3": ["公开出版物", "要求提供公开出版物"],
    "3.5.4": ["大量反复申请", "无正当理由大量反复申请"],
    "3.5.5": ["要求确认或重新出具", "确认或重新出具已获取信息"],
    "3.6.1": ["逾期不补正", "逾期未补正", "视为放弃申请", "未补正"],
    "3.6.2": ["逾期未缴费", "逾期未缴纳费用", "未缴纳信息处理费"],
    # An application withdrawn by the applicant (撤回 / 自主撤销) ends without a decision: the 2021
    # format has no row of its own for it, so it is （六）其他处理 3.其他 (WITHDRAWN_BASIS).
    "3.6.3": ["其他", "其他处理", "撤回申请", "申请人撤回", "申请人撤回申请", "申请人主动撤回", "主动撤回", "撤回",
              "自主撤销", "申请人自主撤销", "申请人自主撤销申请", "撤销申请", "申请人撤销申请"],
}

# Keyword rules, tried in order on the squashed text when no alias matched. Most specific first:
# 部分公开 before any 不予公开 reason, 补正后…不明确 before 不补正, 大量反复 before 重复.
OUTCOME_KEYWORDS: list[tuple[str, str]] = [
    (r"部分公开|区分处理|部分提供|部分予以公开", "3.2"),
    (r"国家秘密|涉密", "3.3.1"),
    (r"法律行政法规禁止|法律法规禁止|行政法规禁止", "3.3.2"),
    (r"三安全一稳定|危及国家安全|危及公共安全|危及经济安全|社会稳定", "3.3.3"),
    (r"第三方|商业秘密|个人隐私", "3.3.4"),
    (r"内部事务|人事管理|后勤管理|内部工作流程", "3.3.5"),
    (r"过程性|讨论记录|过程稿|磋商信函|请示报告", "3.3.6"),
    (r"执法案卷", "3.3.7"),
    (r"行政查询", "3.3.8"),
    (r"补正后.*不明确|仍不明确", "3.4.3"),
    (r"另行制作|没有现成|加工分析|需要加工|汇总加工", "3.4.2"),
    (r"不掌握|不存在|没有该信息|未制作|未获取|非本机关|不属于本机关|经检索没有|无此信息|查无", "3.4.1"),
    (r"信访|举报|投诉", "3.5.1"),
    (r"大量反复|反复申请|滥用", "3.5.4"),
    (r"重复申请|重复处理", "3.5.2"),
    (r"出版物", "3.5.3"),
    (r"确认或重新出具|重新出具|要求确认", "3.5.5"),
    (r"撤回|自主撤销|撤销申请|撤销(?:政府信息公开|信息公开)?申请", "3.6.3"),
    (r"不补正|未补正|逾期补正|放弃申请", "3.6.1"),
    (r"缴纳|缴费|收费通知", "3.6.2"),
    (r"^(?:不予公开|无法提供|不予处理)", ""),  # a group with sub-rows, named alone: unknown
    (r"予以公开|同意公开|全部公开|已主动公开|主动公开|已公开|予以提供|^公开", "3.1"),
    (r"^其他", "3.6.3"),
]


@functools.lru_cache(maxsize=1)
def _outcome_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in TABLE3_ROWS:
        if row.key not in OUTCOME_ALIASES:
            continue
        names = [row.level2, row.level3, row.level2 + row.level3] if row.level3 else [row.level2]
        for name in names + OUTCOME_ALIASES[row.key]:
            if name:
                table.setdefault(squash(name), row.key)
    # Aliases of a sub-row with its group name in front (不予公开-国家秘密, 无法提供：信息不存在).
    for key, aliases in OUTCOME_ALIASES.items():
        if key.count(".") == 2:
            group = squash(T3_ROWS[f"{key}"].level2)
            for alias in aliases:
                table.setdefault(group + squash(alias), key)
    # The group labels alone are ambiguous where the group has sub-rows.
    for group in ("（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"):
        table.pop(squash(group), None)
    table[squash("其他处理")] = "3.6.3"
    return table


_KEYWORDS = [(re.compile(pattern), key) for pattern, key in OUTCOME_KEYWORDS]


def outcome_key(text: object) -> str | None:
    """The table-3 row key of a 答复结果 value, or None when it cannot be placed."""
    squashed = squash(text)
    if not squashed:
        return None
    key = _outcome_table().get(squashed)
    if key:
        return key
    for pattern, target in _KEYWORDS:
        if pattern.search(squashed):
            return target or None
    return None


# Why a row is counted where it is: the 条例 article of each table-3 outcome (domain.md §2,
# "Outcome row → 条例 article"), shown beside every ledger row the report places.
WITHDRAWN = re.compile(r"撤回|自主撤销|撤销申请|撤销(?:政府信息公开|信息公开)?申请")
WITHDRAWN_BASIS = "申请人撤回申请，办理终止，按2021年格式计入（六）其他处理“3.其他”"
ROW_BASIS = {
    "3.1": "条例第三十六条第（一）（二）项", "3.2": "条例第三十七条（区分处理）",
    "3.3.1": "条例第十四条", "3.3.2": "条例第十四条", "3.3.3": "条例第十四条", "3.3.4": "条例第十五条",
    "3.3.5": "条例第十六条第一款", "3.3.6": "条例第十六条第二款", "3.3.7": "条例第十六条第二款",
    "3.3.8": "行政查询事项（条例无对应条款）", "3.4.1": "条例第三十六条第（四）（五）项", "3.4.2": "条例第三十八条",
    "3.4.3": "条例第三十条", "3.5.1": "条例第三十九条第一款", "3.5.2": "条例第三十六条第（六）项",
    "3.5.3": "条例第三十九条第二款", "3.5.4": "条例第三十五条", "3.5.5": "2021年格式（五）不予处理“5.”",
    "3.6.1": "条例第三十条（逾期不补正视为放弃申请）", "3.6.2": "条例第四十二条、国办函〔2020〕109号",
    "3.6.3": "2021年格式（六）其他处理“3.其他”",
}


def outcome_basis(key: str, text: object) -> str:
    """The clause a ledger row is counted under, for the report's 台账归类 sheet."""
    if key == "3.6.3" and WITHDRAWN.search(squash(text)):
        return WITHDRAWN_BASIS
    return ROW_BASIS.get(key, "")


def outcome_keys(values: pd.Series) -> pd.Series:
    """outcome_key for a whole column, each distinct value once ('' where unknown or empty)."""
    codes, uniques = pd.factorize(as_text(values))
    mapped = [outcome_key(value) or "" for value in uniques]
    result = pd.Series([mapped[code] if code >= 0 else "" for code in codes], index=values.index, dtype=object)
    return result


# 答复结果 wordings that say the application is still being handled (treated like an empty cell).
PENDING_OUTCOMES = ("办理中", "正在办理", "在办", "未办结", "待答复", "待办", "处理中", "审核中", "征求意见中",
                    "补正中", "延期办理中", "延期中", "尚未答复", "未答复")


def is_pending_outcome(text: object) -> bool:
    return squash(text) in {squash(word) for word in PENDING_OUTCOMES}


def pending_outcomes(values: pd.Series) -> pd.Series:
    codes, uniques = pd.factorize(as_text(values))
    mapped = [is_pending_outcome(value) for value in uniques]
    return pd.Series([mapped[code] if code >= 0 else False for code in codes], index=values.index, dtype=bool)


def outcome_choices() -> str:
    """The allowed 答复结果 values, as a message lists them."""
    parts: list[str] = []
    current = None
    for row in TABLE3_ROWS:
        if row.key not in OUTCOME_ALIASES:
            continue
        if row.level3:
            group = row.level2.split("）", 1)[1]
            if group != current:
                parts.append(f"{group}：{row.level3}")
                current = group
            else:
                parts[-1] += f"、{row.level3}"
        else:
            parts.append(row.level2.split("）", 1)[1].split("（", 1)[0])
            current = None
    return "；".join(parts)


def outcome_hint(text: object) -> str:
    """Why a 答复结果 value could not be placed, for a message."""
    squashed = squash(text)
    for group in ("不予公开", "无法提供", "不予处理"):
        if squashed.startswith(group):
            subs = "、".join(row.level3 for row in TABLE3_ROWS if row.level2.endswith(group) and row.level3)
            return f"须写明{group}的具体情形（{subs}）"
    return f"无法归入年度报告表三的办理结果（可用：{outcome_choices()}）"


# --- 申请人类型 -> table-3 column ----------------------------------------------------------------

APPLICANT_ALIASES: dict[str, list[str]] = {
    "natural": ["自然人", "个人", "公民", "群众", "自然人申请"],
    "business": ["商业企业", "企业", "公司", "商业机构", "企业法人", "个体工商户"],
    "research": ["科研机构", "科研院所", "研究机构", "高等院校", "高校", "研究院", "研究所"],
    "public": ["社会公益组织", "公益组织", "社会组织", "社会团体", "基金会", "民办非企业单位"],
    "legal": ["法律服务机构", "律师事务所", "律所", "法律服务所", "公证机构"],
    "other": ["其他", "其他组织", "其他法人", "其他机构", "机关", "事业单位", "村委会", "居委会"],
}
_ORG_PREFIX = re.compile(r"^(?:申请人情况)?(?:法人或其他组织|法人或者其他组织|法人及其他组织|法人|组织)")


@functools.lru_cache(maxsize=1)
def _applicant_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for column, aliases in APPLICANT_ALIASES.items():
        for alias in aliases:
            table.setdefault(squash(alias), column)
    return table


def applicant_column(text: object) -> str | None:
    """The table-3 column key of a 申请人类型 value (法人或其他组织-商业企业 → business), or None."""
    squashed = squash(text)
    if not squashed:
        return None
    table = _applicant_table()
    if squashed in table:
        return table[squashed]
    rest = _ORG_PREFIX.sub("", squashed)
    if not rest:
        return None  # 法人或其他组织 alone: which of the five columns is not said
    if rest and rest != squashed and rest in table and table[rest] in T3_ORG_KEYS:
        return table[rest]
    for alias, column in table.items():  # 某某有限公司, 某某律师事务所
        if len(alias) >= 2 and column != "natural" and squashed.endswith(alias):
            return column
    return None


def applicant_columns(values: pd.Series) -> pd.Series:
    codes, uniques = pd.factorize(as_text(values))
    mapped = [applicant_column(value) or "" for value in uniques]
    return pd.Series([mapped[code] if code >= 0 else "" for code in codes], index=values.index, dtype=object)


def applicant_choices() -> str:
    return "自然人；法人或其他组织：商业企业、科研机构、社会公益组织、法律服务机构、其他"


# --- 行政复议结果 / 行政诉讼结果 -> table-4 result ---------------------------------------------------

CASE_KEYWORDS: list[tuple[str, str]] = [
    (r"尚未审结|未审结|审理中|在审|未结|未决|正在审理|审查中", "尚未审结"),
    (r"驳回起诉|驳回申请|驳回复议申请|驳回行政复议申请|不予受理|撤回|撤诉|终止|调解|和解|其他", "其他结果"),
    (r"纠正|撤销|确认违法|责令|变更|限期履行|重新答复|败诉", "结果纠正"),
    (r"维持|驳回|胜诉", "结果维持"),
]
_CASE_PATTERNS = [(re.compile(pattern), result) for pattern, result in CASE_KEYWORDS]
NO_CASE = {"", "无", "否", "没有", "未申请", "未起诉", "不涉及", "n/a", "na"}


def case_result(text: object) -> str | None:
    """结果维持 / 结果纠正 / 其他结果 / 尚未审结, '' when the cell says there was no case, None if unknown."""
    squashed = squash(text)
    if squashed in {squash(value) for value in NO_CASE}:
        return ""
    for result in T4_RESULTS[:4]:
        if squashed == squash(result):
            return result
    for pattern, result in _CASE_PATTERNS:
        if pattern.search(squashed):
            return result
    return None


def case_choices() -> str:
    return "、".join(T4_RESULTS[:4]) + "（或 维持、撤销、确认违法、责令履行、驳回、撤诉、审理中 等；无案件留空）"
