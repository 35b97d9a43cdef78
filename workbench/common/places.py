"""Where the app keeps things on this computer: databases, settings, logs (platformdirs).

Databases go to the user's documents folder (they are the user's work, to be backed up and copied);
settings and logs to the platform's own folders. `WORKBENCH_HOME` puts all of them under one folder
(a portable install, or tests). The path logic is written on `PurePath`, so a test can run it as
Windows would (`PureWindowsPath`) on any machine.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath
from typing import TypeVar

import platformdirs
from platformdirs.api import PlatformDirsABC

from workbench.common.errors import QT_TRANSLATE_NOOP, UserError

APP_NAME = "CaseReviewWorkbench"  # folder name for settings and logs (ASCII: safe in any locale)
DOCUMENTS_FOLDER = "案卷评查工作台"  # the folder in 文档/Documents the user sees and backs up
DATABASE_SUFFIX = ".sqlite"
DEMO_DATABASE = "演示数据"
# names Windows refuses whatever the extension; refused everywhere, since databases travel
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
_FORBIDDEN = set('<>:"/\\|?*')
P = TypeVar("P", bound=PurePath)
MAX_NAME = 120  # characters; Windows paths stop at 260 unless long paths are enabled


class BadDatabaseName(UserError):
    code = "bad_database_name"
    template = QT_TRANSLATE_NOOP("UserError", "工作库名称“{name}”不能用作文件名：{reason}")


@dataclass(frozen=True)
class Places:
    """The folders of one user; `documents` is where new databases are proposed."""

    documents: Path
    config: Path
    logs: Path

    @classmethod
    def for_user(cls) -> Places:
        home = os.environ.get("WORKBENCH_HOME")
        if home:
            root = Path(home)
            return cls(documents=root / "documents", config=root / "config", logs=root / "logs")
        return cls.from_dirs(platformdirs.PlatformDirs(APP_NAME, appauthor=False))

    @classmethod
    def from_dirs(cls, dirs: PlatformDirsABC, path: type[Path] | type[PurePath] = Path) -> Places:
        """The folders `dirs` names for this platform; `path=PureWindowsPath` runs it as Windows would."""
        return cls(
            documents=path(dirs.user_documents_dir) / DOCUMENTS_FOLDER,  # type: ignore[arg-type]
            config=path(dirs.user_config_dir),  # type: ignore[arg-type]
            logs=path(dirs.user_log_dir),  # type: ignore[arg-type]
        )

    @property
    def settings_file(self) -> Path:
        return self.config / "workbench.ini"

    @property
    def demo_database(self) -> Path:
        return self.documents / (DEMO_DATABASE + DATABASE_SUFFIX)

    def crash_log(self, day: date) -> Path:
        return self.logs / crash_log_name(day)


def crash_log_name(day: date) -> str:
    return f"crash-{day:%Y-%m-%d}.log"


def database_file_name(name: str) -> str:
    """The file name for a database the user named: `name.sqlite`, valid on Windows and Linux alike.

    Refuses (BadDatabaseName) rather than silently changing what the user typed.
    """
    stem = unicodedata.normalize("NFC", name).strip()
    if stem.lower().endswith(DATABASE_SUFFIX):
        stem = stem[: -len(DATABASE_SUFFIX)].rstrip()
    if not stem:
        raise BadDatabaseName(name=name, reason="名称为空")
    if bad := sorted({c for c in stem if c in _FORBIDDEN or ord(c) < 32}):
        shown = "、".join(c if ord(c) >= 32 else f"\\x{ord(c):02x}" for c in bad)
        raise BadDatabaseName(name=name, reason=f"不能包含字符 {shown}")
    if stem.endswith("."):
        raise BadDatabaseName(name=name, reason="不能以句点结尾")
    if stem.split(".")[0].upper() in _RESERVED:
        raise BadDatabaseName(name=name, reason="这是 Windows 保留的设备名")
    if len(stem) > MAX_NAME:
        raise BadDatabaseName(name=name, reason=f"超过 {MAX_NAME} 个字符")
    return stem + DATABASE_SUFFIX


def new_database_path(folder: P, name: str) -> P:
    """Where a new database named `name` goes in `folder` (same path flavour as `folder`)."""
    return folder / database_file_name(name)
