"""Run a workbench job off the UI thread, with progress, Cancel, and its result posted back (STYLE §3.1).

A job is a plain function of paths and ids taking `progress` and `cancel` keywords (workbench/jobs.py).
Jobs that write share one single-thread pool, so two imports never race for the write lock; read-only
jobs (previews, exports) use the global pool.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

__all__ = [
    "Job",
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


def start_job(job: Job, *, writes: bool = False) -> Job:
    """Start a job on its pool and hold it until it has reported back. Call on the GUI thread."""
    key = id(job)
    _running[key] = job
    forget = partial(_forget, key)  # holds no reference to the job: no cycle through its signals
    job.signals.finished.connect(forget)
    job.signals.failed.connect(forget)
    (write_pool() if writes else read_pool()).start(job)
    return job


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
