"""One generic table model over a list of dataclasses, sorting itself (STYLE §3.7: never a proxy)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from workbench.common.lazy_rows import LazyRows

AnyIndex = QModelIndex | QPersistentModelIndex
CENT = Decimal("0.01")
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _TOOLTIP})  # a painted cell is asked about 7 roles
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def show(value: object) -> str:
    """A cell's text: None empty, numbers with at most 2 decimals and no trailing zeros (93.5, 100)."""
    if value is None:
        return ""
    if type(value) is str:  # most cells
        return value
    if isinstance(value, Decimal) and value.is_finite():
        return format(value.quantize(CENT, ROUND_HALF_UP).normalize(), "f")
    if isinstance(value, float) and math.isfinite(value):
        return show(Decimal(repr(value)))
    return str(value)


@dataclass(frozen=True, slots=True)
class Column:
    """How one column reads, shows, sorts and aligns a row."""

    title: str
    value: Callable[[Any], object]
    sort_key: Callable[[Any], object] | None = None  # default: value; None sorts last either way
    align: Qt.AlignmentFlag | None = None  # default: numbers right, the rest left
    display: Callable[[object], str] | None = None  # value → text; default: show()
    foreground: Callable[[Any], QColor | None] | None = None  # row → text colour
    tooltip: bool = False  # show the full text on hover (long names that the column elides)


class RowsModel(QAbstractTableModel):
    """A flat list of rows (any objects, usually frozen dataclasses) under a list of column specs.

    LazyRows are kept as they are (read as the view paints them) while they stay in `arrival_order`, the
    order their source gives; sorting by anything else reads them all."""

    arrival_order: tuple[int, Qt.SortOrder] | None = None

    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[Any] | LazyRows[Any] = list(rows)
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._blank_columns: set[int] = set()  # columns seen with None keys: sorted in two parts

    # --- Qt's interface --------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == _DISPLAY or (role == _TOOLTIP and column.tooltip):
            value = column.value(row)
            return column.display(value) if column.display else show(value)
        if role == _ALIGN:
            if column.align is not None:
                return column.align.value
            numeric = isinstance(column.value(row), int | float | Decimal)
            return (RIGHT if numeric else LEFT).value
        if role == _FOREGROUND and column.foreground is not None:
            return column.foreground(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == _DISPLAY:
                return self._columns[section].title
            return None
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python; selection and current cell follow their rows through persistent indexes."""
        if not 0 <= column < len(self._columns):
            return
        self._sorted_by = (column, order)
        if self._in_arrival_order():
            return
        self.layoutAboutToBeChanged.emit()
        moved = self.persistentIndexList()
        tagged = [(self._rows[i.row()], i.column()) for i in moved]
        self._sort_rows()
        if moved:
            self.changePersistentIndexList(moved, [self.index(n, c) for n, c in self._positions(tagged)])
        self.layoutChanged.emit()

    # --- our interface ---------------------------------------------------------------------------------

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    @property
    def rows(self) -> Sequence[Any]:
        """The rows in view order. Read only: change them through set_rows or replace_row."""
        return self._rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show other rows (a new filter, a new campaign), in the current sort order."""
        self.beginResetModel()
        self._rows = rows if isinstance(rows, LazyRows) else list(rows)
        if self._sorted_by is not None and not self._in_arrival_order():
            self._sort_rows()
        self.endResetModel()

    def _in_arrival_order(self) -> bool:
        """Lazy rows asked for the order they come in: nothing to sort, nothing to read."""
        return isinstance(self._rows, LazyRows) and self._sorted_by == self.arrival_order

    def row_at(self, index: AnyIndex) -> Any | None:
        return self._rows[index.row()] if index.isValid() and index.model() is self else None

    def find(self, predicate: Callable[[Any], bool]) -> int:
        """The position of the first row matching, or -1."""
        return next((n for n, r in enumerate(self._rows) if predicate(r)), -1)

    def find_key(self, key: str, key_of: Callable[[Any], str]) -> int:
        """The position of the row with this key, or -1; lazy rows answer from their ids, unread."""
        if isinstance(self._rows, LazyRows):
            return self._rows.position_of(key)
        return self.find(lambda r: key_of(r) == key)

    def key_at(self, position: int, key_of: Callable[[Any], str]) -> str:
        """The key of the row at this position; lazy rows answer from their ids, unread."""
        if isinstance(self._rows, LazyRows):
            return self._rows.ids[position]
        return key_of(self._rows[position])

    def replace_row(self, position: int, row: Any) -> None:
        """Put a re-read row in place: one dataChanged, no reset, no re-sort."""
        self._rows[position] = row
        last = len(self._columns) - 1
        self.dataChanged.emit(self.index(position, 0), self.index(position, last))

    def _positions(self, tagged: list[tuple[Any, int]]) -> list[tuple[int, int]]:
        """Where the tagged rows are now, found by identity.

        A view holds a few persistent indexes (current cell, selection): a C-level scan of the ids for
        each beats building a dict of 100k entries, which is the fallback for many.
        """
        ids = list(map(id, self._rows))
        if len(tagged) <= 16:
            return [(ids.index(id(r)), c) for r, c in tagged]
        where = {i: n for n, i in enumerate(ids)}
        return [(where[id(r)], c) for r, c in tagged]

    def _sort_rows(self) -> None:
        """Stable; rows whose key is None go last in both orders (unscored files under any total)."""
        assert self._sorted_by is not None
        column, order = self._sorted_by
        spec = self._columns[column]
        key = spec.sort_key or spec.value
        descending = order == Qt.SortOrder.DescendingOrder
        if column not in self._blank_columns:
            try:  # most columns have no blanks: one plain sort
                self._rows = sorted(self._rows, key=key, reverse=descending)  # lazy rows: all read
                return
            except TypeError:  # None among the keys: it cannot compare, so this column needs two parts
                self._blank_columns.add(column)
        keyed, blank = [], []
        for r in self._rows:
            (blank if key(r) is None else keyed).append(r)
        keyed.sort(key=key, reverse=descending)
        self._rows = keyed + blank
