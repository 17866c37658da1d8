"""JSON result (schema govopen.result/1): the contract other tools read."""
from __future__ import annotations

from typing import TextIO

from govopen_cli.result import Result


def render(result: Result) -> str:
    return result.to_json()


def write(result: Result, stream: TextIO) -> None:
    """The result written as the findings are made (memory does not grow with their number)."""
    result.write_json(stream)
