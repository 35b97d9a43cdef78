"""The one way the workbench writes a file: whole or not at all, and never through a planted link.

A temporary is created exclusively (`tempfile.mkstemp`: O_CREAT|O_EXCL, a random name, mode 0600) in the
target's own folder, so no name can be guessed and a symlink planted beforehand is never followed. When
the writer is done the temporary is fsynced, renamed over the target (a rename replaces a link at the
target, it does not write through it), and the folder is fsynced so the rename itself survives a power
cut. On any error the temporary is removed. Temporaries carry a recognisable prefix and suffix
(`.~<name>.<random>.part`); ones of ours older than STALE_AFTER (a killed export) are removed the next
time something is written to that folder. Disk full, a read-only folder and the like become a
FileWriteError with a Chinese message.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any
from zipfile import ZIP_DEFLATED, ZipFile

from workbench.common.errors import QT_TRANSLATE_NOOP, UserError

PREFIX, SUFFIX = ".~", ".part"
STALE_AFTER = 6 * 3600  # seconds: older temporaries of ours are left-overs of a killed run
_UMASK = os.umask(0o022)
os.umask(_UMASK)  # read once: a finished file gets the permissions an ordinary open() would give

_REASONS = {
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "超出磁盘配额",
    errno.EROFS: "磁盘或文件夹只读",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.ENOENT: "文件夹不存在",
    errno.ENOTDIR: "路径中有一部分不是文件夹",
    errno.EISDIR: "同名的文件夹已存在",
    errno.ENAMETOOLONG: "文件名或路径太长",
    errno.EIO: "读写磁盘时出错",
}


class FileWriteError(UserError):
    code = "file_write_error"
    template = QT_TRANSLATE_NOOP("UserError", "无法写入 {path}：{reason}")


def os_reason(exc: OSError) -> str:
    """The Chinese words for why the system refused a file operation."""
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


def file_error(exc: OSError, path: Path | str) -> FileWriteError:
    return FileWriteError(path=str(path), reason=os_reason(exc))


def is_temporary(name: str) -> bool:
    return name.startswith(PREFIX) and name.endswith(SUFFIX)


def clean_stale(folder: Path, *, older_than: float = STALE_AFTER, now: float | None = None) -> int:
    """Remove our own temporaries in `folder` older than `older_than` seconds; how many went."""
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not is_temporary(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)  # a link is removed as a link, never followed
            if now - info.st_mtime > older_than:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def new_temporary(target: Path) -> Path:
    """An empty file of ours, created exclusively beside `target` under a random name."""
    folder = target.parent if str(target.parent) else Path(".")
    clean_stale(folder)
    try:
        fd, name = tempfile.mkstemp(prefix=f"{PREFIX}{target.name[:80]}.", suffix=SUFFIX, dir=folder)
    except OSError as exc:
        raise file_error(exc, target) from exc
    os.close(fd)
    return Path(name)


def commit_temporary(temporary: Path, target: Path) -> Path:
    """fsync the written temporary, rename it over `target`, fsync the folder; the temporary goes on error."""
    try:
        os.chmod(temporary, 0o666 & ~_UMASK)  # mkstemp made it private to us
        _fsync_file(temporary)
        os.replace(temporary, target)
        fsync_folder(target.parent if str(target.parent) else Path("."))
    except OSError as exc:
        with suppress(OSError):
            temporary.unlink()
        raise file_error(exc, target) from exc
    return target


def discard_temporary(temporary: Path) -> None:
    with suppress(OSError):
        temporary.unlink()


@contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """`with atomic_path(out) as tmp: writer(tmp)` — out appears whole when the block ends, or not at all."""
    target = Path(target)
    temporary = new_temporary(target)
    try:
        yield temporary
    except OSError as exc:
        discard_temporary(temporary)
        raise file_error(exc, target) from exc
    except BaseException:
        discard_temporary(temporary)
        raise
    commit_temporary(temporary, target)


def save_workbook(book: Any, path: str | os.PathLike[str] | IO[bytes]) -> None:
    """openpyxl's save, except that a failed write (disk full) leaves no half-open ZipFile whose
    finaliser writes again and prints `Exception ignored in ZipFile.__del__`."""
    from openpyxl.writer.excel import ExcelWriter

    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(book, archive).save()
    except BaseException:
        fp, archive.fp = archive.fp, None  # close() then has nothing left to write
        with suppress(Exception):
            if fp is not None:
                fp.close()
        raise


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; folders cannot be opened on Windows, where this is a no-op."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))  # Windows fsyncs only writable
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
