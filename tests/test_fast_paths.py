"""The column shortcuts the checks take for speed (issue 20) give exactly what the plain per-cell
work gives: on the real values of tests/corpus (sources in its README and CSV files) and on
generated strings (constructed, from the characters these values are made of)."""
from __future__ import annotations

import csv
import os
import re
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from govopen_cli.checklist.load import load_checklist
from govopen_cli.io.dataset import _rows_with_digit_run
from govopen_cli.rules.codes import _INDEX_HEAD, _index_heads
from govopen_cli.rules import items
from govopen_cli.rules.set_aside import STEM, _own_stems, docno_code, docno_stems
from tests.helpers import make_dataset
from tests.title_corpus import labelled_rows

CORPUS = os.path.join(os.path.dirname(__file__), "corpus")


def corpus_column(name: str) -> list[str]:
    """Every value of column `name` in the corpus CSV files (catalog runs included)."""
    values = []
    for folder, _, files in os.walk(CORPUS):
        for file in sorted(files):
            if file.endswith(".csv"):
                with open(os.path.join(folder, file), encoding="utf-8") as handle:
                    values += [row[name] for row in csv.DictReader(handle) if row.get(name) is not None]
    return values


def heads_one_by_one(values: list[str]) -> list[str | None]:
    return [match.group(1) if (match := _INDEX_HEAD.fullmatch(value)) else None for value in values]


def heads_by_column(values: list[str]) -> list[str | None]:
    """_index_heads per value; its heads are numbered in order of first appearance."""
    codes, heads = _index_heads(np.array(values, dtype=object))
    assert heads == [head for head in dict.fromkeys(heads_one_by_one(values)) if head is not None]
    return [heads[code] if code >= 0 else None for code in codes.tolist()]


def test_index_heads_of_real_index_numbers():
    values = corpus_column("索引号")
    assert len(values) > 300
    assert heads_by_column(values) == heads_one_by_one(values)
    assert sum(head is not None for head in heads_one_by_one(values)) > 250  # the fast path is exercised


# Constructed: slips and forms around the cut before the trailing digits.
@pytest.mark.parametrize("value", [
    "000014349/2019-00007", "000014349/2019-000000007", "000014349/2019-", "000014349/2019-０7",
    "000014349/2019-0000１", "00001434-9/00007", "3070211020000013000000/2022030200000032",
    "3070211020000013000000/20220302", "20191202-189769", "11411424005877864X-zcxzf-00004650",
    "", "-", "-1", "2019-1", " 000014349/2019-00007", "000014349/2019-00007 ",
])
def test_index_heads_of_constructed_values(value):
    values = [value, "000014349/2019-00007", value]
    assert heads_by_column(values) == heads_one_by_one(values)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="0123456789０/-AXzk ", max_size=24), min_size=1, max_size=12))
def test_index_heads_of_generated_values(values):
    assert heads_by_column(values) == heads_one_by_one(values)


def stems_one_by_one(values: list[str]) -> list[str]:
    return [docno_code(value)[:STEM] for value in values]


def test_docno_stems_of_real_docnos():
    values = corpus_column("文号")
    assert len(values) > 100
    assert docno_stems(np.array(values, dtype=object)).tolist() == stems_one_by_one(values)
    assert sum(bool(stem) for stem in stems_one_by_one(values)) > 50


# Constructed: the year after the head, inside the serial run, split by the cut, 號, spaces.
@pytest.mark.parametrize("value", [
    "曲交发〔2023〕12号", "曲交发2023123号", "曲交发20", "曲交发2023", "曲交发〔20〕23號", "曲交发 2023 5 号",
    "鲁交发〔2023〕0号号", "号2023", "12号", "", "曲交发〔２０２３〕5号", "曲交發[2023]7號", "國辦發〔2016〕80號",
])
def test_docno_stems_of_constructed_values(value):
    values = [value, "曲交发〔2023〕1号", value]
    assert docno_stems(np.array(values, dtype=object)).tolist() == stems_one_by_one(values)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="曲交发號号〔〕[ 0129２", max_size=14), min_size=1, max_size=12))
