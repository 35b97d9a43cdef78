"""The campaign screens on a real database: set-up, draw, assignment (automatic, manual, imported) and the
dashboard drive the real services, and their counts agree with campaign_results."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.workbench.small_campaign import (
    DEPARTMENTS,
    FIXED,
    OTHER_FIXED,
    load_people_and_cases,
    small_campaign,
)
from tests.workbench.small_campaign import score as score_file
from ui.campaigns.assignment_dialog import AssignmentDialog
from ui.campaigns.dashboard_dialog import DashboardDialog
from ui.campaigns.draw_dialog import DrawDialog
from ui.campaigns.list_imports import AssignmentImportDialog, ReviewerImportDialog
from ui.campaigns.setup_dialog import CampaignSetupDialog
from ui.main_window import MainWindow
from ui.settings import UiSettings
from workbench.assignment.reviewers import declare_conflict
from workbench.assignment.service import assignments
from workbench.campaigns.recheck_rule import RecheckRule, rule_from_dict
from workbench.campaigns.service import campaign_standard, get_campaign, list_campaigns
from workbench.common.workspace import Workspace
from workbench.draw.algorithm import DrawPlan, quota
from workbench.draw.service import sample_campaign
from workbench.reporting.dashboard import campaign_dashboard
from workbench.reporting.progress import campaign_progress
from workbench.review.results import FileStatus, campaign_results


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "wb.sqlite", author="组织者")
    yield ws
    ws.close()


@pytest.fixture
def drawn(workspace, tmp_path):
    """12 files in 3 departments, 2 drawn from each."""
    campaign = small_campaign(workspace.db, tmp_path)
    sample_campaign(workspace.db, campaign, DrawPlan(seed="种子", per_department=2), author="组织者")
    return campaign


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.open()  # window-modal, returns at once: never exec()
    return dialog


def click_and_wait(qtbot, dialog, button):
    button.click()
    qtbot.waitUntil(lambda: not dialog.jobs.is_busy(), timeout=10_000)


# --- set-up ----------------------------------------------------------------------------------------------


def test_a_campaign_is_set_up_through_the_dialog_then_its_settings_edited(qtbot, workspace, tmp_path, shown):
    load_people_and_cases(workspace.db, tmp_path)
    dialog = opened(qtbot, CampaignSetupDialog(workspace))
    assert not dialog.ok_button.isEnabled()
    assert "Enter the campaign's name." in dialog.message.text()
    dialog.name.setText("2026年交通市场专项评查")
    assert dialog.year.value() == 2026
    assert dialog.standard.count() == 1
    for n in range(dialog.departments.count()):  # keep 交通局 and 市场局 only
        item = dialog.departments.item(n)
        if item.text() not in ("交通局", "市场局"):
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.doc_prefix.setText("鄂州司函〔2026〕")
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.is_error
    dialog.doc_prefix.setText("鄂州司函")
    assert dialog.ok_button.isEnabled()
    dialog.per_file.setValue(2)
    dialog.below.setValue(70)
    dialog.grades_differ.setChecked(True)
    dialog.gap.setValue(7.5)
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.ok_button.click()

    (campaign,) = list_campaigns(workspace.db)
    assert (campaign.name, campaign.year, campaign.doc_prefix, campaign.reviewers_per_file) == (
        "2026年交通市场专项评查",
        2026,
        "鄂州司函",
        2,
    )
    assert rule_from_dict(campaign.recheck_rule) == RecheckRule(Decimal(70), True, Decimal("7.5"))
    assert {r.department: r.files for r in campaign_progress(workspace.db, campaign)} == {
        "交通局": 4,
        "市场局": 4,
    }

    edit = opened(qtbot, CampaignSetupDialog(workspace, campaign))
    assert not edit.name.isEnabled()
    assert not edit.departments.isEnabled()
    assert edit.gap.value() == 7.5
    assert edit.departments.count() == 2
    edit.per_file.setValue(3)
    edit.gap.setValue(edit.gap.minimum())  # "none"
    assert not edit.reasons_optional.isChecked()  # by default a deduction needs its reason
    edit.reasons_optional.setChecked(True)
    with qtbot.waitSignal(edit.saved, timeout=2000):
        edit.ok_button.click()
    again = get_campaign(workspace.db, campaign.id)
    assert again.reasons_optional
    assert again.reviewers_per_file == 3
    assert rule_from_dict(again.recheck_rule) == RecheckRule(Decimal(70), True, None)


def test_a_service_refusal_is_shown_inline_and_nothing_is_created(qtbot, workspace, tmp_path, shown):
    load_people_and_cases(workspace.db, tmp_path)
    dialog = opened(qtbot, CampaignSetupDialog(workspace))
    dialog.name.setText("只评司法局")
    for n in range(dialog.departments.count()):
        item = dialog.departments.item(n)
        if item.text() != "司法局":  # the lead's office: no case files
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "所选部门没有案卷" in dialog.message.text()
    assert list_campaigns(workspace.db) == []


# --- draw ------------------------------------------------------------------------------------------------


def test_the_draw_runs_off_the_ui_thread_and_verifies(qtbot, workspace, tmp_path, shown):
    campaign = small_campaign(workspace.db, tmp_path)
    dialog = opened(qtbot, DrawDialog(workspace, campaign))
    assert not dialog.verify_button.isEnabled()
    dialog.run_button.click()  # no seed yet
    assert "随机种子不能为空" in dialog.message.text()

    dialog.generate_button.click()
    seed = dialog.seed.text()
    assert len(seed) == 20
    assert seed.isdigit()
    dialog.by_share.setChecked(True)
    dialog.share.setText("50%")
    dialog.maximum.setValue(1)
    dialog.unit_chosen.setPlainText("交罚〔2026〕4号\n")
    plan = dialog.plan()
    assert plan == DrawPlan(seed, share=Decimal("0.5"), maximum=1, unit_chosen=("交罚〔2026〕4号",))
    with qtbot.waitSignal(dialog.drawn, timeout=10_000) as blocker:
        dialog.run_button.click()
    record = blocker.args[0]
    chosen = Counter({"交通局": 1})
    assert dialog.drawn_per_department() == {
        dept: quota(plan, 4 - chosen[dept]) + chosen[dept] for dept in DEPARTMENTS
    }
    assert dialog.drawn_per_department() == {"交通局": 2, "市场局": 1, "生态局": 1}
    assert record.population_hash in dialog.summary.text()
    assert seed in dialog.summary.text()

    click_and_wait(qtbot, dialog, dialog.verify_button)
    assert dialog.report is not None
    assert dialog.report.ok
    assert dialog.verification.item(0).text().startswith("抽取结果一致")
    assert dialog.message.text() == "Verified: the recorded draw matches."

    # the recorded draw is shown when the dialog opens again; a redraw asks first
    again = opened(qtbot, DrawDialog(workspace, campaign))
    assert again.seed.text() == seed
    assert again.by_share.isChecked()
    assert again.drawn_per_department() == dialog.drawn_per_department()
    again.run_button.click()  # the recorded answer is No
    assert shown[-1].kind == "ask"
    assert not again.jobs.is_busy()


# --- assignment ------------------------------------------------------------------------------------------


def test_assign_then_a_manual_change_obeys_the_hard_rules(qtbot, workspace, drawn, shown):
    db = workspace.db
    dialog = opened(qtbot, AssignmentDialog(workspace, drawn))
    assert dialog.per_file.value() == 2
    assert all(not f.seats for f in dialog.files_model.rows)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.assign_button.click()
    assert "已为抽取的 6 件案卷分配评查人员" in dialog.message.text()
    files = dialog.files_model.rows
    assert len(files) == 6
    for f in files:
        assert len(f.seats) == 2
        assert all(seat.department != f.department for seat in f.seats)  # never their own department
    assert sorted(load.files for load in dialog.loads_model.rows) == [2] * 6

    before = assignments(db, drawn)
    dialog.select_file(files[0].subject_id)
    assert dialog.seat.count() == 2
    dialog.show_all.setChecked(True)
    labels = [dialog.candidate.itemText(n) for n in range(dialog.candidate.count())]
    own = next(n for n, text in enumerate(labels) if text.endswith("own department"))
    dialog.candidate.setCurrentIndex(own)
    assert not dialog.reassign_button.isEnabled()  # a reason is needed
    dialog.reason.setText("调整")
    dialog.reassign_button.click()
    assert dialog.message.is_error
    assert "不能评查本部门的案卷" in dialog.message.text()
    assert assignments(db, drawn) == before

    dialog.show_all.setChecked(False)
    newcomer = dialog.candidate.currentData()
    leaving = dialog.seat.currentData()
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        dialog.reassign_button.click()
    seats = {s.reviewer_id for s in dialog.selected_file().seats}
    assert newcomer in seats
    assert leaving not in seats


def test_an_impossible_assignment_says_why_and_changes_nothing(qtbot, workspace, drawn, shown):
    db = workspace.db
    transport = db.execute("SELECT id FROM department WHERE name = '交通局'").fetchone()[0]
    for (rid,) in db.execute("SELECT id FROM reviewer WHERE name IN ('孙三', '周五')").fetchall():
        declare_conflict(db, rid, department_id=transport, reason="曾在该局任职", author="组织者")
    dialog = opened(qtbot, AssignmentDialog(workspace, drawn))
    dialog.per_file.setValue(3)
    click_and_wait(qtbot, dialog, dialog.assign_button)
    assert dialog.message.is_error
    assert "交通局" in dialog.message.text()
    assert assignments(db, drawn) == []


def test_reviewers_and_assignments_import_with_preview(qtbot, workspace, drawn, tmp_path, shown):
    people = tmp_path / "more.csv"
    people.write_text("姓名,所在单位,角色\n冯七,审计局,评查人员\n", encoding="utf-8")
    dialog = opened(qtbot, ReviewerImportDialog(workspace))
    dialog.set_path(people)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert dialog.summary.item(0).text().startswith("预览（未写入）：将导入 1 名评查人员")
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert shown[-1].text == "Imported 1 reviewer(s)."

    case = assignment_case(workspace, drawn)
    sheet = tmp_path / "assign.csv"
    sheet.write_text(f"案号,评查人\n{case},冯七\n{case},赵一\n", encoding="utf-8")
    dialog = opened(qtbot, AssignmentImportDialog(workspace, drawn))
    dialog.set_path(sheet)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert not dialog.problems.isHidden()  # 赵一 is from 交通局: row 3 is refused, nothing is ready
    assert any("第 3 行" in line and "不能评查本部门的案卷" in line for line in dialog.problems.lines())
    assert not dialog.import_button.isEnabled()
    sheet.write_text(f"案号,评查人\n{case},冯七\n{case},孙三\n", encoding="utf-8")
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert {r.reviewer for r in assignments(workspace.db, drawn) if r.case_number == case} == {
        "冯七",
        "孙三",
    }


def assignment_case(workspace, campaign) -> str:
    """A drawn 交通局 file, so that 赵一 (交通局) may not take it."""
    rows = campaign_dashboard(workspace.db, campaign).statuses
    numbers = dict(workspace.db.execute("SELECT id, case_number FROM case_file").fetchall())
    return min(numbers[s] for s in rows if numbers[s].startswith("交罚"))


# --- dashboard -------------------------------------------------------------------------------------------


def test_dashboard_counts_match_campaign_results(qtbot, workspace, drawn, shown):
    db = workspace.db
    assigning = opened(qtbot, AssignmentDialog(workspace, drawn))
    click_and_wait(qtbot, assigning, assigning.assign_button)
    standard = campaign_standard(db, drawn)
    _, results = campaign_results(db, drawn)
    seats = {}
    for r in assignments(db, drawn):
        seats.setdefault(r.case_number, []).append(r.reviewer)
    ids = dict(db.execute("SELECT name, id FROM reviewer").fetchall())
    first, second = results[0], results[1]
    for name, items in zip(seats[first.case_number], ((FIXED,), (FIXED,)), strict=True):
        score_file(db, standard, drawn, first.subject_id, ids[name], items)
    for name, items in zip(seats[second.case_number], ((FIXED,), (OTHER_FIXED,)), strict=True):
        score_file(db, standard, drawn, second.subject_id, ids[name], items)

    dialog = opened(qtbot, DashboardDialog(workspace, drawn))
    _, results = campaign_results(db, drawn)
    want: dict[str, Counter] = {}
    for r in results:
        want.setdefault(r.department, Counter())[r.status] += 1
    shown_rows = {row.department: row for row in dialog.departments_model.rows}
    assert set(shown_rows) == set(want)
    for dept, row in shown_rows.items():
        c = want[dept]
        assert row.files == c.total()
        assert row.final == c[FileStatus.FINAL]
        assert row.awaiting_arbitration == c[FileStatus.AWAITING_ARBITRATION]
    assert sum(r.final for r in shown_rows.values()) == 1
    assert sum(r.awaiting_arbitration for r in shown_rows.values()) == 1
    blockers = [dialog.blockers.item(n).text() for n in range(dialog.blockers.count())]
    assert blockers[:2] == ["4 件案卷尚未开始评查", "1 件案卷待复核"]
    assert dialog.verdict.is_error
    assert sum(r.submitted for r in dialog.reviewers_model.rows) == 4

    third = results[2]
    for name in seats[third.case_number]:
        score_file(db, standard, drawn, third.subject_id, ids[name])
    dialog.refresh_button.click()
    assert sum(r.final for r in dialog.departments_model.rows) == 2


# --- the main window's menu ------------------------------------------------------------------------------


def test_the_campaign_menu_creates_a_campaign_and_reloads_the_navigator(qtbot, tmp_path, shown):
    ws = Workspace.open(tmp_path / "menu.sqlite", author="组织者")
    small_campaign(ws.db, tmp_path)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ws, settings)
    qtbot.addWidget(window)
    menu = window.campaign_menu
    assert menu.menu.title() == "&Campaign"
    actions = [a for a in menu.menu.actions() if not a.isSeparator()]
    assert len(actions) == 13  # with conflicts, paper scores, close and reopen, and 3 for packages

    dialog = menu.new_campaign()
    dialog.name.setText("2026年第二批评查")
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.ok_button.click()
    assert window.navigator.topLevelItemCount() == 2
    assert window.campaign is not None
    assert window.campaign.name == "2026年第二批评查"

    draw = menu.draw()
    draw.seed.setText("公开的种子")
    with qtbot.waitSignal(draw.drawn, timeout=10_000):
        draw.run_button.click()
    assert window.campaign.name == "2026年第二批评查"  # reloaded and selected again
    assert menu.show_dashboard().dashboard.drawn
    ws.close()
