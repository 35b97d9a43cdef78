"""Closing a finished campaign from the Campaign menu locks it; the organiser reopens it with a reason."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from tests.ui.test_main_window import demo_path  # noqa: F401 (fixture)
from ui.errors import messages
from ui.main_window import MainWindow
from ui.settings import UiSettings
from ui.widgets.time_text import local_time
from workbench.common.text_order import natural_key
from workbench.common.workspace import Workspace


def test_close_and_reopen_from_the_menu(qtbot, demo_path, tmp_path):  # noqa: F811
    probe = Workspace.open(demo_path, author="x")
    (lead,) = probe.db.execute("SELECT name FROM reviewer WHERE role = 'lead' LIMIT 1").fetchone()
    probe.close()
    workspace = Workspace.open(demo_path, author=lead)
    window = MainWindow(
        workspace, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    window.show()
    with messages.recording([True]):
        closed = window.campaign_menu.close_campaign()
    assert closed is not None
    assert closed.closed
    assert window.navigator.topLevelItem(0).text(0).endswith("(closed)")
    with messages.recording([" "]):  # no reason: nothing happens
        assert window.campaign_menu.reopen_campaign() is None
    assert window.navigator.topLevelItem(0).text(0).endswith("(closed)")
    with messages.recording(["补评一件案卷"]):
        reopened = window.campaign_menu.reopen_campaign()
    assert reopened is not None
    assert not reopened.closed
    assert not window.navigator.topLevelItem(0).text(0).endswith("(closed)")


def test_times_are_local_and_case_numbers_sort_naturally():
    assert local_time("not a time") == "not a time"
    assert len(local_time("2026-03-05T02:15:09Z")) == len("2026-03-05 10:15")
    numbers = ["交罚〔2025〕100号", "交罚〔2025〕10号", "交罚〔2025〕9号"]
    assert sorted(numbers, key=natural_key) == ["交罚〔2025〕9号", "交罚〔2025〕10号", "交罚〔2025〕100号"]