def test_docno_stems_of_generated_values(values):
    assert docno_stems(np.array(values, dtype=object)).tolist() == stems_one_by_one(values)


def own_stems_one_by_one(stems: np.ndarray, groups: np.ndarray) -> dict:
    """The rule as first written: per publisher, Counter.most_common over its non-empty codes."""
    own = {}
    for group in dict.fromkeys(groups.tolist()):
        found = [stem for stem in stems[groups == group] if stem]
        if len(found) >= 3:
            stem, count = Counter(found).most_common(1)[0]
            if count * 2 >= len(found):
                own[group] = stem
    return own


def test_own_stems_ties_go_to_the_code_met_first():
    stems = np.array(["曲交", "济交", "济交", "曲交", "", "鲁交", "鲁交", "鲁交", "曲政"], dtype=object)
    groups = np.array(["甲", "甲", "甲", "甲", "甲", "乙", "乙", "乙", "丙"], dtype=object)
    assert _own_stems(stems, groups) == {"甲": "曲交", "乙": "鲁交"}  # 丙 has too few to learn from


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "曲交", "济交", "鲁政"]), st.sampled_from(["甲", "乙", "丙"])),
                max_size=30))
def test_own_stems_as_counted_one_by_one(pairs):
    stems = np.array([stem for stem, _ in pairs], dtype=object)
    groups = np.array([group for _, group in pairs], dtype=object)
    assert _own_stems(stems, groups) == own_stems_one_by_one(stems, groups)


def test_placeholders_of_any_length_and_spacing():
    values = ["无", " N / A ", "— —", "—   —   —   —   —", "无文号", "无关", "", "null", "鲁交发〔2023〕1号"] * 3
    dataset = make_dataset([{"文号": value} for value in values])
    found = dataset.placeholder("文号", ("无", "N/A", "— —", "—   —   —   —   —", "无文号", "NULL"))
    assert [value for value, hit in zip(values, found) if hit] == (
        ["无", " N / A ", "— —", "—   —   —   —   —", "无文号", "null"] * 3)


DIGIT_RUN = re.compile(r"[0-9０-９](?:[ \-－]?[0-9０-９]){10}")  # the candidates the privacy rule judges


def rows_by_regex(values: list[str]) -> list[int]:
    return [index for index, value in enumerate(values) if DIGIT_RUN.search(value)]


def test_digit_runs_on_repeated_and_on_distinct_values():
    """A field whose values repeat is scanned once per distinct value; the rows found are those a
    regex search of every cell finds. Values constructed."""
    repeated = ["电话 13812345678", "无号码", "合同 1234567890123", "电话 13812345678"] * 50
    distinct = [f"第{number}条 {number:011d}" if number % 3 else f"第{number}条" for number in range(200)]
    dataset = make_dataset([{"内容概述": one, "信息名称": other} for one, other in zip(repeated, distinct)])
    assert dataset.distinct("内容概述") is not None and dataset.distinct("信息名称") is None
    for name, values in (("内容概述", repeated), ("信息名称", distinct)):
        assert dataset.rows_with_digit_run(name, 11).tolist() == rows_by_regex(values)


def test_digit_runs_on_real_published_values_match_the_regex():
    """Every cell of the real catalog runs and value lists of tests/corpus (索引号 with long digit
    runs among them) and the real titles of the title corpus."""
    values = []
    for folder, _, files in os.walk(CORPUS):
        for file in sorted(files):
            if file.endswith(".csv"):
                with open(os.path.join(folder, file), encoding="utf-8") as handle:
                    values += [cell for row in csv.reader(handle) for cell in row]
    values += [row["title"] for row in labelled_rows()]
    assert len(values) > 10000 and len(rows_by_regex(values)) > 100
    assert _rows_with_digit_run(np.array(values, dtype=object), 11).tolist() == rows_by_regex(values)


