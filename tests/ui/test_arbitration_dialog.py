"""The lead's recheck screen: the disputed item is shown, decided with a reason, and the score fixed."""

from __future__ import annotations

import pytest

from tests.scenarios import LEAD, dispute, score, two_reviewer_campaign
from ui.errors import messages
from ui.recheck.recheck_dialog import DONE, SUBJECT_ROLE, ArbitrationDialog
from workbench.campaigns.service import campaign_standard, get_campaign
from workbench.common.workspace import Workspace
from workbench.review.results import FileStatus, campaign_results
from workbench.scoring import Entry, score_sheet
from workbench.standards.model import RuleKind


@pytest.fixture
def lead_workspace(tmp_path):
    workspace = Workspace.open(tmp_path / "review.sqlite", author=LEAD)
    yield workspace
    workspace.close()


def _status(db, campaign, subject):
    return next(r for r in campaign_results(db, campaign)[1] if r.subject_id == subject)


def test_lead_settles_the_dispute_and_fixes_the_score(qtbot, lead_workspace, tmp_path):
    db = lead_workspace.db
    campaign = two_reviewer_campaign(db, tmp_path)
    standard, subject, (a, _b), same, differ = dispute(db, campaign)
    dialog = ArbitrationDialog(lead_workspace, get_campaign(db, campaign.id))
    qtbot.addWidget(dialog)
    assert dialog.current_subject() == subject
    assert dialog.table.rowCount() == 1  # only the disputed item; the agreed one is accepted
    assert dialog.table.current_item_key() == differ.key
    assert not dialog.finalize_button.isEnabled()

    with messages.recording() as shown:
        dialog.take(a)  # no reason yet: refused, nothing stored
    assert "理由" in shown[-1].text or "reason" in shown[-1].text.lower()
    assert db.execute("SELECT count(*) FROM arbitration").fetchone()[0] == 0

    dialog.reason.setText("卷内缺少送达回证，第一评查人意见成立")
    dialog.take(a)
    assert dialog.finalize_button.isEnabled()
    with messages.recording(answers=[True]) as asked:
        dialog.finalize()
    case = dialog.rows[0].case_number
    assert asked[0].text.startswith(f"Fix the final score of {case}: total ")  # names the file and score

    result = _status(db, campaign, subject)
    assert result.status is FileStatus.FINAL
    expected = score_sheet(
        standard, [Entry(same.key, points=same.rule.points), Entry(differ.key, points=differ.rule.points)]
    )
    assert result.result.total == expected.total
    assert result.decided_by == LEAD


def test_show_agreed_lists_every_item(qtbot, lead_workspace, tmp_path):
    db = lead_workspace.db
    campaign = two_reviewer_campaign(db, tmp_path)
    standard, *_ = dispute(db, campaign)
    dialog = ArbitrationDialog(lead_workspace, get_campaign(db, campaign.id))
    qtbot.addWidget(dialog)
    dialog.show_agreed.setChecked(True)
    assert dialog.table.rowCount() == len(standard.items)


def test_own_value_of_zero_records_no_deduction(qtbot, lead_workspace, tmp_path):
    db = lead_workspace.db
    campaign = two_reviewer_campaign(db, tmp_path)
    standard, subject, _, same, _differ = dispute(db, campaign)
    dialog = ArbitrationDialog(lead_workspace, get_campaign(db, campaign.id))
    qtbot.addWidget(dialog)
    dialog.own_amount.setValue(0)
    dialog.reason.setText("不构成扣分情形")
    dialog.record_own()
    with messages.recording(answers=[True]):
        dialog.finalize()
    total = _status(db, campaign, subject).result.total
    assert total == score_sheet(standard, [Entry(same.key, points=same.rule.points)]).total


def two_disputes(db, campaign):
    """Two files on which the reviewers differ on two fixed items each."""
    standard = campaign_standard(db, campaign)
    first, second = [it for it in standard.point_items if it.rule.kind is RuleKind.FIXED][:2]
    sql = (
        "SELECT subject_id, group_concat(reviewer_id) FROM assignment WHERE campaign_id = ?"
        " GROUP BY 1 LIMIT 2"
    )
    files = []
    for subject, reviewers in db.execute(sql, [campaign.id]).fetchall():
        a, b = sorted(reviewers.split(","))
        score(
            db,
            campaign,
            subject,
            a,
            [Entry(k.key, points=k.rule.points, reason="缺") for k in (first, second)],
        )
        score(db, campaign, subject, b, [])
        files.append(subject)
    return files, (first, second)


def test_decisions_flow_to_the_next_item_and_定分_to_the_next_file(qtbot, lead_workspace, tmp_path):
    db = lead_workspace.db
    campaign = two_reviewer_campaign(db, tmp_path)
    files, (first, second) = two_disputes(db, campaign)
    dialog = ArbitrationDialog(lead_workspace, get_campaign(db, campaign.id))
    qtbot.addWidget(dialog)
    assert dialog.current_subject() in files
    queue_colours = {
        dialog.queue.item(r, 0).background().color().name() for r in range(dialog.queue.rowCount())
    }
    assert queue_colours == {"#000000"}  # no row is painted: nothing is decided yet, all are work
    assert dialog.table.current_item_key() == first.key
    dialog.reason.setText("卷内确缺")
    dialog.take(dialog.comparison.reviewers[0].reviewer_id)
    assert dialog.table.current_item_key() == second.key  # on to the next item still to decide
    assert dialog.reason.text() == "卷内确缺"  # the reason is there to reuse
    dialog.take(dialog.comparison.reviewers[0].reviewer_id)
    decided = dialog.current_subject()
    with messages.recording(answers=[True]):
        dialog.finalize()
    assert dialog.current_subject() != decided  # 定分 moves on to the next file
    row = next(
        r for r in range(dialog.queue.rowCount()) if dialog.queue.item(r, 0).data(SUBJECT_ROLE) == decided
    )
    assert dialog.rows[row].decided  # its row was redrawn in place: greyed
    assert dialog.queue.item(row, 0).foreground().color().name() == DONE.name()
