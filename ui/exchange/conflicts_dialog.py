"""活动 → 合并冲突…: sheets both sides changed, and sheets kept aside; each resolved with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.changes import publish
from ui.errors import error_text
from ui.widgets.message_line import MessageLine
from ui.widgets.rows_model import Column, RowsModel
from ui.widgets.table_view import table_view
from workbench.campaigns.service import Campaign
from workbench.common.kinds import SheetState
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.exchange.conflicts import (
    KEEP_MASTER,
    TAKE_REVIEWER,
    Conflict,
    Version,
    open_conflicts,
    resolve,
)


def describe(version: Version | None) -> str:
    """One version of a sheet as the organiser compares it (Chinese, like the documents)."""
    if version is None:
        return "（无评查表）"
    state = "已提交" if version.status == SheetState.SUBMITTED else "草稿"
    lines = [f"状态：{state}", f"最后修改：{version.author} {version.updated_at[:16].replace('T', ' ')}"]
    for e in version.entries:
        page = f"，第 {e['page']} 页" if e.get("page") else ""
        lines.append(f"· {e['item_key']} {e['kind']} {e.get('points') or ''}：{e.get('reason') or ''}{page}")
    if version.remarks:
        lines.append(f"备注：{version.remarks}")
    return "\n".join(lines)


class ConflictsDialog(QDialog):
    resolved = Signal(object)  # Changes

    def __init__(self, workspace: Workspace, campaign: Campaign, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.campaign = workspace, campaign
        self.setWindowTitle(self.tr("Merge conflicts — {name}").format(name=campaign.name))
        self.model = RowsModel(
            [
                Column(self.tr("File or unit"), lambda c: c.subject_label),
                Column(self.tr("Reviewer"), lambda c: c.reviewer),
                Column(
                    self.tr("Kind"),
                    lambda c: self.tr("Kept aside") if c.kind == "aside" else self.tr("Both changed"),
                ),
            ]
        )
        self.view = table_view(self.model)
        self.master = QPlainTextEdit()
        self.incoming = QPlainTextEdit()
        for box in (self.master, self.incoming):
            box.setReadOnly(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (kept in the audit log)"))
        self.message = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.keep_button = buttons.addButton(
            self.tr("Keep master's version"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.take_button = buttons.addButton(
            self.tr("Take reviewer's version"), QDialogButtonBox.ButtonRole.ActionRole
        )
        sides = QHBoxLayout()
        for title, box in (
            (self.tr("Master (in force)"), self.master),
            (self.tr("Reviewer's package"), self.incoming),
        ):
            pane = QVBoxLayout()
            pane.addWidget(QLabel(title))
            pane.addWidget(box, 1)
            sides.addLayout(pane, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(sides, 2)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 640)
        buttons.rejected.connect(self.reject)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())
        self.keep_button.clicked.connect(lambda: self.decide(KEEP_MASTER))
        self.take_button.clicked.connect(lambda: self.decide(TAKE_REVIEWER))
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(open_conflicts(self.workspace.db, self.campaign.id))
        self.view.resizeColumnsToContents()
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.message.good(self.tr("No open conflicts."))
        self.show_current()

    def current(self) -> Conflict | None:
        return self.model.row_at(self.view.currentIndex())

    def show_current(self) -> None:
        conflict = self.current()
        self.master.setPlainText(describe(conflict.master) if conflict else "")
        self.incoming.setPlainText(describe(conflict.incoming) if conflict else "")
        self.keep_button.setEnabled(conflict is not None)
        self.take_button.setEnabled(conflict is not None and conflict.kind != "aside")

    def decide(self, decision: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            changes = resolve(
                self.workspace.db,
                conflict.id,
                decision,
                author=self.workspace.author,
                reason=self.reason.text(),
            )
        except KNOWN_ERRORS as exc:
            self.message.error(error_text(exc))
            return
        self.reason.clear()
        publish(changes, self)
        self.resolved.emit(changes)
        self.reload()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
