"""A small demo campaign (120 files) for the document tests, and files shaped for one case each."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from db.connection import open_database
from workbench.campaigns.service import list_campaigns
from workbench.demo.generator import generate_demo
from workbench.reporting.figures import CampaignFigures, campaign_figures
from workbench.review.results import FileResult
from workbench.scoring import Entry, EntryKind, score_sheet


def demo_figures(folder: Path, files: int = 120, seed: int = 2026) -> CampaignFigures:
    db = open_database(folder / "demo.sqlite")
    try:
        generate_demo(db, files=files, seed=seed)
        return campaign_figures(db, list_campaigns(db)[0])
    finally:
        db.close()


def with_deduction(figures: CampaignFigures) -> FileResult:
    """A final file with a deduction that has a reason and a page."""
    return next(
        f
        for f in figures.final
        if any(e.kind is EntryKind.DEDUCTION and e.points and e.reason and e.page for e in f.entries)
    )


def vetoed(figures: CampaignFigures, file: FileResult) -> FileResult:
    """`file` rescored by the one engine with a veto finding added."""
    veto = figures.standard.veto_items[0]
    entries = (*file.entries, Entry(veto.key, EntryKind.VETO, reason="执法人员无执法证", page=3))
    return replace(file, entries=entries, result=score_sheet(figures.standard, entries))
