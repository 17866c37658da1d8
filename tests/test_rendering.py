"""The reports as printed: every shipped sample's Word and Excel reports rendered to PDF by LibreOffice,
each page read back with `pdftotext -bbox-layout` (tests/rendering).

Asserted page by page (issue: a report the officer signs as is):
- the self-inspection report: 附件1 starts a new page after the 落款 (DESIGN §8);
- no page ends on a heading or a caption (they are kept with what follows);
- the 落款 (agency and date) stands on one page together with the last lines of the text;
- no line of body text has gaps between characters wider than half a character (long identifiers wrap
  instead of stretching the line);
- the workbooks print fitted to the page width with their header rows on every page, so they take the
  pages their rows need and no page holds only the right-hand columns.

Skipped with the reason where LibreOffice, pdftotext or a CJK font is missing; under CI they fail.
"""
from __future__ import annotations

import re
import pytest
from docx import Document
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from tests import rendering
from tests.rendering import Page, character_sizes, pages, widest_gap

MAX_GAP = 0.5  # characters
BODY_PT = 16  # 3号: the body text, whose lines are checked for stretching (tables are left-aligned)


@pytest.fixture(scope="module")
def rendered(sample_reports, tmp_path_factory):
    rendering.require()
    out = tmp_path_factory.mktemp("rendered")
    docx = rendering.to_pdf([item.docx for item in sample_reports], out / "docx")
    xlsx = rendering.to_pdf([item.xlsx for item in sample_reports], out / "xlsx")
    return {item.name: (item, pages(docx[item.docx]), pages(xlsx[item.xlsx])) for item in sample_reports}


NAMES = [run.name for run in __import__("tests.sample_reports", fromlist=["RUNS"]).RUNS] + ["年度报告"]
SELF_INSPECTION = NAMES[:-1]


def locate(document: list[Page], text: str) -> list[tuple[int, int]]:
    """(page index, line index) of every line whose text (spaces removed) is `text`."""
    return [(p, l) for p, page in enumerate(document) for l, line in enumerate(page.lines) if line.joined == text]


def kept_texts(path) -> set[str]:
    """Lines that must never end a page: headings, the 附件 label and the attachment's title lines."""
    texts = set()
    for paragraph in Document(str(path)).paragraphs:
        if paragraph.text and (paragraph.style.name.startswith("Heading") or paragraph.paragraph_format.keep_with_next
                               and paragraph.alignment is not None and paragraph.alignment == 1):
            texts.update(part.replace("\u200b", "").replace(" ", "") for part in paragraph.text.split("\n"))
        if re.fullmatch(r"附件\d+", paragraph.text):
            texts.add(paragraph.text)
    return texts


@pytest.mark.parametrize("name", SELF_INSPECTION)
def test_attachment_1_starts_a_new_page_after_the_signature(rendered, name):
    item, document, _ = rendered[name]
    [(date_page, _)] = locate(document, item.date)[:1]
    [(label_page, label_line)] = locate(document, "附件1")
    assert label_page > date_page and label_line == 0, f"{name}: 附件1 on page {label_page + 1}, line {label_line + 1}"
    following = "".join(line.joined for line in document[label_page].lines[1:4])
    assert "汇总表" in following, following
    assert "序号" in document[label_page].text  # the table starts under its caption, on the same page


@pytest.mark.parametrize("name", NAMES)
def test_no_page_ends_on_a_heading_or_caption(rendered, name):
    item, document, _ = rendered[name]
    kept = kept_texts(item.docx)
    assert kept
    for page in document[:-1]:
        assert page.lines[-1].joined not in kept, f"{name}: page {page.number} ends on {page.lines[-1].joined}"


@pytest.mark.parametrize("name", NAMES)
def test_signature_on_one_page_with_the_last_lines_of_text(rendered, name):
    item, document, _ = rendered[name]
    [(date_page, date_line), *_] = locate(document, item.date)
    agency = [(p, l) for p, l in locate(document, item.agency) if p == date_page and l < date_line]
    assert agency, f"{name}: the agency is not on page {date_page + 1} above the date"
    above = [line.joined for line in document[date_page].lines[:agency[-1][1]]
             if not line.joined.startswith("附件：")]
    assert above, f"{name}: the 落款 stands alone on page {date_page + 1}"


