"""A dataset: the rows of one sheet, with canonical field names and Excel row numbers kept."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import pandas as pd

from govopen_cli.io.dates import parse_dates
from govopen_cli.io.normalize import normalize_series, simplify_series


def column_letter(position: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    position += 1
    while position:
        position, remainder = divmod(position - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


# Dataset.distinct: factorise a field when at most this share of a sample of its first rows is distinct.
DISTINCT_SAMPLE, DISTINCT_SHARE = 10_000, 0.5


def _rows_containing(values: np.ndarray, pattern: str) -> np.ndarray:
    """Positions in `values` of the strings that contain a match of `pattern` (no newline in it)."""
    joined = "\n".join(values)
    starts = [match.start() for match in re.finditer(pattern, joined)]
    if not starts:
        return np.zeros(0, dtype=np.int64)
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) + 1  # + the separator
    ends = np.cumsum(lengths)  # string i spans [ends[i] - lengths[i], ends[i] - 1)
    return np.unique(np.searchsorted(ends, np.asarray(starts), side="right"))


@dataclass
class Dataset:
    """One sheet (or CSV file) mapped to the canonical fields of a dataset kind.

    `frame` holds one text column per mapped field ('' for empty cells); `row_numbers[i]` is the
    row Excel shows for frame row i (CSV: the line number, header = 1).
    """

    path: str
    sheet: str | None
    kind: str
    header_row: int
    frame: pd.DataFrame
    row_numbers: np.ndarray
    headers: dict[str, str] = field(default_factory=dict)  # field -> header as written
    positions: dict[str, int] = field(default_factory=dict)  # field -> column position (0-based)
    unmapped: list[str] = field(default_factory=list)
    merged_filled: int = 0  # empty cells of merged ranges given the merged value (read.Grid.fill_merged)
    notes: list[str] = field(default_factory=list)  # how the file was read, for the result's warnings
    ambiguous: dict[str, str] = field(default_factory=dict)  # field -> header that may be another field (发文日期)
    _dates: dict[str, tuple[pd.Series, pd.Series]] = field(default_factory=dict, repr=False)
    _normalized: dict[str, pd.Series] = field(default_factory=dict, repr=False)
    _memo: dict[tuple, Any] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.frame)

    def has(self, name: str) -> bool:
        return name in self.positions

    def text(self, name: str) -> pd.Series:
        """The field as stripped text ('' where empty)."""
        return self.memo(("text", name), lambda: self.frame[name])

    def values(self, name: str) -> np.ndarray:
        """The field as a numpy array of str: cheap to index once per offending row."""
        return self.memo(("values", name), lambda: self.frame[name].to_numpy(dtype=object))

    def normalized(self, name: str) -> pd.Series:
        """The field in comparison form (see io.normalize); computed once per run."""
        if name not in self._normalized:
            self._normalized[name] = normalize_series(self.text(name))
        return self._normalized[name]

    def present(self, name: str) -> pd.Series:
        """True where the field is not empty (cached; truthiness of the str cells, done in C)."""
        return self.memo(("present", name), lambda: pd.Series(self.values(name).astype(bool), index=self.frame.index))

    def lengths(self, name: str) -> np.ndarray:
        """The number of characters of each cell of the field (cached)."""
        def compute() -> np.ndarray:
            values = self.values(name)
            return np.fromiter(map(len, values), dtype=np.int64, count=len(values))
        return self.memo(("lengths", name), compute)

    def distinct(self, name: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(codes, uniques) of the field when its values repeat a lot, so that a rule can judge
        each distinct value once and map the verdict back with `verdict[codes]`; None when most
        values are distinct (a sample of the first rows decides: factorising costs more than it
        saves there)."""
        def compute() -> tuple[np.ndarray, np.ndarray] | None:
            values = self.values(name)
            sample = values[:DISTINCT_SAMPLE]
            if len(pd.unique(sample)) > len(sample) * DISTINCT_SHARE:
                return None
            codes, uniques = pd.factorize(values)
            return np.asarray(codes), np.asarray(uniques, dtype=object)
        return self.memo(("distinct", name), compute)

    def placeholder(self, name: str, placeholders: tuple[str, ...]) -> np.ndarray:
        """True where the field holds one of `placeholders` (“无”, “/” …) and nothing else; all
        False when there are none (a checklist's `placeholders: []`)."""
        if not placeholders:
            return np.zeros(len(self), dtype=bool)

        def compute() -> np.ndarray:
            # “— —” with a no-break space, “None”, “NULL”: spacing and letter case do not matter
            exact = set(placeholders)
            folded = {re.sub(r"\s+", "", value).casefold() for value in placeholders}
            longest = max(map(len, folded))
            found = np.zeros(len(self), dtype=bool)
            # Only short cells can be one (a few: the others are skipped in one array step).
            short = np.flatnonzero(self.lengths(name) <= max(longest + 4, *map(len, exact)))
            if len(short):
                codes, uniques = pd.factorize(self.values(name)[short])  # each distinct short value once
                verdicts = np.array([value in exact or 0 < len(value) <= longest + 4
                                     and re.sub(r"\s+", "", value).casefold() in folded for value in uniques],
                                    dtype=bool)
                found[short] = verdicts[codes]
            return found

        return self.memo(("placeholder", name, placeholders), compute)

    def rows_containing(self, name: str, pattern: str) -> np.ndarray:
        """Positions of the rows whose field contains a match of `pattern` (which must not match
        a newline). One regex scan over the column (or its distinct values) joined into a single
        string, instead of one search per cell; matches are mapped back to rows by their offsets."""
        def compute() -> np.ndarray:
            distinct = self.distinct(name)
            if distinct is None:
                return _rows_containing(self.values(name), pattern)
            codes, uniques = distinct
            matched = np.zeros(len(uniques) + 1, dtype=bool)  # the last slot: code -1 (none here)
            matched[_rows_containing(uniques, pattern)] = True
            return np.flatnonzero(matched[codes])
        return self.memo(("contains", name, pattern), compute)

    def line_matches(self, name: str, pattern: re.Pattern, group: int = 0) -> np.ndarray:
        """Per row, `group` of the match when the whole field matches `pattern`, else None.
        (A plain fullmatch loop measured faster than pandas' str.extract and than one MULTILINE
        scan of the joined column.)"""
        def compute() -> np.ndarray:
            fullmatch = pattern.fullmatch
            return np.array([match.group(group) if (match := fullmatch(value)) else None
                             for value in self.values(name)], dtype=object)
        return self.memo(("line_matches", name, pattern.pattern, group), compute)

    def simplified(self, name: str) -> pd.Series:
        """The field in Simplified, half-width form with punctuation kept (for regex matching)."""
        return self.memo(("simplified", name), lambda: simplify_series(self.text(name)))

    def memo(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """A value derived from this dataset, computed once per run (rules share parsed columns)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def dates(self, name: str) -> pd.Series:
        """The field parsed as dates (NaT where empty or unreadable); parsed once per run."""
        return self._parsed(name)[0]

    def unreadable_dates(self, name: str) -> pd.Series:
        """True where the field holds text that is not a date."""
        return self._parsed(name)[1]

    def _parsed(self, name: str) -> tuple[pd.Series, pd.Series]:
        if name not in self._dates:
            self._dates[name] = parse_dates(self.text(name))
        return self._dates[name]

    def cell(self, name: str, index: int) -> str:
        """A1 reference of field `name` in frame row `index`."""
        return f"{column_letter(self.positions[name])}{self.row_numbers[index]}"

    def subset(self, mask: np.ndarray) -> "Dataset":
        """The rows where `mask` is True, keeping their Excel row numbers."""
        keep = np.asarray(mask, dtype=bool)
        part = Dataset(self.path, self.sheet, self.kind, self.header_row,
                       self.frame[keep].reset_index(drop=True), self.row_numbers[keep],
                       self.headers, self.positions, self.unmapped, ambiguous=self.ambiguous)
        for name, (dates, unreadable) in self._dates.items():
            part._dates[name] = (dates[keep].reset_index(drop=True), unreadable[keep].reset_index(drop=True))
        for name, normalized in self._normalized.items():
            part._normalized[name] = normalized[keep].reset_index(drop=True)
        return part

    def label(self) -> str:
        """How messages name this dataset: 文件 or 文件 › 工作表."""
        return f"{self.path} › {self.sheet}" if self.sheet else self.path

    def describe(self) -> dict:
        """The `inputs` entry of the JSON result."""
        return {
            "path": self.path,
            "kind": self.kind,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "rows": len(self.frame),
            "columns": dict(self.headers),
            "unmapped": list(self.unmapped),
            **({"merged_cells_filled": self.merged_filled} if self.merged_filled else {}),
            **({"ambiguous": dict(self.ambiguous)} if self.ambiguous else {}),
        }
