"""回避 in the GUI: a reviewer's conflict with a department or one file is declared with its reason."""

from __future__ import annotations

from tests.scenarios import two_reviewer_campaign
from ui.campaigns.conflicts_dialog import ConflictsDialog
from workbench.common.workspace import Workspace


def test_declare_a_department_and_a_file(qtbot, tmp_path):
    workspace = Workspace.open(tmp_path / "w.sqlite", author="组长")
    two_reviewer_campaign(workspace.db, tmp_path)
    dialog = ConflictsDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    reviewer = dialog.reviewer.itemText(0)
    dialog.department.setCurrentIndex(0)
    department = dialog.department.currentText()
    dialog.declare()  # no reason: refused inline, nothing stored
    assert dialog.message.is_error
    assert dialog.model.rowCount() == 0
    dialog.reason.setText("曾在该单位任职")
    dialog.declare()
    assert [(c.reviewer, c.department, c.reason) for c in dialog.model.rows] == [
        (reviewer, department, "曾在该单位任职")
    ]
    number = workspace.db.execute("SELECT case_number FROM case_file LIMIT 1").fetchone()[0]
    dialog.by_file.setChecked(True)
    dialog.case_number.setText(number)
    dialog.reason.setText("当事人系其亲属")
    dialog.declare()
    assert {c.case_number for c in dialog.model.rows} == {"", number}
    workspace.close()
