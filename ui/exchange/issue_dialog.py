"""活动 → 分发任务包…: choose reviewers and a folder; each gets a sealed package and a passphrase.

The passphrases are shown once, here, and can be saved as a handover sheet (PDF) to print; they are
stored nowhere else.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.jobs import Job, JobRunner
from ui.widgets.message_line import MessageLine
from ui.widgets.rows_model import Column, RowsModel
from ui.widgets.table_view import table_view
from workbench.campaigns.service import Campaign
from workbench.common.workspace import Workspace
from workbench.exchange.issue import IssuedPackage, issue_task_packages
from workbench.exchange.status import package_status
from workbench.reporting.dashboard import campaign_dashboard


class IssueDialog(QDialog):
    def __init__(self, workspace: Workspace, campaign: Campaign, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.campaign = workspace, campaign
        self.issued: list[IssuedPackage] = []
        self.setWindowTitle(self.tr("Issue task packages — {name}").format(name=campaign.name))
        self.reviewers = QListWidget()
        status = {s.reviewer: s for s in package_status(workspace.db, campaign)}
        for row in campaign_dashboard(workspace.db, campaign).reviewers:
            if not row.assigned:
                continue
            seen = status.get(row.name)
            note = (
                self.tr("issued {n}×, last {at}").format(n=seen.issued, at=seen.last_issued)
                if seen and seen.issued
                else self.tr("not issued yet")
            )
            item = QListWidgetItem(f"{row.name}（{row.department}，{row.assigned}）— {note}")
            item.setData(Qt.ItemDataRole.UserRole, row.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.reviewers.addItem(item)
        self.folder = QLineEdit(str(workspace.path.parent / f"{campaign.name}-任务包"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_folder)
        self.no_scans = QCheckBox(self.tr("Leave the scans out (smaller packages)"))
        self.message = MessageLine()
        self.results = RowsModel(
            [
                Column(self.tr("Reviewer"), lambda p: p.reviewer),
                Column(self.tr("Passphrase"), lambda p: p.passphrase),
                Column(self.tr("Package file"), lambda p: p.path.name),
            ]
        )
        self.results_view = table_view(self.results)
        self.results_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.issue_button = buttons.addButton(self.tr("Issue"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sheet_button = buttons.addButton(
            self.tr("Save handover sheet…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sheet_button.setEnabled(False)
        self.runner = JobRunner(self, self.message)

        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder:")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reviewers with assigned files (untick those who need no package):")))
        layout.addWidget(self.reviewers, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.no_scans)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Hand each reviewer their passphrase separately from the package:")))
        layout.addWidget(self.results_view, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
        buttons.rejected.connect(self.reject)
        self.issue_button.clicked.connect(self.issue)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.runner.busy_changed.connect(
            lambda busy: self.issue_button.setEnabled(not busy and self.reviewers.count() > 0)
        )
        if not self.reviewers.count():  # nothing to issue: say what comes first
            self.issue_button.setEnabled(False)
            self.message.news(
                self.tr(
                    "No reviewer has files assigned yet: assign reviewers first (Campaign → Assign "
                    "reviewers…), then issue their packages."
                )
            )

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the packages"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def chosen(self) -> list[str]:
        items = (self.reviewers.item(i) for i in range(self.reviewers.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def issue(self) -> None:
        names = self.chosen()
        if not names:
            self.message.error(self.tr("Tick at least one reviewer."))
            return
        job = Job(
            issue_task_packages,
            self.workspace.path,
            self.campaign.id,
            names,
            Path(self.folder.text().strip()),
            author=self.workspace.author,
            scans=not self.no_scans.isChecked(),
        )
        self.runner.run(
            job,
            self.tr("Issuing task packages…"),
            writes=True,
            after=self.show_issued,
            cancelled=self.tr("Cancelled; the packages already written are listed."),
        )

    def show_issued(self, issued: list[IssuedPackage]) -> None:
        self.issued = issued
        self.results.set_rows(issued)
        self.results_view.resizeColumnsToContents()
        self.sheet_button.setEnabled(bool(issued))
        self.message.good(
            self.tr("%n package(s) written to {folder}.", "", len(issued)).format(folder=self.folder.text())
        )

    def save_sheet(self, _checked: bool = False, path: Path | None = None) -> Path | None:
        """The handover sheet: one line per reviewer with the file name and the passphrase."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save handover sheet"),
                str(Path(self.folder.text()) / f"{self.campaign.name}-任务包交接单.pdf"),
                "PDF (*.pdf)",
            )
            if not chosen:
                return None
            path = Path(chosen)
        rows = "".join(
            f"<tr><td>{p.reviewer}</td><td><b>{p.passphrase}</b></td><td>{p.path.name}</td>"
            "<td>&nbsp;</td></tr>"
            for p in self.issued
        )
        html = (
            f"<h2 align='center'>{self.campaign.name}</h2><h3 align='center'>任务包交接单</h3>"
            "<table border='1' cellpadding='6' cellspacing='0' width='100%'>"
            "<tr><th>评查人员</th><th>口令</th><th>任务包文件</th><th>签收</th></tr>"
            f"{rows}</table><p>口令请当面交给评查人员，不要与任务包放在同一个 U 盘或同一封邮件中。</p>"
        )
        writer = QPdfWriter(str(path))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 20, 20, 20),
            )
        )
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)
        self.message.good(self.tr("Handover sheet saved: {path}").format(path=path))
        return path
