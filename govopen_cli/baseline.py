"""Compare with an earlier result (`--baseline OLD.json`): each finding is new or persisting, and
the earlier findings no longer present are fixed (整改完成).

Findings are matched by check, file, sheet, field and the row's 索引号 (or the value), never by row
number, which moves when rows are inserted above. Equal identities are matched as many times as
they occur.
"""
from __future__ import annotations

import json
from collections import Counter

from govopen_cli.errors import InputError
from govopen_cli.result import Result


def load_result(path: str) -> Result:
    try:
        with open(path, encoding="utf-8-sig") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise InputError(f"{path}：文件不存在") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        line = f"第 {error.lineno} 行：" if isinstance(error, json.JSONDecodeError) else ""
        raise InputError(f"{path}：{line}不是有效的 JSON 检查结果（请使用 govopen check --format json 的输出）") from None
    try:
        return Result.from_dict(data)
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path}：不是 govopen 检查结果：{error}") from None


def compare(result: Result, old: Result) -> None:
    """Mark result.findings new/persisting and set result.fixed to the earlier findings now gone."""
    remaining = Counter(finding.identity() for finding in old.findings)
    for finding in result.findings:
        key = finding.identity()
        if remaining[key] > 0:
            remaining[key] -= 1
            finding.baseline = "persisting"
        else:
            finding.baseline = "new"
    fixed = []
    for finding in old.findings:
        key = finding.identity()
        if remaining[key] > 0:
            remaining[key] -= 1
            finding.baseline = None
            fixed.append(finding)
    result.fixed = fixed
