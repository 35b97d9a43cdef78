"""Two processes on one database file: writes wait for each other, and every guard holds under the lock.

Each test starts real processes (multiprocessing, spawn) that meet at a barrier and then write at once.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import random
import time
from datetime import date
from pathlib import Path

import pytest

from db.connection import open_database
from workbench.campaigns.service import get_campaign, update_settings
from workbench.demo.generator import generate_demo
from workbench.review.results import FileStatus, campaign_results

BUSY = "另一个窗口或程序正在写入"
ROWS = 1500
SPAWN = multiprocessing.get_context("spawn")  # a clean interpreter, as a second window or a CLI run is


def _register(path: Path, first: int) -> Path:
    lines = ["案号,案件名称,当事人,执法部门,立案日期,结案日期"]
    lines += [
        f"某监罚〔2026〕{n}号,某公司未按规定明码标价案{n},某某商贸有限公司,市场监督管理局,2026-03-05,2026-04-01"
        for n in range(first, first + ROWS)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _cli(argv: list[str], barrier, results) -> None:
    from workbench.cli.main import main

    barrier.wait()
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        rc = main(argv)
    results.put((rc, err.getvalue()))


def _run(target, argss: list[tuple], timeout: float = 120) -> list:
    barrier = SPAWN.Barrier(len(argss))
    results = SPAWN.Queue()
    procs = [SPAWN.Process(target=target, args=(*args, barrier, results)) for args in argss]
    for p in procs:
        p.start()
    out = [results.get(timeout=timeout) for _ in procs]
    for p in procs:
        p.join(timeout)
        assert p.exitcode == 0
    return out


def test_two_overlapping_imports_both_finish(tmp_path):
    db_path = tmp_path / "shared.sqlite"
    open_database(db_path).close()
    first = _register(tmp_path / "甲.csv", 1)
    second = _register(tmp_path / "乙.csv", 100_000)
    trials = 3
    for trial in range(trials):  # after the first, the same registers are refused (cases exist)
        runs = _run(
            _cli,
            [
                (["--db", str(db_path), "cases", "import", str(first)],),
                (["--db", str(db_path), "cases", "import", str(second)],),
            ],
        )
        for rc, err in runs:
            assert "内部错误" not in err
            assert "Traceback" not in err
            if trial == 0:
                assert rc == 0 or (rc == 2 and BUSY in err), err
            else:
                assert rc == 2  # already imported: refused row by row, never a crash
    db = open_database(db_path)
    assert db.execute("SELECT count(*) FROM case_file").fetchone()[0] == 2 * ROWS
    db.close()


def _demo(tmp_path: Path, files: int = 60):
    db_path = tmp_path / "demo.sqlite"
    db = open_database(db_path)
    summary = generate_demo(db, files=files, seed=7)
    campaign = update_settings(
        db, get_campaign(db, summary.campaign_id), author="t", doc_prefix="鄂州司函"
    ).value
    return db_path, db, campaign


def _edit_until_refused(db_path: str, sheet_id: str, item_key: str, barrier, results) -> None:
    from workbench.campaigns.service import campaign_standard, get_campaign
    from workbench.common.known_errors import KNOWN_ERRORS
    from workbench.review.sheets import SheetLocked, record_entry
    from workbench.scoring import Entry

    db = open_database(db_path)
    sheet = db["score_sheet"].get(sheet_id)
    standard = campaign_standard(db, get_campaign(db, sheet["campaign_id"]))
    item = standard.item(item_key)
    barrier.wait()
    acknowledged, refused, busy = 0, 0, 0
    for n in range(400):
        try:
            entry = Entry(item.key, points=item.rule.points, reason=f"第{n}处")
            record_entry(db, standard, sheet_id, entry, author="甲")
        except SheetLocked:
            refused += 1
            break
        except KNOWN_ERRORS:
            busy += 1
        else:
            acknowledged += 1
    db.close()
    results.put(("edits", acknowledged, refused, busy))


def _submit_after(db_path: str, sheet_id: str, delay: float, barrier, results) -> None:
    from workbench.review.sheets import submit_sheet

    db = open_database(db_path)
    barrier.wait()
    time.sleep(delay)
    submit_sheet(db, sheet_id, author="乙")
    db.close()
    results.put(("submit",))


def test_edits_never_land_on_a_sheet_submitted_by_another_process(tmp_path):
    from workbench.campaigns.service import campaign_standard
    from workbench.review.sheets import open_sheet
    from workbench.standards.model import RuleKind

    db_path, db, campaign = _demo(tmp_path, files=30)
    _, files = campaign_results(db, campaign)
    unscored = [f.subject_id for f in files if f.status is FileStatus.UNSCORED]
    standard = campaign_standard(db, campaign)
    item = next(i for i in standard.items if i.rule.kind is RuleKind.FIXED and not i.veto)
    rng = random.Random(18)
    for subject_id in unscored[:3]:  # three trials, each with its own sheet and delay
        sheet_id = open_sheet(db, campaign.id, subject_id, None, author="甲")
        delay = rng.uniform(0.05, 0.4)
        runs = _run_pair(db_path, sheet_id, item.key, delay)
        (_, acknowledged, refused, _busy) = next(r for r in runs if r[0] == "edits")
        stored = db.execute("SELECT count(*) FROM score_entry WHERE sheet_id = ?", [sheet_id]).fetchone()[0]
        assert stored == acknowledged  # nothing acknowledged was lost, nothing refused was stored
        submitted = db.execute(
            """SELECT rowid FROM audit_log
               WHERE table_name = 'score_sheet' AND record_id = ? AND action = 'submit'""",
            [sheet_id],
        ).fetchone()[0]
        late = db.execute(
            """SELECT count(*) FROM audit_log a JOIN score_entry e ON e.id = a.record_id
               WHERE a.table_name = 'score_entry' AND a.action = 'create'
                 AND e.sheet_id = ? AND a.rowid > ?""",
            [sheet_id, submitted],
        ).fetchone()[0]
        assert late == 0
        assert refused == 1 or acknowledged == 400
    db.close()


def _run_pair(db_path: Path, sheet_id: str, item_key: str, delay: float) -> list:
    barrier = SPAWN.Barrier(2)
    results = SPAWN.Queue()
    procs = [
        SPAWN.Process(target=_edit_until_refused, args=(str(db_path), sheet_id, item_key, barrier, results)),
        SPAWN.Process(target=_submit_after, args=(str(db_path), sheet_id, delay, barrier, results)),
    ]
    for p in procs:
        p.start()
    out = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    return out


def _issue(db_path: str, campaign_id: str, barrier, results) -> None:
    from workbench.rectification.issuing import issue_notices

    db = open_database(db_path)
    campaign = get_campaign(db, campaign_id)
    barrier.wait()
    issued = issue_notices(db, campaign, author="甲", issued_on=date(2026, 11, 25), deadline_days=30).value
    db.close()
    results.put(len(issued))


def test_two_processes_issuing_notices_never_give_a_department_two(tmp_path):
    db_path, db, campaign = _demo(tmp_path)
    db.close()
    for _ in range(3):
        counts = _run(_issue, [(str(db_path), campaign.id), (str(db_path), campaign.id)])
        db = open_database(db_path)
        per_department = db.execute(
            "SELECT department_id, count(*) FROM notice WHERE status = 'issued' GROUP BY department_id"
        ).fetchall()
        numbers = [r[0] for r in db.execute("SELECT number FROM notice").fetchall()]
        assert per_department
        assert all(n == 1 for _, n in per_department)
        assert len(numbers) == len(set(numbers))
        assert sum(counts) == len(per_department)  # the second process found them issued and passed over
        db.execute("UPDATE notice SET status = 'void'")  # the next trial issues afresh
        db.close()


def test_a_writer_that_outlasts_the_wait_gets_the_chinese_busy_message(tmp_path, monkeypatch):
    import sqlite3

    from db.errors import WriterBusy
    from db.transactions import WorkbenchDatabase
    from workbench.review.sheets import open_sheet

    db_path, db, campaign = _demo(tmp_path, files=20)
    monkeypatch.setattr(WorkbenchDatabase, "write_wait", 0.1)
    db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    _, files = campaign_results(db, campaign)
    with pytest.raises(WriterBusy, match=BUSY):
        open_sheet(db, campaign.id, files[0].subject_id, None, author="甲")
    other.execute("ROLLBACK")
    other.close()
    db.close()
