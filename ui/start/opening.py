"""Opening a database from the GUI: storage checks, the second-window warning, recent files.

A lock file beside the database (`<name>.lock`, Qt's QLockFile: stale once its process is gone) tells
a second window or a colleague's laptop on a shared folder that someone already has it open. SQLite
would let both write; two reviewers editing one campaign at once must at least be told.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QWidget

from ui.accounts.sign_in import sign_in
from ui.errors import messages, show_error
from ui.files.open_database import open_workspace as open_encrypted_or_plain
from ui.settings import UiSettings
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace

_locks: dict[Path, QLockFile] = {}


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def claim(database: Path, parent: QWidget | None) -> bool:
    """Hold the database's lock; if another process holds it, warn and let the user decide."""
    key = database.resolve()
    if key in _locks:
        return True
    lock = QLockFile(str(lock_path(key)))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    if lock.tryLock(0):
        _locks[key] = lock
        return True
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()  # (pid, host, app) in PySide6; something falsy when unreadable
        holder = "?"
        if isinstance(info, tuple) and len(info) == 3:
            holder = QCoreApplication.translate("Opening", "process {pid} on {host}").format(
                pid=info[0], host=info[1] or "?"
            )
        return messages.ask(
            parent,
            QCoreApplication.translate("Opening", "Database already open"),
            QCoreApplication.translate(
                "Opening",
                "{name} is already open in another window ({holder}).\n\nBoth can save, but two people "
                "scoring the same campaign at once may overwrite each other's work. Open it anyway?",
            ).format(name=database.name, holder=holder),
        )
    return True  # the folder refuses lock files (read-only share): opening will say what is wrong


def release(database: Path) -> None:
    lock = _locks.pop(database.resolve(), None)
    if lock is not None:
        lock.unlock()


def release_all() -> None:
    for key in list(_locks):
        _locks.pop(key).unlock()


def open_workspace(
    path: Path, parent: QWidget | None, settings: UiSettings, author: str | None = None
) -> Workspace | None:
    """The workspace of `path`, or None after telling the user why not (nothing is changed then)."""
    if not claim(path, parent):
        return None
    try:
        workspace = open_encrypted_or_plain(path, author, parent)  # asks an encrypted file's password
    except KNOWN_ERRORS as exc:
        release(path)
        show_error(parent, exc)
        return None
    if workspace is None or not sign_in(workspace, settings, parent):  # no password, or nobody signed in
        if workspace is not None:
            workspace.close()
        release(path)
        return None
    settings.add_recent(str(path.resolve()))
    return workspace
