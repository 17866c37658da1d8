"""Item recognition: which catalog rows are the item a check looks for, and whether they count.

The rules that look for published items (coverage, cadence, pairing, deadline) all decide "is
this row the 部门预算 of 2023?" here, in one place, from the check's `item` block:

    item:
      label: 权力清单或权责清单          # what the item is, as officers say it (messages, reports)
      terms: [权力清单, 权责清单, 行政职权目录, 权力和责任清单]   # any one of them names the item
      all: [预算, [进展, 进度, 竣工]]    # must also appear; an inner list means any one of those
      not: [安全生产责任清单]            # longer names that contain a term but are something else
      issuers: [教育局, 教育厅]          # the domain's own department: a term as the first issuer, else `not`
      exclude: [通知, 请示, 编制工作]    # title words of rows that are about the item, not the item
      subjects: [权责清单]               # values of a subject column (主题分类, 栏目 …) naming it
      year: plan                         # plan (the plan year, default), previous, any, or 2023

Text is compared in normalised form (NFKC so full-width digits and brackets become half-width,
Traditional → Simplified, no spaces, quotes dropped, every bracket form unified (<…>, 〈…〉 as 《…》), Chinese-numeral
years such as 二〇二三年 as 2023年), so “三公”经费, "三公"经费, 「三公」经费 and 三公經費 are one
text. Terms are sought in 信息名称 and 内容概述 (a plan's, key points', summary's or report's in its title only:
see `_OVERVIEW`), subjects in every subject column present (主题分类,
组配分类, 栏目, 信息分类, 体裁分类, 公文种类); a term may hold
`…` for "up to 12 other characters" (重大…项目 finds 重大交通建设项目), a quoted document title
《…》 counting as one of them however long it is (公开征求…意见 finds 公开征求《…实施方案》意见), and `……`
for "up to 40" (关于做好……工作的通知 finds a work notice however its task is worded), so word
order and inserted words need no regular expression; 《…》 in a term is any quoted title, and a term
ending in `$` is found only at the end of its field (a short bracketed tag such as (已废止) may follow).
Braces write several forms of a word at once: {区|县}发布…{办法|规定}$ is four words (at most 1,000 forms a word).

A `not` phrase is blanked out before terms are sought: a
安全生产责任清单 is not a 责任清单, yet "权力清单和安全生产责任清单" still names a 权力清单. It is blanked
before `exclude` words are sought too, so a `not` of 关于发布 keeps 关于发布《…》的公告 (a document issued)
clear of an exclusion of 发布《 (news of one). Each blanked phrase leaves one ideographic space, and a term
cannot name it: a term's spaces are dropped like any text's, so 工作方案(\u3000 is the term 工作方案(.

`issuers` are the names of the domain's own department. A title its department issues alone or first
(教育局关于…, 南昌市教育局关于…, 教育局 财政局关于…) is that domain's information, so there the name counts as a
term; as a co-issuer of another body's document (人力资源社会保障部 教育部关于…就业…) it says nothing of the
subject and is blanked like a `not` phrase (so is the name anywhere else: 关于…教育局…, a 内容概述).

The year of a row comes from its text when the title (else the 内容概述) names one — 2023年,
2023年度, （2023年5月）, 二〇二三年 — else from 生成日期, else from 发布日期 (a month-only date
such as 2023-06 or 2023年6月 is no date, yet names its year). A row of another
year than the check needs is recognised but never counted, and its evidence says why.

`match_titles` runs exactly this code on a list of titles (for corpus scoring).
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from govopen_cli.io.dataset import Dataset
from govopen_cli.io.dates import month_only_year
from govopen_cli.io.normalize import as_text, simplify_series
from govopen_cli.result import EVIDENCE_CAP
from govopen_cli.rules.conditions import describe, evaluate

ITEM_KEYS = ("label", "terms", "all", "not", "issuers", "exclude", "subjects", "year")
YEAR_CHOICES = ("plan", "previous", "any")
TEXT_FIELDS = ("信息名称", "内容概述")
# Every column that classifies a row by subject; each is a canonical field of its own (io.fields).
SUBJECT_FIELDS = ("主题分类", "组配分类", "栏目", "信息分类", "体裁分类", "公文种类")
GAP = "…"  # in a term: up to GAP_CHARS other characters
GAP_CHARS = 12
# What a gap may span: any character, or a whole 《…》 title as one (titles often quote a long one).
_GAP_PATTERN = f"(?:《[^》\n]*》|[^\n]){{0,{GAP_CHARS}}}"
LONG_GAP = "……"  # in a term: up to LONG_GAP_CHARS other characters (关于做好……工作的通知)
LONG_GAP_CHARS = 40
# Plain characters only: were a 《…》 title one character here too, a run of 《》 could be split in 2^20 ways.
_LONG_GAP_PATTERN = f"[^\n]{{0,{LONG_GAP_CHARS}}}"

# --- normalisation -----------------------------------------------------------------------------

# Quotes are dropped (“三公”经费 = 三公经费); every bracket form becomes ( ) and every angle-bracket
# form of a title mark (〈〉, ASCII <>, ‹›, «») becomes 《》, which are kept: 印发《…》 marks a document issued,
# not one mentioned (some sites and databases print 关于印发<…若干措施>的通知; eighteen corpus titles do).
_QUOTES = re.compile(r"[\s“”‘’\"'「」『』﹁﹂﹃﹄]+")
_BRACKETS = str.maketrans({"【": "(", "】": ")", "〔": "(", "〕": ")", "[": "(", "]": ")", "〖": "(", "〗": ")",
                           "﹝": "(", "﹞": ")", "{": "(", "}": ")", "〘": "(", "〙": ")", "〈": "《", "〉": "》",
                           "<": "《", ">": "》", "‹": "《", "›": "》", "«": "《", "»": "》"})
_NUMERALS = {"〇": "0", "○": "0", "零": "0", "o": "0", "0": "0", "一": "1", "二": "2", "三": "3", "四": "4",
             "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_NUMERAL_YEAR = re.compile(r"(?:一九|二[〇○零o0])[〇○零o0一二三四五六七八九]{2}(?=年)")


def _numeral_year(match: re.Match) -> str:
    return "".join(_NUMERALS[char] for char in match.group())


def _normalize_values(values: pd.Series) -> pd.Series:
    """NFKC (full-width digits and brackets to half-width), Traditional -> Simplified, no spaces or
    quotes, lower case, brackets unified, Chinese-numeral years as digits."""
    text = simplify_series(values).str.replace(_QUOTES, "", regex=True).str.lower().str.normalize("NFKC")
    return text.str.translate(_BRACKETS).str.replace(_NUMERAL_YEAR, _numeral_year, regex=True)


def normalize_item_series(series: pd.Series) -> pd.Series:
    """A column in the form items are matched on (see the module doc); once per distinct value."""
    codes, uniques = pd.factorize(as_text(series))
    finished = _normalize_values(pd.Series(uniques, dtype=object)).to_numpy(dtype=object)
    return pd.Series(finished[codes] if len(codes) else np.array([], dtype=object), index=series.index, dtype=object)


def normalize_item_text(text: Any) -> str:
    """One string (a term of a checklist) in the same form as `normalize_item_series`."""
    return normalize_item_words(["" if text is None else str(text)])[0]


def normalize_item_words(words: Sequence[str]) -> list[str]:
    """Many terms at once, as `normalize_item_text` gives each (a block has hundreds of words, and
    one column operation costs what one word alone would)."""
    if not words:
        return []
    return _normalize_values(pd.Series(list(words), dtype=object)).tolist()


# --- the item block ----------------------------------------------------------------------------


# A word may write several forms at once in braces: {区|县}发布…{办法|规定}$ stands for 区发布…办法$, 区发布…规定$,
# 县发布…办法$ and 县发布…规定$ (an empty form makes a piece optional). The forms are counted before any is made, so
# a checklist cannot ask for millions of them.
WORD_FORMS_MAX = 1000
_BRACES = re.compile(r"\{([^{}]*)\}")


def word_forms(word: str) -> list[str]:
    """The words a braced word stands for, in order ({a|b}c → ac, bc); a word without braces is itself."""
    pieces = _BRACES.split(word)  # literal text at even positions, the alternatives of one brace at odd ones
    choices = [[piece] if index % 2 == 0 else piece.split("|") for index, piece in enumerate(pieces)]
    return ["".join(choice) for choice in itertools.product(*choices)]


def _form_count(word: str) -> int:
    """How many words `word_forms` makes of `word`, counted without making them (stops once over the limit)."""
    count = 1
    for alternatives in _BRACES.findall(word):
        count *= alternatives.count("|") + 1
        if count > WORD_FORMS_MAX:
            break
    return count


def _word_problem(key: str, word: str) -> str | None:
    outside = _BRACES.sub("", word)  # what is left once every well-formed brace is taken out
    if "{" in outside or "}" in outside:
        return f"item.{key} 中的“{word}”花括号不成对（花括号中用 | 分开几种写法，如“{{区|县}}发布”）"
    if _form_count(word) > WORD_FORMS_MAX:
        return f"item.{key} 中的“{word}”花括号展开后超过 {WORD_FORMS_MAX} 种写法，请拆成几个词语"
    return None


def _written_words(value: Any) -> list[str]:
    """The words as the checklist writes them (braces not yet expanded)."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(word) for word in value]


