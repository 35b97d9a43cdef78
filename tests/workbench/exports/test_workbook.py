"""The results workbook reopened: its numbers agree with the deductions, the bands and the report, user
text stays text, and the sheets are set up for screen and paper."""

from __future__ import annotations

import threading
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from db.connection import open_database
from workbench.campaigns.service import Campaign, get_campaign
from workbench.common.jobs import Cancelled
from workbench.demo.generator import generate_demo
from workbench.exports.sheet_writer import FOOTER
from workbench.exports.workbook import SHEETS, write_workbook
from workbench.reporting.figures import CampaignFigures, campaign_figures
from workbench.reporting.report import campaign_report

PARTIES = ('=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "#N/A")


@dataclass
class Built:
    campaign: Campaign
    figures: CampaignFigures
    report: dict
    path: Path
    parties: dict[str, str]  # 案号 → the formula-like party given to that file


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    """A 300-file demo campaign, five final files renamed to formula-like parties, and its workbook."""
    folder = tmp_path_factory.mktemp("workbook")
    db = open_database(folder / "wb.sqlite")
    try:
        campaign = get_campaign(db, generate_demo(db, files=300, seed=7).campaign_id)
        parties = {}
        for result, party in zip(campaign_figures(db, campaign).final, PARTIES, strict=False):
            db["case_file"].update(result.subject_id, {"party": party})
            parties[result.case_number] = party
        figures = campaign_figures(db, campaign)
        report = campaign_report(db, campaign)
    finally:
        db.close()
    path = folder / "结果.xlsx"
    write_workbook(figures, path)
    return Built(campaign, figures, report, path, parties)


@pytest.fixture(scope="module")
def book(built):
    return load_workbook(built.path)


def records(ws) -> list[dict]:
    rows = ws.iter_rows(values_only=True)
    header = next(rows)
    return [dict(zip(header, row, strict=True)) for row in rows]


def dec(value) -> Decimal:
    return Decimal(str(value))


def test_five_sheets_in_order(book):
    assert book.sheetnames == list(SHEETS) == ["汇总", "单位排名", "案卷得分", "扣分明细", "常见问题"]


def test_tables_have_a_frozen_filtered_header_and_print_on_a4_landscape(book):
    for name in SHEETS[1:]:
        ws = book[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}", name
        assert ws.print_title_rows == "$1:$1", name  # the header on every printed page
        assert ws.cell(1, 1).font.b, name
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1
        assert ws.oddFooter.center.text == FOOTER


def test_file_totals_re_add_from_the_counted_deductions(book, built):
    counted: dict[str, Decimal] = defaultdict(Decimal)
    recorded: dict[str, Decimal] = defaultdict(Decimal)
    for d in records(book["扣分明细"]):
        if d["类型"] != "扣分":  # 否决 and 不适用 rows count no points
            continue
        assert dec(d["计入扣分"]) <= dec(d["扣分"])
        counted[d["案号"]] += dec(d["计入扣分"])
        recorded[d["案号"]] += dec(d["扣分"])
    files = records(book["案卷得分"])
    assert len(files) == len(built.figures.final) > 100
    maximum = built.figures.standard.declared_total
    checked = 0
    for row in files:
        if row["否决项"]:
            assert row["总分"] == 0  # the demo standard's vetoes zero the total
            continue
        assert maximum - counted[row["案号"]] == dec(row["总分"]), row["案号"]
        assert dec(row["案卷卷面"]) + dec(row["案卷内容"]) == dec(row["总分"])
        checked += 1
    assert checked > 100
    assert any(recorded[n] > counted[n] for n in counted), "some item should be deducted beyond its floor"


def test_scores_are_exact_numbers(book, built):
    by_number = {r.case_number: r.result for r in built.figures.final}
    for row in records(book["案卷得分"]):
        assert isinstance(row["总分"], int | float)
        assert dec(row["总分"]) == by_number[row["案号"]].total
    assert any(isinstance(row["总分"], float) for row in records(book["案卷得分"]))  # 87.5 stays 87.5


def test_grades_follow_the_bands(book, built):
    bands = built.figures.standard.bands
    for row in records(book["案卷得分"]):
        expected = next(b.label for b in bands if dec(row["总分"]) >= b.minimum)
        assert row["等次"] == expected, row["案号"]


def test_files_are_in_the_order_people_read_case_numbers(book):
    numbers = [row["案号"] for row in records(book["案卷得分"])]
    prefixes = {}
    for n in numbers:  # 交罚〔2025〕9号 comes before 交罚〔2025〕10号
        head, serial = n.rsplit("〕", 1)
        prefixes.setdefault(head, []).append(int(serial.removesuffix("号")))
    assert all(serials == sorted(serials) for serials in prefixes.values())


def test_department_means_and_ranks_match_the_report(book, built):
    bands = [b.label for b in built.figures.standard.bands]
    rows = records(book["单位排名"])
    assert [r["单位"] for r in rows] == [d["department"] for d in built.report["departments"]]
    for row, d in zip(rows, built.report["departments"], strict=True):
        assert row["排名"] == d["rank"]
        assert row["案卷数"] == d["files"]
        assert dec(row["平均分"]) == dec(d["mean"])
        assert dec(row["最高分"]) == dec(d["highest"])
        assert dec(row["最低分"]) == dec(d["lowest"])
        assert row["等次"] == d["grade"]
        assert {b: row[b] for b in bands} == d["grades"]
    assert book["单位排名"]["D2"].number_format == "0.00"


def test_common_problems_match_the_figures(book, built):
    rows = records(book["常见问题"])
    assert len(rows) == len(built.figures.problems) > 0
    for row, p in zip(rows, built.figures.problems, strict=True):
        assert (row["排名"], row["评查项目"], row["扣分案卷数"]) == (p.rank, p.item.text, p.files)
        assert dec(row["占比（%）"]) == p.share
        assert dec(row["扣分合计"]) == p.points
        assert row["涉及单位"] == "、".join(p.departments)


def test_summary_counts_the_campaign(book, built):
    f = built.figures
    values = {row[0]: row[1] for row in book["汇总"].iter_rows(values_only=True) if row[0]}
    assert values["评查活动"] == built.campaign.name
    assert values["评查案卷数"] == len(f.files) == 300
    assert values["已定分案卷数"] == len(f.final)
    assert dec(values["平均分"]) == f.mean
    assert values["否决案卷数"] == f.vetoed
    for label, count in f.grade_counts.items():
        assert values[label] == count
    shares = {row[0]: row[2] for row in book["汇总"].iter_rows(values_only=True) if row[0] in f.grade_counts}
    assert {k: dec(v) for k, v in shares.items()} == {k: f.share(n) for k, n in f.grade_counts.items()}


def test_formula_like_user_text_comes_back_as_that_text(book, built):
    assert len(built.parties) == len(PARTIES)
    cells = {row[0].value: row[3] for row in book["案卷得分"].iter_rows(min_row=2)}
    for number, party in built.parties.items():
        cell = cells[number]
        assert cell.value == party
        assert cell.data_type == "s"
        assert cell.quotePrefix  # Excel keeps it text even when the cell is edited
    with zipfile.ZipFile(built.path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        assert not any(b"<f>" in z.read(n) or b't="e"' in z.read(n) for n in sheets)


def test_cancel_leaves_no_workbook_and_no_temporary_files(built, tmp_path):
    cancel = threading.Event()
    temporary = set(openpyxl_writer.ALL_TEMP_FILES)
    path = tmp_path / "cancelled.xlsx"
    with pytest.raises(Cancelled):
        write_workbook(built.figures, path, progress=lambda done, total: cancel.set(), cancel=cancel)
    assert not path.exists()
    left = set(openpyxl_writer.ALL_TEMP_FILES) - temporary
    assert not left
    assert not any(Path(p).exists() for p in left)


def test_progress_reaches_the_end(built, tmp_path):
    seen: list[tuple[int, int]] = []
    write_workbook(built.figures, tmp_path / "p.xlsx", progress=lambda *step: seen.append(step))
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_campaign_without_final_scores_still_gets_its_headers(tmp_path):
    db = open_database(tmp_path / "empty.sqlite")
    try:
        campaign = get_campaign(db, generate_demo(db, files=20, scored_share=0.0).campaign_id)
        figures = campaign_figures(db, campaign)
    finally:
        db.close()
    write_workbook(figures, tmp_path / "empty.xlsx")
    book = load_workbook(tmp_path / "empty.xlsx")
    assert book["案卷得分"].max_row == 1
    assert book["案卷得分"]["A1"].value == "案号"
    values = {row[0]: row[1] for row in book["汇总"].iter_rows(values_only=True) if row[0]}
    assert values["已定分案卷数"] == 0
    assert values.get("平均分") is None


def test_every_sheet_prints_at_nine_points_or_more_with_its_header(book, built):
    """Fit to the width of A4 landscape, the 11 pt cells scale down: never below 9 pt (issue 14)."""
    from openpyxl.utils import get_column_letter

    from workbench.exports.sheet_writer import MIN_PRINTED_POINTS, printed_points

    for ws in book.worksheets:
        widths = [ws.column_dimensions[get_column_letter(n)].width for n in range(1, ws.max_column + 1)]
        assert printed_points(widths) >= MIN_PRINTED_POINTS, (ws.title, widths)
        assert ws.oddHeader.center.text == f"{built.figures.campaign.name}　&A"
