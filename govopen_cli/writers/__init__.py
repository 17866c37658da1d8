"""Writers: each takes a Result and renders one format. None imports rules or io.

FORMATS maps a --format name to a function Result -> text.
"""
from __future__ import annotations

from govopen_cli.writers import json as json_writer
from govopen_cli.writers import table as table_writer

FORMATS = {
    "table": table_writer.render,
    "json": json_writer.render,
}
