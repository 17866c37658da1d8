"""Compare with an earlier result (`--baseline OLD.json`): each finding is new or persisting, and
the earlier findings no longer present are fixed (整改完成).

Findings are matched by check, field, the row's 索引号 (or its title) and the value, never by row
number, which moves when rows are inserted above, nor by file name when each run has one input
(next month's export has a new name); with several inputs, file and sheet tell them apart. Equal
identities are matched as many times as they occur.
"""
from __future__ import annotations

import json
from collections import Counter

from govopen_cli.errors import InputError
from govopen_cli.library_errors import json_problem, line_of_byte, os_problem
from govopen_cli.result import Result, by_file


def load_result(path: str) -> Result:
    """A saved `govopen check --format json` result (for --baseline and `govopen report`)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as error:
        raise InputError(f"{path}：{os_problem(error)}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InputError(f"{path} 第 {line_of_byte(raw, error.start)} 行：不是 UTF-8 编码（govopen 写出的 JSON 都是 UTF-8），"
                         "文件可能被其他软件另存过") from None
    except json.JSONDecodeError as error:
        raise InputError(f"{path} {json_problem(error)}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}：不是 govopen 检查结果（应由 govopen check --format json 生成）")
    try:
        return Result.from_dict(data)
    except ValueError as error:
        raise InputError(f"{path}：{error}") from None
    except KeyError as error:
        raise InputError(f"{path}：检查结果不完整，缺少“{error.args[0]}”，请用 govopen check --format json 重新生成") from None
    except (TypeError, AttributeError):  # a value of the wrong kind (a list where a mapping belongs …)
        raise InputError(f"{path}：检查结果的格式不对，请用 govopen check --format json 重新生成") from None


def compare(result: Result, old: Result) -> None:
    """Mark result.findings new/persisting and set result.fixed to the earlier findings now gone."""
    with_file = by_file(result.inputs) or by_file(old.inputs)
    remaining = Counter(finding.identity(with_file) for finding in old.findings)
    states = []
    for finding in result.findings:
        key = finding.identity(with_file)
        if remaining[key] > 0:
            remaining[key] -= 1
            states.append("persisting")
        else:
            states.append("new")
    result.findings.set_baseline_states(states)
    fixed = []
    for finding in old.findings:
        key = finding.identity(with_file)
        if remaining[key] > 0:
            remaining[key] -= 1
            finding.baseline = None
            fixed.append(finding)
    result.fixed = fixed
