"""What the app says about itself: its version and the database schema it writes (--version, 关于)."""

from __future__ import annotations

from db.migrations import SCHEMA_VERSION
from workbench import __version__

__all__ = ["SCHEMA_VERSION", "__version__", "version_line"]


def version_line() -> str:
    """What `--version` prints, for the command line and the GUI alike."""
    return f"案卷评查工作台 {__version__}（数据库结构版本 {SCHEMA_VERSION}）"