def _words(value: Any) -> list[str]:
    return [form for word in _written_words(value) for form in word_forms(word)]


@dataclass(frozen=True)
class Item:
    """An `item` block, validated and normalised."""

    label: str
    terms: tuple[str, ...]
    all: tuple[tuple[str, ...], ...]  # each inner tuple: alternatives, one of which must appear
    not_: tuple[str, ...]
    exclude: tuple[str, ...]
    subjects: tuple[str, ...]
    year: str | int
    issuers: tuple[str, ...] = ()

    @classmethod
    def from_block(cls, block: Mapping[str, Any], default_year: str = "plan") -> "Item":
        lists = [_words(block.get(key)) for key in ("terms", "not", "exclude", "subjects", "issuers")]
        lists += [_words(entry) for entry in block.get("all") or []]
        normalized = iter(normalize_item_words([word for words in lists for word in words]))
        terms, not_, exclude, subjects, issuers, *groups = (tuple(next(normalized) for _ in words) for words in lists)
        return cls(
            label=str(block.get("label") or "、".join(lists[0][:3]) or "、".join(lists[3][:3])),
            terms=terms, all=tuple(groups), not_=not_, exclude=exclude, subjects=subjects,
            year=block.get("year", default_year), issuers=issuers,
        )

    def target_year(self, plan_year: int | None) -> int | None:
        """The year a row must be of to count; None when any year counts (or none is known)."""
        if isinstance(self.year, int) and not isinstance(self.year, bool):
            return self.year
        if self.year == "any" or plan_year is None:
            return None
        return plan_year - 1 if self.year == "previous" else plan_year


