"""Set up a campaign (评查活动) or a supervision round (督察轮次): name, year, frozen standard or checklist,
departments or units in scope, notice prefix, reviewers per subject and the recheck rule (复核规则).
Editing an existing one changes only its settings."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.campaigns.scope_list import ScopeList
from ui.changes import publish
from ui.widgets.message_line import MessageLine
from workbench.campaigns.recheck_rule import RecheckRule, rule_from_dict
from workbench.campaigns.service import Campaign, create_campaign, update_settings
from workbench.campaigns.supervision import create_round
from workbench.cases.jobs import department_names
from workbench.common.kinds import SubjectKind
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.reporting.progress import campaign_progress
from workbench.standards.model import CHECKLIST
from workbench.standards.service import list_standards

NONE = -1.0  # the spin boxes' "none" value, shown as text
BAD_PREFIX = re.compile(r"[\s\d〔〕\[\]()（）]")


def _amount(spin: QDoubleSpinBox) -> Decimal | None:
    """A spin's value as an exact Decimal (60, 7.5); None at the "none" value."""
    value = round(spin.value(), 1)
    if value <= NONE:
        return None
    return Decimal(int(value)) if value == int(value) else Decimal(f"{value:.1f}")


class CampaignSetupDialog(QDialog):
    """New campaign or round when `campaign` is None; otherwise its settings (name, standard, scope fixed)."""

    saved = Signal(object)  # the Campaign as stored

    def __init__(self, workspace: Workspace, campaign: Campaign | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.campaign = workspace, campaign
        if campaign is None:
            self.setWindowTitle(self.tr("New campaign"))
        elif campaign.subject_kind == SubjectKind.UNIT:
            self.setWindowTitle(self.tr("Supervision round settings"))
        else:
            self.setWindowTitle(self.tr("Campaign settings"))
        self.name = QLineEdit()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.case_review = QRadioButton(self.tr("Case-file review"))
        self.round_choice = QRadioButton(self.tr("Supervision round"))
        self.round_choice.setToolTip(
            self.tr("Inspect units (departments, lower governments) against a checklist")
        )
        self.case_review.setChecked(campaign is None or campaign.subject_kind != SubjectKind.UNIT)
        self.round_choice.setChecked(not self.case_review.isChecked())
        # (summary, kind) of every stored version: the combo shows those of the chosen kind
        self._standards = [(s, s.kind) for s in list_standards(workspace.db)]
        self.standard = QComboBox()
        self.scope = ScopeList()
        self.departments = self.scope.list
        self.doc_prefix = QLineEdit()
        self.doc_prefix.setPlaceholderText(self.tr("e.g. 鄂州司函"))
        self.doc_prefix.setToolTip(
            self.tr("The issuing office's abbreviation in notice numbers: 鄂州司函〔2026〕3号")
        )
        self.per_file = QSpinBox()
        self.per_file.setRange(1, 3)
        self.reasons_optional = QCheckBox(self.tr("A deduction may be submitted without a reason"))
        self.reasons_optional.setToolTip(
            self.tr(
                "Off (the default): Submit refuses a deduction without a reason, which the documents quote"
            )
        )
        self.below = self._amount_spin(self.tr("Recheck a file when any reviewer's total is below this line"))
        self.grades_differ = QCheckBox(self.tr("Recheck when the reviewers' grades differ"))
        self.gap = self._amount_spin(self.tr("Recheck when the reviewers' totals differ by more than this"))
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        self.standard_label, self.scope_label, self.per_file_label = QLabel(), QLabel(), QLabel()
        kinds = QHBoxLayout()
        kinds.addWidget(self.case_review)
        kinds.addWidget(self.round_choice)
        kinds.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), kinds)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.standard_label, self.standard)
        form.addRow(self.scope_label, self.scope)
        form.addRow(self.tr("Notice prefix:"), self.doc_prefix)
        form.addRow(self.per_file_label, self.per_file)
        form.addRow(self.reasons_optional)
        rule = QFormLayout()
        rule.addRow(self.tr("Any total below:"), self.below)
        rule.addRow(self.grades_differ)
        rule.addRow(self.tr("Totals apart by more than:"), self.gap)
        box = QGroupBox(self.tr("Recheck rule"))
        box.setLayout(rule)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 620)

        self._fill(campaign)
        self._kind_changed()
        for signal in (self.name.textChanged, self.doc_prefix.textChanged):
            signal.connect(self.validate)
        self.name.textChanged.connect(self._year_from_name)
        self.standard.currentIndexChanged.connect(self.validate)
        self.scope.changed.connect(self.validate)
        self.round_choice.toggled.connect(self._kind_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.validate()

    def _amount_spin(self, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(NONE, 1000)
        spin.setDecimals(1)
        spin.setSingleStep(1)
        spin.setSpecialValueText(self.tr("none"))  # shown at the minimum
        spin.setToolTip(tip)
        return spin

    def _fill(self, campaign: Campaign | None) -> None:
        db = self.workspace.db
        if campaign is None:
            names = department_names(db)
            self.year.setValue(date.today().year)
            self.per_file.setValue(2)  # blind double scoring, as the services default to
            rule = rule_from_dict(None)
        else:
            names = [r.department for r in campaign_progress(db, campaign)]
            self.name.setText(campaign.name)
            self.year.setValue(campaign.year)
            self.doc_prefix.setText(campaign.doc_prefix)
            self.per_file.setValue(campaign.reviewers_per_file)
            self.reasons_optional.setChecked(campaign.reasons_optional)
            rule = rule_from_dict(campaign.recheck_rule)
            for widget in (
                self.case_review,
                self.round_choice,
                self.name,
                self.year,
                self.standard,
                self.scope,
            ):
                widget.setEnabled(False)  # frozen with the campaign
            self.name.setToolTip(self.tr("Name, year, standard and departments are fixed once it exists."))
        self.scope.set_names(names, self.tr("(no department)"))
        self.below.setValue(NONE if rule.below is None else float(rule.below))
        self.grades_differ.setChecked(rule.grades_differ)
        self.gap.setValue(NONE if rule.gap is None else float(rule.gap))

    def is_round(self) -> bool:
        return self.round_choice.isChecked()

    def _kind_changed(self) -> None:
        """Relabel the form for case files or units, and list only standards of that kind."""
        rounds = self.is_round()
        kept = self.campaign.standard_id if self.campaign is not None else self.standard.currentData()
        self.standard.blockSignals(True)
        self.standard.clear()
        for s, kind in self._standards:
            if (kind == CHECKLIST) == rounds:
                label = self.tr("{name} (version {version}, {items} items)")
                self.standard.addItem(label.format(name=s.name, version=s.version, items=s.items), s.id)
        self.standard.setCurrentIndex(max(0, self.standard.findData(kept)))
        self.standard.blockSignals(False)
        self.standard_label.setText(self.tr("Checklist:") if rounds else self.tr("Scoring standard:"))
        self.scope_label.setText(self.tr("Units inspected:") if rounds else self.tr("Departments reviewed:"))
        self.per_file_label.setText(
            self.tr("Inspectors per unit:") if rounds else self.tr("Reviewers per file:")
        )
        if self.campaign is None:  # a review covers every department by default; a round, the units picked
            self.scope.check_known(not rounds)
            self.scope.set_adding(rounds)
        else:
            self.scope.set_adding(False)
        self.validate()

    def _year_from_name(self, text: str) -> None:
        if text[:4].isdigit() and 2000 <= int(text[:4]) <= 2100:
            self.year.setValue(int(text[:4]))

    # --- values ----------------------------------------------------------------------------------------

    def checked_departments(self) -> list[str]:
        """The departments (or, for a round, the units) checked."""
        return self.scope.checked()

    def recheck_rule(self) -> RecheckRule:
        return RecheckRule(_amount(self.below), self.grades_differ.isChecked(), _amount(self.gap))

    def problems(self) -> list[str]:
        """What keeps OK disabled, in the UI language."""
        out = []
        if not self.name.text().strip():
            out.append(self.tr("Enter the campaign's name."))
        if self.standard.currentData() is None and self.is_round():
            out.append(self.tr("Choose a checklist; import one first (File → Import standard…)."))
        elif self.standard.currentData() is None:
            out.append(self.tr("Choose a scoring standard; import one first (File → Import standard…)."))
        if self.campaign is None and self.scope.is_empty():
            out.append(
                self.tr("Type the units to inspect and add them.")
                if self.is_round()
                else self.tr(
                    "There are no case files yet: import a case list first (File → Import case list…)."
                )
            )
        elif self.campaign is None and not self.checked_departments():
            out.append(
                self.tr("Choose at least one unit.")
                if self.is_round()
                else self.tr("Choose at least one department.")
            )
        if BAD_PREFIX.search(self.doc_prefix.text().strip()):
            out.append(
                self.tr(
                    "The notice prefix is the office's abbreviation only (e.g. 鄂州司函): "
                    "no spaces, digits or brackets; the year and number are added to it."
                )
            )
        return out

    def validate(self) -> bool:
        problems = self.problems()
        self.ok_button.setEnabled(not problems)
        if problems:
            self.message.error("\n".join(problems))
        else:
            self.message.clear()
        return not problems

    # --- saving ----------------------------------------------------------------------------------------

    def accept(self) -> None:
        if not self.validate():
            return
        db, author = self.workspace.db, self.workspace.author
        try:
            if self.campaign is None and self.is_round():
                done = create_round(
                    db,
                    self.name.text().strip(),
                    checklist=self.standard.currentData(),
                    units=self.checked_departments(),
                    author=author,
                    year=self.year.value(),
                    doc_prefix=self.doc_prefix.text(),
                    reviewers_per_file=self.per_file.value(),
                    recheck_rule=self.recheck_rule(),
                )
            elif self.campaign is None:
                chosen = self.checked_departments()
                every = self.scope.all_checked()
                done = create_campaign(
                    db,
                    self.name.text().strip(),
                    standard=self.standard.currentData(),
                    author=author,
                    year=self.year.value(),
                    department_names=None if every else chosen,
                    doc_prefix=self.doc_prefix.text(),
                    reviewers_per_file=self.per_file.value(),
                    recheck_rule=self.recheck_rule(),
                )
            else:
                done = update_settings(
                    db,
                    self.campaign,
                    author=author,
                    doc_prefix=self.doc_prefix.text(),
                    reviewers_per_file=self.per_file.value(),
                    recheck_rule=self.recheck_rule(),
                    reasons_optional=self.reasons_optional.isChecked(),
                )
            campaign, changes = done.value, done.changes
            if self.reasons_optional.isChecked() != campaign.reasons_optional:  # a new campaign or round
                again = update_settings(db, campaign, author=author, reasons_optional=True)
                campaign, changes = again.value, changes | again.changes
        except KNOWN_ERRORS as exc:
            self.message.user_error(exc)
            return
        publish(changes, self)  # a campaign being shown is shown afresh (the main window's on_changed)
        self.campaign = campaign
        self.saved.emit(campaign)
        super().accept()
