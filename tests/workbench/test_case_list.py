"""The case list's rows agree with campaign_results; filters and sort keys give exactly the right rows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from db.connection import open_database
from db.repos import campaigns as campaign_repo
from db.repos import reviewers as reviewer_repo
from workbench.campaigns.service import campaign_standard, list_campaigns
from workbench.demo.generator import generate_demo
from workbench.reporting.case_list import (
    SORT_KEYS,
    case_list,
    case_list_rows,
    filter_rows,
    fold,
    grade_key,
    make_row,
    natural_key,
    refresh_row,
)
from workbench.reporting.quick_list import quick_case_list
from workbench.review.results import STATUS_LABELS, FileStatus, campaign_results
from workbench.review.sheets import open_sheet, record_entry, submit_sheet
from workbench.scoring import Entry


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A 400-file demo campaign, shared read-only by the tests of this module."""
    db = open_database(tmp_path_factory.mktemp("case_list") / "demo.sqlite")
    generate_demo(db, files=400, seed=11)
    campaign = list_campaigns(db)[0]
    yield db, campaign, case_list(db, campaign)
    db.close()


def expected_files(db, campaign):
    """What campaign_results says, with each file's officers from the register: the brute-force truth."""
    _, results = campaign_results(db, campaign)
    officers = {s.id: s.officers for s in campaign_repo.case_subjects(db, campaign.id)}
    return results, officers


def brute_force(db, campaign, *, text="", department=None, status=None, grade=None) -> set[str]:
    results, officers = expected_files(db, campaign)
    words = text.lower().split()
    return {
        r.subject_id
        for r in results
        if (department is None or r.department == department)
        and (status is None or r.status == status)
        and (grade is None or (r.result is not None and r.result.grade == grade))
        and all(
            any(w in f.lower() for f in (r.case_number, r.title, r.party, officers[r.subject_id]))
            for w in words
        )
    }


def test_rows_carry_what_campaign_results_says(demo):
    db, campaign, listing = demo
    results, officers = expected_files(db, campaign)
    rows = {r.subject_id: r for r in listing.rows}
    assert len(listing.rows) == len(rows) == len(results) == 400
    for want in results:
        row = rows[want.subject_id]
        assert (row.case_number, row.department, row.title, row.party) == (
            want.case_number,
            want.department,
            want.title,
            want.party,
        )
        assert row.officers == officers[want.subject_id]
        assert row.case_type == "行政处罚"
        assert row.status is want.status
        assert row.status_label == STATUS_LABELS[want.status]
        assert row.total == (want.result.total if want.result else None)
        assert row.grade == (want.result.grade if want.result else None)
        assert row.reviewers == "、".join(want.reviewers)
    assert {r.status for r in listing.rows} == set(FileStatus)
    assert listing.grades == ("优秀", "合格", "不合格")
    assert listing.departments == tuple(sorted({r.department for r in results}))


def test_rows_come_in_natural_case_number_order(demo):
    _, _, listing = demo
    keys = [natural_key(r.case_number) for r in listing.rows]
    assert keys == sorted(keys)
    assert [r.number_rank for r in listing.rows] == list(range(400))  # the fast 案号 sort key
    assert natural_key("市监罚〔2025〕9号") < natural_key("市监罚〔2025〕10号")


def test_case_list_rows_is_the_rows_of_case_list(demo):
    db, campaign, listing = demo
    assert case_list_rows(db, campaign) == listing.rows


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"text": "食品"},
        {"text": "罚〔2025〕1"},
        {"text": "有限公司 食品"},  # several words: all must match, each anywhere
        {"text": "  公司   案  "},
        {"status": FileStatus.FINAL},
        {"status": FileStatus.AWAITING_ARBITRATION},
        {"status": FileStatus.UNSCORED, "text": "公司"},
        {"grade": "优秀"},
        {"grade": "不合格"},
        {"department": "市市场监督管理局"},
        {"department": "市市场监督管理局", "status": FileStatus.FINAL, "grade": "合格"},
        {"text": "没有这样的案件"},
    ],
)
def test_filters_give_exactly_the_brute_force_rows(demo, filters):
    db, campaign, listing = demo
    got = filter_rows(listing.rows, **filters)
    assert {r.subject_id for r in got} == brute_force(db, campaign, **filters)
    assert len(got) == len({r.subject_id for r in got})
    assert got == [r for r in listing.rows if r in got]  # the input order is kept


def test_search_finds_officers_and_every_filter_narrows(demo):
    db, campaign, listing = demo
    officer = listing.rows[7].officers.split("、")[1]
    found = filter_rows(listing.rows, text=officer)
    assert listing.rows[7] in found
    assert {r.subject_id for r in found} == brute_force(db, campaign, text=officer)
    assert 0 < len(filter_rows(listing.rows, grade="优秀")) < len(listing.rows)