def item_errors(block: Any) -> list[str]:
    """Problems in an `item` block (Chinese, for the checklist loader); empty when well formed."""
    if not isinstance(block, dict):
        return ["item 应为映射，例如 {label: 部门预算, terms: [部门预算]}"]
    problems = []
    unknown = [key for key in block if key not in ITEM_KEYS]
    if unknown:
        problems.append(f"item 中的未知键“{'、'.join(map(str, unknown))}”（可用：{'、'.join(ITEM_KEYS)}）")
    for key in ("terms", "not", "issuers", "exclude", "subjects"):
        value = block.get(key)
        if value is not None and not (isinstance(value, str) or (isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value))):
            problems.append(f"item.{key} 应为词语列表")
    for entry in block.get("all") or []:
        if not (isinstance(entry, str) or (isinstance(entry, list) and entry and all(isinstance(w, str) for w in entry))):
            problems.append("item.all 的每一项应为词语，或几个可互相替代的词语组成的列表")
            break
    if not problems:  # every word is a string here: braces are checked before any form is made
        for key in ("terms", "not", "issuers", "exclude", "subjects", "all"):
            value = block.get(key)
            parts = value if key == "all" and isinstance(value, list) else [value]  # all: words or lists of them
            words = [word for part in parts for word in _written_words(part)]
            problems += [problem for problem in (_word_problem(key, word) for word in words) if problem][:3]
    if block.get("all") is not None and not isinstance(block.get("all"), list):
        problems.append("item.all 应为列表")
    if not _written_words(block.get("terms")) and not _written_words(block.get("subjects")):
        problems.append("item 需要 terms（名称中的词语）或 subjects（分类栏目的值）")
    year = block.get("year", "plan")
    if not (year in YEAR_CHOICES or (isinstance(year, int) and not isinstance(year, bool) and 1990 <= year <= 2100)):
        problems.append("item.year 应为 plan（方案年度）、previous（上一年度）、any（不限）或具体年份")
    if "label" in block and not (isinstance(block["label"], str) and block["label"].strip()):
        problems.append("item.label 应为说明所找信息的文字")
    return problems


