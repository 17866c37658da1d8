"""Shared fixtures: running the CLI in-process and as a real `python -m govopen_cli` process."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Outcome:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path):
    """Run `govopen ARGS` in-process (through cli.main, as the console script does) inside
    tmp_path, so no govopen.yaml of the developer's folder is picked up. Returns Outcome."""
    from govopen_cli.cli import main

    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> Outcome:
        capsys.readouterr()
        try:
            main([str(arg) for arg in args])
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
        else:  # main always exits; not exiting is itself a failure
            code = -1
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


@pytest.fixture
def govopen_process(tmp_path):
    """Run `python -m govopen_cli ARGS` as a separate process (exit codes, real stderr)."""

    def run(*args: str, cwd: Path | None = None) -> Outcome:
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
                   PYTHONIOENCODING="utf-8")
        completed = subprocess.run(
            [sys.executable, "-m", "govopen_cli", *map(str, args)],
            cwd=cwd or tmp_path, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
        )
        return Outcome(completed.returncode, completed.stdout, completed.stderr)

    return run


@pytest.fixture(scope="session")
def sample_reports(tmp_path_factory):
    """The Word and Excel reports of every shipped sample and checklist (tests/sample_reports.py)."""
    from tests.sample_reports import write_all

    return write_all(tmp_path_factory.mktemp("sample-reports"))
