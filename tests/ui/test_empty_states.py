"""Every screen reachable from the menus says what to do when it has nothing to show: a fresh database
without a campaign, a campaign without a draw, reviewers, assignments or scores, and a reviewer copy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tests.workbench.exchange.helpers import copy_from, make_master
from tests.workbench.small_campaign import register_file, reviewers_file, small_campaign
from ui.audit.history_dialog import HistoryDialog
from ui.campaigns.assignment_dialog import AssignmentDialog
from ui.campaigns.draw_dialog import DrawDialog
from ui.campaigns.list_imports import PaperScoreImportDialog, ReviewerImportDialog
from ui.campaigns.setup_dialog import CampaignSetupDialog
from ui.exchange.issue_dialog import IssueDialog
from ui.main_window import MainWindow
from ui.recheck.recheck_dialog import ArbitrationDialog
from ui.rectification import LedgerDialog
from ui.scans.scan_viewer import ScanViewer
from ui.scoring.scoring_panel import ScoringPanel
from ui.settings import UiSettings
from workbench.assignment.board import assignment_board
from workbench.assignment.reviewers import import_reviewers
from workbench.campaigns.service import create_campaign
from workbench.cases.importer import import_cases
from workbench.common.workspace import Workspace
from workbench.demo.generator import load_demo_standard
from workbench.standards.service import save_standard


@pytest.fixture
def fresh(tmp_path):
    ws = Workspace.open(tmp_path / "fresh.sqlite", author="组织者")
    yield ws
    ws.close()


@pytest.fixture
def campaign(fresh, tmp_path):
    """12 files in 3 departments with 6 reviewers: no draw, no assignment, no score."""
    return small_campaign(fresh.db, tmp_path)


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def window_on(qtbot, workspace, tmp_path) -> MainWindow:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    return window


# --- a fresh database ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command", ["edit_settings", "draw", "assign", "show_dashboard", "show_ledger", "import_paper_scores"]
)
def test_without_a_campaign_the_campaign_menu_says_how_to_make_one(qtbot, fresh, tmp_path, shown, command):
    window = window_on(qtbot, fresh, tmp_path)
    assert getattr(window.campaign_menu, command)() is None
    assert "There is no campaign yet" in shown[-1].text  # not "choose one in the navigator": there is none


@pytest.mark.parametrize("command", ["export_results", "open_arbitration"])
def test_without_a_campaign_export_and_recheck_say_how_to_make_one(qtbot, fresh, tmp_path, shown, command):
    window = window_on(qtbot, fresh, tmp_path)
    assert getattr(window.commands, command)() is None
    assert "There is no campaign yet" in shown[-1].text


def test_reopening_with_no_sheet_open_says_to_open_one(qtbot, fresh, tmp_path, shown):
    window = window_on(qtbot, fresh, tmp_path)
    window.commands.reopen_sheet()
    assert "Open a submitted sheet" in shown[-1].text


def test_a_new_campaign_in_an_empty_library_says_to_import_cases(qtbot, fresh, shown):
    dialog = opened(qtbot, CampaignSetupDialog(fresh, None))
    dialog.name.setText("2026年评查")
    assert not dialog.ok_button.isEnabled()
    assert "import a case list first" in dialog.message.text()
    assert "Choose at least one department" not in dialog.message.text()  # there is none to choose
    dialog.round_choice.setChecked(True)  # a round names its units itself
    assert "Type the units to inspect" in dialog.message.text()


# --- a campaign with nothing done yet --------------------------------------------------------------------


def test_the_draw_dialog_before_any_draw_says_what_the_campaign_holds(qtbot, fresh, campaign, shown):
    dialog = opened(qtbot, DrawDialog(fresh, campaign))
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text().startswith("No draw yet")


def test_the_assignment_dialog_says_what_comes_first(qtbot, tmp_path, shown):
    ws = Workspace.open(tmp_path / "bare.sqlite", author="组织者")
    import_cases(ws.db, register_file(tmp_path), author="录入员")  # cases and a standard, no reviewer yet
    standard = save_standard(ws.db, load_demo_standard(), author="组织者")
    campaign = create_campaign(ws.db, "2026年评查", standard=standard.id or "", author="组织者").value
    dialog = opened(qtbot, AssignmentDialog(ws, campaign))
    assert dialog.message.text().startswith("No reviewers yet")

    import_reviewers(ws.db, reviewers_file(tmp_path), author="组织者")
    dialog.reload()
    assert dialog.message.text().startswith("Nothing is assigned yet")
    dialog.assign_button.click()
    qtbot.waitUntil(lambda: not dialog.jobs.is_busy(), timeout=10_000)
    assert "Nothing is assigned yet" not in dialog.message.text()  # the hint goes once files are assigned
    ws.close()


def test_import_dialogs_name_the_columns_they_need(qtbot, fresh, campaign, shown):
    paper = opened(qtbot, PaperScoreImportDialog(fresh, campaign))
    assert all(word in paper.hint.text() for word in ("案号", "评查项目", "扣分", "理由"))
    reviewers = opened(qtbot, ReviewerImportDialog(fresh))
    assert "姓名" in reviewers.hint.text()
    assert "所在单位" in reviewers.hint.text()


def test_an_empty_recheck_queue_says_when_a_file_comes_into_it(qtbot, fresh, campaign, shown):
    dialog = opened(qtbot, ArbitrationDialog(fresh, campaign))
    first, second = dialog.summary.text().splitlines()
    assert first == "No file needs a recheck."
    assert "sheets are submitted" in second


def test_an_empty_ledger_says_that_notices_create_its_lines(qtbot, fresh, campaign, shown):
    dialog = opened(qtbot, LedgerDialog(fresh, campaign))
    assert dialog.model.rowCount() == 0
    assert "Rectification notices" in dialog.summary.text()


def test_issuing_packages_before_any_assignment_says_to_assign_first(qtbot, fresh, campaign, shown):
    dialog = opened(qtbot, IssueDialog(fresh, campaign))
    assert dialog.reviewers.count() == 0
    assert not dialog.issue_button.isEnabled()
    assert "assign reviewers first" in dialog.message.text()


def test_the_scoring_panel_without_a_file_says_to_choose_one(qtbot, fresh, shown):
    panel = ScoringPanel(fresh)
    qtbot.addWidget(panel)
    assert panel.header.title.text().startswith("No file open")
    assert panel.editor.title.text() == ""  # not "select an item": there is no item to select
    panel.submit()  # Ctrl+Return with nothing open
    assert shown[-1].text == "Open a file from the case list first."


def test_attaching_a_scan_without_a_file_says_to_open_one(qtbot, fresh, shown):
    viewer = ScanViewer()
    qtbot.addWidget(viewer)
    viewer.choose_file()  # no file dialog: it would attach to nothing
    assert "Open a file from the case list first" in shown[-1].text


# --- a reviewer copy ---------------------------------------------------------------------------------------


def test_a_reviewer_copy_offers_none_of_the_organisers_campaign_commands(qtbot, tmp_path, shown):
    master = make_master(tmp_path)
    (tmp_path / "laptop").mkdir()
    copy_from(master, master.a, tmp_path / "laptop").close()
    master.db.close()
    ws = Workspace.open(tmp_path / "laptop" / "copy.sqlite", author="someone")
    window = window_on(qtbot, ws, tmp_path)
    menu = window.campaign_menu
    for action in (menu.conflicts_action, menu.paper_action, menu.close_action, menu.reopen_action):
        assert not action.isEnabled(), action.text()
    assert not window.templates_action.isEnabled()
    assert menu.dashboard_action.isEnabled()  # their own progress stays in view
    ws.close()


def test_the_history_of_an_untouched_file_says_what_will_appear(qtbot, fresh, campaign, shown):
    subject = assignment_board(fresh.db, campaign)[0].subject_id
    dialog = opened(qtbot, HistoryDialog(fresh, campaign, subject))
    assert dialog.model.rowCount() == 0
    assert dialog.count.text().startswith("Nothing is recorded on this file yet")
