"""Export a campaign's results: what (workbook, sheets, feedback, bulletin, notices), which departments,
where. The export runs off the UI thread under a progress dialog with Cancel; files appear only when
the whole run is complete, and the folder opens when it is done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import messages, show_error
from ui.jobs import Job, JobRunner, ProgressDialog
from ui.settings import UiSettings
from workbench.campaigns.office import get_office
from workbench.campaigns.service import Campaign
from workbench.common.kinds import SubjectKind
from workbench.common.workspace import Workspace
from workbench.exports.checks import BULLETIN, DOCX, FEEDBACK, NOTICES, PDF, SHEETS, XLSX, UnfinishedFiles
from workbench.exports.service import ExportResult, export_job
from workbench.reporting.progress import campaign_progress

FOLDER_KEY = "export/folder"  # the folder of the last export, remembered per user
FORMATS_KEY = "export/formats"  # the document formats of the last export (pdf, docx)
PER_DEPARTMENT = (SHEETS, FEEDBACK, NOTICES)
DOCUMENTS = (SHEETS, FEEDBACK, BULLETIN, NOTICES)  # the kinds that need a format (PDF and/or Word)


class ExportDialog(QDialog):
    """Choose outputs, departments and a folder; Export writes them all or, on Cancel, nothing."""

    exported = Signal(object)  # the ExportResult: paths written

    def __init__(
        self,
        workspace: Workspace,
        campaign: Campaign,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.campaign = campaign
        self.settings = settings or UiSettings()
        self.jobs = JobRunner(self)
        self.jobs.user_error.connect(self._user_error)
        self.jobs.cancelled.connect(self._cancelled)
        self.jobs.busy_changed.connect(self._update)
        self.setWindowTitle(self.tr("Export results — {name}").format(name=campaign.name))

        self.kinds = {
            XLSX: QCheckBox(self.tr("Results workbook (Excel)")),
            SHEETS: QCheckBox(self.tr("Evaluation sheets (one per department; PDF only)")),
            FEEDBACK: QCheckBox(self.tr("Feedback to departments")),
            BULLETIN: QCheckBox(self.tr("Bulletin")),
            NOTICES: QCheckBox(
                self.tr("Rectification notices (numbers are issued and recorded once, whatever the format)")
            ),
        }
        what = QVBoxLayout()
        for box in self.kinds.values():
            box.setChecked(True)
            box.toggled.connect(self._update)
            what.addWidget(box)

        self.formats = {
            PDF: QCheckBox(self.tr("PDF")),
            DOCX: QCheckBox(self.tr("Word (.docx: bulletin, notices, feedback; to finish in Word or WPS)")),
        }
        shapes = QVBoxLayout()
        remembered = str(self.settings.qs.value(FORMATS_KEY, PDF, type=str)).split(",")
        for shape, box in self.formats.items():
            box.setChecked(shape in remembered)
            box.toggled.connect(self._update)
            shapes.addWidget(box)

        self.departments = QListWidget()
        for row in campaign_progress(workspace.db, campaign):
            item = QListWidgetItem(row.department)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.departments.addItem(item)
        self.departments.itemChanged.connect(self._update)
        all_button = QPushButton(self.tr("Select all"))
        none_button = QPushButton(self.tr("Select none"))
        for button, state in ((all_button, Qt.CheckState.Checked), (none_button, Qt.CheckState.Unchecked)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, state=state: self.check_all(state))
        choose = QHBoxLayout()
        choose.addWidget(all_button)
        choose.addWidget(none_button)
        choose.addStretch(1)

        self.folder = QLineEdit(self._remembered_folder())
        self.folder.setClearButtonEnabled(True)
        self.folder.textChanged.connect(self._update)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("What:"), what)
        form.addRow(self.tr("Formats:"), shapes)
        departments = QVBoxLayout()
        departments.addWidget(self.departments, 1)
        departments.addLayout(choose)
        units = campaign.subject_kind == SubjectKind.UNIT  # a supervision round exports per unit inspected
        form.addRow(self.tr("Units inspected:") if units else self.tr("Departments:"), departments)
        form.addRow(self.tr("Folder:"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(620, 560)
        self._update()

    # --- choices ------------------------------------------------------------------------------------

    def chosen_kinds(self) -> list[str]:
        """The outputs ticked; evaluation sheets only with PDF among the formats (they have no Word twin)."""
        pdf = PDF in self.chosen_formats()
        return [kind for kind, box in self.kinds.items() if box.isChecked() and (kind != SHEETS or pdf)]

    def chosen_formats(self) -> list[str]:
        return [shape for shape, box in self.formats.items() if box.isChecked()]

    def set_formats(self, formats: list[str]) -> None:
        for shape, box in self.formats.items():
            box.setChecked(shape in formats)

    def set_kinds(self, kinds: list[str]) -> None:
        for kind, box in self.kinds.items():
            box.setChecked(kind in kinds)

    def _items(self) -> list[QListWidgetItem]:
        return [self.departments.item(n) for n in range(self.departments.count())]

    def chosen_departments(self) -> list[str] | None:
        """The checked departments; None when all are checked (every department with final scores)."""
        items = self._items()
        checked = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
        return None if len(checked) == len(items) else checked

    def check_all(self, state: Qt.CheckState) -> None:
        for item in self._items():
            item.setCheckState(state)

    def chosen_folder(self) -> Path | None:
        text = self.folder.text().strip().strip('"')
        return Path(text) if text else None

    def set_folder(self, folder: Path | str) -> None:
        self.folder.setText(str(folder))

    def browse(self) -> None:
        start = str(self.chosen_folder() or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the export folder"), start)
        if chosen:
            self.set_folder(chosen)

    def _remembered_folder(self) -> str:
        saved = str(self.settings.qs.value(FOLDER_KEY, "", type=str))
        if saved:
            return saved
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents or str(Path.home())

    def _update(self, *_args: object) -> None:
        kinds = self.chosen_kinds()
        departments = self.chosen_departments()
        needs_departments = any(k in PER_DEPARTMENT for k in kinds)
        needs_format = any(k in DOCUMENTS for k in kinds)
        ready = (
            bool(kinds)
            and self.chosen_folder() is not None
            and not (needs_departments and departments == [])
            and not (needs_format and not self.chosen_formats())
            and self.job is None
        )
        self.export_button.setEnabled(ready)
        for widget in (*self.kinds.values(), *self.formats.values(), self.departments, self.folder):
            widget.setEnabled(self.job is None)
        self.kinds[SHEETS].setEnabled(self.job is None and PDF in self.chosen_formats())

    # --- the job ------------------------------------------------------------------------------------

    @property
    def job(self) -> Job | None:
        return self.jobs.job

    def is_busy(self) -> bool:
        return self.jobs.is_busy()

    def start_export(self, *, allow_unfinished: bool = False) -> None:
        folder = self.chosen_folder()
        kinds = self.chosen_kinds()
        if folder is None or not kinds or self.job is not None:
            return
        if (BULLETIN in kinds or NOTICES in kinds) and get_office(self.workspace.db) is None:
            self.ask_office()  # first-run step: numbered documents need the issuing office
            return
        job = Job(
            export_job,
            self.workspace.path,
            self.campaign.id,
            folder,
            kinds,
            departments=self.chosen_departments(),
            author=self.workspace.author,
            formats=self.chosen_formats() or [PDF],
            allow_unfinished=allow_unfinished,
        )
        self.status.clear()
        label = self.tr("Exporting {name}…").format(name=folder)
        # issuing notices writes to the database
        self.jobs.run(job, label, writes=NOTICES in kinds, after=self._finished)

    @property
    def progress_dialog(self) -> ProgressDialog | None:
        return self.jobs.progress_dialog

    def _finished(self, result: ExportResult) -> None:
        folder = self.chosen_folder()
        if folder is not None:
            self.settings.qs.setValue(FOLDER_KEY, str(folder))
            self.settings.qs.setValue(FORMATS_KEY, ",".join(self.chosen_formats()))
            self.settings.qs.sync()
        self.exported.emit(result)
        if result.notes:
            text = self.tr("%n file(s) exported to {folder}.", "", len(result)).format(folder=folder)
            messages.inform(self, self.tr("Export finished"), text, "\n".join(result.notes))
        if folder is not None:
            self.open_folder(folder)
        self.accept()

    def _cancelled(self, _text: str) -> None:
        self.status.setText(self.tr("Export cancelled; no file was written."))

    def _user_error(self, exc: BaseException) -> None:
        if isinstance(exc, UnfinishedFiles):  # the organiser may confirm; the bulletin then says so
            question = self.tr(
                "Issue the numbered documents anyway? The bulletin will state how many are not final."
            )
            if messages.ask(self, self.tr("Files not final"), f"{exc.message}\n\n{question}"):
                self.start_export(allow_unfinished=True)
            return
        show_error(self, exc)

    def ask_office(self) -> None:
        from ui.documents.office_dialog import OfficeDialog

        dialog = OfficeDialog(self.workspace, self)
        dialog.saved.connect(lambda _office: self.start_export())
        dialog.open()

    def open_folder(self, folder: Path) -> None:
        """Show the exported files in the system's file manager (tests replace this)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def done(self, result: int) -> None:
        self.jobs.cancel()  # closed while exporting: stop; the run's files are removed
        super().done(result)
