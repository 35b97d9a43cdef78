"""Helpers for the official-document tests: a demo campaign with notices, and poppler's word boxes."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm

from db.connection import open_database
from tests.workbench.exports.pdf import pdf_checks
from tests.workbench.exports.pdf.pdf_checks import font_rows, is_a4, squeeze
from tests.workbench.exports.pdf.pdf_checks import info as pdf_info
from workbench.campaigns.office import set_office
from workbench.campaigns.service import get_campaign, update_settings
from workbench.demo.generator import generate_demo
from workbench.rectification.issuing import issue_notices

ISSUED_ON = date(2026, 11, 25)
ISSUER = "鄂州市司法局"
PREFIX = "鄂州司函"
MM = mm
__all__ = [
    "ISSUED_ON",
    "ISSUER",
    "MM",
    "PREFIX",
    "demo_office",
    "fonts_embedded",
    "is_a4",
    "pdf_info",
    "text",
    "words",
]


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float  # from the top of the page, in points
    x1: float
    y1: float
    text: str


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def words(pdf: Path) -> list[Word]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    result, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        elif match := _WORD.search(line):
            x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
            result.append(Word(page, x0, y0, x1, y1, html.unescape(match.group(5))))
    return result


def text(pdf: Path) -> str:
    """All text, lines joined without breaks (Chinese wraps anywhere)."""
    return squeeze(pdf_checks.text(pdf, layout=False))


def fonts_embedded(pdf: Path) -> list[bool]:
    """One flag per font pdffonts lists."""
    return [row[-5] == "yes" for row in font_rows(pdf)]


def demo_office(folder: Path, files: int = 80):
    """A demo campaign with a notice prefix, the office's name, and its notices issued."""
    db = open_database(folder / "wb.sqlite")
    campaign = get_campaign(db, generate_demo(db, files=files, seed=11).campaign_id)
    campaign = update_settings(db, campaign, author="科员", doc_prefix=PREFIX).value
    set_office(db, name=ISSUER, contact="王明，0711-3856012", address="鄂州市滨湖南路1号", author="科员")
    notices = issue_notices(db, campaign, author="科员", deadline_days=15, issued_on=ISSUED_ON).value
    return db, campaign, notices
