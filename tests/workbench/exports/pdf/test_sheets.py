"""Evaluation sheets (评查表): what a reader finds on the printed page, number for number."""

from __future__ import annotations

import threading
from dataclasses import replace
from decimal import Decimal

import pytest

from db.repos import campaigns as campaign_repo
from tests.workbench.exports.pdf import pdf_checks
from tests.workbench.exports.pdf.campaign import demo_figures, vetoed, with_deduction
from tests.workbench.small_campaign import reviewer_id, score, small_campaign
from workbench.campaigns.service import campaign_standard
from workbench.common.jobs import Cancelled
from workbench.exports.pdf.fonts import load_fonts
from workbench.exports.pdf.sheets import write_evaluation_sheets
from workbench.exports.sentences import num_text
from workbench.reporting.figures import campaign_figures
from workbench.review.results import FileStatus
from workbench.review.sheets import set_remarks, submit_sheet
from workbench.scoring import Entry, EntryKind, score_sheet
from workbench.standards.model import DeductionRule, Item, RuleKind, Standard


def _page(path, n: int) -> str:
    return pdf_checks.squeeze(pdf_checks.text(path, first=n, last=n))


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    return demo_figures(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def sheets(figures, tmp_path_factory):
    """One PDF: a file with deductions and remarks, the same file vetoed, and an unscored file."""
    scored = replace(with_deduction(figures), remarks="案卷整体规范，<注意>证据目录 & 页码。")
    unscored = next(f for f in figures.files if f.status is not FileStatus.FINAL)
    path = tmp_path_factory.mktemp("pdf") / "sheets.pdf"
    pages = write_evaluation_sheets(figures, [scored, vetoed(figures, scored), unscored], path)
    return path, pages, scored, unscored


def test_pdf_is_a4_with_every_font_embedded(sheets):
    path, pages, *_ = sheets
    assert pdf_checks.is_a4(path)
    assert pdf_checks.all_fonts_embedded(path), pdf_checks.font_rows(path)
    assert int(pdf_checks.info(path)["Pages"]) == pages >= 3


def test_header_total_grade_and_reasons_are_on_the_sheet(sheets, figures):
    path, _, scored, _ = sheets
    text = pdf_checks.text(path)
    first = pdf_checks.text(path, first=1, last=1)
    assert "行政执法案卷评查表" in first
    for value in (scored.case_number, scored.department, scored.party[:6]):
        assert value in first
    result = scored.result
    assert result is not None
    assert any(
        line.split()[:4] == ["总分", num_text(result.total), "等次", result.grade]
        for line in text.splitlines()
    )
    reasons = [e for e in scored.entries if e.kind is EntryKind.DEDUCTION and e.reason and e.page]
    assert reasons[0].reason[:8] in text
    assert f"第{reasons[0].page}页" in text
    assert "案卷整体规范，<注意>证据目录 & 页码。" in pdf_checks.text(path, layout=False)


def test_every_item_and_category_subtotal_comes_from_the_result(sheets, figures):
    path, _, scored, _ = sheets
    first_file = pdf_checks.text(path, first=1, last=2, layout=False)
    short_items = [it.text for it in figures.standard.point_items if len(it.text) <= 12]
    assert short_items
    for text in short_items:
        assert text in first_file
    lines = pdf_checks.text(path, first=1, last=2).splitlines()
    for path_name, category in scored.result.categories.items():
        name = path_name.rsplit(" > ", 1)[-1]
        row = next(line.split() for line in lines if line.split()[:1] == [f"{name}小计"])
        assert row[1:] == [num_text(category.maximum), num_text(category.score)]


def test_a_veto_marks_the_file_as_failed_first(sheets, figures):
    path, pages, *_ = sheets
    starts = [
        n for n in range(1, pages + 1) if "行政执法案卷评查表" in pdf_checks.text(path, first=n, last=n)
    ]
    second = pdf_checks.text(path, first=starts[1], last=starts[1])
    assert "不合格卷" in second
    assert "成立" in second
    assert "执法人员无执法证（第3页）" in second
    assert second.index("不合格卷") < second.index("评查项目")
    assert "不合格卷" not in pdf_checks.text(path, first=1, last=starts[1] - 1)


def test_pages_number_per_file_with_its_case_number(sheets):
    path, _, scored, unscored = sheets
    assert "第1页" in pdf_checks.squeeze(pdf_checks.text(path, first=1, last=1))
    assert "第2页" in pdf_checks.squeeze(pdf_checks.text(path, first=2, last=2))
    last = int(pdf_checks.info(path)["Pages"])
    tail = pdf_checks.squeeze(pdf_checks.text(path, first=last, last=last))
    assert f"案号：{unscored.case_number}" in tail
    assert f"案号：{scored.case_number}" not in tail
    starts = [n for n in range(1, last + 1) if f"案号：{unscored.case_number}" in _page(path, n)]
    assert "第1页" in _page(path, starts[0])  # each file's sheet starts its own numbering


def test_unscored_file_prints_blank_scores_and_its_status(sheets):
    path, *_ = sheets
    last = int(pdf_checks.info(path)["Pages"])
    text = pdf_checks.text(path, first=last - 1, last=last)
    assert "状态" in text
    assert "签名" in text


def test_one_signature_line_per_reviewer(sheets):
    path, _, scored, _ = sheets
    text = pdf_checks.text(path, first=1, last=3, layout=False)
    for name in scored.reviewers:
        assert f"（{name}）" in text
    assert text.count("签名：") >= len(scored.reviewers)


def test_numbers_have_no_trailing_zeros():
    assert [num_text(Decimal(v)) for v in ("87.50", "2.00", "0.5", "1E+2", "-0")] == [
        "87.5",
        "2",
        "0.5",
        "100",
        "0",
    ]


def test_rare_characters_in_a_party_name_are_extractable(figures, tmp_path):
    file = replace(with_deduction(figures), party="王堃、张喆、吉𠮷")
    path = tmp_path / "rare.pdf"
    write_evaluation_sheets(figures, [file], path, fonts=load_fonts())
    text = pdf_checks.text(path, layout=False)
    assert "王堃、张喆" in text
    assert pdf_checks.all_fonts_embedded(path)


def test_cancel_stops_before_anything_is_written(figures, tmp_path):
    cancel = threading.Event()
    cancel.set()
    path = tmp_path / "never.pdf"
    with pytest.raises(Cancelled):
        write_evaluation_sheets(figures, figures.final[:3], path, cancel=cancel)
    assert not path.exists()


def test_bonus_items_and_levels_read_as_such(figures, tmp_path):
    """A bonus item (加分项) and a levelled item (分档): the total says what the bonus added."""
    one, half = Decimal(1), Decimal("0.5")
    items = (
        Item("A1", ("文书",), "文书规范", Decimal(10), DeductionRule(RuleKind.FIXED, points=Decimal(2))),
        Item(
            "A2",
            ("文书",),
            "说理充分",
            Decimal(10),
            DeductionRule(
                RuleKind.LEVELS, levels=(("好", Decimal(10)), ("中", Decimal(6)), ("差", Decimal(0)))
            ),
        ),
        Item(
            "B1", ("加分",), "创新做法", Decimal(0), DeductionRule(RuleKind.BONUS, points=one, cap=Decimal(2))
        ),
    )
    standard = Standard("加分演示标准", items, declared_total=Decimal(20))
    entries = (
        Entry("A1", points=Decimal(2), reason="文书格式不规范", page=4),
        Entry("A2", points=Decimal(4), reason="说理一般"),
        Entry("B1", EntryKind.BONUS, points=one + half, reason="引入说理式文书"),
    )
    result = score_sheet(standard, entries)
    file = replace(figures.final[0], entries=entries, result=result)
    path = tmp_path / "bonus.pdf"
    write_evaluation_sheets(replace(figures, standard=standard), [file], path)
    text = pdf_checks.squeeze(pdf_checks.text(path, layout=False))
    assert f"{num_text(result.total)}（含加分{num_text(result.bonus)}）" in text
    assert "评为“中”：说理一般" in text
    assert "引入说理式文书" in text
    assert "文书格式不规范（第4页）" in text


def test_remarks_come_from_the_reviewers_sheets(db, tmp_path):
    """评语 on the sheet: each reviewer's remarks, as recorded on their submitted sheets."""
    campaign = small_campaign(db, tmp_path)
    standard = campaign_standard(db, campaign)
    subject = campaign_repo.case_subjects(db, campaign.id)[0]
    for name, remark in (("孙三", "卷面整洁"), ("李四", "证据目录不全")):
        sheet = score(db, standard, campaign, subject.id, reviewer_id(db, name), ("I001",), submit=False)
        set_remarks(db, sheet, remark, author=name)
        submit_sheet(db, sheet, author=name)
    figures = campaign_figures(db, campaign)
    file = next(f for f in figures.final if f.subject_id == subject.id)
    assert file.remarks == "卷面整洁\n证据目录不全"
    path = tmp_path / "remarks.pdf"
    write_evaluation_sheets(figures, [file], path)
    text = pdf_checks.text(path, layout=False)
    assert "卷面整洁" in text
    assert "证据目录不全" in text


def test_very_long_texts_wrap_and_split_instead_of_failing(figures, tmp_path):
    """A reviewer's essay as a reason or remark: rows split across pages, nothing is cut off."""
    file = with_deduction(figures)
    essay = "案卷材料" * 700 + "结尾标记甲"
    key = next(e.item_key for e in file.entries if e.kind is EntryKind.DEDUCTION and e.points)
    entries = tuple(replace(e, reason=essay) if e.item_key == key else e for e in file.entries)
    long_file = replace(
        file, entries=entries, title="很长的案件名称" * 60, remarks="评语内容" * 800 + "结尾标记乙"
    )
    path = tmp_path / "long.pdf"
    pages = write_evaluation_sheets(figures, [long_file, file], path)
    text = pdf_checks.squeeze(pdf_checks.text(path, layout=False))
    assert pages >= 5
    assert "结尾标记甲" in text
    assert "结尾标记乙" in text
