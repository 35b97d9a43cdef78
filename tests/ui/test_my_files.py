"""My files first: a reviewer sees their assigned files with to-do and done counts, Ctrl+Down walks only
their unfinished ones, and the search finds files by reviewer name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.scenarios import busiest_reviewer, score, two_reviewer_campaign
from tests.ui.test_campaign_end_to_end import reviewer_window


def test_a_reviewer_walks_through_their_own_unfinished_files(qtbot, tmp_path, db):
    campaign = two_reviewer_campaign(db, tmp_path)
    name, reviewer_id, mine = busiest_reviewer(db, campaign)
    done = mine[0]
    score(db, campaign, done, reviewer_id, [])  # one submitted already
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    window = reviewer_window(qtbot, path, name, tmp_path / "ui.ini", campaign.id)
    panel = window.case_list
    assert panel.mine.isChecked()
    assert {r.subject_id for r in panel.model.rows} == set(mine)
    assert panel.mine_count.text() == f"to do {len(mine) - 1} · done 1"
    visited = []
    for _ in range(len(mine) + 1):
        QTest.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        visited.append(panel.current_subject())
    assert done not in visited
    assert set(visited) == set(mine) - {done}

    window.toggle_mine()  # the organiser's view: every file
    assert panel.model.rowCount() > len(mine)
    panel.search.setText(name)
    panel.apply_filters()
    # search matches reviewer names: the assigned reviewer's files, scored or not yet
    assert {r.subject_id for r in panel.model.rows} == set(mine)
