"""Run one govopen command in a forked child under a memory and CPU-time limit (tests and
benchmarks only: `resource` and `fork` are POSIX; govopen's own limits never use them).

The child inherits the already imported modules, so a case costs its own work, not another
interpreter start; it runs `govopen_cli.__main__.main` as the console script does (the prefetch
step included) and ends with its exit code. The parent reports the exit code or the signal, the
output, the wall time and the child's peak memory.
"""
from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
from dataclasses import dataclass

MEMORY_MB = 1536
CPU_SECONDS = 5
WALL_SECONDS = 60  # only against a hang that uses no CPU


@dataclass
class Outcome:
    code: int | None  # exit code, None when killed by a signal
    signal: int | None
    out: str
    err: str
    seconds: float
    peak_mb: float


def _virtual_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) / 1024
    return 0.0


def preload() -> None:
    """Import what every run needs once, in the parent, so each child inherits it."""
    import docx  # noqa: F401 - imported for the children
    import openpyxl  # noqa: F401
    import python_calamine  # noqa: F401

    import govopen_cli.cli  # noqa: F401
    from govopen_cli.checklist.load import load_checklist

    load_checklist("national-baseline")


def run(argv: list[str], cwd: str, memory_mb: int = MEMORY_MB, cpu_seconds: int = CPU_SECONDS) -> Outcome:
    import resource

    from govopen_cli import __main__ as entry

    preload()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            try:
                os.chdir(cwd)
                os.dup2(out.fileno(), 1)
                os.dup2(err.fileno(), 2)
                sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
                sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
                # Address space: what the process has already mapped plus the memory budget.
                limit = int((_virtual_mb() + memory_mb) * (1 << 20))
                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
                resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
                sys.argv = ["govopen", *argv]
                entry.main()
            except BaseException:  # noqa: BLE001 - report like an uncaught exception would
                import traceback

                traceback.print_exc()
                sys.stderr.flush()
            os._exit(70)
        deadline = started + WALL_SECONDS
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if time.perf_counter() > deadline:
                os.kill(pid, signal.SIGKILL)
                done, status, usage = os.wait4(pid, 0)
                break
            time.sleep(0.01)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        return Outcome(
            code=os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            signal=os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
            out=out.read().decode("utf-8", "replace"),
            err=err.read().decode("utf-8", "replace"),
            seconds=seconds,
            peak_mb=usage.ru_maxrss / 1024,
        )
