"""复核定分: agreed items pass through, each disputed item is settled by the lead with a reason."""

from __future__ import annotations

from decimal import Decimal

import pytest

from db.repos import reviewers as reviewer_repo
from tests.scenarios import LEAD, dispute, one_file, score, two_reviewer_campaign
from workbench.campaigns.closing import close_campaign
from workbench.campaigns.service import CampaignClosed, campaign_standard
from workbench.common.changes import Changes
from workbench.reporting.report import campaign_report
from workbench.review.recheck import (
    ItemsUndecided,
    NotLead,
    NotReadyForArbitration,
    compare_file,
    decide_item,
    finalize_file,
)
from workbench.review.recheck_queue import arbitration_queue, queue_row
from workbench.review.results import FileStatus, campaign_results
from workbench.review.sheets import ReasonRequired
from workbench.scoring import Entry, EntryKind, score_sheet


@pytest.fixture
def campaign(db, tmp_path):
    return two_reviewer_campaign(db, tmp_path)


def test_comparison_waits_for_every_reviewer(db, campaign):
    subject, (a, b) = one_file(db, campaign)
    score(db, campaign, subject, a, [])
    score(db, campaign, subject, b, [], submit=False)
    with pytest.raises(NotReadyForArbitration, match="尚未提交"):
        compare_file(db, campaign, subject)


def test_disputed_items_are_listed_and_agreed_ones_accepted(db, campaign):
    _standard, subject, (a, b), same, differ = dispute(db, campaign)
    comparison = compare_file(db, campaign, subject)
    assert [c.item.key for c in comparison.disputed] == [differ.key]
    assert next(c for c in comparison.items if c.item.key == same.key).agreed
    assert {r.reviewer_id for r in comparison.reviewers} == {a, b}
    (status,) = [r.status for r in campaign_results(db, campaign)[1] if r.subject_id == subject]
    assert status is FileStatus.AWAITING_ARBITRATION


def test_lead_takes_one_reviewers_value_and_the_file_becomes_final(db, campaign):
    standard, subject, (a, _b), same, differ = dispute(db, campaign)
    with pytest.raises(ItemsUndecided):
        finalize_file(db, campaign, subject, author=LEAD)
    with pytest.raises(ReasonRequired):
        decide_item(db, campaign, subject, differ.key, author=LEAD, reason=" ", reviewer_id=a)
    decide_item(db, campaign, subject, differ.key, author=LEAD, reason="卷内确缺送达回证", reviewer_id=a)
    result = finalize_file(db, campaign, subject, author=LEAD).value
    expected = score_sheet(
        standard,
        [Entry(same.key, points=same.rule.points), Entry(differ.key, points=differ.rule.points)],
    )
    assert result.total == expected.total
    report = campaign_report(db, campaign)
    (row,) = [
        f for f in report["files"] if f["total"] == float(expected.total) or f["total"] == expected.total
    ]
    assert row["grade"] == expected.grade
    kept = db.execute(
        "SELECT decision, source_reviewer_id, reason FROM arbitration WHERE subject_id = ? AND item_key = ?",
        [subject, differ.key],
    ).fetchone()
    assert tuple(kept) == ("reviewer", a, "卷内确缺送达回证")


def test_lead_records_their_own_value(db, campaign):
    standard, subject, _, same, differ = dispute(db, campaign)
    decide_item(db, campaign, subject, differ.key, author=LEAD, reason="不构成扣分情形", entries=[])
    result = finalize_file(db, campaign, subject, author=LEAD).value
    assert result.total == score_sheet(standard, [Entry(same.key, points=same.rule.points)]).total


def test_only_the_lead_arbitrates(db, campaign):
    _standard, subject, (a, _b), _same, differ = dispute(db, campaign)
    with pytest.raises(NotLead):
        decide_item(db, campaign, subject, differ.key, author="张三", reason="x", reviewer_id=a)
    assert db.execute("SELECT count(*) FROM arbitration").fetchone()[0] == 0


def test_own_value_is_checked_against_the_rule(db, campaign):
    _standard, subject, _, _same, differ = dispute(db, campaign)
    wrong = Entry(differ.key, points=differ.rule.points + Decimal("0.5"), reason="多扣")
    with pytest.raises(Exception, match=differ.text[:6]):
        decide_item(db, campaign, subject, differ.key, author=LEAD, reason="x", entries=[wrong])
    assert db.execute("SELECT count(*) FROM score_sheet WHERE role = 'final'").fetchone()[0] == 0


def test_queue_lists_flagged_files_first(db, campaign):
    _standard, disputed, *_ = dispute(db, campaign)
    standard = campaign_standard(db, campaign)
    veto = standard.veto_items[0]
    flagged_subject = db.execute(
        "SELECT max(subject_id) FROM assignment WHERE campaign_id = ? AND subject_id != ?",
        [campaign.id, disputed],
    ).fetchone()[0]
    for reviewer in [
        r[0]
        for r in db.execute(
            "SELECT reviewer_id FROM assignment WHERE campaign_id = ? AND subject_id = ?",
            [campaign.id, flagged_subject],
        )
    ]:
        score(
            db,
            campaign,
            flagged_subject,
            reviewer,
            [Entry(veto.key, kind=EntryKind.VETO, reason="无立案审批")],
        )
    queue = arbitration_queue(db, campaign)
    assert queue[0].subject_id == flagged_subject
    assert queue[0].flagged
    assert queue[0].disputed == 0
    assert [q.disputed for q in queue if q.subject_id != flagged_subject] == [1]


def test_decisions_say_what_they_changed_and_the_queue_row_follows(db, campaign):
    _standard, subject, (a, _b), _same, differ = dispute(db, campaign)
    (before,) = [q for q in arbitration_queue(db, campaign) if q.subject_id == subject]
    assert queue_row(db, campaign, subject) == before
    decided = decide_item(db, campaign, subject, differ.key, author=LEAD, reason="卷内确缺", reviewer_id=a)
    final_id = decided.value.final_sheet_id
    assert decided.changes == Changes.of(sheets=[final_id], subjects=[subject])
    finalized = finalize_file(db, campaign, subject, author=LEAD)
    assert finalized.changes == Changes.of(sheets=[final_id], subjects=[subject])
    after = queue_row(db, campaign, subject)
    assert not before.decided
    assert after is not None
    assert after.decided
    (listed,) = [q for q in arbitration_queue(db, campaign) if q.subject_id == subject]
    assert after == listed  # the one row a screen re-reads is the row the full queue would show


def test_a_closed_campaign_takes_no_recheck_decision(db, campaign):
    _standard, subject, (a, _b), _same, differ = dispute(db, campaign)
    reviewer_repo.insert_many(db, [{"name": LEAD, "department_id": None, "role": "lead"}], LEAD)
    close_campaign(db, campaign, author=LEAD)
    with pytest.raises(CampaignClosed):
        decide_item(db, campaign, subject, differ.key, author=LEAD, reason="卷内确缺", reviewer_id=a)
