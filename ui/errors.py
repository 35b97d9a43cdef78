"""What the user sees when something goes wrong: their own mistakes explained, bugs logged (STYLE §3.2).

Every message box goes through `messages`, which tests switch to recording so that nothing waits for a
click. UserError messages come from the core in Chinese; the UserError catalogue may translate them.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from workbench.common.errors import UserError, UserErrors
from workbench.common.jobs import Cancelled
from workbench.common.known_errors import KNOWN_ERRORS, as_known
from workbench.common.places import Places, crash_log_name

__all__ = [
    "MessageBoxes",
    "Shown",
    "error_text",
    "explain",
    "install_excepthook",
    "log_folder",
    "messages",
    "report_crash",
    "show_error",
    "user_message",
    "write_crash_log",
]


@dataclass(frozen=True)
class Shown:
    """One message box as recorded in tests."""

    kind: str  # "ask", "inform", "warn" or "crash"
    title: str
    text: str
    details: str = ""


_ICONS = {
    "ask": QMessageBox.Icon.Question,
    "inform": QMessageBox.Icon.Information,
    "warn": QMessageBox.Icon.Warning,
    "crash": QMessageBox.Icon.Critical,
}


class MessageBoxes:
    """The one way the app shows a message box, so tests can record them instead of clicking."""

    def __init__(self) -> None:
        self._shown: list[Shown] | None = None  # recording when not None
        self._answers: list[bool | str] = []

    @contextmanager
    def recording(self, answers: Iterable[bool | str] = ()) -> Iterator[list[Shown]]:
        """Record boxes instead of showing them; `ask`/`ask_text` return the given answers in turn."""
        previous = self._shown, self._answers
        self._shown, self._answers = [], list(answers)
        try:
            yield self._shown
        finally:
            self._shown, self._answers = previous

    @property
    def is_recording(self) -> bool:
        return self._shown is not None

    def ask(self, parent: QWidget | None, title: str, text: str, details: str = "") -> bool:
        """A yes/no question; No is the default button."""
        if self._shown is not None:
            self._shown.append(Shown("ask", title, text, details))
            return self._answers.pop(0) if self._answers else False
        box = self._box("ask", parent, title, text, details)
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box.setStandardButtons(yes | no)
        box.setDefaultButton(no)
        box.exec()
        return box.standardButton(box.clickedButton()) == yes

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """One line of text from the user (a reason, say); None when they cancel or leave it empty."""
        if self._shown is not None:
            self._shown.append(Shown("ask_text", title, label, ""))
            answer = self._answers.pop(0) if self._answers else None
            return answer if isinstance(answer, str) and answer.strip() else None
        text, ok = QInputDialog.getText(parent, title, label)
        return text.strip() if ok and text.strip() else None

    def inform(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self._show("inform", parent, title, text, details)

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self._show("warn", parent, title, text, details)

    def crash(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self._show("crash", parent, title, text, details)

    def _show(self, kind: str, parent: QWidget | None, title: str, text: str, details: str) -> None:
        if self._shown is not None:
            self._shown.append(Shown(kind, title, text, details))
            return
        self._box(kind, parent, title, text, details).exec()

    @staticmethod
    def _box(kind: str, parent: QWidget | None, title: str, text: str, details: str) -> QMessageBox:
        box = QMessageBox(_ICONS[kind], title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)  # Qt's catalogue translates "Show Details..."
        return box


messages = MessageBoxes()


# --- user errors ----------------------------------------------------------------------------------------


def user_message(exc: UserError, **params: object) -> str:
    """The message in the UI language: the template through the UserError catalogue, then its params."""
    template = QCoreApplication.translate("UserError", exc.template)
    try:
        return template.format(**{**exc.params, **params})
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
        return exc.template.format(**{**exc.params, **params})


def explain(exc: UserError) -> tuple[str, list[str]]:
    """(the summary line, one line per row-named problem); a single error has no problem lines."""
    if isinstance(exc, UserErrors):
        return user_message(exc, details="").strip(), [user_message(e) for e in exc.errors]
    return user_message(exc), []


def error_text(exc: UserError) -> str:
    """The message for an inline line: the summary, then one line per row-named problem."""
    summary, problems = explain(exc)
    return "\n".join([summary, *problems])


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """UserError: explain it; Cancelled: the user knows; anything else is a bug for the crash dialog."""
    if isinstance(exc, Cancelled):
        return
    exc = as_known(exc)  # sqlite's locked, read-only, full or damaged file; a full or read-only disk
    if isinstance(exc, KNOWN_ERRORS):
        summary, problems = explain(exc)
        messages.warn(
            parent,
            QCoreApplication.translate("Errors", "Cannot complete the operation"),
            summary,
            "\n".join(problems),
        )
        return
    report_crash(parent, exc)


# --- bugs -----------------------------------------------------------------------------------------------


def log_folder() -> Path:
    """Where crash logs go: the platform's log folder for this app (platformdirs)."""
    return Places.for_user().logs


def write_crash_log(text: str) -> Path | None:
    """Append a traceback to today's crash log; None if even that failed."""
    folder = log_folder()
    log = folder / crash_log_name(datetime.now().date())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as f:
            f.write(f"--- {datetime.now().isoformat(timespec='seconds')} {' '.join(sys.argv)}\n{text}\n")
    except OSError:
        return None
    return log


def report_crash(parent: QWidget | None, exc: BaseException) -> Path | None:
    """Log the traceback, print it for developers, and show it under the crash dialog's details."""
    text = "".join(traceback.format_exception(exc))
    log = write_crash_log(text)
    print(text, file=sys.stderr, end="")
    if log is None:
        where = QCoreApplication.translate("Errors", "The details could not be saved to a log file.")
    else:
        where = QCoreApplication.translate(
            "Errors", "The details were saved to {path}; please send this file to the developers."
        ).format(path=log)
    body = QCoreApplication.translate("Errors", "The workbench hit an internal error.") + "\n" + where
    messages.crash(parent, QCoreApplication.translate("Errors", "Internal error"), body, text)
    return log


def _hook_with_dialog(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if not isinstance(exc, Exception) or QApplication.instance() is None:  # KeyboardInterrupt, no GUI
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    try:
        show_error(QApplication.activeWindow(), exc)
    except Exception:  # the dialog itself failed: at least keep the original on stderr
        sys.__excepthook__(kind, exc, tb)


def _hook_without_dialog(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if isinstance(exc, Exception) and not isinstance(as_known(exc), (*KNOWN_ERRORS, Cancelled)):
        write_crash_log("".join(traceback.format_exception(kind, exc, tb)))
    sys.__excepthook__(kind, exc, tb)


def install_excepthook(*, dialog: bool = True) -> None:
    """Send uncaught exceptions to show_error; dialog=False (`--no-crash-dialog`, CI) logs and prints only."""
    sys.excepthook = _hook_with_dialog if dialog else _hook_without_dialog
