"""What a campaign covers: checkable departments, and for a supervision round units typed in that the
database does not know yet (a lower-level government is often inspected before it has any case file)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ADDED = Qt.ItemDataRole.UserRole + 1  # True on a name typed in here, not from the database


class ScopeList(QWidget):
    """A checkable list of names; `set_adding(True)` shows a line to add new ones (rounds only)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()  # takes the form's spare height; the add line stays right under it
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Another unit, e.g. 甲区人民政府"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setEnabled(False)
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        self.add_line = QWidget()
        self.add_line.setLayout(add_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.add_line)

        self.new_name.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.new_name.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def _items(self) -> Iterator[QListWidgetItem]:
        return (self.list.item(n) for n in range(self.list.count()))

    def _visible(self) -> list[QListWidgetItem]:
        return [i for i in self._items() if not i.isHidden()]

    def set_names(self, names: Sequence[str], empty_label: str) -> None:
        """The known departments, all checked; `empty_label` stands for files without one."""
        self.list.clear()
        for name in names:
            self._append(name, name or empty_label, added=False)

    def _append(self, name: str, label: str, *, added: bool) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setData(ADDED, added)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.addItem(item)
        return item

    def add_typed(self) -> None:
        """Add the typed name checked, or check it if it is already listed."""
        name = self.new_name.text().strip()
        if not name:
            return
        found = next((i for i in self._items() if i.data(Qt.ItemDataRole.UserRole) == name), None)
        if found is None:
            found = self._append(name, name, added=True)
        found.setHidden(False)
        found.setCheckState(Qt.CheckState.Checked)
        self.list.scrollToItem(found)
        self.new_name.clear()
        self.changed.emit()

    def set_adding(self, on: bool) -> None:
        """Show the add line and the names typed in (a round), or hide both (a case-file review)."""
        self.add_line.setVisible(on)
        for item in self._items():
            if item.data(ADDED):
                item.setHidden(not on)
        self.changed.emit()

    def check_known(self, on: bool) -> None:
        """Check or uncheck every name from the database (those typed in stay checked)."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for item in self._items():
            if not item.data(ADDED):
                item.setCheckState(state)
        self.list.blockSignals(False)
        self.changed.emit()

    def checked(self) -> list[str]:
        """The names shown and checked, in list order."""
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in self._visible()
            if i.checkState() == Qt.CheckState.Checked
        ]

    def is_empty(self) -> bool:
        """Nothing to choose from: no department known (an empty case library) and none typed in."""
        return not self._visible()

    def all_checked(self) -> bool:
        return len(self.checked()) == len(self._visible())
