"""Word output in the UI: the export dialog writes .docx twins; Settings → Document templates opens the
office's copy of a Word template, checks it (a misspelt placeholder named) and restores the shipped one."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui.documents.template_dialog import TemplateDialog
from ui.errors import messages
from ui.exports import ExportDialog
from ui.settings import UiSettings
from workbench.campaigns.service import get_campaign, update_settings
from workbench.common.workspace import Workspace
from workbench.demo.generator import generate_demo
from workbench.exports.checks import BULLETIN, DOCX, NOTICES
from workbench.exports.docx.templates import NOTICE, is_office_copy, office_path, shipped_path
from workbench.rectification.notices import campaign_notices


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "wb.sqlite", author="科员")
    yield ws
    ws.close()


def test_the_export_dialog_writes_word_documents(qtbot, workspace, tmp_path, shown):
    campaign = get_campaign(workspace.db, generate_demo(workspace.db, files=40, seed=3).campaign_id)
    campaign = update_settings(workspace.db, campaign, author="科员", doc_prefix="演司函").value
    settings = UiSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = ExportDialog(workspace, campaign, settings)
    qtbot.addWidget(dialog)
    dialog.open_folder = lambda folder: None
    dialog.open()
    dialog.set_kinds([BULLETIN, NOTICES])
    dialog.set_formats([])
    dialog.set_folder(tmp_path / "out")
    assert not dialog.export_button.isEnabled()  # documents need a format
    dialog.set_formats([DOCX])
    assert dialog.export_button.isEnabled()
    assert not dialog.kinds["sheets"].isEnabled()  # evaluation sheets are PDF only
    dialog.kinds["sheets"].setChecked(True)
    assert dialog.chosen_kinds() == [BULLETIN, NOTICES]
    with messages.recording([True]), qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        dialog.export_button.click()  # the demo has files not final: the organiser confirms
    written = blocker.args[0]
    assert written
    assert {p.suffix for p in written} == {".docx"}
    numbers = {n.department: n.number for n in campaign_notices(workspace.db, campaign)}
    assert {p.name for p in written} == {"评查通报.docx"} | {f"整改通知书-{d}.docx" for d in numbers}
    assert ExportDialog(workspace, campaign, settings).chosen_formats() == [DOCX]  # remembered


def test_a_word_template_is_opened_checked_and_restored(qtbot, workspace):
    dialog = TemplateDialog(workspace)
    qtbot.addWidget(dialog)
    opened: list[Path] = []
    box = dialog.word
    box.open_file = opened.append  # no word processor under tests
    dialog.open()
    box.select(NOTICE)
    assert not box.restore_button.isEnabled()
    box.open_button.click()
    own = office_path(workspace.db, NOTICE)
    assert opened == [own]
    assert own.read_bytes() == shipped_path(NOTICE).read_bytes()
    assert "this office's copy" in box.files.currentItem().text()
    with zipfile.ZipFile(own) as z:  # the clerk misspells a placeholder in Word
        parts = {name: z.read(name) for name in z.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        "{{ 截止日期 }}".encode(), "{{ 截至日期 }}".encode()
    )
    with zipfile.ZipFile(own, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    with messages.recording() as shown:
        box.check_button.click()
        assert not box.check_selected()
    assert shown
    assert all("截至日期" in s.text for s in shown)
    with messages.recording(answers=[True]):
        box.restore_button.click()
    assert not is_office_copy(workspace.db, NOTICE)
    with messages.recording() as shown:
        assert box.check_selected()
    assert shown[0].kind == "inform"
