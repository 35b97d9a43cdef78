"""The run's files in the target folder: safe names, temporary copies, one rename at the end, progress.

All or nothing: every file is written under a temporary name in the target folder (`.~<name>.<random>.part`,
made by workbench.common.atomic_file) and the whole set is renamed into place with os.replace only once
every file is complete. On Cancelled or any error the temporary files of the run are removed and the
folder is left as it was (files an earlier export left there included; only a failure while renaming,
such as a file held open by another program, can leave the files renamed before it in place).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from workbench.common.atomic_file import commit_temporary, discard_temporary, file_error, new_temporary
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.jobs import Progress

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')  # not allowed in Windows file names
MAX_NAME = 120  # characters of a file name, well inside Windows' 255 and its 260-character paths


class ExportFolderError(UserError):
    code = "export_folder"
    template = QT_TRANSLATE_NOOP("UserError", "无法写入 {path}：{reason}")


def safe_file_name(name: str) -> str:
    """A file name Windows accepts: no \\ / : * ? " < > | or control characters, no trailing dot or space."""
    cleaned = _UNSAFE.sub("_", name).strip().rstrip(". ")
    if len(cleaned) > MAX_NAME:
        stem, dot, suffix = cleaned.rpartition(".")
        cleaned = f"{stem[: MAX_NAME - len(suffix) - 1]}.{suffix}" if dot else cleaned[:MAX_NAME]
    return cleaned or "_"


def output_folder(out_dir: str | os.PathLike[str]) -> Path:
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportFolderError(path=str(folder), reason=exc.strerror or str(exc)) from exc
    if not folder.is_dir():
        raise ExportFolderError(path=str(folder), reason="不是文件夹")
    return folder


@dataclass
class Stage:
    """The run's files under temporary names (workbench.common.atomic_file); commit() renames them all."""

    folder: Path
    names: list[str] = field(default_factory=list)
    temporaries: list[Path] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    def part(self, name: str) -> Path:
        """The temporary path to write `name` to (a name already used in this run gets a number)."""
        final = name
        stem, dot, suffix = name.rpartition(".")
        n = 1
        while final in self.names:
            n += 1
            final = f"{stem}({n}).{suffix}" if dot else f"{name}({n})"
        temporary = new_temporary(self.folder / final)  # exclusive, random: a planted link is never used
        self.names.append(final)
        self.temporaries.append(temporary)
        return temporary

    def commit(self) -> None:
        for name, temporary in zip(self.names, self.temporaries, strict=True):
            # fsync, rename, fsync the folder; a file held open elsewhere (Windows) or a full disk says so
            self.written.append(commit_temporary(temporary, self.folder / name))

    def discard(self) -> None:
        for temporary in self.temporaries:
            discard_temporary(temporary)


@contextmanager
def staging(folder: Path) -> Iterator[Stage]:
    stage = Stage(folder)
    try:
        yield stage
    except OSError as exc:  # a writer hit a full disk or a read-only folder
        stage.discard()
        raise file_error(exc, folder) from exc
    except BaseException:
        stage.discard()
        raise


class Steps:
    """Overall progress over a known number of outputs; the workbook reports within its own step."""

    SCALE = 1000

    def __init__(self, outputs: int, progress: Progress) -> None:
        self.total = max(1, outputs) * self.SCALE
        self.done = 0
        self.progress = progress

    def sub(self) -> Progress:
        start = self.done

        def report(done: int, total: int) -> None:
            self.progress(min(self.total, start + self.SCALE * done // max(1, total)), self.total)

        return report

    def advance(self) -> None:
        self.done = min(self.total, self.done + self.SCALE)
        self.progress(self.done, self.total)

    def finish(self) -> None:
        """Departments that got no notice leave steps unused: the export is done all the same."""
        self.progress(self.total, self.total)
