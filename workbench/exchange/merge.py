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
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db.records import audit, now
from db.repos import exchange as repo
from db.repos import reviewers as reviewer_repo
from workbench.common.changes import Changes
from workbench.common.jobs import Progress, check_cancel
from workbench.exchange.content import content_hash, sheet_content, unpack
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
    for e in tables.get("score_entry", []):
        entries.setdefault(e["sheet_id"], []).append(e)
    assigned = set(repo.assigned_subjects(db, header.campaign_id, header.reviewer_id))
    task_sequence = int(data.get("task_sequence") or 0)
    plans = []
    for sheet in tables.get("score_sheet", []):
        if (sheet.get("campaign_id"), sheet.get("reviewer_id"), sheet.get("role")) != (
            header.campaign_id,
            header.reviewer_id,
            "review",
        ):
            raise PackageRefused(name=Path(file).name, why="回收包中有不属于该评查人员的评查表")
        mine = entries.get(sheet["id"], [])
        plans.append(_plan_sheet(db, header, task_sequence, sheet, mine, assigned))
    audit_rows = [a for a in data.get("audit", []) if isinstance(a, dict)]
    return MergePlan(header, already, plans, audit_rows, task_sequence)


def _plan_sheet(
    db: Database,
    header: Header,
    task_sequence: int,
    sheet: dict[str, Any],
    entries: list[dict[str, Any]],
    assigned: set[str],
) -> SheetPlan:
    subject = sheet["subject_id"]
    master = repo.review_sheet(db, header.campaign_id, header.reviewer_id, subject)
    master_entries = repo.entries_of(db, [master["id"]]) if master else []
    plan = {"subject_id": subject, "sheet": sheet, "entries": entries, "master": master}
    plan["master_entries"] = master_entries
    if subject not in assigned:
        return SheetPlan(outcome=ASIDE, **plan)
    origin = repo.sheet_origin(db, header.campaign_id, header.reviewer_id, subject) or {}
    if header.sequence < (origin.get("result_sequence") or 0):
        return SheetPlan(outcome=OLDER, **plan)
    incoming = content_hash(sheet_content(sheet, entries))
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
        plan = plan_merge(db, file)
        if plan.already_merged:
            return plan, Changes()
        h = plan.header
        subjects, sheets = set(), set()
        total = max(len(plan.sheets), 1)
        for done, p in enumerate(plan.sheets, start=1):
            check_cancel(cancel)
            if p.outcome in (NEW, UPDATED):
                _take(db, h, p, author)
                subjects.add(p.subject_id)
                sheets.add(p.sheet["id"])
            elif p.outcome in (CONFLICT, ASIDE):
                repo.insert_conflict(db, _conflict_row(h, p), author)
            if progress is not None:
                progress(done, total)
        _import_audit(db, plan.audit)
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
        progress(total, total)
    return plan, Changes.of(campaigns=[h.campaign_id], subjects=subjects, sheets=sheets)


def _take(db: Database, h: Header, p: SheetPlan, author: str) -> None:
    if p.master is not None and p.master["id"] != p.sheet["id"]:
        repo.delete_sheet(db, p.master["id"])
    existing = repo.existing_ids(db, "score_entry", [e["id"] for e in p.entries])
    own = {e["id"] for e in p.master_entries}
    if existing - own:  # an entry id already used by another sheet: never steal it
        raise PackageRefused(name=h.package_id, why="回收包中的扣分记录与本工作库中的其他记录冲突")
    repo.replace_sheet(db, p.sheet, p.entries)
    merged = content_hash(sheet_content(p.sheet, p.entries))
    repo.set_sheet_origin(
        db,
        author,
        campaign_id=h.campaign_id,
        reviewer_id=h.reviewer_id,
        subject_id=p.subject_id,
        merged_hash=merged,
        result_sequence=h.sequence,
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


def _import_audit(db: Database, rows: list[dict[str, Any]]) -> None:
    """The reviewer's own audit rows travel with their sheets; each lands once (ids are UUIDs)."""
    fields = ("id", "at", "author", "table_name", "record_id", "action", "old_value", "new_value", "reason")
    clean = [{f: r.get(f) for f in fields} for r in rows if r.get("id")]
    known = repo.existing_ids(db, "audit_log", [str(r["id"]) for r in clean])
    repo.insert_rows(db, "audit_log", [r for r in clean if r["id"] not in known])


def reviewer_names(db: Database) -> dict[str, str]:
    return reviewer_repo.names_by_id(db)
