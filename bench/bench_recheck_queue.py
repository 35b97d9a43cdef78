"""定分 on a large campaign: how long the recheck queue takes to show it, on the GUI thread.

After the lead fixes a file's final score, the recheck screen used to reload the whole queue (every
file's sheets and entries scored again: about half a second on 10,000 files). Now 定分 returns what it
changed and the queue redraws that one row. Both are measured in the same run on the same database:
the full reload (`ArbitrationDialog.reload`) as the baseline, the hub update after `finalize_file` as
the figure. Goal: the update under 50 ms.
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_recheck_queue.py [--files N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from ui.changes import publish
from ui.recheck.recheck_dialog import ArbitrationDialog
from workbench.campaigns.service import list_campaigns
from workbench.common.workspace import Workspace
from workbench.demo.generator import generate_demo
from workbench.review.recheck import decide_item, finalize_file


def lead_of(path: Path) -> str:
    ws = Workspace.open(path, author="bench")
    (name,) = ws.db.execute("SELECT name FROM reviewer WHERE role = 'lead' LIMIT 1").fetchone()
    ws.close()
    return name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        ws = Workspace.open(path, author="bench")
        generate_demo(ws.db, files=args.files, seed=11)
        ws.close()
        ws = Workspace.open(path, author=lead_of(path))
        campaign = list_campaigns(ws.db)[0]
        dialog = ArbitrationDialog(ws, campaign)
        print(f"{args.files} files, {len(dialog.rows)} in the recheck queue")

        full = []
        for _ in range(3):
            started = time.perf_counter()
            dialog.reload()
            full.append(time.perf_counter() - started)
        undecided = [q for q in dialog.rows if not q.decided][: args.rounds]
        updates, services = [], []
        for row in undecided:
            dialog.queue.setCurrentCell(dialog.rows.index(row), 0)
            for item in list(dialog.comparison.open_items):
                reviewer = dialog.comparison.reviewers[0].reviewer_id
                done = decide_item(
                    ws.db,
                    campaign,
                    row.subject_id,
                    item.item.key,
                    author=ws.author,
                    reason="卷内确缺",
                    reviewer_id=reviewer,
                )
                publish(done.changes, dialog)
            started = time.perf_counter()
            done = finalize_file(ws.db, campaign, row.subject_id, author=ws.author)
            services.append(time.perf_counter() - started)
            started = time.perf_counter()
            publish(done.changes, dialog)  # the hub: the queue redraws this file's row
            app.processEvents()
            updates.append(time.perf_counter() - started)
            assert next(q for q in dialog.rows if q.subject_id == row.subject_id).decided
        dialog.close()
        ws.close()

    base, update = statistics.median(full), statistics.median(updates)
    print(f"full queue reload (before):  {base * 1000:8.1f} ms  (median of {len(full)})")
    print(f"定分 service (finalize_file): {statistics.median(services) * 1000:8.1f} ms")
    print(
        f"queue update after 定分:      {update * 1000:8.1f} ms  (median of {len(updates)}, max "
        f"{max(updates) * 1000:.1f} ms)"
    )
    print(f"ratio update / full reload:  {update / base:8.3f}  ({base / update:.0f}x faster)")
    print("goal: update < 50 ms:", "met" if max(updates) < 0.050 else "NOT met")


if __name__ == "__main__":
    main()
