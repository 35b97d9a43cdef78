"""合并回收包: bring a reviewer's result package into the master, previewed, then in one transaction.

Per sheet, in this order:
- the file is no longer assigned to that reviewer: kept aside and reported, never counted;
- an older result than one already merged for that sheet: nothing it would overwrite changes;
- the same content as the master's: unchanged (merging a package twice changes nothing);
- the master's sheet is as it was issued, or as this reviewer's own earlier result left it: the
  reviewer's version is taken (new or updated);
- otherwise both sides changed it (a lead reopened it, someone typed a paper sheet): the master's
  version stays, the reviewer's is stored as a conflict for the organiser to resolve.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db.records import audit, import_audit, now
from db.repos import exchange as repo
from db.repos import reviewers as reviewer_repo
from workbench.accounts import require
from workbench.common.changes import Changes
from workbench.common.jobs import Progress, check_cancel
from workbench.common.kinds import Role
from workbench.exchange.content import content_hash, from_columnar, sheet_content, unpack
from workbench.exchange.sealing import RESULT, Header, PackageRefused, read_header, unseal

NEW, UPDATED, UNCHANGED, CONFLICT, ASIDE, OLDER = "new", "updated", "unchanged", "conflict", "aside", "older"
LABELS = {
    NEW: "新增评查表",
    UPDATED: "更新评查表",
    UNCHANGED: "未变化",
    CONFLICT: "冲突（保留组织者版本，待处理）",
    ASIDE: "已不再分配给该评查人员（另存，不计分）",
    OLDER: "较旧的回收包（未覆盖较新的结果）",
}


@dataclass(frozen=True)
class SheetPlan:
    subject_id: str
    outcome: str
    sheet: dict[str, Any]
    entries: list[dict[str, Any]]
    master: dict[str, Any] | None = None  # the master's sheet row, when there is one
    master_entries: list[dict[str, Any]] = field(default_factory=list)
    incoming_hash: str = ""  # the reviewer's version, as content_hash() gives it


@dataclass(frozen=True)
class MergePlan:
    header: Header
    already_merged: bool
    sheets: list[SheetPlan]
    audit: list[dict[str, Any]]
    task_sequence: int

    def counts(self) -> Counter[str]:
        return Counter(p.outcome for p in self.sheets)

    def summary_lines(self) -> list[str]:
        h = self.header
        lines = [
            f"回收包：{h.reviewer_name}，第 {h.sequence} 号，{h.made_at[:16].replace('T', ' ')}（UTC）制作"
        ]
        if self.already_merged:
            return [*lines, "该回收包已经合并过，没有任何变化。"]
        counts = self.counts()
        lines += [f"{LABELS[k]}：{counts[k]}" for k in (NEW, UPDATED, UNCHANGED, CONFLICT, ASIDE, OLDER)]
        if not any(counts[k] for k in (NEW, UPDATED, CONFLICT, ASIDE)):
            lines.append("没有需要合并的变化。")
        return lines


def _open(db: Database, file: Path) -> tuple[Header, dict[str, Any]]:
    header, _, _ = read_header(file)
    name = Path(file).name
    if header.kind != RESULT:
        raise PackageRefused(name=name, why="这是任务包，应在评查人员的电脑上“打开任务包”")
    if not db.execute("SELECT 1 FROM campaign WHERE id = ?", [header.campaign_id]).fetchone():
        raise PackageRefused(
            name=name, why=f"它属于另一项评查活动（“{header.campaign_name}”），不在本工作库中"
        )
    secret = repo.secret(db, header.campaign_id, header.reviewer_id)
    if secret is None:
        why = f"本工作库没有向评查人员“{header.reviewer_name}”分发过这项活动的任务包"
        raise PackageRefused(name=name, why=why)
    header, content = unseal(file, secret=secret)
    data, _ = unpack(content, name)
    return header, data


def plan_merge(db: Database, file: Path) -> MergePlan:
    """What merging would do, sheet by sheet; reads only."""
    header, data = _open(db, file)
    already = repo.package_seen(db, header.package_id, RESULT) is not None
    tables = data.get("tables", {})
    entries: dict[str, list[dict[str, Any]]] = {}
    for e in from_columnar(tables.get("score_entry"), Path(file).name):
        entries.setdefault(e["sheet_id"], []).append(e)
    state = _MasterState(
        set(repo.assigned_subjects(db, header.campaign_id, header.reviewer_id)),
        repo.review_sheets_by_subject(db, header.campaign_id, header.reviewer_id),
        repo.review_entries(db, header.campaign_id, header.reviewer_id),
        repo.origins(db, header.campaign_id, header.reviewer_id),
    )
    task_sequence = int(data.get("task_sequence") or 0)
    plans = []
    for sheet in tables.get("score_sheet", []):
        owner = (sheet.get("campaign_id"), sheet.get("reviewer_id"), sheet.get("role"))
        if owner != (header.campaign_id, header.reviewer_id, "review"):
            raise PackageRefused(name=Path(file).name, why="回收包中有不属于该评查人员的评查表")
        plans.append(_plan_sheet(header, task_sequence, sheet, entries.get(sheet["id"], []), state))
    audit_rows = from_columnar(data.get("audit"), Path(file).name)
    return MergePlan(header, already, plans, audit_rows, task_sequence)


@dataclass(frozen=True)
class _MasterState:
    """The master's side of one reviewer's work, read once for the whole package."""

    assigned: set[str]
    sheets: dict[str, dict[str, Any]]  # by subject
    entries: dict[str, list[dict[str, Any]]]  # by sheet id
    origins: dict[str, dict[str, Any]]  # by subject


def _plan_sheet(
    header: Header,
    task_sequence: int,
    sheet: dict[str, Any],
    entries: list[dict[str, Any]],
    state: _MasterState,
) -> SheetPlan:
    subject = sheet["subject_id"]
    master = state.sheets.get(subject)
    master_entries = state.entries.get(master["id"], []) if master else []
    plan: dict[str, Any] = {"subject_id": subject, "sheet": sheet, "entries": entries, "master": master}
    plan["master_entries"] = master_entries
    if subject not in state.assigned:
        return SheetPlan(outcome=ASIDE, **plan)
    origin = state.origins.get(subject) or {}
    if header.sequence < (origin.get("result_sequence") or 0):
        return SheetPlan(outcome=OLDER, **plan)
    incoming = plan["incoming_hash"] = content_hash(sheet_content(sheet, entries))
    current = content_hash(sheet_content(master, master_entries))
    if incoming == current:
        return SheetPlan(outcome=UNCHANGED, **plan)
    from_this_reviewer = bool(origin.get("merged_hash")) and current == origin.get("merged_hash")
    as_issued = current == origin.get("base_hash", "") and task_sequence >= (origin.get("base_sequence") or 0)
    if from_this_reviewer or as_issued:
        return SheetPlan(outcome=NEW if master is None else UPDATED, **plan)
    return SheetPlan(outcome=CONFLICT, **plan)


def apply_merge(
    db: Database,
    file: Path,
    *,
    author: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[MergePlan, Changes]:
    """Merge in one transaction; the plan is made again inside it so nothing changes between."""
    with db.atomic():
        require(db, author, Role.ADMIN)
        plan = plan_merge(db, file)
        if plan.already_merged:
            return plan, Changes()
        h = plan.header
        taken = [p for p in plan.sheets if p.outcome in (NEW, UPDATED)]
        check_cancel(cancel)
        try:
            repo.take_sheets(
                db,
                [p.sheet for p in taken],
                [e for p in taken for e in p.entries],
                replaced=[p.master["id"] for p in taken if p.master is not None],
            )
        except sqlite3.IntegrityError as exc:  # an entry id another sheet already uses: never steal it
            raise PackageRefused(
                name=Path(file).name, why="回收包中的记录与本工作库中的其他记录冲突"
            ) from exc
        if progress is not None:
            progress(1, 3)
        check_cancel(cancel)
        repo.record_merged(
            db,
            [
                {
                    "campaign_id": h.campaign_id,
                    "reviewer_id": h.reviewer_id,
                    "subject_id": p.subject_id,
                    "merged_hash": p.incoming_hash,
                    "result_sequence": h.sequence,
                }
                for p in taken
            ],
            author,
        )
        for p in plan.sheets:
            if p.outcome in (CONFLICT, ASIDE):
                repo.insert_conflict(db, _conflict_row(h, p), author)
        import_audit(db, _history_of(plan.audit, taken))
        _audit_taken(db, author, taken)
        if progress is not None:
            progress(2, 3)
        counts = plan.counts()
        repo.record_package(
            db,
            {
                "campaign_id": h.campaign_id,
                "reviewer_id": h.reviewer_id,
                "kind": RESULT,
                "package_id": h.package_id,
                "sequence": h.sequence,
                "made_at": h.made_at,
                "merged_at": now(),
                "summary": json.dumps(dict(counts), sort_keys=True),
            },
            author,
        )
        audit(
            db,
            author=author,
            table="exchange_package",
            record_id=h.package_id,
            action="merge",
            new={"reviewer": h.reviewer_name, "sequence": h.sequence, **counts},
        )
    if progress is not None:
        progress(3, 3)
    subjects = {p.subject_id for p in taken}
    return plan, Changes.of(
        campaigns=[h.campaign_id], subjects=subjects, sheets=[p.sheet["id"] for p in taken]
    )


def _conflict_row(h: Header, p: SheetPlan) -> dict[str, Any]:
    def version(sheet: dict[str, Any] | None, entries: list[dict[str, Any]]) -> str:
        if sheet is None:
            return ""
        body = {"sheet": sheet, "entries": entries}
        return json.dumps(body, ensure_ascii=False, sort_keys=True, default=str)

    return {
        "campaign_id": h.campaign_id,
        "subject_id": p.subject_id,
        "reviewer_id": h.reviewer_id,
        "package_id": h.package_id,
        "kind": "aside" if p.outcome == ASIDE else "conflict",
        "master": version(p.master, p.master_entries),
        "incoming": version(p.sheet, p.entries),
        "status": "open",
    }


def _history_of(rows: list[dict[str, Any]], taken: list[SheetPlan]) -> list[dict[str, Any]]:
    """The reviewer's own audit rows for the sheets taken, and for entries they made and removed on the
    laptop; a conflict's rows wait in the conflict until it is resolved."""
    taken_ids = {p.sheet["id"] for p in taken} | {e["id"] for p in taken for e in p.entries}
    last = {r.get("record_id"): r.get("action") for r in rows}
    removed_there = {i for i, action in last.items() if action == "delete"}
    sheets = {p.sheet["id"] for p in taken}
    return [
        r
        for r in rows
        if r.get("record_id") in taken_ids or (r.get("record_id") in removed_there and _sheet_of(r) in sheets)
    ]


