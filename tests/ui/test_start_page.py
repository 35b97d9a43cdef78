"""The start page: the ways into a database, recent files, the demo, and bad input at start."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import ui.start.start_page as start_page
from db.migrations import SCHEMA_VERSION
from tests.conftest import REPO
from ui.settings import UiSettings
from ui.start.about_dialog import AboutDialog
from ui.start.launcher import Launcher
from ui.start.opening import lock_path, release_all
from ui.start.start_page import StartPage
from workbench.common.places import Places
from workbench.common.workspace import Workspace


@pytest.fixture
def places(tmp_path):
    return Places(
        documents=tmp_path / "文档" / "案卷评查工作台", config=tmp_path / "cfg", logs=tmp_path / "log"
    )


@pytest.fixture
def settings(tmp_path):
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def page(qtbot, settings, places, shown):
    widget = StartPage(settings, places)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def launcher(qtbot, settings, places, monkeypatch, shown):
    monkeypatch.setattr(start_page.Places, "for_user", classmethod(lambda cls: places))
    owner = Launcher(settings)
    yield owner
    for widget in (owner.start_page, owner.last_window()):
        if widget is not None:
            widget.close()
    if (window := owner.last_window()) is not None:
        window.workspace.close()
    release_all()


def test_four_ways_in(page):
    assert page.new_button.isEnabled()
    assert page.open_button.isEnabled()
    assert page.demo_button.isEnabled()
    assert page.package_button.isEnabled()
    assert not page.recent_list.isVisible()
    assert page.no_recent.isVisible()


def test_a_new_database_is_named_by_the_user_and_gets_the_suffix(page, places, monkeypatch, qtbot):
    monkeypatch.setattr(
        start_page, "ask_new_path", lambda _parent, _places: places.documents / "2026年度评查"
    )
    with qtbot.waitSignal(page.database_chosen) as chosen:
        page.new_button.click()
    assert chosen.args == [places.documents / "2026年度评查.sqlite"]


def test_a_new_database_never_replaces_an_existing_file(page, places, monkeypatch, shown):
    places.documents.mkdir(parents=True)
    existing = places.documents / "已有.sqlite"
    existing.write_bytes(b"someone's work")
    monkeypatch.setattr(start_page, "ask_new_path", lambda _parent, _places: existing)
    emitted = []
    page.database_chosen.connect(emitted.append)
    page.new_button.click()
    assert emitted == []
    assert "already exists" in shown[-1].text
    assert existing.read_bytes() == b"someone's work"


def test_a_name_windows_refuses_is_explained(page, places, monkeypatch, shown):
    monkeypatch.setattr(start_page, "ask_new_path", lambda _parent, _places: places.documents / "CON")
    emitted = []
    page.database_chosen.connect(emitted.append)
    page.new_button.click()
    assert emitted == []
    assert "Windows 保留的设备名" in shown[-1].text


def test_recent_files_latest_first_and_a_missing_one_forgotten(qtbot, settings, places, tmp_path, shown):
    here = tmp_path / "here.sqlite"
    Workspace.open(here).close()
    gone = tmp_path / "gone.sqlite"
    settings.add_recent(str(gone))
    settings.add_recent(str(here))
    page = StartPage(settings, places)
    qtbot.addWidget(page)
    page.show()
    texts = [page.recent_list.item(i).text() for i in range(page.recent_list.count())]
    assert texts[0].startswith("here.sqlite")
    assert texts[1].startswith("gone.sqlite (not found)")
    emitted = []
    page.database_chosen.connect(emitted.append)
    page._open_recent(page.recent_list.item(1))
    assert emitted == []
    assert "no longer exists" in shown[-1].text
    assert settings.recent() == [str(here)]
    page._open_recent(page.recent_list.item(0))
    assert emitted == [here]


def test_the_demo_is_created_in_the_documents_folder_then_opened(page, places, monkeypatch, qtbot):
    monkeypatch.setattr(start_page, "DEMO_FILES", 60)
    with qtbot.waitSignal(page.database_chosen, timeout=30_000) as chosen:
        page.demo_button.click()
    assert chosen.args == [places.demo_database]
    assert places.demo_database.is_file()
    assert [p.name for p in places.documents.iterdir()] == [places.demo_database.name]  # no leftovers
    with qtbot.waitSignal(page.database_chosen) as again:  # the second time it just opens
        page.demo_button.click()
    assert again.args == [places.demo_database]


def test_opening_shows_the_main_window_and_remembers_the_file(launcher, tmp_path, settings):
    start = launcher.show_start()
    settings.decline_admin_offer(str((tmp_path / "新的.sqlite").resolve()))  # no first-account dialog
    window = launcher.open(tmp_path / "新的.sqlite")
    assert window is not None
    assert window.isVisible()
    assert not start.isVisible()
    assert settings.recent() == [str((tmp_path / "新的.sqlite").resolve())]
    assert lock_path(tmp_path / "新的.sqlite").exists()
    launcher.close()
    assert not lock_path(tmp_path / "新的.sqlite").exists()
    launcher.window = None


HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def other_instance(tmp_path):
    """Another running workbench holding a database's lock (a separate process, as on a laptop)."""
    started = []

    def hold(database: Path) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(lock_path(database))], stdout=subprocess.PIPE, text=True
        )
        started.append(proc)
        assert proc.stdout.readline().strip() == "locked"
        return proc

    yield hold
    for proc in started:
        proc.kill()
        proc.wait()


