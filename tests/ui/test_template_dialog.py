"""Settings → Document templates: a bad text is refused with a message, a good one is used."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ui.changes import hub, publish
from ui.documents.template_dialog import TemplateDialog
from ui.errors import messages
from ui.main_window import MainWindow
from ui.settings import UiSettings
from workbench.common.changes import Changes
from workbench.common.workspace import Workspace
from workbench.exports.template_catalogue import TEMPLATES, placeholders, shipped_text
from workbench.exports.templates import is_customised, render, save_template, template_text


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "wb.sqlite", author="科员")
    yield ws
    ws.close()


@pytest.fixture
def dialog(qtbot, workspace):
    widget = TemplateDialog(workspace)
    qtbot.addWidget(widget)
    widget.open()
    return widget


def test_lists_every_template_with_its_placeholders(dialog):
    assert dialog.templates.count() == len(TEMPLATES)
    dialog.select("notice_reply")
    shown = [dialog.placeholders.item(i).text() for i in range(dialog.placeholders.count())]
    assert shown == [f"{{{p}}}" for p in placeholders("notice_reply")]
    assert dialog.editor.toPlainText() == shipped_text("notice_reply")
    assert not dialog.reset_button.isEnabled()


def test_an_unknown_placeholder_is_refused_and_nothing_is_stored(dialog, workspace):
    dialog.select("notice_reply")
    dialog.editor.setPlainText("请于{截止时间}前以{单位}名义书面报告。")
    with messages.recording() as shown:
        assert not dialog.save()
    assert len(shown) == 1
    assert shown[0].kind == "warn"
    assert "{截止时间}" in shown[0].text
    assert "反馈要求" in shown[0].text
    assert template_text(workspace.db, "notice_reply") == shipped_text("notice_reply")
    assert not is_customised(workspace.db, "notice_reply")
    assert dialog.editor.toPlainText() == "请于{截止时间}前以{单位}名义书面报告。"  # kept for fixing


def test_a_valid_edit_is_used_by_render_and_reset_restores(dialog, workspace):
    dialog.select("notice_reply")
    dialog.editor.setPlainText("请{单位}于{截止日期}前书面报告。")
    with messages.recording() as shown:
        dialog.save_button.click()
    assert shown == []
    values = {p: p for p in placeholders("notice_reply")} | {"单位": "市商务局", "截止日期": "2026年12月10日"}
    assert render(workspace.db, "notice_reply", values) == "请市商务局于2026年12月10日前书面报告。"
    assert dialog.reset_button.isEnabled()

    with messages.recording(answers=[True]) as shown:
        dialog.reset_button.click()
    assert shown[0].kind == "ask"
    assert template_text(workspace.db, "notice_reply") == shipped_text("notice_reply")
    assert dialog.editor.toPlainText() == shipped_text("notice_reply")


def test_leaving_an_edited_template_asks_first(dialog):
    dialog.select("contact")
    dialog.editor.selectAll()
    dialog.editor.insertPlainText("联系人：张三")  # as typed: the document is now modified
    with messages.recording(answers=[False]) as shown:
        dialog.templates.setCurrentRow(0)
    assert shown[0].kind == "ask"
    assert dialog.current_name == "contact"
    assert dialog.editor.toPlainText() == "联系人：张三"
    with messages.recording(answers=[True]):
        dialog.select("issuer")
    assert dialog.current_name == "issuer"
    assert not dialog.editor.document().isModified()  # closing at teardown asks nothing


def test_double_click_inserts_a_placeholder(dialog):
    dialog.select("notice_objection")
    dialog.editor.setPlainText("")
    dialog.insert_placeholder(dialog.placeholders.item(0))
    assert dialog.editor.toPlainText() == f"{{{placeholders('notice_objection')[0]}}}"
    with messages.recording(answers=[True]) as shown:
        dialog.reject()  # closing with an unsaved edit asks first
    assert shown[0].kind == "ask"
    assert not dialog.isVisible()


def test_the_settings_menu_opens_the_dialog(qtbot, tmp_path):
    workspace = Workspace.open(tmp_path / "empty.sqlite", author="科员")
    window = MainWindow(
        workspace, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy(), timeout=10000)
    settings_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Settings")
    assert window.templates_action in settings_menu.actions()
    window.templates_action.trigger()
    dialog = window.findChild(TemplateDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.close()
    window.close()
    workspace.close()


def test_a_save_tells_the_hub_which_template_changed(dialog, qtbot):
    dialog.select("contact")
    dialog.editor.setPlainText("联系人：张三，电话：12345678。")
    seen = []
    hub().changed.connect(seen.append)
    try:
        assert dialog.save()
    finally:
        hub().changed.disconnect(seen.append)
    assert seen == [Changes.of(settings=["contact"])]
    assert dialog.state.text() == dialog.tr("This office's own text")  # read back through the hub


def test_a_template_saved_elsewhere_is_shown_afresh(dialog, workspace):
    dialog.select("copies_to")
    publish(save_template(workspace.db, "copies_to", "市人民政府办公室", author="科员"))
    assert dialog.editor.toPlainText() == "市人民政府办公室"
    assert dialog.reset_button.isEnabled()
    publish(save_template(workspace.db, "contact", "联系人：李四", author="科员"))  # not the one shown
    assert dialog.editor.toPlainText() == "市人民政府办公室"
