"""How the self-inspection report speaks of what the checks found: problem categories in an inspector's
words, findings as complete clauses, row lists summed up, and what item checks recognised (evidence).

Nothing of the program's workings reaches the text: rule messages lose the bracketed conditions that
quote a checklist's regular expressions, long messages are cut at a clause boundary (never with
“…”), lists of rows are summarised as “第3、5、8行等12条”.
"""
from __future__ import annotations

import functools

import re
from dataclasses import dataclass
from typing import Any, Iterable

from govopen_cli.result import KIND_LABELS, CheckResult, Finding

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Category:
    name: str  # as an inspector heads the item: 隐私保护, 文号规范 …
    lead: str  # the problem in one clause
    rank: int  # between categories of equal severity: weightier first


CATEGORIES = {category.name: category for category in (
    Category("隐私保护", "公开信息中含有个人信息", 0),
    Category("主动公开", "部分应主动公开的信息未公开", 1),
    Category("公开时限", "部分信息未在规定时限内公开", 2),
    Category("依申请公开", "依申请公开办理不规范", 3),
    Category("突发事件信息发布", "突发事件信息发布不及时", 4),
    Category("政策解读", "政策解读未与文件同步发布", 5),
    Category("信息更新", "部分信息未按要求定期更新", 6),
    Category("栏目更新", "网站栏目更新不及时", 7),
    Category("目录要素", "政府信息公开目录要素不完整、不规范", 8),
    Category("日期填写", "生成日期、发布日期填写有误", 9),
    Category("文号规范", "部分文号不符合GB/T 9704-2012的规定", 10),
    Category("索引号", "部分索引号编制不规范", 11),
    Category("人工核查", "人工核查发现的问题", 12),
    Category("检查数据", "部分检查因数据不全未能完成", 13),
)}

_BY_RULE = {
    "privacy": "隐私保护", "coverage": "主动公开", "deadline": "公开时限", "timeliness": "公开时限",
    "application-deadline": "依申请公开", "application-category": "依申请公开",
    "emergency-release": "突发事件信息发布", "pairing": "政策解读", "cadence": "信息更新", "freshness": "栏目更新",
    "docno": "文号规范", "index-number": "索引号", "date-parse": "日期填写", "date-order": "日期填写",
    "required": "目录要素", "missing-column": "目录要素", "enum": "目录要素",
}
_BY_FIELD = {"索引号": "索引号", "文号": "文号规范", "生成日期": "日期填写", "发布日期": "日期填写"}


def category_of(check: CheckResult, findings: list[Finding]) -> Category:
    """The category of a check to rectify: by its rule, for field rules (required, enum, pattern,
    unique …) by the field its findings are about; answered 不符合 and could-not-run have their own."""
    if check.status == "error":
        return CATEGORIES["检查数据"]
    if check.rule is None or check.manual:
        return CATEGORIES["人工核查"]
    name = _BY_RULE.get(check.rule)
    if name is None:  # pattern, unique, length …: by the one field its findings are about
        fields = {finding.field for finding in findings if finding.field}
        name = _BY_FIELD.get(fields.pop(), "目录要素") if len(fields) == 1 else "目录要素"
    return CATEGORIES[name]


# --- messages as clauses --------------------------------------------------------------------------

_MACHINE = re.compile(r"匹配|[|\\{}^$*+?\[\]]|\(\?")  # a bracket that quotes a condition or a regex
_CITATION = re.compile(r"^(?:GB|条例|依据|见|《|按)")
CLAUSE_WIDTH = 56  # characters of a finding message quoted as an example


_NARROW = re.compile("[\u0000-\u2e7f]")  # half a Chinese character wide
_BRACKET = re.compile("[（()）]")


def text_width(text: str) -> float:
    # counted by a regex, not char by char: a report quotes up to 200,000 distinct messages
    return len(text) - 0.5 * len(_NARROW.findall(text))


def _brackets(text: str) -> list[tuple[int, int]]:
    """(start, end) of every outermost （…） / (…) group."""
    spans, depth, start = [], 0, 0
    for match in _BRACKET.finditer(text):  # only the brackets, not every character
        index, char = match.start(), match.group()
        if char in "（(":
            if depth == 0:
                start = index
            depth += 1
        elif char in ")）" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, index + 1))
    return spans


def without_conditions(text: str) -> str:
    """A rule message without the bracketed parts an officer cannot read (conditions quoting regular
    expressions) and without a closing citation bracket."""
    for start, end in reversed(_brackets(text)):
        inner = text[start + 1:end - 1]
        if _MACHINE.search(inner) or (end == len(text.rstrip("。")) and _CITATION.match(inner)):
            text = text[:start] + text[end:]
    text = re.sub(r"\s*[：:]\s*$", "", text)
    return re.sub(r"[，,；;]\s*$", "", text).strip()


_ISO_DATE = re.compile(r"(?<![“\d])(\d{4})-(\d{2})-(\d{2})(?![”\d])")
_LATIN_GAP = re.compile(r"(?<=[\u4e00-\u9fff，。：；（）、])\s+(?=[\dA-Za-z\u4e00-\u9fff])"
                        r"|(?<=[\dA-Za-z])\s+(?=[\u4e00-\u9fff，。：；（）、])")


