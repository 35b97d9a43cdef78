"""The editor for the current item: its wording, the entries recorded on it, the amount control for its
rule kind (ui/scoring/amount_controls.py), N/A, reason and page.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.scoring.amount_controls import AmountControls
from ui.scoring.score_tree_model import fmt
from workbench.review.sheets import StoredEntry
from workbench.scoring import EntryKind, allowed_amounts
from workbench.standards.model import Item, RuleKind

SINGLE_FINDING = (RuleKind.BINARY, RuleKind.LEVELS)  # one entry per item: no "New deduction"

ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_PAGE = 99999


@dataclass(frozen=True)
class FormState:
    """What the editor says the current item should hold; the panel turns it into service calls."""

    defect: bool  # FIXED: defect found; BINARY: not met; veto item: veto found
    count: int  # PER_DEFECT: number of defects
    value: Decimal | None  # RANGE, FREE, TIERS, LEVELS: the deduction; BONUS: the bonus; None for nothing
    na: bool
    reason: str
    page: int | None
    value_touched: bool  # the user changed the amount control since the item was shown


class ItemEditor(QWidget):
    edited = Signal()  # the user changed a control: commit the form
    entry_clicked = Signal(str)  # one of the item's recorded entries, by id
    new_requested = Signal()
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        self.target_id: str | None = None
        self._filling = False
        self._value_touched = False

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.entries = QListWidget()
        self.entries.setMaximumHeight(96)
        self.entries.itemClicked.connect(self._on_entry_clicked)

        self.amount = AmountControls()
        self.na = QCheckBox(self.tr("Not applicable"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason, as the documents will quote it"))
        self.page = QSpinBox()
        self.page.setRange(0, MAX_PAGE)
        self.page.setSpecialValueText("—")
        self.page.setKeyboardTracking(False)  # one edit when typing ends, not one per digit
        self.new_button = QPushButton(self.tr("New deduction"))
        self.delete_button = QPushButton(self.tr("Delete entry"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()

        self.value_label = QLabel(self.tr("Deduction"))
        form = QFormLayout()
        form.addRow(self.value_label, self.amount)
        form.addRow("", self.na)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Page"), self.page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.rule)
        layout.addWidget(QLabel(self.tr("Recorded on this item")))
        layout.addWidget(self.entries)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.amount.changed.connect(self._value_changed)
        self.na.toggled.connect(self._on_na)
        self.page.valueChanged.connect(self._changed)
        self.reason.editingFinished.connect(self._changed)
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button.clicked.connect(self._on_delete)
        self.show_item(None, [], None, locked=True)
        self.title.clear()  # no file open yet: the panel's header says what to do

    # --- filling ------------------------------------------------------------------------------------

    def show_item(
        self, item: Item | None, stored: list[StoredEntry], target: StoredEntry | None, *, locked: bool
    ) -> None:
        """Show the item's stored state; `target` is the entry the controls edit (None: a new one)."""
        self._filling = True
        try:
            self.item, self.target_id = item, target.id if target else None
            self._value_touched = False
            self.title.setText(item.text if item else self.tr("Select an item to score it."))
            self.rule.setText(self._rule_text(item) if item else "")
            self._fill_entries(stored)
            self._fill_value(item, target)
            has_na = any(s.entry.kind is EntryKind.NOT_APPLICABLE for s in stored)
            self.na.setVisible(bool(item and item.na_allowed))
            self.na.setChecked(has_na)
            self.reason.setText(target.entry.reason if target else "")
            self.page.setValue((target.entry.page or 0) if target else 0)
            self.set_locked(locked or item is None)
        finally:
            self._filling = False

    def set_locked(self, locked: bool) -> None:
        point_item = self.item is not None and not self.item.veto
        for w in (self.amount, self.na, self.reason, self.page):
            w.setEnabled(not locked)
        self.amount.setEnabled(not locked and not self.na.isChecked())
        several = point_item and self.item is not None and self.item.rule.kind not in SINGLE_FINDING
        self.new_button.setEnabled(not locked and several and not self.na.isChecked())
        self.delete_button.setEnabled(not locked and self.entries.count() > 0)

    def _rule_text(self, item: Item) -> str:
        wording = item.rule_text.strip()
        evidence = self.tr("Evidence: {evidence}").format(evidence=item.evidence) if item.evidence else ""
        if item.veto:
            return "\n".join(t for t in (wording, evidence) if t)
        amounts = allowed_amounts(item)
        lines = [wording, amounts] if wording and wording != amounts else [amounts]
        return "\n".join([*lines, evidence] if evidence else lines)

    def _fill_entries(self, stored: list[StoredEntry]) -> None:
        self.entries.clear()
        for s in stored:
            e = s.entry
            if e.kind is EntryKind.VETO:
                head = self.tr("Veto found")
            elif e.kind is EntryKind.NOT_APPLICABLE:
                head = self.tr("N/A")
            elif e.kind is EntryKind.BONUS:
                head = f"+{fmt(e.points)}" + (f" (×{e.count})" if e.count and e.count > 1 else "")
            elif self.item is not None and (label := self._finding(self.item, e.points)):
                head = label
            else:
                head = f"−{fmt(e.points)}" + (f" (×{e.count})" if e.count else "")
            parts = [head]
            if e.page:
                parts.append(self.tr("p. {page}").format(page=e.page))
            if e.reason:
                parts.append(e.reason)
            row = QListWidgetItem(" · ".join(parts))
            row.setData(ID_ROLE, s.id)
            row.setData(PAGE_ROLE, e.page or 0)
            self.entries.addItem(row)
            if s.id == self.target_id:
                self.entries.setCurrentItem(row)

    def _finding(self, item: Item, points: Decimal) -> str | None:
        """A 是否达标 or 分档计分 deduction as the reviewer chose it: "Not met", or the level."""
        if item.rule.kind is RuleKind.BINARY and points == item.max_points:
            return self.tr("Not met")
        if item.rule.kind is RuleKind.LEVELS and (level := item.level_of(points)) is not None:
            return self.tr("{level} ({points})").format(level=level, points=fmt(item.max_points - points))
        return None

    def _fill_value(self, item: Item | None, target: StoredEntry | None) -> None:
        kind = item.rule.kind if item is not None and not item.veto else None
        if kind is RuleKind.BONUS:
            self.value_label.setText(self.tr("Bonus"))
        else:
            self.value_label.setText(self.tr("Level") if kind is RuleKind.LEVELS else self.tr("Deduction"))
        new = self.tr("New bonus") if kind is RuleKind.BONUS else self.tr("New deduction")
        self.new_button.setText(new)
        self.amount.fill(item, target)

    # --- reading ------------------------------------------------------------------------------------

    def state(self) -> FormState:
        return FormState(
            defect=self.amount.defect_found(),
            count=self.amount.count.value(),
            value=self.amount.amount(),
            na=bool(self.item and self.item.na_allowed and self.na.isChecked()),
            reason=self.reason.text().strip(),
            page=self.page.value() or None,
            value_touched=self._value_touched,
        )

    # --- errors, focus, keys ------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def value_widget(self) -> QWidget | None:
        """The control a digit or Space goes to for the current rule kind."""
        return self.amount.value_widget()

    def focus_value(self) -> bool:
        w = self.value_widget()
        if w is None or not w.isEnabled():
            return False
        w.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def focus_page(self) -> None:
        if self.page.isEnabled():
            self.page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.page.selectAll()

    def focus_reason(self) -> None:
        self.reason.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.reason.selectAll()

    def toggle_defect(self) -> bool:
        """Space on a FIXED item or a veto item."""
        w = self.value_widget()
        if isinstance(w, QCheckBox) and w.isEnabled():
            w.toggle()
            return True
        return False

    def type_digit(self, text: str) -> bool:
        """A digit typed in the item list: start entering a count or an amount with it."""
        return self.amount.type_digit(text)

    def flush(self) -> None:
        """Commit what is typed but not yet finished (a spin box or the reason still being edited)."""
        w = self.value_widget()
        if isinstance(w, QAbstractSpinBox):
            w.interpretText()
        self.page.interpretText()
        if self.reason.isModified():
            self.reason.setModified(False)
            self._changed()

    # --- slots --------------------------------------------------------------------------------------

    def _changed(self, *_: object) -> None:
        if not self._filling:
            self.edited.emit()

    def _value_changed(self, *_: object) -> None:
        if not self._filling:
            self._value_touched = True
            self.edited.emit()

    def _on_na(self, checked: bool) -> None:
        if not self._filling:
            self.set_locked(not self.reason.isEnabled())
        self._changed()

    def _on_entry_clicked(self, row: QListWidgetItem) -> None:
        self.entry_clicked.emit(row.data(ID_ROLE))

    def _on_delete(self) -> None:
        row = self.entries.currentItem() or self.entries.item(0)
        if row is not None:
            self.delete_requested.emit(row.data(ID_ROLE))
