"""A small campaign end to end through the screens: draw, assign, two reviewers score blind, the lead
settles their one disagreement, and `report --json` shows the final score and ranking it decided."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings

import ui.errors
from tests.workbench.small_campaign import FIXED, LEAD, OTHER_FIXED, small_campaign
from ui.campaigns.assignment_dialog import AssignmentDialog
from ui.campaigns.draw_dialog import DrawDialog
from ui.errors import messages
from ui.jobs import running_jobs, stop_jobs
from ui.main_window import MainWindow
from ui.recheck.recheck_dialog import ArbitrationDialog
from ui.settings import UiSettings
from workbench.campaigns.service import campaign_standard, get_campaign
from workbench.cli.main import main
from workbench.common.workspace import Workspace
from workbench.scoring import Entry, score_sheet


@pytest.fixture
def boxes(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ui.errors, "log_folder", lambda: tmp_path / "logs")
    with messages.recording(answers=[True] * 20) as shown:
        yield shown
    assert stop_jobs(5000)
    qtbot.waitUntil(lambda: not running_jobs(), timeout=5000)


def reviewer_window(qtbot, path, name, settings_path, campaign_id):
    """The main window as `name` sees it, on the campaign."""
    workspace = Workspace.open(path, author=name)
    settings = UiSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.navigator.select_campaign(campaign_id)
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    return window


def test_draw_assign_score_blind_arbitrate_and_report(qtbot, tmp_path, boxes, capsys):
    path = tmp_path / "campaign.sqlite"
    organiser = Workspace.open(path, author=LEAD)
    campaign = small_campaign(organiser.db, tmp_path)

    draw = DrawDialog(organiser, campaign)
    qtbot.addWidget(draw)
    draw.seed.setText("20261125")
    draw.by_count.setChecked(True)
    draw.count.setValue(1)
    with qtbot.waitSignal(draw.drawn, timeout=10_000):
        draw.run_button.click()
    assert sum(draw.drawn_per_department().values()) == 3

    assign = AssignmentDialog(organiser, get_campaign(organiser.db, campaign.id))
    qtbot.addWidget(assign)
    with qtbot.waitSignal(assign.changed, timeout=10_000):
        assign.assign_button.click()
    target = assign.files_model.rows[0]
    first, second = sorted(target.seats, key=lambda seat: seat.name)
    outsider = next(
        name
        for (name,) in organiser.db.execute("SELECT name FROM reviewer WHERE role = 'reviewer'")
        if name not in {first.name, second.name}
    )

    # the first reviewer records two defects and submits
    window = reviewer_window(qtbot, path, first.name, tmp_path / "a.ini", campaign.id)
    assert window.case_list.select_subject(target.subject_id)
    panel = window.scoring
    panel.select_item(FIXED)
    panel.editor.reason.setText("超期立案")
    panel.editor.amount.defect.click()
    panel.select_item(OTHER_FIXED)
    panel.editor.reason.setText("卷内缺页")
    panel.editor.amount.defect.click()
    panel.submit()
    assert panel.view.locked

    # blind: the second reviewer starts from an empty sheet of their own; someone else gets none
    window = reviewer_window(qtbot, path, second.name, tmp_path / "b.ini", campaign.id)
    assert window.case_list.select_subject(target.subject_id)
    panel = window.scoring
    assert window.sheet_stack.currentWidget() is panel
    assert panel.view.entries == ()
    assert panel.view.reviewer_id == second.reviewer_id
    panel.select_item(FIXED)
    panel.editor.reason.setText("立案时间超过规定期限")
    panel.editor.amount.defect.click()
    panel.submit()

    window = reviewer_window(qtbot, path, outsider, tmp_path / "c.ini", campaign.id)
    assert not window.case_list.select_subject(target.subject_id)  # my files first: not among them
    window.toggle_mine()  # all files (Ctrl+M)
    assert window.case_list.select_subject(target.subject_id)
    assert window.sheet_stack.currentWidget() is window.not_yours
    assert not window.submit_action.isEnabled()

    # the lead sees the one disputed item and takes the second reviewer's reading
    lead = Workspace.open(path, author=LEAD)
    dialog = ArbitrationDialog(lead, get_campaign(lead.db, campaign.id))
    qtbot.addWidget(dialog)
    assert dialog.current_subject() == target.subject_id
    assert dialog.table.rowCount() == 1
    assert dialog.table.current_item_key() == OTHER_FIXED
    dialog.reason.setText("卷内目录与页码一致，不构成扣分情形")
    dialog.take(second.reviewer_id)
    dialog.finalize()

    standard = campaign_standard(lead.db, campaign)
    expected = score_sheet(standard, [Entry(FIXED, points=standard.item(FIXED).rule.points)])
    assert main(["--db", str(path), "report", "--campaign", campaign.id, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (scored,) = report["files"]
    assert Decimal(str(scored["total"])) == expected.total
    assert scored["grade"] == expected.grade
    (department,) = report["departments"]
    assert department["department"] == target.department
    assert Decimal(str(department["mean"])) == expected.total
    assert department["rank"] == 1
    assert report["summary"]["final"] == 1
    assert report["summary"]["unscored"] == 2
    for workspace in (organiser, lead):
        workspace.close()
