"""Hostile files (tests/hostile_files.py): every case ends by itself under 1.5 GB and 5 s of CPU,
with exit 0, 1 or 2 and no traceback; a file past a limit is refused by name, naming the limit;
a batch holding one checks the others. Each case runs in a forked child (tests/hostile_runner.py)
so a reader that aborted or ran away would fail its case, not the test run."""
from __future__ import annotations

import atexit
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from tests import hostile_files

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform != "linux",
                                reason="the memory and CPU limits of these tests use fork and /proc (Linux)")


# Written once when the module is collected (a few seconds), so the cases can be parametrized.
_FOLDER = Path(tempfile.mkdtemp(prefix="govopen-hostile-"))
atexit.register(shutil.rmtree, _FOLDER, True)
CASES = {case.name: case for case in hostile_files.all_cases(_FOLDER)}


@pytest.fixture(scope="module")
def folder() -> Path:
    return _FOLDER


@pytest.fixture(scope="module")
def cases() -> dict[str, hostile_files.Case]:
    return CASES


def _run(argv: list[str], cwd: Path):
    from tests import hostile_runner

    return hostile_runner.run(argv, str(cwd))


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_case_ends_cleanly_within_limits(name, cases, folder):
    case = cases[name]
    if name == "yaml-regex-backtracking":
        pytest.importorskip("regex")  # without it patterns still run, but cannot be interrupted
    assert case.path.stat().st_size < 2_000_000, "hostile files must be small on disk"
    outcome = _run(hostile_files.argv(case, folder), folder)
    text = outcome.out + outcome.err
    assert outcome.signal is None, f"killed by signal {outcome.signal}: {text[-500:]}"
    assert outcome.code in case.expect, text[-800:]
    assert "Traceback" not in text and "内部错误" not in text
    assert outcome.peak_mb < 1536
    if case.refusal:
        assert case.refusal in text
    if case.expect == (2,) and case.family not in ("yaml",):
        assert case.path.name in text  # the message names the file


def test_batch_with_an_over_limit_file_checks_the_others(cases, folder):
    far, good = cases["xlsx-cell-at-XFD1048576"].path, folder / "ok.xlsx"
    second = folder / "ok2.xlsx"
    second.write_bytes(good.read_bytes())
    outcome = _run(["check", "--format", "json", "--as-of", "2024-01-31", str(good), str(far), str(second)], folder)
    assert outcome.signal is None and outcome.code in (0, 1), outcome.err[-800:]
    result = json.loads(outcome.out)
    files = {Path(item["path"]).name: item for item in result["files"]}
    assert files["far.xlsx"]["status"] == "unreadable"
    assert "17,179,869,184 个单元格" in files["far.xlsx"]["error"] and "超过上限" in files["far.xlsx"]["error"]
    assert files["ok.xlsx"]["status"] != "unreadable" and files["ok2.xlsx"]["status"] != "unreadable"
    assert files["ok.xlsx"]["rows"] == 1


def test_folder_batch_with_a_zip_bomb_checks_the_others(cases, folder, tmp_path):
    (tmp_path / "a.xlsx").write_bytes((folder / "ok.xlsx").read_bytes())
    (tmp_path / "b.xlsx").write_bytes(cases["xlsx-1100000-rows-zip-bomb"].path.read_bytes())
    (tmp_path / "c.ods").write_bytes(cases["ods-repeated-columns"].path.read_bytes())
    outcome = _run(["check", "--format", "json", "--as-of", "2024-01-31", str(tmp_path)], tmp_path)
    assert outcome.signal is None and outcome.code in (0, 1), outcome.err[-800:]
    statuses = {Path(item["path"]).name: item["status"] for item in json.loads(outcome.out)["files"]}
    assert statuses["b.xlsx"] == statuses["c.ods"] == "unreadable"
    assert statuses["a.xlsx"] in ("pass", "fail")


def test_raised_limit_in_govopen_yaml_reads_the_rare_real_giant(cases, folder, tmp_path):
    """A span of 200,000 × 702 is refused by default and read once limits.cells allows it."""
    case = cases["xlsx-span-ZZ200000"]
    refused = _run(["check", "--as-of", "2024-01-31", str(case.path)], tmp_path)
    assert refused.code == 2 and "limits 下调高 cells" in refused.err
    (tmp_path / "govopen.yaml").write_text("limits:\n  cells: 150000000\n", encoding="utf-8")
    # Read with the raised limit, but under a small column limit so the run stays cheap: the
    # refusal now names columns, which proves the cells limit was lifted by the file.
    (tmp_path / "govopen.yaml").write_text("limits:\n  cells: 150000000\n  columns: 500\n", encoding="utf-8")
    outcome = _run(["check", "--as-of", "2024-01-31", str(case.path)], tmp_path)
    assert outcome.code == 2 and "列数为 702 列，超过上限 500 列" in outcome.err


def test_batch_with_hostile_binary_workbooks_checks_the_others(cases, folder, tmp_path):
    """A far cell in an .xls, a looping sector chain, a far cell in an .xlsb: each refused by name
    (two of them aborted the process before the pre-scan), the good catalog beside them checked."""
    (tmp_path / "a.xlsx").write_bytes((folder / "ok.xlsx").read_bytes())
    for name, target in (("xls-biff-cell-at-IV65536", "b.xls"), ("xls-directory-chain-loop", "c.xls"),
                         ("xlsb-cell-at-XFD1048576", "d.xlsb"), ("xls-biff-dimensions-wrap-around", "e.xls")):
        (tmp_path / target).write_bytes(cases[name].path.read_bytes())
    outcome = _run(["check", "--format", "json", "--as-of", "2024-01-31", str(tmp_path)], tmp_path)
    assert outcome.signal is None and outcome.code in (0, 1), outcome.err[-800:]
    files = {Path(item["path"]).name: item for item in json.loads(outcome.out)["files"]}
    assert files["a.xlsx"]["status"] in ("pass", "fail") and files["a.xlsx"]["rows"] == 1
    assert "16,777,216 个单元格" in files["b.xls"]["error"]
    assert "扇区链首尾相接" in files["c.xls"]["error"]
    assert "17,179,869,184 个单元格" in files["d.xlsb"]["error"]
    assert "工作表范围记录声明" in files["e.xls"]["error"]
    assert {files[name]["status"] for name in ("b.xls", "c.xls", "d.xlsb", "e.xls")} == {"unreadable"}
