"""The one shortcut map: every key the desk binds, once, with what it does (F1 lists it).

Actions and shortcuts take their key from here by name (`sequence("next_file")`); keys that widgets
handle themselves (arrows, Space, digits) are listed for the help only. A test collects every QAction
and QShortcut of the main window and fails on a key bound twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

__all__ = ["KEYS", "Key", "help_rows", "sequence", "sequences"]


@dataclass(frozen=True)
class Key:
    keys: tuple[str, ...]  # portable text, first is the one shown in menus
    what: str  # English source, translated in the "Shortcuts" context
    bound: bool = True  # False: a widget handles it itself (listed in the help only)


KEYS: dict[str, Key] = {
    # moving through files and items
    "next_file": Key(("Ctrl+Down",), QT_TRANSLATE_NOOP("Shortcuts", "Next of my unfinished files")),
    "previous_file": Key(("Ctrl+Up",), QT_TRANSLATE_NOOP("Shortcuts", "Previous of my unfinished files")),
    "items": Key(("Down", "Up"), QT_TRANSLATE_NOOP("Shortcuts", "Next / previous item in the list"), False),
    "next_item": Key(("Alt+Down",), QT_TRANSLATE_NOOP("Shortcuts", "Next item, from inside the editor")),
    "previous_item": Key(
        ("Alt+Up",), QT_TRANSLATE_NOOP("Shortcuts", "Previous item, from inside the editor")
    ),
    "back_to_list": Key(("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Back to the item list")),
    # recording
    "toggle": Key(
        ("Space",),
        QT_TRANSLATE_NOOP("Shortcuts", "Toggle the defect of a fixed-deduction item, or a veto"),
        False,
    ),
    "digits": Key(
        ("0–9",), QT_TRANSLATE_NOOP("Shortcuts", "Start entering a count, an amount or a tier"), False
    ),
    "enter": Key(
        ("Enter",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "In the case list: score the file; in the editor: save what is being typed"
        ),
        False,
    ),
    "reason": Key(("F2",), QT_TRANSLATE_NOOP("Shortcuts", "Jump to the reason")),
    "page": Key(("Alt+P",), QT_TRANSLATE_NOOP("Shortcuts", "Jump to the page number")),
    "not_applicable": Key(
        ("Alt+N",), QT_TRANSLATE_NOOP("Shortcuts", "Mark the item not applicable, or undo that")
    ),
    "new_deduction": Key(("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "New deduction on the item")),
    "pin_page": Key(
        ("Ctrl+P",), QT_TRANSLATE_NOOP("Shortcuts", "Pin the deduction to the scan page on screen")
    ),
    "undo": Key(("Ctrl+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Undo the last edit")),
    "redo": Key(("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    "submit": Key(("Ctrl+Return",), QT_TRANSLATE_NOOP("Shortcuts", "Submit the score sheet")),
    # the screen
    "full_list": Key(("Ctrl+L",), QT_TRANSLATE_NOOP("Shortcuts", "Full case list, or the slim list")),
    "scan": Key(("F6",), QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the scan")),
    "thumbnails": Key(("F7",), QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the scan's page thumbnails")),
    "zoom_in": Key(
        ("Ctrl++", "Ctrl+="), QT_TRANSLATE_NOOP("Shortcuts", "Zoom the scan in (also Ctrl+wheel)")
    ),
    "zoom_out": Key(("Ctrl+-",), QT_TRANSLATE_NOOP("Shortcuts", "Zoom the scan out")),
    "fit_width": Key(("Ctrl+9",), QT_TRANSLATE_NOOP("Shortcuts", "Fit the scan to the width")),
    "fit_page": Key(("Ctrl+0",), QT_TRANSLATE_NOOP("Shortcuts", "Fit the whole scan page")),
    "rotate": Key(("Ctrl+]",), QT_TRANSLATE_NOOP("Shortcuts", "Rotate the scan a quarter turn")),
    "mine": Key(("Ctrl+M",), QT_TRANSLATE_NOOP("Shortcuts", "My files only, or all files")),
    "search": Key(("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Search the case list")),
    # commands
    "import_cases": Key(("Ctrl+I",), QT_TRANSLATE_NOOP("Shortcuts", "Import a case list")),
    "new_database": Key(("Ctrl+Shift+N",), QT_TRANSLATE_NOOP("Shortcuts", "New database")),
    "open": Key(("Ctrl+O",), QT_TRANSLATE_NOOP("Shortcuts", "Open a database")),
    "quit": Key(("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    "recheck": Key(("Ctrl+R",), QT_TRANSLATE_NOOP("Shortcuts", "Recheck and final scores")),
    "history": Key(("Ctrl+Shift+H",), QT_TRANSLATE_NOOP("Shortcuts", "Change history of the file")),
    "next_undecided": Key(
        ("F8",), QT_TRANSLATE_NOOP("Shortcuts", "Recheck: next item still to decide, then the next file")
    ),
    "help": Key(("F1",), QT_TRANSLATE_NOOP("Shortcuts", "This list of keys")),
}


def sequence(name: str) -> QKeySequence:
    return QKeySequence(KEYS[name].keys[0])


def sequences(name: str) -> list[QKeySequence]:
    return [QKeySequence(k) for k in KEYS[name].keys]


def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do) in the UI language, in map order."""
    return [(" / ".join(k.keys), QCoreApplication.translate("Shortcuts", k.what)) for k in KEYS.values()]
