"""Headers of real catalog pages (tests/data/real_headers/catalog_pages.yaml): every column is taken
as the field an officer would pick, with the values the page shows beside it."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from govopen_cli.io.read import read_datasets
from tests.helpers import write_xlsx

PAGES = yaml.safe_load((Path(__file__).parent / "data" / "real_headers" / "catalog_pages.yaml")
                       .read_text(encoding="utf-8"))["pages"]
# Subject columns are mapped by the subject-column work; recorded in the data, not asserted here.
SUBJECT_FIELDS = {"主题分类", "栏目", "信息分类", "体裁分类", "公文种类"}


def test_every_page_names_its_source_and_lines_up():
    for page in PAGES:
        assert page["source"] and page["site"]
        assert len(page["headers"]) == len(page["row"]) == len(page["expected"]), page["site"]


@pytest.mark.parametrize("page", PAGES, ids=[page["site"] for page in PAGES])
def test_each_column_is_taken_as_the_field_an_officer_would_pick(tmp_path, page):
    path = write_xlsx(tmp_path / "目录.xlsx", {"目录": [page["headers"], page["row"]]})
    [dataset] = read_datasets(str(path))
    assert dataset.kind == "catalog"
    by_header = {header: field for field, header in dataset.headers.items()}
    for header, expected in zip(page["headers"], page["expected"]):
        written = " ".join(str(header).split())
        if expected in SUBJECT_FIELDS:
            continue
        if expected is None:
            assert written in dataset.unmapped, (page["site"], header)
        else:
            assert by_header.get(written) == expected, (page["site"], header, by_header.get(written))
    assert dataset.ambiguous == {field: " ".join(header.split()) for field, header in (page.get("ambiguous") or {}).items()}
