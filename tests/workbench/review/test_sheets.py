"""Editing a score sheet: validated, audited, locked once submitted, reopened only with a reason."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from db.repos import reviewers as reviewer_repo
from workbench.campaigns.closing import ReopenReasonRequired, close_campaign, reopen_campaign
from workbench.campaigns.service import CampaignClosed, NotOrganiser, update_settings
from workbench.common.changes import Changes
from workbench.common.errors import DeductionNotAllowed
from workbench.reporting.report import campaign_report
from workbench.review.sheets import (
    EntryConflict,
    ReasonRequired,
    ReasonsMissing,
    SheetLocked,
    delete_entry,
    find_sheet,
    record_entry,
    reopen_sheet,
    set_remarks,
    sheet_entries,
    start_sheet,
    submit_sheet,
    update_entry,
)
from workbench.scoring import Entry, EntryKind


@pytest.fixture
def sheet(draft):
    return draft.db, draft.campaign, draft.standard, draft.sheet_id


def audit_rows(db, record_id):
    return list(db["audit_log"].rows_where("record_id = ?", [record_id], order_by="at"))


def test_recorded_deductions_reach_the_report(sheet):
    db, campaign, standard, sheet_id = sheet
    item = standard.item_by_text("文书填写规范、完整")  # 4 points, 1 per defect
    record_entry(
        db, standard, sheet_id, Entry(item.key, points=Decimal(2), count=2, reason="漏填两项"), author="王评"
    )
    submit_sheet(db, sheet_id, author="王评")
    (row,) = campaign_report(db, campaign)["files"]
    assert row["total"] == 98


def test_every_edit_is_audited_with_old_and_new_values(sheet):
    db, _, standard, sheet_id = sheet
    item = standard.item_by_text("证据收集合法，来源清楚")  # range 1–5
    entry_id = record_entry(
        db, standard, sheet_id, Entry(item.key, points=Decimal(2), reason="来源不清"), author="王评"
    ).value
    update_entry(
        db,
        standard,
        entry_id,
        points=Decimal(4),
        reason="来源不清，复看后加重",
        author="王评",
        audit_reason="复看后加重",
    )
    delete_entry(db, entry_id, author="王评", reason="误录")
    actions = [(r["action"], r["author"]) for r in audit_rows(db, entry_id)]
    assert actions == [("create", "王评"), ("update", "王评"), ("delete", "王评")]
    update = audit_rows(db, entry_id)[1]
    assert json.loads(update["old_value"])["points"] == "2"
    assert json.loads(update["new_value"])["points"] == "4"
    assert json.loads(update["new_value"])["reason"] == "来源不清，复看后加重"
    assert update["reason"] == "复看后加重"
    assert sheet_entries(db, sheet_id) == []


def test_a_deduction_the_rule_does_not_allow_is_refused_and_not_stored(sheet):
    db, _, standard, sheet_id = sheet
    item = standard.item_by_text("证据收集合法，来源清楚")
    with pytest.raises(DeductionNotAllowed, match="扣 1–5 分"):
        record_entry(db, standard, sheet_id, Entry(item.key, points=Decimal(6)), author="王评")
    assert sheet_entries(db, sheet_id) == []


def test_na_and_deductions_exclude_each_other_and_vetoes_need_a_reason(sheet):
    db, _, standard, sheet_id = sheet
    item = standard.item_by_text("抽样取证、检测鉴定依法进行")
    record_entry(
        db, standard, sheet_id, Entry(item.key, EntryKind.NOT_APPLICABLE, reason="未抽样"), author="王评"
    )
    with pytest.raises(EntryConflict, match="已标记为不适用"):
        record_entry(db, standard, sheet_id, Entry(item.key, points=Decimal(3)), author="王评")
    veto = standard.veto_items[0]
    with pytest.raises(ReasonRequired):
        record_entry(db, standard, sheet_id, Entry(veto.key, EntryKind.VETO), author="王评")


def test_submitted_sheet_is_locked_until_the_lead_reopens_it_with_a_reason(sheet):
    db, _, standard, sheet_id = sheet
    item = standard.item_by_text("一案一卷")
    submit_sheet(db, sheet_id, author="王评")
    with pytest.raises(SheetLocked):
        record_entry(db, standard, sheet_id, Entry(item.key, points=Decimal(1)), author="王评")
    with pytest.raises(ReasonRequired):
        reopen_sheet(db, sheet_id, author="组长", reason=" ")
    reopen_sheet(db, sheet_id, author="组长", reason="扣分理由需补充")
    record_entry(db, standard, sheet_id, Entry(item.key, points=Decimal(1), reason="两案合卷"), author="王评")
    reopen = [r for r in audit_rows(db, sheet_id) if r["action"] == "reopen"]
    assert reopen[0]["reason"] == "扣分理由需补充"
    assert reopen[0]["author"] == "组长"


def test_every_edit_says_which_sheet_and_file_it_changed(draft):
    db, standard, sheet_id = draft.db, draft.standard, draft.sheet_id
    item = standard.item_by_text("证据收集合法，来源清楚")
    mine = Changes.of(sheets=[sheet_id], subjects=[draft.subject])
    recorded = record_entry(db, standard, sheet_id, Entry(item.key, points=Decimal(2)), author="王评")
    assert recorded.changes == mine
    assert update_entry(db, standard, recorded.value, points=Decimal(3), author="王评") == mine
    assert set_remarks(db, sheet_id, "较规范", author="王评") == mine
    assert set_remarks(db, sheet_id, "较规范", author="王评") == Changes()  # unchanged: nothing to refresh
    assert delete_entry(db, recorded.value, author="王评") == mine
    assert submit_sheet(db, sheet_id, author="王评") == mine
    assert reopen_sheet(db, sheet_id, author="组长", reason="补充理由") == mine


def test_a_sheet_is_found_without_writing_and_started_with_its_reviewer(draft):
    db, campaign = draft.db, draft.campaign
    assert find_sheet(db, campaign.id, draft.subject, None) == draft.sheet_id
    assert find_sheet(db, campaign.id, draft.subject, "nobody") is None
    started = start_sheet(db, campaign.id, draft.subject, None, author="李评", new_reviewer="李评")
    reviewer = db.execute("SELECT id FROM reviewer WHERE name = '李评'").fetchone()[0]
    assert find_sheet(db, campaign.id, draft.subject, reviewer) == started.value
    assert started.changes == Changes.of(
        sheets=[started.value], subjects=[draft.subject], reviewers=[reviewer]
    )


def test_a_deduction_without_a_reason_is_not_submitted_unless_the_campaign_allows_it(draft):
    db, standard, sheet_id = draft.db, draft.standard, draft.sheet_id
    item = standard.item_by_text("证据收集合法，来源清楚")
    record_entry(db, standard, sheet_id, Entry(item.key, points=Decimal(2)), author="王评")
    with pytest.raises(ReasonsMissing, match="证据收集合法"):
        submit_sheet(db, sheet_id, author="王评")
    update_settings(db, draft.campaign, author="组长", reasons_optional=True)
    submit_sheet(db, sheet_id, author="王评")


def test_a_closed_campaign_takes_no_edit_and_only_the_organiser_reopens_it_with_a_reason(draft):
    db, standard, sheet_id = draft.db, draft.standard, draft.sheet_id
    reviewer_repo.insert_many(db, [{"name": "组长", "department_id": None, "role": "lead"}], "组长")
    with pytest.raises(NotOrganiser):
        close_campaign(db, draft.campaign, author="王评")
    closed = close_campaign(db, draft.campaign, author="组长")
    assert closed.value.closed
    assert closed.changes == Changes.of(campaigns=[draft.campaign.id])
    item = standard.item_by_text("证据收集合法，来源清楚")
    with pytest.raises(CampaignClosed):
        record_entry(
            db, standard, sheet_id, Entry(item.key, points=Decimal(2), reason="来源不清"), author="王评"
        )
    with pytest.raises(ReopenReasonRequired):
        reopen_campaign(db, closed.value, author="组长", reason=" ")
    with pytest.raises(NotOrganiser):
        reopen_campaign(db, closed.value, author="王评", reason="补评")
    reopened = reopen_campaign(db, closed.value, author="组长", reason="一份评查表漏评，需补评")
    assert not reopened.value.closed
    record_entry(db, standard, sheet_id, Entry(item.key, points=Decimal(2), reason="来源不清"), author="王评")