def tidy(text: str) -> str:
    """Report style for a rule message: 2023年3月1日 for a date the message states (values quoted
    “…” stay as written), no spaces between Chinese and figures, “今天” as the day of the check."""
    text = _LATIN_GAP.sub("", text)
    text = _ISO_DATE.sub(lambda m: f"{int(m[1])}年{int(m[2])}月{int(m[3])}日", text)
    text = re.sub(r"日\s*(\d{1,2}):(\d{2})(?![\d:])", lambda m: f"日{int(m[1])}时{int(m[2])}分", text)
    text = text.replace("今天（", "检查当日（").replace("）是公开期限", "）即为公开期限")
    # 尚未找到（本年度…年度报告） / 前公开（…），未找到: the item named in the sentence, not in brackets
    text = re.sub(r"(尚未找到|前公开)（([^（）]+)）", r"\1\2", text)
    return re.sub(r"尚未找到$", "尚未找到相关信息", text)


_PERIOD_GAP = re.compile(r"^(.+?)(没有发布(?:（.*）)?)$")
_YEAR_HEAD = re.compile(r"^(\d{4}年)(?=\d|第)")


def merge_periods(clauses: list[str], shown: int = 6) -> list[str]:
    """Cadence gaps with the same requirement in one clause: 2023年6月没有发布（要求…）；2023年7月没有
    发布（要求…） -> 2023年6月、7月没有发布（要求…）; beyond `shown` periods, 等N个时段."""
    groups: dict[str, list[str]] = {}
    order: list[str] = []
    for text in clauses:
        found = _PERIOD_GAP.match(text)
        key = found.group(2) if found else text
        if key not in groups:
            groups[key] = []
            order.append(key)
        if found:
            groups[key].append(found.group(1))
    merged = []
    for key in order:
        heads = groups[key]
        if not heads:
            merged.append(key)
            continue
        names, year = [], None
        for head in heads[:shown]:
            found = _YEAR_HEAD.match(head)
            names.append(head[len(year):] if found and found.group(1) == year else head)
            year = found.group(1) if found else None
        more = f"等{len(heads)}个时段" if len(heads) > shown else ""
        merged.append("、".join(names) + more + key)
    return merged


@functools.lru_cache(maxsize=65_536)  # the same message recurs on thousands of rows
def clause(message: str, width: float = CLAUSE_WIDTH) -> str:
    """A finding message as a clause of a sentence: conditions removed; when long, its longest head
    ending at a “：” “；” or “，” that is a complete statement within `width` — never cut with “…”."""
    text = tidy(without_conditions(str(message or "").strip().rstrip("。")))
    if text_width(text) <= width:
        return text
    best = ""
    for index, char in enumerate(text):
        if char in "：；，" and index and _balanced(text[:index]) and text_width(text[:index]) <= width:
            best = text[:index]
    return best or text  # no clause boundary within the width: the whole message


def _balanced(text: str) -> bool:
    return all(text.count(opening) == text.count(closing)
               for opening, closing in (("（", "）"), ("(", ")"), ("“", "”"), ("《", "》"), ("〔", "〕")))


_PATH = re.compile(r"[^\s，。：；、（）“”]*[/\\][^\s，。：；、（）“”]*\s*")
_FILE = re.compile(r"[^\s，。：；、（）“”/\\]+\.(?:xlsx|xlsm|xls|ods|csv|tsv|txt|jsonl|json|html?)\s*", re.I)


_MISSING = re.compile(r"缺少字段[：:]\s*(.+)$")


def plain_note(note: str | None, default: str = "所需数据缺失", table: str = "") -> str:
    """Why a check could not run or was not applicable, as the report says it: without file paths
    or sheet names (the report names its files elsewhere), and every missing field of every table
    in one phrase — "{path} › 公开目录 缺少字段：文号；{path} 缺少字段：不公开理由" becomes
    缺少“文号”“不公开理由”字段, or with `table` (公开目录) 公开目录缺少“文号”“不公开理由”字段."""
    return plain_notes([note], default, table)


def plain_notes(notes: Iterable[str | None], default: str = "所需数据缺失", table: str = "") -> str:
    """plain_note over the notes of several checks: the reasons once each, missing fields merged."""
    missing: dict[str, None] = {}
    reasons: dict[str, None] = {}
    for note in notes:
        for part in re.split(r"[；;]", str(note or "")):
            found = _MISSING.search(part)
            if found:  # "{file} › {sheet} 缺少字段：A、B": the file and sheet are the engine's label
                missing.update(dict.fromkeys(name.strip() for name in re.split(r"[、,，]", found.group(1)) if name.strip()))
                continue
            text = _FILE.sub("", _PATH.sub("", part)).strip().lstrip("›").strip().rstrip("。；;，,")
            text = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", text)
            if text:
                reasons[text] = None
    if missing:
        reasons = {f"{table}缺少{''.join(f'“{name}”' for name in missing)}字段": None, **reasons}
    return "、".join(list(reasons)[:2]) or default


