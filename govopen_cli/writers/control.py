"""Control characters from untrusted cells made harmless in every text output.

A cell may hold ESC, BEL, NUL or any other C0/C1 control character (copied from a web page, a
mis-decoded export, or put there on purpose). Written raw, ESC sequences clear the screen or
retitle the window, and JUnit XML stops being well-formed. Each output gets what its format needs:

- terminal text (the table, messages, GitHub annotations): every control character except newline
  and tab shown as its visible symbol (U+2400 block: ␛ ␇ ␀ …), C1 as U+FFFD;
- XML (JUnit): the same, which also removes every character XML 1.0 forbids (U+FFFE, U+FFFF and
  lone surrogates become U+FFFD);
- JSON (the result, SARIF): C0 is already escaped by the encoder; DEL, C1 and the line separators
  U+2028/U+2029 are written as \\u escapes too, so the same text is safe on a terminal and in
  JavaScript, and parses to the same value.
"""
from __future__ import annotations

import re
from typing import TextIO

_PICTURES = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"}
_PICTURES[0x7F] = 0x2421  # ␡
_PICTURES.update({code: 0xFFFD for code in range(0x80, 0xA0)})
_TERMINAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_XML_EXTRA = re.compile(r"[\ufffe\uffff\ud800-\udfff]")
_JSON = re.compile(r"[\x7f-\x9f\u2028\u2029]")


def for_terminal(text: str) -> str:
    if not _TERMINAL.search(text):  # the usual case: no copy
        return text
    return text.replace("\r\n", "\n").translate(_PICTURES)


def for_xml(text: str) -> str:
    text = for_terminal(text)
    return _XML_EXTRA.sub("\ufffd", text) if _XML_EXTRA.search(text) else text


def for_json(text: str) -> str:
    """JSON text with DEL, C1, U+2028 and U+2029 as \\u escapes (they only occur inside strings)."""
    if not _JSON.search(text):
        return text
    return _JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


CLEANERS = {"table": for_terminal, "github": for_terminal, "junit": for_xml, "json": for_json, "sarif": for_json}


class Cleaned:
    """A text stream that cleans what is written to it as the format `name` needs."""

    def __init__(self, stream: TextIO, name: str):
        self.stream, self.clean = stream, CLEANERS.get(name, for_terminal)

    def write(self, text: str) -> int:
        return self.stream.write(self.clean(text))

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.stream.flush()

    def __getattr__(self, name: str):
        return getattr(self.stream, name)
