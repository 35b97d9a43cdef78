"""The case list: a model that passes Qt's tester and sorts itself; a panel that searches and follows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView

from tests.workbench.test_case_list import brute_force
from ui.cases.case_list_model import FAIL_GRADE, TOP_GRADE, CaseListModel
from ui.cases.case_list_view import CaseListPanel
from ui.widgets import RIGHT, Column, RowsModel, show
from workbench.campaigns.service import campaign_standard, list_campaigns
from workbench.common.workspace import Workspace
from workbench.demo.generator import generate_demo
from workbench.reporting.case_list import case_list, case_list_rows
from workbench.review.results import FileStatus
from workbench.review.sheets import open_sheet, record_entry, submit_sheet
from workbench.scoring import Entry

DESC, ASC = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
TOTAL = CaseListModel.TOTAL


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A 400-file demo campaign, read only, shared by this module's tests."""
    ws = Workspace.open(tmp_path_factory.mktemp("case_list_ui") / "demo.sqlite", author="测试")
    generate_demo(ws.db, files=400, seed=11)
    yield ws, list_campaigns(ws.db)[0]
    ws.close()


@pytest.fixture
def panel(qtbot, demo):
    widget = CaseListPanel()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.load(*demo)
    return widget


def shown_ids(panel: CaseListPanel) -> list[str]:
    return [r.subject_id for r in panel.model.rows]


def count_numbers(panel: CaseListPanel) -> list[int]:
    """The numbers in the count label, in any order a translation puts them."""
    return sorted(int(n) for n in re.findall(r"\d+", panel.count.text()))


def current_subject_in_view(panel: CaseListPanel) -> str:
    return panel.model.row_at(panel.table.currentIndex()).subject_id


@dataclass(frozen=True, slots=True)
class Pair:
    name: str
    score: Decimal | None


def test_generic_model_passes_the_tester_and_formats_numbers(qtmodeltester):
    columns = [Column("Name", lambda p: p.name, tooltip=True), Column("Score", lambda p: p.score)]
    rows = [Pair("a", Decimal("93.50")), Pair("b", None), Pair("c", Decimal("100.00")), Pair("d", Decimal(7))]
    model = RowsModel(columns, rows)
    qtmodeltester.check(model)
    texts = [model.data(model.index(r, 1)) for r in range(4)]
    assert texts == ["93.5", "", "100", "7"]
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == RIGHT.value
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "a"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Score"
    assert model.row_at(model.index(2, 0)) is rows[2]
    assert model.row_at(QModelIndex()) is None
    assert [show(v) for v in (Decimal("0.125"), 2.5, 0, None)] == ["0.13", "2.5", "0", ""]


def test_case_list_model_passes_the_tester_through_sort_filter_and_edit(qtmodeltester, demo):
    listing = case_list(demo[0].db, demo[1])
    model = CaseListModel()
    model.set_case_list(listing.rows[:120], listing.grades)  # the tester walks every cell on each change
    qtmodeltester.check(model)  # and stays attached, checking the changes below
    for column in range(model.columnCount()):
        model.sort(column, DESC if column % 2 else ASC)
    model.sort(TOTAL, ASC)
    model.set_rows(listing.rows[:50])
    model.replace_row(3, listing.rows[3])
    assert model.rowCount() == 50


def test_grade_cells_are_green_for_the_top_band_and_red_for_the_fail_band(panel):
    model = panel.model
    colours = {}
    for n, r in enumerate(model.rows):
        colours[r.grade] = model.data(model.index(n, CaseListModel.GRADE), Qt.ItemDataRole.ForegroundRole)
    assert colours == {"优秀": TOP_GRADE, "不合格": FAIL_GRADE, "合格": None, None: None}