# Digits, full-width digits, the separators, a doubled separator, other characters, a line break
# inside a cell and a character outside the Basic Multilingual Plane (two UTF-16 units).
RUN_ALPHABET = st.sampled_from(list("0123456789０１２３４５６７８９") * 3 + [" ", "-", "－", "  ", "号", "a", "\n", "𠮷", "，"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(RUN_ALPHABET, max_size=40).map("".join), min_size=1, max_size=30))
def test_digit_runs_on_generated_strings_match_the_regex(values):
    found = _rows_with_digit_run(np.array(values, dtype=object), 11).tolist()
    assert found == rows_by_regex(values)


def test_a_row_subset_reads_what_a_copy_of_its_rows_holds():
    """subset() takes its fields from the parent when first read (dates and normalised text the
    parent worked out are sliced); every derived column equals that of a dataset built from the
    same rows. Values constructed."""
    rows = [{"索引号": f"000014349/2023-{number % 7:05d}", "公开方式": ["主动公开", "主動公開", "依申请公开"][number % 3],
             "发布日期": ["2023-01-03", "2023年1月5日", "2023-02-30", ""][number % 4], "文号": ["无", "曲交发〔2023〕1号", ""][number % 3]}
            for number in range(40)]
    parent = make_dataset(rows)
    parent.dates("发布日期")  # worked out in the parent before the subset is taken
    mask = np.array([number % 3 != 2 for number in range(40)])
    part = parent.subset(mask)
    copy = make_dataset([row for row, keep in zip(rows, mask) if keep])
    assert len(part) == len(copy) == int(mask.sum()) and "frame" not in part.__dict__
    assert part.row_numbers.tolist() == parent.row_numbers[mask].tolist()
    for name in ("索引号", "公开方式", "发布日期", "文号"):
        assert part.values(name).tolist() == copy.values(name).tolist()
        assert part.text(name).tolist() == copy.text(name).tolist()
        assert part.normalized(name).tolist() == copy.normalized(name).tolist()
        assert part.present(name).tolist() == copy.present(name).tolist()
        assert part.placeholder(name, ("无",)).tolist() == copy.placeholder(name, ("无",)).tolist()
        codes, uniques = part.factorized(name)
        assert uniques[codes].tolist() == copy.values(name).tolist()
    assert part.dates("发布日期").tolist() == copy.dates("发布日期").tolist()
    assert part.unreadable_dates("发布日期").tolist() == copy.unreadable_dates("发布日期").tolist()
    assert part.frame.equals(copy.frame)  # built when something reads it whole


def test_unique_on_a_row_subset_names_the_first_row_of_the_subset():
    from govopen_cli.rules.fields import RULES

    rows = [{"索引号": value, "公开方式": mode} for value, mode in
            [("A-1", "不予公开"), ("A-2", "主动公开"), ("A-1", "主动公开"), ("A-2", "主动公开"), ("A-1", "主动公开")]]
    parent = make_dataset(rows)
    part = parent.subset(np.array([row["公开方式"] == "主动公开" for row in rows]))
    hits = list(RULES["unique"].func(None, part, {"field": "索引号"}))
    assert [(hit.index, hit.message) for hit in hits] == [
        (2, "索引号“A-2”重复，与第 3 行相同"), (3, "索引号“A-1”重复，与第 4 行相同")]


# --- item search over long strings (rules.items.RowText) -----------------------------------------

def contains_cell_by_cell(values: list[str], words: list[str]) -> list[bool]:
    pattern = items._term_pattern(words)
    return [bool(re.search(pattern, value)) for value in values] if pattern else [False] * len(values)


def test_item_search_on_real_titles_matches_the_cell_by_cell_search(monkeypatch):
    """Every real title of the title corpus, joined with its summary-like note as 信息名称\\n内容概述,
    searched with every word list of the shipped checklists: the rows found are those a search of
    each cell gives, and each row's text comes back whole. Small chunks, so rows meet chunk edges."""
    monkeypatch.setattr(items, "_CHUNK_ROWS", 997)
    titles = sorted({row["title"] for row in labelled_rows()})
    values = items.normalize_item_series(pd.Series(titles, dtype=object)).tolist()
    values = [value + "\n" + values[(position * 7) % len(values)] for position, value in enumerate(values)]
    text = items.RowText.of(values)
    assert text.texts(np.arange(len(values))) == values
    lists = set()
    for name in ("qufu-transport-2023", "shanghai-transport-2024", "chengguan-keypoints", "qingyunpu-division"):
        for check in load_checklist(name).checks:
            for key in ("item", "partner_item"):
                block = check.params.get(key)
                if block:
                    item = items.Item.from_block(block)
                    lists |= {item.terms, item.not_, item.exclude} | set(item.all)
    lists.discard(())
    assert len(lists) > 100
    found_any = 0
    for words in sorted(lists):
        found = text.contains(re.compile(items._term_pattern(words)))
        assert found.tolist() == contains_cell_by_cell(values, list(words)), words[:5]
        found_any += int(found.any())
    assert found_any > 100


