"""The reports of every shipped sample and checklist, written once per test session.

Each run is what a new user would type from samples/README.md and samples/checklists/README.md, with
the agency named on the command line. The lint test (tests/test_report_lint.py) reads every Word
report; the rendering tests (tests/test_rendering.py) print them to PDF.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from govopen_cli.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TASKS = SAMPLES / "checklists"
CATALOG = SAMPLES / "曲阜市交通运输局-公开目录-2023.xlsx"


@dataclass(frozen=True)
class SampleRun:
    name: str
    files: tuple[Path, ...]
    checklist: str
    as_of: str
    agency: str


RUNS = (
    SampleRun("国家基线-曲阜", (CATALOG,), "national-baseline", "2024-01-31", "曲阜市交通运输局"),
    SampleRun("国家基线-合格", (SAMPLES / "曲阜市交通运输局-公开目录-2023-合格.xlsx",), "national-baseline",
              "2024-01-31", "曲阜市交通运输局"),
    SampleRun("国家基线-某区CSV", (SAMPLES / "某区政务服务局-公开目录.csv",), "national-baseline", "2024-01-31",
              "某区政务服务管理局"),
    SampleRun("国家基线-某区XLS", (SAMPLES / "某区政务服务局-网站导出目录.xls",), "national-baseline", "2024-01-31",
              "某区政务服务管理局"),
    SampleRun("曲阜实施方案-目录台账", (CATALOG, SAMPLES / "依申请公开台账-2023.xlsx", SAMPLES / "突发事件发布记录-2023.xlsx"),
              "qufu-transport-2023", "2024-01-31", "曲阜市交通运输局"),
    SampleRun("曲阜实施方案-任务检查", (TASKS / "曲阜市交通运输局-2023-任务检查.xlsx",), "qufu-transport-2023",
              "2024-02-29", "曲阜市交通运输局"),
    SampleRun("青云谱区", (TASKS / "青云谱区-2023-任务检查.xlsx",), "qingyunpu-division", "2024-01-31",
              "南昌市青云谱区人民政府"),
    SampleRun("某县城市管理局", (TASKS / "某县城市管理局-2014-任务检查.xlsx",), "chengguan-keypoints", "2015-01-31",
              "某县城市管理局"),
    SampleRun("上海市交通委员会", (TASKS / "上海市交通委员会-2024-任务检查.xlsx",), "shanghai-transport-2024",
              "2025-01-31", "上海市交通委员会"),
    SampleRun("网站栏目", (SAMPLES / "网站栏目导出-2024.jsonl",), "site-inspection", "2024-01-31", "某区人民政府"),
)


@dataclass(frozen=True)
class Written:
    name: str
    docx: Path
    xlsx: Path
    agency: str
    date: str  # the 落款 date as printed


def write_all(out: Path) -> list[Written]:
    """Write the self-inspection reports of RUNS and the sample annual report into `out`."""
    runner = CliRunner()
    written = []
    for run in RUNS:
        docx, xlsx = out / f"{run.name}.docx", out / f"{run.name}.xlsx"
        result = runner.invoke(cli, ["check", *map(str, run.files), "-c", run.checklist, "--as-of", run.as_of,
                                     "--agency", run.agency, "--docx", str(docx), "--xlsx", str(xlsx)])
        assert result.exit_code in (0, 1), (run.name, result.output)
        year, month, day = (int(part) for part in run.as_of.split("-"))
        written.append(Written(run.name, docx, xlsx, run.agency, f"{year}年{month}月{day}日"))
    docx, xlsx = out / "年度报告-2023.docx", out / "年度报告-2023.xlsx"
    result = runner.invoke(cli, ["annual-report", "--year", "2023",
                                 "--applications", str(SAMPLES / "依申请公开台账-2023.xlsx"), "--catalog", str(CATALOG),
                                 "--figures", str(SAMPLES / "年度报告补充数据-2023.yaml"),
                                 "--docx", str(docx), "--xlsx", str(xlsx)])
    assert result.exit_code == 0, result.output
    written.append(Written("年度报告", docx, xlsx, "曲阜市交通运输局", "2024年1月20日"))
    return written
