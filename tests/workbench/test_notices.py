"""整改通知书 numbering: one counter per issuer and year, never padded, never reused; snapshots kept."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.connection import open_database
from db.records import new_id
from db.repos import notices as repo
from workbench.campaigns.service import Campaign, create_campaign, get_campaign, update_settings
from workbench.demo.generator import generate_demo
from workbench.exports.templates import deadline_days, save_template
from workbench.rectification.issuing import BadDeadline, NoticeExists, issue_notices
from workbench.rectification.notices import (
    NoticeAlreadyVoid,
    VoidReasonMissing,
    campaign_notices,
    void_notice,
)
from workbench.rectification.numbers import NoDocPrefix, notice_number
from workbench.reporting.figures import campaign_figures

ISSUED_ON = date(2026, 11, 25)
PREFIX = "鄂州司函"


def clone_campaign(db, campaign: Campaign, name: str, prefix: str) -> Campaign:
    """Another campaign over the same files with copies of the first one's score sheets."""
    other = create_campaign(
        db, name, standard=campaign.standard_id, author="t", year=2026, doc_prefix=prefix
    ).value
    with db.atomic():
        for sheet in list(db["score_sheet"].rows_where("campaign_id = ?", [campaign.id])):
            entries = list(db["score_entry"].rows_where("sheet_id = ?", [sheet["id"]]))
            sheet_id = new_id()
            db["score_sheet"].insert({**sheet, "id": sheet_id, "campaign_id": other.id})
            db["score_entry"].insert_all([{**e, "id": new_id(), "sheet_id": sheet_id} for e in entries])
    return other


def demo_campaign(db, files: int = 60) -> Campaign:
    summary = generate_demo(db, files=files, seed=7)
    return update_settings(db, get_campaign(db, summary.campaign_id), author="t", doc_prefix=PREFIX).value


@pytest.fixture
def demo(db):
    return db, demo_campaign(db)


def _deducted_departments(figures) -> set[str]:
    return {d.department for d in figures.deductions if d.counted}


# --- numbers ------------------------------------------------------------------------------------


def test_number_format_uses_hexagonal_brackets_and_no_padding():
    assert notice_number(PREFIX, 2026, 1) == "鄂州司函\u30142026\u30151号"
    assert notice_number(PREFIX, 2026, 10) == "鄂州司函〔2026〕10号"
    assert "[" not in notice_number(PREFIX, 2026, 7)
    assert "(" not in notice_number(PREFIX, 2026, 7)


def test_one_notice_per_department_with_deductions_numbered_from_one(demo):
    db, campaign = demo
    figures = campaign_figures(db, campaign)
    issued = issue_notices(db, campaign, author="科员", deadline_days=15, issued_on=ISSUED_ON).value
    assert {n.department for n in issued} == _deducted_departments(figures)
    assert [n.serial for n in issued] == list(range(1, len(issued) + 1))
    assert issued[0].number == "鄂州司函〔2026〕1号"
    assert all(n.title == f"关于{n.department}行政执法案卷评查问题整改的通知" for n in issued)
    passed_over = {f.department for f in figures.files} - _deducted_departments(figures)
    assert set(issued.no_problems) == passed_over
    if passed_over:
        assert "未发整改通知" in issued.skipped_message()
    assert campaign_notices(db, campaign) == list(issued)


def test_the_deadline_is_the_callers_and_the_export_reads_it_from_the_template(demo):
    db, campaign = demo
    first = issue_notices(db, campaign, author="t", deadline_days=15, issued_on=ISSUED_ON).value[0]
    assert first.deadline == date(2026, 12, 10)
    assert first.deadline_days == 15
    void_notice(db, first.id, author="t", reason="期限改为20日")
    save_template(db, "notice_deadline_days", "20", author="t")
    again = issue_notices(
        db, campaign, [first.department], author="t", deadline_days=deadline_days(db), issued_on=ISSUED_ON
    ).value[0]
    assert again.deadline == date(2026, 12, 15)
    with pytest.raises(BadDeadline):
        issue_notices(db, campaign, [first.department], author="t", issued_on=ISSUED_ON, deadline_days=0)


def test_the_year_is_the_year_of_issue(demo):
    db, campaign = demo
    issued = issue_notices(db, campaign, author="t", deadline_days=15, issued_on=date(2027, 1, 5)).value
    assert issued[0].number == "鄂州司函〔2027〕1号"
    assert issued[0].year == 2027


def test_no_doc_prefix_is_refused_in_chinese_and_nothing_is_stored(db):
    campaign = get_campaign(db, generate_demo(db, files=30, seed=1).campaign_id)
    campaign = update_settings(db, campaign, author="t", doc_prefix="").value  # the demo sets one
    with pytest.raises(NoDocPrefix, match="机关代字"):
        issue_notices(db, campaign, author="t", deadline_days=15, issued_on=ISSUED_ON)
    assert db["notice"].count == 0


def test_a_department_with_a_notice_in_force_is_refused_when_named(demo):
    db, campaign = demo
    first = issue_notices(db, campaign, author="t", deadline_days=15, issued_on=ISSUED_ON).value
    void_notice(db, first[1].id, author="t", reason="重发")  # this one could be issued again
    count = db["notice"].count
    with pytest.raises(NoticeExists, match="请先将其作废"):
        issue_notices(
            db,
            campaign,
            [first[1].department, first[0].department],
            author="t",
            deadline_days=15,
            issued_on=ISSUED_ON,
        )
    assert db["notice"].count == count  # all or nothing
    again = issue_notices(
        db, campaign, author="t", deadline_days=15, issued_on=ISSUED_ON
    ).value  # all: passed over, said so
    assert [n.department for n in again] == [first[1].department]
    assert len(again.already_issued) == len(first) - 1
    assert "已有整改通知" in again.skipped_message()


def test_void_keeps_the_number_and_a_reissue_gets_the_next_one(demo):
    db, campaign = demo
    issued = issue_notices(db, campaign, author="t", deadline_days=15, issued_on=ISSUED_ON).value
    target = issued[0]
    with pytest.raises(VoidReasonMissing):
        void_notice(db, target.id, author="t", reason="  ")
    voided = void_notice(db, target.id, author="组长", reason="问题清单有误").value
    assert voided.status == "void"
    assert voided.number == target.number
    with pytest.raises(NoticeAlreadyVoid):
        void_notice(db, target.id, author="t", reason="again")
    log = list(db["audit_log"].rows_where("record_id = ? AND action = 'void'", [target.id]))
    assert log[0]["reason"] == "问题清单有误"
    assert log[0]["author"] == "组长"
    reissued = issue_notices(
        db, campaign, [target.department], author="t", deadline_days=15, issued_on=ISSUED_ON
    ).value[0]
    assert reissued.serial == len(issued) + 1
    numbers = [n.number for n in campaign_notices(db, campaign)]
    assert target.number in numbers
    assert len(numbers) == len(set(numbers)) == len(issued) + 1


def test_campaigns_share_the_counter_of_their_issuer(demo):
    db, campaign = demo
    other = clone_campaign(db, campaign, "2026年度督察", PREFIX)
    elsewhere = clone_campaign(db, campaign, "2026年度另一机关评查", "鄂州司")
    a = issue_notices(db, campaign, author="t", deadline_days=15, issued_on=ISSUED_ON).value
    b = issue_notices(db, other, author="t", deadline_days=15, issued_on=ISSUED_ON).value
    c = issue_notices(db, elsewhere, author="t", deadline_days=15, issued_on=ISSUED_ON).value
    assert [n.serial for n in a + b] == list(range(1, len(a) + len(b) + 1))
    assert [n.serial for n in c] == list(range(1, len(c) + 1))
    assert c[0].number == "鄂州司〔2026〕1号"


