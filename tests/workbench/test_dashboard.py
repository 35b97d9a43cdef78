"""The campaign dashboard counts what campaign_results says, per reviewer and per department, and names
what still blocks closing the campaign."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.workbench.small_campaign import FIXED, OTHER_FIXED, small_campaign
from tests.workbench.small_campaign import score as score_file
from workbench.assignment.board import assignment_board
from workbench.assignment.service import assign_campaign
from workbench.campaigns.service import campaign_standard, list_campaigns
from workbench.demo.generator import generate_demo
from workbench.draw.algorithm import DrawPlan
from workbench.draw.service import sample_campaign
from workbench.reporting.dashboard import campaign_dashboard
from workbench.review.results import FileStatus, campaign_results

F, A, P, U = FileStatus.FINAL, FileStatus.AWAITING_ARBITRATION, FileStatus.IN_PROGRESS, FileStatus.UNSCORED


def check_against_results(db, campaign, dashboard) -> None:
    """Every count the dashboard shows follows from campaign_results' statuses."""
    _, results = campaign_results(db, campaign)
    assert dashboard.statuses == {r.subject_id: r.status for r in results}
    by_dept: dict[str, Counter] = {}
    for r in results:
        by_dept.setdefault(r.department, Counter())[r.status] += 1
    assert [d.department for d in dashboard.departments] == sorted(by_dept)
    for row in dashboard.departments:
        c = by_dept[row.department]
        assert row.files == c.total()
        assert row.scored == c.total() - c[U]
        assert (row.submitted, row.awaiting_arbitration, row.final) == (c[A] + c[F], c[A], c[F])


@pytest.fixture
def drawn(db, tmp_path):
    """The small campaign (12 files, 2 reviewers a file) with 2 files drawn per department."""
    campaign = small_campaign(db, tmp_path)
    sample_campaign(db, campaign, DrawPlan(seed="公开种子", per_department=2), author="组织者")
    return db, campaign


def test_before_assignment_every_drawn_file_is_blocked(drawn):
    db, campaign = drawn
    dashboard = campaign_dashboard(db, campaign)
    assert dashboard.drawn
    assert [(d.department, d.files, d.assigned) for d in dashboard.departments] == [
        ("交通局", 2, 0),
        ("市场局", 2, 0),
        ("生态局", 2, 0),
    ]
    assert dashboard.blockers == ["6 件案卷尚未分配评查人", "6 件案卷尚未开始评查"]
    assert [(r.name, r.assigned) for r in dashboard.reviewers] == sorted(
        (n, 0) for n in ("赵一", "钱二", "孙三", "李四", "周五", "吴六")
    )  # the lead has no files and is not a reviewer: not listed
    check_against_results(db, campaign, dashboard)


def test_counts_per_reviewer_and_department_follow_the_sheets(drawn):
    db, campaign = drawn
    assign_campaign(db, campaign, per_file=2, author="组织者")
    standard = campaign_standard(db, campaign)
    board = assignment_board(db, campaign)
    assert len(board) == 6
    plan = {  # file → (first reviewer's sheet, second reviewer's sheet): items, submitted
        0: (((FIXED,), True), ((FIXED,), True)),  # agree → final
        1: (((FIXED,), True), ((OTHER_FIXED,), True)),  # disagree → awaiting arbitration
        2: (((), True), ((), False)),  # one draft → in progress
        3: (((FIXED,), False), None),  # only one sheet, a draft → in progress
        4: (((FIXED,), True), None),  # one submitted, the other assigned seat not begun → in progress
    }
    expected: dict[str, Counter] = {}
    handed_in = set()  # (reviewer, file) with a submitted sheet
    for n, file in enumerate(board):
        for seat in file.seats:
            expected.setdefault(seat.reviewer_id, Counter())["assigned"] += 1
        for seat, sheet in zip(file.seats, plan.get(n, ()), strict=False):
            if sheet is None:
                continue
            items, submit = sheet
            score_file(db, standard, campaign, file.subject_id, seat.reviewer_id, items, submit=submit)
            expected[seat.reviewer_id]["scored"] += 1
            expected[seat.reviewer_id]["submitted"] += submit
            if submit:
                handed_in.add((seat.reviewer_id, n))
    state = [F, A, P, P, P, U]
    dashboard = campaign_dashboard(db, campaign)
    assert [dashboard.statuses[f.subject_id] for f in board] == state
    check_against_results(db, campaign, dashboard)

    for row in dashboard.reviewers:
        mine = [n for n, f in enumerate(board) if row.reviewer_id in {s.reviewer_id for s in f.seats}]
        want = expected[row.reviewer_id]
        assert (row.assigned, row.scored, row.submitted) == (
            want["assigned"],
            want["scored"],
            want["submitted"],
        )
        assert row.final == sum(state[n] is F for n in mine)
        assert row.awaiting_arbitration == sum(state[n] is A for n in mine)
        assert row.outstanding == sum((row.reviewer_id, n) not in handed_in for n in mine)
    assert sum(r.assigned for r in dashboard.reviewers) == 12
    assert max(r.assigned for r in dashboard.reviewers) - min(r.assigned for r in dashboard.reviewers) <= 1

    total = dashboard.total
    assert (total.files, total.assigned, total.scored, total.submitted) == (6, 6, 5, 2)
    assert (total.awaiting_arbitration, total.final) == (1, 1)
    late = sorted((r for r in dashboard.reviewers if r.outstanding), key=lambda r: (-r.outstanding, r.name))
    assert dashboard.blockers == [
        "1 件案卷尚未开始评查",
        "3 件案卷正在评查，尚未全部提交",
        "1 件案卷待复核",
        *(f"评查人 {r.name} 还有 {r.outstanding} 件未提交" for r in late),
    ]
    assert sum(r.outstanding for r in late) == 6  # seats: 1 of file 2, 2 of 3, 1 of 4, 2 of 5


def test_too_few_reviewers_a_file_is_a_blocker(drawn):
    db, campaign = drawn
    assign_campaign(db, campaign, per_file=1, author="组织者")
    assert campaign_dashboard(db, campaign).blockers[0] == "6 件案卷的评查人少于每件 2 名"


def test_demo_statuses_match_and_only_its_drawn_files_count(db):
    generate_demo(db, files=300, seed=5)  # a register of 600, 300 of them drawn
    campaign = list_campaigns(db)[0]
    dashboard = campaign_dashboard(db, campaign)
    assert dashboard.drawn
    assert dashboard.total.files == 300
    check_against_results(db, campaign, dashboard)
    assert Counter(dashboard.statuses.values())[A] > 0  # the demo's disagreeing pairs
    sheets = db.execute("SELECT count(*) FROM score_sheet WHERE role = 'review'").fetchone()[0]
    assert sum(r.scored for r in dashboard.reviewers) == sheets
    assert dashboard.blockers[0] == f"{dashboard.total.files - dashboard.total.final} 件案卷尚未分配评查人"


@pytest.mark.slow
def test_ten_thousand_files_are_all_counted(db):
    """Speed is bench/'s business (timed tests fail on a busy machine); here the counts at scale."""
    generate_demo(db, files=10_000, seed=1)
    campaign = list_campaigns(db)[0]
    assign_campaign(db, campaign, per_file=2, author="组织者")
    dashboard = campaign_dashboard(db, campaign)
    assert dashboard.total.assigned == 10_000
