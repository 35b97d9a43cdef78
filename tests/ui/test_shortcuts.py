"""One shortcut map: no key is bound twice anywhere in the main window, and F1 lists every key."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton

from tests.ui.test_main_window import demo_path, open_window, settings  # noqa: F401 (fixtures)
from ui.help_dialog import ShortcutsDialog
from ui.shortcuts import KEYS


def bound_keys(window) -> Counter:
    """Every key sequence any QAction, QShortcut or button of the window answers to."""
    keys: Counter = Counter()
    for action in window.findChildren(QAction):
        keys.update(k.toString() for k in action.shortcuts() if not k.isEmpty())
    for shortcut in window.findChildren(QShortcut):
        keys.update(k.toString() for k in shortcut.keys() if not k.isEmpty())  # noqa: SIM118 (not a dict)
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            keys[button.shortcut().toString()] += 1
    return keys


def test_no_key_is_bound_twice(qtbot, demo_path, settings):  # noqa: F811
    window = open_window(qtbot, demo_path, settings)
    window.case_list.select_next()
    keys = bound_keys(window)
    assert "Ctrl+R" in keys  # 复核定分 keeps it; the score sheet's reason is F2 alone
    assert [k for k, n in keys.items() if n > 1] == []
    mapped = {QKeySequence(k).toString() for key in KEYS.values() if key.bound for k in key.keys}
    assert set(keys) <= mapped  # every bound key is in the map F1 shows


def test_the_map_itself_has_no_duplicates():
    every = [QKeySequence(k).toString() for key in KEYS.values() for k in key.keys]
    assert [k for k, n in Counter(every).items() if n > 1] == []


def test_f1_shows_the_map(qtbot, demo_path, settings):  # noqa: F811
    window = open_window(qtbot, demo_path, settings)
    window.commands.show_shortcuts()
    (shown,) = window.findChildren(ShortcutsDialog)
    listed = {shown.table.item(row, 0).text() for row in range(shown.table.rowCount())}
    assert {"Alt+N", "Ctrl+N", "Alt+P", "F8", "Ctrl+R"} <= listed