def test_the_notice_keeps_what_it_listed_when_scores_change(demo):
    db, campaign = demo
    figures = campaign_figures(db, campaign)
    notice = issue_notices(
        db, campaign, author="t", deadline_days=15, issued_on=ISSUED_ON, figures=figures
    ).value[0]
    own = figures.of_department(notice.department)
    expected = [
        (d.case_number, d.item_text, d.counted, d.reason, d.page) for d in own.deductions if d.counted
    ]
    assert [(p.case_number, p.item, p.points, p.reason, p.page) for p in notice.problems] == expected
    titles = {f.case_number: f.title for f in own.final}
    assert all(p.case_title == titles[p.case_number] for p in notice.problems)
    assert notice.mean == own.unit(notice.department).mean
    assert {f.case_number for f in notice.files} == {f.case_number for f in own.final}

    db.execute("DELETE FROM score_entry")  # every deduction gone from the live scores
    stored = campaign_notices(db, campaign)[0]
    assert stored.problems == notice.problems
    assert stored.problems
    assert isinstance(stored.problems[0].points, Decimal)


def test_the_unique_index_guards_the_counter(demo):
    db, campaign = demo
    first = issue_notices(db, campaign, author="t", deadline_days=15, issued_on=ISSUED_ON).value[0]
    row = {
        "campaign_id": campaign.id,
        "issuer": PREFIX,
        "year": 2026,
        "serial": first.serial,
        "status": "issued",
    }
    with pytest.raises(sqlite3.IntegrityError):
        repo.insert(db, {**row, "number": first.number}, author="t")


def test_a_serial_taken_by_another_writer_is_retried(demo, monkeypatch):
    db, campaign = demo
    issue_notices(db, campaign, author="t", deadline_days=15, issued_on=ISSUED_ON, departments=None)
    taken = db["notice"].count
    real = repo.next_serial
    calls = []

    def stale_once(db_, issuer, year):
        calls.append(1)
        value = real(db_, issuer, year)
        return value - 1 if len(calls) == 1 else value  # first read raced with another laptop

    monkeypatch.setattr(repo, "next_serial", stale_once)
    target = campaign_notices(db, campaign)[0]
    void_notice(db, target.id, author="t", reason="重发")
    again = issue_notices(
        db, campaign, [target.department], author="t", deadline_days=15, issued_on=ISSUED_ON
    ).value
    assert len(calls) == 2
    assert again[0].serial == taken + 1


# --- the property: consecutive, unique, never reused ------------------------------------------


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("notices") / "wb.sqlite")
    first = demo_campaign(db, files=40)
    second = clone_campaign(db, first, "2026年度法治政府建设督察", PREFIX)
    third = clone_campaign(db, first, "另一机关的评查", "鄂州司")
    departments = sorted({f.department for f in campaign_figures(db, first).files})
    yield db, [first, second, third], departments
    db.close()


_ops = st.lists(
    st.one_of(
        st.tuples(
            st.just("issue"),
            st.integers(0, 2),
            st.sampled_from([2026, 2027]),
            st.none() | st.lists(st.integers(0, 20), min_size=1, max_size=3),
        ),
        st.tuples(st.just("void"), st.integers(0, 1000)),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=40)
@given(ops=_ops)
def test_numbers_stay_consecutive_unique_and_never_reused(shared, ops):
    db, campaigns, departments = shared
    before = {(r["issuer"], r["year"], r["serial"]): r["number"] for r in db["notice"].rows}
    for op in ops:
        if op[0] == "issue":
            _, c, year, picks = op
            names = None if picks is None else [departments[i % len(departments)] for i in picks]
            with contextlib.suppress(NoticeExists):
                issue_notices(
                    db, campaigns[c], names, author="t", deadline_days=15, issued_on=date(year, 6, 1)
                )
        else:
            live = [r["id"] for r in db["notice"].rows_where("status = 'issued'", order_by="id")]
            if live:
                void_notice(db, live[op[1] % len(live)], author="t", reason="作废")
    rows = list(db["notice"].rows)
    after = {(r["issuer"], r["year"], r["serial"]): r["number"] for r in rows}
    assert before.items() <= after.items()  # nothing taken back, voided numbers included
    for (issuer, year, serial), number in after.items():
        assert number == notice_number(issuer, year, serial)
    for issuer, year in {(i, y) for i, y, _ in after}:
        serials = sorted(s for i, y, s in after if (i, y) == (issuer, year))
        assert serials == list(range(1, len(serials) + 1))
    assert len(set(after.values())) == len(rows)
    in_force = [(r["campaign_id"], r["department_id"]) for r in rows if r["status"] == "issued"]
    assert len(in_force) == len(set(in_force))  # at most one notice in force per department