# --- recognition -------------------------------------------------------------------------------


# A word ending in END is found only at the end of its field, where a title may still carry a short bracketed tag
# ((已废止), (试行)): 印发《…》$ is a headline (某局印发《…》), not 某局印发《…》的通知.
END = "$"
_END_PATTERN = "(?:\\([^()\n号]{1,8}\\))*(?![^\n])"


# A run of gap marks in a normalised word (NFKC writes … as ...): one mark a gap, two or more a long gap.
_GAP_RUN = re.compile(r"((?:…|\.\.\.)+)")


def _word_pattern(word: str) -> str:
    """One word as a regex: `…` a gap (《…》 any quoted title, however long), `……` a long gap, a final END the
    field's end. A gap before the first or after the last piece adds nothing."""
    anchored = word.endswith(END) and len(word) > len(END)
    tokens = _GAP_RUN.split(word[:-len(END)] if anchored else word)  # pieces at even positions, gaps at odd ones
    pattern, before, gap = "", "", ""
    for index, token in enumerate(tokens):
        if index % 2:
            gap = _LONG_GAP_PATTERN if LONG_GAP in token.replace("...", GAP) else _GAP_PATTERN
        elif token:
            if before:
                quoted = before.endswith("《") and token.startswith("》")
                pattern += "[^》\n]*" if quoted else gap
            pattern += re.escape(token)
            before = token
    return pattern + (_END_PATTERN if anchored and pattern else "")


def _term_pattern(words: Iterable[str]) -> str:
    """One regex finding any of `words`, `…` standing for up to GAP_CHARS characters of one field
    (a 《…》 title counting as one; 《…》 in a word for any quoted title), `……` for up to LONG_GAP_CHARS, a
    final `$` for the field's end."""
    parts = [_word_pattern(word) for word in sorted(set(words), key=len, reverse=True)]
    return "|".join(part for part in parts if part)


# Rows are searched as long strings of many rows each, not one call per cell: one regex scan over
# 65,536 rows costs the same pattern work without the per-cell overhead, which was most of the time.
# A match never spans two rows: terms are plain text and a gap never crosses a line break (the rows'
# texts hold no line break but the one that joins 信息名称 and 内容概述; `_ROW_BREAK` is one too).
# Where each row begins is counted from the lengths, never looked for in the text.
_ROW_BREAK = "\n"
_CHUNK_ROWS = 65_536
BLANK = "\u3000"  # what a `not` phrase becomes (a term cannot name it: its spaces are dropped)


@dataclass(frozen=True)
class RowText:
    """Texts, one per row, as a few long strings; `starts[k][i]` is where row k*_CHUNK_ROWS + i
    begins in chunk k."""

    chunks: tuple[str, ...]
    starts: tuple[np.ndarray, ...]
    rows: int

    @classmethod
    def of(cls, values: Sequence[str]) -> "RowText":
        chunks, starts = [], []
        for first in range(0, len(values), _CHUNK_ROWS):
            part = list(values[first:first + _CHUNK_ROWS])
            chunk = _ROW_BREAK.join(part)
            lengths = np.fromiter(map(len, part), dtype=np.int64, count=len(part)) + len(_ROW_BREAK)
            chunks.append(chunk)
            starts.append(np.concatenate(([0], np.cumsum(lengths)[:-1])))
        return cls(tuple(chunks), tuple(starts), len(values))

    def contains(self, pattern: re.Pattern) -> np.ndarray:
        """True for each row in which `pattern` matches."""
        found = np.zeros(self.rows, dtype=bool)
        for number, (chunk, starts) in enumerate(zip(self.chunks, self.starts)):
            hits = [match.start() for match in pattern.finditer(chunk)]
            if hits:
                found[number * _CHUNK_ROWS + np.searchsorted(starts, hits, side="right") - 1] = True
        return found

    def texts(self, positions: np.ndarray) -> list[str]:
        """The texts of the rows at `positions`."""
        texts = []
        for position in positions.tolist():
            number, row = divmod(position, _CHUNK_ROWS)
            chunk, starts = self.chunks[number], self.starts[number]
            end = starts[row + 1] - len(_ROW_BREAK) if row + 1 < len(starts) else len(chunk)
            texts.append(chunk[starts[row]:end])
        return texts


