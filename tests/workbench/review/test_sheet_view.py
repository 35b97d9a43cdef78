"""What a scoring screen reads: entries with their ids, status, remarks; remarks are audited and locked."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from workbench.review.sheets import (
    DRAFT,
    SUBMITTED,
    SheetLocked,
    delete_entry,
    record_entry,
    set_remarks,
    sheet_entries,
    sheet_entry_rows,
    sheet_view,
    submit_sheet,
)
from workbench.scoring import Entry, EntryKind


@pytest.fixture
def sheet(draft):
    return draft.db, draft.standard, draft.sheet_id, draft.subject


def test_view_lists_entries_with_their_ids_in_recorded_order(sheet):
    db, standard, sheet_id, subject = sheet
    a = standard.item_by_text("文书填写规范、完整")
    b = standard.item_by_text("抽样取证、检测鉴定依法进行")
    first = record_entry(
        db, standard, sheet_id, Entry(a.key, points=Decimal(2), count=2), author="王评"
    ).value
    second = record_entry(
        db, standard, sheet_id, Entry(b.key, EntryKind.NOT_APPLICABLE, reason="未抽样"), author="王评"
    ).value
    view = sheet_view(db, sheet_id, reader="王评")
    assert (view.subject_id, view.status, view.remarks, view.locked) == (subject, DRAFT, "", False)
    assert [s.id for s in view.entries] == [first, second]
    assert view.plain_entries() == sheet_entries(db, sheet_id)
    assert [s.id for s in view.of_item(b.key)] == [second]
    delete_entry(db, first, author="王评")
    assert [s.id for s in sheet_entry_rows(db, sheet_id)] == [second]


def test_remarks_are_stored_audited_and_locked_with_the_sheet(sheet):
    db, _, sheet_id, _ = sheet
    set_remarks(db, sheet_id, "卷宗整体较规范。", author="王评")
    set_remarks(db, sheet_id, "卷宗整体较规范。", author="王评")  # unchanged: no second audit row
    assert sheet_view(db, sheet_id, reader="王评").remarks == "卷宗整体较规范。"
    rows = [r for r in db["audit_log"].rows_where("record_id = ?", [sheet_id]) if r["action"] == "remarks"]
    assert len(rows) == 1
    assert (json.loads(rows[0]["old_value"]), json.loads(rows[0]["new_value"])) == ("", "卷宗整体较规范。")
    submit_sheet(db, sheet_id, author="王评")
    assert sheet_view(db, sheet_id, reader="王评").status == SUBMITTED
    assert sheet_view(db, sheet_id, reader="王评").locked
    with pytest.raises(SheetLocked):
        set_remarks(db, sheet_id, "改", author="王评")
    assert sheet_view(db, sheet_id, reader="王评").remarks == "卷宗整体较规范。"
