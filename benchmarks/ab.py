"""A/B timing of two commits on the 100,000-row catalog: interleaved runs, median of each.

    python benchmarks/ab.py BEFORE AFTER            # e.g. f890f4a HEAD; 5 runs each
    python benchmarks/ab.py BEFORE AFTER --runs 9

Each commit is exported (git archive) into benchmarks/out/ab/ and run as
`python -m govopen_cli check catalog-100000.xlsx --format json -o … --as-of 2024-01-31` with
PYTHONPATH pointing at it, so both use the same interpreter and packages. Runs alternate
A B, B A, A B … so that load on the machine falls on both alike; a warm-up run of each comes
first. Wall time per run (interpreter start-up included), CPU time of the child, and the median.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def export(commit: str, folder: Path) -> Path:
    target = folder / commit.replace("/", "_")
    if not target.exists():
        target.mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def run(source: Path, data: Path, out: Path) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=str(source))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "govopen_cli", "check", str(data), "--format", "json",
                           "-o", str(out), "--as-of", "2024-01-31"], env=env, capture_output=True, cwd=source)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"{source.name}：退出码 {done.returncode}\n{done.stderr.decode('utf-8', 'replace')[-800:]}")
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=100_000)
    options = parser.parse_args()
    data = HERE / "data" / f"catalog-{options.rows}.xlsx"
    if not data.exists():
        subprocess.run([sys.executable, str(HERE / "bench.py"), "--generate", "xlsx", str(options.rows)], check=True)
    folder = HERE / "out" / "ab"
    sources = {"A": export(options.before, folder), "B": export(options.after, folder)}
    for name, source in sources.items():
        run(source, data, folder / f"{name}.json")  # warm-up: page cache, .pyc files
    walls: dict[str, list[float]] = {"A": [], "B": []}
    cpus: dict[str, list[float]] = {"A": [], "B": []}
    for number in range(options.runs):
        for name in ("A", "B") if number % 2 == 0 else ("B", "A"):
            wall, cpu = run(sources[name], data, folder / f"{name}.json")
            walls[name].append(wall)
            cpus[name].append(cpu)
    for name, commit in (("A", options.before), ("B", options.after)):
        print(f"{name} {commit:12} 墙钟中位数 {statistics.median(walls[name]):.3f} 秒（"
              + "、".join(f"{value:.2f}" for value in walls[name]) + f"）；CPU 中位数 {statistics.median(cpus[name]):.3f} 秒")
    ratio = statistics.median(walls["B"]) / statistics.median(walls["A"])
    cpu_ratio = statistics.median(cpus["B"]) / statistics.median(cpus["A"])
    print(f"B/A 墙钟 {ratio:.3f}，CPU {cpu_ratio:.3f}；负载（1/5/15 分钟）{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    shutil.rmtree(folder / "tmp", ignore_errors=True)


if __name__ == "__main__":
    main()
