"""The contract of every long job: a progress callback, a cancel flag, and Cancelled."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

Progress = Callable[[int, int], None]  # (done, total), called on the worker thread: keep it cheap


class Cancelled(Exception):
    """The user pressed Cancel; nothing was written."""


def no_progress(done: int, total: int) -> None:
    """Progress sink for callers (CLI, tests) that do not show progress."""


def steps(
    total: int, progress: Progress | None = None, cancel: threading.Event | None = None
) -> Iterator[int]:
    """Yield 0..total-1, checking Cancel on each step and reporting about a hundred times in all."""
    progress = progress or no_progress
    last = -1
    for done in range(total):
        if cancel is not None and cancel.is_set():
            raise Cancelled
        yield done
        if (percent := (done + 1) * 100 // total) != last:
            last = percent
            progress(done + 1, total)


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled
