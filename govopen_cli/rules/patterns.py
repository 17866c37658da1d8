"""Checklist regexes (`matches:` in conditions, the `regex` of the pattern rule) under a time budget.

A pattern such as ^(a+)+$ backtracks exponentially: against a 40-character title it never returns,
and the stdlib `re` cannot be interrupted. These patterns run through the `regex` package, whose
calls take a timeout; the budget is per check, not per cell (100,000 cells × a per-call timeout
would be no limit): the engine opens a budget for each check, every call gets what is left of it,
and the allowance grows with the number of cells scanned so a large file is not mistaken for a
runaway pattern. A check that runs out ends with status `error` and a note naming its line.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterator

import numpy as np

try:  # a declared dependency; without it patterns still run, but cannot be interrupted
    import regex as _engine
except ImportError:  # pragma: no cover - only in an environment installed before regex was added
    import re as _engine

BASE_SECONDS = 2.0  # per check
SECONDS_PER_CELL = 20e-6  # added for every cell a pattern of the check scans
_INTERRUPTIBLE = _engine.__name__ == "regex"


class PatternTimeout(Exception):
    """A checklist pattern ran past its check's time budget."""

    def __init__(self, pattern: str, seconds: float):
        super().__init__(pattern)
        self.pattern, self.seconds = pattern, seconds


class _Budget:
    def __init__(self, seconds: float):
        self.started = time.monotonic()
        self.deadline = self.started + seconds

    def extend(self, cells: int) -> None:
        self.deadline += cells * SECONDS_PER_CELL


_current: list[_Budget] = []


@contextmanager
def budget(seconds: float | None = None) -> Iterator[None]:
    """The time budget of one check; patterns run outside one get a budget of their own."""
    _current.append(_Budget(BASE_SECONDS if seconds is None else seconds))
    try:
        yield
    finally:
        _current.pop()


@lru_cache(maxsize=256)
def _compiled(pattern: str):
    return _engine.compile(pattern)


def matches(values: np.ndarray, pattern: str, whole: bool = False) -> np.ndarray:
    """True where `pattern` is found in the value (or matches all of it, `whole`); raises
    PatternTimeout when the check's budget runs out. Each distinct value is tried once."""
    import pandas as pd

    compiled = _compiled(pattern)
    method = compiled.fullmatch if whole else compiled.search
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    own = None if _current else _Budget(BASE_SECONDS)
    current = _current[-1] if _current else own
    current.extend(len(distinct))
    found = np.zeros(len(distinct) + 1, dtype=bool)  # the last slot is for missing values (code -1)
    clock = time.monotonic
    for position, value in enumerate(distinct):
        if not isinstance(value, str):
            continue
        left = current.deadline - clock()
        try:
            if left <= 0:
                raise TimeoutError
            found[position] = (method(value, timeout=left) if _INTERRUPTIBLE else method(value)) is not None
        except TimeoutError:
            raise PatternTimeout(pattern, current.deadline - current.started) from None
    return found[codes]


def pattern_line(check: Any, pattern: str) -> str:
    """"file 第 N 行" of the key holding `pattern` in the check's YAML (the check's own line when
    the key's line is unknown)."""
    path, _, line = (check.origin or "").rpartition(":")
    found = _find_key_line(check.params, pattern)
    where = found or (int(line) if line.isdigit() else None)
    return f"{path} 第 {where} 行" if path and where else (path or "检查清单")


def _find_key_line(node: Any, pattern: str) -> int | None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("matches", "regex") and value == pattern:
                line = getattr(node, "key_lines", {}).get(key)
                if line:
                    return line
            found = _find_key_line(value, pattern)
            if found:
                return found
    elif isinstance(node, list):
        for item in node:
            found = _find_key_line(item, pattern)
            if found:
                return found
    return None
