"""One durable score edit through the service, against one raw WAL update with synchronous=FULL.

The service validates the deduction against the item's rule, checks the sheet is a draft, writes the
entry and its audit row in one transaction and commits with synchronous=FULL. The baseline, measured in
the same run on a copy of the same database, is a bare `UPDATE ... ; COMMIT` of one row. Goal: <= 3x.
Usage: python bench/bench_score_edit.py [--edits N]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.campaigns.service import campaign_standard, list_campaigns
from workbench.common.workspace import Workspace
from workbench.demo.generator import generate_demo
from workbench.review.sheets import delete_entry, open_sheet, record_entry
from workbench.scoring import Entry


def service_edits(path: Path, n: int) -> list[float]:
    ws = Workspace.open(path, author="bench")
    campaign = list_campaigns(ws.db)[0]
    standard = campaign_standard(ws.db, campaign)
    subject = ws.db.execute("SELECT subject_id FROM campaign_subject LIMIT 1").fetchone()[0]
    sheet = open_sheet(ws.db, campaign.id, subject, None, author="bench")
    item = standard.item_by_text("证据收集合法，来源清楚")  # a range item: any 1..5 on 0.5
    times = []
    for i in range(n):
        entry = Entry(item.key, points=Decimal(1 + (i % 8) / 2), reason="来源不清")
        started = time.perf_counter()
        entry_id = record_entry(ws.db, standard, sheet, entry, author="bench").value
        times.append(time.perf_counter() - started)
        delete_entry(ws.db, entry_id, author="bench")
    ws.close()
    return times


def raw_updates(path: Path, n: int) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    row_id = conn.execute("SELECT id FROM case_file LIMIT 1").fetchone()[0]
    times = []
    for i in range(n):
        started = time.perf_counter()
        conn.execute("UPDATE case_file SET amount_fen = ? WHERE id = ?", [i, row_id])
        times.append(time.perf_counter() - started)
    conn.close()
    return times


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--edits", type=int, default=300)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.sqlite"
        ws = Workspace.open(base, author="bench")
        generate_demo(ws.db, files=2000, seed=1)
        ws.close()
        shutil.copy(base, Path(tmp) / "raw.sqlite")
        service, raw = [], []
        for _ in range(3):  # interleave, so both see the same machine
            service += service_edits(base, args.edits)
            raw += raw_updates(Path(tmp) / "raw.sqlite", args.edits)
    s, r = statistics.median(service), statistics.median(raw)
    print(f"durable score edit through the service: median {s * 1000:.3f} ms over {len(service)} edits")
    print(f"raw WAL update, synchronous=FULL:        median {r * 1000:.3f} ms over {len(raw)} updates")
    print(f"ratio service / raw: {s / r:.2f}x (goal <= 3x)")


if __name__ == "__main__":
    main()
