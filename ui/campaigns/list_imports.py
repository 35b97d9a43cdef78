"""Import a reviewer list (姓名, 所在单位, 角色) or a bulk assignment (案号, 评查人): preview what would be
written, see every bad row by number, then apply all or nothing (the pattern of ui/imports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from ui.errors import messages
from ui.jobs import Job
from ui.widgets.import_dialog import ImportDialog
from workbench.assignment.jobs import import_assignment_file, import_reviewer_file
from workbench.assignment.reviewers import ReviewersImportResult
from workbench.assignment.service import AssignmentsImportResult
from workbench.campaigns.service import Campaign
from workbench.common.kinds import SubjectKind
from workbench.common.workspace import Workspace
from workbench.review.jobs import import_paper_scores
from workbench.review.paper_import import ScoresImportResult


class ListImportDialog(ImportDialog):
    """A file, a preview of the core's Chinese summary lines, and the import.

    Its own strings go through QCoreApplication.translate("ListImportDialog", ...): self.tr() would look
    them up under the subclass's name, where lupdate never puts them.
    """

    imported = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.file.file_filter = QCoreApplication.translate(
            "ListImportDialog", "Spreadsheets (*.xlsx *.xls *.csv)"
        )
        self.summary = QListWidget()
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.hint = QLabel()  # the columns the file needs (set by each dialog): what to do, before a file
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ListImportDialog", "File:"), self.file)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 460)

    def make_job(self, *, dry_run: bool) -> Job:
        raise NotImplementedError

    def has_changes(self, result: object) -> bool:
        raise NotImplementedError

    def done_text(self, result: object) -> str:
        raise NotImplementedError

    def preview(self) -> None:
        path = self.require_path()
        if path is None:
            return
        self.invalidate()
        self.run_job(
            self.make_job(dry_run=True),
            QCoreApplication.translate("ListImportDialog", "Reading {name}…").format(name=path.name),
            writes=False,
            after=self._show_preview,
            cancelled=QCoreApplication.translate("ListImportDialog", "Preview cancelled."),
        )

    def _show_preview(self, result: ReviewersImportResult | AssignmentsImportResult) -> None:
        self.summary.clear()
        self.summary.addItems(result.summary())
        self.summary.show()
        self.set_ready(self.has_changes(result))

    def clear_preview(self) -> None:
        self.summary.clear()
        self.summary.hide()

    def start_import(self) -> None:
        path = self.require_path()
        if path is None:
            return
        self.run_job(
            self.make_job(dry_run=False),
            QCoreApplication.translate("ListImportDialog", "Importing {name}…").format(name=path.name),
            writes=True,
            after=self._imported,
            cancelled=QCoreApplication.translate(
                "ListImportDialog", "Import cancelled; nothing was written."
            ),
        )

    def _imported(self, result: ReviewersImportResult | AssignmentsImportResult) -> None:
        messages.inform(self, self.windowTitle(), self.done_text(result), "\n".join(result.summary()))
        self.imported.emit()
        self.accept()


class ReviewerImportDialog(ListImportDialog):
    """评查人员名单: columns 姓名, 所在单位 and optionally 角色 (组长 / 评查人员)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Import reviewers"))
        self.file.caption = self.tr("Choose a reviewer list")
        self.hint.setText(
            self.tr(
                "A spreadsheet with the columns 姓名 and 所在单位, optionally 角色 (组长 or 评查人员) and "
                "回避单位. Choose it, Preview, then Import."
            )
        )

    def make_job(self, *, dry_run: bool) -> Job:
        path = self.path()
        return Job(
            import_reviewer_file, self.workspace.path, path, author=self.workspace.author, dry_run=dry_run
        )

    def has_changes(self, result: ReviewersImportResult) -> bool:
        return bool(result.added)

    def done_text(self, result: ReviewersImportResult) -> str:
        return self.tr("Imported %n reviewer(s).", "", len(result.added))


class AssignmentImportDialog(ListImportDialog):
    """Bulk assignment: columns 案号 and 评查人; the files listed get exactly the reviewers listed."""

    def __init__(self, workspace: Workspace, campaign: Campaign, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.campaign = campaign
        self.setWindowTitle(self.tr("Import assignments"))
        self.file.caption = self.tr("Choose an assignment sheet")
        self.hint.setText(
            self.tr(
                "A spreadsheet with the columns 案号 and 评查人: the files listed get exactly the reviewers "
                "listed. Choose it, Preview, then Import."
            )
        )

    def make_job(self, *, dry_run: bool) -> Job:
        return Job(
            import_assignment_file,
            self.workspace.path,
            self.campaign.id,
            self.path(),
            author=self.workspace.author,
            dry_run=dry_run,
        )

    def has_changes(self, result: AssignmentsImportResult) -> bool:
        return bool(result.pairs)

    def done_text(self, result: AssignmentsImportResult) -> str:
        return self.tr("Assigned reviewers to %n file(s).", "", result.files)


class PaperScoreImportDialog(ListImportDialog):
    """Paper score sheets typed into a spreadsheet: 案号, 评查项目, 扣分, 理由 (页码, 评查人).
    Previewed; any bad row named; imported all or nothing."""

    def __init__(self, workspace: Workspace, campaign: Campaign, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.campaign = campaign
        self.setWindowTitle(self.tr("Import paper score sheets"))
        self.file.caption = self.tr("Choose the typed score sheets")
        subject = "被督察单位" if campaign.subject_kind == SubjectKind.UNIT else "案号"
        self.hint.setText(
            self.tr(
                "A spreadsheet with one row per deduction and the columns {subject}, 评查项目, 扣分 and 理由 "
                "(optionally 页码 and 评查人); a file without deductions is one row with 评查项目 无扣分. "
                "Choose it, Preview, then Import: all rows or none."
            ).format(subject=subject)
        )

    def make_job(self, *, dry_run: bool) -> Job:
        return Job(
            import_paper_scores,
            self.workspace.path,
            self.campaign.id,
            self.path(),
            author=self.workspace.author,
            dry_run=dry_run,
        )

    def has_changes(self, result: ScoresImportResult) -> bool:
        return bool(result.sheets)

    def done_text(self, result: ScoresImportResult) -> str:
        return self.tr("Imported %n score sheet(s).", "", result.sheets)
