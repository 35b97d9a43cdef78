"""One of each Word document opened by another word processor: LibreOffice converts it to PDF (where it is
installed), every character of the document is in the PDF, and the pages are as many as the content needs."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.workbench.exports.docx import docx_checks as dc
from tests.workbench.exports.pdf import pdf_checks
from workbench.campaigns.service import get_campaign, update_settings
from workbench.demo.generator import generate_demo
from workbench.exports.checks import BULLETIN, DOCX, FEEDBACK, NOTICES
from workbench.exports.service import export_outputs

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def convert(files: list[Path], out: Path, profile: Path) -> list[Path]:
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=170,
    )
    return [out / f"{f.stem}.pdf" for f in files]


def characters(text: str) -> Counter:
    return Counter(ch for ch in text if not ch.isspace())


def test_libreoffice_opens_each_document_and_loses_no_text(db, tmp_path):
    campaign = get_campaign(db, generate_demo(db, files=40, seed=3).campaign_id)
    campaign = update_settings(db, campaign, author="测试", doc_prefix="演司函").value
    out = tmp_path / "out"
    export_outputs(
        db, campaign, out, [BULLETIN, NOTICES, FEEDBACK], author="测试", **dc.ALLOW, formats=[DOCX]
    )
    chosen = [
        out / "评查通报.docx",
        max(out.glob("整改通知书-*.docx"), key=lambda p: len(dc.body_text(p))),  # the longest: an 附件
        next(out.glob("评查反馈意见-*.docx")),
    ]
    pdfs = convert(chosen, tmp_path / "pdf", tmp_path / "profile")
    for docx, pdf in zip(chosen, pdfs, strict=True):
        body = dc.body_text(docx)
        printed = pdf_checks.text(pdf, layout=False)
        lost = characters(body) - characters(printed)
        assert not lost, (docx.name, lost)
        pages = int(pdf_checks.info(pdf)["Pages"])
        breaks = sum(1 for p in dc.document(docx).paragraphs if p.paragraph_format.page_break_before)
        assert pages >= 1 + breaks
        grid_page = 22 * 28  # characters a full page of body text holds
        assert pages <= 3 * (len(body) // grid_page + 1) + breaks, (docx.name, pages)
        assert f"— {pages} —".replace(" ", "") in printed.replace(" ", "")  # numbered to the last page
