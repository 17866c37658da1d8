"""Hostile files: time and peak memory of every case of tests/hostile_files.py.

    python benchmarks/hostile.py                 # the table (about a minute on 2 cores)
    python benchmarks/hostile.py --json out.json # also the figures as JSON

Each case runs as its own `python -m govopen_cli` process, as an officer or CI would run it, under
the limits of the issue (1.5 GB of address space, 5 s of CPU: `resource`, Linux only; govopen's
own limits do not use it). Wall time includes interpreter start-up and imports; peak memory is
that process's maximum resident size (os.wait4). The files are written to benchmarks/out/hostile/.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from tests import hostile_files  # noqa: E402 - after the path is set

MEMORY_MB, CPU_SECONDS = 1536, 5


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_MB << 20, MEMORY_MB << 20))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))


def run(case: hostile_files.Case, folder: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), PYTHONIOENCODING="utf-8")
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "govopen_cli", *hostile_files.argv(case, folder)], cwd=folder,
                                   env=env, stdout=output, stderr=output, preexec_fn=_limit)
        _, status, usage = os.wait4(process.pid, 0)  # this child's own peak memory
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    code = process.returncode
    ok = code in case.expect and "Traceback" not in text and case.refusal in text
    last = next((line for line in reversed(text.strip().splitlines()) if line.strip()), "")
    return {"case": case.name, "family": case.family, "bytes": case.path.stat().st_size, "exit": code,
            "seconds": round(seconds, 2), "peak_mb": round(usage.ru_maxrss / 1024, 1), "ok": ok, "message": last[:90]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE", help="另把结果写成 JSON")
    parser.add_argument("-k", metavar="子串", help="只运行名称包含该子串的用例")
    options = parser.parse_args()
    folder = HERE / "out" / "hostile"
    cases = [case for case in hostile_files.all_cases(folder) if not options.k or options.k in case.name]
    print(f"异常文件用例：{len(cases)} 个；每个用例单独一个进程，地址空间上限 {MEMORY_MB} MB、CPU 时间上限 {CPU_SECONDS} 秒")
    print(f"机器：{platform.machine()}，{os.cpu_count()} 核；开始时负载 {os.getloadavg()[0]:.2f}")
    rows = []
    for case in cases:
        row = run(case, folder)
        rows.append(row)
        peak = f"{row['peak_mb']:>8.1f}"
        print(f"{'通过' if row['ok'] else '失败'}  {row['case']:44} {row['bytes']:>9,} B  退出码 {row['exit']}  "
              f"{row['seconds']:5.2f} 秒  {peak} MB  {row['message']}", flush=True)
    failed = [row for row in rows if not row["ok"]]
    slowest = max(rows, key=lambda row: row["seconds"])
    print(f"\n共 {len(rows)} 个用例，{len(rows) - len(failed)} 个通过；最慢 {slowest['case']}（{slowest['seconds']} 秒）；"
          f"结束时负载 {os.getloadavg()[0]:.2f}")
    if options.json:
        Path(options.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
