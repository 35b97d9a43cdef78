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
from workbench.campaigns import get_campaign, update_settings
from workbench.demo.generator import generate_demo
from workbench.documents.templates import save_template
from workbench.notices import issue_notices

ISSUED_ON = date(2026, 11, 25)
ISSUER = "鄂州市司法局"
PREFIX = "鄂州司函"
MM = mm


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
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def pdf_info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def fonts_embedded(pdf: Path) -> list[bool]:
    """One flag per font pdffonts lists: emb is the fifth column from the right."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split()[-5] == "yes" for line in out.splitlines()[2:] if line.strip()]


def is_a4(pdf: Path) -> bool:
    """Every page 210 × 297 mm (pdfinfo -l reports each page's size)."""
    out = subprocess.run(["pdfinfo", "-l", "-1", str(pdf)], capture_output=True, text=True, check=True).stdout
    sizes = re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", out)
    return bool(sizes) and all(
        abs(float(w) - 595.28) < 0.1 and abs(float(h) - 841.89) < 0.1 for w, h in sizes
    )


def demo_office(folder: Path, files: int = 80):
    """A demo campaign with a notice prefix, the office's name, and its notices issued."""
    db = open_database(folder / "wb.sqlite")
    campaign = get_campaign(db, generate_demo(db, files=files, seed=11).campaign_id)
    campaign = update_settings(db, campaign, author="科员", doc_prefix=PREFIX)
    save_template(db, "issuer", ISSUER, author="科员")
    notices = issue_notices(db, campaign, author="科员", issued_on=ISSUED_ON)
    return db, campaign, notices
