"""Many files at once: expand folders, read in worker processes, run each file, combine the results.

A folder, or several files holding the same kind of data (the catalogs of 40 departments), is a
batch: each file is checked on its own and the combined result lists every file. Files of
different kinds given together (a catalog and an application ledger) are one agency's data and
are checked together. One unreadable file is reported and the others are still checked.
"""
from __future__ import annotations

import fnmatch
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from govopen_cli import progress
from govopen_cli.checklist.model import Checklist
from govopen_cli.engine import RunOptions, run_checklist
from govopen_cli.errors import GovopenError, InputError
from govopen_cli.io.dataset import Dataset
from govopen_cli.io.read import SUPPORTED_EXTENSIONS, TEXT_EXTENSIONS, ReadOptions, read_datasets

# Spreadsheets we cannot read are still listed (as unreadable, with how to save them), so a
# department's WPS file is not silently left out of a batch.
FOLDER_EXTENSIONS = SUPPORTED_EXTENSIONS | {".et", ".ett", ".numbers"}
from govopen_cli.result import FileSummary, Findings, Result, merge_evidence, task_status

# A batch check keeps the worst outcome per check across files: a failure anywhere is a failure.
_COMBINED_ORDER = ["fail", "error", "manual", "pass", "waived", "n/a"]


@dataclass
class Loaded:
    path: str
    datasets: list[Dataset]
    error: str | None = None


def expand_paths(paths: list[str], pattern: str | None = None,
                 skipped: list[tuple[str, str]] | None = None) -> tuple[list[str], bool]:
    """Files to check, and whether a folder was given. Folders are searched recursively for
    supported spreadsheets (or names matching `pattern`); Office lock files (~$…) are skipped, and
    so are govopen's own outputs (recognised by their document properties), listed in `skipped`
    as (path, what it is) so the run can say so."""
    from govopen_cli.writers.officer_cells import is_own_output

    files: list[str] = []
    folder_given = False
    for path in paths:
        if os.path.isdir(path):
            folder_given = True
            found, ours = [], []
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in names:
                    if name.startswith(("~$", ".")):
                        continue
                    matches = fnmatch.fnmatch(name, pattern) if pattern else os.path.splitext(name)[1].lower() in FOLDER_EXTENSIONS
                    if not matches:
                        continue
                    own = is_own_output(os.path.join(root, name))
                    if own:
                        ours.append((os.path.join(root, name), own))
                    else:
                        found.append(os.path.join(root, name))
            if not found:
                raise InputError(f"{path}：文件夹中没有可检查的表格文件" + (f"（--glob {pattern}）" if pattern else "")
                                 + ("，只有 govopen 生成的报告（已跳过）" if ours else ""))
            if skipped is not None:
                skipped.extend(ours)
            files.extend(sorted(found))
        else:
            files.append(path)
    return list(dict.fromkeys(files)), folder_given


def _load(path: str, options: ReadOptions) -> Loaded:
    try:
        return Loaded(path, read_datasets(path, options))
    except GovopenError as error:
        return Loaded(path, [], error.message)


# What a file costs to read and check in a batch, measured with benchmarks/bench.py on the
# project's 2-core machine: about 20 ms whatever its size (opening it, finding the header, running
# every check) and about 50 µs a row; a row takes about 80 bytes in a workbook (compressed XML) and
# about 350 in a CSV. Starting the workers, their first-use costs and sending the results back
# take a few tenths of a second, so the pool is used only where the files and rows add up to
# POOL_MIN_SECONDS of work, where two processes surely pay (a shared machine's second core is not
# always free): 60 small catalogs or 20 of 2,000 rows do, 20 of 300 rows do not (20 of 500 rows, about 1 s, are at the line), one file never.
PER_FILE_SECONDS = 0.02
PER_ROW_SECONDS = 50e-6
BYTES_PER_ROW = {"text": 350, "workbook": 80}
POOL_MIN_SECONDS = 1.0


def estimated_seconds(files: list[str]) -> float:
    """The work of reading and checking `files` in one process, from their number and sizes."""
    total = 0.0
    for path in files:
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0  # reported when it is read
        text = os.path.splitext(path)[1].lower() in TEXT_EXTENSIONS
        total += PER_FILE_SECONDS + size / BYTES_PER_ROW["text" if text else "workbook"] * PER_ROW_SECONDS
    return total


def workers(files: list[str], jobs: int) -> int:
    """How many worker processes `-j jobs` should use for `files`: 1 (no pool) when there is one
    file or too little work for a pool to pay, never more than there are files. (Workers are
    forked where the system allows, so the imports are paid once, by this process.)"""
    if jobs <= 1 or len(files) <= 1:
        return 1
    return min(jobs, len(files)) if estimated_seconds(files) >= POOL_MIN_SECONDS else 1