@pytest.mark.parametrize("name", NAMES)
def test_no_body_line_is_stretched(rendered, name):
    _, document, _ = rendered[name]
    sizes = character_sizes(document)
    body = min(sizes, key=lambda height: abs(sizes[height] - BODY_PT))  # lines of 3号 text
    size = sizes[body]
    assert abs(size - BODY_PT) < 1.5, sizes
    for page in document:
        for line in page.lines:
            if line.height == body:
                gap = widest_gap(line, size)
                assert gap <= MAX_GAP, f"{name}: page {page.number}: gaps of {gap:.2f} characters in “{line.text}”"


def header_rows(path) -> dict[str, list[str]]:
    """Sheet -> the texts of its repeated header rows (print titles), for sheets that have them."""
    workbook = load_workbook(path)
    headers = {}
    for sheet in workbook.worksheets:
        titles = sheet.print_title_rows
        assert sheet.page_setup.paperSize in (9, "9"), sheet.title  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth in (1, "1"), sheet.title
        if not titles:
            continue
        first, last = (int(part) for part in re.findall(r"\d+", titles)[:2])
        texts = [str(cell.value) for row in sheet.iter_rows(min_row=first, max_row=last) for cell in row
                 if cell.value not in (None, "")]
        headers[sheet.title] = texts
    return headers


@pytest.mark.parametrize("name", NAMES)
def test_workbook_pages_hold_every_column_under_the_header(rendered, name):
    """Each printed page of a sheet with header rows shows all its header labels (the rows repeat and
    no column spills onto a page of its own); only sheets without header rows (one-column notes) may
    print pages without them, one page each."""
    item, _, workbook = rendered[name]
    headers = header_rows(item.xlsx)
    assert headers
    others = len(load_workbook(item.xlsx).worksheets) - len(headers)
    unmatched = []
    for page in workbook:
        text = page.text.replace("\n", "")
        if not any(all(label[:2] in text for label in labels) for labels in headers.values()):
            unmatched.append(f"page {page.number}: {text[:60]}")
    assert len(unmatched) <= others, f"{name}: pages without a full header row: {unmatched}"


@pytest.mark.parametrize("name", ["国家基线-曲阜", "网站栏目", "年度报告"])
def test_workbooks_print_on_a4_fitted_to_width_with_header_rows(sample_reports, name):
    """Without rendering: every sheet is A4, fitted to one page wide and as many down as needed,
    portrait when its columns fit, landscape otherwise, with its header rows repeated."""
    from govopen_cli.writers.print_setup import DEFAULT_WIDTH, PORTRAIT_CHARS

    item = next(item for item in sample_reports if item.name == name)
    workbook = load_workbook(item.xlsx)
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert str(setup.paperSize) == "9" and sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert str(setup.fitToWidth) == "1" and str(setup.fitToHeight) == "0", sheet.title
        width = sum(sheet.column_dimensions[get_column_letter(index)].width or DEFAULT_WIDTH
                    for index in range(1, sheet.max_column + 1))
        assert setup.orientation == ("landscape" if width > PORTRAIT_CHARS else "portrait"), (sheet.title, width)
        if sheet.title not in ("说明",):
            assert sheet.print_title_rows, sheet.title
    if name == "年度报告":  # 表二 fits upright; 表三 and 表四 need the width of a landscape page
        assert {sheet.page_setup.orientation for sheet in workbook.worksheets} == {"portrait", "landscape"}


def test_missing_renderer_skips_here_and_fails_under_ci(monkeypatch):
    monkeypatch.setattr(rendering.shutil, "which", lambda tool: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="soffice is not installed"):
        rendering.require()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="rendering required under CI"):
        rendering.require()
