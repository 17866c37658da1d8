"""Text that fits a terminal: display width (a Chinese character takes two columns), wrapping
with a hanging indent, and plain column tables whose widest columns wrap to fit.

`width=None` everywhere means "no limit" (`--wide`): nothing is wrapped or shortened.
"""
from __future__ import annotations

import shutil
import unicodedata
from functools import lru_cache

PIPED_WIDTH = 100  # output to a file or a pipe: a width that reads well in any editor or mail
MIN_WIDTH = 40  # below this a table cannot be laid out readably; lines then overflow
GAP = "  "  # between table columns
# Punctuation that must not begin a line (the Chinese line-breaking rule, 避头点) and that must not
# end one: a break before or after them moves the neighbouring character along.
NO_LINE_START = set("，。、；：？！）》」』】〕”’…—～·,.;:?!)]}%")
NO_LINE_END = set("（《「『【〔“‘([{")


def output_width(stream, wide: bool = False) -> int | None:
    """The width to lay out for: none with --wide, the terminal's when `stream` is one, else 100."""
    if wide:
        return None
    try:
        to_terminal = stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream: treat as a pipe
        to_terminal = False
    if not to_terminal:
        return PIPED_WIDTH
    return max(shutil.get_terminal_size((PIPED_WIDTH, 24)).columns, MIN_WIDTH)


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Cf", "Cc", "Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns `text` takes on a terminal (CJK and full-width characters count two)."""
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(char_width(char) for char in text)


def shorten(text: str, width: int | None) -> str:
    """`text` cut to `width` columns with a trailing "…" (unchanged when it fits or width is None)."""
    if width is None or display_width(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        used += char_width(char)
        if used > width - 1:
            break
        kept.append(char)
    return "".join(kept) + "…"


def _break_points(text: str) -> list[str]:
    """Pieces that may not be split: a run of Latin letters/digits (a word, a number, an A1 cell, a
    file name) with its following space, or a single character elsewhere."""
    pieces, word = [], []
    for char in text:
        if char.isascii() and not char.isspace() and char not in "/\\，,;；":
            word.append(char)
            continue
        if word:
            pieces.append("".join(word))
            word = []
        if char == " " and pieces:
            pieces[-1] += char
        else:
            pieces.append(char)
    if word:
        pieces.append("".join(word))
    return pieces


def wrap(text: str, width: int | None, rest: int | None = None) -> list[str]:
    """`text` in lines of at most `width` columns (`rest` columns from the second line on, for a
    hanging indent); a word longer than a whole line is cut."""
    if width is None or display_width(text) <= width:
        return [text]
    limit = max(width, 2)
    lines: list[str] = []
    line: list[str] = []
    used = 0

    def close() -> None:
        nonlocal limit
        lines.append("".join(line).rstrip(" "))
        limit = max(rest if rest is not None else width, 2)

    for piece in _break_points(text):
        size = display_width(piece.rstrip(" "))
        if used + size > limit and line:
            carry: list[str] = []
            # 避头点: closing punctuation stays on the line it closes; an opening one moves along.
            while len(line) > 1 and (carry or [piece])[0][0] in NO_LINE_START:
                carry.insert(0, line.pop())
            while len(line) > 1 and line[-1] and line[-1][-1] in NO_LINE_END:
                carry.insert(0, line.pop())
            close()
            line, used = carry, sum(display_width(part) for part in carry)
        if size > limit:  # a word or path longer than the line: cut it
            for char in piece:
                if used + char_width(char) > limit and line:
                    close()
                    line, used = [], 0
                line.append(char)
                used += char_width(char)
            continue
        line.append(piece)
        used += display_width(piece)
    if line:
        lines.append("".join(line).rstrip(" "))
    return lines


def fit(text: str, width: int | None, indent: int = 0) -> list[str]:
    """A paragraph whose lines after the first are indented by `indent` columns (a hanging indent:
    continuation lines line up under the text, not under its label)."""
    if width is None or display_width(text) <= width:
        return [text]
    lines = wrap(text, width, max(width - indent, MIN_WIDTH // 2))
    return lines[:1] + [" " * indent + line for line in lines[1:]]


def _wrap_cell(cell: str, width: int) -> list[str]:
    """A cell's lines; a cell indented with spaces (a check under its task) keeps the indent."""
    lead = len(cell) - len(cell.lstrip(" "))
    if not lead or lead >= width:
        return wrap(cell, width)
    return [" " * lead + line for line in wrap(cell[lead:], width - lead)]


def fit_widths(natural: list[int], available: int, minimum: list[int]) -> list[int]:
    """Column widths that sum to at most `available`: the widest column gives way first, none
    below its minimum."""
    widths = list(natural)
    while sum(widths) > available:
        shrinkable = [index for index, width in enumerate(widths) if width > minimum[index]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda index: widths[index])
        widths[widest] -= 1
    return widths


def grid(headers: list[str], rows: list[list], width: int | None, indent: int = 0,
         minimum: list[int] | None = None, right: set[int] = frozenset()) -> list[str]:
    """A table in the style of tabulate's "simple": a header, a rule of dashes under each column,
    then the rows; cells that do not fit wrap within their column. `right`: columns of numbers,
    aligned right. Lines (with `indent` spaces before them) are at most `width` columns."""
    table = [[("" if cell is None else str(cell)).replace("\n", " ") for cell in row] for row in rows]
    count = len(headers)
    natural = [max([display_width(headers[column])] + [display_width(row[column]) for row in table])
               for column in range(count)]
    widths = natural
    if width is not None:
        available = max(width, MIN_WIDTH) - indent - len(GAP) * (count - 1)
        floor = minimum or [min(natural[column], max(display_width(headers[column]), 6)) for column in range(count)]
        widths = fit_widths(natural, available, [min(floor[column], natural[column]) for column in range(count)])

    def line(cells: list[str]) -> str:
        padded = []
        for column, cell in enumerate(cells):
            pad = " " * (widths[column] - display_width(cell))
            padded.append(pad + cell if column in right else cell + pad)
        return (" " * indent + GAP.join(padded)).rstrip()

    lines = [line(list(headers)), line(["-" * size for size in widths])]
    for row in table:
        wrapped = [_wrap_cell(cell, widths[column]) for column, cell in enumerate(row)]
        for depth in range(max(len(cell) for cell in wrapped)):
            lines.append(line([cell[depth] if depth < len(cell) else "" for cell in wrapped]))
    return lines
