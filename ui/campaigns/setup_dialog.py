"""Set up a campaign (评查活动): name, year, frozen standard, departments in scope, notice prefix, reviewers
per file and the recheck rule (复核规则). Editing an existing campaign changes only its settings."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.campaigns.common import MessageLine, error_text
from workbench.campaigns import Campaign, create_campaign, update_settings
from workbench.errors import UserError
from workbench.imports import department_names
from workbench.progress import campaign_progress
from workbench.recheck import RecheckRule, rule_from_dict
from workbench.standards.service import list_standards
from workbench.workspace import Workspace

NONE = -1.0  # the spin boxes' "none" value, shown as text
BAD_PREFIX = re.compile(r"[\s\d〔〕\[\]()（）]")


def _amount(spin: QDoubleSpinBox) -> Decimal | None:
    """A spin's value as an exact Decimal (60, 7.5); None at the "none" value."""
    value = round(spin.value(), 1)
    if value <= NONE:
        return None
    return Decimal(int(value)) if value == int(value) else Decimal(f"{value:.1f}")


class CampaignSetupDialog(QDialog):
    """New campaign when `campaign` is None; otherwise its settings (name, standard and scope are fixed)."""

    saved = Signal(object)  # the Campaign as stored

    def __init__(self, workspace: Workspace, campaign: Campaign | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.campaign = workspace, campaign
        self.setWindowTitle(self.tr("New campaign") if campaign is None else self.tr("Campaign settings"))
        self.name = QLineEdit()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.standard = QComboBox()
        for s in list_standards(workspace.db):
            label = self.tr("{name} (version {version}, {items} items)")
            self.standard.addItem(label.format(name=s.name, version=s.version, items=s.items), s.id)
        self.departments = QListWidget()
        self.departments.setMaximumHeight(180)
        self.doc_prefix = QLineEdit()
        self.doc_prefix.setPlaceholderText(self.tr("e.g. 鄂州司函"))
        self.doc_prefix.setToolTip(
            self.tr("The issuing office's abbreviation in notice numbers: 鄂州司函〔2026〕3号")
        )
        self.per_file = QSpinBox()
        self.per_file.setRange(1, 3)
        self.below = self._amount_spin(self.tr("Recheck a file when any reviewer's total is below this line"))
        self.grades_differ = QCheckBox(self.tr("Recheck when the reviewers' grades differ"))
        self.gap = self._amount_spin(self.tr("Recheck when the reviewers' totals differ by more than this"))
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Scoring standard:"), self.standard)
        form.addRow(self.tr("Departments reviewed:"), self.departments)
        form.addRow(self.tr("Notice prefix:"), self.doc_prefix)
        form.addRow(self.tr("Reviewers per file:"), self.per_file)
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
        for signal in (self.name.textChanged, self.doc_prefix.textChanged):
            signal.connect(self.validate)
        self.name.textChanged.connect(self._year_from_name)
        self.standard.currentIndexChanged.connect(self.validate)
        self.departments.itemChanged.connect(self.validate)
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
            rule = rule_from_dict(None)
        else:
            names = [r.department for r in campaign_progress(db, campaign)]
            self.name.setText(campaign.name)
            self.year.setValue(campaign.year)
            if (at := self.standard.findData(campaign.standard_id)) >= 0:
                self.standard.setCurrentIndex(at)
            self.doc_prefix.setText(campaign.doc_prefix)
            self.per_file.setValue(campaign.reviewers_per_file)
            rule = rule_from_dict(campaign.recheck_rule)
            for widget in (self.name, self.year, self.standard, self.departments):
                widget.setEnabled(False)  # frozen with the campaign
            self.name.setToolTip(self.tr("Name, year, standard and departments are fixed once it exists."))
        for name in names:
            item = QListWidgetItem(name or self.tr("(no department)"), self.departments)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.below.setValue(NONE if rule.below is None else float(rule.below))
        self.grades_differ.setChecked(rule.grades_differ)
        self.gap.setValue(NONE if rule.gap is None else float(rule.gap))

    def _year_from_name(self, text: str) -> None:
        if text[:4].isdigit() and 2000 <= int(text[:4]) <= 2100:
            self.year.setValue(int(text[:4]))

    # --- values ----------------------------------------------------------------------------------------

    def checked_departments(self) -> list[str]:
        items = (self.departments.item(n) for n in range(self.departments.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def recheck_rule(self) -> RecheckRule:
        return RecheckRule(_amount(self.below), self.grades_differ.isChecked(), _amount(self.gap))

    def problems(self) -> list[str]:
        """What keeps OK disabled, in the UI language."""
        out = []
        if not self.name.text().strip():
            out.append(self.tr("Enter the campaign's name."))
        if self.standard.currentData() is None:
            out.append(self.tr("Choose a scoring standard; import one first (File → Import standard…)."))
        if self.campaign is None and not self.checked_departments():
            out.append(self.tr("Choose at least one department."))
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
            if self.campaign is None:
                chosen = self.checked_departments()
                every = len(chosen) == self.departments.count()
                campaign = create_campaign(
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
                campaign = update_settings(
                    db,
                    self.campaign,
                    author=author,
                    doc_prefix=self.doc_prefix.text(),
                    reviewers_per_file=self.per_file.value(),
                    recheck_rule=self.recheck_rule(),
                )
        except UserError as exc:
            self.message.error(error_text(exc))
            return
        self.campaign = campaign
        self.saved.emit(campaign)
        super().accept()
