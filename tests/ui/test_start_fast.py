"""The window opens before the slow parts are read: the list on ordered ids (rows read as painted), the
navigator's departments and counts from a job, the order ranked and stored when it had to be worked out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ui.main_window import MainWindow
from ui.settings import UiSettings
from workbench.campaigns.subject_order import ordered_subjects
from workbench.common.lazy_rows import WINDOW, LazyRows
from workbench.common.workspace import Workspace
from workbench.demo.generator import generate_demo
from workbench.reporting.case_list import case_list
from workbench.reporting.progress import campaign_progress

FILES = 1200  # drawn: half of them, so the list is longer than a window of rows


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("start_fast") / "demo.sqlite"
    ws = Workspace.open(path, author="测试")
    generate_demo(ws.db, files=FILES, seed=5)
    ws.close()
    return path


def window_on(qtbot, path, tmp_path) -> MainWindow:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace.open(path, author="测试", check_later=True), settings)
    qtbot.addWidget(window)
    return window


def settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: not (window.case_list.scores_pending or window.navigator.counts_pending), timeout=20000
    )


def test_the_window_opens_on_ids_and_reads_the_rest_after_its_first_paint(qtbot, demo_file, tmp_path, shown):
    window = window_on(qtbot, demo_file, tmp_path)
    rows = window.case_list.model.rows
    assert isinstance(rows, LazyRows)
    assert len(rows) > 2 * WINDOW
    assert rows.read_count <= WINDOW  # built and first file open: at most one window of rows read
    node = window.navigator.topLevelItem(0)
    assert window.navigator.counts_pending
    assert node.childCount() == 0

    window.show()
    settle(qtbot, window)
    progress = campaign_progress(window.workspace.db, window.campaign)
    assert node.childCount() == len(progress) > 1
    assert [node.child(j).text(0) for j in range(node.childCount())] == [p.department for p in progress]
    full = case_list(window.workspace.db, window.campaign)
    assert [r.subject_id for r in window.case_list.model.rows] == [r.subject_id for r in full.rows]
    assert [r.total for r in window.case_list.model.rows] == [r.total for r in full.rows]  # scored now
    window.close()


def test_searching_before_the_scores_arrive_reads_every_row_and_finds_the_file(
    qtbot, demo_file, tmp_path, shown
):
    window = window_on(qtbot, demo_file, tmp_path)
    panel = window.case_list
    wanted = case_list(window.workspace.db, window.campaign).rows[-1]  # far beyond the first window
    assert panel.scores_pending
    panel.search.setText(wanted.case_number)
    panel.apply_filters()
    assert [r.subject_id for r in panel.model.rows] == [wanted.subject_id]
    settle(qtbot, window)
    assert [r.subject_id for r in panel.model.rows] == [wanted.subject_id]  # the filter holds on arrival
    window.close()


def test_a_campaign_opened_without_stored_ranks_shows_the_same_order_and_stores_it(qtbot, tmp_path, shown):
    ws = Workspace.open(tmp_path / "d.sqlite", author="测试")
    generate_demo(ws.db, files=300, seed=3)
    with ws.db.atomic():  # as after the upgrade that added the ranks, or a register that renumbered
        ws.db.execute("UPDATE campaign_subject SET position = NULL")
    campaign_id = ws.db.execute("SELECT id FROM campaign").fetchone()[0]
    expected = [r.subject_id for r in case_list(ws.db, window_campaign(ws)).rows]
    ws.close()

    window = window_on(qtbot, tmp_path / "d.sqlite", tmp_path)
    assert window.case_list.model.rows.ids == expected
    window.show()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: ordered_subjects(window.workspace.db, campaign_id)[1], timeout=10000)
    assert ordered_subjects(window.workspace.db, campaign_id) == (expected, True)
    window.close()


def window_campaign(ws: Workspace):
    from workbench.campaigns.service import list_campaigns

    return list_campaigns(ws.db)[0]
