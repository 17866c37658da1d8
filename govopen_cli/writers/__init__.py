"""Writers: each takes a Result and renders one format. None imports rules or io.

FORMAT_NAMES are the --format names; render_format(name, result) imports the writer it needs only
when called, so the command line starts without loading every writer (DESIGN §9).
"""
from __future__ import annotations

import importlib

FORMAT_NAMES = ("github", "json", "junit", "sarif", "table")


def render_format(name: str, result) -> str:
    """The text of `result` in the --format `name` (one of FORMAT_NAMES)."""
    if name not in FORMAT_NAMES:
        raise KeyError(name)
    from govopen_cli.writers.control import CLEANERS

    return CLEANERS[name](importlib.import_module(f"govopen_cli.writers.{name}").render(result))


def write_format(name: str, result, stream) -> None:
    """Write `result` in the --format `name` to a text stream; the JSON, SARIF and GitHub writers
    stream finding by finding, so memory does not grow with the number of findings."""
    if name not in FORMAT_NAMES:
        raise KeyError(name)
    from govopen_cli.writers.control import Cleaned

    module = importlib.import_module(f"govopen_cli.writers.{name}")
    stream = Cleaned(stream, name)  # control characters from cells made harmless for this format
    if hasattr(module, "write"):
        module.write(result, stream)
    else:
        stream.write(module.render(result))
