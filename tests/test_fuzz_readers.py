"""Random, truncated and mutated bytes fed to every reader (hypothesis): each either reads the file
or refuses it with a GovopenError (exit 2, a Chinese message); any other exception would be an
internal error (exit 3) and fails the test. Examples are derandomized, so CI sees the same ones;
GOVOPEN_FUZZ_EXAMPLES=500 runs more, and different ones, for a longer search."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govopen_cli.checklist.extract_read import read_plan
from govopen_cli.checklist.load import load_checklist
from govopen_cli.errors import GovopenError
from govopen_cli.io.read import read_datasets
from tests import hostile_files as hostile

PLANS = Path(__file__).parent / "data" / "plans"
EXAMPLES = int(os.environ.get("GOVOPEN_FUZZ_EXAMPLES", "25"))
CHECKLIST = ("id: fuzz\ntitle: 测试清单\ntasks:\n  - id: T1\n    title: 任务\n    checks:\n      - id: T1.1\n"
             "        title: 标题格式\n        rule: pattern\n        field: 信息名称\n        regex: '^关于.+'\n"
             "        when: {field: 信息名称, matches: '通知$'}\n")


def _samples() -> dict[str, tuple[str, bytes]]:
    """A valid small file per reader family: (extension, bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="govopen-fuzz-"))
    xlsx = hostile.write_xlsx(folder / "s.xlsx", hostile.SHEET_OPEN + hostile.catalog_rows_xml() + hostile.SHEET_CLOSE)
    ods = hostile.write_ods(folder / "s.ods", "")
    table = "".join(f"<td>{value}</td>" for value in hostile.ROW)
    samples = {
        "xlsx": (".xlsx", xlsx.read_bytes()),
        "xls-biff": (".xls", hostile.biff_catalog((2, 0, "第三行"), (2, 1, ("sst", 0)), strings=["共享文字"])),
        "xlsb": (".xlsb", hostile.write_xlsb(folder / "s.xlsb", (2, 0, "第三行"), (2, 1, ("sst", 0)),
                                             strings=["共享文字"]).read_bytes()),
        "xls-html": (".xls", ("<html><body><table><tr>" + "".join(f"<th>{h}</th>" for h in hostile.HEADER)
                              + f"</tr><tr>{table}</tr></table></body></html>").encode()),
        "xls-spreadsheetml": (".xls", (hostile._SS_OPEN + hostile._ss_row(hostile.HEADER) + hostile._ss_row(hostile.ROW)
                                       + hostile._SS_CLOSE).encode()),
        "xls-text": (".xls", ("\t".join(hostile.HEADER) + "\n" + "\t".join(hostile.ROW) + "\n").encode("gb18030")),
        "ods": (".ods", ods.read_bytes()),
        "csv": (".csv", (",".join(hostile.HEADER) + "\n" + ",".join(hostile.ROW) + "\n").encode()),
        "tsv": (".tsv", ("\t".join(hostile.HEADER) + "\n" + "\t".join(hostile.ROW) + "\n").encode("utf-16")),
        "jsonl": (".jsonl", ('{"栏目名称": "要闻动态", "链接": "http://www.example.gov.cn/ywdt/", '
                             '"最后更新日期": "2024-01-05"}\n').encode()),
        "yaml": (".yaml", CHECKLIST.encode()),
        "docx-plan": (".docx", (PLANS / "table-plan.docx").read_bytes()),
        "html-plan": (".html", (PLANS / "table-plan.html").read_bytes()),
    }
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    return samples


SAMPLES = _samples()


def _variants(sample: bytes):
    """Random bytes; the sample cut short; the sample with bytes overwritten."""
    flips = st.lists(st.tuples(st.integers(0, len(sample) - 1), st.integers(0, 255)), min_size=1, max_size=8)
    return st.one_of(
        st.binary(max_size=2048),
        st.integers(0, len(sample)).map(lambda cut: sample[:cut]),
        flips.map(lambda changes: _flip(sample, changes)),
    )


def _flip(sample: bytes, changes: list[tuple[int, int]]) -> bytes:
    data = bytearray(sample)
    for position, value in changes:
        data[position] = value
    return bytes(data)


def _read(family: str, path: str) -> None:
    if family == "yaml":
        load_checklist(path)
    elif family.endswith("-plan"):
        read_plan(path)
    else:
        read_datasets(path)


@pytest.mark.parametrize("family", list(SAMPLES))
def test_valid_sample_reads(family):
    """The samples themselves are good files, so the mutations start from something readable."""
    extension, data = SAMPLES[family]
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "样例" + extension)
        with open(path, "wb") as handle:
            handle.write(data)
        _read(family, path)


@pytest.mark.parametrize("family", list(SAMPLES))
def test_broken_bytes_are_read_or_refused_never_a_crash(family):
    extension, sample = SAMPLES[family]

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES == 25, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=_variants(sample))
    def feed(data: bytes) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "文件" + extension)
            with open(path, "wb") as handle:
                handle.write(data)
            try:
                _read(family, path)
            except GovopenError as error:
                assert error.message.strip() and "Traceback" not in error.message

    feed()