def _sheet_of(row: dict[str, Any]) -> str | None:
    """The sheet an entry's audit row names (in its new or old value)."""
    for key in ("new_value", "old_value"):
        try:
            value = json.loads(row.get(key) or "null")
        except ValueError:
            continue
        if isinstance(value, dict) and value.get("sheet_id"):
            return str(value["sheet_id"])
    return None


def _audit_taken(db: Database, author: str, taken: list[SheetPlan]) -> None:
    """What the merge left in the master, as the audit log vouches for it: taken sheets and entries as
    merged, the master's replaced entries (and sheets of another id) as removed."""
    kept = {e["id"] for p in taken for e in p.entries}
    removed = [e for p in taken for e in p.master_entries if e["id"] not in kept]
    gone_sheets = [p.master for p in taken if p.master is not None and p.master["id"] != p.sheet["id"]]
    repo.audit_state(db, author, "delete", "score_entry", removed)
    repo.audit_state(db, author, "delete", "score_sheet", [s for s in gone_sheets if s is not None])
    repo.audit_state(db, author, "merge", "score_sheet", [p.sheet for p in taken])
    repo.audit_state(db, author, "merge", "score_entry", [e for p in taken for e in p.entries])


def reviewer_names(db: Database) -> dict[str, str]:
    return reviewer_repo.names_by_id(db)
