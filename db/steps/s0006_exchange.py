"""A campaign across laptops: package secrets, packages issued and merged, sheet bases,
conflicts and the reviewer copy's binding.

Step 0006_exchange, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

from sqlite_utils import Database

from db.steps.tables import record_table


def exchange(db: Database) -> None:
    # A campaign across laptops. On the organiser's master: the per-reviewer secret that
    # authenticates result packages, every package issued or merged, each merged sheet's origin,
    # conflicts to resolve and sheets kept aside. On a reviewer copy: the one binding row.
    record_table(db, "exchange_key", {"campaign_id": str, "reviewer_id": str, "secret": str})
    db.table("exchange_key").create_index(["campaign_id", "reviewer_id"], unique=True)
    record_table(
        db,
        "exchange_package",
        {
            "campaign_id": str,
            "reviewer_id": str,
            "kind": str,  # task | result
            "package_id": str,
            "sequence": int,
            "made_at": str,
            "merged_at": str,  # result packages: when merged into the master
            "summary": str,  # JSON
        },
    )
    db.table("exchange_package").create_index(["package_id", "kind"], unique=True)
    db.table("exchange_package").create_index(["campaign_id", "reviewer_id"])
    # The sheet as it stood when a task package was issued (base) and as a result package left it
    # (merged): a later result applies only over one of these, anything else is a conflict.
    record_table(
        db,
        "exchange_sheet",
        {
            "sheet_id": str,
            "campaign_id": str,
            "reviewer_id": str,
            "subject_id": str,
            "base_hash": str,
            "base_sequence": int,  # the task package that recorded the base
            "merged_hash": str,
            "result_sequence": int,
        },
    )
    db.table("exchange_sheet").create_index(["campaign_id", "reviewer_id", "subject_id"], unique=True)
    record_table(
        db,
        "exchange_conflict",
        {
            "campaign_id": str,
            "subject_id": str,
            "reviewer_id": str,
            "package_id": str,
            "kind": str,  # conflict | aside
            "master": str,  # JSON: the master's version of the sheet (conflicts)
            "incoming": str,  # JSON: the reviewer's version
            "status": str,  # open | kept_master | took_reviewer
            "resolved_by": str,
            "resolved_at": str,
        },
    )
    db.table("exchange_conflict").create_index(["campaign_id", "status"])
    record_table(
        db,
        "exchange_binding",
        {
            "campaign_id": str,
            "reviewer_id": str,
            "reviewer_name": str,
            "secret": str,
            "task_package_id": str,
            "task_sequence": int,
            "result_sequence": int,
        },
    )
