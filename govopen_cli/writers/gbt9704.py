"""Typesetting helpers for 党政机关公文格式 GB/T 9704-2012 with python-docx.

- A4 (210 × 297 mm); margins top 37, bottom 35, left 28, right 26 mm, so the 版心 is 156 × 225 mm.
- Title 2号 (22 pt) 小标宋, centred; body 3号 (16 pt) 仿宋, 2-character first-line indent;
  headings 一、 黑体, （一） 楷体; page numbers “— N —” in 4号 (14 pt) 宋体, odd pages right, even
  pages left, one character in from the edge (§7.5), as a real PAGE field.
- 22 lines per page: the 225 mm 版心 is 637.8 pt; 637.8 / 22 = 28.99 pt, but Word stores line
  spacing in twentieths of a point and 28.99 pt rounds to 580 twips, of which 22 lines (638 pt) no
  longer fit. 579 twips = 28.95 pt gives exactly 22 lines (636.9 pt), hence LINE = Pt(28.95) with
  the rule "exactly".
- python-docx's `font.name` writes only w:ascii/w:hAnsi, and its default template sets theme
  fonts that make CJK text fall back to MS Mincho (anchors.md §4.1). `set_fonts` writes all four
  slots including w:eastAsia and removes the theme attributes, on every run and on the styles.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from lxml import etree

FANGSONG = "仿宋_GB2312"
KAITI = "楷体_GB2312"
HEITI = "黑体"
XIAOBIAOSONG = "方正小标宋简体"
SONGTI = "宋体"
# Fonts Word may substitute when an office machine lacks the GB2312-era names (w:altName).
ALT_NAMES = {FANGSONG: "仿宋", KAITI: "楷体", XIAOBIAOSONG: "宋体", HEITI: "SimHei", SONGTI: "SimSun"}

SIZE_2 = Pt(22)  # 2号
SIZE_3 = Pt(16)  # 3号
SIZE_4 = Pt(14)  # 4号
SIZE_TABLE = Pt(10.5)  # 五号, tables
LINE = Pt(28.95)  # 579 twips: 22 lines in the 225 mm 版心 (see above)
LINE_TWIPS = 579
TABLE_LINE = Pt(13.5)
INDENT_2 = Pt(32)  # two 3号 characters
THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
BLACK = RGBColor(0, 0, 0)


def set_rfonts(rPr, name: str) -> None:
    """Explicit fonts for all four slots (ascii, hAnsi, eastAsia, cs) on a w:rPr; no theme fonts."""
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = rPr.get_or_add_rFonts() if hasattr(rPr, "get_or_add_rFonts") else _prepend(rPr, "w:rFonts")
    for attribute in THEME_ATTRIBUTES:
        key = qn(attribute)
        if key in rFonts.attrib:
            del rFonts.attrib[key]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(slot), name)
    rFonts.set(qn("w:hint"), "eastAsia")


def _prepend(parent, tag: str):
    element = OxmlElement(tag)
    parent.insert(0, element)
    return element


def set_fonts(run, name: str, size=None, bold: bool | None = None) -> None:
    """Font of one run, East Asian slot included (the run keeps it even if styles change)."""
    set_rfonts(run._r.get_or_add_rPr(), name)
    if size is not None:
        run.font.size = size
    if bold is not None:
        run.font.bold = bold
    run.font.color.rgb = BLACK


def _style_font(style, name: str, size, bold: bool = False) -> None:
    set_rfonts(style.element.get_or_add_rPr(), name)
    style.font.size = size
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = BLACK
    color = style.element.rPr.find(qn("w:color"))
    if color is not None:
        for attribute in ("w:themeColor", "w:themeShade", "w:themeTint"):
            if qn(attribute) in color.attrib:
                del color.attrib[qn(attribute)]


def _exact(paragraph_format, line=LINE) -> None:
    paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph_format.line_spacing = line
    paragraph_format.space_before = Pt(0)
    paragraph_format.space_after = Pt(0)


def first_line_chars(paragraph_format, chars: int, char_size=SIZE_3) -> None:
    """First-line indent of `chars` characters: w:firstLine (twips) and w:firstLineChars for Word."""
    paragraph_format.first_line_indent = char_size * chars if chars else Pt(0)
    ind = paragraph_format._element.get_or_add_pPr().find(qn("w:ind"))
    if ind is not None:
        if chars:
            ind.set(qn("w:firstLineChars"), str(chars * 100))
        elif qn("w:firstLineChars") in ind.attrib:
            del ind.attrib[qn("w:firstLineChars")]


def new_document(title: str, author: str, comments: str, date: dt.date):
    """A blank GB/T 9704 document whose properties are fixed by its content and date (no clock,
    no user name), so the same inputs give the same file."""
    document = Document()
    setup_document(document)
    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.language = "zh-CN"
    properties.comments = comments
    properties.created = properties.modified = dt.datetime.combine(date, dt.time(9, 0))
    properties.last_modified_by = "govopen"
    properties.revision = 1
    return document


def setup_document(document) -> None:
    """A4, GB/T 9704 margins, Chinese defaults, the body and heading styles."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance = Mm(15)
    # Page number: its top 7 mm below the 版心 (§7.5): 35 − 7 − 4.9 (a 14 pt line) ≈ 23 mm from the edge.
    section.footer_distance = Mm(23)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is not None:
        grid.set(qn("w:linePitch"), str(LINE_TWIPS))

    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rPr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rPr is not None:
            rFonts = rPr.find(qn("w:rFonts"))
            if rFonts is None:
                rFonts = _prepend(rPr, "w:rFonts")
            for attribute in THEME_ATTRIBUTES:
                if qn(attribute) in rFonts.attrib:
                    del rFonts.attrib[qn(attribute)]
            for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rFonts.set(qn(slot), FANGSONG)
            lang = rPr.find(qn("w:lang"))
            if lang is not None:
                lang.set(qn("w:val"), "en-US")
                lang.set(qn("w:eastAsia"), "zh-CN")
        spacing = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
        if spacing is not None:
            spacing.set(qn("w:after"), "0")
            spacing.set(qn("w:line"), "240")
            spacing.set(qn("w:lineRule"), "auto")

    # Every other style (Title, Heading 3…, their linked character styles) loses its theme fonts
    # too, so text a user restyles later still has an explicit Chinese font.
    for rFonts in styles.element.iter(qn("w:rFonts")):
        if any(qn(attribute) in rFonts.attrib for attribute in THEME_ATTRIBUTES):
            for attribute in THEME_ATTRIBUTES:
                rFonts.attrib.pop(qn(attribute), None)
            for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rFonts.set(qn(slot), FANGSONG)

    normal = styles["Normal"]
    _style_font(normal, FANGSONG, SIZE_3)
    _exact(normal.paragraph_format)
    normal.paragraph_format.widow_control = True
    _no_auto_space(normal.element.get_or_add_pPr())
    for name, font in (("Heading 1", HEITI), ("Heading 2", KAITI)):
        style = styles[name]
        _style_font(style, font, SIZE_3)
        _exact(style.paragraph_format)
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        first_line_chars(style.paragraph_format, 2)
    footer = styles["Footer"]
    _style_font(footer, SONGTI, SIZE_4)
    footer.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    footer.paragraph_format.space_before = Pt(0)
    footer.paragraph_format.space_after = Pt(0)
    _register_fonts(document)
    # python-docx's template carries the thumbnail of an empty page; file browsers would show it.
    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype.endswith("/thumbnail"):
            del package.rels[key]


