"""修改记录: every recorded change to the file in view — who, when, old → new, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.widgets.rows_model import Column, RowsModel
from ui.widgets.table_view import table_view
from workbench.audit.history import HistoryRow, file_history, subject_name
from workbench.campaigns.service import Campaign
from workbench.common.workspace import Workspace


class HistoryDialog(QDialog):
    def __init__(
        self, workspace: Workspace, campaign: Campaign, subject_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        name = subject_name(workspace.db, subject_id)
        self.setWindowTitle(self.tr("Change history — {name}").format(name=name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.model = RowsModel(
            [
                Column(self.tr("Time"), lambda r: r.at, sort_key=lambda r: r.seq),
                Column(self.tr("By"), lambda r: r.author),
                Column(self.tr("What"), lambda r: r.what, tooltip=True),
                Column(self.tr("Change"), lambda r: r.action),
                Column(self.tr("Old"), lambda r: r.old, tooltip=True),
                Column(self.tr("New"), lambda r: r.new, tooltip=True),
                Column(self.tr("Reason"), lambda r: r.reason, tooltip=True),
            ],
            self._rows(workspace, campaign, subject_id),
            self,
        )
        self.view = table_view(self.model, self)
        for column, width in enumerate((140, 80, 200, 110, 220, 220)):
            self.view.setColumnWidth(column, width)
        self.count = QLabel(self.tr("%n change(s) recorded.", "", self.model.rowCount()))
        if not self.model.rowCount():  # not a blank table: say when changes start to appear
            self.count.setText(
                self.tr(
                    "Nothing is recorded on this file yet: every score, submission and decision on it "
                    "appears here."
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(1180, 520)
        self.view.scrollToBottom()  # the latest changes first in sight

    @staticmethod
    def _rows(workspace: Workspace, campaign: Campaign, subject_id: str) -> list[HistoryRow]:
        return file_history(workspace.db, campaign.id, subject_id)
