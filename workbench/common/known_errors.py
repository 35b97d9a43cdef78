"""The errors a screen or the CLI shows as a message rather than a crash: the user's and storage's."""

from __future__ import annotations

from db.errors import DatabaseError
from db.transactions import storage_error
from workbench.common.atomic_file import file_error
from workbench.common.errors import UserError

KNOWN_ERRORS: tuple[type[Exception], ...] = (UserError, DatabaseError)
_FILE_ERRNOS = {28, 122, 30, 13, 1, 5}  # ENOSPC, EDQUOT, EROFS, EACCES, EPERM, EIO: a full or locked disk


def as_known(exc: BaseException, path: str = "") -> BaseException:
    """`exc`, or the prepared message it stands for: a locked, read-only, full or damaged database
    (sqlite3.Error raised outside a write transaction), or a disk that refused a file."""
    if isinstance(exc, KNOWN_ERRORS):
        return exc
    mapped = storage_error(exc, path)
    if mapped is not None:
        return mapped
    if isinstance(exc, OSError) and exc.errno in _FILE_ERRNOS:
        return file_error(exc, exc.filename or path or "（文件）")
    return exc


def is_storage_error(exc: BaseException) -> bool:
    """The database refused (locked by another writer, read-only, full, damaged): nothing was saved."""
    return isinstance(exc, DatabaseError)