@pytest.mark.parametrize("order", [DESC, ASC])
def test_sorting_by_total_puts_unscored_files_last_either_way(panel, order):
    panel.table.sortByColumn(TOTAL, order)
    totals = [r.total for r in panel.model.rows]
    scored = [t for t in totals if t is not None]
    assert totals == scored + [None] * (len(totals) - len(scored))
    assert scored == sorted(scored, reverse=order == DESC)
    if order == DESC:
        assert panel.model.data(panel.model.index(0, TOTAL)) == show(max(scored))


def test_selection_follows_its_file_through_a_sort(qtbot, panel):
    subject = panel.model.rows[123].subject_id
    with qtbot.waitSignal(panel.file_selected) as selected:
        assert panel.select_subject(subject)
    assert selected.args == [subject]
    with qtbot.assertNotEmitted(panel.file_selected):
        panel.table.sortByColumn(TOTAL, DESC)
        panel.table.sortByColumn(CaseListModel.PARTY, ASC)
    assert shown_ids(panel).index(subject) != 123
    assert current_subject_in_view(panel) == subject
    assert panel.table.selectionModel().selectedRows()[0].row() == shown_ids(panel).index(subject)


def test_search_filters_after_the_debounce_and_updates_the_count(qtbot, panel, demo):
    assert count_numbers(panel) == [400, 400]
    panel.search.setText("食品 公司")
    assert panel.model.rowCount() == 400  # not yet: typing goes on
    expected = brute_force(demo[0].db, demo[1], text="食品 公司")
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(expected), timeout=2000)
    assert set(shown_ids(panel)) == expected
    assert count_numbers(panel) == sorted([len(expected), 400])
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 400, timeout=2000)


def test_combos_filter_by_department_status_and_grade(panel, demo):
    db, campaign = demo[0].db, demo[1]
    assert panel.department.count() == len(case_list(db, campaign).departments) + 1
    assert panel.status.count() == len(FileStatus) + 1
    assert [panel.grade.itemText(i) for i in range(1, panel.grade.count())] == ["优秀", "合格", "不合格"]
    panel.set_department("市市场监督管理局")
    panel.status.setCurrentIndex(panel.status.findData(FileStatus.FINAL))
    want = brute_force(db, campaign, department="市市场监督管理局", status=FileStatus.FINAL)
    assert set(shown_ids(panel)) == want
    panel.grade.setCurrentIndex(panel.grade.findText("合格"))
    want = brute_force(db, campaign, department="市市场监督管理局", status=FileStatus.FINAL, grade="合格")
    assert set(shown_ids(panel)) == want
    assert 0 < len(want) < 400
    assert count_numbers(panel) == sorted([len(want), 400])
    panel.set_department(None)
    panel.status.setCurrentIndex(0)
    assert set(shown_ids(panel)) == brute_force(db, campaign, grade="合格")


def test_the_current_file_stays_selected_across_filters(qtbot, panel):
    panel.search.setText("食品")
    panel.apply_filters()
    subject = panel.model.rows[2].subject_id
    panel.select_subject(subject)
    with qtbot.assertNotEmitted(panel.file_selected):
        panel.search.setText("没有这样的案件")
        panel.apply_filters()
        assert panel.model.rowCount() == 0
        assert not panel.select_subject(subject)
        panel.search.setText("食品")
        panel.apply_filters()
    assert panel.current_subject() == subject == current_subject_in_view(panel)


def test_next_and_previous_walk_the_rows_and_stop_at_the_ends(qtbot, panel):
    panel.search.setText(panel.model.rows[0].case_number.removesuffix("号"))  # …1 finds 1号, 10号, 11号…
    panel.apply_filters()
    ids = shown_ids(panel)
    assert len(ids) > 2
    seen = []
    panel.file_selected.connect(seen.append)
    while panel.select_next():
        pass
    assert seen == ids
    assert not panel.select_next()
    while panel.select_previous():
        pass
    assert seen == ids + ids[-2::-1]
    assert not panel.select_previous()


