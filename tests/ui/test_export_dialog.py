"""The export dialog on a real demo database: the workbook lands in the chosen folder off the UI thread,
the folder is remembered and opened; Cancel leaves no file behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

import workbench.exports.service as export_module
from ui.exports import ExportDialog
from ui.exports.export_dialog import FOLDER_KEY
from ui.main_window import MainWindow
from ui.settings import UiSettings
from workbench.campaigns.service import get_campaign, update_settings
from workbench.common.jobs import Progress, check_cancel
from workbench.common.workspace import Workspace
from workbench.demo.generator import generate_demo
from workbench.exports.workbook import SHEETS


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "wb.sqlite", author="测试")
    yield ws
    ws.close()


@pytest.fixture
def campaign(workspace):
    return get_campaign(workspace.db, generate_demo(workspace.db, files=60, seed=3).campaign_id)


@pytest.fixture
def settings(tmp_path):
    return UiSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def open_dialog(qtbot, workspace, campaign, settings) -> tuple[ExportDialog, list[Path]]:
    dialog = ExportDialog(workspace, campaign, settings)
    qtbot.addWidget(dialog)
    opened: list[Path] = []
    dialog.open_folder = opened.append  # no file manager under tests
    dialog.open()
    return dialog, opened


def test_the_workbook_is_exported_into_the_folder(qtbot, workspace, campaign, settings, tmp_path, shown):
    dialog, opened = open_dialog(qtbot, workspace, campaign, settings)
    assert all(box.isChecked() for box in dialog.kinds.values())
    assert dialog.chosen_departments() is None  # all departments checked by default
    out = tmp_path / "导出"
    dialog.set_kinds(["xlsx"])
    dialog.set_folder(out)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.export_button.click()
        assert dialog.is_busy()
    written = blocker.args[0]
    assert [p.name for p in written] == [f"{campaign.name}-评查结果.xlsx"]
    assert sorted(p.name for p in out.iterdir()) == [written[0].name]
    assert load_workbook(written[0], read_only=True).sheetnames == list(SHEETS)
    assert opened == [out]
    assert settings.qs.value(FOLDER_KEY, "", type=str) == str(out)
    assert ExportDialog(workspace, campaign, settings).chosen_folder() == out  # remembered next time
    assert shown == []


def test_cancel_leaves_no_file(qtbot, workspace, campaign, settings, tmp_path, shown, monkeypatch):
    connected = threading.Event()

    def slow_workbook(figures, path, *, progress: Progress, cancel: threading.Event) -> None:
        Path(path).write_bytes(b"half a workbook")  # written under the temporary name
        connected.wait(10)  # until the test listens for progress
        progress(1, 2)
        cancel.wait(10)
        check_cancel(cancel)

    monkeypatch.setattr(export_module, "write_workbook", slow_workbook)
    dialog, opened = open_dialog(qtbot, workspace, campaign, settings)
    out = tmp_path / "导出"
    dialog.set_kinds(["xlsx"])
    dialog.set_folder(out)
    dialog.export_button.click()
    job = dialog.job
    assert job is not None
    job.signals.progress.connect(lambda *_: dialog.progress_dialog.findChild(QPushButton).click())
    connected.set()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    assert job.cancel.is_set()
    assert list(out.iterdir()) == []
    assert opened == []
    assert "cancelled" in dialog.status.text().lower() or "取消" in dialog.status.text()
    assert dialog.isVisible()  # still open, to try again
    assert shown == []


def test_export_needs_outputs_departments_and_a_folder(qtbot, workspace, campaign, settings, shown):
    dialog, _ = open_dialog(qtbot, workspace, campaign, settings)
    dialog.set_folder("/tmp/somewhere")
    assert dialog.export_button.isEnabled()
    dialog.set_kinds([])
    assert not dialog.export_button.isEnabled()
    dialog.set_kinds(["sheets"])
    dialog.check_all(Qt.CheckState.Unchecked)
    assert dialog.chosen_departments() == []
    assert not dialog.export_button.isEnabled()  # per-department documents for no department
    dialog.set_kinds(["xlsx", "bulletin"])
    assert dialog.export_button.isEnabled()
    dialog.check_all(Qt.CheckState.Checked)
    dialog.set_folder("")
    assert not dialog.export_button.isEnabled()


def test_a_refused_export_is_explained(qtbot, workspace, campaign, settings, tmp_path, shown):
    campaign = update_settings(workspace.db, campaign, author="测试", doc_prefix="").value  # no 机关代字
    dialog, opened = open_dialog(qtbot, workspace, campaign, settings)
    dialog.set_kinds(["notices"])
    dialog.set_folder(tmp_path / "导出")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    assert [box.kind for box in shown] == ["warn"]
    assert "发文机关代字" in shown[0].text
    assert opened == []


def test_the_file_menu_opens_the_dialog_for_the_campaign_in_view(qtbot, workspace, campaign, settings, shown):

    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    assert window.campaign is not None
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.campaign.id == campaign.id
    dialog.reject()


def test_office_first_then_unfinished_files_are_confirmed(qtbot, workspace, campaign, settings, tmp_path):
    """No issuing office: the dialog asks for it first; files not final: the organiser confirms, and the
    bulletin is then written."""
    from ui.documents.office_dialog import OfficeDialog
    from ui.errors import messages
    from workbench.campaigns.office import get_office

    workspace.db.execute("DELETE FROM office_profile")
    dialog, _opened = open_dialog(qtbot, workspace, campaign, settings)
    dialog.set_kinds(["bulletin"])
    out = tmp_path / "导出"
    dialog.set_folder(out)
    with messages.recording(answers=[True]) as shown:
        dialog.export_button.click()
        office = dialog.findChild(OfficeDialog)
        assert office is not None
        assert office.isVisible()
        assert not dialog.is_busy()  # nothing started without the office
        office.name.setText("江城市司法局")
        office.contact.setText("王明，0711-3856012")
        office.address.setText("江城市滨湖南路1号")
        with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
            office.save()
        assert get_office(workspace.db).name == "江城市司法局"
        assert [box.kind for box in shown][:1] == ["ask"]  # the demo leaves files unscored
        assert "未定分" in shown[0].text
    assert [p.name for p in blocker.args[0]] == ["评查通报.pdf"]
