"""Open the reports in LibreOffice: convert the .docx and .xlsx to PDF headlessly.

Skipped when LibreOffice (`soffice`) is not installed. To run it:

    apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils   # Debian/Ubuntu
    python -m pytest -q tests/test_libreoffice.py

A conversion that fails, or a PDF without pages, means the file would not open cleanly. The Word
report must come out at 2–8 pages (counted with pdfinfo when present, else from the PDF itself).
"""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from govopen_cli.checklist.load import shipped_names
from govopen_cli.cli import cli
from tests.test_report_cli import AS_OF, make_catalog

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def to_pdf(path, tmp_path):
    """Convert with a throw-away profile (no clash with a running LibreOffice); returns the PDF path."""
    out = tmp_path / "pdf"
    out.mkdir(exist_ok=True)
    profile = (tmp_path / "lo-profile").as_uri()
    completed = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
         "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=300,
    )
    pdf = out / (path.stem + ".pdf")
    assert completed.returncode == 0 and pdf.exists(), completed.stdout + completed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    return pdf


def pages(pdf) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, flags=re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def reports(tmp_path, *args):
    catalog = tmp_path / "目录.xlsx"
    if not catalog.exists():
        make_catalog(catalog, rows=3000, seed=11)
    docx_path, xlsx_path = tmp_path / "自查报告.docx", tmp_path / "自查报告.xlsx"
    result = CliRunner().invoke(cli, ["check", str(catalog), "--as-of", AS_OF, "--docx", str(docx_path),
                                      "--xlsx", str(xlsx_path), "--agency", "某某市某某局", *args])
    assert result.exit_code in (0, 1), result.output
    return docx_path, xlsx_path


def test_reports_open_in_libreoffice(tmp_path):
    docx_path, xlsx_path = reports(tmp_path)
    assert 2 <= pages(to_pdf(docx_path, tmp_path)) <= 8
    assert pages(to_pdf(xlsx_path, tmp_path)) >= 5  # five sheets, each at least a page


@pytest.mark.skipif("qufu-transport-2023" not in shipped_names(), reason="seed checklist not shipped")
def test_long_checklist_report_stays_within_eight_pages(tmp_path):
    docx_path, _ = reports(tmp_path, "-c", "qufu-transport-2023", "--leader", "局长张三")
    assert 2 <= pages(to_pdf(docx_path, tmp_path)) <= 8
