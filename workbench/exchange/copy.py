"""The reviewer's copy: opened from a task package, bound to that reviewer, sending results back.

Opening a package creates the copy, or refreshes an existing copy of the same reviewer and campaign
without losing local work: a sheet the reviewer changed since the last package stays as they left
it (the organiser's merge sorts out any clash); a sheet they did not touch takes the master's
version (for example a sheet the lead reopened).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db.connection import open_database
from db.records import new_id, now
from db.repos import exchange as repo
from workbench.common.changes import Changes
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.jobs import Progress, check_cancel
from workbench.exchange.binding import Binding, binding_of
from workbench.exchange.content import columnar, content_hash, pack, sheet_content, unpack
from workbench.exchange.paths import package_path, write_package
from workbench.exchange.sealing import RESULT, SUFFIX, TASK, Header, PackageRefused, seal, unseal
from workbench.review.scans import folder_for


class NotACopy(UserError):
    code = "not_a_copy"
    template = QT_TRANSLATE_NOOP(
        "UserError", "{path} 不是评查人员副本：回收包只能从打开任务包得到的副本导出。"
    )


class CopyOfAnother(UserError):
    code = "copy_of_another"
    template = QT_TRANSLATE_NOOP("UserError", "无法打开任务包“{name}”：{why}")


@dataclass(frozen=True)
class OpenedTask:
    reviewer: str
    campaign: str
    subjects: int
    created: bool
    unchanged: bool = False
    kept_local: int = 0
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class ReturnedPackage:
    path: Path
    reviewer: str
    sequence: int
    sheets: int
    submitted: int


def _sheets_with_entries(
    tables: dict[str, list[dict[str, Any]]],
) -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    entries: dict[str, list[dict[str, Any]]] = {}
    for e in tables.get("score_entry", []):
        entries.setdefault(e["sheet_id"], []).append(e)
    return {s["subject_id"]: (s, entries.get(s["id"], [])) for s in tables.get("score_sheet", [])}


def _check_binding(db: Database, header: Header, name: str) -> Binding | None:
    found = binding_of(db)
    if found is None:
        if repo.has_work(db):
            raise CopyOfAnother(name=name, why="所选工作库已有评查活动，请为副本选择一个新文件")
        return None
    if (found.campaign_id, found.reviewer_id) != (header.campaign_id, header.reviewer_id):
        why = f"所选副本属于评查人员“{found.reviewer_name}”的另一项任务，请为这个任务包选择一个新文件"
        raise CopyOfAnother(name=name, why=why)
    if header.sequence < found.task_sequence:
        why = f"这是第 {header.sequence} 号任务包，副本已打开过更新的第 {found.task_sequence} 号"
        raise CopyOfAnother(name=name, why=why)
    return found


def open_task_package(
    db_path: Path,
    file: Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> OpenedTask:
    """Create or refresh the reviewer copy at `db_path` from a task package."""
    file = Path(file)
    header, content = unseal(file, passphrase=passphrase)
    if header.kind != TASK:
        raise PackageRefused(name=file.name, why="这是回收包，请在组织者的工作库中“合并回收包”")
    data, scans = unpack(content, file.name)
    check_cancel(cancel)
    created = not Path(db_path).exists()
    db = open_database(db_path)
    try:
        found = _check_binding(db, header, file.name)
        tables: dict[str, list[dict[str, Any]]] = data["tables"]
        if found is not None and found.task_sequence == header.sequence:
            subjects = len(tables.get("campaign_subject", []))
            return OpenedTask(header.reviewer_name, header.campaign_name, subjects, False, unchanged=True)
        folder = folder_for(Path(db_path)) / "scans"
        for stored, blob in scans.items():  # content-addressed: harmless if the import then fails
            target = folder / stored
            if not target.exists():
                write_package(target, blob)
        check_cancel(cancel)
        with db.atomic():
            kept = _apply_task(db, header, data)
        if progress is not None:
            progress(1, 1)
        subject_ids = [r["subject_id"] for r in tables.get("campaign_subject", [])]
        changes = Changes.of(campaigns=[header.campaign_id], subjects=subject_ids, everything=True)
        return OpenedTask(
            header.reviewer_name,
            header.campaign_name,
            len(subject_ids),
            created,
            kept_local=kept,
            changes=changes,
        )
    finally:
        db.close()


def _apply_task(db: Database, header: Header, data: dict[str, Any]) -> int:
    tables: dict[str, list[dict[str, Any]]] = data["tables"]
    for table in repo.COPIED[:-2]:  # sheets and entries below, one by one
        repo.upsert_rows(db, table, tables.get(table, []))
    who = header.reviewer_name
    mine = {r["subject_id"] for r in tables.get("assignment", [])}
    gone = [  # reassigned to someone else since: the file leaves this reviewer's list
        r
        for r in repo.assignment_rows(db, header.campaign_id, header.reviewer_id)
        if r["subject_id"] not in mine
    ]
    repo.delete_rows(db, "assignment", [r["id"] for r in gone])
    repo.audit_state(db, who, "delete", "assignment", gone)
    repo.audit_state(db, who, "package", "assignment", tables.get("assignment", []))
    kept = 0
    for subject, (sheet, entries) in _sheets_with_entries(tables).items():
        local = repo.review_sheet(db, header.campaign_id, header.reviewer_id, subject)
        local_entries = repo.entries_of(db, [local["id"]]) if local else []
        local_hash = content_hash(sheet_content(local, local_entries))
        origin = repo.sheet_origin(db, header.campaign_id, header.reviewer_id, subject)
        base = origin["base_hash"] if origin else ""
        if local is None or local_hash == base:
            if local is not None and local["id"] != sheet["id"]:
                repo.delete_sheet(db, local["id"])
                repo.audit_state(db, who, "delete", "score_sheet", [local])
            repo.replace_sheet(db, sheet, entries)
            arriving = {e["id"] for e in entries}
            repo.audit_state(
                db, who, "delete", "score_entry", [e for e in local_entries if e["id"] not in arriving]
            )
            repo.audit_state(db, who, "package", "score_sheet", [sheet])
            repo.audit_state(db, who, "package", "score_entry", entries)
        else:
            kept += 1
        incoming = content_hash(sheet_content(sheet, entries))
        repo.set_sheet_origin(
            db,
            header.reviewer_name,
            campaign_id=header.campaign_id,
            reviewer_id=header.reviewer_id,
            subject_id=subject,
            base_hash=incoming,
            base_sequence=header.sequence,
            merged_hash="",
        )
    previous = binding_of(db)
    repo.save_binding(
        db,
        {
            "campaign_id": header.campaign_id,
            "reviewer_id": header.reviewer_id,
            "reviewer_name": header.reviewer_name,
            "secret": data["secret"],
            "task_package_id": header.package_id,
            "task_sequence": header.sequence,
            "result_sequence": previous.result_sequence if previous else 0,
        },
        header.reviewer_name,
    )
    return kept


def make_result_package(
    db: Database,
    db_path: Path,
    out: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ReturnedPackage:
    """Seal the reviewer's sheets, entries and their audit rows under the reviewer's secret."""
    found = binding_of(db)
    row = repo.binding(db)
    if found is None or row is None:
        raise NotACopy(path=str(db_path))
    sheets = repo.review_sheets(db, found.campaign_id, found.reviewer_id)
    entries = repo.entries_of(db, [s["id"] for s in sheets])
    audit = list(
        db["audit_log"].rows_where("table_name IN ('score_sheet', 'score_entry')", order_by="at, id")
    )
    sequence = found.result_sequence + 1
    (campaign,) = repo.rows_by_id(db, "campaign", [found.campaign_id])
    header = Header(
        RESULT,
        new_id(),
        found.campaign_id,
        campaign["name"],
        found.reviewer_id,
        found.reviewer_name,
        sequence,
        now(),
    )
    data = {
        "task_sequence": found.task_sequence,
        "tables": {"score_sheet": sheets, "score_entry": columnar(entries)},
        "audit": columnar(audit),
    }
    check_cancel(cancel)
    stem = f"{campaign['name']}-{found.reviewer_name}-回收包-{sequence}"
    target = package_path(out, stem, SUFFIX[RESULT])
    write_package(target, seal(header, pack(data, {}), secret=row["secret"]))
    with db.atomic():
        repo.save_binding(db, {"result_sequence": sequence}, found.reviewer_name)
    if progress is not None:
        progress(1, 1)
    submitted = sum(1 for s in sheets if s["status"] == "submitted")
    return ReturnedPackage(target, found.reviewer_name, sequence, len(sheets), submitted)
