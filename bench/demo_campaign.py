"""A scored demo campaign made by the app's own command, for the bench scripts that time a window on it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def demo_database(folder: Path, files: int) -> Path:
    db = folder / f"campaign-{files}.sqlite"
    subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db), "demo", "--files", str(files)],
        check=True,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    return db
