"""The window opens on a demo database, in Chinese, and shows the selected campaign's ranking."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from tests.conftest import REPO
from ui.app import install_translators
from ui.main_window import MainWindow
from workbench.demo.generator import generate_demo
from workbench.report import campaign_report
from workbench.workspace import Workspace


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "demo.sqlite", author="测试")
    generate_demo(ws.db, files=300, seed=7)
    yield ws
    ws.close()


def test_window_shows_the_ranking_of_the_demo_campaign(qtbot, qapp, workspace):
    install_translators(qapp, "zh_CN")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "案卷评查工作台 — demo.sqlite"
    report = campaign_report(workspace.db, window.campaigns.currentItem().data(Qt.ItemDataRole.UserRole))
    assert window.ranking.rowCount() == len(report["departments"]) > 10
    first = report["departments"][0]
    assert window.ranking.item(0, 1).text() == first["department"]
    assert window.ranking.item(0, 3).text() == f"{first['mean']:.2f}"
    assert window.ranking.horizontalHeaderItem(3).text() == "平均分"
    assert "已定分" in window.summary.text()


def test_screenshot_flag_renders_a_png_and_exits(tmp_path, workspace):
    shot = tmp_path / "shot.png"
    workspace.db.close()
    proc = subprocess.run(
        [sys.executable, "main.py", "--db", str(workspace.path), "--screenshot", str(shot)],
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