# --- rows -----------------------------------------------------------------------------------------


def rows_phrase(rows: list[int], shown: int = 3) -> str:
    """第3、5、8行 / 第3、5、8行等12条 — the first rows and how many in all."""
    rows = sorted(dict.fromkeys(rows))
    total = len(rows)
    if not rows:
        return ""
    head = "、".join(str(row) for row in rows[:shown])
    return f"第{head}行等{total}条" if total > min(len(rows), shown) else f"第{head}行"


def kind_of_file(inputs: list[dict[str, Any]]) -> dict[str, str]:
    """file -> the dataset's label (公开目录, 依申请公开台账 …), when the run had more than one kind."""
    kinds = {item.get("path"): KIND_LABELS.get(item.get("kind"), "") for item in inputs}
    return kinds if len(set(kinds.values())) > 1 else {}


def book(title: str) -> str:
    """《title》, book-title marks inside it becoming 〈〉 (GB/T 15834)."""
    title = str(title).strip()
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        title = title[1:-1]
    return "《" + title.replace("《", "〈").replace("》", "〉") + "》"


# --- evidence of item checks ----------------------------------------------------------------------


_FOUND = {"cadence": "已发布{titles}{count}条", "pairing": "已为{titles}{count}件文件配发解读"}
_FOUND_DEFAULT = "已公开{titles}{count}条"


def evidence_phrase(check: CheckResult, set_aside: bool = True, kinds: dict[str, str] | None = None) -> str:
    """What an item check recognised: 已公开《…》等3条 (cadence: 已发布…; pairing: 已为…配发解读);
    另有1条未计入：第17行《…》，标题写明为2021年，本项要求2022年的 (unless `set_aside` is False: the
    finding said so already). Empty without evidence: results saved before it existed degrade to the
    plain verdict."""
    entries = getattr(check, "evidence", None)
    if entries is None:
        return ""
    counted = [entry for entry in entries if entry.get("counted", True)]
    counted_total = getattr(check, "evidence_counted", None)
    counted_total = len(counted) if counted_total is None else counted_total
    recognised = getattr(check, "evidence_recognised", None)
    recognised = len(entries) if recognised is None else recognised
    parts = []
    if counted_total and counted:
        title = counted[0].get("title")
        titles = f"{book(title)}{'等' if counted_total > 1 else ''}" if title else "相关信息"
        parts.append(_FOUND.get(check.rule, _FOUND_DEFAULT).format(titles=titles, count=counted_total))
    if set_aside:
        parts.append(set_aside_phrase(check, kinds))
    return "，".join(part for part in parts if part)


SET_ASIDE_SHOWN = 2  # set-aside rows named in a sentence; the rest are counted


def set_aside_total(check: CheckResult) -> int:
    """How many recognised rows were not counted, listed or not (the lists stop at 200)."""
    entries = getattr(check, "evidence", None) or []
    recognised = getattr(check, "evidence_recognised", None)
    recognised = len(entries) if recognised is None else recognised
    counted = getattr(check, "evidence_counted", None)
    counted = sum(1 for entry in entries if entry.get("counted", True)) if counted is None else counted
    return max(recognised - counted, 0)


def set_aside_phrase(check: CheckResult, kinds: dict[str, str] | None = None, shown: int = SET_ASIDE_SHOWN) -> str:
    """The recognised rows a year or date test set aside, named so an officer can find them:
    另有1条未计入：第17行《2021年度…部门决算》，标题写明为2021年，本项要求2022年的 / 另有5条未计入，
    如第3行《…》，……; without row numbers (old results) 另有相关信息1条因…未计入."""
    entries = getattr(check, "evidence", None) or []
    left_out = set_aside_total(check)
    if left_out <= 0:
        return ""
    aside = [entry for entry in entries if not entry.get("counted", True)]
    named = [entry for entry in aside if entry.get("row") is not None][:shown]
    if not named:
        whys = list(dict.fromkeys(str(entry.get("why")).rstrip("。") for entry in aside if entry.get("why")))
        because = f"因{'、'.join(whys[:2])}" if whys else ""
        return f"另有相关信息{left_out}条{because}{'，' if '，' in because else ''}未计入"
    kinds = kinds or {}
    told = []
    for entry in named:
        title = book(entry["title"]) if entry.get("title") else ""
        why = tidy(str(entry.get("why") or "").rstrip("。"))
        told.append(f"{kinds.get(entry.get('file'), '')}第{entry['row']}行{title}{f'，{why}' if why else ''}")
    joined = "；".join(told)
    return f"另有{left_out}条未计入：{joined}" if left_out <= len(named) else f"另有{left_out}条未计入，如{joined}"


# The coverage and deadline rules end their message with this when rows were set aside; the report
# names those rows instead (set_aside_phrase).
RULE_SET_ASIDE_NOTE = re.compile(r"（另有\s*\d+\s*条因年度或日期不符未计入）")
