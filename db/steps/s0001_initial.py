"""The first schema: departments, standards, case files, reviewers, campaigns and their
subjects, score sheets and their entries, and the audit log.

Step 0001_initial, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

from sqlite_utils import Database

from db.steps.tables import record_table


def initial(db: Database) -> None:
    record_table(db, "department", {"name": str, "code": str})
    db.table("department").create_index(["name"], unique=True)

    # A standard version is immutable once stored; `body` is its full JSON definition.
    record_table(
        db,
        "standard",
        {"lineage_id": str, "version": int, "name": str, "issuer": str, "case_types": str, "body": str},
    )
    db.table("standard").create_index(["lineage_id", "version"], unique=True)

    record_table(
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
    db.table("case_file").create_index(["case_number"], unique=True)
    db.table("case_file").create_index(["department_id"])

    record_table(db, "reviewer", {"name": str, "department_id": str, "role": str})
    db.table("reviewer").create_index(["name"])

    record_table(
        db,
        "campaign",
        {"name": str, "year": int, "standard_id": str, "status": str},
        foreign_keys=[("standard_id", "standard", "id")],
    )
    # The subjects a campaign scores: case files now, units under a checklist later.
    record_table(
        db,
        "campaign_subject",
        {"campaign_id": str, "subject_kind": str, "subject_id": str, "selection": str},
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db.table("campaign_subject").create_index(["campaign_id", "subject_kind", "subject_id"], unique=True)

    # One reviewer's (or the lead's final) scoring of one subject.
    record_table(
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
    db.table("score_sheet").create_index(["campaign_id", "subject_id"])

    # A deduction, a veto finding or an N/A mark against one item of the frozen standard.
    record_table(
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
    db.table("score_entry").create_index(["sheet_id"])

    db.table("audit_log").create(
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
    db.table("audit_log").create_index(["table_name", "record_id"])
