"""Reading never writes: browsing files in the main window leaves the database byte-for-byte unchanged."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.test_main_window import demo_path, open_window, settings  # noqa: F401 (fixtures)


def dump_hash(window) -> str:
    """The hash of the whole database as SQL text (schema and every row)."""
    digest = hashlib.sha256()
    for line in window.workspace.db.conn.iterdump():
        digest.update(line.encode())
    return digest.hexdigest()


def test_browsing_twenty_files_writes_nothing(qtbot, demo_path, settings):  # noqa: F811
    window = open_window(qtbot, demo_path, settings)
    window.case_list.select_next()  # the first file
    before = dump_hash(window)
    seen, unscored = set(), 0
    panel = window.scoring
    for _ in range(20):
        QTest.keyClick(window.case_list.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        seen.add(panel.view.subject_id)
        if panel.sheet_id is None:  # nobody has scored it: no sheet was made for the person browsing
            unscored += 1
            assert panel.header.total.text() == "Not scored"
            assert panel.header.grade.text() == ""  # not 100 优秀
    assert len(seen) == 20  # twenty different files were opened
    assert unscored > 0
    assert dump_hash(window) == before


def test_the_first_recorded_edit_stores_the_sheet_and_the_reviewer(qtbot, demo_path, settings):  # noqa: F811
    window = open_window(qtbot, demo_path, settings)
    window.case_list.select_next()
    db = window.workspace.db
    reviewers = db.execute("SELECT count(*) FROM reviewer WHERE name = '测试'").fetchone()[0]
    assert reviewers == 0
    panel = window.scoring
    department = window.case_list.model.row_at(window.case_list.table.currentIndex()).department
    node = window.navigator.topLevelItem(0)
    child = next(node.child(j) for j in range(node.childCount()) if node.child(j).text(0) == department)
    scored_before = int(child.text(1).split(" / ")[1])
    total_before = int(node.text(1).split(" / ")[1])
    key = next(k for k in panel.model.item_keys() if panel.standard.item(k).na_allowed)
    panel.select_item(key)
    panel.editor.reason.setText("未涉及")
    panel.editor.na.setChecked(True)
    assert panel.sheet_id is not None
    assert db.execute("SELECT count(*) FROM reviewer WHERE name = '测试'").fetchone()[0] == 1
    owner = db.execute(
        "SELECT r.name FROM score_sheet s JOIN reviewer r ON r.id = s.reviewer_id WHERE s.id = ?",
        [panel.sheet_id],
    ).fetchone()[0]
    assert owner == "测试"
    assert panel.header.total.text() != "Not scored"
    # the hub told the navigator: the file's department and the campaign now count one more scored file
    assert int(child.text(1).split(" / ")[1]) == scored_before + 1
    assert int(node.text(1).split(" / ")[1]) == total_before + 1