_PPR_ORDER = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
              "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
              "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN")


def _no_auto_space(pPr) -> None:
    """No extra quarter-em between Chinese and Latin letters or figures (Word's 自动调整中文与西文/数字
    间距): the GB/T 9704 grid of 28 characters a line has none, and justified lines would otherwise
    carry wider gaps wherever a figure stands."""
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        element = pPr.find(qn(tag))
        if element is None:
            element = OxmlElement(tag)
            before = {qn(name) for name in _PPR_ORDER[:_PPR_ORDER.index(tag) + 1]}
            following = next((child for child in pPr if child.tag not in before), None)
            if following is not None:
                following.addprevious(element)
            else:
                pPr.append(element)
        element.set(qn("w:val"), "0")


def _register_fonts(document) -> None:
    """Declare the Chinese fonts in fontTable.xml (GB2312 charset, alternative names) so Word
    substitutes a close face on a machine without them instead of a Latin one."""
    for part in document.part.package.iter_parts():
        if str(part.partname) != "/word/fontTable.xml":
            continue
        root = etree.fromstring(part.blob)
        present = {font.get(qn("w:name")) for font in root.findall(qn("w:font"))}
        for name, alt in ALT_NAMES.items():
            if name in present:
                continue
            font = etree.SubElement(root, qn("w:font"))
            font.set(qn("w:name"), name)
            etree.SubElement(font, qn("w:altName")).set(qn("w:val"), alt)
            etree.SubElement(font, qn("w:charset")).set(qn("w:val"), "86")
            etree.SubElement(font, qn("w:family")).set(qn("w:val"), "modern" if name != XIAOBIAOSONG else "script")
            etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), "fixed" if name != XIAOBIAOSONG else "variable")
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_run(paragraph, text: str, font: str = FANGSONG, size=SIZE_3, bold: bool | None = None):
    run = paragraph.add_run(text)
    set_fonts(run, font, size, bold)
    return run


