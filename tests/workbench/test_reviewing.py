"""The scoring screen never hands a user another reviewer's draft, and assigned reviewers work blind."""

from __future__ import annotations

from db.repos import reviewers as reviewer_repo
from workbench.assignment.service import assign_campaign
from workbench.campaigns.service import create_campaign, list_campaigns
from workbench.demo.generator import generate_demo
from workbench.review.whose_sheet import reviewer_for_file


def _sheets(db, campaign_id, status):
    sql = (
        "SELECT subject_id, reviewer_id FROM score_sheet WHERE campaign_id = ? AND status = ?"
        " AND subject_id IN"
        " (SELECT subject_id FROM score_sheet GROUP BY campaign_id, subject_id HAVING count(*) = 1)"
    )
    return db.execute(sql, [campaign_id, status]).fetchall()


def test_a_submitted_sheet_is_shown_but_drafts_of_others_are_not(db):
    generate_demo(db, files=300, seed=4)
    campaign = list_campaigns(db)[0]
    sql = (
        "SELECT subject_id, group_concat(reviewer_id) FROM score_sheet WHERE campaign_id = ?"
        " GROUP BY subject_id HAVING min(status = 'submitted' AND role = 'review') = 1 LIMIT 1"
    )
    subject, reviewers = db.execute(sql, [campaign.id]).fetchone()  # the pair submitted, no lead sheet
    assert reviewer_for_file(db, campaign, subject, "路人甲") in reviewers.split(",")
    assert "路人甲" not in reviewer_repo.all_by_name(db)  # no third sheet started on a scored file
    subject, other = _sheets(db, campaign.id, "draft")[0]
    mine = reviewer_for_file(db, campaign, subject, "路人甲")
    assert mine != other
    assert reviewer_repo.all_by_name(db)["路人甲"] == mine


def test_an_assigned_reviewer_always_gets_their_own_sheet(db):
    generate_demo(db, files=200, seed=6)
    demo = list_campaigns(db)[0]
    fresh = create_campaign(db, "2026年交叉评查", standard=demo.standard_id, author="组长").value
    assign_campaign(db, fresh, per_file=2, author="组长")
    subject, reviewer_id = db.execute(
        "SELECT subject_id, reviewer_id FROM assignment WHERE campaign_id = ? LIMIT 1", [fresh.id]
    ).fetchone()
    name = {v: k for k, v in reviewer_repo.all_by_name(db).items()}[reviewer_id]
    assert reviewer_for_file(db, fresh, subject, name) == reviewer_id


def test_nobody_else_gets_a_sheet_on_an_assigned_file(db):
    generate_demo(db, files=200, seed=6)
    demo = list_campaigns(db)[0]
    fresh = create_campaign(db, "2026年交叉评查", standard=demo.standard_id, author="组长").value
    assign_campaign(db, fresh, per_file=2, author="组长")
    (subject,) = db.execute(
        "SELECT subject_id FROM assignment WHERE campaign_id = ? LIMIT 1", [fresh.id]
    ).fetchone()
    assert reviewer_for_file(db, fresh, subject, "路人甲") is None
    sheets = db.execute("SELECT count(*) FROM score_sheet WHERE campaign_id = ?", [fresh.id]).fetchone()[0]
    assert sheets == 0
