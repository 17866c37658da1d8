"""Writers: each takes a Result and renders one format. None imports rules or io.

FORMATS maps a --format name to a function Result -> text.
"""
from __future__ import annotations

from govopen_cli.writers import github as github_writer
from govopen_cli.writers import json as json_writer
from govopen_cli.writers import junit as junit_writer
from govopen_cli.writers import sarif as sarif_writer
from govopen_cli.writers import table as table_writer

FORMATS = {
    "table": table_writer.render,
    "json": json_writer.render,
    "junit": junit_writer.render,
    "sarif": sarif_writer.render,
    "github": github_writer.render,
}
