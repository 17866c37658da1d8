"""`govopen template`: dropdowns, date formats, instructions; filled with valid rows it passes."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from govopen_cli.api import CheckRequest, check
from govopen_cli.cli import main
from govopen_cli.template import COLUMNS


def make_template(tmp_path):
    path = tmp_path / "目录模板.xlsx"
    with pytest.raises(SystemExit) as code:
        main(["template", "-o", str(path)])
    assert code.value.code == 0
    return path


def test_template_columns_dropdowns_and_formats(tmp_path):
    workbook = openpyxl.load_workbook(make_template(tmp_path))
    assert workbook.sheetnames == ["公开目录", "填写说明"]
    sheet = workbook["公开目录"]
    headers = [cell.value for cell in sheet[1]]
    assert headers == [name for name, *_ in COLUMNS]
    assert sheet.freeze_panes == "A2"
    lists = {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1 for dv in sheet.data_validations.dataValidation}
    mode_letter = openpyxl.utils.get_column_letter(headers.index("公开方式") + 1)
    validity_letter = openpyxl.utils.get_column_letter(headers.index("有效性") + 1)
    assert lists[mode_letter] == '"主动公开,依申请公开,不予公开"'
    assert lists[validity_letter] == '"有效,失效,废止,修订"'
    date_column = headers.index("发布日期") + 1
    assert sheet.cell(row=2, column=date_column).number_format == "yyyy-mm-dd"
    guide = workbook["填写说明"]
    assert [c.value for c in guide[1]] == ["列名", "是否必填", "填写要求", "示例"]
    assert guide["A2"].value == "索引号" and "统一社会信用代码" in guide["C2"].value


def test_filled_template_passes_the_baseline(tmp_path):
    path = make_template(tmp_path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["公开目录"]
    headers = [cell.value for cell in sheet[1]]
    examples = {name: example for name, _, _, example in COLUMNS}
    for n in range(1, 4):
        row = dict(examples)
        row.update({"索引号": f"11370881004341590W/2023-{n:05d}", "信息名称": f"{examples['信息名称']}（第{n}批）",
                    # the instructions say an item without a 文号 may say 无
                    "文号": f"曲交发〔2023〕{n}号" if n < 3 else "无",
                    "生成日期": dt.datetime(2023, 2, 10), "发布日期": dt.datetime(2023, 2, 15)})
        for column, name in enumerate(headers, start=1):
            sheet.cell(row=n + 1, column=column, value=row[name] or None)
    workbook.save(path)
    result = check(CheckRequest(paths=[str(path)], as_of=dt.date(2024, 1, 31)))
    assert result.inputs[0]["rows"] == 3
    assert result.findings == []
    assert all(check.status == "pass" for check in result.checks)


def test_template_refuses_other_extensions_and_missing_folder(tmp_path, capsys):
    with pytest.raises(SystemExit) as code:
        main(["template", "-o", str(tmp_path / "模板.csv")])
    assert code.value.code == 2
    with pytest.raises(SystemExit) as code:
        main(["template", "-o", str(tmp_path / "没有的文件夹" / "模板.xlsx")])
    assert code.value.code == 2
    assert "所在文件夹不存在" in capsys.readouterr().err


def test_outputs_get_normal_permissions_and_symlinks_survive(tmp_path):
    import os
    import stat

    from govopen_cli.writers.atomic import write_text_atomic

    fresh = tmp_path / "new.json"
    write_text_atomic(str(fresh), "{}")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~mask
    kept = tmp_path / "kept.json"
    kept.write_text("old")
    kept.chmod(0o640)
    write_text_atomic(str(kept), "new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_text() == "new"
    link = tmp_path / "link.json"
    link.symlink_to(kept)
    write_text_atomic(str(link), "via link")
    assert link.is_symlink() and kept.read_text() == "via link"
