"""分发包: the organiser makes one sealed task package per reviewer from the master database.

A task package holds the campaign's settings, its frozen standard version, the reviewer's assigned
files (their rows and, unless left out, their scans, once per content hash), the reviewer's own
sheets if any (a re-issue) and the secret that will authenticate their results; never another
reviewer's sheet, assignment or name.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db.records import new_id, now
from db.repos import exchange as repo
from db.repos import reviewers as reviewer_repo
from workbench.accounts import require
from workbench.campaigns.service import Campaign
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from workbench.common.jobs import Progress, check_cancel
from workbench.common.kinds import Role, SubjectKind
from workbench.exchange.content import content_hash, pack, sheet_content
from workbench.exchange.paths import package_path, write_package
from workbench.exchange.sealing import SUFFIX, TASK, Header, new_passphrase, new_secret, seal


class NothingAssigned(UserError):
    code = "nothing_assigned"
    template = QT_TRANSLATE_NOOP(
        "UserError", "评查人员“{reviewer}”在“{campaign}”中没有分配任何{what}，无需分发任务包。"
    )


@dataclass(frozen=True)
class IssuedPackage:
    path: Path
    reviewer: str
    passphrase: str
    sequence: int
    subjects: int
    scans: int


def _department_ids(db: Database, campaign: Campaign, subjects: list[str], reviewer: dict) -> set[str]:
    ids = {reviewer["department_id"]} if reviewer.get("department_id") else set()
    if campaign.subject_kind == SubjectKind.UNIT:
        return ids | set(subjects)
    return ids | {c["department_id"] for c in repo.rows_by_id(db, "case_file", subjects)}


def task_data(db: Database, campaign: Campaign, reviewer_id: str, secret: str) -> dict[str, Any]:
    """Every row the reviewer's copy needs, and nothing of anyone else's scoring."""
    subjects = repo.assigned_subjects(db, campaign.id, reviewer_id)
    (reviewer,) = repo.rows_by_id(db, "reviewer", [reviewer_id])
    sheets = repo.review_sheets(db, campaign.id, reviewer_id)
    sheets = [s for s in sheets if s["subject_id"] in set(subjects)]
    tables: dict[str, list[dict[str, Any]]] = {
        "department": repo.rows_by_id(db, "department", _department_ids(db, campaign, subjects, reviewer)),
        "standard": repo.rows_by_id(db, "standard", [campaign.standard_id]),
        "reviewer": [reviewer],
        "account": repo.account_rows(db, reviewer_id),
        "campaign": repo.rows_by_id(db, "campaign", [campaign.id]),
        "case_file": repo.rows_by_id(db, "case_file", subjects),
        "campaign_subject": repo.subject_rows(db, campaign.id, subjects),
        "assignment": repo.assignment_rows(db, campaign.id, reviewer_id),
        "attachment": repo.attachment_rows(db, subjects),
        "score_sheet": sheets,
        "score_entry": repo.entries_of(db, [s["id"] for s in sheets]),
    }
    return {"tables": tables, "secret": secret}


def issue_task_package(
    db: Database,
    campaign: Campaign,
    reviewer_name: str,
    out: Path,
    *,
    author: str,
    scans_folder: Path | None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Done[IssuedPackage]:
    """Seal and write the package (whole or not at all), then record it and each sheet's base.

    Changes: the reviewer (their package secret, sequence and sheet bases; no score sheet changes)."""
    reviewer_id = reviewer_repo.all_by_name(db).get(reviewer_name)
    if reviewer_id is None:
        raise NotFound(what="评查人员", key=reviewer_name)
    subjects = repo.assigned_subjects(db, campaign.id, reviewer_id)
    if not subjects:
        what = "督察单位" if campaign.subject_kind == SubjectKind.UNIT else "案卷"
        raise NothingAssigned(reviewer=reviewer_name, campaign=campaign.name, what=what)
    passphrase = passphrase or new_passphrase()
    with db.atomic():  # one secret per reviewer and campaign: earlier results still verify
        require(db, author, Role.ADMIN)
        secret = repo.secret(db, campaign.id, reviewer_id)
        if secret is None:
            secret = new_secret()
            repo.insert_secret(db, campaign.id, reviewer_id, secret, author)
    check_cancel(cancel)
    data = task_data(db, campaign, reviewer_id, secret)
    scans = {}
    if scans_folder is not None:
        for row in data["tables"]["attachment"]:
            source = scans_folder / row["stored_name"]
            if source.is_file():
                scans[row["stored_name"]] = source
    sequence = repo.next_sequence(db, campaign.id, reviewer_id, TASK)
    header = Header(TASK, new_id(), campaign.id, campaign.name, reviewer_id, reviewer_name, sequence, now())
    data["task_sequence"] = sequence
    check_cancel(cancel)
    target = package_path(out, f"{campaign.name}-{reviewer_name}-任务包-{sequence}", SUFFIX[TASK])
    write_package(target, seal(header, pack(data, scans), passphrase=passphrase))
    sheets = {s["subject_id"]: s for s in data["tables"]["score_sheet"]}
    entries: dict[str, list[dict[str, Any]]] = {}
    for e in data["tables"]["score_entry"]:
        entries.setdefault(e["sheet_id"], []).append(e)
    with db.atomic():
        for subject in subjects:
            sheet = sheets.get(subject)
            base = content_hash(sheet_content(sheet, entries.get(sheet["id"], []) if sheet else []))
            repo.set_sheet_origin(
                db,
                author,
                campaign_id=campaign.id,
                reviewer_id=reviewer_id,
                subject_id=subject,
                base_hash=base,
                base_sequence=sequence,
                merged_hash="",
            )
        summary = {"subjects": len(subjects), "sheets": len(sheets), "scans": len(scans), "file": target.name}
        repo.record_package(
            db,
            {
                "campaign_id": campaign.id,
                "reviewer_id": reviewer_id,
                "kind": TASK,
                "package_id": header.package_id,
                "sequence": sequence,
                "made_at": header.made_at,
                "summary": _json(summary),
            },
            author,
        )
    if progress is not None:
        progress(1, 1)
    issued = IssuedPackage(target, reviewer_name, passphrase, sequence, len(subjects), len(scans))
    return Done(issued, Changes.of(reviewers=[reviewer_id]))


def issue_task_packages(
    db_path: Path,
    campaign_id: str,
    reviewer_names: list[str],
    folder: Path,
    *,
    author: str,
    scans: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Done[list[IssuedPackage]]:
    """The screen's job: one package per chosen reviewer, each with its own passphrase."""
    from db.connection import worker_database
    from workbench.campaigns.service import get_campaign
    from workbench.review.scans import folder_for

    issued = []
    changes = NOTHING
    with worker_database(db_path) as db:
        campaign = get_campaign(db, campaign_id)
        for done, name in enumerate(reviewer_names, start=1):
            check_cancel(cancel)
            package = issue_task_package(
                db,
                campaign,
                name,
                folder,
                author=author,
                scans_folder=folder_for(db_path) / "scans" if scans else None,
            )
            issued.append(package.value)
            changes |= package.changes
            if progress is not None:
                progress(done, len(reviewer_names))
    return Done(issued, changes)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
