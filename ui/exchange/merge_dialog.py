"""活动 → 合并回收包…: choose a result package, see what merging would do, then merge it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.changes import publish
from ui.jobs import Job, JobRunner
from ui.widgets.file_field import FileField
from ui.widgets.message_line import MessageLine
from workbench.common.changes import Changes
from workbench.common.workspace import Workspace
from workbench.exchange import jobs
from workbench.exchange.merge import CONFLICT, MergePlan


class MergeDialog(QDialog):
    merged = Signal(object)  # Changes

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.plan: MergePlan | None = None
        self.setWindowTitle(self.tr("Merge a result package"))
        self.file = FileField()
        self.file.caption = self.tr("Choose a result package")
        self.file.file_filter = self.tr("Result package (*.wbresult)")
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.message = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = buttons.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setEnabled(False)
        self.runner = JobRunner(self, self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Result package from a reviewer's laptop:")))
        layout.addWidget(self.file)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 420)
        buttons.rejected.connect(self.reject)
        self.file.changed.connect(self.forget_preview)
        self.preview_button.clicked.connect(self.show_preview)
        self.merge_button.clicked.connect(self.merge)

    def forget_preview(self) -> None:
        self.plan = None
        self.merge_button.setEnabled(False)
        self.preview.clear()

    def show_preview(self) -> None:
        if (path := self.file.path()) is None:
            self.message.error(self.tr("Choose a result package first."))
            return
        job = Job(jobs.preview_merge, self.workspace.path, path)
        self.runner.run(
            job,
            self.tr("Reading the package…"),
            writes=False,
            after=self.previewed,
            cancelled=self.tr("Cancelled."),
        )

    def previewed(self, plan: MergePlan) -> None:
        self.plan = plan
        self.preview.setPlainText("\n".join(plan.summary_lines()))  # the core's Chinese lines
        self.merge_button.setEnabled(not plan.already_merged)
        if plan.counts()[CONFLICT]:
            self.message.news(
                self.tr("Conflicts keep the master's version; resolve them under Campaign → Conflicts.")
            )

    def merge(self) -> None:
        if self.plan is None or (path := self.file.path()) is None:
            return
        job = Job(jobs.merge, self.workspace.path, path, author=self.workspace.author)
        self.runner.run(
            job,
            self.tr("Merging…"),
            writes=True,
            after=self.done_merging,
            cancelled=self.tr("Cancelled; nothing was merged."),
        )

    def done_merging(self, outcome: tuple[MergePlan, Changes]) -> None:
        plan, changes = outcome
        self.preview.setPlainText("\n".join(plan.summary_lines()))
        self.merge_button.setEnabled(False)
        self.message.good(self.tr("Merged."))
        publish(changes, self)  # every screen showing these files or this campaign refreshes
        self.merged.emit(changes)