def load_all(files: list[str], options: ReadOptions, jobs: int = 1) -> list[Loaded]:
    """Read every file, in worker processes when `-j` asks for them and the data makes it pay
    (see workers); order is kept."""
    jobs = workers(files, jobs)
    if jobs <= 1:
        return _counted((_load(path, options) for path in files), len(files))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return _counted(pool.map(_load, files, [options] * len(files), chunksize=max(1, len(files) // (jobs * 4))),
                        len(files))


def _load_and_run(path: str, options: ReadOptions, checklist: Checklist, run: RunOptions) -> tuple[str, Result | None, str | None]:
    loaded = _load(path, options)
    if loaded.error:
        return path, None, loaded.error
    return path, run_checklist(checklist, loaded.datasets, run), None


def check_each(files: list[str], options: ReadOptions, checklist: Checklist, run: RunOptions,
               jobs: int = 1) -> list[tuple[str, Result | None, str | None]]:
    """A folder: read and check every file on its own, in worker processes when `-j` asks for them
    and the data makes it pay (both the reading and the checks run in parallel); order is kept."""
    jobs = workers(files, jobs)
    count = len(files)
    if jobs <= 1:
        return _counted((_load_and_run(path, options, checklist, run) for path in files), count)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return _counted(pool.map(_load_and_run, files, [options] * count, [checklist] * count, [run] * count,
                                 chunksize=max(1, count // (jobs * 4))), count)


def _counted(results, total: int) -> list:
    """The results in order, a progress bar counting the files as each is done."""
    done = []
    with progress.bar("正在读取和检查文件：", total, "个文件") as shown:
        for result in results:
            done.append(result)
            shown.advance()
    return done


def is_batch(loaded: list[Loaded], folder_given: bool) -> bool:
    if folder_given:
        return True
    kinds: dict[str, int] = {}
    for item in loaded:
        for kind in {dataset.kind for dataset in item.datasets}:
            kinds[kind] = kinds.get(kind, 0) + 1
    return any(count > 1 for count in kinds.values()) or (len(loaded) > 1 and any(item.error for item in loaded))


def summarize(path: str, result: Result) -> FileSummary:
    summary = result.summary()
    kinds = sorted({item["kind"] for item in result.inputs})
    return FileSummary(
        path=path,
        status="fail" if summary["fail"] or summary["error"] else "pass",
        kind="、".join(kinds) or None,
        rows=sum(item["rows"] for item in result.inputs),
        failed_checks=summary["fail"] + summary["error"],
        findings=dict(summary["by_severity"]),
        checks={check.id: check.status for check in result.checks},
    )


def combine(results: list[tuple[str, Result]], unreadable: list[tuple[str, str]], order: list[str]) -> Result:
    """One result for a batch: checks at their worst across files, findings and inputs of all files,
    and a summary per file (unreadable files included, in the order given)."""
    first = results[0][1]
    checks = []
    for position, check in enumerate(first.checks):
        statuses = [result.checks[position].status for _, result in results]
        merged = min(statuses, key=_COMBINED_ORDER.index)
        count = sum(result.checks[position].findings for _, result in results)
        notes = [result.checks[position].note for _, result in results if result.checks[position].note]
        file_notes = [entry for _, result in results for entry in (result.checks[position].notes or [])]
        evidence = merge_evidence(vars(result.checks[position]) for _, result in results)
        checks.append(type(check)(**{**check.__dict__, "status": merged, "findings": count,
                                     "note": "；".join(dict.fromkeys(notes)) or None, "notes": file_notes or None,
                                     **evidence}))
    by_task: dict[str | None, list[str]] = {}
    for check in checks:
        by_task.setdefault(check.task, []).append(check.status)
    tasks = [type(task)(**{**task.__dict__, "status": task_status(by_task.get(task.id, []))}) for task in first.tasks]
    summaries = {path: summarize(path, result) for path, result in results}
    for path, error in unreadable:
        summaries[path] = FileSummary(path=path, status="unreadable", error=error)
    return Result(
        checklist=first.checklist,
        as_of=first.as_of,
        period=first.period,
        agency=first.agency,
        inputs=[entry for _, result in results for entry in result.inputs],
        tasks=tasks,
        checks=checks,
        findings=Findings.concat(result.findings for _, result in results),
        warnings=list(dict.fromkeys(w for _, result in results for w in result.warnings)),
        tool=first.tool,
        files=[summaries[path] for path in order if path in summaries],
    )
