"""The frozen standard as a tree: veto items first, then categories and items, with live scores."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from workbench.scoring import Entry, EntryKind, ItemScore, ScoreResult, allowed_amounts, score_sheet
from workbench.standards.model import Item, RuleKind, Standard, VetoEffect

Index = QModelIndex | QPersistentModelIndex

DEDUCTED = QColor(176, 0, 32)
AWARDED = QColor(27, 127, 59)  # a bonus (加分) is good news: green, not the red of a deduction
NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def fmt(value: Decimal) -> str:
    """2, 1.5, 0.25: as the standards print them."""
    return format(value.normalize(), "f")


def plus(value: Decimal) -> str:
    """A bonus as the checklists print it: +3."""
    return f"+{fmt(value)}"


def bonus_text(entry: Entry) -> str:
    """+3, or +2 (×2) for two awards of a per-award bonus; a single award needs no count."""
    return plus(entry.points) + (f" (×{entry.count})" if entry.count and entry.count > 1 else "")


COLUMNS = 6


@dataclass(eq=False)
class _Node:
    label: str
    path: str = ""  # category path, for subtotals; "" for the veto group and items
    item: Item | None = None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0
    # what data() answers, worked out once per standard and per ScoreResult rather than on every call
    # (a view asks for each cell's roles many times: layout, size hints, paint)
    cells: list[str] = field(default_factory=lambda: [""] * COLUMNS)
    colour: QColor | None = None  # of the recorded and note cells
    tooltip: str | None = None

    def add(self, child: _Node) -> _Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


class ScoreTreeModel(QAbstractItemModel):
    """Read-only: the panel edits through the services and hands the model each new ScoreResult."""

    TEXT, MAX, RULE, RECORDED, SCORE, NOTE = range(COLUMNS)
    KEY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node("")
        self._standard: Standard | None = None
        self._result: ScoreResult | None = None
        self._scored = True
        self._entries: dict[str, list[Entry]] = {}
        self._by_key: dict[str, _Node] = {}
        self._bonus_caps: dict[str, Decimal] = {}  # path → Σ caps, for categories of bonus items only
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [
            self.tr("Item"),
            self.tr("Max"),
            self.tr("Rule"),
            self.tr("Recorded"),
            self.tr("Score"),
            self.tr("Note"),
        ]

    # --- filling ------------------------------------------------------------------------------------

    def set_standard(self, standard: Standard) -> None:
        self.beginResetModel()
        self._standard = standard
        self._root = _Node("")
        self._by_key = {}
        if standard.veto_items:
            group = self._root.add(_Node(self.tr("Veto items")))
            for item in standard.veto_items:
                self._by_key[item.key] = group.add(_Node(item.text, item=item))
        categories: dict[str, _Node] = {}
        for item in standard.point_items:
            node = self._root
            for depth in range(1, len(item.category) + 1):
                path = " > ".join(item.category[:depth])
                if path not in categories:
                    categories[path] = node.add(_Node(item.category[depth - 1], path=path))
                node = categories[path]
            self._by_key[item.key] = node.add(_Node(item.text, item=item))
        self._bonus_caps = _bonus_caps(standard)
        self._result = score_sheet(standard, [])
        self._entries = {}
        self._scored = True
        for node in self._by_key.values():
            node.tooltip = self._tooltip(node.item) if node.item is not None else None
        self._fill(self._root)
        self.endResetModel()

    def set_scores(self, result: ScoreResult, entries: list[Entry], *, scored: bool = True) -> None:
        """New scores from the engine: every row's figures may move, the shape never does. `scored` False:
        nothing recorded yet (未评), so the score column stays empty rather than claim full marks."""
        self._result = result
        self._scored = scored
        self._entries = {}
        for e in entries:
            self._entries.setdefault(e.item_key, []).append(e)
        self._fill(self._root)
        self._changed(self._root)

    def _fill(self, node: _Node) -> None:
        """Work out every cell below `node` from the standard, the scores and the entries."""
        for child in node.children:
            child.cells = [self._display(child, column) for column in range(COLUMNS)]
            child.colour = self._colour(child.item) if child.item is not None else None
            self._fill(child)

    def _changed(self, node: _Node) -> None:
        if not node.children:
            return
        parent = QModelIndex() if node is self._root else self.createIndex(node.row, 0, node)
        last = len(node.children) - 1
        self.dataChanged.emit(self.index(0, self.MAX, parent), self.index(last, self.NOTE, parent))
        for child in node.children:
            self._changed(child)

    # --- lookups ------------------------------------------------------------------------------------

    def item_at(self, index: Index) -> Item | None:
        return self._node(index).item if index.isValid() else None

    def index_of(self, key: str, column: int = 0) -> QModelIndex:
        node = self._by_key.get(key)
        return QModelIndex() if node is None else self.createIndex(node.row, column, node)

    def item_keys(self) -> list[str]:
        """Items in the order the tree shows them."""
        return list(self._by_key)

    def entries_of(self, key: str) -> list[Entry]:
        return self._entries.get(key, [])

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    # --- QAbstractItemModel -------------------------------------------------------------------------

    # These run thousands of times a paint: plain attribute reads, no hasIndex() round trip through Python.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self._root.children
        if 0 <= row < len(children) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, child: Index | None = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        up = child.internalPointer().parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._root.children)
        return 0 if parent.column() > 0 else len(parent.internalPointer().children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.cells[index.column()]
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if node.item is None else None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return NUMERIC if column in (self.MAX, self.SCORE) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return node.colour if column in (self.RECORDED, self.NOTE) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip if column in (self.TEXT, self.RULE) else None
        if role == self.KEY_ROLE:
            return node.item.key if node.item else None
        return None

    # --- cells --------------------------------------------------------------------------------------

    def _colour(self, item: Item) -> QColor | None:
        found = self._entries.get(item.key, [])
        if any(e.kind is EntryKind.BONUS for e in found):
            return AWARDED
        return DEDUCTED if any(e.kind is not EntryKind.NOT_APPLICABLE for e in found) else None

    def _display(self, node: _Node, column: int) -> str:
        if column == self.TEXT:
            return node.label
        if node.item is None:
            return self._category_cell(node, column)
        item = node.item
        if column == self.MAX:
            return self._item_max(item)
        if column == self.RULE:
            return self._veto_rule(item) if item.veto else allowed_amounts(item)
        if column == self.RECORDED:
            return self._recorded(item.key)
        score = self._result.items.get(item.key) if self._result else None
        if score is None:
            return ""
        if column == self.SCORE:
            if not self._scored:
                return ""
            if not score.applicable:
                return "—"
            return plus(score.score) if item.bonus and score.score else fmt(score.score)
        return self._note(item, score) if column == self.NOTE else ""

    def _category_cell(self, node: _Node, column: int) -> str:
        """A subtotal; a category of bonus items shows what it adds (+3) and its cap (+5), not n/0."""
        result = self._result
        category = result.categories.get(node.path) if result and node.path else None
        if result is None or category is None:
            return ""
        cap = self._bonus_caps.get(node.path)
        if column == self.SCORE and not self._scored:
            return ""
        if cap is None:
            return {self.MAX: fmt(category.maximum), self.SCORE: fmt(category.score)}.get(column, "")
        if column == self.MAX:
            return plus(cap)
        added = min(category.score, result.bonus)  # the standard's cap may take some of it back
        return (plus(added) if added else "0") if column == self.SCORE else ""

    @staticmethod
    def _item_max(item: Item) -> str:
        if item.veto:
            return ""
        if item.bonus:  # its maximum is 0: what counts is how much it may add
            return plus(item.rule.cap) if item.rule.cap is not None else "+"
        return fmt(item.max_points)

    def _note(self, item: Item, score: ItemScore) -> str:
        """What the recorded figure means: not met, the level chosen, a capped bonus, or 扣完为止."""
        if item.bonus:
            if score.bonus > score.score:
                return self.tr("Capped at +{cap}").format(cap=fmt(score.score))
            return ""
        if not score.applicable or not score.deducted:
            return ""
        if item.rule.kind is RuleKind.BINARY and score.deducted >= item.max_points:
            return self.tr("Not met")
        if item.rule.kind is RuleKind.LEVELS and (label := item.level_of(score.deducted)) is not None:
            return label
        return self.tr("At floor") if score.at_floor else ""

    def _recorded(self, key: str) -> str:
        parts = []
        for e in self._entries.get(key, []):
            if e.kind is EntryKind.VETO:
                parts.append(self.tr("Veto found"))
            elif e.kind is EntryKind.NOT_APPLICABLE:
                parts.append(self.tr("N/A"))
            elif e.kind is EntryKind.BONUS:
                parts.append(bonus_text(e))
            else:
                parts.append(f"−{fmt(e.points)}" + (f" (×{e.count})" if e.count else ""))
        return ", ".join(parts)

    def _veto_rule(self, item: Item) -> str:
        standard = self._standard
        assert standard is not None
        match standard.effect_of(item):
            case VetoEffect.ZERO_TOTAL:
                return self.tr("Veto: the total becomes 0")
            case VetoEffect.DEDUCT_ALL:
                return self.tr("Veto: all points are deducted")
            case VetoEffect.FAIL_REVIEW:
                return self.tr("Veto: graded {grade}").format(grade=standard.bands[-1].label)
            case VetoEffect.CAP_GRADE:
                return self.tr("Veto: grade at most {grade}").format(grade=item.cap_grade or "")
            case _:
                return self.tr("Veto: deducts {points} points").format(
                    points=fmt(item.veto_points or Decimal(0))
                )

    def _tooltip(self, item: Item) -> str:
        lines = [item.text]
        if item.rule_text:
            lines.append(item.rule_text)
        if not item.veto:
            lines.append(allowed_amounts(item))
        return "\n".join(lines)


def _bonus_caps(standard: Standard) -> dict[str, Decimal]:
    """Category path → Σ of its bonus caps (within the standard's cap), for categories of bonus items only."""
    caps: dict[str, Decimal] = {}
    mixed: set[str] = set()
    for item in standard.point_items:
        for path in standard.ancestors[item.key]:
            if item.bonus:
                caps[path] = caps.get(path, Decimal(0)) + (item.rule.cap or Decimal(0))
            else:
                mixed.add(path)
    limit = standard.bonus_cap
    return {p: c if limit is None else min(c, limit) for p, c in caps.items() if p not in mixed}
