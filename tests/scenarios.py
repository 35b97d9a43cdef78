"""A small campaign with two reviewers per file and the steps tests take on it: score, submit, dispute."""

from __future__ import annotations

from decimal import Decimal

from sqlite_utils import Database

from tests.workbench.small_campaign import LEAD, score_entries, small_campaign
from workbench.assignment.service import assign_campaign
from workbench.campaigns.recheck_rule import RecheckRule
from workbench.campaigns.service import Campaign, campaign_standard, update_settings
from workbench.scoring import Entry
from workbench.standards.model import RuleKind

__all__ = ["LEAD", "dispute", "one_file", "score", "two_reviewer_campaign"]


def two_reviewer_campaign(db: Database, tmp_path) -> Campaign:
    """12 files in 3 departments, 2 reviewers each, recheck below 95 or on differing grades."""
    campaign = small_campaign(db, tmp_path)
    campaign = update_settings(
        db, campaign, author=LEAD, recheck_rule=RecheckRule(below=Decimal(95), grades_differ=True)
    ).value
    assign_campaign(db, campaign, per_file=2, author=LEAD)
    return campaign


def busiest_reviewer(db: Database, campaign: Campaign) -> tuple[str, str, list[str]]:
    """The reviewer with the most files of the campaign: (name, id, their assigned files)."""
    name, reviewer_id = db.execute(
        "SELECT r.name, r.id FROM assignment a JOIN reviewer r ON r.id = a.reviewer_id"
        " WHERE a.campaign_id = ? GROUP BY r.id ORDER BY count(*) DESC, r.name LIMIT 1",
        [campaign.id],
    ).fetchone()
    sql = "SELECT subject_id FROM assignment WHERE campaign_id = ? AND reviewer_id = ?"
    return name, reviewer_id, [s for (s,) in db.execute(sql, [campaign.id, reviewer_id])]


def score(db: Database, campaign: Campaign, subject: str, reviewer_id: str, entries, *, submit=True) -> str:
    return score_entries(
        db, campaign_standard(db, campaign), campaign, subject, reviewer_id, list(entries), submit=submit
    )


def one_file(db: Database, campaign: Campaign) -> tuple[str, list[str]]:
    """The first assigned file and its reviewers."""
    sql = "SELECT subject_id FROM assignment WHERE campaign_id = ? ORDER BY subject_id LIMIT 1"
    (subject,) = db.execute(sql, [campaign.id]).fetchone()
    sql = "SELECT reviewer_id FROM assignment WHERE campaign_id = ? AND subject_id = ? ORDER BY reviewer_id"
    return subject, [r[0] for r in db.execute(sql, [campaign.id, subject])]


def dispute(db: Database, campaign: Campaign):
    """Both reviewers deduct on one fixed item; only the first on a second one."""
    standard = campaign_standard(db, campaign)
    same, differ = [it for it in standard.point_items if it.rule.kind is RuleKind.FIXED][:2]
    subject, (a, b) = one_file(db, campaign)
    agreed = Entry(same.key, points=same.rule.points, reason="目录缺页码")
    score(
        db, campaign, subject, a, [agreed, Entry(differ.key, points=differ.rule.points, reason="文书不规范")]
    )
    score(db, campaign, subject, b, [agreed])
    return standard, subject, (a, b), same, differ
