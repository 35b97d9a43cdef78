"""The item-by-item comparison of a file's submitted sheets: one row per item, one column per reviewer."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from workbench.review.recheck import OWN, Comparison, ItemComparison
from workbench.scoring import Entry, EntryKind

KEY_ROLE = Qt.ItemDataRole.UserRole
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
DISPUTED = QColor("#fff4e0")


def fmt(value: Decimal) -> str:
    return format(value.normalize(), "f")


def describe(entries: tuple[Entry, ...] | list[Entry]) -> str:
    """A reviewer's record on one item, as one cell: what, how much, why, where."""
    translate = QCoreApplication.translate
    if not entries:
        return translate("ComparisonTable", "no deduction")
    parts = []
    for e in entries:
        if e.kind is EntryKind.NOT_APPLICABLE:
            text = translate("ComparisonTable", "not applicable")
        elif e.kind is EntryKind.VETO:
            text = translate("ComparisonTable", "veto found")
        elif e.kind is EntryKind.BONUS:
            text = translate("ComparisonTable", "+{points}").format(points=fmt(e.points))
        else:
            text = translate("ComparisonTable", "−{points}").format(points=fmt(e.points))
        if e.reason:
            text += f"：{e.reason}"
        if e.page:
            text += translate("ComparisonTable", " (p. {page})").format(page=e.page)
        parts.append(text)
    return "\n".join(parts)


class ComparisonTable(QTableWidget):
    """Rows are the disputed items (all items with `show_agreed`); double-click a pinned page to see it."""

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.cellDoubleClicked.connect(self._double_clicked)
        self.show_agreed = False

    def show_comparison(self, comparison: Comparison | None) -> None:
        keep = self.current_item_key()
        self.clear()
        if comparison is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        names = [r.reviewer or self.tr("(unnamed)") for r in comparison.reviewers]
        self.setColumnCount(len(names) + 2)
        self.setHorizontalHeaderLabels([self.tr("Item"), *names, self.tr("Decision")])
        rows = [c for c in comparison.items if self.show_agreed or not c.agreed]
        self.setRowCount(len(rows))
        reviewers = {r.reviewer_id: r.reviewer for r in comparison.reviewers}
        for row, c in enumerate(rows):
            head = QTableWidgetItem(
                f"{c.item.text}（{fmt(c.item.max_points)}）" if not c.item.veto else c.item.text
            )
            head.setData(KEY_ROLE, c.item.key)
            head.setToolTip(c.item.category_path)
            self.setItem(row, 0, head)
            for col, (_sheet, entries) in enumerate(c.by_reviewer, start=1):
                cell = QTableWidgetItem(describe(entries))
                page = next((e.page for e in entries if e.page), None)
                cell.setData(PAGE_ROLE, page)
                self.setItem(row, col, cell)
            self.setItem(row, len(names) + 1, QTableWidgetItem(self._decision_text(c, reviewers)))
            if not c.settled:  # colour only what still needs the lead's decision
                for col in range(self.columnCount()):
                    self.item(row, col).setBackground(QBrush(DISPUTED))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(col, 200)
        self.resizeRowsToContents()
        self.select_item(keep)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()  # wrapped text needs the final column widths

    def _decision_text(self, c: ItemComparison, reviewers: dict[str, str]) -> str:
        if c.agreed:
            return self.tr("agreed")
        if c.decision is None:
            return self.tr("to decide")
        if c.decision.decision == OWN:
            return self.tr("lead's own value: {reason}").format(reason=c.decision.reason)
        who = reviewers.get(c.decision.source_reviewer_id or "", "")
        return self.tr("taken from {name}: {reason}").format(name=who, reason=c.decision.reason)

    def select_next_open(self, comparison: Comparison) -> bool:
        """Select the next item still to decide after the current one (wrapping); False if none is left."""
        open_keys = [c.item.key for c in comparison.open_items]
        if not open_keys:
            return False
        shown = [self.item(row, 0).data(KEY_ROLE) for row in range(self.rowCount())]
        start = shown.index(self.current_item_key()) if self.current_item_key() in shown else -1
        for step in range(1, len(shown) + 1):
            key = shown[(start + step) % len(shown)]
            if key in open_keys:
                self.select_item(key)
                return True
        return False

    def current_item_key(self) -> str | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return item.data(KEY_ROLE) if item else None

    def select_item(self, key: str | None) -> None:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(KEY_ROLE) == key:
                self.setCurrentCell(row, 0)
                return
        if self.rowCount():
            self.setCurrentCell(0, 0)

    def _double_clicked(self, row: int, column: int) -> None:
        page = self.item(row, column).data(PAGE_ROLE) if self.item(row, column) else None
        if page:
            self.page_requested.emit(int(page))
