"""The one change hub: every screen that shows stored data subscribes here (Anki's operation_did_execute).

A screen that runs an operation publishes the `Changes` it returned; each subscriber looks at the ids and
reloads only what it shows (a case list row, one department's counts, one recheck queue row). No screen
tells another to refresh directly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from workbench.common.changes import Changes, Done

__all__ = ["ChangeHub", "hub", "publish"]


class ChangeHub(QObject):
    changed = Signal(object)  # Changes; `source` (the publishing object or None) is in `last_source`

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_source: object | None = None

    def publish(self, changes: Changes, source: object | None = None) -> None:
        """Tell every subscriber; an empty change set (a preview, an unchanged field) tells no one."""
        if changes:
            self.last_source = source
            self.changed.emit(changes)


_hub: ChangeHub | None = None


def hub() -> ChangeHub:
    """The application's hub (ids are unique across databases, so one serves every window)."""
    global _hub
    if _hub is None:
        _hub = ChangeHub(QCoreApplication.instance())
        _hub.destroyed.connect(_forget)
    return _hub


def _forget(*_args: object) -> None:
    global _hub
    _hub = None


def publish(outcome: Changes | Done, source: object | None = None) -> object:
    """Publish what an operation changed; returns its value (a `Done`'s value, else the Changes)."""
    if isinstance(outcome, Done):
        hub().publish(outcome.changes, source)
        return outcome.value
    hub().publish(outcome, source)
    return outcome
