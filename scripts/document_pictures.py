"""Render the README's pictures of documents (docs/bulletin.png, notice.png, feedback.png,
evaluation-sheet.png) from the first page of each, exported from a fresh realistic demo.

Usage: .venv/bin/python scripts/document_pictures.py [OUT_DIR]   (needs pdftoppm, poppler-utils)
The demo leaves files unscored on purpose, so the export is confirmed as --allow-unfinished would be.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.connection import open_database
from workbench.campaigns.service import list_campaigns
from workbench.demo.generator import generate_demo
from workbench.exports.checks import BULLETIN, FEEDBACK, NOTICES, SHEETS
from workbench.exports.service import export_outputs

DEPARTMENT = "市市场监督管理局"
PICTURES = (  # (picture, file name prefix, dpi: the width of the README's table cells)
    ("bulletin.png", "评查通报", 110),
    ("notice.png", "整改通知书", 110),
    ("feedback.png", "评查反馈意见", 75),
    ("evaluation-sheet.png", "评查表", 75),
)


def main(out: Path) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="workbench-docs-"))
    db = open_database(tmp / "demo.sqlite")
    try:
        generate_demo(db, files=3000, seed=2026)
        campaign = list_campaigns(db)[0]
        written = export_outputs(
            db,
            campaign,
            tmp / "out",
            [SHEETS, FEEDBACK, BULLETIN, NOTICES],
            departments=[DEPARTMENT],
            author="演示",
            issued_on=date(2026, 11, 25),
            allow_unfinished=True,
        ).value
    finally:
        db.close()
    out.mkdir(parents=True, exist_ok=True)
    for picture, prefix, dpi in PICTURES:
        pdf = next(p for p in written if p.stem == prefix or p.stem.startswith(f"{prefix}-"))
        target = out / picture
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(dpi),
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                "-png",
                str(pdf),
                str(target.with_suffix("")),
            ],
            check=True,
        )
        print(target)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs")
