"""Tell the window the verdict of its database's background integrity check (db/integrity.py)."""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QObject, Qt, Signal


class IntegrityWatch(QObject):
    """Emits `damaged(error)` on the GUI thread when the check fails; nothing when the file is sound."""

    damaged = Signal(object)
    _finished = Signal(object)  # emitted from the check's thread, delivered queued to this object's

    def __init__(self, check: Future[None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        # queued even from this thread: a check already over reports after the window is built
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        check.add_done_callback(self._finished.emit)

    def _on_finished(self, check: Future[None]) -> None:
        if (error := check.exception()) is not None:
            self.damaged.emit(error)
