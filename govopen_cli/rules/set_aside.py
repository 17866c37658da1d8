"""Rows the timeliness check sets aside instead of judging: archival posts and reposts.

- An archival post: a document made long before it could have been published on this site — before
  the first 条例 took effect (2008-05-01), or long before the catalog's first release (documents
  loaded when the site opened). Its 生成日期 says nothing about how fast the agency publishes.
- A repost: another agency's document (转载). Its 生成日期 is the other agency's; the 20 working days
  of 条例第二十六条 run at the agency that made it. Recognised by a 来源 that names someone other than
  the 发布机构, or by a 文号 whose issuing-body code (发文机关代字) is not the publisher's own: the
  code its other documents carry (learned per 发布机构 from the catalog), or `own_docno_prefixes`.
"""
from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from govopen_cli.io.dataset import Dataset
from govopen_cli.io.normalize import normalize_text
from govopen_cli.rules.base import fmt_date

SOURCE, PUBLISHER, DOCNO = "来源", "发布机构", "文号"
# 来源 values that name the site itself, not another agency.
OWN_SOURCE_WORDS = {"本站", "本网", "本网站", "原创", "本单位", "本机关", "本局", "本委", "本办"}
# The issuing-body code of a 文号: what comes before the year (鲁交发〔2023〕5号 -> 鲁交发).
_CODE = re.compile(r"^\s*([^\d〔\[\(（【]{2,}?)\s*[〔\[\(（【]?\s*(?:19|20)\d{2}")
STEM = 2  # 曲交发, 曲交字, 曲交办 are one body; 曲政办发 is another
MIN_LEARN = 3  # rows with a 文号 needed before a publisher's own code is learned


def docno_code(value: str) -> str:
    """The issuing-body code of a 文号 ('' where there is none)."""
    match = _CODE.match(normalize_text(value)) if value else None
    return match.group(1) if match else ""


def docno_stems(values: np.ndarray) -> np.ndarray:
    """The first STEM characters of each 文号's issuing-body code (see _head_stems)."""
    return stems_by_code(*pd.factorize(pd.Series(values, dtype=object)))


def stems_by_code(codes: np.ndarray, uniques: np.ndarray) -> np.ndarray:
    """docno_stems of factorised 文号 (Dataset.factorized): each distinct 文号 parsed once."""
    return np.array([*_head_stems(uniques), ""], dtype=object)[codes]


def _head_stems(values: np.ndarray) -> list[str]:
    """docno_code(value)[:STEM] for each distinct value, parsing each distinct head (the 文号
    without its trailing ASCII digits and 号) once: a catalog has a few hundred heads and up to
    one distinct 文号 per row.

    Normalisation (normalize_text) treats a trailing run of ASCII digits and 号 character by
    character, so the code's regex sees normalize(head) + that run, and reads no further than
    the 4 year digits after the head: when the head alone holds the year the run does not
    matter; otherwise the head and the run's first 4 characters decide."""
    heads = [value.rstrip("号號").rstrip(_SERIAL_DIGITS) for value in values]
    head_codes, distinct = pd.factorize(pd.Series(heads, dtype=object))
    head_stems = [docno_code(head)[:STEM] for head in distinct]
    stems = [head_stems[code] for code in head_codes.tolist()]
    for position in [position for position, stem in enumerate(stems) if not stem]:  # the year is after the head
        value, head = values[position], heads[position]
        if len(head) < len(value):
            stems[position] = docno_code(value[:len(head) + 4])[:STEM]
    return stems


_SERIAL_DIGITS = "0123456789"


def _own_stems(stems: np.ndarray, groups: np.ndarray) -> dict[str, str]:
    """Per publisher, the code most of its documents carry (when it is at least half of them);
    between codes carried equally often, the one met first."""
    found = np.flatnonzero(stems != "")
    if not len(found):
        return {}
    group_codes, group_values = pd.factorize(pd.Series(groups[found], dtype=object))
    stem_codes, stem_values = pd.factorize(pd.Series(stems[found], dtype=object))
    pairs = group_codes.astype(np.int64) * len(stem_values) + stem_codes
    keys, first, counts = np.unique(pairs, return_index=True, return_counts=True)
    sizes = np.bincount(group_codes, minlength=len(group_values))
    own: dict[str, str] = {}
    # per group: the largest count, ties broken by the earliest first row (Counter.most_common)
    order = np.lexsort((first, -counts, keys // len(stem_values)))
    seen: set[int] = set()
    for position in order:
        group = int(keys[position] // len(stem_values))
        if group in seen:
            continue
        seen.add(group)
        if sizes[group] >= MIN_LEARN and counts[position] * 2 >= sizes[group]:
            own[group_values[group]] = stem_values[int(keys[position] % len(stem_values))]
    return own


def reposts(dataset: Dataset, candidates: np.ndarray, own_prefixes: list[str]) -> dict[int, str]:
    """Among the row positions `candidates`, those that are reposts, with the reason."""
    reasons: dict[int, str] = {}
    if not len(candidates):
        return reasons
    publisher = dataset.values(PUBLISHER) if dataset.has(PUBLISHER) else None
    if dataset.has(SOURCE) and publisher is not None:
        sources = dataset.values(SOURCE)
        for index in candidates:
            source, owner = normalize_text(sources[index]), normalize_text(publisher[index])
            if source and owner and source not in OWN_SOURCE_WORDS and source not in owner and owner not in source:
                reasons[int(index)] = f"来源为“{sources[index]}”，与发布机构“{publisher[index]}”不同，属转载"
    if dataset.has(DOCNO):
        numbers = dataset.values(DOCNO)
        stems = dataset.memo(("docno-stems",), lambda: stems_by_code(*dataset.factorized(DOCNO)))
        groups = (dataset.normalized(PUBLISHER).to_numpy(dtype=object) if publisher is not None
                  else np.zeros(len(dataset), dtype=object))
        prefixes = [normalize_text(prefix) for prefix in own_prefixes]
        own = {} if prefixes else dataset.memo(("docno-own",), lambda: _own_stems(stems, groups))
        for index in candidates:
            index = int(index)
            stem = stems[index]
            if index in reasons or not stem:
                continue
            code = docno_code(numbers[index])
            if prefixes:
                foreign = not any(code.startswith(prefix) for prefix in prefixes)
            else:
                foreign = groups[index] in own and stem != own[groups[index]]
            if foreign:
                reasons[index] = f"文号“{numbers[index]}”的发文机关代字“{code}”不是发布机构本身的，属转载其他机关的文件"
    return reasons


def archival(start: pd.Series, end: pd.Series, candidates: np.ndarray, before: dt.date,
             gap_days: int) -> dict[int, str]:
    """Among `candidates`, archival posts with the reason: 生成日期 before `before`, or more than
    `gap_days` before the catalog's first release."""
    reasons: dict[int, str] = {}
    if not len(candidates):
        return reasons
    first_release = end.min()
    cutoff = pd.Timestamp(before)
    for index in candidates:
        made = start.iat[int(index)]
        if made < cutoff:
            reasons[int(index)] = f"生成日期 {fmt_date(made)} 早于 {before:%Y-%m-%d}，属历史文件补录"
        elif pd.notna(first_release) and (first_release - made).days > gap_days:
            reasons[int(index)] = (f"生成日期 {fmt_date(made)} 早于本目录最早的发布日期 {fmt_date(first_release)} "
                                   f"{gap_days} 天以上，属历史文件补录")
    return reasons
