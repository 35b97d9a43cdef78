"""A supervision round (督察轮次) through the screens: set up over units (one typed in), inspectors assigned
off their own unit, two inspectors score one unit alike through the panel, and the report shows it final."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt

import ui.errors
from tests.conftest import REPO
from ui.campaigns.assignment_dialog import AssignmentDialog
from ui.campaigns.setup_dialog import CampaignSetupDialog
from ui.cases.case_list_model import CaseListModel
from ui.errors import messages
from ui.jobs import running_jobs, stop_jobs
from ui.main_window import MainWindow
from ui.recheck.recheck_dialog import ArbitrationDialog
from ui.settings import UiSettings
from workbench.assignment.reviewers import import_reviewers
from workbench.campaigns.service import campaign_standard, list_campaigns
from workbench.common.workspace import Workspace
from workbench.reporting.report import campaign_report
from workbench.review.sheets import sheet_entries
from workbench.scoring import Entry, EntryKind, score_sheet
from workbench.standards.service import import_standard_file, save_imported

CHECKLIST = REPO / "resources" / "checklists" / "法治政府建设督察考核清单.xlsx"
CASE_STANDARD = REPO / "resources" / "standards" / "示例-评查标准模板.xlsx"
BINARY = "C27"  # 按时报送年度法治政府建设情况报告: 4, not met loses all
LEVELS = "C32"  # 设立法制审核机构: 专门机构 3 / 兼管 2 / 无 0
PER_DEFECT = "C02"  # 行政许可事项在法定期限内办结: 4, 1 per defect
BONUS = "B01"  # 获评示范: +3, cap 3
LEAD = "周组长"
INSPECTORS = {
    "赵督察": "市交通运输局",
    "钱督察": "市生态环境局",
    "孙督察": "甲区人民政府",
    "李督察": "市市场监督管理局",
}
NEW_UNIT = "乙县人民政府"  # typed into the set-up dialog: not in the database before


@pytest.fixture
def boxes(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ui.errors, "log_folder", lambda: tmp_path / "logs")
    with messages.recording(answers=[True] * 20) as shown:
        yield shown
    assert stop_jobs(5000)
    qtbot.waitUntil(lambda: not running_jobs(), timeout=5000)


def roster(tmp_path):
    path = tmp_path / "inspectors.csv"
    rows = ["姓名,所在单位,角色", f"{LEAD},市司法局,组长"]
    rows += [f"{name},{unit}," for name, unit in INSPECTORS.items()]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def inspector_window(qtbot, path, name, settings_path, round_id):
    workspace = Workspace.open(path, author=name)
    window = MainWindow(workspace, UiSettings(QSettings(str(settings_path), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    assert window.navigator.select_campaign(round_id)
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    return window


def score_one_of_each_kind(window, unit_id: str):
    """Binary not met, a lower level, two defects and a bonus, through the panel; the live result."""
    assert window.case_list.select_subject(unit_id)
    panel, editor = window.scoring, window.scoring.editor
    assert window.sheet_stack.currentWidget() is panel
    panel.select_item(BINARY)
    editor.reason.setText("未按时报送年度报告")
    editor.amount.not_met.click()
    panel.select_item(LEVELS)
    editor.reason.setText("法制审核机构由其他科室兼管")
    editor.amount.levels.setCurrentIndex(1)  # 兼管 (2)
    panel.select_item(PER_DEFECT)
    editor.reason.setText("两名执法人员未参加年度培训")
    editor.amount.count.setValue(2)
    panel.select_item(BONUS)
    editor.amount.bonus.setValue(3)
    panel.flush()
    return panel


def test_a_round_is_set_up_assigned_scored_twice_and_reported(qtbot, tmp_path, boxes):
    path = tmp_path / "round.sqlite"
    office = Workspace.open(path, author="法治办")
    save_imported(office.db, import_standard_file(CASE_STANDARD).standard, author="法治办")
    checklist = save_imported(office.db, import_standard_file(CHECKLIST).standard, author="法治办")
    import_reviewers(office.db, roster(tmp_path), author="法治办")

    # set-up: a round lists checklists only, and its scope takes existing departments and a new unit
    setup = CampaignSetupDialog(office)
    qtbot.addWidget(setup)
    setup.open()
    assert setup.standard.count() == 1  # the case-file standard
    setup.round_choice.setChecked(True)
    assert [setup.standard.itemData(n) for n in range(setup.standard.count())] == [checklist.id]
    assert setup.scope_label.text() == "Units inspected:"
    setup.name.setText("2026年法治政府建设督察")
    assert setup.checked_departments() == []  # a round starts with no unit picked
    assert "Choose at least one unit." in setup.message.text()
    setup.scope.new_name.setText(NEW_UNIT)
    setup.scope.add_button.click()
    setup.case_review.setChecked(True)  # a unit typed in is no department with case files: hidden
    assert NEW_UNIT not in setup.checked_departments()
    assert setup.scope.add_line.isHidden()
    setup.round_choice.setChecked(True)
    assert setup.checked_departments() == [NEW_UNIT]
    for n in range(setup.departments.count()):
        item = setup.departments.item(n)
        if item.text() not in ("市司法局", "市生态环境局"):
            item.setCheckState(Qt.CheckState.Checked)
    units = {"市交通运输局", "市市场监督管理局", "甲区人民政府", NEW_UNIT}
    assert set(setup.checked_departments()) == units
    assert setup.ok_button.isEnabled(), setup.message.text()
    with qtbot.waitSignal(setup.saved, timeout=2000):
        setup.ok_button.click()
    (round_,) = list_campaigns(office.db)
    assert (round_.subject_kind, round_.year) == ("unit", 2026)

    edit = CampaignSetupDialog(office, round_)  # settings only; the kind and the units stay
    qtbot.addWidget(edit)
    assert edit.round_choice.isChecked()
    assert not edit.round_choice.isEnabled()
    assert edit.standard.currentData() == checklist.id
    assert {edit.departments.item(n).text() for n in range(edit.departments.count())} == units

    # assignment: two inspectors per unit, nobody on their own unit
    assign = AssignmentDialog(office, round_)
    qtbot.addWidget(assign)
    assign.per_file.setValue(2)
    with qtbot.waitSignal(assign.changed, timeout=10_000):
        assign.assign_button.click()
    board = {f.case_number: f for f in assign.files_model.rows}
    assert set(board) == units
    for unit, file in board.items():
        assert len(file.seats) == 2
        assert all(seat.department != unit for seat in file.seats)
    target = board["甲区人民政府"]
    first, second = sorted(target.seats, key=lambda seat: seat.name)

    standard = campaign_standard(office.db, round_)
    expected_entries = [
        Entry(BINARY, points=Decimal(4)),
        Entry(LEVELS, points=Decimal(1)),
        Entry(PER_DEFECT, points=Decimal(2), count=2),
        Entry(BONUS, kind=EntryKind.BONUS, points=Decimal(3), count=1),
    ]
    expected = score_sheet(standard, expected_entries)
    assert expected.total == 96

    for n, seat in enumerate((first, second)):
        window = inspector_window(qtbot, path, seat.name, tmp_path / f"{n}.ini", round_.id)
        view, model = window.case_list.table, window.case_list.model
        assert model.headerData(CaseListModel.CASE_NUMBER, Qt.Orientation.Horizontal) == "Unit inspected"
        assert all(view.isColumnHidden(c) for c in (CaseListModel.PARTY, CaseListModel.CASE_TYPE))
        assert 0 < model.rowCount() < 4  # my units first
        window.toggle_mine()  # all units
        assert model.rowCount() == 4
        panel = score_one_of_each_kind(window, target.subject_id)
        stored = sheet_entries(office.db, panel.sheet_id)
        assert {(e.item_key, e.kind, e.points, e.count) for e in stored} == {
            (e.item_key, e.kind, e.points, e.count) for e in expected_entries
        }
        assert panel.result.total == expected.total == score_sheet(standard, stored).total
        assert panel.result.grade == expected.grade
        assert panel.header.total.text() == f"Total {expected.total} / 100 (incl. +3 bonus)"
        assert panel.header.grade.text() == expected.grade
        panel.submit()
        assert panel.view.locked

    report = campaign_report(office.db, round_)
    scored = next(f for f in report["files"] if f["case_number"] == "甲区人民政府")
    assert Decimal(str(scored["total"])) == expected.total
    assert scored["grade"] == expected.grade
    assert report["summary"]["final"] == 1

    arbitration = ArbitrationDialog(office, round_)
    qtbot.addWidget(arbitration)
    assert arbitration.queue.horizontalHeaderItem(0).text() == "Unit"
    office.close()