TITLE_CHARS = 18  # 2号 characters in the 156 mm 版心 (442 pt / 22 pt = 20), less slack for digits and kerning


def title(document, lines: list[str]):
    """2号小标宋, centred, one blank line below (§7.3.1); `lines` are broken where the meaning
    allows (e.g. agency / 年度…自查报告), so a long title never leaves one character alone."""
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _exact(paragraph.paragraph_format, Pt(36))
    first_line_chars(paragraph.paragraph_format, 0)
    for index, line in enumerate(lines):
        run = add_run(paragraph, line, XIAOBIAOSONG, SIZE_2)
        if index < len(lines) - 1:
            run.add_break()
    blank(document)
    return paragraph


def title_lines(title_text: str, first: str | None = None) -> list[str]:
    """One line if it fits; else break after `first` (the agency name) when that gives two lines."""
    if text_width(title_text) <= TITLE_CHARS or not first or not title_text.startswith(first):
        return [title_text]
    rest = title_text[len(first):]
    if not rest or text_width(first) > TITLE_CHARS:
        return [title_text]
    return [first, rest]


def blank(document):
    paragraph = document.add_paragraph()
    add_run(paragraph, "")
    return paragraph


ZERO_WIDTH_SPACE = "\u200b"
_LONG_WORD = re.compile(r"[A-Za-z0-9/\\._:#%&=?+@~-]{11,}")
_PIECE = 4  # at most this many Latin characters (two Chinese widths) without a break opportunity


def _break_word(match: re.Match) -> str:
    pieces, current = [], ""
    for char in match.group():
        current += char
        if char in "/-_.?&=" or len(current) >= _PIECE:
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return ZERO_WIDTH_SPACE.join(pieces)


def breakable(text: str) -> str:
    """Long Latin words (索引号, codes, links) with invisible break opportunities after separators
    and every few characters. A justified line cannot break inside such a word, so without them the
    whole word moves to the next line and the line it left is stretched letter by letter; with them
    it wraps like Chinese text (Word's 允许西文在单词中间换行, which LibreOffice does not read)."""
    text = _LONG_WORD.sub(_break_word, text)
    # Lists of figures (第81、248、302行): LibreOffice keeps a figure, a 、 and the next figure together.
    return re.sub(r"(?<=[0-9A-Za-z][、，；])(?=[0-9A-Za-z])", ZERO_WIDTH_SPACE, text)


def body(document, text: str, runs: Iterable[tuple[str, str, bool]] | None = None):
    """A 3号仿宋 paragraph, two characters in; `runs` (text, font, bold) for mixed fonts."""
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    first_line_chars(paragraph.paragraph_format, 2)
    for part, font, bold in runs or [(text, FANGSONG, False)]:
        add_run(paragraph, breakable(part), font, SIZE_3, bold)
    return paragraph


def heading(document, text: str, level: int):
    """一、 in 黑体 (level 1), （一） in 楷体 (level 2), both 3号 and indented two characters."""
    font = HEITI if level == 1 else KAITI
    paragraph = document.add_paragraph(style=f"Heading {level}")
    add_run(paragraph, text, font, SIZE_3, False)
    return paragraph


def right_aligned(document, text: str, right_chars: float = 0):
    """Signature and date: right-aligned, `right_chars` characters from the right edge."""
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    first_line_chars(paragraph.paragraph_format, 0)
    paragraph.paragraph_format.right_indent = Pt(16 * right_chars) if right_chars > 0 else Pt(0)
    add_run(paragraph, text)
    return paragraph


def keep_with_next(paragraph, together: bool = False):
    """Never let a page break fall after `paragraph` (nor, with `together`, inside it)."""
    paragraph.paragraph_format.keep_with_next = True
    if together:
        paragraph.paragraph_format.keep_together = True
    return paragraph


def last_paragraph(document):
    return document.paragraphs[-1] if document.paragraphs else None


def signature(document, agency: str, date_text: str, blanks: int = 1):
    """落款 (§7.3.5.1): the agency centred over the date, the date four characters in from the right,
    `blanks` empty lines below the text (room for the seal). The last lines of the text, the blank
    lines, the agency and the date are chained with keep-with-next, so the 落款 never stands alone on
    a page nor splits across two. Returns the agency and date paragraphs."""
    previous = last_paragraph(document)
    if previous is not None:
        keep_with_next(previous)
    for _ in range(blanks):
        keep_with_next(blank(document))
    offset = 4 + (text_width(date_text) - text_width(agency)) / 2
    name = keep_with_next(right_aligned(document, agency, max(offset, 0)), together=True)
    date = right_aligned(document, date_text, 4)
    date.paragraph_format.keep_together = True
    return name, date