# Characters of terms and of titles, a gap (…), a quoted title, the line break that joins fields,
# a NUL and a character outside the Basic Multilingual Plane.
ITEM_ALPHABET = st.sampled_from(list("预算决公开通知办法") + ["《", "》", "\n", "\x00", "𠮷", "a"])
ITEM_WORD = st.lists(st.sampled_from(list("预算决公开通知办法") + ["…", "《", "𠮷"]), min_size=1, max_size=5).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(ITEM_ALPHABET, max_size=30).map("".join), min_size=1, max_size=40),
       st.lists(ITEM_WORD, min_size=1, max_size=4), st.lists(ITEM_WORD, max_size=3),
       st.lists(ITEM_WORD, max_size=3), st.booleans())
def test_item_search_on_generated_texts_matches_the_cell_by_cell_search(values, words, not_words, group, with_nul):
    """The recogniser on a catalog of generated 信息名称 finds the rows that terms, `not` blanking,
    an `all` group and `exclude` words give cell by cell (a NUL in a cell included)."""
    values = values if with_nul else [value.replace("\x00", "") for value in values]
    item = items.Item.from_block({"terms": words, "not": not_words or None, "all": [group] if group else None,
                                  "exclude": ["通知…法"], "year": "any"})
    dataset = make_dataset([{"信息名称": value} for value in values])
    normalized = items.normalize_item_series(pd.Series(values, dtype=object)).tolist()
    # A `not` phrase of gaps alone (…) names nothing: items.py drops it (empty pattern), so it blanks nothing here
    # either (re.sub with an empty pattern would put a blank between every two characters).
    not_pattern = items._term_pattern(item.not_)
    masked = [re.sub(not_pattern, items.BLANK, value) for value in normalized] if not_pattern else normalized
    wanted = np.array(contains_cell_by_cell(masked, list(item.terms)))
    for alternatives in item.all:
        wanted &= np.array(contains_cell_by_cell(masked, list(alternatives)))
    wanted &= ~np.array(contains_cell_by_cell(masked, list(item.exclude)))
    assert items.recognise(dataset, item).tolist() == wanted.tolist()


@pytest.mark.parametrize("block, titles, wanted", [
    # An `all` word inside a `not` phrase does not count (the phrase names something else).
    ({"terms": ["部门预算"], "not": ["安全生产责任清单"], "all": [["清单"]]},
     ["部门预算和安全生产责任清单", "部门预算清单", "安全生产责任清单"], [False, True, False]),
    # An exclude word inside a `not` phrase does not count either (the module's own example).
    ({"terms": ["权力清单"], "not": ["关于发布"], "exclude": ["发布《"]},
     ["关于发布《权力清单》的公告", "发布《权力清单》", "权力清单"], [True, False, True]),
    # Blanking a phrase can bring the two parts of a gapped term within reach of each other.
    ({"terms": ["重大…项目"], "not": ["一二三四五六七八九十一二三"]},
     ["重大一二三四五六七八九十一二三项目", "重大一二三四五六七八九十一二三四五六七八九十一二三四五项目"], [True, False]),
])
def test_item_words_inside_a_not_phrase(block, titles, wanted):
    """Constructed titles: rows where `not` blanking decides, each rule of the module's doc once."""
    dataset = make_dataset([{"信息名称": title} for title in titles])
    found = items.recognise(dataset, items.Item.from_block({**block, "year": "any"}))
    assert found.tolist() == wanted
