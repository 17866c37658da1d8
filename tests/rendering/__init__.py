"""Render reports to PDF with LibreOffice and read the pages back with poppler's `pdftotext -bbox-layout`.

The GB/T 9704 fonts are mapped to the installed CJK fonts by `fonts.conf` (next to this file), given to
LibreOffice through FONTCONFIG_FILE, so line and page breaks are the same on every machine with the
fonts .ci/run installs. Without LibreOffice, pdftotext or a CJK font the rendering tests skip with the
reason, except under CI (the CI environment variable set), where they fail: there a missing renderer
must not pass as green.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

import pytest

FONTS_CONF = Path(__file__).resolve().parent / "fonts.conf"
GBT9704_FONTS = ("仿宋_GB2312", "楷体_GB2312", "黑体", "方正小标宋简体")
_XHTML = "{http://www.w3.org/1999/xhtml}"
_PAGE_NUMBER = re.compile(r"^—\s*\d+\s*—$")
# A run of Chinese text (ideographs and full-width punctuation) whose width tells the character size.
_CJK_WORD = re.compile(r"^[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e“”‘’《》]+$")


def environment() -> dict[str, str]:
    return {**os.environ, "FONTCONFIG_FILE": str(FONTS_CONF)}


def missing() -> str | None:
    """Why rendering cannot run here, or None."""
    for tool, package in (("soffice", "libreoffice-writer-nogui libreoffice-calc-nogui"),
                          ("pdftotext", "poppler-utils"), ("fc-match", "fontconfig")):
        if not shutil.which(tool):
            return f"{tool} is not installed (apt-get install {package}; .ci/run does it)"
    for name in GBT9704_FONTS:
        found = subprocess.run(["fc-match", "-f", "%{family}\t%{lang}", name], capture_output=True, text=True,
                               env=environment(), timeout=60).stdout
        family, _, languages = found.partition("\t")
        if "zh-cn" not in languages.split("|"):
            return f"no CJK font for {name} (fc-match gives {family!r}; apt-get install fonts-noto-cjk)"
    return None


def require() -> None:
    """Skip (or, under CI, fail) when the renderer or the fonts are missing."""
    reason = missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"rendering required under CI: {reason}")
        pytest.skip(reason)


def to_pdf(paths: list[Path], out: Path) -> dict[Path, Path]:
    """Convert documents with one LibreOffice run and a throw-away profile; path -> PDF path."""
    out.mkdir(parents=True, exist_ok=True)
    profile = (out / "lo-profile").as_uri()
    completed = subprocess.run(
        [shutil.which("soffice"), f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, paths)],
        capture_output=True, text=True, timeout=600, env=environment(),
    )
    pdfs = {path: out / (path.stem + ".pdf") for path in paths}
    for path, pdf in pdfs.items():
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), (path, completed.stdout + completed.stderr)
    return pdfs


@dataclass
class Line:
    text: str  # the words joined by single spaces
    x0: float
    y0: float
    x1: float
    y1: float
    words: list[tuple[float, float, str]]  # (xMin, xMax, text)

    @property
    def height(self) -> float:
        return round(self.y1 - self.y0, 1)

    @property
    def joined(self) -> str:
        return "".join(text for _, _, text in self.words)


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)  # top to bottom, page-number footer left out

    @property
    def text(self) -> str:
        return "\n".join(line.joined for line in self.lines)


def pages(pdf: Path) -> list[Page]:
    """The pages of a PDF as lines of words with their boxes (pdftotext -bbox-layout)."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True,
                         timeout=120).stdout.decode("utf-8")
    root = ET.fromstring(xml)
    result = []
    for number, element in enumerate(root.iter(f"{_XHTML}page"), 1):
        page = Page(number, float(element.get("width")), float(element.get("height")))
        for line in element.iter(f"{_XHTML}line"):
            words = [(float(w.get("xMin")), float(w.get("xMax")), w.text or "") for w in line.iter(f"{_XHTML}word")]
            if not words:
                continue
            entry = Line(" ".join(text for _, _, text in words), float(line.get("xMin")), float(line.get("yMin")),
                         float(line.get("xMax")), float(line.get("yMax")), words)
            if not _PAGE_NUMBER.match(entry.joined):
                page.lines.append(entry)
        page.lines.sort(key=lambda line: (round(line.y0), line.x0))
        result.append(page)
    return result


def character_sizes(document: list[Page]) -> dict[float, float]:
    """Line height -> the width of one Chinese character in lines of that height (the median width of
    runs of Chinese text), so gaps can be measured in characters whatever the font."""
    widths: dict[float, list[float]] = {}
    for page in document:
        for line in page.lines:
            for x0, x1, text in line.words:
                if len(text) >= 4 and _CJK_WORD.match(text):
                    widths.setdefault(line.height, []).append((x1 - x0) / len(text))
    return {height: median(values) for height, values in widths.items()}


def widest_gap(line: Line, size: float) -> float:
    """The widest space between two characters of a line, in characters: between words as pdftotext
    splits them, and inside a run of Chinese text (its width beyond one character per character,
    spread over its gaps)."""
    worst = 0.0
    for (_, end, _), (start, _, _) in zip(line.words, line.words[1:]):
        worst = max(worst, (start - end) / size)
    for x0, x1, text in line.words:
        if len(text) > 1 and _CJK_WORD.match(text):
            worst = max(worst, ((x1 - x0) - size * len(text)) / (len(text) - 1) / size)
    return worst
