"""Feedback to a department (评查反馈意见): its standing exactly as the figures say, its problems by item."""

from __future__ import annotations

import threading

import pytest

from tests.workbench.exports.pdf import pdf_checks
from tests.workbench.exports.pdf.campaign import demo_figures
from workbench.common.jobs import Cancelled
from workbench.exports.pdf.feedback import write_feedback
from workbench.exports.sentences import num_text


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    return demo_figures(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def feedback(figures, tmp_path_factory):
    """The feedback of the department with the most deductions (so every section has content)."""
    counts: dict[str, int] = {}
    for d in figures.deductions:
        counts[d.department] = counts.get(d.department, 0) + 1
    department = max(counts, key=lambda name: (counts[name], name))
    path = tmp_path_factory.mktemp("pdf") / "feedback.pdf"
    pages = write_feedback(figures, department, path)
    return path, pages, department


def test_pdf_is_a4_with_every_font_embedded(feedback):
    path, pages, _ = feedback
    assert pdf_checks.is_a4(path)
    assert pdf_checks.all_fonts_embedded(path), pdf_checks.font_rows(path)
    assert int(pdf_checks.info(path)["Pages"]) == pages


def test_title_and_addressee(feedback):
    path, _, department = feedback
    text = pdf_checks.text(path, first=1, last=1, layout=False)
    assert "行政执法案卷评查反馈意见" in text
    assert f"{department}：" in text


def test_mean_grade_and_rank_exactly_as_the_figures_say(feedback, figures):
    path, _, department = feedback
    unit = figures.unit(department)
    assert unit is not None
    text = pdf_checks.squeeze(pdf_checks.text(path, layout=False))
    assert f"平均分{num_text(unit.mean)}分" in text
    assert f"等次为{unit.grade}" in text
    assert f"在{len(figures.units)}个被评查单位中排名第{unit.rank}位" in text
    assert f"已定分案卷{unit.files}卷" in text


def test_every_file_of_the_department_is_listed_with_its_score(feedback, figures):
    path, _, department = feedback
    lines = [pdf_checks.squeeze(line) for line in pdf_checks.text(path).splitlines()]
    mine = figures.of_department(department)
    for f in mine.final:
        assert f.result is not None
        row = next(line for line in lines if f.case_number in line)
        assert f"{num_text(f.result.total)}{f.result.grade}" in row
    others = [f.case_number for f in figures.files if f.department != department]
    assert not any(number in line for number in others[:20] for line in lines)


def test_problems_grouped_by_item_with_case_numbers_and_reasons(feedback, figures):
    path, _, department = feedback
    text = pdf_checks.squeeze(pdf_checks.text(path, layout=False))
    mine = figures.of_department(department)
    for problem in mine.problems:
        assert f"{problem.item.text}（{problem.files}卷，共扣{num_text(problem.points)}分）" in text
    for d in mine.deductions[:10]:
        assert d.case_number in text
        assert pdf_checks.squeeze(d.reason) in text
        assert f"第{d.page}页" in text


def test_common_problems_quote_the_campaign_ranking(feedback, figures):
    path, _, department = feedback
    text = pdf_checks.squeeze(pdf_checks.text(path, layout=False))
    shared = [p for p in figures.problems if p.rank <= 10 and department in p.departments]
    assert shared
    top = shared[0]
    assert f"{top.item.text}：全部案卷中{top.files}卷存在此问题" in text
    assert f"在常见问题中排第{top.rank}位" in text
    assert "《整改通知书》" in text


def test_cancel_writes_nothing(figures, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        write_feedback(figures, figures.units[0].unit, tmp_path / "no.pdf", cancel=cancel)
    assert not (tmp_path / "no.pdf").exists()
