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


# --- every error told about a library's failure is Chinese ----------------------------------------

@pytest.fixture(autouse=True)
def library_errors_are_chinese(request, monkeypatch):
    """Every GovopenError made while handling another exception (a library's: zip, XML, JSON, YAML,
    encodings, calamine, openpyxl, python-docx, the operating system …) must read as Chinese with no
    Latin word but file and format names. Checked after each test, so a message that slips through
    fails the test that produced it."""
    from govopen_cli.errors import GovopenError
    from tests.chinese import foreign_words

    made: list[tuple[str, str]] = []
    original = GovopenError.__init__

    def recording(self, message):
        original(self, message)
        active = sys.exc_info()[1]
        if active is not None and not isinstance(active, GovopenError):
            made.append((type(active).__name__, message))

    monkeypatch.setattr(GovopenError, "__init__", recording)
    yield made
    if request.node.get_closest_marker("foreign_message_allowed"):
        return
    bad = [(kind, message, foreign_words(message)) for kind, message in made if foreign_words(message)]
    assert not bad, f"library errors told with Latin words (exception, message, words): {bad}"


def pytest_configure(config):
    config.addinivalue_line("markers", "foreign_message_allowed: the test makes a non-Chinese message on purpose")
