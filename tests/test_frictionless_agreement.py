"""The benchmark's baseline (benchmarks/bench.py): `frictionless validate` with the Table Schema
for the part of the national baseline that Table Schema can express flags exactly the (row,
column) pairs that govopen's matching checks flag, on a catalog made by the benchmark's own
generator. bench.py makes the same comparison on the 30,000- and 100,000-row files it times."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_frictionless_and_govopen_flag_the_same_cells_on_the_subset(cli, tmp_path):
    bench = _bench()
    if bench.frictionless_command() is None:
        if os.environ.get("CI"):  # the test extra installs it: in CI a missing baseline is a failure
            pytest.fail("frictionless 未安装：测试依赖（.[test]）应已安装它")
        pytest.skip("frictionless 未安装（pip install -e .[test]）")
    rows, injected = bench.make_rows(2000)
    # every defect class the subset covers is in the file
    assert all(injected[name] for name in ("empty-summary", "empty-index", "docno-brackets", "docno-zero",
                                           "docno-lookalike", "index-duplicate", "mode"))
    bench.write_xlsx(str(tmp_path / "catalog.xlsx"), rows)
    (tmp_path / "schema.json").write_text(json.dumps(bench.frictionless_schema(), ensure_ascii=False), encoding="utf-8")

    outcome = cli("check", "catalog.xlsx", "--format", "json", "-o", "result.json", "--as-of", bench.AS_OF)
    assert outcome.code == 1
    result = json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))
    argv = bench.frictionless_argv(str(tmp_path / "catalog.xlsx"), str(tmp_path / "schema.json"), base=str(tmp_path))
    run = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert run.returncode == 1, run.stderr  # invalid: it found the defects
    report = json.loads(run.stdout)

    ours, theirs = bench.govopen_pairs(result), bench.frictionless_pairs(report)
    assert ours == theirs
    # the pairs are the seeded defects of the subset's checks, at their Excel rows
    seeded = {row for row, check in bench.seeded_rows(rows, first_row=bench.HEADER_ROW + 1)
              if check in bench.SUBSET_CHECKS}
    assert {row for row, _ in ours} == seeded
    assert {column for _, column in ours} == {"摘要", "索取号", "发文字号", "公开属性"}
