"""The exchange at campaign size.

merge:  a result package of 2,000 files × 40 deductions merged into the master (decrypt, unpack, plan,
        apply, audit, in one transaction), against a raw `executemany` of the same sheet and entry
        rows into empty tables of the same schema. Goal: ratio ≤ 2×. Best of 3, each on a fresh copy.
issue:  task packages without scans for 60 reviewers of a 3,500-file campaign (2 reviewers a file),
        with the progress callback counting. Goal: seconds.
Usage: python bench/bench_exchange.py [--files N] [--items K]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.connection import open_database
from db.records import new_ids, now
from workbench.campaigns.service import get_campaign
from workbench.exchange.copy import make_result_package, open_task_package
from workbench.exchange.issue import issue_task_package, issue_task_packages
from workbench.exchange.merge import apply_merge

SHEET_COLS = (
    "id",
    "created_at",
    "updated_at",
    "author",
    "campaign_id",
    "subject_id",
    "reviewer_id",
    "role",
    "status",
)
ENTRY_COLS = (
    "id",
    "created_at",
    "updated_at",
    "author",
    "sheet_id",
    "item_key",
    "kind",
    "points",
    "count",
    "reason",
)
_S, _E = ", ".join(SHEET_COLS), ", ".join(ENTRY_COLS)
INSERT_SHEET = f"INSERT INTO score_sheet ({_S}) VALUES ({', '.join('?' * len(SHEET_COLS))})"  # noqa: S608
INSERT_ENTRY = f"INSERT INTO score_entry ({_E}) VALUES ({', '.join('?' * len(ENTRY_COLS))})"  # noqa: S608
SELECT_SHEETS = f"SELECT {_S} FROM score_sheet"  # noqa: S608
SELECT_ENTRIES = f"SELECT {_E} FROM score_entry"  # noqa: S608


def campaign_of(folder: Path, files: int, reviewers: int, per_file: int) -> tuple[Path, str, list[str]]:
    """A master: `files` case files in one campaign, reviewers from another department, assigned."""
    path = folder / "master.sqlite"
    db = open_database(path)
    at = now()
    dept_ids = new_ids(2)
    db.conn.executemany(
        "INSERT INTO department (id, created_at, updated_at, author, name) VALUES (?, ?, ?, ?, ?)",
        [(dept_ids[0], at, at, "b", "被评查局"), (dept_ids[1], at, at, "b", "评查人员所在局")],
    )
    standard_id, campaign_id = new_ids(2)
    db.conn.execute(
        "INSERT INTO standard (id, created_at, updated_at, author, lineage_id, version, name, body)"
        " VALUES (?, ?, ?, ?, ?, 1, 'bench', '{}')",
        [standard_id, at, at, "b", standard_id],
    )
    db.conn.execute(
        "INSERT INTO campaign (id, created_at, updated_at, author, name, year, standard_id, status,"
        " subject_kind) VALUES (?, ?, ?, ?, 'bench', 2026, ?, 'reviewing', 'case_file')",
        [campaign_id, at, at, "b", standard_id],
    )
    case_ids = new_ids(files)
    db.conn.executemany(
        "INSERT INTO case_file (id, created_at, updated_at, author, case_number, department_id, title)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(c, at, at, "b", f"罚〔2026〕{i}号", dept_ids[0], f"案件{i}") for i, c in enumerate(case_ids)],
    )
    db.conn.executemany(
        "INSERT INTO campaign_subject (id, created_at, updated_at, author, campaign_id, subject_kind,"
        " subject_id) VALUES (?, ?, ?, ?, ?, 'case_file', ?)",
        [(i, at, at, "b", campaign_id, c) for i, c in zip(new_ids(files), case_ids, strict=True)],
    )
    reviewer_ids = new_ids(reviewers)
    names = [f"评查人{i:02d}" for i in range(reviewers)]
    db.conn.executemany(
        "INSERT INTO reviewer (id, created_at, updated_at, author, name, department_id, role)"
        " VALUES (?, ?, ?, ?, ?, ?, 'reviewer')",
        [(r, at, at, "b", n, dept_ids[1]) for r, n in zip(reviewer_ids, names, strict=True)],
    )
    pairs = [
        (c, reviewer_ids[(2 * i + k) % reviewers]) for i, c in enumerate(case_ids) for k in range(per_file)
    ]
    db.conn.executemany(
        "INSERT INTO assignment (id, created_at, updated_at, author, campaign_id, subject_id, reviewer_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(i, at, at, "b", campaign_id, c, r) for i, (c, r) in zip(new_ids(len(pairs)), pairs, strict=True)],
    )
    db.conn.commit()
    db.close()
    return path, campaign_id, names


def scored_copy(folder: Path, master: Path, campaign_id: str, name: str, items: int) -> Path:
    """The reviewer's copy with every assigned file scored: `items` entries a sheet, submitted."""
    db = open_database(master)
    issued = issue_task_package(
        db, get_campaign(db, campaign_id), name, folder, author="b", scans_folder=None
    ).value
    db.close()
    open_task_package(folder / "copy.sqlite", issued.path, issued.passphrase)
    copy = open_database(folder / "copy.sqlite")
    reviewer_id = copy.execute("SELECT reviewer_id FROM exchange_binding").fetchone()[0]
    subjects = [r[0] for r in copy.execute("SELECT subject_id FROM assignment")]
    at = now()
    sheet_ids = new_ids(len(subjects))
    sheets = [
        (s, at, at, name, campaign_id, subj, reviewer_id, "review", "submitted")
        for s, subj in zip(sheet_ids, subjects, strict=True)
    ]
    copy.conn.executemany(
        INSERT_SHEET,
        sheets,
    )
    entries = [
        (e, at, at, name, s, f"I{k:03d}", "deduction", "1", 1, f"第{k}项缺失")
        for s in sheet_ids
        for e, k in zip(new_ids(items), range(items), strict=True)
    ]
    copy.conn.executemany(
        INSERT_ENTRY,
        entries,
    )
    copy.conn.commit()
    result = make_result_package(copy, folder / "copy.sqlite", folder).path
    copy.close()
    return result


