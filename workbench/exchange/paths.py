"""Where a package is written: a folder gets the default name inside; the file appears whole."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from workbench.common.errors import QT_TRANSLATE_NOOP, UserError


class PackageNotWritten(UserError):
    code = "package_not_written"
    template = QT_TRANSLATE_NOOP("UserError", "无法写入数据包“{path}”：{why}")


def package_path(out: Path, stem: str, suffix: str) -> Path:
    """`out` as given when it names a file with the right suffix, else `stem + suffix` inside it."""
    out = Path(out)
    if out.suffix.lower() == suffix:
        return out
    if out.suffix and not out.is_dir():
        raise PackageNotWritten(path=str(out), why=f"文件扩展名应为 {suffix}")
    safe = "".join("_" if c in '\\/:*?"<>|' else c for c in stem)
    return out / f"{safe}{suffix}"


def write_package(target: Path, data: bytes) -> None:
    """A temporary file in the same folder, fsynced, then renamed over the target."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".~wb-", suffix=".part", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise PackageNotWritten(path=str(target), why=exc.strerror or str(exc)) from exc
