"""JSON result (schema govopen.result/1): the contract other tools read."""
from __future__ import annotations

from govopen_cli.result import Result


def render(result: Result) -> str:
    return result.to_json()
