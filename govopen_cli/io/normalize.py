"""Text normalisation shared by header mapping, enum checks and `where` matching.

Real exports mix full-width and half-width forms, Traditional and Simplified characters, stray
spaces and decorative quotes (“三公”经费 vs 三公经费). Everything that compares text for meaning goes
through `normalize_text` (one string) or `normalize_series` (a whole column, vectorised).
"""
from __future__ import annotations

import functools
import os
import re
import unicodedata

import numpy as np
import pandas as pd

# Quotes and brackets that officers use decoratively around names; dropped before comparing.
_DECORATIVE = "“”‘’\"'「」『』《》〈〉"
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Character table Traditional -> Simplified, from OpenCC's TSCharacters dictionary.

    Character-level conversion through str.translate is fast enough for whole columns; the phrase
    dictionary matters for prose, not for the field names and category values we compare.
    """
    import opencc  # imported lazily: only needed once per process

    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
    table: dict[int, str] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2 or len(parts[0]) != 1:
                continue
            target = parts[1].split(" ")[0]
            if target and target != parts[0]:
                table[ord(parts[0])] = target
    # OpenCC maps 資訊 -> 资讯 at phrase level; in disclosure texts 資訊公開 means 信息公开.
    return table


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, character by character."""
    return text.translate(_t2s_table())


def normalize_text(text: object) -> str:
    """Canonical comparison form: NFKC (full-width -> half-width), Simplified, no spaces or quotes."""
    if text is None:
        return ""
    value = unicodedata.normalize("NFKC", str(text))
    value = value.translate(_t2s_table())
    value = _SPACES.sub("", value)
    for char in _DECORATIVE:
        value = value.replace(char, "")
    # Removing a space can join a base letter and a combining mark: normalise once more.
    return unicodedata.normalize("NFKC", value.lower())


_STRIP = re.compile(r"[\s" + re.escape(_DECORATIVE) + r"]+")


def as_text(series: pd.Series) -> pd.Series:
    """The column as a Series of Python str with object dtype.

    Not `astype(str)`: in pandas 3 that gives the "str" dtype, which with pyarrow installed is
    Arrow-backed; converting to it and back costs more than the work done on it, so installing
    pyarrow would make govopen slower (benchmarks/readers.py measures it)."""
    values = series.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=False) != "string":  # one C pass; rare: numbers, None
        values = np.array(["" if value is None else str(value) for value in values], dtype=object)
    return pd.Series(values, index=series.index, dtype=object, copy=False)


def simplify_series(series: pd.Series) -> pd.Series:
    """NFKC and Traditional -> Simplified over a column, keeping spaces and punctuation."""
    codes, uniques = pd.factorize(as_text(series))
    text = pd.Series(uniques, dtype=object).str.normalize("NFKC").str.translate(_t2s_table())
    return pd.Series(text.to_numpy(dtype=object)[codes], index=series.index, dtype=object)


def normalize_series(series: pd.Series) -> pd.Series:
    """`normalize_text` over a whole column, once per distinct value (categories repeat a lot)."""
    codes, uniques = pd.factorize(as_text(series))
    text = pd.Series(uniques, dtype=object).str.normalize("NFKC").str.translate(_t2s_table())
    normalized = text.str.replace(_STRIP, "", regex=True).str.lower().str.normalize("NFKC").to_numpy(dtype=object)
    return pd.Series(normalized[codes], index=series.index, dtype=object)
