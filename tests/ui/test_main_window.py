"""The main window on a demo campaign: navigator counts, department filter, scoring a file, restart."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.conftest import REPO
from ui.app import install_translators
from ui.errors import messages
from ui.main_window import MainWindow
from ui.settings import UiSettings
from workbench.common.workspace import Workspace
from workbench.demo.generator import generate_demo
from workbench.reporting.progress import campaign_progress
from workbench.reporting.report import campaign_report


@pytest.fixture
def demo_path(tmp_path):
    ws = Workspace.open(tmp_path / "demo.sqlite", author="测试")
    generate_demo(ws.db, files=300, seed=7)
    ws.close()
    return tmp_path / "demo.sqlite"


@pytest.fixture
def settings(tmp_path):
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def open_window(qtbot, path, settings):
    workspace = Workspace.open(path, author="测试")
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy(), timeout=10000)
    return window


@pytest.fixture
def chinese(qapp):
    """The zh_CN catalogues for one test; other tests read the English source strings."""
    translators = install_translators(qapp, "zh_CN")
    assert translators, "workbench_zh_CN.qm missing: run scripts/translations.sh build"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_window_in_chinese_with_navigator_counts(qtbot, chinese, demo_path, settings):
    window = open_window(qtbot, demo_path, settings)
    assert window.windowTitle() == "案卷评查工作台 — demo.sqlite"
    campaign_node = window.navigator.topLevelItem(0)
    progress = campaign_progress(window.workspace.db, window.campaign)
    assert campaign_node.childCount() == len(progress) == 18
    first = progress[0]
    assert campaign_node.child(0).text(1) == f"{first.assigned} / {first.scored} / {first.submitted}"
    assert window.case_list.model.rowCount() == 300
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.case_list.model.headerData(0, Qt.Orientation.Horizontal) == "案号"


def test_department_filter_and_scoring_panel_follow_the_selection(qtbot, demo_path, settings):
    window = open_window(qtbot, demo_path, settings)
    node = window.navigator.topLevelItem(0).child(2)
    window.navigator.setCurrentItem(node)
    department = node.text(0)
    rows = window.case_list.model.rows
    assert rows
    assert {r.department for r in rows} == {department}
    assert window.case_list.select_first_scored()
    subject = window.case_list.current_subject()
    report = campaign_report(window.workspace.db, window.campaign)
    number = next(r.case_number for r in window.case_list.model.rows if r.subject_id == subject)
    expected = next(f["total"] for f in report["files"] if f["case_number"] == number)
    assert window.scoring.result is not None
    assert window.scoring.result.total == Decimal(str(expected))
    window.next_action.trigger()
    assert window.case_list.current_subject() != subject


def test_reopening_returns_to_the_same_file_and_item(qtbot, demo_path, settings):
    window = open_window(qtbot, demo_path, settings)
    window.case_list.select_next()
    window.case_list.select_next()
    subject = window.case_list.current_subject()
    item = window.scoring.standard.point_items[5].key
    window.scoring.select_item(item)
    window.close()
    window.workspace.close()
    again = open_window(qtbot, demo_path, settings)
    assert again.case_list.current_subject() == subject
    assert again.scoring.current_item_key() == item


def test_screenshot_flag_renders_a_png_and_exits(tmp_path, demo_path):
    shot = tmp_path / "shot.png"
    proc = subprocess.run(
        [sys.executable, "main.py", "--db", str(demo_path), "--screenshot", str(shot)],
        capture_output=True,
        timeout=60,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_many_signal_emits_do_not_crash_the_interpreter():
    """PySide6 6.12.0 on CPython 3.11 dies after a few hundred emits (bool_dealloc); we pin below it."""
    code = (
        "from PySide6.QtCore import QObject, Signal\n"
        "class S(QObject):\n    fired = Signal(bool)\n"
        "s = S(); hits = []\ns.fired.connect(hits.append)\n"
        "for _ in range(10000): s.fired.emit(True)\n"
        "assert len(hits) == 10000\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()


def test_submit_locks_and_the_lead_reopens_with_a_reason(qtbot, demo_path, settings):
    window = open_window(qtbot, demo_path, settings)
    unscored = next(r for r in window.case_list.model.rows if r.status.value == "unscored")
    window.case_list.select_subject(unscored.subject_id)
    with messages.recording([True]):
        window.submit_action.trigger()
    assert window.scoring.view.locked
    assert (
        window.case_list.model.rows[
            window.case_list.model.find(lambda r: r.subject_id == unscored.subject_id)
        ].total
        == 100
    )
    with messages.recording([]):  # cancelled: no reason, nothing changes
        window.reopen_action.trigger()
    assert window.scoring.view.locked
    with messages.recording(["扣分理由需要补充"]):
        window.reopen_action.trigger()
    assert not window.scoring.view.locked
    audit = list(window.workspace.db["audit_log"].rows_where("action = 'reopen'"))
    assert [a["reason"] for a in audit] == ["扣分理由需要补充"]


def test_an_empty_database_says_what_to_do_first(qtbot, tmp_path, settings):
    window = open_window(qtbot, tmp_path / "empty.sqlite", settings)
    assert window.navigator.topLevelItemCount() == 0
    assert "Import a case list" in window.statusBar().currentMessage()


def test_open_database_replaces_the_window(qtbot, demo_path, tmp_path, settings):
    window = open_window(qtbot, demo_path, settings)
    other = tmp_path / "other.sqlite"
    settings.decline_admin_offer(str(other.resolve()))  # the 管理员 offer of a new database: see test_login
    successor = window.files.switch_to(other)
    qtbot.addWidget(successor)
    assert successor.windowTitle().endswith("other.sqlite")
    assert not window.isVisible()
    assert successor.navigator.topLevelItemCount() == 0
