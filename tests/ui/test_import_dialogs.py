"""The import dialogs on real files and a real database: preview off the UI thread, then all or nothing."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtWidgets import QPushButton

import ui.imports.case_import_dialog as case_dialog_module
from tests.conftest import SHARED_STANDARDS
from tests.workbench.cases.helpers import case, register
from ui.changes import hub
from ui.imports import CaseImportDialog, StandardImportDialog
from workbench.cases.jobs import case_count, department_names, preview_cases
from workbench.common.changes import Changes
from workbench.common.jobs import Progress
from workbench.common.workspace import Workspace
from workbench.standards.service import list_standards


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "wb.sqlite", author="测试")
    yield ws
    ws.close()


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.open()  # window-modal, returns at once: never exec()
    return dialog


def run(qtbot, dialog, button):
    """Click Preview or Import and wait until its job has reported back."""
    button.click()
    assert dialog.is_busy()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)


def test_a_good_register_is_previewed_then_imported(qtbot, workspace, tmp_path, shown):
    path = register(tmp_path / "台账.xlsx", *(case(n) for n in range(1, 4)), case(4, 金额=""))
    dialog = open_dialog(qtbot, CaseImportDialog(workspace))
    dialog.set_path(path)
    assert not dialog.import_button.isEnabled()

    run(qtbot, dialog, dialog.preview_button)
    assert dialog.table.rowCount() == 4
    assert "共 4 条案件" in dialog.summary.text()
    assert "预览（未写入）" in dialog.summary.text()
    assert [dialog.table.item(0, c).text() for c in range(7)] == [
        "某监罚〔2026〕1号",
        "市场监督管理局",
        "某公司未按规定明码标价案1",
        "某某商贸有限公司",
        "2026-03-05",
        "2026-04-01",
        "1,200.50",
    ]
    assert dialog.table.item(3, 6).text() == ""
    assert dialog.table.verticalHeaderItem(0).text() == "4"  # the spreadsheet's row number
    assert dialog.problems.isHidden()
    assert dialog.import_button.isEnabled()
    assert case_count(workspace.db) == 0  # the preview wrote nothing

    published: list[Changes] = []
    hub().changed.connect(published.append)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        dialog.import_button.click()
    hub().changed.disconnect(published.append)
    assert blocker.args == [4]
    assert published == [Changes(everything=True)]  # the navigator and the campaign shown reload
    assert case_count(workspace.db) == 4
    assert department_names(workspace.db) == ["市场监督管理局"]
    assert [(b.kind, b.text) for b in shown] == [("inform", "Imported 4 case(s).")]
    assert dialog.result() == CaseImportDialog.DialogCode.Accepted


def test_a_bad_register_names_its_rows_and_cannot_be_imported(qtbot, workspace, tmp_path, shown):
    rows = [case(1), case(2, 立案日期="2026-13-45"), case(1, 案件名称="重复的案件")]
    path = register(tmp_path / "bad.xlsx", *rows)
    dialog = open_dialog(qtbot, CaseImportDialog(workspace))
    dialog.set_path(path)

    run(qtbot, dialog, dialog.preview_button)
    assert dialog.problems.summary.text() == "文件“bad.xlsx”有 2 处错误，未导入任何数据："
    assert dialog.problems.lines() == [
        "工作表“案件”第 5 行「立案日期」列：日期“2026-13-45”不存在",
        "工作表“案件”第 6 行「案号」列：案号“某监罚〔2026〕1号”与第 4 行重复",
    ]
    assert not dialog.problems.isHidden()
    assert dialog.table.isHidden()
    assert not dialog.import_button.isEnabled()
    dialog.problems.list.item(0).setSelected(True)  # clicking a problem changes nothing
    assert not dialog.import_button.isEnabled()
    assert case_count(workspace.db) == 0
    assert shown == []  # shown inline, not in a message box


def test_cases_already_in_the_register_are_refused_by_the_preview(qtbot, workspace, tmp_path, shown):
    path = register(tmp_path / "台账.xlsx", case(1), case(2))
    dialog = open_dialog(qtbot, CaseImportDialog(workspace))
    dialog.set_path(path)
    run(qtbot, dialog, dialog.preview_button)
    run(qtbot, dialog, dialog.import_button)
    second = open_dialog(qtbot, CaseImportDialog(workspace))
    second.set_path(path)
    run(qtbot, second, second.preview_button)
    assert second.problems.lines()[0] == (
        "工作表“案件”第 4 行「案号」列：案号“某监罚〔2026〕1号”已在案件库中，不能重复导入"
        "（用更新后的台账更新已有案件：命令行加 --update，导入窗口勾选“更新已有案件”）"
    )
    assert not second.import_button.isEnabled()
    assert case_count(workspace.db) == 2


def test_an_updated_register_updates_stored_cases_when_the_box_is_ticked(qtbot, workspace, tmp_path, shown):
    first = open_dialog(qtbot, CaseImportDialog(workspace))
    first.set_path(register(tmp_path / "台账.xlsx", case(1), case(2)))
    run(qtbot, first, first.preview_button)
    run(qtbot, first, first.import_button)
    dialog = open_dialog(qtbot, CaseImportDialog(workspace))
    dialog.set_path(register(tmp_path / "新台账.xlsx", case(1), case(2, 当事人="某某餐饮店"), case(3)))
    dialog.update_existing.setChecked(True)
    run(qtbot, dialog, dialog.preview_button)
    assert "  某监罚〔2026〕2号：当事人：某某商贸有限公司 → 某某餐饮店" in dialog.summary.text().splitlines()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert case_count(workspace.db) == 3
    party = workspace.db.execute(
        "SELECT party FROM case_file WHERE case_number = '某监罚〔2026〕2号'"
    ).fetchone()
    assert party == ("某某餐饮店",)


def test_the_default_department_fills_rows_without_one(qtbot, workspace, tmp_path, shown):
    path = register(tmp_path / "台账.xlsx", case(1, 执法部门=""), case(2, 立案日期=date(2026, 1, 2)))
    dialog = open_dialog(qtbot, CaseImportDialog(workspace))
    dialog.set_path(path)
    run(qtbot, dialog, dialog.preview_button)
    assert dialog.problems.lines() == [
        "工作表“案件”第 4 行「执法部门」列：缺少执法部门，导入时也没有指定执法部门"
    ]

    dialog.department.setEditText("交通运输局")  # an edit invalidates the preview
    assert dialog.problems.isHidden()
    run(qtbot, dialog, dialog.preview_button)
    assert [dialog.table.item(r, 1).text() for r in range(2)] == ["交通运输局", "市场监督管理局"]
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert department_names(workspace.db) == ["交通运输局", "市场监督管理局"]


def test_cancelling_the_preview_leaves_the_dialog_usable(qtbot, workspace, tmp_path, shown, monkeypatch):
    calls: list[int] = []

    def slow_preview(*args: object, progress: Progress, cancel: threading.Event, **kwargs: object):
        """The first preview waits for Cancel; all of them are the real one."""
        calls.append(1)
        if len(calls) == 1:
            progress(0, 1)
            cancel.wait(5)
        return preview_cases(*args, progress=progress, cancel=cancel, **kwargs)

    monkeypatch.setattr(case_dialog_module, "preview_cases", slow_preview)
    path = register(tmp_path / "台账.xlsx", case(1), case(2))
    dialog = open_dialog(qtbot, CaseImportDialog(workspace))
    dialog.set_path(path)
    dialog.preview_button.click()
    assert not dialog.preview_button.isEnabled()
    assert not dialog.file.isEnabled()
    dialog.progress_dialog.findChild(QPushButton).click()  # QProgressDialog.cancel() would not emit
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert dialog.status.text() == "Preview cancelled."
    assert dialog.table.isHidden()
    assert dialog.problems.isHidden()
    assert dialog.preview_button.isEnabled()
    assert dialog.file.isEnabled()
    assert not dialog.import_button.isEnabled()

    run(qtbot, dialog, dialog.preview_button)
    assert dialog.table.rowCount() == 2
    assert dialog.import_button.isEnabled()
    assert dialog.status.text() == ""
    assert shown == []
    assert case_count(workspace.db) == 0


def test_a_missing_file_is_reported_inline(qtbot, workspace, tmp_path, shown):
    dialog = open_dialog(qtbot, CaseImportDialog(workspace))
    dialog.preview_button.click()
    assert not dialog.is_busy()
    assert dialog.status.text() == "Choose a file first."
    dialog.set_path(tmp_path / "没有这个文件.xlsx")
    run(qtbot, dialog, dialog.preview_button)
    assert dialog.problems.summary.text() == "文件“没有这个文件.xlsx”有 1 处错误，未导入任何数据："
    assert dialog.problems.lines() == ["无法打开文件：文件不存在"]
    assert shown == []


def test_the_surveying_standard_is_previewed_and_saved(qtbot, workspace, shown):
    dialog = open_dialog(qtbot, StandardImportDialog(workspace))
    dialog.set_path(SHARED_STANDARDS / "surveying_penalty_standard.csv")
    run(qtbot, dialog, dialog.preview_button)
    assert dialog.name.text() == "surveying_penalty_standard"
    assert dialog.items_count.text() == "16"
    assert dialog.vetoes_count.text() == "9"
    report = [dialog.report.item(n).text() for n in range(dialog.report.count())]
    assert report[0] == "评分标准“surveying_penalty_standard”：共 16 个项目，其中计分项目 7 个，否决项 9 个。"
    assert "各项分值合计 14 分，与标准总分 100 分不一致，已按公布的分值保留" in report  # the total check
    assert list_standards(workspace.db) == []

    dialog.name.setText("测绘地理信息行政处罚案卷评查标准")
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        dialog.import_button.click()
    [stored] = list_standards(workspace.db)
    assert blocker.args == [stored.id]
    assert (stored.name, stored.items, stored.vetoes) == ("测绘地理信息行政处罚案卷评查标准", 16, 9)
    assert [b.kind for b in shown] == ["inform"]


def test_items_read_as_free_deduction_are_listed(qtbot, workspace, shown):
    dialog = open_dialog(qtbot, StandardImportDialog(workspace))
    dialog.set_path(SHARED_STANDARDS / "environmental_penalty_score_sheet.csv")
    run(qtbot, dialog, dialog.preview_button)
    report = [dialog.report.item(n).text() for n in range(dialog.report.count())]
    assert dialog.vetoes_count.text() == "4"
    fallback = next(n for n, line in enumerate(report) if line.startswith("以下 13 个项目未能"))
    assert len(report) - fallback - 1 == 13
    assert report[fallback + 1].startswith("  1. ")


def test_a_file_that_is_not_a_standard_is_refused(qtbot, workspace, tmp_path, shown):
    path = tmp_path / "标准.xls"
    path.write_bytes(b"")
    dialog = open_dialog(qtbot, StandardImportDialog(workspace))
    dialog.set_path(path)
    run(qtbot, dialog, dialog.preview_button)
    assert dialog.problems.lines() == [
        "无法读取文件“标准.xls”：只能导入 .xlsx 评分标准工作簿或 .csv 文件（.xls 请在 Excel 中另存为 .xlsx）"
    ]
    assert not dialog.import_button.isEnabled()
    assert list_standards(workspace.db) == []
