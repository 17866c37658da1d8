"""Headers of real catalog pages (tests/data/real_headers/catalog_pages.yaml): every column is taken
as the field an officer would pick, with the values the page shows beside it."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from govopen_cli.io.fields import map_headers
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
    candidates = map_headers(page["headers"], "catalog").candidates
    unsure = {" ".join(header.split()) for header in (page.get("ambiguous") or {}).values()}
    for header, expected in zip(page["headers"], page["expected"]):
        written = " ".join(str(header).split())
        where = (page["site"], header, by_header.get(written))
        if expected in SUBJECT_FIELDS:
            continue
        if expected is None:
            assert written in dataset.unmapped, where
        elif written in unsure:
            # 发文日期 alone: read as one of its two fields and said to be unsure; which one is the officer's --map.
            assert by_header.get(written) in ("发布日期", "生成日期") and expected in ("发布日期", "生成日期"), where
        elif by_header.get(written) != expected:
            # A second column for a field taken from a fuller (or, equally full, earlier) one: recognised, set aside.
            assert expected in dataset.headers and written in [text for _, text in candidates.get(expected, [])], where
            assert written in dataset.unmapped, where
    assert set(dataset.ambiguous.values()) == unsure, page["site"]


# --- the checks on each real page: a missing column stops only the checks (or parts) that read it ---

def _national_checks():
    from govopen_cli.checklist.load import DEFAULT_CHECKLIST, load_checklist
    from govopen_cli.rules import REGISTRY

    checks = {}
    for item in load_checklist(DEFAULT_CHECKLIST).checks:
        rule = REGISTRY[item.rule]
        params = rule.with_defaults(item.params)
        checks[item.id] = (rule, rule.fields_needed(params), item.params.get("if_missing"))
    return checks


@pytest.mark.parametrize("page", PAGES, ids=[page["site"] for page in PAGES])
def test_each_check_runs_on_the_columns_the_page_has(tmp_path, page):
    import datetime as dt

    from govopen_cli.api import CheckRequest, check

    path = write_xlsx(tmp_path / "目录.xlsx", {"目录": [page["headers"], page["row"]]})
    [dataset] = read_datasets(str(path))
    result = check(CheckRequest(paths=[str(path)], as_of=dt.date(2026, 12, 1)))
    findings = {}
    for finding in result.findings:
        findings.setdefault(finding.check, []).append(finding)
    for check_id, (rule, needed, if_missing) in _national_checks().items():
        if not needed:
            continue
        outcome = next(c for c in result.checks if c.id == check_id)
        where = (page["site"], check_id, outcome.status, outcome.note)
        missing = [name for name in needed if not dataset.has(name)]
        present = [name for name in needed if dataset.has(name)]
        if rule.unsure_skips and any(name in dataset.ambiguous for name in needed):
            assert outcome.status == "n/a" and "不能确定" in outcome.note, where
        elif not missing:
            assert outcome.status in ("pass", "fail") and "缺少字段" not in (outcome.note or ""), where
        else:
            assert f"缺少字段：{'、'.join(missing)}" in outcome.note, where
            assert outcome.status in ("fail", "n/a" if if_missing == "n/a" else "error"), where
            runs_alone = rule.param("fields") is not None and present
            # A check that reads each field on its own still checks the present ones; the others report nothing.
            assert runs_alone or not findings.get(check_id), where
            assert {f.field for f in findings.get(check_id, [])} <= set(present), where
