"""A supervision round reads as one: bonus as +3, yes/no items "Not met", levels by name, and unit wording
in the remarks, the scan viewer, the Go actions, the assignment and recheck screens and the Campaign menu."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.conftest import REPO
from ui.campaigns.assignment_dialog import AssignmentDialog
from ui.main_window import MainWindow
from ui.recheck.recheck_dialog import ArbitrationDialog
from ui.scans.scan_viewer import ScanViewer
from ui.scoring import ScoringPanel
from ui.scoring.score_header import subtotal_texts
from ui.scoring.score_tree_model import ScoreTreeModel
from ui.settings import UiSettings
from workbench.campaigns.service import create_campaign, list_campaigns
from workbench.campaigns.supervision import create_round
from workbench.cases.importer import import_cases
from workbench.common.workspace import Workspace
from workbench.demo.generator import load_demo_standard
from workbench.scoring import Entry, EntryKind, score_sheet
from workbench.standards.service import import_standard_file, save_imported, save_standard

CHECKLIST = REPO / "resources" / "checklists" / "法治政府建设督察考核清单.xlsx"
UNIT = "甲区人民政府"
BINARY = "C27"  # 按时报送年度法治政府建设情况报告: 4, not met loses all
LEVELS = "C32"  # 设立法制审核机构: 专门机构 3 / 兼管 2 / 无 0
PER_DEFECT = "C02"  # 4, 1 per defect
BONUS_ONE = "B01"  # +3, cap 3
BONUS_EACH = "B02"  # +1 each, cap 2 (all bonus together capped at 5)
HORIZONTAL = Qt.Orientation.Horizontal


@pytest.fixture
def workspace(tmp_path):
    """One round over two units under the shipped checklist, and one case-file campaign beside it."""
    ws = Workspace.open(tmp_path / "round.sqlite", author="赵督察")
    checklist = save_imported(ws.db, import_standard_file(CHECKLIST).standard, author="法治办")
    register = tmp_path / "cases.csv"
    register.write_text(
        "案号,案件名称,执法部门\n交罚〔2026〕1号,某运输公司超限运输案,市交通运输局\n", "utf-8"
    )
    import_cases(ws.db, register, author="录入员")
    standard = save_standard(ws.db, load_demo_standard(), author="组长")
    create_campaign(ws.db, "2026年交通专项评查", standard=standard.id, author="组长")
    create_round(
        ws.db, "2026年法治政府建设督察", checklist=checklist.id, units=[UNIT, "乙县人民政府"], author="法治办"
    )
    yield ws
    ws.close()


def campaigns(ws):
    found = {c.subject_kind: c for c in list_campaigns(ws.db)}
    return found["unit"], found["case_file"]


def unit_id(ws, name=UNIT):
    return ws.db.execute("SELECT id FROM department WHERE name = ?", [name]).fetchone()[0]


@pytest.fixture
def panel(qtbot, workspace):
    round_, _ = campaigns(workspace)
    widget = ScoringPanel(workspace)
    qtbot.addWidget(widget)
    widget.load(round_, unit_id(workspace), None)
    return widget


def score_one_of_each_kind(panel):
    editor = panel.editor
    panel.select_item(BINARY)
    editor.reason.setText("未按时报送年度报告")
    editor.amount.not_met.click()
    panel.select_item(LEVELS)
    editor.reason.setText("法制审核机构由其他科室兼管")
    editor.amount.levels.setCurrentIndex(1)  # 兼管 (2)
    panel.select_item(PER_DEFECT)
    editor.reason.setText("两名执法人员未参加年度培训")
    editor.amount.count.setValue(2)
    panel.select_item(BONUS_ONE)
    editor.amount.bonus.setValue(3)
    panel.flush()


def subtotals(panel):
    """The header's subtotals as read: without the word joiners that keep each one on a line."""
    return panel.header.subtotals.text().replace("\u2060", "").replace("\u00a0", " ")


def cell(model, key, column):
    return model.data(model.index_of(key, column))


def test_the_tree_shows_bonus_as_plus_and_names_not_met_and_the_level(panel, qtmodeltester):
    model = panel.model
    assert cell(model, BONUS_ONE, ScoreTreeModel.MAX) == "+3"  # its cap, not its maximum of 0
    assert cell(model, BONUS_EACH, ScoreTreeModel.MAX) == "+2"
    bonus_group = model.index_of(BONUS_ONE).parent()
    assert model.data(bonus_group) == "加分项"
    assert model.data(bonus_group.siblingAtColumn(ScoreTreeModel.MAX)) == "+5"  # the checklist's bonus cap
    assert model.data(bonus_group.siblingAtColumn(ScoreTreeModel.SCORE)) == ""  # 未评: no score yet

    score_one_of_each_kind(panel)
    assert cell(model, BONUS_ONE, ScoreTreeModel.RECORDED) == "+3"  # one award: no (×1)
    assert cell(model, BONUS_ONE, ScoreTreeModel.SCORE) == "+3"
    assert cell(model, BONUS_ONE, ScoreTreeModel.NOTE) == ""
    assert model.data(bonus_group.siblingAtColumn(ScoreTreeModel.SCORE)) == "+3"
    assert cell(model, BINARY, ScoreTreeModel.RECORDED) == "−4"
    assert cell(model, BINARY, ScoreTreeModel.NOTE) == "Not met"  # not "At floor"
    assert cell(model, LEVELS, ScoreTreeModel.NOTE) == "兼管"
    assert cell(model, LEVELS, ScoreTreeModel.SCORE) == "2"
    assert cell(model, PER_DEFECT, ScoreTreeModel.RECORDED) == "−2 (×2)"
    assert cell(model, PER_DEFECT, ScoreTreeModel.NOTE) == ""

    panel.select_item(BONUS_EACH)
    panel.editor.amount.bonus.setValue(2)
    assert cell(model, BONUS_EACH, ScoreTreeModel.RECORDED) == "+2 (×2)"  # two awards of +1
    qtmodeltester.check(model)


