"""Import direction (DESIGN §3): cli -> api -> (config, checklist, io) -> engine (rules) -> result
-> writers. Rules and the engine never import the CLI or the writers; writers import only the
result model (and each other, labels, errors and the atomic writer)."""
from __future__ import annotations

import ast
import os

PACKAGE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "govopen_cli")


def imports_of(relative: str) -> set[str]:
    with open(os.path.join(PACKAGE, relative), encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name.startswith("govopen_cli")}


def modules(folder: str) -> list[str]:
    return [os.path.join(folder, name) for name in sorted(os.listdir(os.path.join(PACKAGE, folder))) if name.endswith(".py")]


def test_rules_and_engine_do_not_import_cli_or_writers():
    for relative in modules("rules") + ["engine.py"]:
        bad = {name for name in imports_of(relative)
               if name.startswith(("govopen_cli.cli", "govopen_cli.writers", "govopen_cli.api"))}
        assert not bad, f"{relative} imports {bad}"


def test_writers_import_only_the_result_model():
    allowed = ("govopen_cli.result", "govopen_cli.labels", "govopen_cli.errors", "govopen_cli.writers", "govopen_cli.progress",
               "govopen_cli.annual_report.model")
    for relative in modules("writers"):
        bad = {name for name in imports_of(relative) if not name.startswith(allowed)}
        assert not bad, f"{relative} imports {bad}"


def test_io_does_not_import_rules_engine_or_writers():
    for relative in modules("io"):
        bad = {name for name in imports_of(relative)
               if name.startswith(("govopen_cli.rules", "govopen_cli.engine", "govopen_cli.writers", "govopen_cli.cli"))}
        assert not bad, f"{relative} imports {bad}"


def _heavy_modules_imported(*args: str) -> set[str]:
    """Top-level names of the heavy libraries a `python -m govopen_cli …` run imported (-X importtime)."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "govopen_cli", *args],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    names = set()
    for line in run.stderr.splitlines():
        if line.startswith("import time:"):
            names.add(line.rsplit("|", 1)[-1].strip().split(".")[0])
    return names & {"pandas", "numpy", "docx", "openpyxl", "python_calamine", "yaml", "opencc", "tabulate"}


def test_help_imports_no_heavy_library():
    # DESIGN §9: `govopen --help` under 0.15 s; pandas alone costs about 0.3 s to import.
    assert _heavy_modules_imported("--help") == set()
    assert _heavy_modules_imported("check", "--help") == set()
    assert _heavy_modules_imported("checklist", "--help") == set()


def test_the_command_keeps_pandas_from_importing_pyarrow_but_the_library_does_not():
    # pandas 3 imports pyarrow whenever it is installed (+0.25 s a run) though govopen never uses
    # Arrow; the command marks it absent, a program importing govopen_cli keeps its pyarrow.
    import subprocess
    import sys

    command = ("import sys\nfrom govopen_cli.__main__ import _without_arrow\n_without_arrow()\n"
               "import pandas\nassert pandas.Series(['a', 'b']).str.upper().tolist() == ['A', 'B']\n"
               "try:\n    import pyarrow\nexcept ImportError:\n    print('absent')\n")
    run = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "absent"
    library = "import sys, govopen_cli.api\nprint(sys.modules.get('pyarrow', 'not imported') is None)"
    run = subprocess.run([sys.executable, "-c", library], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "False"


def test_only_check_and_report_run_without_cyclic_garbage_collection():
    # A check or a report leaves next to no cyclic garbage; full collections walking every cell or
    # finding cost 0.1-0.3 s on a check and about 1.3 s on a 200,000-finding workbook.
    import subprocess
    import sys

    command = ("import gc, sys\nfrom govopen_cli.__main__ import _pause_cycle_collection\n"
               "_pause_cycle_collection(sys.argv[1:])\nprint(gc.isenabled())")
    for argv, enabled in ((["check", "目录.xlsx"], "False"), (["report", "结果.json", "--xlsx", "r.xlsx"], "False"),
                          (["template", "-o", "t.xlsx"], "True"), (["--help"], "True")):
        run = subprocess.run([sys.executable, "-c", command, *argv], capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stderr[-2000:]
        assert run.stdout.strip() == enabled, argv


def test_check_without_reports_imports_neither_docx_nor_openpyxl(tmp_path):
    # about 0.25 s of every `govopen check` run: only --docx / --xlsx need them
    import subprocess
    import sys

    data = tmp_path / "目录.csv"
    data.write_text("索引号,信息名称,发布日期\nA/2023-0001,关于印发通知,2023-05-16\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "govopen_cli", "check", str(data), "--format", "json",
                          "-o", str(tmp_path / "r.json"), "--as-of", "2024-01-31"],
                         capture_output=True, text=True, check=False)
    assert run.returncode in (0, 1), run.stderr[-2000:]
    names = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in run.stderr.splitlines()
             if line.startswith("import time:")}
    assert "pandas" in names  # the check itself ran
    assert not names & {"docx", "openpyxl"}
