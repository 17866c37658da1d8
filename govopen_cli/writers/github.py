"""GitHub Actions workflow commands: one `::error file=…,line=…::message` annotation per finding.

Escaping follows the workflow-command rules: in the message % CR LF are percent-encoded, in
properties also : and ,.
"""
from __future__ import annotations

from typing import Iterator, TextIO

from govopen_cli.result import Result

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: Result) -> str:
    return "".join(f"{line}\n" for line in _lines(result))


def write(result: Result, stream: TextIO) -> None:
    """The annotations written one by one as the findings are made."""
    for line in _lines(result):
        stream.write(line)
        stream.write("\n")


def _lines(result: Result) -> Iterator[str]:
    titles = {check.id: check.title for check in result.checks}
    for finding in result.findings:
        props = []
        if finding.file:
            props.append(f"file={_property(finding.file)}")
        if finding.row:
            props.append(f"line={finding.row}")
        props.append(f"title={_property(f'{finding.check} {titles.get(finding.check, finding.check)}')}")
        place = f"{finding.sheet}!{finding.cell}：" if finding.sheet and finding.cell else (f"{finding.cell}：" if finding.cell else "")
        yield f"::{LEVELS[finding.severity]} {','.join(props)}::{_data(place + finding.message)}"
    for check in result.checks:
        if check.status == "error" and check.note:
            yield f"::error title={_property(f'{check.id} {check.title}')}::{_data('无法检查：' + check.note)}"
