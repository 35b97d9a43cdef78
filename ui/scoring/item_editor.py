"""The editor for the current item: one control per rule kind, N/A, reason, page and the item's entries.

Checklist kinds: 是否达标 is a "Not met" box, 分档计分 a list of levels, 加分项 a bonus amount up to its cap.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.scoring.score_tree_model import fmt
from workbench.review.sheets import StoredEntry
from workbench.scoring import EntryKind, allowed_amounts
from workbench.standards.model import Item, RuleKind

SINGLE_FINDING = (RuleKind.BINARY, RuleKind.LEVELS)  # one entry per item: no "New deduction"

ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_COUNT = 99
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


def to_decimal(value: float) -> Decimal:
    """A spin-box float as the exact amount it shows (2 decimals at most)."""
    d = Decimal(str(round(value, 2)))
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def _decimals(step: Decimal) -> int:
    return max(1, -step.normalize().as_tuple().exponent)  # type: ignore[operator]


class ItemEditor(QWidget):
    edited = Signal()  # the user changed a control: commit the form
    entry_clicked = Signal(str)  # one of the item's recorded entries, by id
    new_requested = Signal()
    delete_requested = Signal(str)

    EMPTY, FIXED, COUNT, VALUE, TIERS, VETO, BINARY, LEVELS, BONUS = range(9)

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

        self.defect = QCheckBox()
        self.count = QSpinBox()
        self.count.setRange(0, MAX_COUNT)
        self.count.setSpecialValueText("—")
        self.count_points = QLabel()
        self.value = QDoubleSpinBox()
        self.tiers = QComboBox()
        self.not_met = QCheckBox(self.tr("Not met"))
        self.levels = QComboBox()
        self.bonus = QDoubleSpinBox()
        self.veto = QCheckBox(self.tr("Veto found"))
        self.na = QCheckBox(self.tr("Not applicable"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason, as the documents will quote it"))
        self.page = QSpinBox()
        self.page.setRange(0, MAX_PAGE)
        self.page.setSpecialValueText("—")
        for spin in (self.count, self.value, self.bonus, self.page):
            spin.setKeyboardTracking(False)  # one edit when typing ends, not one per digit
        self.new_button = QPushButton(self.tr("New deduction"))
        self.delete_button = QPushButton(self.tr("Delete entry"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()

        count_row = QWidget()
        row = QHBoxLayout(count_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.count)
        row.addWidget(self.count_points, 1)
        self.stack = QStackedWidget()
        pages = (QLabel(), self.defect, count_row, self.value, self.tiers, self.veto)
        for page in (*pages, self.not_met, self.levels, self.bonus):
            self.stack.addWidget(page)
        self.value_label = QLabel(self.tr("Deduction"))
        form = QFormLayout()
        form.addRow(self.value_label, self.stack)
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

        self.defect.toggled.connect(self._value_changed)
        self.veto.toggled.connect(self._value_changed)
        self.count.valueChanged.connect(self._on_count)
        self.value.valueChanged.connect(self._value_changed)
        self.tiers.currentIndexChanged.connect(self._value_changed)
        self.not_met.toggled.connect(self._value_changed)
        self.levels.currentIndexChanged.connect(self._value_changed)
        self.bonus.valueChanged.connect(self._value_changed)
        self.na.toggled.connect(self._on_na)
        self.page.valueChanged.connect(self._changed)
        self.reason.editingFinished.connect(self._changed)
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button.clicked.connect(self._on_delete)
        self.show_item(None, [], None, locked=True)

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
        for w in (self.stack, self.na, self.reason, self.page):
            w.setEnabled(not locked)
        self.stack.setEnabled(not locked and not self.na.isChecked())
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
        recorded = (EntryKind.DEDUCTION, EntryKind.BONUS)
        deduction = target.entry if target and target.entry.kind in recorded else None
        points = deduction.points if deduction else None
        kind = item.rule.kind if item is not None and not item.veto else None
        if kind is RuleKind.BONUS:
            self.value_label.setText(self.tr("Bonus"))
        else:
            self.value_label.setText(self.tr("Level") if kind is RuleKind.LEVELS else self.tr("Deduction"))
        new = self.tr("New bonus") if kind is RuleKind.BONUS else self.tr("New deduction")
        self.new_button.setText(new)
        if item is None:
            self.stack.setCurrentIndex(self.EMPTY)
            return
        if item.veto:
            self.stack.setCurrentIndex(self.VETO)
            self.veto.setChecked(target is not None and target.entry.kind is EntryKind.VETO)
            return
        rule = item.rule
        match rule.kind:
            case RuleKind.FIXED:
                self.stack.setCurrentIndex(self.FIXED)
                self.defect.setText(
                    self.tr("Defect found (−{points})").format(points=fmt(rule.points or Decimal(0)))
                )
                self.defect.setChecked(deduction is not None)
            case RuleKind.PER_DEFECT:
                self.stack.setCurrentIndex(self.COUNT)
                unit = rule.points or Decimal(0)
                count = deduction.count if deduction and deduction.count else 0
                if deduction and not count and unit:
                    count = int(deduction.points / unit)
                self.count.setValue(count)
                self._show_count_points(count)
            case RuleKind.TIERS:
                self.stack.setCurrentIndex(self.TIERS)
                self.tiers.clear()
                self.tiers.addItem("—", None)
                for tier in rule.tiers:
                    self.tiers.addItem(f"−{fmt(tier)}", str(tier))
                chosen = rule.tiers.index(points) + 1 if points in rule.tiers else 0
                self.tiers.setCurrentIndex(chosen)
            case RuleKind.BINARY:
                self.stack.setCurrentIndex(self.BINARY)
                self.not_met.setText(self.tr("Not met (−{points})").format(points=fmt(item.max_points)))
                self.not_met.setChecked(deduction is not None)
            case RuleKind.LEVELS:
                self._fill_levels(item, points)
            case RuleKind.BONUS:
                self.stack.setCurrentIndex(self.BONUS)
                step = rule.points or (rule.step if rule.step > 0 else Decimal("0.5"))
                self.bonus.setDecimals(0 if step == step.to_integral_value() else _decimals(step))
                self.bonus.setSingleStep(float(step))
                self.bonus.setRange(0.0, float(rule.cap or step))
                self.bonus.setPrefix("+")
                self.bonus.setSpecialValueText("—")  # 0: no bonus
                self.bonus.setValue(float(points) if points is not None else 0.0)
            case _:
                self.stack.setCurrentIndex(self.VALUE)
                step = rule.step if rule.step > 0 else Decimal("0.5")
                self.value.setDecimals(_decimals(step))
                self.value.setSingleStep(float(step))
                if rule.kind is RuleKind.RANGE:
                    low, high = rule.low or step, rule.high or item.max_points
                    self.value.setRange(float(low - step), float(high))  # the minimum shows "—": none
                else:
                    self.value.setRange(0.0, float(item.max_points))
                self.value.setSpecialValueText("—")
                self.value.setValue(float(points) if points is not None else self.value.minimum())

    def _fill_levels(self, item: Item, deduction: Decimal | None) -> None:
        """One row per level, the top one first; nothing recorded means the top level (full marks)."""
        self.stack.setCurrentIndex(self.LEVELS)
        self.levels.clear()
        chosen = 0
        for n, (label, awarded) in enumerate(item.rule.levels):
            lost = item.max_points - awarded
            self.levels.addItem(
                self.tr("{level} ({points})").format(level=label, points=fmt(awarded)), str(lost)
            )
            if lost == (deduction if deduction is not None else 0):
                chosen = n
        self.levels.setCurrentIndex(chosen)

    def _show_count_points(self, count: int) -> None:
        unit = (self.item.rule.points if self.item else None) or Decimal(0)
        self.count_points.setText(f"× {fmt(unit)} = −{fmt(unit * count)}" if count else "")

    # --- reading ------------------------------------------------------------------------------------

    def state(self) -> FormState:
        value: Decimal | None = None
        page = self.stack.currentIndex()
        if page == self.VALUE and self.value.value() > self.value.minimum():
            value = to_decimal(self.value.value())
        elif page == self.TIERS and self.tiers.currentData():
            value = Decimal(self.tiers.currentData())
        elif page == self.LEVELS and self.levels.currentData():
            value = Decimal(self.levels.currentData())
        elif page == self.BONUS and self.bonus.value() > 0:
            value = to_decimal(self.bonus.value())
        checks = {self.VETO: self.veto, self.BINARY: self.not_met}
        return FormState(
            defect=checks.get(page, self.defect).isChecked(),
            count=self.count.value(),
            value=value if value is None or value > 0 else None,
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
        page = self.stack.currentIndex()
        return {
            self.FIXED: self.defect,
            self.COUNT: self.count,
            self.VALUE: self.value,
            self.TIERS: self.tiers,
            self.VETO: self.veto,
            self.BINARY: self.not_met,
            self.LEVELS: self.levels,
            self.BONUS: self.bonus,
        }.get(page)

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
        w = self.value_widget()
        if w is None or not w.isEnabled():
            return False
        if w is self.levels and self.item is not None:  # a digit picks the level worth that many points
            awarded = [p for _, p in self.item.rule.levels]
            if Decimal(text) in awarded:
                w.setCurrentIndex(awarded.index(Decimal(text)))
            w.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if isinstance(w, QComboBox):
            found = w.findText(f"−{text}")
            if found > 0:
                w.setCurrentIndex(found)
            w.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if not isinstance(w, QAbstractSpinBox):
            return False
        w.setFocus(Qt.FocusReason.ShortcutFocusReason)
        w.selectAll()
        key = Qt.Key(Qt.Key.Key_0.value + int(text))
        w.event(QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text))
        return True

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

    def _on_count(self, count: int) -> None:
        self._show_count_points(count)
        self._value_changed()

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
