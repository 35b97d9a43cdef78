"""The scoring panel drives the real services: edits are stored at once, undoable, and locked on submit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import REPO
from ui.changes import hub
from ui.scoring import ScoringPanel
from ui.scoring.score_tree_model import ScoreTreeModel
from ui.shortcuts import help_rows
from workbench.campaigns.service import campaign_standard, create_campaign, list_campaigns
from workbench.cases.importer import import_cases
from workbench.common.workspace import Workspace
from workbench.demo.generator import generate_demo
from workbench.reporting.report import campaign_report
from workbench.review.results import FileStatus, campaign_results
from workbench.review.sheets import record_entry, sheet_entries, sheet_view
from workbench.scoring import Entry, EntryKind, score_sheet
from workbench.standards.service import import_standard_file, save_standard

PER_DEFECT = "I002"  # 文书填写规范、完整: max 4, 1 per defect
FIXED = "I013"  # 在规定时间内立案: fixed 3
FIXED_NA = "I019"  # 抽样取证、检测鉴定依法进行: fixed 3, N/A allowed
RANGE = "I016"  # 证据收集合法，来源清楚: 1–5 on 0.5
TIERS = "I022"  # 重大案件经法制审核和集体讨论: 1 / 3 / 5, N/A allowed
SMALL_PER_DEFECT = "I004"  # 卷内目录按顺序填写，页码正确: max 2, 1 per defect
CAP_VETO = "V06"  # 主要外部文书加盖印章: caps the grade at 合格


@pytest.fixture
def demo(tmp_path):
    """A demo campaign of 50 files and one file nobody has scored yet."""
    ws = Workspace.open(tmp_path / "demo.sqlite", author="测试")
    generate_demo(ws.db, files=50, seed=3)
    campaign = list_campaigns(ws.db)[0]
    _, results = campaign_results(ws.db, campaign)
    unscored = next(r for r in results if r.status is FileStatus.UNSCORED)
    yield ws, campaign, unscored
    ws.close()


@pytest.fixture
def panel(qtbot, demo):
    ws, campaign, subject = demo
    widget = ScoringPanel(ws)
    qtbot.addWidget(widget)
    widget.load(campaign, subject.subject_id, None)
    widget.confirm = lambda _text: True
    return widget


def stored(panel):
    return sheet_entries(panel.workspace.db, panel.sheet_id)


def engine_total(panel):
    return score_sheet(panel.standard, stored(panel)).total


def press_return(widget):
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_edits_are_stored_at_once_scored_by_the_engine_and_survive_a_reopen(qtbot, demo, panel):
    ws, campaign, subject = demo
    editor = panel.editor
    assert panel.sheet_id is None  # opening the file stored nothing
    assert panel.header.total.text() == "Not scored"  # 未评: no total and no grade before any entry
    assert panel.header.grade.text() == ""

    panel.select_item(FIXED_NA)
    editor.reason.setText("未抽样")
    with qtbot.waitSignal(hub().changed) as changed:
        editor.na.setChecked(True)
    assert panel.sheet_id is not None  # the first recorded edit stored the sheet
    assert changed.args[0].subjects == {subject.subject_id}
    assert changed.args[0].sheets == {panel.sheet_id}

    panel.select_item(PER_DEFECT)
    editor.amount.count.setValue(2)
    editor.reason.setText("漏填当事人住址和联系电话两项")
    press_return(editor.reason)

    panel.select_item(FIXED)
    editor.reason.setText("超期立案")
    editor.amount.defect.click()

    kinds = {e.item_key: e for e in stored(panel)}
    assert kinds[FIXED_NA].kind is EntryKind.NOT_APPLICABLE
    assert kinds[FIXED_NA].reason == "未抽样"
    assert (kinds[PER_DEFECT].points, kinds[PER_DEFECT].count) == (Decimal(2), 2)
    assert kinds[PER_DEFECT].reason == "漏填当事人住址和联系电话两项"
    assert kinds[FIXED].points == Decimal(3)
    expected = Decimal(100) - 2 - 3  # N/A counts as full marks under the demo standard
    assert panel.result.total == engine_total(panel) == expected == 95
    assert panel.header.total.text() == "Total 95 / 100"
    assert panel.header.grade.text() == "优秀"
    assert "案卷卷面 18/20" in panel.header.subtotals.text().replace("\u2060", "").replace("\u00a0", " ")
    model = panel.model
    assert model.data(model.index_of(PER_DEFECT, ScoreTreeModel.SCORE)) == "2"
    assert model.data(model.index_of(PER_DEFECT, ScoreTreeModel.RECORDED)) == "−2 (×2)"

    # undo the fixed defect: the total goes back and the entry leaves the database; redo restores both
    panel.undo_stack.undo()
    assert panel.result.total == engine_total(panel) == 98
    assert FIXED not in {e.item_key for e in stored(panel)}
    assert panel.current_item_key() == FIXED
    assert not editor.amount.defect.isChecked()
    panel.undo_stack.redo()
    assert panel.result.total == engine_total(panel) == 95
    assert FIXED in {e.item_key for e in stored(panel)}

    # a new workspace on the same file finds the same total
    sheet_id = panel.sheet_id
    ws.close()
    again = Workspace.open(ws.path, author="测试")
    try:
        standard = campaign_standard(again.db, campaign)
        assert score_sheet(standard, sheet_entries(again.db, sheet_id)).total == 95
        reopened = ScoringPanel(again)
        qtbot.addWidget(reopened)
        reopened.load(campaign, subject.subject_id, None)
        assert reopened.sheet_id == sheet_id
        assert reopened.result.total == 95

        asked = []
        reopened.confirm = lambda text: asked.append(text) or False  # the reviewer says no
        reopened.submit()
        assert len(asked) == 1
        assert not sheet_view(again.db, sheet_id, reader="测试").locked
        reopened.confirm = lambda _text: True
        reopened.submit()
        assert sheet_view(again.db, sheet_id, reader="测试").locked
        assert not reopened.header.banner.isHidden()
        assert not reopened.editor.reason.isEnabled()
        assert not reopened.header.submit_button.isEnabled()
        assert reopened.undo_stack.count() == 0
        row = next(
            f for f in campaign_report(again.db, campaign)["files"] if f["case_number"] == subject.case_number
        )
        assert row["total"] == 95

        # the editors are disabled; an edit that still gets through is refused by the service
        reopened.select_item(PER_DEFECT)
        assert not reopened.editor.amount.count.isEnabled()
        before = sheet_entries(again.db, sheet_id)
        reopened.editor.amount.count.setValue(3)
        assert "已提交" in reopened.editor.error.text()
        assert not reopened.editor.error.isHidden()
        assert sheet_entries(again.db, sheet_id) == before
    finally:
        again.close()


def test_a_value_the_rule_does_not_allow_shows_inline_and_stores_nothing(panel):
    editor = panel.editor
    panel.select_item(RANGE)
    assert editor.amount.value.minimum() == 0.5  # below 1: no deduction
    assert editor.amount.value.maximum() == 5
    editor.amount.value.setValue(1.3)
    assert "以 0.5 分为单位" in editor.error.text()
    assert not editor.error.isHidden()
    assert stored(panel) == []
    assert panel.undo_stack.count() == 0
    editor.amount.value.setValue(1.5)
    assert editor.error.isHidden()
    assert [e.points for e in stored(panel)] == [Decimal("1.5")]


def test_na_and_deductions_exclude_each_other_inline(panel):
    editor = panel.editor
    panel.select_item(TIERS)
    assert [editor.amount.tiers.itemText(i) for i in range(editor.amount.tiers.count())] == [
        "—",
        "−1",
        "−3",
        "−5",
    ]
    editor.amount.tiers.setCurrentIndex(2)
    assert [e.points for e in stored(panel)] == [Decimal(3)]
    editor.na.setChecked(True)
    assert "已有扣分记录" in editor.error.text()
    assert [e.kind for e in stored(panel)] == [EntryKind.DEDUCTION]


def test_a_veto_needs_a_reason_and_caps_the_grade(panel):
    editor = panel.editor
    panel.select_item(CAP_VETO)
    editor.amount.veto.setChecked(True)
    assert "必须填写理由" in editor.error.text()
    assert stored(panel) == []
    editor.reason.setText("处罚决定书未加盖印章")
    press_return(editor.reason)
    assert editor.error.isHidden()
    (entry,) = stored(panel)
    assert (entry.kind, entry.reason) == (EntryKind.VETO, "处罚决定书未加盖印章")
    assert panel.result.total == 100
    assert panel.header.grade.text() == "合格"
    assert "主要外部文书加盖印章" in panel.header.vetoes.text()


def test_the_floor_is_marked_and_deductions_beyond_it_are_lost(panel):
    panel.select_item(SMALL_PER_DEFECT)
    panel.editor.amount.count.setValue(3)
    model = panel.model
    assert model.data(model.index_of(SMALL_PER_DEFECT, ScoreTreeModel.SCORE)) == "0"
    assert model.data(model.index_of(SMALL_PER_DEFECT, ScoreTreeModel.NOTE)) == "At floor"
    assert panel.result.total == engine_total(panel) == 98


def test_updates_undo_to_their_old_values_and_remarks_are_undoable(panel):
    editor = panel.editor
    panel.select_item(PER_DEFECT)
    editor.amount.count.setValue(1)
    editor.amount.count.setValue(3)
    assert [(e.points, e.count) for e in stored(panel)] == [(Decimal(3), 3)]
    panel.undo_stack.undo()
    assert [(e.points, e.count) for e in stored(panel)] == [(Decimal(1), 1)]
    assert editor.amount.count.value() == 1
    panel.undo_stack.undo()
    assert stored(panel) == []
    panel.undo_stack.redo()
    panel.undo_stack.redo()  # the entry was recorded again under a new id; the update follows it
    assert [(e.points, e.count) for e in stored(panel)] == [(Decimal(3), 3)]
    editor.amount.count.setValue(0)
    assert stored(panel) == []

    panel.remarks.setPlainText("卷宗整体较规范，文书填写有遗漏。")
    panel.commit_remarks()
    assert (
        sheet_view(panel.workspace.db, panel.sheet_id, reader="测试").remarks
        == "卷宗整体较规范，文书填写有遗漏。"
    )
    panel.undo_stack.undo()
    assert sheet_view(panel.workspace.db, panel.sheet_id, reader="测试").remarks == ""
    assert panel.remarks.toPlainText() == ""


def test_changing_only_the_reason_keeps_an_amount_recorded_elsewhere(panel):
    ws = panel.workspace
    entry = Entry(PER_DEFECT, points=Decimal(2))  # as an import may store it: no count
    sheet_id, _ = panel.slot.ensure(ws)
    record_entry(ws.db, panel.standard, sheet_id, entry, author="导入")
    panel.reload()
    panel.select_item(PER_DEFECT)
    assert panel.editor.amount.count.value() == 2
    panel.editor.reason.setText("漏填两项")
    press_return(panel.editor.reason)
    assert stored(panel) == [Entry(PER_DEFECT, points=Decimal(2), reason="漏填两项")]


def test_pages_come_from_the_viewer_and_go_back_to_it(qtbot, panel):
    editor = panel.editor
    panel.select_item(FIXED)
    panel.set_current_page(12)  # no entry yet: the page waits in the field
    assert stored(panel) == []
    editor.amount.defect.setChecked(True)
    assert [e.page for e in stored(panel)] == [12]
    panel.set_current_page(14)  # pinned again: the entry follows
    assert [e.page for e in stored(panel)] == [14]
    panel.show()
    qtbot.waitExposed(panel)
    row = editor.entries.item(0)
    with qtbot.waitSignal(panel.page_requested) as requested:
        QTest.mouseClick(
            editor.entries.viewport(),
            Qt.MouseButton.LeftButton,
            pos=editor.entries.visualItemRect(row).center(),
        )
    assert requested.args == [14]


def test_the_keyboard_scores_without_the_mouse(qtbot, panel):
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    tree, editor = panel.tree, panel.editor
    panel.select_item("V06")
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Down)  # skips the category row 案卷卷面
    assert panel.current_item_key() == "I001"
    QTest.keyClick(tree, Qt.Key.Key_Down)
    assert panel.current_item_key() == PER_DEFECT
    QTest.keyClick(tree, Qt.Key.Key_2)  # a digit starts the count
    assert QApplication.focusWidget() is editor.amount.count or editor.amount.count.isAncestorOf(
        QApplication.focusWidget()
    )
    press_return(editor.amount.count)
    assert [(e.item_key, e.count) for e in stored(panel)] == [(PER_DEFECT, 2)]
    QTest.keyClick(editor.amount.count, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the page number
    assert QApplication.focusWidget() is editor.page or editor.page.isAncestorOf(QApplication.focusWidget())
    QTest.keyClick(editor.page, Qt.Key.Key_F2)  # the reason (Ctrl+R belongs to the recheck screen)
    assert QApplication.focusWidget() is editor.reason
    QApplication.sendEvent(
        editor.reason,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "漏项"),
    )
    QTest.keyClick(editor.reason, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # next item, reason saved
    assert [e.reason for e in stored(panel)] == ["漏项"]
    assert panel.current_item_key() == "I003"
    assert QApplication.focusWidget() is editor.amount.defect
    QTest.keyClick(editor.amount.defect, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is tree
    QTest.keyClick(tree, Qt.Key.Key_Space)  # I003 is a fixed item: Space toggles the defect
    assert [e.item_key for e in stored(panel)] == [PER_DEFECT, "I003"]
    QTest.keyClick(tree, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is editor.reason
    QTest.keyClick(editor.reason, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert panel.current_item_key() == PER_DEFECT
    assert {key for key, _ in help_rows()} >= {"Space", "F2", "Alt+Down", "Alt+N", "Ctrl+N", "Alt+P"}


def test_the_model_passes_the_model_tester(qtmodeltester, panel):
    panel.select_item(PER_DEFECT)
    panel.editor.amount.count.setValue(2)
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.model, force_py=True)


# --- a supervision checklist (督察清单): one item of each checklist kind through the panel ---------------

CHECKLIST = REPO / "resources" / "checklists" / "法治政府建设督察考核清单.xlsx"
BINARY = "C27"  # 按时报送年度法治政府建设情况报告: 4, not met loses all
LEVELS = "C32"  # 设立法制审核机构: 专门机构 3 / 兼管 2 / 无 0
BONUS_ONE = "B01"  # 获评示范: +3, cap 3
BONUS_EACH = "B02"  # 经验推广: +1 each, cap 2 (all bonus together capped at 5)


@pytest.fixture
def checklist_panel(qtbot, tmp_path):
    """A campaign under the shipped checklist; a case file stands in for the unit (units: issue 7 part 2)."""
    ws = Workspace.open(tmp_path / "checklist.sqlite", author="督察员")
    register = tmp_path / "units.csv"
    register.write_text(
        "案号,案件名称,执法部门\n督〔2026〕1号,市交通运输局法治政府建设督察,市交通运输局\n", "utf-8"
    )
    import_cases(ws.db, register, author="录入员")
    standard = save_standard(ws.db, import_standard_file(CHECKLIST).standard, author="组长")
    campaign = create_campaign(ws.db, "2026年法治政府建设督察", standard=standard.id, author="组长").value
    subject = ws.db.execute("SELECT subject_id FROM campaign_subject").fetchone()[0]
    widget = ScoringPanel(ws)
    qtbot.addWidget(widget)
    widget.load(campaign, subject, None)
    yield widget
    ws.close()


def test_a_checklist_item_of_each_new_kind_is_scored_through_the_panel(checklist_panel):
    panel, editor = checklist_panel, checklist_panel.editor
    assert panel.standard.kind == "checklist"
    assert panel.header.total.text() == "Not scored"

    panel.select_item(BINARY)  # 是否达标: one box, the whole item
    assert editor.amount.currentWidget() is editor.amount.not_met
    assert editor.amount.not_met.text() == "Not met (−4)"
    assert not editor.new_button.isEnabled()
    editor.reason.setText("未按时报送年度报告")
    editor.amount.not_met.click()
    assert [(e.item_key, e.points) for e in stored(panel)] == [(BINARY, Decimal(4))]
    assert panel.result.total == engine_total(panel) == 96

    panel.select_item(LEVELS)  # 分档计分: pick a level; the top one is what "nothing recorded" means
    assert editor.amount.currentWidget() is editor.amount.levels
    texts = [editor.amount.levels.itemText(i) for i in range(editor.amount.levels.count())]
    assert texts == ["专门机构 (3)", "兼管 (2)", "无 (0)"]
    assert editor.amount.levels.currentIndex() == 0
    editor.amount.levels.setCurrentIndex(2)
    assert panel.result.items[LEVELS].score == 0
    editor.amount.levels.setCurrentIndex(1)  # changes the one entry, never adds a second
    assert [(e.item_key, e.points) for e in stored(panel) if e.item_key == LEVELS] == [(LEVELS, Decimal(1))]
    assert panel.result.items[LEVELS].score == 2
    assert panel.result.total == engine_total(panel) == 95
    assert any("评为“兼管”，得 2 分" in r for r in panel.result.reasons)
    editor.amount.levels.setCurrentIndex(0)  # back to the top level: the entry goes
    assert LEVELS not in {e.item_key for e in stored(panel)}
    editor.amount.levels.setCurrentIndex(1)

    panel.select_item(BONUS_EACH)  # 加分项: an amount up to the item's cap, in whole awards
    assert editor.amount.currentWidget() is editor.amount.bonus
    assert editor.value_label.text() == "Bonus"
    assert (editor.amount.bonus.maximum(), editor.amount.bonus.singleStep()) == (2, 1)
    editor.amount.bonus.setValue(2)
    (bonus,) = (e for e in stored(panel) if e.item_key == BONUS_EACH)
    assert (bonus.kind, bonus.points, bonus.count) == (EntryKind.BONUS, Decimal(2), 2)
    assert editor.entries.item(0).text() == "+2 (×2)"
    assert (panel.result.bonus, panel.result.total) == (2, 97)

    panel.select_item(BONUS_ONE)
    editor.amount.bonus.setValue(3)
    assert (panel.result.bonus, panel.result.total) == (5, engine_total(panel)) == (5, 100)
    assert panel.header.total.text() == "Total 100 / 100 (incl. +5 bonus)"  # 95 base + 5 bonus
    assert panel.header.grade.text() == "优秀"
    model = panel.model
    assert model.data(model.index_of(BONUS_EACH, ScoreTreeModel.SCORE)) == "+2"

    panel.undo_stack.undo()  # the last bonus goes again
    assert panel.result.total == engine_total(panel) == 97


def test_a_tick_refused_because_another_program_is_writing_is_not_left_in_the_editor(panel, monkeypatch):
    import sqlite3

    monkeypatch.setattr(type(panel.workspace.db), "write_wait", 0.2)
    panel.workspace.db.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(panel.workspace.path, isolation_level=None)  # another window or program
    other.execute("BEGIN IMMEDIATE")
    try:
        panel.select_item(FIXED)
        panel.editor.amount.defect.setChecked(True)
        assert "另一个窗口或程序正在写入" in panel.editor.error.text()
        assert not panel.editor.amount.defect.isChecked()  # the editor shows what is stored: nothing
        assert panel.undo_stack.count() == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert stored(panel) == []
    panel.editor.amount.defect.setChecked(True)  # the writer is gone: the same tick is saved
    assert [e.item_key for e in stored(panel)] == [FIXED]


def test_an_edit_on_a_sheet_submitted_in_another_window_shows_the_locked_sheet(panel):
    from workbench.review.sheets import start_sheet, submit_sheet

    other = Workspace.open(panel.workspace.path, author="另一窗口")
    view = panel.view  # nothing recorded yet: the other window makes the sheet and submits it
    sheet_id = start_sheet(
        other.db, view.campaign_id, view.subject_id, view.reviewer_id, author="另一窗口"
    ).value
    submit_sheet(other.db, sheet_id, author="另一窗口")
    other.close()
    panel.select_item(FIXED)
    panel.editor.amount.defect.setChecked(True)
    assert "已提交" in panel.editor.error.text()
    assert not panel.editor.amount.defect.isChecked()
    assert panel.view.locked
    assert stored(panel) == []


def test_keys_for_not_applicable_and_a_new_deduction(qtbot, panel):
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    tree, editor = panel.tree, panel.editor
    panel.select_item(FIXED_NA)
    editor.reason.setText("未抽样")
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert [(e.item_key, e.kind) for e in stored(panel)] == [(FIXED_NA, EntryKind.NOT_APPLICABLE)]
    QTest.keyClick(tree, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # again: applicable after all
    assert stored(panel) == []
    panel.select_item(RANGE)
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_2)
    press_return(QApplication.focusWidget())
    QTest.keyClick(tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a second deduction
    assert editor.value_widget().isAncestorOf(QApplication.focusWidget()) or (
        QApplication.focusWidget() is editor.value_widget()
    )


def test_submit_names_the_file_total_and_grade_and_wants_every_reason(panel, demo):
    _ws, _campaign, subject = demo
    assert panel.header.title.text().startswith(subject.case_number)  # 案号 · 当事人 · whose sheet
    asked = []
    panel.confirm = lambda text: asked.append(text) or True
    panel.select_item(FIXED)
    panel.editor.amount.defect.click()  # no reason typed
    panel.select_item(PER_DEFECT)  # elsewhere on the sheet
    panel.submit()
    assert not panel.view.locked  # refused: the documents would quote nothing
    assert asked == []  # before the question, not after the yes
    assert "没有填写理由" in panel.editor.error.text()
    assert panel.current_item_key() == FIXED  # taken to the deduction that lacks it
    panel.editor.reason.setText("超期立案")
    press_return(panel.editor.reason)
    panel.submit()
    assert asked == [
        f"Submit the score sheet of {subject.case_number}: total 97, grade {panel.result.grade}?\n"
        "It is then locked; only the lead can reopen it."
    ]
    assert panel.view.locked
