"""Run a workbench job off the UI thread, with progress, Cancel, and its result posted back (STYLE §3.1).

A job is a plain function of paths and ids taking `progress` and `cancel` keywords (workbench/jobs.py).
Jobs that write share one single-thread pool, so two imports never race for the write lock; read-only
jobs (previews, exports) use the global pool. Screens run their jobs through one `JobRunner`: progress
dialog and Cancel, the result to the screen (a `Done`'s changes to the change hub), user errors to the
screen, bugs to the crash dialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.changes import publish
from ui.errors import show_error
from workbench.common.changes import Done
from workbench.common.jobs import Cancelled
from workbench.common.known_errors import KNOWN_ERRORS

__all__ = [
    "Job",
    "JobRunner",
    "JobSignals",
    "ProgressDialog",
    "read_pool",
    "running_jobs",
    "start_job",
    "stop_jobs",
    "write_pool",
]


class JobSignals(QObject):
    """Made on the GUI thread, so receivers there are called there, whatever thread emits."""

    progress = Signal(int, int)  # (done, total)
    finished = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception, Cancelled included


class Job(QRunnable):
    """One call of `fn(*args, progress=..., cancel=..., **kwargs)` on a pool thread."""

    def __init__(self, fn: Callable[..., object], /, *args: object, **kwargs: object) -> None:
        super().__init__()
        self.signals = JobSignals()
        self.cancel = threading.Event()
        self._call = partial(fn, *args, progress=self.signals.progress.emit, cancel=self.cancel, **kwargs)

    def run(self) -> None:  # worker thread: touch no widget
        try:
            result = self._call()
        except Exception as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class ProgressDialog(QProgressDialog):
    """Appears after 500 ms if the job is still running; Cancel sets the job's cancel flag."""

    def __init__(self, label: str, job: Job, parent: QWidget) -> None:
        super().__init__(parent)  # Qt's own catalogue translates the Cancel button
        self.setLabelText(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoReset(False)  # the last step (writing) may follow the last progress report
        self.setMinimumDuration(500)  # the default waits 4 s
        self.canceled.connect(job.cancel.set)
        job.signals.progress.connect(self.on_progress)
        job.signals.finished.connect(self.reset)
        job.signals.failed.connect(self.reset)

    def on_progress(self, done: int, total: int) -> None:
        self.setMaximum(total)
        self.setValue(done)


_write_pool: QThreadPool | None = None
_running: dict[int, Job] = {}  # started and not yet reported back: a reference so none is collected


def write_pool() -> QThreadPool:
    """The one-thread pool for jobs that write: imports and merges run one after another."""
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setObjectName("write_pool")
        _write_pool.setMaxThreadCount(1)
    return _write_pool


def read_pool() -> QThreadPool:
    """Qt's global pool, for jobs that only read (previews, exports)."""
    return QThreadPool.globalInstance()


def start_job(job: Job, *, writes: bool = False, after_paint: bool = False) -> Job:
    """Start a job on its pool and hold it until it has reported back. Call on the GUI thread.

    after_paint: start once the event loop runs, so a window being built paints before the job
    competes with it for the interpreter."""
    key = id(job)
    _running[key] = job
    forget = partial(_forget, key)  # holds no reference to the job: no cycle through its signals
    job.signals.finished.connect(forget)
    job.signals.failed.connect(forget)
    pool = write_pool() if writes else read_pool()
    if after_paint:
        QTimer.singleShot(0, partial(_start_if_wanted, pool, key))
    else:
        pool.start(job)
    return job


def _start_if_wanted(pool: QThreadPool, key: int) -> None:
    """A job held back until the paint: started unless stop_jobs came first (it is forgotten then)."""
    job = _running.get(key)
    if job is None:
        return
    if job.cancel.is_set():
        _running.pop(key, None)
        return
    pool.start(job)


def _forget(key: int, _outcome: object) -> None:
    _running.pop(key, None)


def running_jobs() -> list[Job]:
    """Jobs started with start_job whose result or error has not yet reached the GUI thread."""
    return list(_running.values())


def stop_jobs(timeout_ms: int = 10_000) -> bool:
    """Cancel every running job and wait for both pools (closing the app, ending a test); True if idle."""
    for job in _running.values():
        job.cancel.set()
    written = write_pool().waitForDone(timeout_ms)
    return read_pool().waitForDone(timeout_ms) and written


class JobRunner(QObject):
    """Runs one job at a time for a screen: a progress dialog with Cancel; the result to `after` (a `Done`
    is unwrapped and its changes published to the hub); a user error to `user_error`, Cancel to
    `cancelled` (the screen connects both to where it shows news: a MessageLine, a problem list);
    a bug to the crash dialog.

    It holds no Python reference to its screen (only Qt's parent link and signal connections): a cycle
    between Qt wrappers can be collected by a garbage collection that happens to run on a worker thread,
    which crashes Qt.
    """

    busy_changed = Signal(bool)
    user_error = Signal(object)  # an exception in KNOWN_ERRORS
    cancelled = Signal(str)  # the text to show after the user cancelled

    def __init__(self, owner: QWidget, message: Any = None) -> None:
        """`message`: a MessageLine that shows user errors and Cancel (or connect the signals yourself)."""
        super().__init__(owner)
        self._message = message
        if message is not None:
            self.user_error.connect(message.user_error)
            self.cancelled.connect(message.news)
        self.job: Job | None = None
        self.progress_dialog: ProgressDialog | None = None
        self._after: Callable[[Any], None] | None = None
        self._cancelled = ""

    def _owner(self) -> QWidget:
        return self.parent()  # type: ignore[return-value]  (always the screen given at creation)

    def is_busy(self) -> bool:
        return self.job is not None

    def run(
        self, job: Job, label: str, *, writes: bool, after: Callable[[Any], None], cancelled: str = ""
    ) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.deleteLater()
        self.job, self._after, self._cancelled = job, after, cancelled
        self.progress_dialog = ProgressDialog(label, job, self._owner())
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        if self._message is not None:
            self._message.clear()
        self.busy_changed.emit(True)
        start_job(job, writes=writes)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.set()

    def _end(self) -> Callable[[Any], None] | None:
        after, self._after, self.job = self._after, None, None
        self.busy_changed.emit(False)
        return after

    def _finished(self, result: object) -> None:
        after = self._end()
        if isinstance(result, Done):
            result = publish(result, self._owner())
        if after is not None:
            after(result)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, Cancelled):
            self.cancelled.emit(self._cancelled)
        elif isinstance(exc, KNOWN_ERRORS):
            self.user_error.emit(exc)
        else:
            show_error(self._owner(), exc)
