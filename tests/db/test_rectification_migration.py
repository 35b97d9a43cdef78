"""0005_rectification on a file the v4 workbench wrote (tests/fixtures/v4/make_v4.py): every notice's
problems become ledger lines, a voided notice's lines are void, and the ledger works afterwards."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from db.connection import open_database
from db.migrations import SCHEMA_VERSION, migrations
from workbench.campaigns.service import list_campaigns
from workbench.rectification.ledger import ISSUED, REPORTED, VOID, ledger, resolve_lines
from workbench.rectification.ledger_steps import record_report

V4 = Path(__file__).resolve().parents[1] / "fixtures" / "v4" / "notices_v4.sqlite"


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(V4, path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 4
    assert not raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'rectification'").fetchall()
    notices = raw.execute("SELECT id, number, status, deadline, body FROM notice ORDER BY serial").fetchall()
    raw.close()
    db = open_database(path)
    yield db, path, notices
    db.close()


def test_every_problem_of_a_v4_notice_becomes_a_line(upgraded):
    db, path, notices = upgraded
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert (path.parent / "old.sqlite.bak-v4").exists()
    assert any(status == VOID for _, _, status, _, _ in notices)
    total = 0
    for notice_id, _number, status, deadline, body in notices:
        problems = json.loads(body)["problems"]
        rows = list(db["rectification"].rows_where("notice_id = ?", [notice_id], order_by="line"))
        assert [r["line"] for r in rows] == list(range(1, len(problems) + 1))
        assert [(r["case_number"], r["item"], r["problem"], Decimal(r["points"])) for r in rows] == [
            (p["case_number"], p["item"], p["reason"], Decimal(p["points"])) for p in problems
        ]
        assert {r["status"] for r in rows} == {VOID if status == "void" else ISSUED}
        assert {r["deadline"] for r in rows} == {deadline}
        assert all(r["id"] and r["created_at"] and r["author"] for r in rows)
        total += len(problems)
    assert db["rectification"].count == total


def test_the_upgraded_ledger_reads_and_takes_steps(upgraded):
    db, path, notices = upgraded
    campaign = list_campaigns(db)[0]
    lines = ledger(db, campaign, today=date(2026, 11, 25))
    live = [n for n in notices if n[2] == "issued"]
    assert len(lines) == sum(len(json.loads(n[4])["problems"]) for n in live)
    assert {line.due for line in lines} == {"overdue"}  # due 2026-11-17 and 18
    first = resolve_lines(db, [f"{live[0][1]}#1"])
    assert first == [lines[0].id]
    changed = record_report(db, first, reported_on=date(2026, 11, 20), report="已整改", author="科员").value
    assert changed[0].status == REPORTED
    db.close()
    again = open_database(path)  # nothing applied twice
    assert not migrations.pending(again)
    assert again["rectification"].count == sum(len(json.loads(n[4])["problems"]) for n in notices)
    again.close()
