"""The issue's measure of done, in the whole window rather than the panel alone: a reviewer opens the
app and scores one of their files from open to submit without the mouse (the window's shortcuts and the
panel's keys together, so a key bound twice would stop it), and the confirmation names what is sent."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.scenarios import busiest_reviewer, two_reviewer_campaign
from tests.ui.test_campaign_end_to_end import reviewer_window
from tests.workbench.small_campaign import FIXED
from ui.errors import messages
from workbench.campaigns.service import campaign_standard


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(text: str) -> None:
    QApplication.sendEvent(
        QApplication.focusWidget(),
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text),
    )


def test_a_reviewer_scores_a_file_from_open_to_submit_without_the_mouse(qtbot, tmp_path, db):
    campaign = two_reviewer_campaign(db, tmp_path)
    name, reviewer_id, files = busiest_reviewer(db, campaign)
    mine = set(files)
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    window = reviewer_window(qtbot, path, name, tmp_path / "ui.ini", campaign.id)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.case_list.table.setFocus()
    panel, tree = window.scoring, window.scoring.tree

    press(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # my first unfinished file
    subject = window.case_list.current_subject()
    assert subject in mine
    (case_number,) = db.execute("SELECT case_number FROM case_file WHERE id = ?", [subject]).fetchone()
    assert case_number in panel.header.title.text()
    assert name in panel.header.title.text()
    press(Qt.Key.Key_Return)  # Enter on the file: into its score sheet
    assert QApplication.focusWidget() is tree
    while panel.current_item_key() != FIXED:  # the arrow keys walk the items
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Space)  # a fixed deduction: Space records the defect

    with messages.recording(answers=[True]) as asked:
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked == []  # refused before the question, not after the yes
    assert QApplication.focusWidget() is panel.editor.reason  # ... and put where the reason goes
    assert "没有填写理由" in panel.editor.error.text()
    type_text("目录缺页码")
    press(Qt.Key.Key_Return)  # saves the reason
    press(Qt.Key.Key_Escape)  # back to the items
    assert QApplication.focusWidget() is tree

    with messages.recording(answers=[True]) as asked:
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    points = campaign_standard(db, campaign).item(FIXED).rule.points
    total = Decimal(100) - points
    assert len(asked) == 1
    assert case_number in asked[0].text
    assert f"{total:g}" in asked[0].text
    status, reason = db.execute(
        "SELECT s.status, e.reason FROM score_sheet s JOIN score_entry e ON e.sheet_id = s.id"
        " WHERE s.reviewer_id = ? AND s.subject_id = ?",
        [reviewer_id, subject],
    ).fetchone()
    assert (status, reason) == ("submitted", "目录缺页码")
    qtbot.waitUntil(lambda: window.case_list.mine_count.text().endswith("done 1"))

    press(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # on to the next of my unfinished files
    assert window.case_list.current_subject() in mine - {subject}
