"""Signing in through the GUI: the login dialog, what each role is offered, the status bar, switching
user, and the one-time offer to create the 管理员 account of a database without accounts."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from db.repos import assignments as assignment_repo
from db.repos import reviewers as reviewer_repo
from tests.workbench.small_campaign import LEAD, small_campaign
from ui.accounts.dialogs import AccountsDialog, LoginDialog, NewAccountDialog
from ui.accounts.sign_in import sign_in
from ui.main_window import MainWindow
from ui.settings import UiSettings
from workbench.accounts import add_account, has_accounts, passwords, roles_of
from workbench.assignment.service import assign_campaign
from workbench.common.kinds import Role
from workbench.common.workspace import Workspace

ADMIN, PASSWORD = "组织者", "correct horse"


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher.from_parameters(CHEAPEST))


@pytest.fixture
def settings(tmp_path):
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def office(tmp_path):
    """A small assigned campaign with accounts for the organiser, the lead and every reviewer."""
    ws = Workspace.open(tmp_path / "wb.sqlite", author=ADMIN)
    campaign = small_campaign(ws.db, tmp_path)
    assign_campaign(ws.db, campaign, per_file=2, author=ADMIN)
    add_account(ws.db, ADMIN, {Role.ADMIN}, PASSWORD, actor=ADMIN)
    add_account(ws.db, LEAD, {Role.LEAD}, PASSWORD, actor=ADMIN)
    for name in reviewer_repo.all_by_name(ws.db):
        if name not in (ADMIN, LEAD):
            add_account(ws.db, name, {Role.REVIEWER}, PASSWORD, actor=ADMIN)
    ws.close()
    return tmp_path / "wb.sqlite", campaign


def signed_in(qtbot, path, name, settings) -> MainWindow:
    """Sign in through the login dialog, then open the window as sign_in() leaves the workspace."""
    workspace = Workspace.open(path, author="someone")
    login = LoginDialog(workspace)
    qtbot.addWidget(login)
    login.name.setText(name)
    login.password.setText(PASSWORD)
    login.accept()
    assert login.account is not None
    workspace.author = login.account.name
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy(), timeout=10000)
    return window


def test_wrong_password_is_said_inline_and_the_dialog_stays(qtbot, office):
    path, _campaign = office
    workspace = Workspace.open(path, author="someone")
    login = LoginDialog(workspace)
    qtbot.addWidget(login)
    login.show()
    login.name.setText(ADMIN)
    login.password.setText("not the password")
    login.accept()
    assert login.isVisible()
    assert login.account is None
    assert login.error.text() == "用户名或口令错误。"
    assert login.password.text() == ""
    assert login.name.completer().model().stringList()[:1] == [ADMIN]
    workspace.close()


def test_a_reviewer_sees_only_their_files_and_no_organiser_commands(qtbot, office, settings):
    path, campaign = office
    name = "赵一"
    window = signed_in(qtbot, path, name, settings)
    db = window.workspace.db
    mine = reviewer_repo.all_by_name(db)[name]
    own = {s for s, r in assignment_repo.of_campaign(db, campaign.id) if r == mine}
    assert {r.subject_id for r in window.case_list.model.rows} == own
    assert "赵一" in window.who.text()
    assert "Reviewer" in window.who.text()
    for action in (window.import_cases_action, window.campaign_menu.new_action, window.arbitrate_action):
        assert not action.isEnabled()
    assert window.case_list.select_subject(sorted(own)[0])
    assert window.sheet_stack.currentWidget() is window.scoring
    assert window.submit_action.isEnabled()
    assert not window.reopen_action.isEnabled()  # only a lead reopens


def test_a_lead_rechecks_and_reopens_but_does_not_organise(qtbot, office, settings):
    path, _campaign = office
    window = signed_in(qtbot, path, LEAD, settings)
    assert window.arbitrate_action.isEnabled()
    assert window.export_action.isEnabled()
    assert not window.import_cases_action.isEnabled()
    assert not window.campaign_menu.assign_action.isEnabled()
    assert window.case_list.model.rowCount() == 12  # a lead sees every file
    assert f"{LEAD} (Lead)" in window.who.text()


def test_an_administrator_organises(qtbot, office, settings):
    path, _campaign = office
    window = signed_in(qtbot, path, ADMIN, settings)
    for action in (
        window.import_cases_action,
        window.campaign_menu.new_action,
        window.campaign_menu.draw_action,
        window.templates_action,
        window.accounts_action,
    ):
        assert action.isEnabled()
    assert not window.arbitrate_action.isEnabled()
    assert window.switch_user_action.isEnabled()


def test_switch_user_signs_out_and_in_as_someone_else(qtbot, office, settings):
    path, _campaign = office
    window = signed_in(qtbot, path, ADMIN, settings)

    def log_in_as_lead():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        dialog.name.setText(LEAD)
        dialog.password.setText(PASSWORD)
        dialog.accept()

    QTimer.singleShot(0, log_in_as_lead)
    successor = window.files.switch_user()
    assert successor is not None
    qtbot.addWidget(successor)
    assert successor.workspace.author == LEAD
    assert successor.arbitrate_action.isEnabled()
    assert not successor.import_cases_action.isEnabled()
    assert not window.isVisible()


def test_without_accounts_the_administrator_is_offered_once(qtbot, tmp_path, settings):
    workspace = Workspace.open(tmp_path / "wb.sqlite", author="张三")
    offered = []

    def decline():
        if (dialog := QApplication.activeModalWidget()) is not None:
            offered.append(type(dialog).__name__)
            dialog.reject()

    QTimer.singleShot(0, decline)
    assert sign_in(workspace, settings)
    QTimer.singleShot(0, decline)  # would answer a second offer; there must be none
    assert sign_in(workspace, settings)
    assert offered == ["NewAccountDialog"]
    assert not has_accounts(workspace.db)
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    assert window.import_cases_action.isEnabled()  # one-person use, as before
    assert "张三" in window.who.text()
    assert not window.switch_user_action.isEnabled()
    QApplication.processEvents()  # let the spare timer fire while nothing is modal


def test_creating_the_administrator_signs_them_in(qtbot, tmp_path, settings):
    workspace = Workspace.open(tmp_path / "wb.sqlite", author="张三")

    def create():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewAccountDialog)
        assert not dialog.roles[Role.ADMIN].isEnabled()
        dialog.name.setText("王管理")
        dialog.password.setText("short")
        dialog.repeat.setText("short")
        dialog.accept()
        assert dialog.error.text() == "口令至少需要 8 个字符。"
        dialog.password.setText("long enough")
        dialog.repeat.setText("long enough")
        dialog.accept()

    QTimer.singleShot(0, create)
    assert sign_in(workspace, settings)
    assert workspace.author == "王管理"
    assert has_accounts(workspace.db)
    workspace.close()


def test_the_administrator_manages_accounts_in_the_window(qtbot, office, settings):
    path, _campaign = office
    window = signed_in(qtbot, path, ADMIN, settings)
    dialog = window.files.manage_accounts()
    assert isinstance(dialog, AccountsDialog)
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    row = names.index("赵一")
    dialog.table.selectRow(row)
    assert dialog.roles[Role.REVIEWER].isChecked()
    dialog.roles[Role.LEAD].setChecked(True)
    dialog.save_roles()
    assert roles_of(window.workspace.db, "赵一") == {Role.LEAD, Role.REVIEWER}
    dialog.disable()
    assert dialog.table.item(row, 3).text() == "Disabled"
    assert roles_of(window.workspace.db, "赵一") == frozenset()
    dialog.table.selectRow(names.index(ADMIN))
    dialog.disable()  # the only administrator stays
    assert "唯一的管理员" in dialog.error.text()
    dialog.close()


def test_first_account_from_the_settings_menu_signs_in_its_maker(qtbot, tmp_path, settings):
    workspace = Workspace.open(tmp_path / "wb.sqlite", author="root")
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    dialog = window.files.manage_accounts()
    assert isinstance(dialog, NewAccountDialog)
    dialog.name.setText("王主任")
    dialog.password.setText("long enough")
    dialog.repeat.setText("long enough")
    dialog.accept()
    assert window.workspace.author == "王主任"
    assert window.switch_user_action.isEnabled()
    assert "王主任 (Administrator)" in window.who.text()
