"""The main window. For now: the campaigns in the database and each one's department ranking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.campaigns import list_campaigns
from workbench.report import campaign_report
from workbench.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(self.tr("Case Review Workbench — {name}").format(name=workspace.path.name))
        self.campaigns = QListWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.ranking = QTableWidget(0, 5)
        self.ranking.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Department"), self.tr("Files"), self.tr("Mean"), self.tr("Grade")]
        )
        self.ranking.verticalHeader().setVisible(False)
        self.ranking.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.summary)
        layout.addWidget(self.ranking)
        splitter = QSplitter()
        splitter.addWidget(self.campaigns)
        splitter.addWidget(right)
        splitter.setSizes([320, 880])
        self.setCentralWidget(splitter)
        self.campaigns.currentItemChanged.connect(self.on_campaign_selected)
        for campaign in list_campaigns(workspace.db):
            item = QListWidgetItem(campaign.name)
            item.setData(Qt.ItemDataRole.UserRole, campaign)
            self.campaigns.addItem(item)
        if self.campaigns.count():
            self.campaigns.setCurrentRow(0)
        else:
            self.summary.setText(self.tr("No campaign yet. Import a case list and create a campaign."))

    def on_campaign_selected(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        report = campaign_report(self.workspace.db, current.data(Qt.ItemDataRole.UserRole))
        s = report["summary"]
        self.summary.setText(
            self.tr(
                "{files} files: {final} final, {awaiting_arbitration} awaiting arbitration, "
                "{in_progress} in progress, {unscored} not scored."
            ).format(**s)
        )
        rows = report["departments"]
        self.ranking.setRowCount(len(rows))
        for r, d in enumerate(rows):
            values = [str(d["rank"]), d["department"], str(d["files"]), f"{d['mean']:.2f}", d["grade"]]
            for c, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if c != 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.ranking.setItem(r, c, cell)
        self.ranking.resizeColumnsToContents()
