"""Entry point of `govopen` and `python -m govopen_cli`.

Kept free of heavy imports: a workbook named on the command line starts parsing in a thread
(io.prefetch) before the CLI, pandas and the checklist are imported.
"""
import gc
import os
import sys


def main() -> None:
    _without_arrow()
    _pause_cycle_collection(sys.argv[1:])
    from govopen_cli.io import prefetch

    prefetch.start_for_argv(sys.argv[1:])
    from govopen_cli.cli import main as cli_main

    try:
        cli_main()
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    # Every output file is closed by now; skip the interpreter's teardown, which frees millions of
    # cell objects one by one (~0.15 s on a 100k-row catalog).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _without_arrow() -> None:
    """Keep pandas from importing pyarrow in the command's own process.

    govopen reads into object columns and never uses Arrow, but pandas 3 imports pyarrow (and
    pyarrow.compute) whenever it is installed: about 0.25 s more start-up for every run, and
    columns whose type pandas infers would be Arrow-backed only on machines that have it. Marking
    it absent makes a run the same with and without pyarrow installed. Only here, where govopen
    owns the process: code importing govopen_cli as a library keeps its pyarrow. Worker processes
    of `-j` are forked from this one (Linux) and inherit the mark."""
    sys.modules.setdefault("pyarrow", None)


def _pause_cycle_collection(argv: list[str]) -> None:
    """`govopen check` and `govopen report`: no cyclic garbage collection for the rest of the process.

    Reading a sheet makes a Python list per row and a string per cell; each full collection then
    walks every one of them and everything the imports left (measured: 0.08-0.13 s CPU of a
    30,000-row workbook check, 0.2 s at 100,000 rows, 0.28 s over a folder of five such files).
    A check leaves next to no cyclic garbage (0 unreachable objects after a second run in one
    process), so the peak memory stays the same (1M-row CSV 536/537 MB, a folder of five
    30,000-row workbooks 177/181 MB, on/off). `report` reads a result back and writes the workbook
    and Word report from it: 200,000 findings to a workbook in 7.5 s instead of 8.8 s (3 alternating runs each), peak memory the
    same. Reference counting still frees everything else."""
    if argv[:1] in (["check"], ["report"]):
        gc.disable()


if __name__ == "__main__":  # pragma: no cover
    main()
