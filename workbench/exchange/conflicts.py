"""Conflicts a merge found: both sides changed a sheet, or the file left the reviewer's list.

The organiser resolves each: keep the master's version (the default the merge already applied), or
take the reviewer's (audited, with a reason). A sheet kept aside is never counted: it can only be
dismissed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.records import audit
from db.repos import exchange as repo
from db.repos import reviewers as reviewer_repo
from workbench.accounts import require
from workbench.common.changes import Changes
from workbench.common.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from workbench.common.kinds import Role

KEEP_MASTER, TAKE_REVIEWER = "kept_master", "took_reviewer"


class ConflictNotOpen(UserError):
    code = "conflict_not_open"
    template = QT_TRANSLATE_NOOP("UserError", "该冲突无法按此处理：{why}")


@dataclass(frozen=True)
class Version:
    status: str
    remarks: str
    entries: list[dict[str, Any]]
    author: str
    updated_at: str

    @classmethod
    def of(cls, text: str) -> Version | None:
        if not text:
            return None
        body = json.loads(text)
        sheet = body["sheet"]
        return cls(
            sheet.get("status") or "",
            sheet.get("remarks") or "",
            body["entries"],
            sheet.get("author") or "",
            sheet.get("updated_at") or "",
        )


@dataclass(frozen=True)
class Conflict:
    id: str
    kind: str  # conflict | aside
    subject_id: str
    subject_label: str
    reviewer: str
    master: Version | None
    incoming: Version | None
    status: str


def _label(db: Database, subject_id: str) -> str:
    row = db.execute(
        "SELECT coalesce(c.case_number, d.name) FROM (SELECT ? AS id) s"
        " LEFT JOIN case_file c ON c.id = s.id LEFT JOIN department d ON d.id = s.id",
        [subject_id],
    ).fetchone()
    return row[0] or subject_id


def open_conflicts(db: Database, campaign_id: str, *, include_resolved: bool = False) -> list[Conflict]:
    names = reviewer_repo.names_by_id(db)
    return [
        Conflict(
            r["id"],
            r["kind"],
            r["subject_id"],
            _label(db, r["subject_id"]),
            names.get(r["reviewer_id"], ""),
            Version.of(r["master"]),
            Version.of(r["incoming"]),
            r["status"],
        )
        for r in repo.conflicts(db, campaign_id, open_only=not include_resolved)
    ]


def resolve(db: Database, conflict_id: str, decision: str, *, author: str, reason: str) -> Changes:
    """Keep the master's version or take the reviewer's; the decision and reason are audited."""
    if not reason.strip():
        raise ConflictNotOpen(why="请填写处理理由")
    with db.atomic():
        require(db, author, Role.ADMIN)
        row = repo.get_conflict(db, conflict_id)
        if row is None:
            raise NotFound(what="合并冲突", key=conflict_id)
        if row["status"] != "open":
            raise ConflictNotOpen(why="已经处理过")
        if decision == TAKE_REVIEWER and row["kind"] == "aside":
            raise ConflictNotOpen(why="该案卷已不再分配给这位评查人员，其评查表不能计分")
        changes = Changes.of(campaigns=[row["campaign_id"]])
        if decision == TAKE_REVIEWER:
            body = json.loads(row["incoming"])
            sheet, entries = body["sheet"], body["entries"]
            master = repo.review_sheet(db, row["campaign_id"], row["reviewer_id"], row["subject_id"])
            before = repo.entries_of(db, [master["id"]]) if master else []
            if master is not None and master["id"] != sheet["id"]:
                repo.delete_sheet(db, master["id"])
                repo.audit_state(db, author, "delete", "score_sheet", [master])
            repo.replace_sheet(db, sheet, entries)
            kept = {e["id"] for e in entries}
            repo.audit_state(db, author, "delete", "score_entry", [e for e in before if e["id"] not in kept])
            repo.audit_state(db, author, TAKE_REVIEWER, "score_sheet", [sheet])
            repo.audit_state(db, author, TAKE_REVIEWER, "score_entry", entries)
            changes = Changes.of(
                campaigns=[row["campaign_id"]], subjects=[row["subject_id"]], sheets=[sheet["id"]]
            )
        elif decision != KEEP_MASTER:
            raise ConflictNotOpen(why=f"未知的处理方式“{decision}”")
        repo.resolve_conflict(db, conflict_id, decision, author)
        audit(
            db,
            author=author,
            table="exchange_conflict",
            record_id=conflict_id,
            action=decision,
            old=row["master"] or None,
            new=row["incoming"] if decision == TAKE_REVIEWER else None,
            reason=reason,
        )
    return changes