def raw_copy(folder: Path, copy: Path, master: Path) -> float:
    """The baseline: the same rows written with executemany into the master's empty score tables."""
    source = open_database(copy)
    sheets = source.execute(SELECT_SHEETS).fetchall()
    entries = source.execute(SELECT_ENTRIES).fetchall()
    source.close()
    shutil.copyfile(master, folder / "empty.sqlite")
    target = open_database(folder / "empty.sqlite")
    started = time.perf_counter()
    with target.conn:
        target.conn.executemany(
            INSERT_SHEET,
            sheets,
        )
        target.conn.executemany(
            INSERT_ENTRY,
            entries,
        )
    elapsed = time.perf_counter() - started
    target.close()
    (folder / "empty.sqlite").unlink()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--items", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        master, campaign_id, names = campaign_of(folder, args.files, reviewers=1, per_file=1)
        result = scored_copy(folder, master, campaign_id, names[0], args.items)
        merges, raws = [], []
        for run in range(3):
            target = folder / f"m{run}.sqlite"
            shutil.copyfile(master, target)
            db = open_database(target)
            started = time.perf_counter()
            plan, _ = apply_merge(db, result, author="b")
            merges.append(time.perf_counter() - started)
            db.close()
            assert plan.counts()["new"] == args.files
            raws.append(raw_copy(folder, folder / "copy.sqlite", master))
        rows = args.files * (args.items + 1)
        print(
            f"merge: {args.files} sheets × {args.items} entries ({rows:,} rows, "
            f"{result.stat().st_size / 1e6:.1f} MB package): {min(merges):.2f} s; raw executemany "
            f"{min(raws):.2f} s → ratio {min(merges) / min(raws):.2f}× (goal ≤ 2×)"
        )

        (folder / "big").mkdir()
        big, big_campaign, reviewers = campaign_of(folder / "big", 3500, reviewers=60, per_file=2)
        calls = []
        started = time.perf_counter()
        issued = issue_task_packages(
            big,
            big_campaign,
            reviewers,
            folder / "big" / "out",
            author="b",
            scans=False,
            progress=lambda done, total: calls.append(done),
        ).value
        elapsed = time.perf_counter() - started
        print(
            f"issue: {len(issued)} task packages of a 3,500-file campaign (2 reviewers a file, no scans): "
            f"{elapsed:.2f} s, {elapsed / len(issued) * 1000:.0f} ms each; "
            f"progress reported {len(calls)} times"
        )


if __name__ == "__main__":
    main()
