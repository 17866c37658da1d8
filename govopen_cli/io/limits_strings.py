"""Shared strings of an .xlsx: what the reader reserves for them and copies out of them.

calamine reserves room for as many strings as <sst uniqueCount="…"> declares (a failed
reservation aborts the process), and copies a shared string into every cell that refers to it:
20,000 references to one 30,000-character string are 1.8 GB of text from a 40 KB file. So the
declared count is held to what the part can hold, and the text the references copy is bounded
cheaply first (references × the longest string, from counts made at C speed during the sheet
scan), then counted reference by reference only when that bound is past the limit (a long
string in a large workbook; attacks). Sizes are bytes of the string's XML, an upper bound of its
UTF-8 text.
"""
from __future__ import annotations

import re
import zipfile
from array import array
from dataclasses import dataclass, field

from govopen_cli.io import limits as lim

_UNIQUE_COUNT = re.compile(rb"""<(?:[\w.-]+:)?sst\b[^>]*?\buniqueCount\s*=\s*["']\s*\+?(\d+)""")
# The form every writer uses for a shared-string cell's value: t="s" last, then <v>index</v>.
_STANDARD_REFERENCE = re.compile(rb'"s"><v>(\d{1,10})</v>')
_SMALLEST_STRING = 5  # <si/>
_ROOT = re.compile(rb"<([\w.-]+:)?sst\b")


@dataclass
class References:
    """Counted while the sheets are scanned: tokens that may mark a shared-string cell."""
    count: int = 0
    parts: list[zipfile.ZipInfo] = field(default_factory=list)

    def add(self, chunk: bytes, start: int, end: int) -> None:
        self.count += chunk.count(b'"s"', start, end)
        if b"'" in chunk:  # attribute values in single quotes: rare, counted only then
            self.count += chunk.count(b"'s'", start, end)


def part(names: dict[str, zipfile.ZipInfo]) -> zipfile.ZipInfo | None:
    """The shared strings part as calamine finds it (names compared without case)."""
    return next((info for name, info in names.items() if name.lower() == "xl/sharedstrings.xml"), None)


def check(path: str, info: zipfile.ZipInfo, references: References, limits: lim.Limits) -> None:
    longest, prefixed = _longest(path, info, limits)
    if references.count * longest <= limits.text_mb << 20:
        return
    total = references.count * longest if prefixed else _counted(path, info, references, longest, limits)
    lim.check_text_total(path, total, limits)


def _texts(path: str, info: zipfile.ZipInfo, limits: lim.Limits):
    """The part's XML in pieces that end before a tag; the declared count checked first."""
    first = True
    for chunk, start, end in lim._xml_chunks(path, info, limits):
        if first:
            first = False
            declared = _UNIQUE_COUNT.search(chunk, start, end)
            if declared and int(declared.group(1)) > max(info.file_size // _SMALLEST_STRING, 1 << 20):
                raise lim.damaged(f"{path} › {info.filename}", f"声明了 {int(declared.group(1)):,} 个共享字符串，部件容纳不下")
        yield chunk[start:end]


def _longest(path: str, info: zipfile.ZipInfo, limits: lim.Limits) -> tuple[int, bool]:
    """The size of the longest string's XML (from one "<si" to the next), and whether strings
    are written <x:si> (then the cut is not by string)."""
    longest = current = 0
    prefixed = None
    for text in _texts(path, info, limits):
        if prefixed is None:
            root = _ROOT.search(text)
            prefixed = bool(root and root.group(1))
        pieces = text.split(b"<si")
        if len(pieces) == 1:
            current += len(text)
            continue
        longest = max(longest, current + len(pieces[0]), max(map(len, pieces)))
        current = len(pieces[-1])
    return max(longest, current), bool(prefixed)


def _spans(path: str, info: zipfile.ZipInfo, limits: lim.Limits) -> array:
    """The size of each string's XML, by index."""
    spans = array("I")
    current, started = 0, False
    for text in _texts(path, info, limits):
        pieces = text.split(b"<si")
        current += len(pieces[0])
        if len(pieces) > 1:
            if started:
                spans.append(current)
            spans.extend(map(len, pieces[1:-1]))
            current, started = len(pieces[-1]), True
    if started:
        spans.append(current)
    return spans


def _counted(path: str, info: zipfile.ZipInfo, references: References, longest: int, limits: lim.Limits) -> int:
    """The text the references copy: each standard reference by its string's size, any other
    token that may mark a shared-string cell as the longest string."""
    spans = _spans(path, info, limits)
    total = standard = 0
    known = len(spans)
    for sheet in references.parts:
        for chunk, start, end in lim._xml_chunks(path, sheet, limits):
            for index in map(int, _STANDARD_REFERENCE.findall(chunk, start, end)):
                standard += 1
                if index < known:
                    total += spans[index]
    return total + max(0, references.count - standard) * longest
