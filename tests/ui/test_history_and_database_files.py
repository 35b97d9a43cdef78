"""修改记录 from the score sheet; an encrypted database asks for its password (again when wrong); backups
of the open database, now and daily."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from tests.ui.test_main_window import open_window
from ui.files.open_database import PasswordDialog, keep_backups, open_workspace
from ui.main_window import MainWindow
from ui.settings import UiSettings
from workbench.campaigns.service import campaign_standard
from workbench.common.database_files import back_up
from workbench.common.workspace import Workspace
from workbench.demo.generator import generate_demo
from workbench.review.sheets import reopen_sheet, sheet_entry_rows, update_entry

KEY = "会议室口令"


@pytest.fixture
def settings(tmp_path):
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def demo_path(tmp_path):
    ws = Workspace.open(tmp_path / "demo.sqlite", author="测试")
    generate_demo(ws.db, files=120, seed=5)
    ws.close()
    return tmp_path / "demo.sqlite"


def test_change_history_of_the_file_in_view(qtbot, qtmodeltester, demo_path, settings):
    window = open_window(qtbot, demo_path, settings)
    db = window.workspace.db
    sheet, subject = db.execute(
        "SELECT s.id, s.subject_id FROM score_sheet s WHERE s.status = 'submitted'"
        " AND EXISTS (SELECT 1 FROM score_entry e WHERE e.sheet_id = s.id AND e.kind = 'deduction') LIMIT 1"
    ).fetchone()
    reopen_sheet(db, sheet, author="组长", reason="页码有误")
    entry = next(r for r in sheet_entry_rows(db, sheet) if r.entry.kind.value == "deduction")
    update_entry(
        db, campaign_standard(db, window.campaign), entry.id, author="评查人", audit_reason="改页码", page=3
    )
    assert window.case_list.select_subject(subject)
    assert window.history_action.shortcut().toString() == "Ctrl+Shift+H"
    dialog = window.commands.show_history()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    rows = [r for r in sorted(dialog.model.rows, key=lambda r: r.seq) if r.author != "测试"]
    assert [(r.author, r.action, r.reason) for r in rows[-2:]] == [
        ("组长", "退回", "页码有误"),
        ("评查人", "修改", "改页码"),
    ]
    assert rows[-1].new.endswith("（第 3 页）")
    assert str(dialog.model.rowCount()) in dialog.count.text()


def test_an_encrypted_database_asks_for_its_password_and_says_when_it_is_wrong(
    qtbot, demo_path, tmp_path, monkeypatch
):
    from db import connection
    from db.files import encrypt_file

    enc = encrypt_file(demo_path, KEY, tmp_path / "enc.sqlite")
    asked = []

    def answer(path, error, parent):
        asked.append(error)
        return "wrong" if len(asked) == 1 else KEY

    workspace = open_workspace(enc, "测试", ask=answer)
    assert workspace is not None
    assert asked[0] == ""
    assert "Wrong password" in asked[1]
    assert workspace.db["case_file"].count == 240  # the demo register holds twice the files drawn
    workspace.close()
    monkeypatch.setattr(connection, "_KEYS", {})  # another session: nothing remembered
    assert open_workspace(tmp_path / "enc.sqlite", "测试", ask=lambda *_: None) is None


def test_the_password_field_hides_what_is_typed(qtbot, tmp_path):
    dialog = PasswordDialog(tmp_path / "enc.sqlite", "Wrong password. Try again.")
    qtbot.addWidget(dialog)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.error.isHidden()
    assert "enc.sqlite" in dialog.prompt.text()


def test_back_up_from_the_file_menu_and_daily_backups(qtbot, demo_path, tmp_path, settings):
    window: MainWindow = open_window(qtbot, demo_path, settings)
    target = tmp_path / "copy.sqlite"
    assert window.files.back_up_database(target) == target
    copy = Workspace.open(target)
    assert copy.db["case_file"].count == 240
    copy.close()
    assert "copy.sqlite" in window.statusBar().currentMessage()
    settings.backup_days = 2
    line = keep_backups(window.workspace, settings.backup_days)
    assert "demo-" in line
    assert keep_backups(window.workspace, settings.backup_days) == ""  # once a day
    folder = tmp_path / "demo.sqlite.backups"
    assert [p.name for p in folder.iterdir()] == [f"demo-{date.today().isoformat()}.sqlite"]
    back_up(window.workspace, tmp_path / "second.sqlite")
    assert (tmp_path / "second.sqlite").exists()
