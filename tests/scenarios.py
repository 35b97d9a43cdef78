"""A small two-reviewer campaign and the steps tests take on it (score, submit, dispute)."""

from __future__ import annotations

from decimal import Decimal

from workbench.assignment_service import assign_campaign
from workbench.campaigns import Campaign, campaign_standard, create_campaign, list_campaigns
from workbench.demo.generator import generate_demo
from workbench.recheck import RecheckRule
from workbench.reviewers import import_reviewers
from workbench.scores.sheets import open_sheet, record_entry, submit_sheet
from workbench.scoring import Entry
from workbench.standards.model import RuleKind

LEAD = "王组长"


def two_reviewer_campaign(db, tmp_path) -> Campaign:
    """A fresh campaign over a 60-file demo, two reviewers per file, 王组长 as lead."""
    generate_demo(db, files=60, seed=3)
    demo = list_campaigns(db)[0]
    roster = tmp_path / "leads.csv"
    roster.write_text(f"姓名,所在单位,角色\n{LEAD},市司法局,组长\n", encoding="utf-8")
    import_reviewers(db, roster, author=LEAD)
    fresh = create_campaign(
        db,
        "2026年交叉评查",
        standard=demo.standard_id,
        author=LEAD,
        reviewers_per_file=2,
        recheck_rule=RecheckRule(below=Decimal(95), grades_differ=True),
    )
    assign_campaign(db, fresh, per_file=2, author=LEAD)
    return fresh


def fixed_items(standard, n):
    return [it for it in standard.point_items if it.rule.kind is RuleKind.FIXED][:n]


def score(db, campaign, subject, reviewer_id, entries, *, submit=True):
    standard = campaign_standard(db, campaign)
    sheet = open_sheet(db, campaign.id, subject, reviewer_id, author="评查人")
    for e in entries:
        record_entry(db, standard, sheet, e, author="评查人")
    if submit:
        submit_sheet(db, sheet, author="评查人")
    return sheet


def one_file(db, campaign):
    subject = db.execute("SELECT subject_id FROM assignment WHERE campaign_id = ? LIMIT 1", [campaign.id])
    subject = subject.fetchone()[0]
    reviewers = [
        r[0]
        for r in db.execute(
            "SELECT reviewer_id FROM assignment WHERE campaign_id = ? AND subject_id = ?"
            " ORDER BY reviewer_id",
            [campaign.id, subject],
        )
    ]
    return subject, reviewers


def dispute(db, campaign):
    standard = campaign_standard(db, campaign)
    same, differ = fixed_items(standard, 2)
    subject, (a, b) = one_file(db, campaign)
    agreed = Entry(same.key, points=same.rule.points, reason="目录缺页码")
    score(
        db, campaign, subject, a, [agreed, Entry(differ.key, points=differ.rule.points, reason="文书不规范")]
    )
    score(db, campaign, subject, b, [agreed])
    return standard, subject, (a, b), same, differ
