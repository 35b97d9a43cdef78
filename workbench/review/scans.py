"""The scan of a case file (PDF or images), copied into the workbench's data folder with its hash.

Files are stored once under their SHA-256, so attaching the same scan twice costs nothing and a later
change to the original on the reviewer's disk cannot change what was reviewed.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.records import audit
from db.repos import attachments as repo
from workbench.accounts import require
from workbench.common.atomic_file import atomic_path
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.workspace import Workspace

KINDS = {".pdf": "pdf", ".png": "image", ".jpg": "image", ".jpeg": "image"}
_MAGIC = {"pdf": (b"%PDF",), "image": (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")}


class ScanRejected(UserError):
    code = "scan_rejected"
    template = QT_TRANSLATE_NOOP("UserError", "无法附加扫描件“{name}”：{why}")


@dataclass(frozen=True)
class Scan:
    id: str
    subject_id: str
    kind: str  # "pdf" or "image"
    original_name: str
    path: Path
    sha256: str

    def intact(self) -> bool:
        """The stored copy still has the hash recorded when it was attached."""
        return self.path.is_file() and _sha256(self.path) == self.sha256


def data_folder(workspace: Workspace) -> Path:
    """Beside the database: `campaign.sqlite` keeps its scans in `campaign-files/scans/`."""
    return folder_for(workspace.path)


def folder_for(db_path: Path) -> Path:
    """The data folder of the database at `db_path` (for jobs that hold a path, not a workspace)."""
    return Path(db_path).with_name(f"{Path(db_path).stem}-files")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def attach_scan(workspace: Workspace, subject_id: str, source: Path) -> Done[Scan]:
    """Copy a scan into the data folder and record it against the subject.

    Changes: the subject, or nothing when the same scan was attached to it already."""
    source = Path(source)
    kind = KINDS.get(source.suffix.lower())
    if kind is None:
        raise ScanRejected(name=source.name, why="只支持 PDF、PNG 和 JPG 文件")
    try:
        with source.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise ScanRejected(name=source.name, why=f"文件无法读取（{exc.strerror or exc}）") from exc
    if not head.startswith(_MAGIC[kind]):
        raise ScanRejected(name=source.name, why="文件内容与扩展名不符，可能已损坏")
    sha = _sha256(source)
    existing = repo.find(workspace.db, subject_id, sha)
    if existing:
        return Done(_scan(workspace, existing), NOTHING)
    target = data_folder(workspace) / "scans" / f"{sha}{source.suffix.lower()}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(target) as temporary:  # appears whole or not at all
            shutil.copyfile(source, temporary)
    row: dict[str, Any] = {
        "subject_id": subject_id,
        "kind": kind,
        "original_name": source.name,
        "stored_name": target.name,
        "sha256": sha,
        "size": source.stat().st_size,
        "pages": None,
    }
    with workspace.db.atomic():
        require(workspace.db, workspace.author)  # any signed-in person: a scan changes no score
        existing = repo.find(workspace.db, subject_id, sha)  # the same scan attached meanwhile elsewhere
        if existing:
            return Done(_scan(workspace, existing), NOTHING)
        attachment_id = repo.insert(workspace.db, row, workspace.author)
        audit(
            workspace.db,
            author=workspace.author,
            table="attachment",
            record_id=attachment_id,
            action="attach",
            new=row,
        )
    scan = _scan(workspace, repo.AttachmentRow(id=attachment_id, **row))
    return Done(scan, Changes.of(subjects=[subject_id]))


def scans_for(workspace: Workspace, subject_id: str) -> list[Scan]:
    return [_scan(workspace, row) for row in repo.for_subject(workspace.db, subject_id)]


def _scan(workspace: Workspace, row: repo.AttachmentRow) -> Scan:
    path = data_folder(workspace) / "scans" / row.stored_name
    return Scan(row.id, row.subject_id, row.kind, row.original_name, path, row.sha256)