def test_select_first_scored_picks_the_first_final_row_in_view_order(panel):
    panel.table.sortByColumn(CaseListModel.PARTY, DESC)
    assert panel.select_first_scored()
    first = next(r for r in panel.model.rows if r.status is FileStatus.FINAL)
    assert current_subject_in_view(panel) == first.subject_id == panel.current_subject()
    panel.status.setCurrentIndex(panel.status.findData(FileStatus.UNSCORED))
    assert not panel.select_first_scored()


def test_columns_fit_their_chinese_text_and_rows_have_one_height(panel, demo):
    fm = panel.table.fontMetrics()
    widest_department = max(fm.horizontalAdvance(d) for d in case_list(demo[0].db, demo[1]).departments)
    assert panel.table.columnWidth(CaseListModel.DEPARTMENT) > widest_department
    widest_number = max(fm.horizontalAdvance(r.case_number) for r in panel.model.rows)
    assert panel.table.columnWidth(CaseListModel.CASE_NUMBER) > widest_number
    rows = panel.table.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert rows.defaultSectionSize() > fm.height()


def test_refresh_subject_updates_one_row_without_a_reset(qtbot, tmp_path):
    ws = Workspace.open(tmp_path / "small.sqlite", author="测试")
    try:
        generate_demo(ws.db, files=40, seed=3)
        campaign = list_campaigns(ws.db)[0]
        panel = CaseListPanel()
        qtbot.addWidget(panel)
        panel.load(ws, campaign)
        panel.table.sortByColumn(TOTAL, DESC)
        position = next(n for n, r in enumerate(panel.model.rows) if r.status is FileStatus.UNSCORED)
        before = list(panel.model.rows)
        subject = before[position].subject_id
        standard = campaign_standard(ws.db, campaign)
        sheet = open_sheet(ws.db, campaign.id, subject, None, author="测试")
        item = standard.item_by_text("文书填写规范、完整")
        entry = Entry(item.key, points=Decimal(3), count=3, reason="漏填三项")
        record_entry(ws.db, standard, sheet, entry, author="测试")
        submit_sheet(ws.db, sheet, author="测试")

        with (
            qtbot.assertNotEmitted(panel.model.modelReset),
            qtbot.assertNotEmitted(panel.model.layoutChanged),
            qtbot.waitSignal(panel.model.dataChanged) as changed,
        ):
            assert panel.refresh_subject(subject)

        assert [i.row() for i in changed.args[:2]] == [position, position]
        model = panel.model
        assert model.data(model.index(position, TOTAL)) == "97"
        assert model.data(model.index(position, CaseListModel.GRADE)) == "优秀"
        assert model.rows[position].status is FileStatus.FINAL
        assert all(a is b for n, (a, b) in enumerate(zip(before, model.rows, strict=True)) if n != position)
        assert not panel.refresh_subject("no-such-file")
        panel.table.sortByColumn(TOTAL, DESC)  # the new total sorts where it belongs
        totals = [r.total for r in panel.model.rows if r.total is not None]
        assert totals == sorted(totals, reverse=True)
        assert Decimal(97) in totals
    finally:
        ws.close()


def test_background_load_shows_files_at_once_and_totals_when_scored(qtbot, demo):
    workspace, campaign = demo
    widget = CaseListPanel()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.scores_loaded, timeout=10000):
        widget.load(workspace, campaign, background=True)
        assert widget.model.rowCount() == 400  # usable before any score is computed
        assert all(r.total is None for r in widget.model.rows)
        widget.select_next()
        widget.select_next()
        chosen = widget.current_subject()
    expected = {r.subject_id: r.total for r in case_list_rows(workspace.db, campaign)}
    assert {r.subject_id: r.total for r in widget.model.rows} == expected
    assert any(total is not None for total in expected.values())
    assert widget.current_subject() == chosen
    assert widget.model.row_at(widget.table.currentIndex()).subject_id == chosen
