"""The amount control of the item editor: one page per rule kind, and what the chosen page says.

Split from the item editor because it is the one part that knows the rule kinds: a fixed deduction is a
box, a per-defect deduction a count, a range or free deduction an amount, tiers and levels lists, a
是否达标 item a "Not met" box, a 加分项 a bonus amount up to its cap, a veto item a "Veto found" box.
The editor around it keeps the item, its entries, N/A, reason and page.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from ui.scoring.score_tree_model import fmt
from workbench.review.sheets import StoredEntry
from workbench.scoring import EntryKind
from workbench.standards.model import Item, RuleKind

MAX_COUNT = 99


def to_decimal(value: float) -> Decimal:
    """A spin-box float as the exact amount it shows (2 decimals at most)."""
    d = Decimal(str(round(value, 2)))
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def _decimals(step: Decimal) -> int:
    return max(1, -step.normalize().as_tuple().exponent)  # type: ignore[operator]


class AmountControls(QStackedWidget):
    """The page for the item's rule kind; `changed` when the user moves any of its controls."""

    changed = Signal()

    EMPTY, FIXED, COUNT, VALUE, TIERS, VETO, BINARY, LEVELS, BONUS = range(9)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
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
        for spin in (self.count, self.value, self.bonus):
            spin.setKeyboardTracking(False)  # one edit when typing ends, not one per digit

        count_row = QWidget()
        row = QHBoxLayout(count_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.count)
        row.addWidget(self.count_points, 1)
        pages = (QLabel(), self.defect, count_row, self.value, self.tiers, self.veto)
        for page in (*pages, self.not_met, self.levels, self.bonus):
            self.addWidget(page)

        self.defect.toggled.connect(self.changed)
        self.veto.toggled.connect(self.changed)
        self.count.valueChanged.connect(self._on_count)
        self.value.valueChanged.connect(self.changed)
        self.tiers.currentIndexChanged.connect(self.changed)
        self.not_met.toggled.connect(self.changed)
        self.levels.currentIndexChanged.connect(self.changed)
        self.bonus.valueChanged.connect(self.changed)

    # --- filling ------------------------------------------------------------------------------------

    def fill(self, item: Item | None, target: StoredEntry | None) -> None:
        """Show the page for the item's rule kind holding the target entry's amount (none: nothing)."""
        self.item = item
        recorded = (EntryKind.DEDUCTION, EntryKind.BONUS)
        deduction = target.entry if target and target.entry.kind in recorded else None
        points = deduction.points if deduction else None
        if item is None:
            self.setCurrentIndex(self.EMPTY)
            return
        if item.veto:
            self.setCurrentIndex(self.VETO)
            self.veto.setChecked(target is not None and target.entry.kind is EntryKind.VETO)
            return
        rule = item.rule
        match rule.kind:
            case RuleKind.FIXED:
                self.setCurrentIndex(self.FIXED)
                self.defect.setText(
                    self.tr("Defect found (−{points})").format(points=fmt(rule.points or Decimal(0)))
                )
                self.defect.setChecked(deduction is not None)
            case RuleKind.PER_DEFECT:
                self.setCurrentIndex(self.COUNT)
                unit = rule.points or Decimal(0)
                count = deduction.count if deduction and deduction.count else 0
                if deduction and not count and unit:
                    count = int(deduction.points / unit)
                self.count.setValue(count)
                self._show_count_points(count)
            case RuleKind.TIERS:
                self.setCurrentIndex(self.TIERS)
                self.tiers.clear()
                self.tiers.addItem("—", None)
                for tier in rule.tiers:
                    self.tiers.addItem(f"−{fmt(tier)}", str(tier))
                chosen = rule.tiers.index(points) + 1 if points in rule.tiers else 0
                self.tiers.setCurrentIndex(chosen)
            case RuleKind.BINARY:
                self.setCurrentIndex(self.BINARY)
                self.not_met.setText(self.tr("Not met (−{points})").format(points=fmt(item.max_points)))
                self.not_met.setChecked(deduction is not None)
            case RuleKind.LEVELS:
                self._fill_levels(item, points)
            case RuleKind.BONUS:
                self.setCurrentIndex(self.BONUS)
                step = rule.points or (rule.step if rule.step > 0 else Decimal("0.5"))
                self.bonus.setDecimals(0 if step == step.to_integral_value() else _decimals(step))
                self.bonus.setSingleStep(float(step))
                self.bonus.setRange(0.0, float(rule.cap or step))
                self.bonus.setPrefix("+")
                self.bonus.setSpecialValueText("—")  # 0: no bonus
                self.bonus.setValue(float(points) if points is not None else 0.0)
            case _:
                self.setCurrentIndex(self.VALUE)
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
        self.setCurrentIndex(self.LEVELS)
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

    def amount(self) -> Decimal | None:
        """The amount the page shows: a deduction, a level's loss or a bonus; None for nothing."""
        value: Decimal | None = None
        page = self.currentIndex()
        if page == self.VALUE and self.value.value() > self.value.minimum():
            value = to_decimal(self.value.value())
        elif page == self.TIERS and self.tiers.currentData():
            value = Decimal(self.tiers.currentData())
        elif page == self.LEVELS and self.levels.currentData():
            value = Decimal(self.levels.currentData())
        elif page == self.BONUS and self.bonus.value() > 0:
            value = to_decimal(self.bonus.value())
        return value if value is None or value > 0 else None

    def defect_found(self) -> bool:
        """The box of the page is ticked: a fixed defect, "Not met" or "Veto found"."""
        checks = {self.VETO: self.veto, self.BINARY: self.not_met}
        return checks.get(self.currentIndex(), self.defect).isChecked()

    # --- keys ---------------------------------------------------------------------------------------

    def value_widget(self) -> QWidget | None:
        """The control a digit or Space goes to for the current rule kind."""
        page = self.currentIndex()
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

    def _on_count(self, count: int) -> None:
        self._show_count_points(count)
        self.changed.emit()
