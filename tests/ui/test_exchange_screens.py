"""The exchange through the screens: the organiser issues packages, a reviewer opens theirs and scores
on a copy bound to them, the organiser merges the result, and a conflict is resolved."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QSettings

from tests.workbench.exchange.helpers import dump_hash, make_master, score_on
from tests.workbench.small_campaign import FIXED, OTHER_FIXED
from ui.campaigns.dashboard_dialog import DashboardDialog
from ui.exchange.conflicts_dialog import ConflictsDialog
from ui.exchange.issue_dialog import IssueDialog
from ui.exchange.merge_dialog import MergeDialog
from ui.exchange.open_dialog import OpenTaskDialog
from ui.main_window import MainWindow
from ui.settings import UiSettings
from workbench.common.workspace import Workspace
from workbench.exchange.copy import make_result_package
from workbench.exchange.merge import CONFLICT


@pytest.fixture
def master(tmp_path):
    m = make_master(tmp_path)
    yield m
    m.db.close()


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def wait(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.runner.is_busy(), timeout=15_000)


def test_issue_open_score_return_merge_through_the_screens(qtbot, master, tmp_path, shown):
    organiser = Workspace(master.path, master.db, "组织者")
    issue = opened(qtbot, IssueDialog(organiser, master.campaign))
    issue.folder.setText(str(tmp_path / "usb"))
    names = issue.chosen()
    assert master.name(master.a) in names
    assert master.name(master.b) in names
    issue.issue_button.click()
    wait(qtbot, issue)
    issued = {p.reviewer: p for p in issue.results.rows}
    assert set(issued) == set(names)
    sheet = issue.save_sheet(path=tmp_path / "交接单.pdf")
    assert sheet is not None
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout
    assert issued[master.name(master.a)].passphrase in text

    mine = issued[master.name(master.a)]
    dialog = opened(qtbot, OpenTaskDialog())
    dialog.file.set_path(mine.path)
    assert dialog.copy.text().endswith("-评查副本.sqlite")  # named from the package's header
    dialog.copy.setText(str(tmp_path / "laptop" / "copy.sqlite"))
    dialog.passphrase.setText("wrong")
    dialog.open_button.click()
    wait(qtbot, dialog)
    assert "口令不正确" in dialog.message.text()
    assert not (tmp_path / "laptop" / "copy.sqlite").exists()
    dialog.passphrase.setText(mine.passphrase)
    with qtbot.waitSignal(dialog.opened, timeout=15_000) as blocker:
        dialog.open_button.click()
    copy_path = blocker.args[0]

    settings = UiSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    reviewer = Workspace.open(copy_path, author="someone-else")
    window = MainWindow(reviewer, settings)
    qtbot.addWidget(window)
    assert master.name(master.a) in window.windowTitle()
    assert reviewer.author == master.name(master.a)  # everything is recorded as the copy's reviewer
    for action in (
        window.campaign_menu.draw_action,
        window.arbitrate_action,
        window.exchange_menu.issue_action,
    ):
        assert not action.isEnabled()
    assert window.exchange_menu.return_action.isEnabled()
    score_on(reviewer.db, master.campaign, master.subject, master.a, {FIXED: "本机评查"})
    result = make_result_package(reviewer.db, copy_path, tmp_path / "usb")
    window.close()
    reviewer.close()

    merge = opened(qtbot, MergeDialog(organiser))
    merge.file.set_path(result.path)
    before = dump_hash(master.db)
    merge.preview_button.click()
    wait(qtbot, merge)
    assert "新增评查表：1" in merge.preview.toPlainText()
    assert dump_hash(master.db) == before  # the preview writes nothing
    with qtbot.waitSignal(merge.merged, timeout=15_000) as blocker:
        merge.merge_button.click()
    assert master.subject in blocker.args[0].subjects
    assert "本机评查" in [r[0] for r in master.db.execute("SELECT reason FROM score_entry")]
    dashboard = opened(qtbot, DashboardDialog(organiser, master.campaign))
    row = next(r for r in dashboard.reviewers_model.rows if r.name == master.name(master.a))
    issued_at, merged_at = dashboard._packages[row.name]
    assert issued_at  # when the package went out
    assert merged_at  # and when results came back
    assert dashboard._packages[master.name(master.b)][1] == ""  # B has sent nothing yet


def test_a_conflict_is_shown_side_by_side_and_resolved_with_a_reason(qtbot, master, tmp_path, shown):
    from tests.workbench.exchange.helpers import copy_from, result_of
    from workbench.exchange.merge import apply_merge

    copy_a = copy_from(master, master.a, tmp_path / "a")
    score_on(master.db, master.campaign, master.subject, master.a, {FIXED: "纸质评查表"})
    score_on(copy_a, master.campaign, master.subject, master.a, {OTHER_FIXED: "笔记本评查"})
    plan, _ = apply_merge(master.db, result_of(copy_a, tmp_path / "a"), author="组织者")
    assert plan.counts()[CONFLICT] == 1
    organiser = Workspace(master.path, master.db, "组织者")
    dialog = opened(qtbot, ConflictsDialog(organiser, master.campaign))
    assert dialog.model.rowCount() == 1
    assert "纸质评查表" in dialog.master.toPlainText()
    assert "笔记本评查" in dialog.incoming.toPlainText()
    dialog.take_button.click()
    assert "理由" in dialog.message.text()  # a reason is required
    dialog.reason.setText("经核实以评查人员为准")
    with qtbot.waitSignal(dialog.resolved, timeout=5000):
        dialog.take_button.click()
    assert dialog.model.rowCount() == 0
    reasons = [r[0] for r in master.db.execute("SELECT reason FROM score_entry")]
    assert reasons == ["笔记本评查"]