def _row_text(dataset: Dataset, key: tuple, series: Callable[[], pd.Series]) -> RowText:
    """A field (or fields joined) as RowText, once per dataset."""
    return dataset.memo(("row_text",) + key, lambda: RowText.of(series().tolist()))


def _pattern(words: Iterable[str]) -> re.Pattern | None:
    pattern = _term_pattern(words)
    return re.compile(pattern) if pattern else None


def item_text(dataset: Dataset, name: str) -> pd.Series:
    """A field in item form, computed once per dataset."""
    return dataset.memo(("item_text", name), lambda: normalize_item_series(dataset.text(name)))


def _joined(dataset: Dataset, names: Sequence[str]) -> tuple[tuple[str, ...], Callable[[], pd.Series]]:
    """The fields of `names` the dataset has, and their texts joined by a line break."""
    present = tuple(name for name in names if dataset.has(name))

    def joined() -> pd.Series:
        if not present:
            return pd.Series([""] * len(dataset), index=dataset.index, dtype=object)
        text = item_text(dataset, present[0])
        for name in present[1:]:
            text = text + "\n" + item_text(dataset, name)
        return text
    return present, joined


# A row whose title names it an overview of work — a plan, its key points, a summary or a report
# (工作方案, 实施方案, 工作要点, 工作计划, 工作总结, 工作报告, 工作情况, 年度报告, 自查报告) — is recognised on its
# title alone. The catalog specifications ask 内容概述 to sum up a document's main content, so the summary of an
# overview lists every area of the work (明确权力清单、财政资金、重大建设项目……等八个方面的公开任务) without being any of them.
_OVERVIEW = re.compile(r"(?:工作|实施)(?:方案|要点|计划|总结|报告|情况)|年度报告|自查报告")


def _searched_text(dataset: Dataset) -> tuple[tuple[str, ...], Callable[[], pd.Series]]:
    """信息名称 and 内容概述 joined by a line break, without the 内容概述 of an overview (`_OVERVIEW`)."""
    present, joined = _joined(dataset, TEXT_FIELDS)
    if present != TEXT_FIELDS:
        return present, joined

    def searched() -> pd.Series:
        title = item_text(dataset, "信息名称")
        summary = item_text(dataset, "内容概述").where(~title.str.contains(_OVERVIEW), "")
        return title + "\n" + summary
    return present + ("overviews by their title",), searched


# What may stand before the first issuer's name at the start of a title: a bracketed tag ((已废止)), an opening 《, the
# year of the body's own report or plan (2023年, 2023年度), 原 (a body since renamed), and a place (南昌市青云谱区, 省,
# 国家) — characters that end no body's name and say nothing else.
# Each place ends at its first level word (省, 市 … 街道), so a run of places splits one way only: a pattern free to
# split it many ways backtracks exponentially on a long prefix that fails (市市市…市a教育局).
_NOT_A_PLACE = "部局厅委署办院会行处所站队司组室中心的年关于与和及、,:：《》()"
_LEVEL = "省市区县州盟旗镇乡"
_PLACE = f"(?:(?![{_NOT_A_PLACE}{_LEVEL}]|街道)[\u4e00-\u9fff]){{0,14}}(?:[{_LEVEL}]|街道)"
# Where a first issuer's name can start at the latest: a tag, a year and a few places take no more.
_ISSUER_START_CHARS = 40
_ISSUER_START = re.compile(f"(?:\\([^()\n]{{1,10}}\\))?《?(?:(?:19|20)\\d{{2}}年度?)?原?(?:国家|中华人民共和国|(?:{_PLACE})+)?")


def first_issuer(text: str, start: int) -> bool:
    """Whether a body's name found at `start` of a normalised title is its sole or first issuer: only a
    tag, 《, a year, 原 and a place stand before it (北京市环境保护局关于…, (已废止)市教育局关于…, 2023年区教育局工作总结)."""
    return start <= _ISSUER_START_CHARS and _ISSUER_START.fullmatch(text, 0, start) is not None


def _blanker(item: Item) -> Callable[[str], str] | None:
    """Blanks `not` phrases, and `issuers` names except where one is the title's first issuer."""
    not_pattern = _pattern(item.not_)
    issuers = _pattern(item.issuers)
    if not not_pattern and not issuers:
        return None

    def blank(text: str) -> str:
        if issuers:
            text = issuers.sub(lambda found: found.group() if first_issuer(text, found.start()) else BLANK, text)
        return not_pattern.sub(BLANK, text) if not_pattern else text
    return blank


def recognise(dataset: Dataset, item: Item) -> np.ndarray:
    """True for the rows that are the item (terms or subjects; all; not; exclude), year aside.

    Terms and `all` words are sought in 信息名称 and 内容概述 (an overview's in its title only),
    `subjects` in every subject column
    (a 主题分类 of 财政预决算 says where a row is filed, not that it is the 部门预算), `exclude`
    words in 信息名称. `not` phrases are blanked out first, in every text but the subjects, so a
    term inside them is not found.
    """
    if len(dataset) == 0:
        return np.zeros(0, dtype=bool)
    blank = _blanker(item)
    not_pattern = _pattern(item.not_ + item.issuers)

    def masked(texts: list[str]) -> list[str]:
        return [blank(text) for text in texts] if blank else texts

    text = _row_text(dataset, *_searched_text(dataset))
    terms = _pattern(item.terms + item.issuers)
    found = text.contains(terms) if terms else np.zeros(len(dataset), dtype=bool)
    if not_pattern:
        # Blanking can both hide a term and bring two parts of one closer: the rows holding a `not`
        # phrase are searched again, blanked (usually few).
        changed = np.flatnonzero(text.contains(not_pattern))
        found[changed] = RowText.of(masked(text.texts(changed))).contains(terms) if terms else False
    subjects = _pattern(item.subjects)
    if subjects:
        found |= _row_text(dataset, *_joined(dataset, SUBJECT_FIELDS)).contains(subjects)
    # The other words are sought among the rows found so far only.
    candidates = np.flatnonzero(found)
    if len(candidates) and item.all:
        among = RowText.of(masked(text.texts(candidates)))
        keep = np.ones(len(candidates), dtype=bool)
        for group in item.all:
            pattern = _pattern(group)
            keep &= among.contains(pattern) if pattern else False
        found[candidates[~keep]] = False
        candidates = candidates[keep]
    exclude = _pattern(item.exclude)
    if len(candidates) and exclude and dataset.has("信息名称"):
        # A `not` phrase is blanked here too: it names something else, so an exclude word inside it
        # (关于发布《 of a document issued, blanked, against 发布《 of news about one) does not count.
        title = _row_text(dataset, ("信息名称",), lambda: item_text(dataset, "信息名称"))
        found[candidates[RowText.of(masked(title.texts(candidates))).contains(exclude)]] = False
    return found


# --- years -------------------------------------------------------------------------------------

# A 文号's year (〔2023〕5号) dates the document's issue, not what it is about: not read as its year.
_DOCNO = re.compile(r"\((?:19|20)\d{2}\)\s*\d*号?")
_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})年?[-—–~至到]((?:19|20)\d{2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def years_named(text: str) -> tuple[int, ...]:
    """The years a normalised text names (2023年, 2023年度, 2021-2025年 as every year of it)."""
    text = _DOCNO.sub(" ", text)
    years: set[int] = set()
    for match in _RANGE.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if 0 <= last - first <= 10:
            years.update(range(first, last + 1))
    years.update(int(year) for year in _YEAR.findall(_RANGE.sub(" ", text)))
    return tuple(sorted(years))


def _object_array(values: Sequence[Any]) -> np.ndarray:
    """A 1-d object array of `values` (numpy would turn a list of tuples into a 2-d array)."""
    array = np.empty(len(values), dtype=object)
    for position, value in enumerate(values):
        array[position] = value
    return array


def _text_years(dataset: Dataset, name: str) -> np.ndarray:
    """Per row, the years the field names (an empty tuple when none)."""
    def compute() -> np.ndarray:
        codes, uniques = pd.factorize(item_text(dataset, name))
        return _object_array([years_named(text) for text in uniques])[codes]
    return dataset.memo(("item_years", name), compute)


_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?:度)?(?:第)?(\d{1,2}|[一二三四])(月|季度)")
_QUARTER_NUMBERS = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}