def row(number="市监罚〔2025〕1号", party="某公司", total=None, grade=None, **more):
    fields = {
        "subject_id": number,
        "case_number": number,
        "department": "市市场监督管理局",
        "title": f"{party}销售过期食品案",
        "party": party,
        "officers": "张三、李四",
        "case_type": "penalty",
        "status": FileStatus.FINAL if total is not None else FileStatus.UNSCORED,
        "total": total,
        "grade": grade,
        "reviewers": ("王五", "", "赵六"),
    }
    return make_row(**(fields | more))


def test_search_ignores_case_width_and_bracket_style():
    rows = [row(party="ABC Trading Co."), row("市监罚〔２０２５〕１２号"), row("市监罚【2024】3号")]
    rows.append(row("市监罚〔2023〕1号", party="城南区美味餐饮店（张三）"))
    assert filter_rows(rows, text="(张三)") == filter_rows(rows, text="（张三") == [rows[3]]
    assert filter_rows(rows, text="abc TRADING") == [rows[0]]
    assert filter_rows(rows, text="[2025]12") == [rows[1]]  # full-width digits, 〔〕 typed as []
    assert filter_rows(rows, text="〔2024〕") == [rows[2]]
    assert filter_rows(rows, text="ＡＢＣ") == [rows[0]]
    assert fold("　Ａ〔１〕") == " a[1]"


def test_make_row_derives_labels_and_joins_reviewers():
    r = row(total=Decimal("93.50"), grade="优秀")
    assert (r.case_type, r.status_label, r.reviewers) == ("行政处罚", "已定分", "王五、赵六")
    assert row(case_type="unheard_of").case_type == "unheard_of"


def test_sort_keys_order_status_by_workflow_and_grades_by_band():
    grades = ("优秀", "合格", "不合格")
    rows = [row(total=Decimal(50), grade="不合格"), row(), row(total=Decimal(95), grade="优秀")]
    by_grade = grade_key(grades)
    assert [by_grade(r) for r in rows] == [1, None, 3]  # ascending runs up from the fail band
    statuses = [row(status=s) for s in reversed(FileStatus)]
    assert [r.status for r in sorted(statuses, key=SORT_KEYS["status"])] == list(FileStatus)
    assert SORT_KEYS["total"](rows[1]) is None
    assert SORT_KEYS["reviewers"](row(reviewers=())) is None


def test_refresh_row_reads_one_files_new_score(tmp_path):
    db = open_database(tmp_path / "demo.sqlite")
    try:
        generate_demo(db, files=40, seed=3)
        campaign = list_campaigns(db)[0]
        before = next(r for r in case_list_rows(db, campaign) if r.status is FileStatus.UNSCORED)
        standard = campaign_standard(db, campaign)
        reviewer_name, reviewer_id = next(iter(reviewer_repo.all_by_name(db).items()))
        sheet = open_sheet(db, campaign.id, before.subject_id, reviewer_id, author="测试")
        item = standard.item_by_text("文书填写规范、完整")
        entry = Entry(item.key, points=Decimal(2), count=2, reason="漏填两项")
        record_entry(db, standard, sheet, entry, author="测试")
        assert refresh_row(db, campaign, before).status is FileStatus.IN_PROGRESS
        submit_sheet(db, sheet, author="测试")

        after = refresh_row(db, campaign, before)

        fresh = next(r for r in case_list_rows(db, campaign) if r.subject_id == before.subject_id)
        assert after == fresh
        assert (after.status, after.total, after.reviewers) == (FileStatus.FINAL, Decimal(98), reviewer_name)
        assert (after.total_key, after.number_rank) == (98.0, before.number_rank)  # sort keys follow
        assert after.search_text.startswith(before.search_text)
        assert filter_rows([after], text=reviewer_name) == [after]  # search finds files by reviewer
    finally:
        db.close()


def test_the_first_paint_lists_the_same_files_in_the_same_order_with_the_same_statuses(demo):
    """quick_case_list (one grouped query, statuses from counts) against the per-sheet listing it stands
    in for until the scores arrive."""
    db, campaign, _ = demo
    quick = quick_case_list(db, campaign)
    slow = case_list(db, campaign, scored=False)
    assert [r.subject_id for r in quick.rows] == [r.subject_id for r in slow.rows]
    assert [r.status for r in quick.rows] == [r.status for r in slow.rows]
    assert len({r.status for r in quick.rows}) >= 3  # the demo has unscored, in-progress and final files
    assert quick.departments == ()  # they come with the scored listing (reading them reads every file)
    assert [(r.case_number, r.department, r.title, r.party) for r in quick.rows] == [
        (r.case_number, r.department, r.title, r.party) for r in slow.rows
    ]
