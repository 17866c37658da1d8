"""SARIF 2.1.0: a rule per check (help text and source clause), a result per finding with file and
row, and stable fingerprints that survive inserted rows."""
from __future__ import annotations

import functools
import io
from typing import Iterator, TextIO
from urllib.parse import quote

from govopen_cli.result import Findings, Result, StreamedList, by_file, fingerprinted, write_one_item_per_line

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
BASELINE_STATES = {"new": "new", "persisting": "unchanged"}


@functools.lru_cache(maxsize=None)  # a few files, thousands of findings each
def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/:")


def render(result: Result) -> str:
    buffer = io.StringIO()
    write(result, buffer)
    return buffer.getvalue()


def write(result: Result, stream: TextIO) -> None:
    """The SARIF log, its results written one per line as the findings are made."""
    rules = []
    index = {}
    for number, check in enumerate(result.checks):
        index[check.id] = number
        help_lines = [part for part in (check.remedy and f"整改措施：{check.remedy}", check.source and f"依据：{check.source}",
                                        check.manual and f"人工核查：{check.manual}") if part]
        rules.append({
            "id": check.id,
            "name": check.rule or "manual",
            "shortDescription": {"text": check.title},
            "fullDescription": {"text": f"{check.title}（{check.source}）" if check.source else check.title},
            "help": {"text": "\n".join(help_lines) or check.title},
            "defaultConfiguration": {"level": LEVELS[check.severity]},
            "properties": {"task": check.task, "units": check.units, "source": check.source, "status": check.status},
        })
    waived = {check.id: check.waiver for check in result.checks if check.status == "waived" and check.waiver}
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "govopen", "version": result.tool.get("version", ""), "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "properties": {"checklist": result.checklist, "as_of": result.as_of, "period": result.period},
            "results": StreamedList(_results(result.findings, by_file(result.inputs), index, waived)),
        }],
    }
    write_one_item_per_line(stream, document)


def _results(findings: Findings, with_file: bool, index: dict[str, int], waived: dict) -> Iterator[dict]:
    for finding, print_ in fingerprinted(findings, with_file):
        location = {"physicalLocation": {"artifactLocation": {"uri": _uri(finding.file or "")},
                                         "region": {"startLine": finding.row or 1}}}
        if finding.sheet or finding.cell:
            location["logicalLocations"] = [{"name": f"{finding.sheet or ''}!{finding.cell or ''}".strip("!"),
                                             "kind": "element"}]
        entry = {
            "ruleId": finding.check,
            "ruleIndex": index.get(finding.check, 0),
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [location],
            # v2: no file name for a single input (a renamed export keeps its fingerprints)
            "partialFingerprints": {"govopenFinding/v2": print_},
            "properties": {"field": finding.field, "column": finding.column, "value": finding.value, "item": finding.item},
        }
        if finding.baseline:
            entry["baselineState"] = BASELINE_STATES[finding.baseline]
        if finding.check in waived:
            entry["suppressions"] = [{"kind": "external", "status": "accepted",
                                      "justification": waived[finding.check]["reason"]}]
        yield entry