def test_the_header_shows_the_bonus_apart(panel):
    assert panel.header.total.text() == "Not scored"
    assert subtotals(panel) == ""  # nothing recorded: no subtotals either
    score_one_of_each_kind(panel)
    assert (panel.result.total, panel.result.bonus) == (96, 3)
    assert panel.header.total.text() == "Total 96 / 100 (incl. +3 bonus)"
    shown = subtotals(panel)
    assert "加分项 +3" in shown
    assert "3/0" not in shown
    assert "监督与整改 8/12" in shown


def test_a_bonus_beyond_the_checklist_cap_is_shown_as_credited(panel):
    standard = panel.standard
    entries = [
        Entry(BONUS_ONE, EntryKind.BONUS, points=Decimal(3), count=1),
        Entry(BONUS_EACH, EntryKind.BONUS, points=Decimal(2), count=2),
    ]
    result = score_sheet(standard, entries)
    assert result.bonus == 5
    assert "加分项 +5" in subtotal_texts(result)


def test_the_remarks_speak_of_the_unit_in_a_round_and_of_the_file_otherwise(qtbot, workspace):
    round_, review = campaigns(workspace)
    panel = ScoringPanel(workspace)
    qtbot.addWidget(panel)
    panel.load(round_, unit_id(workspace), None)
    assert panel.remarks.placeholderText() == "Remarks on the whole unit"
    case_id = workspace.db.execute("SELECT id FROM case_file").fetchone()[0]
    panel.load(review, case_id, None)
    assert panel.remarks.placeholderText() == "Remarks on the whole file"


def test_the_scan_viewer_asks_a_unit_for_its_evidence(qtbot):
    viewer = ScanViewer()
    qtbot.addWidget(viewer)
    viewer.set_units(True)
    assert "evidence" in viewer.empty.text()
    assert viewer.attach_button.text() == "Attach evidence…"
    viewer.set_units(False)
    assert viewer.empty.text() == "No scan attached. Attach a PDF or images of the case file."
    assert viewer.attach_button.text() == "Attach scan…"


def test_the_window_steps_through_units_in_a_round(qtbot, workspace, tmp_path):
    round_, review = campaigns(workspace)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.campaign_menu.new_action.text() == "New campaign or round…"
    assert window.navigator.select_campaign(round_.id)
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    assert (window.previous_action.text(), window.next_action.text()) == ("Previous unit", "Next unit")
    assert "evidence" in window.scan.empty.text()
    assert window.navigator.select_campaign(review.id)
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    assert (window.previous_action.text(), window.next_action.text()) == ("Previous file", "Next file")
    assert window.scan.attach_button.text() == "Attach scan…"


def test_assignment_and_recheck_screens_name_units(qtbot, workspace):
    round_, review = campaigns(workspace)
    assign = AssignmentDialog(workspace, round_)
    qtbot.addWidget(assign)
    assert assign.files_model.headerData(0, HORIZONTAL) == "Unit inspected"
    assert assign.files_view.isColumnHidden(1)  # a unit is its own department
    assert assign.loads_model.headerData(2, HORIZONTAL) == "Units"
    assign.reload()
    assert assign.files_view.isColumnHidden(1)
    other = AssignmentDialog(workspace, review)
    qtbot.addWidget(other)
    assert other.files_model.headerData(0, HORIZONTAL) == "Case number"
    assert not other.files_view.isColumnHidden(1)

    recheck = ArbitrationDialog(workspace, round_)
    qtbot.addWidget(recheck)
    assert recheck.summary.text().splitlines()[0] == "No unit needs a recheck."
    recheck_files = ArbitrationDialog(workspace, review)
    qtbot.addWidget(recheck_files)
    assert recheck_files.summary.text().splitlines()[0] == "No file needs a recheck."


def test_a_bonus_item_over_its_cap_says_so(panel):
    entries = [Entry(BONUS_ONE, EntryKind.BONUS, points=Decimal(2)) for _ in range(2)]  # two awards, 4 > 3
    panel.model.set_scores(score_sheet(panel.standard, entries), entries)
    assert cell(panel.model, BONUS_ONE, ScoreTreeModel.RECORDED) == "+2, +2"
    assert cell(panel.model, BONUS_ONE, ScoreTreeModel.SCORE) == "+3"
    assert cell(panel.model, BONUS_ONE, ScoreTreeModel.NOTE) == "Capped at +3"