def month_named(text: str) -> dt.date | None:
    """The first day of the one month (2023年5月) or quarter (2023年第二季度) a normalised text names,
    else None: a monthly report is counted for the month it reports on, not the month it was filed."""
    found = set()
    for year, number, unit in _MONTH.findall(text):
        if unit == "月" and number.isdigit() and 1 <= int(number) <= 12:
            found.add(dt.date(int(year), int(number), 1))
        elif unit == "季度" and number in _QUARTER_NUMBERS:
            found.add(dt.date(int(year), _QUARTER_NUMBERS[number] * 3 - 2, 1))
    return found.pop() if len(found) == 1 else None


def period_dates(dataset: Dataset, date_field: str) -> pd.Series:
    """Per row, the month or quarter the title names (its first day), else the row's `date_field`."""
    dates = dataset.dates(date_field)
    if not dataset.has("信息名称"):
        return dates
    codes, uniques = pd.factorize(item_text(dataset, "信息名称"))
    named = pd.to_datetime(pd.Series([month_named(text) for text in uniques] + [None], dtype=object)[:-1])
    from_title = pd.Series(named.to_numpy()[codes] if len(codes) else np.array([], dtype="datetime64[ns]"), index=dates.index)
    return from_title.where(from_title.notna(), dates)


def _join_years(years: Sequence[int]) -> str:
    return "、".join(f"{year}年" for year in years)


def _date_years(dataset: Dataset, name: str) -> np.ndarray:
    """Per row, the year of the date field (NaN where it names none): its date's, else a month's (2023-06)."""
    def compute() -> np.ndarray:
        years = np.array(dataset.dates(name).dt.year.to_numpy(dtype=float))
        missing = np.flatnonzero(np.isnan(years))
        if len(missing):
            codes, uniques = dataset.factorized(name)
            named = np.array([month_only_year(value) for value in uniques] + [np.nan])
            years[missing] = named[codes[missing]]
        return years
    return dataset.memo(("item_date_years", name), compute)


def year_reasons(dataset: Dataset, item: Item, plan_year: int | None, rows: np.ndarray) -> dict[int, str]:
    """For the `rows` positions of another year than the item needs: position -> why (Chinese)."""
    target = item.target_year(plan_year)
    if target is None:
        return {}
    empty = _object_array([()] * len(dataset))
    title_years = _text_years(dataset, "信息名称") if dataset.has("信息名称") else empty
    summary_years = _text_years(dataset, "内容概述") if dataset.has("内容概述") else empty
    date_years = {name: _date_years(dataset, name) for name in ("生成日期", "发布日期") if dataset.has(name)}
    reasons = {}
    for position in np.flatnonzero(rows).tolist():
        for where, years in (("标题", title_years[position]), ("内容概述", summary_years[position])):
            if years:
                if target not in years:
                    reasons[position] = f"{where}写明为{_join_years(years)}，本项要求{target}年的"
                break
        else:
            for name, years in date_years.items():
                year = years[position]
                if year == year:  # not NaN: the date was read
                    if int(year) != target:
                        reasons[position] = f"标题未写年度，{name}为{int(year)}年，本项要求{target}年的"
                    break
            else:
                reasons[position] = f"标题未写年度，也没有可识别的生成日期或发布日期，无法确认是{target}年的"
    return reasons


# --- what a rule hands back: the rows it recognised and the ones it set aside --------------------


