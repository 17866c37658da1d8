"""Lint of the Word reports of every shipped sample and checklist (tests/sample_reports.py), the annual
report included: what an officer signs as is must not show the program's workings.

No “…” (nothing cut), no check id, rule name, regular expression or internal file name, no Latin word
outside quoted values, the inspected files' names, links and standard designations (GB/T 9704-2012),
quotes inside quotes as ‘’, no doubled agency ending (局局办公室).
"""
from __future__ import annotations

import re

import pytest
from docx import Document

from govopen_cli.checklist.load import load_checklist, shipped_names
from govopen_cli.rules import REGISTRY
from tests.sample_reports import RUNS

NAMES = [run.name for run in RUNS] + ["年度报告"]
CHECK_IDS = sorted({check.id for name in shipped_names() for check in load_checklist(name).checks}, key=len,
                   reverse=True)
FILE_NAMES = sorted({path.name for run in RUNS for path in run.files}, key=len, reverse=True)
ID_SHAPE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]\.[a-z][\w-]*|T\d+(?:\.\d+)+)(?![\w-])")
REGEX_SHAPES = ("(?:", ".{", "\\d", "\\s", "[^", ".*", "|", "^(", ")$", "(?i)")
INTERNAL_FILES = re.compile(r"seeds/|checklists/|samples/|\.ya?ml\b|\.py\b|\.json\b|_[0-9a-f]{8,}")
STANDARD = re.compile(r"(?<![A-Za-z])GB(?:/T)?\s*\d+(?:\.\d+)?(?:-\d{4})?")
LINK = re.compile(r"(?:https?://|www\.)[\w./%?=&#:~+-]+")
QUOTED = re.compile(r"“[^“”]*”|‘[^‘’]*’")


def report_text(path) -> str:
    """Every paragraph and table cell of a Word report, as a reader sees it."""
    document = Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts).replace("\u200b", "")


@pytest.fixture(scope="module")
def texts(sample_reports):
    return {item.name: report_text(item.docx) for item in sample_reports}


def latin_words(text: str) -> list[str]:
    """Latin words left once quoted values, file names, links and standard designations are taken out."""
    for name in FILE_NAMES:
        text = text.replace(name, "")
    text = LINK.sub("", text)
    text = STANDARD.sub("", text)
    text = QUOTED.sub("", text)
    return re.findall(r"[A-Za-z]{2,}", text)


@pytest.mark.parametrize("name", NAMES)
def test_nothing_is_cut_off(texts, name):
    assert "…" not in texts[name] and "..." not in texts[name]


@pytest.mark.parametrize("name", NAMES)
def test_no_check_id_rule_name_or_regex(texts, name):
    text = texts[name]
    assert not [check_id for check_id in CHECK_IDS if re.search(rf"(?<![\w.]){re.escape(check_id)}(?![\w-])", text)]
    assert not ID_SHAPE.findall(text)
    assert not [rule for rule in REGISTRY if re.search(rf"(?<![A-Za-z-]){re.escape(rule)}(?![A-Za-z-])", text)]
    assert not [shape for shape in REGEX_SHAPES if shape in LINK.sub("", text)]


@pytest.mark.parametrize("name", NAMES)
def test_no_internal_file_name(texts, name):
    assert not INTERNAL_FILES.findall(LINK.sub("", texts[name]))


@pytest.mark.parametrize("name", NAMES)
def test_no_latin_word_outside_values_files_links_and_standards(texts, name):
    assert latin_words(texts[name]) == []


@pytest.mark.parametrize("name", NAMES)
def test_quotes_nest_as_single_quotes(texts, name):
    for line in texts[name].splitlines():
        depth = 0
        for char in line:
            depth += {"“": 1, "”": -1}.get(char, 0)
            assert depth <= 1, line


@pytest.mark.parametrize("name", NAMES)
def test_no_doubled_agency_ending(texts, name):
    assert not re.search(r"(局局|委委|办办|政府政府)", texts[name])


def test_the_lint_catches_what_it_looks_for():
    assert latin_words("第5行 coverage 检查；《GB/T 9704-2012》；http://www.qufu.gov.cn；文号“B.docno”") == ["coverage"]
    assert ID_SHAPE.findall("由 B.docno 检查，见 T2.5") == ["B.docno", "T2.5"]
    assert INTERNAL_FILES.findall("网页转载，seeds/001_bcae74b379dc2559.txt")


def test_guidance_an_officer_reads_names_no_check_id():
    """The manual-check guidance and the remedies of the shipped checklists go into the workbook and
    the console as written: another check is named by its title, not by its id."""
    found = [(name, check.id, text) for name in shipped_names() for check in load_checklist(name).checks
             for text in (check.manual or "", check.remedy or "") if ID_SHAPE.search(text)]
    assert found == []
