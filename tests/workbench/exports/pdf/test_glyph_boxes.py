"""No glyph crosses the text block or a table rule, in any PDF kind we generate (issue 14, item 5).

Every run of glyphs of every page (poppler's pdftotext -bbox, the renderer's own geometry) is checked:
in the official documents (bulletin, notices) against the GB/T 9704 text block (156 mm from the 28 mm
binding margin); in every kind against the vertical table rules (pdfplumber's edges), so text running
past a cell border or out of a shaded row fails.
"""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.units import mm

from tests.workbench.exports.documents_case import build, deduction, veto
from workbench.exports.checks import KINDS
from workbench.exports.service import export_outputs

TOLERANCE = 0.6  # points: anti-aliasing and glyph side bearings
LEFT, BLOCK = 28 * mm, 156 * mm  # GB/T 9704: 订口 28 mm, 版心 156 mm wide
OFFICIAL = ("评查通报", "整改通知书", "补充整改通知书")


@dataclass(frozen=True)
class Crossing:
    file: str
    page: int
    text: str
    where: str

    def __str__(self) -> str:
        return f"{self.file} p.{self.page}: “{self.text}” {self.where}"


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def text_boxes(path: Path) -> dict[int, list[tuple[float, float, float, float, str]]]:
    """Page → the boxes poppler (the renderer pdftoppm uses) gives each run of glyphs, in points from the
    top left. (pdfminer, under pdfplumber, places some glyphs of reportlab's subset fonts 0.78 pt off.)"""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True)
    pages: dict[int, list] = {}
    for number, page in enumerate(out.stdout.split("<page ")[1:], start=1):
        pages[number] = [
            (float(x0), float(y0), float(x1), float(y1), html.unescape(t))
            for x0, y0, x1, y1, t in _WORD.findall(page)
        ]
    return pages


def crossings(path: Path, *, official: bool) -> list[Crossing]:
    """Runs of glyphs that leave the text block (official documents) or cross a vertical table rule."""
    found = []
    boxes = text_boxes(path)
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            rules = [e for e in page.edges if e["orientation"] == "v"]
            for x0, y0, x1, y1, text in boxes.get(number, []):
                if official and (x0 < LEFT - TOLERANCE or x1 > LEFT + BLOCK + TOLERANCE):
                    found.append(
                        Crossing(path.name, number, text, f"leaves the text block ({x1 / mm:.1f} mm)")
                    )
                    continue
                middle = (y0 + y1) / 2
                for r in rules:
                    if x0 + TOLERANCE < r["x0"] < x1 - TOLERANCE and r["top"] < middle < r["bottom"]:
                        where = f"crosses the rule at {r['x0'] / mm:.1f} mm"
                        found.append(Crossing(path.name, number, text, where))
                        break
    return found


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> list[Path]:
    """Every kind, from a small campaign with vetoes, long reasons and names, one list long enough for
    an 附件."""
    from db.connection import open_database

    folder = tmp_path_factory.mktemp("glyphs")
    db = open_database(folder / "wb.sqlite")
    long_reason = "询问笔录第3页至第5页被询问人未逐页签名确认，且未注明拒绝签名的原因（见卷宗第12页）"
    items = {"I001": "2", "I002": "1", "I003": "1", "I004": "1", "I005": "1", "I006": "1", "I007": "1"}
    plan = {
        ("市场局", n): [deduction(k, p, f"{long_reason}{n}") for k, p in items.items()] for n in (1, 2, 3)
    }
    plan[("交通局", 1)] = [veto("V01", "以内设机构名义作出处罚决定，处罚决定书加盖的是执法大队印章（第2页）")]
    plan[("生态局", 1)] = [veto("V06", "处罚决定书未加盖印章"), deduction("I015", "1", long_reason)]
    try:
        built = build(db, folder, plan)
        long_title = "长乐安泰置业股份有限公司发布虚假违法广告并拒不改正案（涉及多个楼盘项目、多家媒体）"
        for number in ("市监罚〔2026〕1号", "市监罚〔2026〕2号", "交罚〔2026〕1号", "环罚〔2026〕1号"):
            db.execute(
                "UPDATE case_file SET title = ?, party = ? WHERE case_number = ?",
                [long_title, long_title[:14], number],
            )
        return list(
            export_outputs(
                db, built.campaign, folder / "out", KINDS, author="t", issued_on=date(2026, 11, 25)
            ).value
        )
    finally:
        db.close()


@pytest.mark.parametrize("kind", ["评查表", "评查反馈意见", "评查通报", "整改通知书"])
def test_no_glyph_crosses_its_block_or_cell(written, kind):
    paths = [p for p in written if (p.suffix == ".pdf" and p.name.startswith(f"{kind}-")) or p.stem == kind]
    assert paths
    found = [c for p in paths for c in crossings(p, official=kind in OFFICIAL)]
    assert not found, "\n".join(map(str, found[:20]))


@pytest.fixture(scope="module")
def round_written(tmp_path_factory) -> list[Path]:
    """Every kind of a supervision round (its own layouts: per-unit sheets, indicators, bonuses)."""
    from db.connection import open_database
    from tests.workbench.exports.round_helpers import scored_round

    folder = tmp_path_factory.mktemp("round-glyphs")
    db = open_database(folder / "wb.sqlite")
    try:
        round_ = scored_round(db, folder)
        return list(
            export_outputs(db, round_, folder / "out", KINDS, author="t", issued_on=date(2026, 11, 25)).value
        )
    finally:
        db.close()


@pytest.mark.parametrize("kind", ["督察评分表", "督察反馈意见", "督察情况通报", "整改通知书"])
def test_no_glyph_crosses_in_a_rounds_documents(round_written, kind):
    paths = [
        p for p in round_written if p.suffix == ".pdf" and (p.stem == kind or p.name.startswith(f"{kind}-"))
    ]
    assert paths
    found = [c for p in paths for c in crossings(p, official=kind in (*OFFICIAL, "督察情况通报"))]
    assert not found, "\n".join(map(str, found[:20]))


def test_no_glyph_crosses_in_the_demos_notices_and_bulletin(tmp_path):
    """The demo's real titles and reasons: before the cells fitted their lines, 29 runs crossed (shaded
    file rows ending at 186.9 mm, reasons hanging past the 172 mm rule)."""
    from db.connection import open_database
    from workbench.campaigns.service import list_campaigns
    from workbench.demo.generator import generate_demo

    db = open_database(tmp_path / "demo.sqlite")
    try:
        generate_demo(db, files=300, seed=2026)
        written = export_outputs(
            db,
            list_campaigns(db)[0],
            tmp_path / "out",
            ["bulletin", "notices"],
            author="t",
            issued_on=date(2026, 11, 25),
            allow_unfinished=True,
        ).value
    finally:
        db.close()
    found = [c for p in written for c in crossings(p, official=True)]
    assert not found, "\n".join(map(str, found[:20]))
