"""Benchmark: the scale figures of issue 20 that bench.py does not cover, in one run.

    python benchmarks/scale.py            # full sizes (a few minutes on 2 cores)
    python benchmarks/scale.py --quick    # a tenth of the sizes: checks that the script works

Cases, each run 3 times in a fresh subprocess (median wall time, largest peak memory):

  1. start-up: `govopen --help` and `govopen check --help`, and whether either imported pandas
     (python -X importtime); target 0.15 s, no pandas
  2. findings: 1,000,000 catalog rows with 3 findings each (empty 索引号 and 内容概述, a 文号 with
     square brackets, each message naming its own value), `check --format json -o`; target 60 s
     and 2 GB, and the JSON holds exactly the 3,000,000 findings
  3. workbook: a saved result with 200,000 findings written by `govopen report --xlsx`; target 10 s

Peak memory is the process's own (GNU time %M, else os.wait4). The machine's load is printed
with every case: on a shared host the timings are only as good as the quiet they ran in.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench import ROOT, run_child  # noqa: E402 - the same measuring as the main benchmark

DATA = os.path.join(HERE, "data")
OUT = os.path.join(HERE, "out")
AS_OF = "2024-01-31"
HEAVY = ("pandas", "numpy", "docx", "openpyxl")


def many_findings_csv(rows: int) -> str:
    """A catalog where every row has 3 findings (reused while it exists)."""
    path = os.path.join(DATA, f"findings-{rows}.csv")
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        with open(path, "w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerow(["索取号", "标题", "摘要", "发文机关", "成文日期", "公开日期", "发文字号", "公开属性"])
            for number in range(rows):
                day = f"2023-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
                out.writerow(["", f"关于加强道路养护管理的通知（第{number}号）", "", "曲阜市交通运输局", day, day,
                              f"曲交发[2023]{number + 1}号", "主动公开"])
    return path


def govopen(*argv: str) -> list[str]:
    return [sys.executable, "-m", "govopen_cli", *argv]


def median_run(argv: list[str], repeat: int = 3) -> tuple[float, float, list[float]]:
    runs = [run_child(argv) for _ in range(repeat)]
    if any(run is None or run.code not in (0, 1) for run in runs):
        bad = next(run for run in runs if run is None or run.code not in (0, 1))
        raise SystemExit(f"命令失败：{' '.join(argv)}\n{bad.stderr[-2000:] if bad else '超时'}")
    seconds = [run.seconds for run in runs]
    return statistics.median(seconds), max(run.peak_mb for run in runs), seconds


def imports_pandas(*argv: str) -> bool:
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "govopen_cli", *argv],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    names = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in run.stderr.splitlines()
             if line.startswith("import time:")}
    return bool(names & set(HEAVY))


def load() -> str:
    return f"负载 {os.getloadavg()[0]:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description="issue 20 的规模基准")
    parser.add_argument("--quick", action="store_true", help="十分之一的规模，只验证脚本可用")
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    os.makedirs(OUT, exist_ok=True)
    rows = []

    for argv, target in ((("--help",), 0.15), (("check", "--help"), 0.15)):
        seconds, peak, runs = median_run(govopen(*argv), repeat=5)
        heavy = imports_pandas(*argv)
        rows.append((f"govopen {' '.join(argv)}", f"{seconds:.2f} 秒，{peak:.0f} MB，"
                     f"{'导入了' if heavy else '未导入'} pandas/numpy/docx/openpyxl（{load()}）",
                     f"≤ {target} 秒，不导入 pandas", seconds <= target and not heavy))

    count = 1_000_000 // scale
    data = many_findings_csv(count)
    json_out = os.path.join(OUT, "scale-findings.json")
    seconds, peak, runs = median_run(govopen("check", data, "--as-of", AS_OF, "--format", "json", "-o", json_out))
    with open(json_out, encoding="utf-8") as handle:
        found = json.load(handle)["summary"]["findings"]
    rows.append((f"{count:,} 行、{found:,} 处问题，JSON 输出", f"中位 {seconds:.1f} 秒（各次 "
                 f"{' / '.join(f'{s:.1f}' for s in runs)}），峰值 {peak:.0f} MB（{load()}）",
                 "≤ 60 秒，≤ 2 GB", seconds <= 60 and peak <= 2048 and found == 3 * count))

    subset = os.path.join(DATA, f"findings-{200_000 // scale // 3 + 1}.csv")
    with open(data, encoding="utf-8") as source, open(subset, "w", encoding="utf-8") as target:
        for number, line in enumerate(source):
            if number > 200_000 // scale // 3:
                break
            target.write(line)
    saved = os.path.join(OUT, "scale-workbook.json")
    subprocess.run(govopen("check", subset, "--as-of", AS_OF, "--format", "json", "-o", saved),
                   cwd=ROOT, capture_output=True, check=False)
    with open(saved, encoding="utf-8") as handle:
        found = json.load(handle)["summary"]["findings"]
    workbook = os.path.join(OUT, "scale-workbook.xlsx")
    seconds, peak, runs = median_run(govopen("report", saved, "--xlsx", workbook))
    rows.append((f"工作簿（--xlsx），{found:,} 处问题", f"中位 {seconds:.1f} 秒（各次 "
                 f"{' / '.join(f'{s:.1f}' for s in runs)}），峰值 {peak:.0f} MB（{load()}）",
                 "≤ 10 秒", seconds <= 10))

    print("| 项目 | 结果 | 目标 | 是否达到 |\n|---|---|---|---|")
    for name, measured, target, ok in rows:
        print(f"| {name} | {measured} | {target} | {'达到' if ok else '未达到'} |")


if __name__ == "__main__":
    main()
