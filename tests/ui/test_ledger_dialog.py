"""The rectification ledger screen on a real database: a line is replied to, verified and closed out
through the dialog; an illegal close is refused, shown, and changes nothing; filters, timers and the
Excel export; the Campaign menu opens it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt

from tests.workbench.ledger_helpers import issued_campaign
from ui.changes import publish
from ui.main_window import MainWindow
from ui.rectification import LedgerDialog
from ui.rectification.ledger_dialog import OVERDUE_COLOUR
from ui.settings import UiSettings
from workbench.common.changes import Changes
from workbench.common.workspace import Workspace
from workbench.rectification.notices import void_notice

TODAY = date.today()
STATUS_COLUMN = 8


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "wb.sqlite", author="科员")
    yield ws
    ws.close()


@pytest.fixture
def issued(workspace):
    return issued_campaign(workspace.db)


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.open()  # never exec()
    return dialog


def status(workspace, line_id: str) -> str:
    return workspace.db["rectification"].get(line_id)["status"]


def take_step(dialog: LedgerDialog, start, ids: list[str], text: str = "") -> None:
    dialog.select_ids(ids)
    step = start()
    assert step is not None
    step.text.setPlainText(text)
    assert step.ok_button.isEnabled()
    step.ok_button.click()


def test_a_line_is_replied_to_verified_and_closed_out_through_the_dialog(
    qtbot, qtmodeltester, workspace, issued, shown
):
    campaign, notices = issued
    dialog = opened(qtbot, LedgerDialog(workspace, campaign))
    qtmodeltester.check(dialog.model)
    lines = dialog.model.rows
    assert len(lines) == sum(len(n.problems) for n in notices)
    assert dialog.model.data(dialog.model.index(0, 0)) == notices[0].number
    first, second = lines[0].id, lines[1].id

    take_step(dialog, dialog.record_reply, [first, second], "已补正文书并报送整改报告")
    assert (status(workspace, first), status(workspace, second)) == ("reported", "reported")
    assert dialog.selected_ids() == [first, second]  # the selection survives the reload
    assert "2 reported" in dialog.summary.text()

    dialog.select_ids([second])
    step = dialog.return_lines()
    assert not step.ok_button.isEnabled()  # a return needs its reason
    step.text.setPlainText("未附整改材料")
    step.ok_button.click()
    assert status(workspace, second) == "returned"
    assert workspace.db["rectification"].get(second)["reason"] == "未附整改材料"

    take_step(dialog, dialog.verify_lines, [first], "属实")
    row = workspace.db["rectification"].get(first)
    assert (row["status"], row["verifier"], row["verification"]) == ("verified", "科员", "属实")
    take_step(dialog, dialog.close_lines, [first], "整改到位")
    row = workspace.db["rectification"].get(first)
    assert (row["status"], row["closed_by"], row["closed_on"]) == ("closed_out", "科员", TODAY.isoformat())
    assert not shown  # no refusal on the way

    dialog.status.setCurrentIndex(dialog.status.findData("closed_out"))
    assert [r.id for r in dialog.model.rows] == [first]
    assert dialog.model.data(dialog.model.index(0, STATUS_COLUMN)) == "Closed out"


def test_a_step_reaches_every_open_ledger_through_the_hub_and_redraws_only_its_lines(
    qtbot, workspace, issued, shown
):
    campaign, notices = issued
    acting = opened(qtbot, LedgerDialog(workspace, campaign))
    watching = opened(qtbot, LedgerDialog(workspace, campaign))  # e.g. a second window on the file
    first = acting.lines[0].id
    before = list(watching.lines)
    take_step(acting, acting.record_reply, [first], "已整改")
    for dialog in (acting, watching):
        assert [line.status for line in dialog.lines if line.id == first] == ["reported"]
        assert "1 reported" in dialog.summary.text()
    assert [a is b for a, b in zip(before, watching.lines, strict=True)].count(False) == 1  # one re-read
    acting.reject()  # a closed ledger hears no more
    void_notice(workspace.db, notices[0].id, author="组长", reason="重发")
    publish(Changes.of(notices=[notices[0].id]))
    voided = notices[0].id
    assert {line.status for line in watching.lines if line.notice_id == voided} == {"void"}
    assert "void" not in {line.status for line in acting.lines if line.notice_id == voided}
    assert not shown


def test_an_illegal_close_is_refused_and_changes_nothing(qtbot, workspace, issued, shown):
    campaign, _ = issued
    dialog = opened(qtbot, LedgerDialog(workspace, campaign))
    ready, waiting = dialog.model.rows[0], dialog.model.rows[1]
    take_step(dialog, dialog.record_reply, [ready.id], "已整改")
    take_step(dialog, dialog.verify_lines, [ready.id])
    audited = workspace.db["audit_log"].count

    take_step(dialog, dialog.close_lines, [ready.id, waiting.id], "一并销号")
    assert [s.kind for s in shown] == ["warn"]
    assert f"整改事项 {waiting.key}（已下发）不能销号" in shown[0].text
    assert (status(workspace, ready.id), status(workspace, waiting.id)) == ("verified", "issued")
    assert workspace.db["audit_log"].count == audited

    dialog.view.clearSelection()
    assert dialog.close_lines() is None
    assert shown[-1].text == "请先选择要办理的整改事项。"


def test_filters_timers_and_the_excel_export(qtbot, workspace, issued, shown, tmp_path):
    campaign, notices = issued
    late = notices[0].deadline + timedelta(days=1)
    dialog = opened(qtbot, LedgerDialog(workspace, campaign, today=late))
    everything = len(dialog.model.rows)
    assert f"{everything} overdue" in dialog.summary.text()
    assert dialog.model.data(dialog.model.index(0, STATUS_COLUMN)) == "Issued · overdue"
    colour = dialog.model.data(dialog.model.index(0, STATUS_COLUMN), Qt.ItemDataRole.ForegroundRole)
    assert colour == OVERDUE_COLOUR

    unit = notices[1].department
    dialog.unit.setCurrentIndex(dialog.unit.findData(unit))
    assert {r.department for r in dialog.model.rows} == {unit}
    assert len(dialog.model.rows) == len(notices[1].problems)
    dialog.overdue_only.setChecked(True)
    assert len(dialog.model.rows) == len(notices[1].problems)

    out = dialog.export_to(tmp_path / "台账")
    assert out == tmp_path / "台账.xlsx"
    ws = load_workbook(out)["整改台账"]
    assert ws.max_row == len(notices[1].problems) + 1
    assert shown[-1].kind == "inform"

    due_soon = opened(qtbot, LedgerDialog(workspace, campaign, today=notices[0].deadline - timedelta(days=2)))
    assert due_soon.model.data(due_soon.model.index(0, STATUS_COLUMN)) == "Issued · due soon"
    due_soon.overdue_only.setChecked(True)
    assert due_soon.model.rowCount() == 0


def test_the_campaign_menu_opens_the_ledger(qtbot, workspace, issued, shown, tmp_path):
    campaign, _ = issued
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    menu = window.campaign_menu
    assert menu.ledger_action in menu.menu.actions()
    assert menu.ledger_action.text() == "Rectification ledger…"
    assert window.navigator.select_campaign(campaign.id)
    dialog = menu.show_ledger()
    assert isinstance(dialog, LedgerDialog)
    assert dialog.campaign.id == campaign.id
    assert dialog.model.rowCount() > 0
