"""整改台账: lines born with their notice, the steps issued → reported → verified → closed_out (or returned),
all or nothing per batch, audited; timers, per-department counts and the Excel sheet."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

import workbench.rectification.issuing
from tests.workbench.ledger_helpers import issued_campaign
from workbench.common.changes import Changes
from workbench.common.errors import NotFound
from workbench.exports.ledger_workbook import write_ledger
from workbench.rectification.issuing import issue_notices
from workbench.rectification.ledger import (
    CLOSED_OUT,
    DUE_SOON,
    ISSUED,
    OVERDUE,
    REPORTED,
    RETURNED,
    VERIFIED,
    VOID,
    AmbiguousLine,
    BadLineKey,
    LedgerLine,
    due_state,
    ledger,
    ledger_summary,
    resolve_lines,
    summarize,
)
from workbench.rectification.ledger_steps import (
    DateInFuture,
    DateTooEarly,
    IllegalTransition,
    NoLinesChosen,
    ReportMissing,
    ReturnReasonMissing,
    close_out,
    record_report,
    verify,
)
from workbench.rectification.notices import campaign_notices, void_notice
from workbench.rectification.numbers import bulletin_number

TODAY = date.today()


@pytest.fixture
def issued(db):
    campaign, notices = issued_campaign(db)
    return db, campaign, notices


def states(db, ids) -> list[str]:
    return [db["rectification"].get(i)["status"] for i in ids]


def audit_rows(db) -> int:
    return db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'rectification'").fetchone()[0]


# --- lines born with the notice ------------------------------------------------------------------


def test_each_problem_of_a_notice_becomes_an_issued_line(issued):
    db, campaign, notices = issued
    lines = ledger(db, campaign, today=TODAY)
    assert len(lines) == sum(len(n.problems) for n in notices)
    for notice in notices:
        own = [line for line in lines if line.notice_id == notice.id]
        assert [line.line for line in own] == list(range(1, len(notice.problems) + 1))
        assert [(line.case_number, line.item, line.problem, line.points) for line in own] == [
            (p.case_number, p.item, p.reason, p.points) for p in notice.problems
        ]
        assert {(line.status, line.deadline, line.department, line.notice_number) for line in own} == {
            (ISSUED, notice.deadline, notice.department, notice.number)
        }
    assert lines[0].key == f"{notices[0].number}#1"
    assert isinstance(lines[0].points, Decimal)


def test_a_failed_issue_leaves_neither_notices_nor_lines(db, monkeypatch):
    real = workbench.rectification.issuing.create_lines
    calls = []

    def fail_on_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return real(*args, **kwargs)

    monkeypatch.setattr(workbench.rectification.issuing, "create_lines", fail_on_second)
    with pytest.raises(RuntimeError):
        issued_campaign(db)
    assert db["notice"].count == 0
    assert db["rectification"].count == 0


def test_voiding_a_notice_voids_its_lines_and_a_reissue_gets_new_ones(issued):
    db, campaign, notices = issued
    target = notices[0]
    before = [line.id for line in ledger(db, campaign, today=TODAY) if line.notice_id == target.id]
    record_report(db, before[:1], reported_on=TODAY, report="已整改", author="科员")
    void_notice(db, target.id, author="组长", reason="问题清单有误")
    assert set(states(db, before)) == {VOID}
    log = db.execute(
        "SELECT old_value, reason FROM audit_log WHERE table_name = 'rectification' AND action = 'void'"
    ).fetchall()
    assert len(log) == len(before)
    assert ('"reported"', "问题清单有误") in log
    assert not [line for line in ledger(db, campaign, today=TODAY) if line.notice_id == target.id]
    with pytest.raises(IllegalTransition, match="所属整改通知已作废"):
        record_report(db, before[1:2], reported_on=TODAY, report="已整改", author="科员")

    again = issue_notices(
        db, campaign, [target.department], author="科员", deadline_days=15, issued_on=TODAY
    ).value[0]
    fresh = [line for line in ledger(db, campaign, today=TODAY) if line.notice_id == again.id]
    assert len(fresh) == len(before)
    assert {line.status for line in fresh} == {ISSUED}
    assert len(ledger(db, campaign, today=TODAY, include_void=True)) == len(
        ledger(db, campaign, today=TODAY)
    ) + len(before)


# --- the steps ------------------------------------------------------------------------------------


def test_report_verify_close_out_with_an_audit_entry_for_each_step(issued):
    db, campaign, _ = issued
    line = ledger(db, campaign, today=TODAY)[0]
    reported = record_report(
        db, [line.id], reported_on=TODAY - timedelta(days=1), report=" 已补正文书 ", author="科员"
    ).value[0]
    assert (reported.status, reported.reported_on, reported.report) == (
        REPORTED,
        TODAY - timedelta(days=1),
        "已补正文书",
    )
    verified = verify(
        db, [line.id], passed=True, verification="属实", verifier="王审核", author="科员"
    ).value[0]
    assert (verified.status, verified.verified_on, verified.verifier) == (VERIFIED, TODAY, "王审核")
    closed = close_out(db, [line.id], author="组长", reason="整改到位").value[0]
    assert (closed.status, closed.closed_on, closed.closed_by, closed.reason) == (
        CLOSED_OUT,
        TODAY,
        "组长",
        "整改到位",
    )
    log = db.execute(
        "SELECT action, author, old_value, new_value FROM audit_log"
        " WHERE table_name = 'rectification' AND record_id = ? ORDER BY rowid",
        [line.id],
    ).fetchall()
    assert [(a, who) for a, who, _, _ in log] == [
        ("report", "科员"),
        ("verify", "科员"),
        ("close_out", "组长"),
    ]
    assert '"status": "issued"' in log[0][2]
    assert '"status": "closed_out"' in log[2][3]


def test_a_return_needs_a_reason_and_waits_for_a_new_report(issued):
    db, campaign, _ = issued
    ids = [line.id for line in ledger(db, campaign, today=TODAY)[:2]]
    record_report(db, ids, reported_on=TODAY, report="已整改", author="科员")
    with pytest.raises(ReturnReasonMissing, match="须写明理由"):
        verify(db, ids, passed=False, verification="  ", verifier="王", author="科员")
    assert states(db, ids) == [REPORTED, REPORTED]
    returned = verify(db, ids, passed=False, verification="未附整改材料", verifier="王", author="科员").value
    assert {(line.status, line.reason) for line in returned} == {(RETURNED, "未附整改材料")}
    with pytest.raises(IllegalTransition, match="只有审核通过的事项才能销号"):
        close_out(db, ids, author="组长")
    again = record_report(db, ids, reported_on=TODAY, report="已补交材料", author="科员").value
    assert {(line.status, line.verification, line.verified_on) for line in again} == {(REPORTED, "", None)}
    assert again[0].reason == "未附整改材料"  # why it came back stays visible to the next verifier


def test_an_illegal_step_in_a_batch_changes_nothing(issued):
    db, campaign, _ = issued
    lines = ledger(db, campaign, today=TODAY)
    ready, not_ready = lines[0], lines[1]
    record_report(db, [ready.id], reported_on=TODAY, report="已整改", author="科员")
    verify(db, [ready.id], passed=True, verification="", verifier="王", author="科员")
    logged = audit_rows(db)
    with pytest.raises(IllegalTransition) as caught:
        close_out(db, [ready.id, not_ready.id], author="组长")
    message = caught.value.message
    assert not_ready.key in message  # notice number and line number
    assert "已下发" in message
    assert "均未办理" in message
    assert states(db, [ready.id, not_ready.id]) == [VERIFIED, ISSUED]
    assert db["rectification"].get(ready.id)["closed_on"] is None
    assert audit_rows(db) == logged
    with pytest.raises(IllegalTransition, match="只有已反馈的事项才能审核"):
        verify(db, [not_ready.id], passed=True, verification="", verifier="王", author="科员")
    with pytest.raises(IllegalTransition, match="已下发或被退回"):
        record_report(db, [not_ready.id, ready.id], reported_on=TODAY, report="再报", author="科员")
    assert states(db, [ready.id, not_ready.id]) == [VERIFIED, ISSUED]


def test_dates_and_texts_are_checked_before_anything_is_written(issued):
    db, campaign, _ = issued
    line = ledger(db, campaign, today=TODAY)[0]
    with pytest.raises(ReportMissing):
        record_report(db, [line.id], reported_on=TODAY, report=" ", author="科员")
    with pytest.raises(DateTooEarly, match="早于通知下发日期"):
        record_report(
            db, [line.id], reported_on=line.issued_on - timedelta(days=1), report="x", author="科员"
        )
    with pytest.raises(DateInFuture, match="晚于今天"):
        record_report(db, [line.id], reported_on=TODAY + timedelta(days=1), report="x", author="科员")
    with pytest.raises(NoLinesChosen):
        record_report(db, [], reported_on=TODAY, report="x", author="科员")
    with pytest.raises(NotFound):
        record_report(db, ["no-such-line"], reported_on=TODAY, report="x", author="科员")
    assert states(db, [line.id]) == [ISSUED]
    record_report(db, [line.id], reported_on=TODAY, report="x", author="科员")
    with pytest.raises(DateTooEarly, match="早于反馈日期"):
        verify(db, [line.id], passed=True, verification="", verifier="王", author="科员", on=line.issued_on)


# --- timers and counts ----------------------------------------------------------------------------


def _line(status: str, deadline: date) -> LedgerLine:
    return LedgerLine(
        "id", "n", "鄂州司函〔2026〕1号", 1, "交通局", "交罚1号", "项目", "问题", Decimal(1),
        date(2026, 11, 1), deadline, status,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("status", "days_left", "expected"),
    [
        (ISSUED, 10, ""),
        (ISSUED, 4, ""),
        (ISSUED, 3, DUE_SOON),
        (ISSUED, 0, DUE_SOON),
        (ISSUED, -1, OVERDUE),
        (RETURNED, -5, OVERDUE),
        (REPORTED, 2, DUE_SOON),
        (REPORTED, -1, OVERDUE),
        (VERIFIED, -1, ""),
        (CLOSED_OUT, -30, ""),
        (VOID, -1, ""),
    ],
)
def test_due_state(status, days_left, expected):
    today = date(2026, 12, 1)
    assert due_state(_line(status, today + timedelta(days=days_left)), today) == expected


def test_ledger_summary_counts_per_department(issued):
    db, campaign, notices = issued
    lines = ledger(db, campaign, today=TODAY)
    first = [line for line in lines if line.notice_id == notices[0].id]
    assert len(first) >= 3
    ids = [line.id for line in first]
    record_report(db, ids[:3], reported_on=TODAY, report="已整改", author="科员")
    verify(db, ids[:2], passed=True, verification="", verifier="王", author="科员")
    close_out(db, ids[:1], author="组长")
    late = notices[0].deadline + timedelta(days=1)
    summary = ledger_summary(ledger(db, campaign, today=late))
    assert [s.department for s in summary] == [n.department for n in notices]
    own = summary[0]
    assert (own.lines, own.reported, own.verified, own.closed) == (len(first), 3, 2, 1)
    assert own.overdue == len(first) - 2  # verified and closed lines are no longer timed
    assert sum(s.lines for s in summary) == len(lines)
    total = summarize("合计", ledger(db, campaign, today=late))
    assert total.overdue == sum(s.overdue for s in summary)
    assert summarize("合计", ledger(db, campaign, today=TODAY)).overdue == 0


def test_lines_are_named_by_notice_number_and_line_or_by_id_prefix(issued):
    db, campaign, _notices = issued
    lines = ledger(db, campaign, today=TODAY)
    second = next(line for line in lines if line.line == 2)
    assert resolve_lines(db, [f"{second.notice_number}#2", f"{second.notice_number}＃2 "]) == [second.id] * 2
    assert resolve_lines(db, [lines[0].id[:12]]) == [lines[0].id]
    with pytest.raises(NotFound, match="整改事项"):
        resolve_lines(db, [f"{second.notice_number}#999"])
    with pytest.raises(BadLineKey, match="通知文号#项号"):
        resolve_lines(db, [f"{second.notice_number}#二"])
    hex_start = lines[0].id[0]
    if sum(line.id.startswith(hex_start) for line in lines) > 1:
        with pytest.raises(AmbiguousLine):
            resolve_lines(db, [hex_start])


# --- the Excel sheet -------------------------------------------------------------------------------


def test_the_ledger_sheet_reopens_with_every_line_and_user_text_as_text(issued, tmp_path):
    db, campaign, _ = issued
    line = ledger(db, campaign, today=TODAY)[0]
    record_report(db, [line.id], reported_on=TODAY, report='=HYPERLINK("http://x","点我")', author="科员")
    late = line.deadline + timedelta(days=1)
    lines = ledger(db, campaign, today=late)
    out = write_ledger(lines, tmp_path / "out" / "整改台账.xlsx")
    assert out.exists()
    assert not list(out.parent.glob("*.part"))
    book = load_workbook(out)
    assert book.sheetnames == ["整改台账"]
    ws = book["整改台账"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["序号", "通知文号", "项号", "单位"]
    assert ws.max_row == len(lines) + 1
    assert ws.freeze_panes == "A2"
    row = dict(zip(header, ws[2], strict=True))
    assert row["通知文号"].value == line.notice_number
    assert row["反馈情况"].value == '=HYPERLINK("http://x","点我")'
    assert row["反馈情况"].data_type == "s"
    assert row["反馈情况"].quotePrefix  # the results workbook's guard: stays text when edited
    assert row["状态"].value == "已反馈"
    assert row["时限"].value == "逾期"
    assert row["整改期限"].value.date() == line.deadline
    assert row["扣分"].value == float(line.points)
    assert campaign_notices(db, campaign)  # the notices themselves are untouched by the export


# --- what each writer says it changed ----------------------------------------------------------------


def test_issuing_names_the_new_notices_and_every_line_they_brought(db):
    campaign, _ = issued_campaign(db)
    target = campaign_notices(db, campaign)[0]
    void_notice(db, target.id, author="组长", reason="重发")
    done = issue_notices(db, campaign, [target.department], author="科员", deadline_days=15, issued_on=TODAY)
    (again,) = done.value
    fresh = [line.id for line in ledger(db, campaign, today=TODAY) if line.notice_id == again.id]
    assert fresh
    assert done.changes == Changes.of(notices=[again.id], ledger_lines=fresh)


def test_voiding_names_the_notice_and_only_its_lines_still_live(issued):
    db, campaign, notices = issued
    target, other = notices[0], notices[1]
    own = [line.id for line in ledger(db, campaign, today=TODAY) if line.notice_id == target.id]
    done = void_notice(db, target.id, author="组长", reason="问题清单有误")
    assert done.value.status == "void"
    assert done.changes == Changes.of(notices=[target.id], ledger_lines=own)
    assert not set(done.changes.ledger_lines) & {
        line.id for line in ledger(db, campaign, today=TODAY) if line.notice_id == other.id
    }


def test_each_ledger_step_names_exactly_the_lines_it_moved(issued):
    db, campaign, _ = issued
    first, second, untouched = (line.id for line in ledger(db, campaign, today=TODAY)[:3])
    steps = [
        record_report(db, [first, second], reported_on=TODAY, report="已整改", author="科员"),
        verify(db, [second], passed=False, verification="未附材料", verifier="王", author="科员"),
        verify(db, [first], passed=True, verification="", verifier="王", author="科员"),
        close_out(db, [first], author="组长"),
    ]
    assert [done.changes for done in steps] == [
        Changes.of(ledger_lines=[first, second]),
        Changes.of(ledger_lines=[second]),
        Changes.of(ledger_lines=[first]),
        Changes.of(ledger_lines=[first]),
    ]
    assert [[line.id for line in done.value] for done in steps] == [
        [first, second],
        [second],
        [first],
        [first],
    ]
    assert states(db, [first, second, untouched]) == [CLOSED_OUT, RETURNED, ISSUED]


def test_a_new_bulletin_number_changes_the_campaign_and_the_one_in_force_changes_nothing(issued):
    db, campaign, _ = issued
    first = bulletin_number(db, campaign, issued_on=TODAY, author="科员")
    assert first.changes == Changes.of(campaigns=[campaign.id])
    again = bulletin_number(db, campaign, issued_on=TODAY + timedelta(days=1), author="科员")
    assert again.value == first.value
    assert not again.changes
