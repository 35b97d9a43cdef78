"""The draw (双随机): a published seed, quotas per department, unit-chosen files; run it off the UI thread,
see the drawn files and the population hash, and verify the recorded draw against the current case list."""

from __future__ import annotations

import secrets
from collections import Counter
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.errors import messages
from ui.jobs import Job, JobRunner
from ui.widgets.message_line import MessageLine
from ui.widgets.rows_model import Column, RowsModel
from ui.widgets.table_view import table_view
from ui.widgets.time_text import local_time
from workbench.assignment.jobs import draw_files, verify_draw
from workbench.campaigns.service import Campaign
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.draw.algorithm import UNIT_CHOSEN, DrawnFile, DrawPlan, parse_share, validate
from workbench.draw.service import DrawRecord, VerifyReport, latest_draw


def _selection(f: DrawnFile) -> str:
    """A module function, not a method: a model holding a bound method of its dialog would make a cycle."""
    if f.selection == UNIT_CHOSEN:
        return QCoreApplication.translate("DrawDialog", "Chosen by the unit")
    return QCoreApplication.translate("DrawDialog", "Random")


def new_seed() -> str:
    """Twenty random digits: easy to read out, publish and type in again."""
    return f"{secrets.randbelow(10**20):020d}"


class DrawDialog(QDialog):
    drawn = Signal(object)  # the DrawRecord just made

    def __init__(self, workspace: Workspace, campaign: Campaign, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.campaign = workspace, campaign
        self.record: DrawRecord | None = None
        self.report: VerifyReport | None = None
        self.setWindowTitle(self.tr("Draw files — {name}").format(name=campaign.name))
        self.seed = QLineEdit()
        self.seed.setPlaceholderText(self.tr("Publish the seed before the draw, so anyone can repeat it"))
        self.generate_button = QPushButton(self.tr("Generate"))
        self.by_count = QRadioButton(self.tr("Files per department:"))
        self.by_share = QRadioButton(self.tr("Share of each department:"))
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_share)
        self.by_count.setChecked(True)
        self.count = QSpinBox()
        self.count.setRange(0, 100_000)
        self.count.setValue(3)
        self.share = QLineEdit("10%")
        self.share.setToolTip(self.tr("A fraction (0.1) or a percentage (10%)"))
        self.minimum = self._count_spin(self.tr("no minimum"))
        self.maximum = self._count_spin(self.tr("no maximum"))
        self.draw_departments = QCheckBox(self.tr("Draw departments too; how many:"))
        self.departments = QSpinBox()
        self.departments.setRange(1, 10_000)
        self.unit_chosen = QPlainTextEdit()
        self.unit_chosen.setPlaceholderText(
            self.tr("Case numbers the departments chose themselves, one a line")
        )
        self.unit_chosen.setMaximumHeight(80)
        self.message = MessageLine()
        self.summary = MessageLine()
        self.model = RowsModel(
            [
                Column(self.tr("Department"), lambda f: f.group),
                Column(self.tr("Rank"), lambda f: f.rank),
                Column(self.tr("Case number"), lambda f: f.case_number),
                Column(self.tr("Selection"), _selection),
            ]
        )
        self.table = table_view(self.model)
        self.verification = QListWidget()
        self.verification.setWordWrap(True)
        self.verification.hide()  # until a verification has something to say
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.run_button = self.buttons.addButton(self.tr("Run the draw"), role)
        self.verify_button = self.buttons.addButton(self.tr("Verify"), role)
        self.jobs = JobRunner(self, self.message)
        self._lay_out()

        self.generate_button.clicked.connect(self.generate_seed)
        self.by_count.toggled.connect(self._update_enabled)
        self.draw_departments.toggled.connect(self._update_enabled)
        self.run_button.clicked.connect(self.run_draw)
        self.verify_button.clicked.connect(self.verify)
        self.buttons.rejected.connect(self.reject)
        self.jobs.busy_changed.connect(self._update_enabled)
        if (record := latest_draw(workspace.db, campaign)) is not None:
            self._show_plan(record.plan)
            self._show_record(record)
        else:  # say why the list is empty, and what the list will hold
            self.summary.news(
                self.tr(
                    "No draw yet: until one is run, the campaign covers all its files. Publish a seed "
                    "(or Generate one), choose how many files per department, then Run the draw."
                )
            )
        self._update_enabled()

    def generate_seed(self) -> None:
        self.seed.setText(new_seed())

    def _count_spin(self, none: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 100_000)
        spin.setSpecialValueText(none)  # 0: not set
        return spin

    def _lay_out(self) -> None:
        seed = QHBoxLayout()
        seed.addWidget(self.seed, 1)
        seed.addWidget(self.generate_button)
        departments = QHBoxLayout()
        departments.addWidget(self.draw_departments)
        departments.addWidget(self.departments)
        departments.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Seed:"), seed)
        form.addRow(self.by_count, self.count)
        form.addRow(self.by_share, self.share)
        form.addRow(self.tr("At least, per department:"), self.minimum)
        form.addRow(self.tr("At most, per department:"), self.maximum)
        form.addRow(departments)
        form.addRow(self.tr("Files chosen by the unit:"), self.unit_chosen)
        results = QSplitter()
        results.addWidget(self.table)
        results.addWidget(self.verification)
        results.setSizes([560, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(results, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 720)

    def _update_enabled(self) -> None:
        idle = not self.jobs.is_busy()
        self.count.setEnabled(self.by_count.isChecked())
        self.share.setEnabled(self.by_share.isChecked())
        self.departments.setEnabled(self.draw_departments.isChecked())
        self.run_button.setEnabled(idle)
        self.verify_button.setEnabled(idle and self.record is not None)

    # --- the plan --------------------------------------------------------------------------------------

    def plan(self) -> DrawPlan:
        """The plan on screen; a UserError names what is wrong with it."""
        share: Decimal | None = None
        if self.by_share.isChecked():
            share = parse_share(self.share.text())
        chosen = tuple(line.strip() for line in self.unit_chosen.toPlainText().splitlines() if line.strip())
        plan = DrawPlan(
            seed=self.seed.text().strip(),
            per_department=self.count.value() if self.by_count.isChecked() else None,
            share=share,
            minimum=self.minimum.value() or None,
            maximum=self.maximum.value() or None,
            departments=self.departments.value() if self.draw_departments.isChecked() else None,
            unit_chosen=chosen,
        )
        validate(plan)
        return plan

    def _show_plan(self, plan: DrawPlan) -> None:
        self.seed.setText(plan.seed)
        self.by_share.setChecked(plan.share is not None)
        self.by_count.setChecked(plan.share is None)
        if plan.share is not None:
            self.share.setText(format((plan.share * 100).normalize(), "f") + "%")  # 0.5 → 50%, 1 → 100%
        if plan.per_department is not None:
            self.count.setValue(plan.per_department)
        self.minimum.setValue(plan.minimum or 0)
        self.maximum.setValue(plan.maximum or 0)
        self.draw_departments.setChecked(plan.departments is not None)
        self.departments.setValue(plan.departments or 1)
        self.unit_chosen.setPlainText("\n".join(plan.unit_chosen))

    # --- running and verifying -------------------------------------------------------------------------

    def run_draw(self) -> None:
        try:
            plan = self.plan()
        except KNOWN_ERRORS as exc:
            self.message.user_error(exc)
            return
        if self.record is not None and not messages.ask(
            self,
            self.tr("Draw files"),
            self.tr("Replace the recorded draw (seed {seed}) with a new one?").format(seed=self.record.seed),
        ):
            return
        job = Job(draw_files, self.workspace.path, self.campaign.id, plan, author=self.workspace.author)
        self.jobs.run(
            job,
            self.tr("Drawing files…"),
            writes=True,
            after=self._drawn,
            cancelled=self.tr("Draw cancelled; nothing was recorded."),
        )

    def _drawn(self, record: DrawRecord) -> None:
        self._show_record(record)
        self.drawn.emit(record)

    def _show_record(self, record: DrawRecord) -> None:
        self.record = record
        self.model.set_rows(record.drawn)
        self.table.resizeColumnsToContents()
        per = Counter(f.group for f in record.drawn)
        nameless = self.tr("(no department)")
        counts = "、".join(f"{dept or nameless} {n}" for dept, n in sorted(per.items()))
        lines = [
            self.tr("Seed: {seed}; algorithm: {algorithm}").format(
                seed=record.seed, algorithm=record.algorithm
            ),
            self.tr("Population: {size} files, SHA-256 {hash}").format(
                size=record.population_size, hash=record.population_hash
            ),
            self.tr("Drawn: {drawn} files by {operator} at {at}").format(
                drawn=len(record.drawn), operator=record.operator, at=local_time(record.created_at)
            ),
            self.tr("Per department: {counts}").format(counts=counts or "—"),
        ]
        self.summary.news("\n".join(lines))
        self.verification.clear()
        self.verification.hide()
        self._update_enabled()

    def drawn_per_department(self) -> dict[str, int]:
        """What the table shows, counted by department (for people checking quotas, and for tests)."""
        return dict(Counter(f.group for f in self.model.rows))

    def verify(self) -> None:
        job = Job(verify_draw, self.workspace.path, self.campaign.id)
        self.jobs.run(job, self.tr("Verifying the draw…"), writes=False, after=self._verified, cancelled="")

    def _verified(self, report: VerifyReport) -> None:
        self.report = report
        self.verification.clear()
        self.verification.addItems(report.lines())  # the core's Chinese report, 一致 or each difference
        self.verification.show()
        if report.ok:
            self.message.good(self.tr("Verified: the recorded draw matches."))
        else:
            self.message.error(self.tr("The recorded draw differs from a new derivation; see the list."))

    def done(self, result: int) -> None:
        self.jobs.cancel()  # closed while drawing: the job stops unless it has begun writing
        super().done(result)
