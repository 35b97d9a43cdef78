"""Numbered schema steps. Never edit a step that has shipped; add the next one."""

from __future__ import annotations

import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from db.records import new_id, now

SCHEMA_VERSION = 6  # one more with every step
migrations = Migrations("workbench")

# Columns every record a user creates carries, so that work from several laptops merges cleanly.
RECORD = {"id": str, "created_at": str, "updated_at": str, "author": str}


def _table(db: Database, name: str, columns: dict, **kwargs) -> None:
    db[name].create({**RECORD, **columns}, pk="id", not_null={"id", "created_at", "updated_at"}, **kwargs)


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    _table(db, "department", {"name": str, "code": str})
    db["department"].create_index(["name"], unique=True)

    # A standard version is immutable once stored; `body` is its full JSON definition.
    _table(
        db,
        "standard",
        {"lineage_id": str, "version": int, "name": str, "issuer": str, "case_types": str, "body": str},
    )
    db["standard"].create_index(["lineage_id", "version"], unique=True)

    _table(
        db,
        "case_file",
        {
            "case_number": str,
            "department_id": str,
            "title": str,
            "cause": str,
            "party": str,
            "officers": str,
            "case_type": str,
            "procedure": str,
            "filed_on": str,
            "closed_on": str,
            "amount_fen": int,
            "source_file": str,
        },
        foreign_keys=[("department_id", "department", "id")],
    )
    db["case_file"].create_index(["case_number"], unique=True)
    db["case_file"].create_index(["department_id"])

    _table(db, "reviewer", {"name": str, "department_id": str, "role": str})
    db["reviewer"].create_index(["name"])

    _table(
        db,
        "campaign",
        {"name": str, "year": int, "standard_id": str, "status": str},
        foreign_keys=[("standard_id", "standard", "id")],
    )
    # The subjects a campaign scores: case files now, units under a checklist later.
    _table(
        db,
        "campaign_subject",
        {"campaign_id": str, "subject_kind": str, "subject_id": str, "selection": str},
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db["campaign_subject"].create_index(["campaign_id", "subject_kind", "subject_id"], unique=True)

    # One reviewer's (or the lead's final) scoring of one subject.
    _table(
        db,
        "score_sheet",
        {
            "campaign_id": str,
            "subject_id": str,
            "reviewer_id": str,
            "role": str,
            "status": str,
            "remarks": str,
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db["score_sheet"].create_index(["campaign_id", "subject_id"])

    # A deduction, a veto finding or an N/A mark against one item of the frozen standard.
    _table(
        db,
        "score_entry",
        {
            "sheet_id": str,
            "item_key": str,
            "kind": str,
            "points": str,
            "count": int,
            "reason": str,
            "page": int,
        },
        foreign_keys=[("sheet_id", "score_sheet", "id")],
    )
    db["score_entry"].create_index(["sheet_id"])

    db["audit_log"].create(
        {
            "id": str,
            "at": str,
            "author": str,
            "table_name": str,
            "record_id": str,
            "action": str,
            "old_value": str,
            "new_value": str,
            "reason": str,
        },
        pk="id",
    )
    db["audit_log"].create_index(["table_name", "record_id"])


@migrations(name="0002_attachment")
def _attachment(db: Database) -> None:
    # A scan (PDF or image) of a subject's file, copied into the data folder under its SHA-256.
    _table(
        db,
        "attachment",
        {
            "subject_id": str,
            "kind": str,
            "original_name": str,
            "stored_name": str,
            "sha256": str,
            "size": int,
            "pages": int,
        },
    )
    db["attachment"].create_index(["subject_id"])


@migrations(name="0003_draw_and_assignment")
def _draw_and_assignment(db: Database) -> None:
    # 双随机: one published, reproducible draw of a campaign's files (the latest one is in force).
    _table(
        db,
        "draw",
        {
            "campaign_id": str,
            "seed": str,
            "algorithm": str,
            "params": str,  # JSON: quotas per department, share, minimum, maximum, unit-chosen files
            "population_hash": str,  # SHA-256 over the sorted 案号 of the population
            "population_size": int,
            "drawn": int,
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db["draw"].create_index(["campaign_id"])
    db["campaign_subject"].add_column("draw_id", str)
    db["campaign_subject"].add_column("draw_rank", int)
    # Cross review: who scores which file; a reviewer never gets a file of their own department.
    _table(
        db,
        "assignment",
        {"campaign_id": str, "subject_id": str, "reviewer_id": str},
        foreign_keys=[("campaign_id", "campaign", "id"), ("reviewer_id", "reviewer", "id")],
    )
    db["assignment"].create_index(["campaign_id", "subject_id", "reviewer_id"], unique=True)
    db["assignment"].create_index(["reviewer_id"])
    # Declared conflicts (回避) beyond the own department: a department or a single file.
    _table(
        db,
        "conflict",
        {"reviewer_id": str, "department_id": str, "subject_id": str, "reason": str},
        foreign_keys=[("reviewer_id", "reviewer", "id")],
    )
    db["conflict"].create_index(["reviewer_id"])


@migrations(name="0004_campaign_settings_arbitration_notices")
def _campaign_settings_arbitration_notices(db: Database) -> None:
    # Campaign set-up: 机关代字 for notice numbers, reviewers per file, the recheck rule (JSON), and
    # whether the campaign scores case files or units under a supervision checklist.
    db["campaign"].add_column("doc_prefix", str)
    db["campaign"].add_column("reviewers_per_file", int)
    db["campaign"].add_column("recheck_rule", str)
    db["campaign"].add_column("subject_kind", str)
    # The lead's item-by-item arbitration of a file whose reviewers disagree; the final entries live
    # in the lead's `final` score sheet, this table keeps each decision and its reason.
    _table(
        db,
        "arbitration",
        {
            "campaign_id": str,
            "subject_id": str,
            "item_key": str,
            "decision": str,  # agreed | reviewer | own
            "source_reviewer_id": str,
            "reason": str,
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db["arbitration"].create_index(["campaign_id", "subject_id", "item_key"], unique=True)
    # 整改通知书: numbered per issuer code (机关代字) and year, never reused; voided numbers stay.
    _table(
        db,
        "notice",
        {
            "campaign_id": str,
            "department_id": str,
            "issuer": str,
            "year": int,
            "serial": int,
            "number": str,
            "title": str,
            "issued_on": str,
            "deadline": str,
            "status": str,  # issued | void
            "body": str,  # JSON snapshot of what the notice lists
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db["notice"].create_index(["issuer", "year", "serial"], unique=True)
    db["notice"].create_index(["campaign_id"])
    # The office's own wording of document templates (bulletin, notice...), overriding the shipped ones.
    _table(db, "document_template", {"name": str, "body": str})
    db["document_template"].create_index(["name"], unique=True)


@migrations(name="0005_rectification")
def _rectification(db: Database) -> None:
    # 整改台账: one line per problem a notice lists, followed from issue to close-out (销号). Lines are
    # written with their notice; a voided notice's lines are void. Notices from v4 get theirs here,
    # from the snapshot in their body.
    _table(
        db,
        "rectification",
        {
            "notice_id": str,
            "campaign_id": str,
            "department_id": str,
            "line": int,  # 1, 2, ... within the notice, in the order it lists its problems
            "case_number": str,
            "item": str,
            "problem": str,
            "points": str,  # Decimal as text
            "deadline": str,
            "status": str,  # issued | reported | returned | verified | closed_out | void
            "reported_on": str,
            "report": str,  # summary of the unit's written reply
            "verified_on": str,
            "verifier": str,
            "verification": str,
            "closed_on": str,
            "closed_by": str,
            "reason": str,  # why it was returned, or the close-out note
        },
        foreign_keys=[("notice_id", "notice", "id"), ("campaign_id", "campaign", "id")],
    )
    db["rectification"].create_index(["notice_id", "line"], unique=True)
    db["rectification"].create_index(["campaign_id"])
    at = now()
    rows = []
    sql = "SELECT id, campaign_id, department_id, deadline, status, author, body FROM notice"
    for notice in db.query(sql):
        problems = json.loads(notice["body"] or "{}").get("problems", [])
        for line, problem in enumerate(problems, start=1):
            rows.append(
                {
                    "id": new_id(),
                    "created_at": at,
                    "updated_at": at,
                    "author": notice["author"],
                    "notice_id": notice["id"],
                    "campaign_id": notice["campaign_id"],
                    "department_id": notice["department_id"],
                    "line": line,
                    "case_number": problem.get("case_number", ""),
                    "item": problem.get("item", ""),
                    "problem": problem.get("reason", ""),
                    "points": problem.get("points"),
                    "deadline": notice["deadline"],
                    "status": "void" if notice["status"] == "void" else "issued",
                }
            )
    db["rectification"].insert_all(rows)


@migrations(name="0006_office_profile")
def _office_profile(db: Database) -> None:
    # The issuing office (发文机关) every numbered document names and signs: one row, id "office".
    # Notices and bulletins are refused until it is filled in, so no ×× placeholder is ever signed.
    _table(db, "office_profile", {"name": str, "contact": str, "address": str})
    # A campaign's bulletin (通报) takes its 发文字号 from the same per-issuer, per-year counter as the
    # notices (db/repos/notices.next_serial reads both tables); one bulletin in force per campaign.
    _table(
        db,
        "bulletin",
        {
            "campaign_id": str,
            "issuer": str,
            "year": int,
            "serial": int,
            "number": str,
            "issued_on": str,
            "status": str,  # issued | void
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db["bulletin"].create_index(["issuer", "year", "serial"], unique=True)
    db["bulletin"].create_index(["campaign_id"])