def test_a_second_instance_is_warned_and_may_decline(launcher, tmp_path, shown, other_instance):
    path = tmp_path / "shared.sqlite"
    Workspace.open(path).close()
    holder = other_instance(path)
    launcher.show_start()
    assert launcher.open(path) is None  # the recorded answer is No
    assert shown[-1].kind == "ask"
    assert "already open in another window" in shown[-1].text
    assert f"process {holder.pid}" in shown[-1].text
    assert launcher.start_page.isVisible()


def test_the_lock_of_a_crashed_instance_does_not_warn(launcher, tmp_path, shown, other_instance):
    path = tmp_path / "after-crash.sqlite"
    Workspace.open(path).close()
    holder = other_instance(path)
    holder.kill()  # the other workbench crashed: its lock file stays behind
    holder.wait()
    assert lock_path(path).exists()
    launcher.show_start()
    launcher.settings.decline_admin_offer(str(path.resolve()))  # no first-account dialog
    assert launcher.open(path) is not None
    assert shown == []


def bad_database(kind: str, tmp_path: Path) -> Path:
    if kind == "missing-folder":
        return tmp_path / "拔出的U盘" / "f.sqlite"
    path = tmp_path / "f.sqlite"
    if kind == "not-a-database":
        path.write_text("案号,名称\n", encoding="utf-8")
    else:  # a database written by a newer version of the workbench
        Workspace.open(path).close()
        con = sqlite3.connect(path)
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        con.commit()
        con.close()
    return path


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("not-a-database", "不是工作台的数据库文件"),
        ("missing-folder", "不存在"),
        ("newer-version", "更新版本"),
    ],
)
def test_bad_input_at_start_explained_in_chinese(launcher, tmp_path, shown, kind, expected):
    path = bad_database(kind, tmp_path)
    before = path.read_bytes() if path.exists() else None
    launcher.show_start()
    assert launcher.open(path) is None
    assert expected in shown[-1].text
    assert launcher.start_page.isVisible()
    assert (path.read_bytes() if path.exists() else None) == before
    assert not lock_path(path).exists()


def test_about_box_names_version_schema_and_folders(qtbot, places, tmp_path):
    dialog = AboutDialog(tmp_path / "w.sqlite", places=places)
    qtbot.addWidget(dialog)
    assert dialog.fields["schema"] == str(SCHEMA_VERSION)
    assert dialog.fields["documents"] == str(places.documents)
    assert dialog.fields["logs"] == str(places.logs)
    assert dialog.fields["database"] == str(tmp_path / "w.sqlite")
    assert dialog.fields["version"][0].isdigit()


def test_the_start_page_in_chinese(qtbot, settings, places, shown):
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators

    translators = install_translators(QApplication.instance(), "zh_CN")
    try:
        page = StartPage(settings, places)
        qtbot.addWidget(page)
        assert page.new_button.text() == "新建工作库…"
        assert page.demo_button.text() == "试用演示数据"
        assert page.package_button.text() == "打开任务包…"
    finally:
        for t in translators:
            QApplication.instance().removeTranslator(t)
        install_translators(QApplication.instance(), "en")


def test_gui_without_db_no_longer_creates_a_file_in_the_current_folder(tmp_path):
    run = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--screenshot", str(tmp_path / "start.png")],
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(tmp_path / "home")},
        capture_output=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["start.png"]
    assert not list((tmp_path / "home").rglob("*.sqlite"))


def test_a_double_clicked_task_package_opens_the_package_dialog(launcher, tmp_path, shown, qtbot):
    from ui.exchange.open_dialog import OpenTaskDialog

    launcher.explain_package(tmp_path / "交通运输局.wbtask")
    assert launcher.start_page.isVisible()
    dialog = launcher.start_page.findChild(OpenTaskDialog)
    assert dialog is not None
    assert dialog.file.path() == tmp_path / "交通运输局.wbtask"
    launcher.explain_package(tmp_path / "交通运输局.wbresult")
    assert "合并" in shown[-1].text or "Merge" in shown[-1].text  # the organiser merges a result


def test_a_crash_is_logged_in_the_platform_log_folder_and_the_dialog_says_where(tmp_path, monkeypatch):
    from ui.errors import messages, report_crash

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    with messages.recording() as boxes:
        log = report_crash(None, RuntimeError("boom"))
    assert log is not None
    assert log.parent == tmp_path / "home" / "logs"
    assert "RuntimeError: boom" in log.read_text(encoding="utf-8")
    assert str(log) in boxes[-1].text
    assert [p.name for p in tmp_path.iterdir()] == ["home"]  # nothing in the current folder
