"""Shared test helpers: small in-memory datasets."""
from __future__ import annotations

import numpy as np
import pandas as pd

from govopen_cli.io.dataset import Dataset


def make_dataset(rows: list[dict], header_row: int = 1, positions: dict[str, int] | None = None) -> Dataset:
    """A catalog Dataset ("t.xlsx" › "目录") from dicts: all values as text, '' where missing.

    Row i of the frame is Excel row header_row + 1 + i; fields get column positions in order of
    first appearance unless `positions` is given.
    """
    names: list[str] = []
    for row in rows:
        for name in row:
            if name not in names:
                names.append(name)
    frame = pd.DataFrame(
        {name: ["" if row.get(name) is None else str(row.get(name)) for row in rows] for name in names},
        columns=names,
        dtype=str,
    )
    if positions is None:
        positions = {name: index for index, name in enumerate(names)}
    return Dataset(
        path="t.xlsx",
        sheet="目录",
        kind="catalog",
        header_row=header_row,
        frame=frame,
        row_numbers=np.arange(header_row + 1, header_row + 1 + len(rows)),
        headers={name: name for name in names},
        positions=dict(positions),
    )