@dataclass
class ItemRows:
    """The rows a check recognised as its item, and why some of them were then set aside.

    A rule builds one (`item_rows`), sets rows aside with a reason (wrong year, outside the
    period, no date…), counts `counted`, and the engine turns it into the check's evidence.
    """

    dataset: Dataset
    recognised: np.ndarray
    why: dict[int, str] = field(default_factory=dict)  # position -> reason it was set aside

    def set_aside(self, mask: np.ndarray | pd.Series, reason: Callable[[int], str] | str) -> None:
        """Set aside the recognised rows where `mask` is True (the first reason given stays)."""
        chosen = self.recognised & np.asarray(mask, dtype=bool)
        for position in np.flatnonzero(chosen).tolist():
            if position not in self.why:
                self.why[position] = reason(position) if callable(reason) else reason

    @property
    def counted(self) -> np.ndarray:
        mask = self.recognised.copy()
        if self.why:
            mask[list(self.why)] = False
        return mask

    def entries(self, title_field: str = "信息名称") -> list[dict[str, Any]]:
        """Evidence entries (counted rows first, then set-aside ones), at most EVIDENCE_CAP."""
        titles = self.dataset.values(title_field) if self.dataset.has(title_field) else None
        rows = self.dataset.row_numbers
        entries = []
        positions = np.flatnonzero(self.counted).tolist() + sorted(self.why)
        for position in positions[:EVIDENCE_CAP]:
            entry = {"file": self.dataset.path, "sheet": self.dataset.sheet, "row": int(rows[position]),
                     "title": titles[position] if titles is not None else ""}
            if position in self.why:
                entry.update(counted=False, why=self.why[position])
            entries.append(entry)
        return entries

    @property
    def totals(self) -> tuple[int, int]:
        """(recognised, counted) over all rows, not only those listed."""
        return int(self.recognised.sum()), int(self.counted.sum())


def plan_year_of(period_start: dt.date | None, own_start: dt.date | None = None) -> int | None:
    """The plan year: the run's period year, else the check's own period's."""
    start = period_start or own_start
    return start.year if start else None


def item_rows(dataset: Dataset, params: Mapping[str, Any], plan_year: int | None,
              item_key: str = "item", where_key: str = "where", default_year: str = "plan") -> ItemRows:
    """The rows a check's `item` (and `where`, a plain row filter) recognise, wrong years set aside.

    A check without an `item` block (user checklists written before it) recognises by `where`
    alone and counts any year, as it always did. `default_year` applies when the block gives no
    `year` (pairing and relative deadlines judge each document on its own: any year).
    """
    mask = np.ones(len(dataset), dtype=bool)
    if params.get(where_key):
        mask &= evaluate(params[where_key], dataset).to_numpy(dtype=bool)
    block = params.get(item_key)
    rows = ItemRows(dataset, mask)
    if block:
        item = Item.from_block(block, default_year)
        rows.recognised = mask & recognise(dataset, item)
        for position, reason in year_reasons(dataset, item, plan_year, rows.recognised).items():
            rows.why[position] = reason
    return rows


def item_label(params: Mapping[str, Any], item_key: str = "item", where_key: str = "where") -> str:
    """How messages name the item: the item's label, else the check's `label`, else the condition."""
    block = params.get(item_key) or {}
    if block.get("label"):
        return str(block["label"])
    if params.get("label"):
        return str(params["label"])
    if block:
        return Item.from_block(block).label
    return describe(params.get(where_key))


# --- corpus scoring ----------------------------------------------------------------------------


def match_titles(item: Mapping[str, Any], titles: Sequence[str], *, plan_year: int,
                 dates: Sequence[str | None] | None = None,
                 subjects: Sequence[str | None] | None = None) -> list[bool]:
    """For each title, whether it is recognised as `item` AND counted for `plan_year`.

    `item` is an `item` block as written in a checklist (terms, all, not, exclude, subjects, year);
    `dates` gives each title's 生成日期 as text (any form the reader accepts, or None), used for
    the year when the title names none; `subjects` gives each title's subject-column value
    (主题分类), or None. This runs the same code as the checks (a one-column catalog is built and
    passed through `item_rows`), so a score here is the checks' score. Period and deadline tests
    are not applied: they depend on the run, not on the title.
    """
    problems = item_errors(dict(item))
    if problems:
        raise ValueError("；".join(problems))
    count = len(titles)
    columns = {"信息名称": ["" if title is None else str(title) for title in titles]}
    if dates is not None:
        columns["生成日期"] = ["" if value is None else str(value) for value in dates]
    if subjects is not None:
        columns["主题分类"] = ["" if value is None else str(value) for value in subjects]
    for name, values in columns.items():
        if len(values) != count:
            raise ValueError(f"{name} 的个数（{len(values)}）与标题个数（{count}）不同")
    frame = pd.DataFrame(columns, dtype=object)
    dataset = Dataset(path="<titles>", sheet=None, kind="catalog", header_row=1, frame=frame,
                      row_numbers=np.arange(2, count + 2), headers={name: name for name in columns},
                      positions={name: position for position, name in enumerate(columns)})
    rows = item_rows(dataset, {"item": dict(item)}, plan_year)
    return [bool(value) for value in rows.counted]