def attachment_note(document, names: list[str]):
    """附件说明 (§7.3.4): one blank line below the text, two characters in, “附件：1.名称”; further
    names aligned under the first. Kept with the text above and the 落款 below."""
    previous = last_paragraph(document)
    if previous is not None:
        keep_with_next(previous)
    keep_with_next(blank(document))
    paragraphs = []
    for number, name in enumerate(names, 1):
        lead = "附件：" if number == 1 else "\u3000" * 3
        paragraph = body(document, f"{lead}{number}.{name}")
        paragraphs.append(keep_with_next(paragraph, together=True))
    return paragraphs


def attachment_page(document, number: int, caption_lines: list[str]):
    """An attachment on a new page (§8): “附件N” in 3号黑体 flush left on the first line, the title
    centred on the third line in 2号小标宋, then one blank line. All are kept with what follows
    (the table), so a caption never ends a page."""
    label = document.add_paragraph()
    label.paragraph_format.page_break_before = True
    _exact(label.paragraph_format)
    first_line_chars(label.paragraph_format, 0)
    add_run(label, f"附件{number}", HEITI, SIZE_3)
    keep_with_next(label)
    keep_with_next(blank(document))
    caption = title(document, caption_lines)
    keep_with_next(caption, together=True)
    keep_with_next(last_paragraph(document))  # the blank line under the title
    return caption


def text_width(text: str) -> float:
    """Width in Chinese characters (ASCII counts half)."""
    return sum(0.5 if ord(char) < 0x2E80 else 1 for char in text)


# --- page numbers -------------------------------------------------------------------------------


def _field(run, instruction: str = "PAGE") -> None:
    """begin / instrText / separate / placeholder / end — a field Word and LibreOffice update."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _page_number(paragraph, align, indent) -> None:
    paragraph.style = "Footer"
    paragraph.alignment = align
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        paragraph.paragraph_format.right_indent = indent
    else:
        paragraph.paragraph_format.left_indent = indent
    add_run(paragraph, "— ", SONGTI, SIZE_4)
    _field(add_run(paragraph, "", SONGTI, SIZE_4))
    add_run(paragraph, " —", SONGTI, SIZE_4)


def page_numbers(document) -> None:
    """“— N —” in 4号宋体: odd pages right, even pages left, one character in (§7.5). Call last."""
    document.settings.odd_and_even_pages_header_footer = True
    for section in document.sections:
        odd = section.footer
        odd.is_linked_to_previous = False
        _page_number(odd.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT, SIZE_4)
        even = section.even_page_footer
        even.is_linked_to_previous = False
        _page_number(even.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT, SIZE_4)


# --- tables -------------------------------------------------------------------------------------


def _cell_paragraph(cell, text: str, bold: bool, align) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    _exact(fmt, TABLE_LINE)
    first_line_chars(fmt, 0)
    add_run(paragraph, text, FANGSONG, SIZE_TABLE, bold)


def _cell_margins(table, left_right_twips: int = 57) -> None:
    tblPr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(left_right_twips if side in ("left", "right") else 0))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def table(document, headers: list[str], rows: list[list[str]], widths_cm: list[float],
          centred: set[int] = frozenset(), merge_column: int | None = None, groups: list[int] | None = None):
    """A grid table: 仿宋 五号, bold header row repeated on every page, rows never split.

    `groups` lists how many rows each value of `merge_column` spans (vertically merged cells)."""
    grid = document.add_table(rows=1 + len(rows), cols=len(headers))
    grid.style = document.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    _cell_margins(grid)
    for index, row in enumerate(grid.rows):
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))
        if index == 0:
            trPr.append(OxmlElement("w:tblHeader"))
    for column, width in enumerate(widths_cm):
        grid.columns[column].width = Cm(width)
    for index, values in enumerate([headers, *rows]):
        cells = grid.rows[index].cells
        for column, value in enumerate(values):
            cell = cells[column]
            cell.width = Cm(widths_cm[column])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            align = WD_ALIGN_PARAGRAPH.CENTER if index == 0 or column in centred else WD_ALIGN_PARAGRAPH.LEFT
            _cell_paragraph(cell, value, index == 0, align)
    if merge_column is not None and groups:
        start = 1
        for span in groups:
            if span > 1:
                top = grid.cell(start, merge_column)
                bottom = grid.cell(start + span - 1, merge_column)
                merged = top.merge(bottom)
                # merge() moves the (empty) paragraphs of the lower cells into the top one: keep one.
                for extra in merged.paragraphs[1:]:
                    if not extra.text:
                        extra._element.getparent().remove(extra._element)
            start += span
    return grid
