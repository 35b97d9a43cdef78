"""A master with a two-reviewer campaign, reviewer copies made from its task packages, and a dump."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from db.connection import open_database
from tests.scenarios import one_file, two_reviewer_campaign
from workbench.campaigns.service import Campaign, campaign_standard
from workbench.exchange.copy import make_result_package, open_task_package
from workbench.exchange.issue import IssuedPackage, issue_task_package
from workbench.review.sheets import open_sheet, record_entry, submit_sheet
from workbench.scoring import Entry

PASS = "TEST-PASS-2026"
SCORED_TABLES = ("score_sheet", "score_entry", "exchange_conflict", "assignment")


@dataclass
class Master:
    db: Database
    path: Path
    campaign: Campaign
    subject: str  # a file both reviewers score
    a: str  # reviewer ids
    b: str

    def name(self, reviewer_id: str) -> str:
        return self.db.execute("SELECT name FROM reviewer WHERE id = ?", [reviewer_id]).fetchone()[0]

    def issue(self, reviewer_id: str, out: Path) -> IssuedPackage:
        return issue_task_package(
            self.db,
            self.campaign,
            self.name(reviewer_id),
            out,
            author="组织者",
            scans_folder=None,
            passphrase=PASS,
        ).value


def make_master(tmp_path: Path) -> Master:
    path = tmp_path / "master.sqlite"
    db = open_database(path)
    campaign = two_reviewer_campaign(db, tmp_path)
    subject, (a, b) = one_file(db, campaign)
    return Master(db, path, campaign, subject, a, b)


def copy_from(master: Master, reviewer_id: str, folder: Path) -> Database:
    """The reviewer's laptop: the task package opened into a fresh copy."""
    folder.mkdir(parents=True, exist_ok=True)
    issued = master.issue(reviewer_id, folder)
    open_task_package(folder / "copy.sqlite", issued.path, PASS)
    return open_database(folder / "copy.sqlite")


def score_on(
    db: Database, campaign: Campaign, subject: str, reviewer_id: str, items: dict[str, str], *, submit=True
):
    """Deduct each fixed item (key -> reason) on the reviewer's sheet, then submit."""
    standard = campaign_standard(db, campaign)
    sheet = open_sheet(db, campaign.id, subject, reviewer_id, author="评查人")
    for key, reason in items.items():
        points = standard.item(key).rule.points or Decimal(0)
        record_entry(db, standard, sheet, Entry(key, points=points, reason=reason), author="评查人")
    if submit:
        submit_sheet(db, sheet, author="评查人")
    return sheet


def result_of(copy: Database, folder: Path, name: str = "") -> Path:
    out = folder / name if name else folder
    return make_result_package(copy, folder / "copy.sqlite", out).path


def dump_hash(db: Database, tables: tuple[str, ...] = SCORED_TABLES) -> str:
    """The content of these tables, ignoring row order and the merge's own times."""
    digest = hashlib.sha256()
    for table in tables:
        cols = [c for c in db[table].columns_dict if c not in ("created_at", "updated_at", "id", "author")]
        rows = sorted(repr(r) for r in db.execute(f"SELECT {', '.join(cols)} FROM [{table}]"))  # noqa: S608
        digest.update("\n".join(rows).encode())
    return digest.hexdigest()


def whole_dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()
