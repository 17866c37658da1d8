"""The installed package is complete: every subpackage and the shipped checklists."""
from __future__ import annotations

import configparser
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_setup_cfg_lists_every_package():
    config = configparser.ConfigParser()
    config.read(os.path.join(ROOT, "setup.cfg"), encoding="utf-8")
    listed = {line.strip() for line in config["options"]["packages"].splitlines() if line.strip()}
    found = {"govopen_cli.checklists"}
    for folder, _, names in os.walk(os.path.join(ROOT, "govopen_cli")):
        if "__init__.py" in names:
            found.add(os.path.relpath(folder, ROOT).replace(os.sep, "."))
    assert listed == found


def test_every_shipped_checklist_is_package_data():
    names = [n for n in os.listdir(os.path.join(ROOT, "checklists")) if n.endswith(".yaml")]
    config = configparser.ConfigParser()
    config.read(os.path.join(ROOT, "setup.cfg"), encoding="utf-8")
    assert config["options.package_data"]["govopen_cli.checklists"].strip() == "*.yaml"
    assert "national-baseline.yaml" in names


def test_the_installed_command_finds_the_shipped_checklists(tmp_path):
    # Run outside the source tree so the installed package (not ./govopen_cli) is imported.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    probe = subprocess.run([sys.executable, "-c", "import govopen_cli, sys; print(govopen_cli.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, env=env)
    if probe.returncode != 0:
        import pytest

        pytest.skip("govopen is not installed in this environment (run pip install .)")
    done = subprocess.run([sys.executable, "-m", "govopen_cli", "checklist", "list"], cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8", env=env)
    assert done.returncode == 0, done.stderr
    for name in ("national-baseline", "qufu-transport-2023", "site-inspection"):
        assert name in done.stdout
